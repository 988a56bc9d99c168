#include "check/checks/input_upload_check.h"

#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>

namespace tt_astgen::checks {

using namespace clang;
using namespace clang::ast_matchers;

void InputUploadCheck::registerHostMatchers(MatchFinder& finder) {
  auto creates = callExpr(callee(functionDecl(
      anyOf(hasName("CreateBuffer"), cxxMethodDecl(hasName("create"), ofClass(hasName("MeshBuffer")))))));
  finder.addMatcher(varDecl(isExpansionInMainFile(), hasInitializer(hasDescendant(creates))).bind("buffer"), this);
  finder.addMatcher(callExpr(isExpansionInMainFile(),
                             callee(functionDecl(hasAnyName("EnqueueWriteMeshBuffer", "EnqueueWriteBuffer", "WriteShard",
                                                            "EnqueueWriteSubBuffer"))))
                        .bind("upload"),
                    this);
  finder.addMatcher(callExpr(isExpansionInMainFile(),
                             callee(functionDecl(hasAnyName("EnqueueReadMeshBuffer", "EnqueueReadBuffer", "ReadShard",
                                                            "EnqueueReadSubBuffer"))))
                        .bind("download"),
                    this);
  finder.addMatcher(hostCallTo("SetRuntimeArgs", "set_args"), this);
  finder.addMatcher(hostCallTo("CreateKernel", "create_kernel"), this);
  finder.addMatcher(cxxMemberCallExpr(isExpansionInMainFile(), callee(cxxMethodDecl(hasName("append_to"))),
                                      hasArgument(0, declRefExpr(to(varDecl().bind("vec")))))
                        .bind("append"),
                    this);
}

void InputUploadCheck::registerKernelMatchers(MatchFinder& finder) {
  finder.addMatcher(callExpr(isExpansionInMainFile(), callee(functionDecl(matchesName("^::noc_async_read")))).bind("read"),
                    this);
  finder.addMatcher(callExpr(isExpansionInMainFile(), callee(functionDecl(matchesName("^::noc_async_write")))).bind("write"),
                    this);
}

void InputUploadCheck::check(const MatchFinder::MatchResult& result) {
  const auto& nodes = result.Nodes;
  if (auto* var = nodes.getNodeAs<VarDecl>("buffer")) {
    buffers_.emplace(var, Buffer{var->getName().str(), locOf(var, *result.Context)});
  } else if (auto* call = nodes.getNodeAs<CallExpr>("upload")) {
    transfers_.push_back({call, true});
  } else if (auto* call = nodes.getNodeAs<CallExpr>("download")) {
    transfers_.push_back({call, false});
  } else if (auto* call = nodes.getNodeAs<CallExpr>("set_args")) {
    if (call->getNumArgs() >= 4)
      if (auto path = kernelPathOfHandle(call->getArg(1))) kernelArgs_.push_back({baseName(*path), call->getArg(3)});
  } else if (auto* call = nodes.getNodeAs<CallExpr>("create_kernel")) {
    if (call->getNumArgs() >= 4)
      if (auto path = createKernelPath(call)) kernelArgs_.push_back({baseName(*path), call->getArg(3)});
  } else if (auto* call = nodes.getNodeAs<CXXMemberCallExpr>("append")) {
    appended_[nodes.getNodeAs<VarDecl>("vec")].push_back(call->getImplicitObjectArgument());
  } else if (auto* call = nodes.getNodeAs<CallExpr>("read")) {
    if (!call->getDirectCallee()->getName().ends_with("barrier")) reads_.insert(unit().baseName);
  } else if (auto* call = nodes.getNodeAs<CallExpr>("write")) {
    if (!call->getDirectCallee()->getName().ends_with("barrier")) writes_.insert(unit().baseName);
  }
}

namespace {
/// The buffer variables an expression refers to, through variables' initializers (a_addr =
/// a_buffer->address()) and vectors filled by TensorAccessorArgs(*buffer).append_to(vec).
class BufferRefs : public RecursiveASTVisitor<BufferRefs> {
 public:
  BufferRefs(const std::map<const VarDecl*, std::vector<const Expr*>>& appended, const std::set<const VarDecl*>& buffers)
      : appended_(appended), buffers_(buffers) {}
  bool VisitDeclRefExpr(DeclRefExpr* ref) {
    auto* var = dyn_cast<VarDecl>(ref->getDecl());
    if (!var || !visited_.insert(var).second) return true;
    if (buffers_.count(var)) {
      found.insert(var);
      return true;
    }
    if (var->hasInit() && depth_ < 6) {
      ++depth_;
      TraverseStmt(const_cast<Expr*>(var->getInit()));
      --depth_;
    }
    if (auto it = appended_.find(var); it != appended_.end())
      for (const Expr* e : it->second) TraverseStmt(const_cast<Expr*>(e));
    return true;
  }
  std::set<const VarDecl*> found;

 private:
  const std::map<const VarDecl*, std::vector<const Expr*>>& appended_;
  const std::set<const VarDecl*>& buffers_;
  std::set<const VarDecl*> visited_;
  int depth_ = 0;
};
}  // namespace

void InputUploadCheck::endUnit() {
  if (unit().role != FileRole::Host) return;
  std::set<const VarDecl*> vars;
  for (const auto& [v, b] : buffers_) vars.insert(v);
  auto refs = [&](const Expr* e) {
    BufferRefs finder(appended_, vars);
    finder.TraverseStmt(const_cast<Expr*>(e));
    return finder.found;
  };
  for (const auto& [e, upload] : transfers_)
    for (const VarDecl* v : refs(e)) (upload ? buffers_[v].uploaded : buffers_[v].readBack) = true;
  for (const auto& [kernel, e] : kernelArgs_)
    for (const VarDecl* v : refs(e)) buffers_[v].kernels.insert(kernel);
  for (auto& [v, b] : buffers_) done_.push_back(std::move(b));
  buffers_.clear();
  kernelArgs_.clear();
  transfers_.clear();
  appended_.clear();
}

void InputUploadCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  if (program.hostErrors) return;  // facts from a broken host mislead
  for (const Buffer& b : done_) {
    if (b.uploaded || b.readBack || b.kernels.empty()) continue;
    std::string readers;
    bool written = false;
    for (const std::string& k : b.kernels) {
      written |= writes_.count(k) > 0;
      if (reads_.count(k)) readers += (readers.empty() ? "" : ", ") + k;
    }
    if (written || readers.empty()) continue;
    out.push_back(error(b.at, "buffer '" + b.name + "' is read by " + readers +
                                  " but the host never uploads it (no EnqueueWriteMeshBuffer/EnqueueWriteBuffer); "
                                  "on chip the kernel reads whatever the DRAM held"));
  }
}

}  // namespace tt_astgen::checks
