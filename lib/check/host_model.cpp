#include "check/host_model.h"

namespace tt_astgen::model {

std::optional<int64_t> HostCircularBuffer::pages(int64_t index) const {
  auto it = indices.find(index);
  if (it == indices.end() || !totalSize || !it->second.pageSize || *it->second.pageSize <= 0) return std::nullopt;
  return *totalSize / *it->second.pageSize;
}

const HostKernel* HostModel::kernelForFile(const std::string& f) const {
  for (const HostKernel& k : kernels)
    if (!k.resolvedFile.empty() && k.resolvedFile == f) return &k;
  return nullptr;
}

std::optional<ArgList> HostModel::runtimeArgsFor(const HostKernel& kernel, const Core& core, bool* absent) const {
  if (absent) *absent = false;
  // The last SetRuntimeArgs that certainly covers the core wins; one that may cover it (unknown
  // cores, or not certainly executed) after that makes the answer unknown.
  std::optional<ArgList> result;
  bool maybeOverridden = false;
  for (const HostKernel::RuntimeArgsSet& set : kernel.runtimeArgs) {
    const bool covers = set.cores.known && set.cores.cores.count(core);
    const bool mayCover = !set.cores.known || covers;
    if (!mayCover) continue;
    if (covers && set.certain) {
      result = set.args;
      maybeOverridden = false;
    } else {
      maybeOverridden = true;
    }
  }
  if (maybeOverridden) return std::nullopt;
  if (result) return result;
  if (!runtimeArgsComplete) return std::nullopt;
  if (absent) *absent = true;
  ArgList none;
  none.lengthKnown = true;
  return none;
}

Tri HostModel::hasCircularBuffer(size_t program, int64_t index, const Core& core, const HostCircularBuffer** found) const {
  bool maybe = !cbsComplete;
  for (const HostCircularBuffer& cb : circularBuffers) {
    if (cb.program != program) continue;
    const bool namesIndex = cb.indices.count(index) > 0;
    if (!namesIndex && cb.indicesKnown) continue;
    if (cb.cores.known && !cb.cores.cores.count(core)) continue;
    if (namesIndex && cb.cores.known && cb.certain) {
      if (found) *found = &cb;
      return Tri::Yes;
    }
    maybe = true;
  }
  return maybe ? Tri::Unknown : Tri::No;
}

}  // namespace tt_astgen::model
