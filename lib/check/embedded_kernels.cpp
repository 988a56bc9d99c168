#include "check/embedded_kernels.h"

#include <map>

namespace tt_astgen {

std::vector<EmbeddedKernel> embeddedKernels(const std::vector<model::HostModel>& hosts) {
  std::vector<EmbeddedKernel> out;
  std::map<std::string, size_t> byName;
  for (const model::HostModel& host : hosts)
    for (const model::HostKernel& k : host.kernels) {
      if (!k.source || k.resolvedFile.empty() || byName.count(k.resolvedFile)) continue;
      byName[k.resolvedFile] = out.size();
      out.push_back({{k.resolvedFile, *k.source}, host.file, k.sourceAt, k.sourceExact});
    }
  return out;
}

void mapIntoHosts(std::vector<Diagnostic>& diagnostics, const std::vector<EmbeddedKernel>& kernels) {
  std::map<std::string, const EmbeddedKernel*> byName;
  for (const EmbeddedKernel& k : kernels) byName[k.unit.name] = &k;
  for (Diagnostic& d : diagnostics) {
    auto it = byName.find(d.file);
    if (it == byName.end()) continue;
    const EmbeddedKernel& k = *it->second;
    d.file = k.host;
    if (d.line == 0) {
      d.line = k.textAt.line;
      d.column = k.textAt.column;
    } else if (k.exact) {
      if (d.line == 1) d.column += k.textAt.column - 1;
      d.line += k.textAt.line - 1;
    } else {
      d.message += " (line " + std::to_string(d.line) + " of the embedded kernel)";
      d.line = k.textAt.line;
      d.column = k.textAt.column;
    }
  }
}

}  // namespace tt_astgen
