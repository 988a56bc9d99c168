// cb-balance: a static proof that every circular buffer is balanced on every core. Each kernel's
// CB traffic is summarized symbolically (lib/check/cb_summary.h); per core, the summaries are
// evaluated with the values the host sets there (HostModel: runtime args per core, common and
// compile-time args, the CBs' sizes) and compared: a consumer that needs more pages than its
// producers push never returns from cb_wait_front; a producer that must reserve more room than
// its consumers free never returns from cb_reserve_back. See docs/checks.md.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "check/cb_summary.h"
#include "check/checks/check_support.h"

namespace tt_astgen::checks {

/// A kernel file's summaries, by entry function (a compute kernel has one per TRISC pass:
/// unpack_main, math_main, pack_main).
using KernelSummaries = std::map<std::string, cbsum::KernelSummary>;

/// What the proof decided, over (core, CB) pairs.
struct BalanceStats {
  size_t proved = 0;      // balanced, or an error reported
  size_t undecided = 0;   // some amount was unknown
  size_t hangs = 0;       // (core, CB) pairs where a wait or reserve never returns
  std::string firstWhy;   // why the first undecided pair was undecided
};

/// The per-core proof over one host model; `summaries` maps a checked file (as reported) to its
/// summaries. Errors/warnings/notes go to `out`, tagged with `check`.
void proveCbBalance(const model::HostModel& host, const std::map<std::string, KernelSummaries>& summaries,
                    const std::string& check, std::vector<Diagnostic>& out, BalanceStats& stats);

class CbBalanceCheck : public CrossFileCheck {
 public:
  CbBalanceCheck() : CrossFileCheck("cb-balance") {}
  void registerKernelMatchers(clang::ast_matchers::MatchFinder& finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult& result) override;
  void finish(const ProgramInfo& program, std::vector<Diagnostic>& out) override;

 private:
  std::map<std::string, KernelSummaries> summaries_;
};

}  // namespace tt_astgen::checks
