#include "check/checks/cb_index_check.h"

#include <clang/AST/ExprCXX.h>

namespace tt_astgen::checks {

using namespace clang;
using namespace clang::ast_matchers;

void CbIndexCheck::registerHostMatchers(MatchFinder& finder) {
  finder.addMatcher(hostCallTo("CreateCircularBuffer", "create_cb"), this);
  finder.addMatcher(hostCallTo("CreateKernel", "create_kernel"), this);
}

void CbIndexCheck::registerKernelMatchers(MatchFinder& finder) {
  // cb_wait_front(cb, n), cb_reserve_back, ..., get_tile_size(cb), get_write_ptr(cb), ...
  finder.addMatcher(callExpr(isExpansionInMainFile(),
                             callee(functionDecl(anyOf(matchesName("^::cb_[a-z_]+$"),
                                                       hasAnyName("get_tile_size", "get_write_ptr", "get_read_ptr",
                                                                  "get_dataformat")))),
                             hasArgument(0, expr().bind("cb_arg")))
                        .bind("cb_call"),
                    this);
  // constexpr uint32_t cb_in0 = tt::CBIndex::c_0;
  finder.addMatcher(varDecl(isExpansionInMainFile(), isConstexpr(),
                            hasInitializer(ignoringImplicit(declRefExpr(
                                to(enumConstantDecl(hasDeclContext(enumDecl(hasName("CBIndex")))).bind("cb_enum"))))))
                        .bind("cb_const"),
                    this);
  // InterleavedAddrGenFast{.bank_base_address = a, .page_size = get_tile_size(cb), .data_format = DataFormat::X}
  finder.addMatcher(initListExpr(isExpansionInMainFile(),
                                 hasType(cxxRecordDecl(hasName("InterleavedAddrGenFast"))),
                                 hasDescendant(callExpr(callee(functionDecl(hasName("get_tile_size"))),
                                                        hasArgument(0, expr().bind("fmt_cb")))),
                                 hasDescendant(declRefExpr(to(enumConstantDecl(hasDeclContext(enumDecl(hasName("DataFormat")))).bind("fmt_value")))))
                        .bind("fmt_list"),
                    this);
}

void CbIndexCheck::check(const MatchFinder::MatchResult& result) {
  const ASTContext& ctx = *result.Context;
  if (auto* call = result.Nodes.getNodeAs<CallExpr>("create_cb")) {
    if (auto cb = readCreateCircularBuffer(call, ctx)) cbs_.push_back(std::move(*cb));
    return;
  }
  if (auto* call = result.Nodes.getNodeAs<CallExpr>("create_kernel")) {
    if (auto k = readCreateKernel(call, ctx)) kernels_.emplace(baseName(k->path), std::move(*k));
    return;
  }
  auto& uses = uses_[unit().baseName];
  if (auto* call = result.Nodes.getNodeAs<CallExpr>("cb_call")) {
    if (auto cb = evalInt(result.Nodes.getNodeAs<Expr>("cb_arg"), ctx)) uses.emplace(*cb, locOf(call, ctx));
    return;
  }
  if (auto* var = result.Nodes.getNodeAs<VarDecl>("cb_const")) {
    auto* ec = result.Nodes.getNodeAs<EnumConstantDecl>("cb_enum");
    uses.emplace(ec->getInitVal().getExtValue(), locOf(var, ctx));
    return;
  }
  if (auto* list = result.Nodes.getNodeAs<InitListExpr>("fmt_list")) {
    auto cb = evalInt(result.Nodes.getNodeAs<Expr>("fmt_cb"), ctx);
    auto* ec = result.Nodes.getNodeAs<EnumConstantDecl>("fmt_value");
    if (cb) formats_[unit().baseName].emplace(*cb, std::make_pair(ec->getInitVal().getExtValue(), locOf(list, ctx)));
  }
}

void CbIndexCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  if (!program.hasHost || program.hostErrors) return;  // facts from a broken host mislead
  for (const auto& [kernel, uses] : uses_) {
    auto k = kernels_.find(kernel);
    if (k == kernels_.end()) continue;  // not created by the host: kernel-path's business
    for (const auto& [index, at] : uses) {
      CoreSet covered;
      covered.known = true;
      bool any = false;
      const HostCb* match = nullptr;
      for (const HostCb& cb : cbs_) {
        if (!cb.config.indices.count(index)) continue;
        if (!cb.cores.overlaps(k->second.cores)) continue;
        any = true;
        match = &cb;
        if (!cb.cores.known) covered.known = false;
        covered.cores.insert(cb.cores.cores.begin(), cb.cores.cores.end());
      }
      if (!any) {
        std::string created;
        std::set<int64_t> indices;
        for (const HostCb& cb : cbs_)
          for (const auto& [i, entry] : cb.config.indices) indices.insert(i);
        for (int64_t i : indices) created += (created.empty() ? "" : ", ") + cbName(i);
        out.push_back(error(at, "circular buffer " + cbName(index) + " is used by " + kernel +
                                    " but the host creates no circular buffer with index " + std::to_string(index) +
                                    " on its cores (it creates " + (created.empty() ? "none" : created) +
                                    "); on chip the kernel waits on a buffer nobody fills and hangs"));
        out.push_back(note(k->second.at, "kernel '" + kernel + "' is created here"));
        continue;
      }
      if (!covered.contains(k->second.cores)) {
        out.push_back(error(at, "circular buffer " + cbName(index) + " is used by " + kernel +
                                    " but the host creates it on only some of the kernel's cores"));
        out.push_back(note(match->at, "circular buffer " + cbName(index) + " is created here"));
        continue;
      }
      // The data format the kernel states (InterleavedAddrGenFast{.data_format = ...}).
      auto f = formats_.find(kernel);
      if (f == formats_.end() || !f->second.count(index)) continue;
      const auto& [format, fat] = f->second.at(index);
      const auto& entry = match->config.indices.at(index);
      if (entry.format && *entry.format != format) {
        out.push_back(error(fat, "kernel " + kernel + " reads circular buffer " + cbName(index) + " as data format " +
                                     std::to_string(format) + " but the host creates it as " +
                                     (entry.formatName.empty() ? std::to_string(*entry.format) : entry.formatName) +
                                     "; the tiles are reinterpreted and the result is garbage"));
        out.push_back(note(match->at, "circular buffer " + cbName(index) + " is created here"));
      }
    }
  }
}

}  // namespace tt_astgen::checks
