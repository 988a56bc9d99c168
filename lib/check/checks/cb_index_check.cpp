#include "check/checks/cb_index_check.h"
#include "check/checks/model_support.h"

#include <clang/AST/ExprCXX.h>

namespace tt_astgen::checks {

using namespace clang;
using namespace clang::ast_matchers;

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
  auto& uses = uses_[unit().file];
  if (auto* call = result.Nodes.getNodeAs<CallExpr>("cb_call")) {
    if (auto cb = knownKernelInt(result.Nodes.getNodeAs<Expr>("cb_arg"), ctx, unit())) uses.emplace(*cb, locOf(call, ctx));
    return;
  }
  if (auto* var = result.Nodes.getNodeAs<VarDecl>("cb_const")) {
    if (!var->isReferenced()) return;  // a constant nobody uses waits on nothing
    if (unit().guessedCompileArgs && readsCompileArgs(var->getInit())) return;
    auto* ec = result.Nodes.getNodeAs<EnumConstantDecl>("cb_enum");
    uses.emplace(ec->getInitVal().getExtValue(), locOf(var, ctx));
    return;
  }
  if (auto* list = result.Nodes.getNodeAs<InitListExpr>("fmt_list")) {
    auto cb = knownKernelInt(result.Nodes.getNodeAs<Expr>("fmt_cb"), ctx, unit());
    auto* ec = result.Nodes.getNodeAs<EnumConstantDecl>("fmt_value");
    if (cb) formats_[unit().file].emplace(*cb, std::make_pair(ec->getInitVal().getExtValue(), locOf(list, ctx)));
  }
}

void CbIndexCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  if (!program.hasHost || program.hostErrors) return;  // facts from a broken host mislead
  for (const auto& [kernel, uses] : uses_) {
    for (const KernelOfHost& hk : hostKernelsOf(program, kernel)) {
      const model::HostModel& host = *hk.host;
      const model::HostKernel& k = *hk.kernel;
      if (!k.cores.known) continue;  // which cores to look at is unknown
      for (const auto& [index, at] : uses) {
        // Per core of the kernel: known present, known absent, or unknown.
        std::vector<model::Core> missing;
        const model::HostCircularBuffer* match = nullptr;
        bool allKnown = true;
        for (const model::Core& core : k.cores.cores) {
          const model::HostCircularBuffer* found = nullptr;
          switch (host.hasCircularBuffer(k.program, index, core, &found)) {
            case model::Tri::Yes: if (!match) match = found; break;
            case model::Tri::No: missing.push_back(core); break;
            case model::Tri::Unknown: allKnown = false; break;
          }
        }
        if (!missing.empty() && !match && allKnown) {
          std::set<int64_t> indices;
          for (const model::HostCircularBuffer& cb : host.circularBuffers)
            if (cb.program == k.program)
              for (const auto& [i, entry] : cb.indices) indices.insert(i);
          std::string created;
          for (int64_t i : indices) created += (created.empty() ? "" : ", ") + cbName(i);
          out.push_back(error(at, "circular buffer " + cbName(index) + " is used by " + baseName(kernel) +
                                      " but the host creates no circular buffer with index " + std::to_string(index) +
                                      " on its cores (it creates " + (created.empty() ? "none" : created) +
                                      "); on chip the kernel waits on a buffer nobody fills and hangs"));
          out.push_back(note(modelLoc(k.at), "kernel '" + baseName(kernel) + "' is created here"));
          continue;
        }
        if (!missing.empty()) {
          out.push_back(error(at, "circular buffer " + cbName(index) + " is used by " + baseName(kernel) +
                                      " but the host creates it on only some of the kernel's cores (not on core " +
                                      coreLabel(missing.front()) + ")"));
          if (match) out.push_back(note(modelLoc(match->at), "circular buffer " + cbName(index) + " is created here"));
          continue;
        }
        if (!match) continue;
        // The data format the kernel states (InterleavedAddrGenFast{.data_format = ...}).
        auto f = formats_.find(kernel);
        if (f == formats_.end() || !f->second.count(index)) continue;
        const auto& [format, fat] = f->second.at(index);
        const model::HostCbIndex& entry = match->indices.at(index);
        if (entry.format && *entry.format != format) {
          out.push_back(error(fat, "kernel " + kernel + " reads circular buffer " + cbName(index) + " as data format " +
                                       std::to_string(format) + " but the host creates it as " +
                                       (entry.formatName.empty() ? std::to_string(*entry.format) : entry.formatName) +
                                       "; the tiles are reinterpreted and the result is garbage"));
          out.push_back(note(modelLoc(match->at), "circular buffer " + cbName(index) + " is created here"));
        }
      }
    }
  }
}

}  // namespace tt_astgen::checks
