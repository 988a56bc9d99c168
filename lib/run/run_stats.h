// Phase timing of a run (RunOptions::collectStats): a stopwatch per phase, and the runtime's own
// figures (kernel loads, execute time) read from the host program's stderr.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "tt_astgen/run.h"

namespace tt_astgen::runstats {

/// Records phases into a RunResult's stats when enabled; does nothing otherwise.
class PhaseClock {
 public:
  PhaseClock(bool enabled, std::vector<RunPhaseStat>& into);
  /// Ends the phase begun at the previous call (or at construction) as `phase`.
  void lap(const std::string& phase, const std::string& note = {});
  /// Adds "total": the time since construction.
  void total();
  double sinceLapMs() const;

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  std::vector<RunPhaseStat>& into_;
  Clock::time_point start_, lap_;
};

/// The prefix of the runtime's stats lines on stderr (TT_ASTGEN_DRYRUN_STATS, docs/dryrun.md).
inline constexpr std::string_view kRuntimeStatsPrefix = "tt-astgen dry-run: stats: ";

/// Moves the runtime's stats lines out of `stderrText` into `stats` as kernel-jit:<kernel> and
/// runtime-execute entries, then adds host-other: `executeMs` minus the runtime's execute times
/// and the longest kernel load (loads run in parallel).
void takeRuntimeStats(std::string& stderrText, double executeMs, std::vector<RunPhaseStat>& stats);

}  // namespace tt_astgen::runstats
