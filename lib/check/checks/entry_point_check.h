// entry-point: a data-movement kernel defines kernel_main(); a compute kernel defines MAIN inside
// namespace NAMESPACE (chlkc_unpack::unpack_main, chlkc_math::math_main, chlkc_pack::pack_main)
// or the metal-2026 form kernel_main() (which profiles' JIT takes that form is api-profile's
// question). The firmware calls exactly these, so anything else compiles and then fails to link.
#pragma once
#include "check/checks/check_support.h"

namespace tt_astgen::checks {

class EntryPointCheck : public CrossFileCheck {
 public:
  EntryPointCheck() : CrossFileCheck("entry-point") {}
  void registerKernelMatchers(clang::ast_matchers::MatchFinder& finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult& result) override;
  void finish(const ProgramInfo& program, std::vector<Diagnostic>& out) override;

 private:
  struct Entry {
    std::string name;       // "kernel_main", "math_main", "MAIN"
    std::string qualified;  // "chlkc_math::math_main"
    Loc at;
  };
  std::map<std::string, std::vector<Entry>> entries_;  // kernel -> entry-like functions
  std::set<std::string> seen_;                          // kernels matched at least once
};

}  // namespace tt_astgen::checks
