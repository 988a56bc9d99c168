// Sweeps across machines without a coordinator: the `--shard K/N` and `--summary FILE.json`
// options shared by the multi-input forms of generate, check and run (docs/sweeps.md).
//
// Shards are 1-based: `--shard K/N` with 1 <= K <= N keeps the inputs whose name hashes to K.
// An input's name is the last component of its path without a .json extension (`sweep/mm_64.json`
// and `out/mm_64/` are both `mm_64`), so the shard of a plan and of the folder generated from it
// agree, and an input's shard depends on nothing else: not on the order of the inputs, their
// folder, nor which other inputs are given. Every input lands in exactly one of the N shards.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "../cli.h"

namespace tt_astgen::cli::sweep {

struct Shard {
  unsigned index = 1;  // K, 1-based
  unsigned count = 1;  // N
};

/// Parses "K/N" (decimal, 1 <= K <= N). On failure returns nothing and sets `error` to a message
/// that names the value and what is expected.
std::optional<Shard> parseShard(const std::string& text, std::string& error);

/// The name an input is sharded by (see the file comment).
std::string inputName(const std::string& path);

/// FNV-1a, 64 bits: stable across hosts, builds and standard libraries (std::hash is not).
uint64_t nameHash(const std::string& name);

/// The 1-based shard of an input among `count`.
unsigned shardOf(const std::string& path, unsigned count);

/// The positions of `inputs` that belong to `shard`, in their given order (all when no shard).
std::vector<size_t> selectShard(const std::vector<std::string>& inputs, const std::optional<Shard>& shard);

/// One input's outcome, as a line of the summary.
struct InputOutcome {
  InputOutcome() = default;
  InputOutcome(std::string given, std::string statusName, int code)
      : input(std::move(given)), status(std::move(statusName)), exitCode(code) {}
  std::string input;   // as given on the command line
  std::string status;  // "ok", "findings" (check errors, failed verification) or "error" (bad input)
  int exitCode = kOk;
  size_t errors = 0;
  size_t warnings = 0;
  double seconds = 0;  // wall time spent on this input
  std::string output;  // the folder written, if any
  std::string message; // the first error, if any
};

/// The status word for an exit code.
std::string statusOf(int exitCode);

/// What one process did with its shard of a sweep.
struct Summary {
  std::string command;             // "generate", "check", "run"
  std::optional<Shard> shard;      // none: every input
  size_t inputsGiven = 0;          // before sharding
  std::vector<InputOutcome> inputs;  // this shard's inputs, in the given order
  double wallSeconds = 0;
  double cpuSeconds = 0;
  int exitCode = kOk;              // the worst of the inputs'
};

/// The summary as JSON (docs/sweeps.md, "Summary files").
std::string summaryJson(const Summary& summary);

/// Writes `text` to `path` atomically (a temporary sibling renamed over it); error message or "".
std::string writeFileAtomically(const std::string& path, const std::string& text);

/// The options every sweep-capable command takes, parsed from `parsed`.
struct SweepOptions {
  std::optional<Shard> shard;
  std::string summaryPath;  // empty: no summary
};
/// Reads --shard and --summary; returns an error message ("" when they are fine).
std::string readSweepOptions(const ParsedArgs& parsed, SweepOptions& options);

/// The option names, for parseArgs.
inline const std::vector<std::string>& sweepValuedOptions() {
  static const std::vector<std::string> names = {"--shard", "--summary"};
  return names;
}

/// CPU seconds used by this process so far (user + system).
double processCpuSeconds();
/// Seconds on a monotonic clock.
double wallClockSeconds();

/// Writes the summary if one was asked for; prints why it could not and returns kBadInput then,
/// else returns `summary.exitCode`.
int finishSummary(const SweepOptions& options, Summary& summary);

/// Merges per-shard summaries (their JSON texts) into one: inputs concatenated, totals summed,
/// the shards seen listed, and `complete` true when they are 1..N of one N, each once.
/// Sets `error` (and returns "") when a text is not a summary.
std::string mergeSummaries(const std::vector<std::pair<std::string, std::string>>& namedTexts, std::string& error);

}  // namespace tt_astgen::cli::sweep
