#include "check/checks/input_upload_check.h"
#include "check/checks/model_support.h"

#include <clang/AST/ExprCXX.h>

namespace tt_astgen::checks {

using namespace clang;
using namespace clang::ast_matchers;

void InputUploadCheck::registerKernelMatchers(MatchFinder& finder) {
  finder.addMatcher(callExpr(isExpansionInMainFile(), callee(functionDecl(matchesName("^::noc_async_read")))).bind("read"),
                    this);
  finder.addMatcher(callExpr(isExpansionInMainFile(), callee(functionDecl(matchesName("^::noc_async_write")))).bind("write"),
                    this);
}

void InputUploadCheck::check(const MatchFinder::MatchResult& result) {
  const auto& nodes = result.Nodes;
  if (auto* call = nodes.getNodeAs<CallExpr>("read")) {
    if (!call->getDirectCallee()->getName().ends_with("barrier")) reads_.insert(unit().file);
  } else if (auto* call = nodes.getNodeAs<CallExpr>("write")) {
    if (!call->getDirectCallee()->getName().ends_with("barrier")) writes_.insert(unit().file);
  }
}

void InputUploadCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  if (program.hostErrors) return;  // facts from a broken host mislead
  for (const model::HostModel& host : program.hosts) {
    for (size_t id = 0; id < host.buffers.size(); ++id) {
      const model::HostBuffer& b = host.buffers[id];
      if (b.uploaded || b.readBack || b.escapes || !b.dram) continue;
      // The kernels its address reaches (runtime, common or compile-time args).
      std::set<std::string> kernels;
      bool unresolved = false;
      auto scan = [&](const model::HostKernel& k, const model::ArgList& args) {
        for (const model::ArgValue& v : args.values)
          if (v.addressOf == id) {
            if (k.resolvedFile.empty()) unresolved = true;
            else kernels.insert(k.resolvedFile);
          }
      };
      for (const model::HostKernel& k : host.kernels) {
        scan(k, k.compileArgs);
        for (const auto& set : k.runtimeArgs) scan(k, set.args);
        for (const auto& args : k.commonRuntimeArgs) scan(k, args);
      }
      if (kernels.empty() || unresolved) continue;
      std::string readers;
      bool written = false;
      for (const std::string& k : kernels) {
        written |= writes_.count(k) > 0;
        if (reads_.count(k)) readers += (readers.empty() ? "" : ", ") + baseName(k);
      }
      if (written || readers.empty()) continue;
      out.push_back(error(modelLoc(b.at), "buffer '" + b.name + "' is read by " + readers +
                                           " but the host never uploads it (no EnqueueWriteMeshBuffer/EnqueueWriteBuffer); "
                                           "on chip the kernel reads whatever the DRAM held"));
    }
  }
}

}  // namespace tt_astgen::checks
