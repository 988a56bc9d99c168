#include "check/checks/entry_point_check.h"

namespace tt_astgen::checks {

using namespace clang;
using namespace clang::ast_matchers;

void EntryPointCheck::registerKernelMatchers(MatchFinder& finder) {
  finder.addMatcher(functionDecl(isExpansionInMainFile(), isDefinition(),
                                 hasAnyName("kernel_main", "MAIN", "unpack_main", "math_main", "pack_main", "main"))
                        .bind("entry"),
                    this);
  finder.addMatcher(translationUnitDecl().bind("tu"), this);
}

void EntryPointCheck::check(const MatchFinder::MatchResult& result) {
  seen_.insert(unit().file);
  auto* fn = result.Nodes.getNodeAs<FunctionDecl>("entry");
  if (!fn) return;
  auto& list = entries_[unit().file];
  std::string qualified = fn->getQualifiedNameAsString();
  for (const Entry& e : list)
    if (e.qualified == qualified) return;
  list.push_back({fn->getName().str(), qualified, locOf(fn, *result.Context)});
}

void EntryPointCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  for (const auto& [file, role] : program.kernelRoles) {
    if (!seen_.count(file)) continue;
    const auto& entries = entries_[file];
    const std::string kernel = baseName(file);
    auto has = [&](const std::string& qualified) {
      for (const Entry& e : entries)
        if (e.qualified == qualified) return true;
      return false;
    };
    Loc first = entries.empty() ? Loc{} : entries.front().at;
    if (role == FileRole::DataMovement) {
      if (has("kernel_main")) continue;
      if (entries.empty()) {
        out.push_back(error({file, 1, 1}, "data-movement kernel " + kernel +
                                               " defines no kernel_main(); the BRISC/NCRISC firmware calls "
                                               "kernel_main, so the JIT link fails"));
        continue;
      }
      out.push_back(error(first, "data-movement kernel " + kernel + " defines '" + entries.front().qualified +
                                     "()' instead of 'void kernel_main()'; MAIN is the compute kernels' entry, "
                                     "the BRISC/NCRISC firmware calls kernel_main, so the JIT link fails"));
      continue;
    }
    // Compute: chlkc_*::*_main from `namespace NAMESPACE { void MAIN { ... } }`, or kernel_main.
    if (has("kernel_main") || has("chlkc_unpack::unpack_main") || has("chlkc_math::math_main") ||
        has("chlkc_pack::pack_main"))
      continue;
    for (const Entry& e : entries) {
      if (e.name != "unpack_main" && e.name != "math_main" && e.name != "pack_main" && e.name != "MAIN") continue;
      out.push_back(error(e.at, "compute kernel " + kernel + " defines '" + e.qualified +
                                    "' outside 'namespace NAMESPACE { void MAIN { ... } }'; the TRISC firmware "
                                    "calls chlkc_unpack::unpack_main, chlkc_math::math_main and "
                                    "chlkc_pack::pack_main, so the JIT link fails"));
      break;
    }
  }
}

}  // namespace tt_astgen::checks
