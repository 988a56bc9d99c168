// Phase timing of a run and formatRunStats. See run_stats.h and docs/dryrun.md ("run --stats").
#include "run/run_stats.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace tt_astgen {
namespace runstats {

PhaseClock::PhaseClock(bool enabled, std::vector<RunPhaseStat>& into)
    : enabled_(enabled), into_(into), start_(Clock::now()), lap_(start_) {}

void PhaseClock::lap(const std::string& phase, const std::string& note) {
  const Clock::time_point now = Clock::now();
  if (enabled_) into_.push_back({phase, std::chrono::duration<double, std::milli>(now - lap_).count(), note});
  lap_ = now;
}

void PhaseClock::total() {
  if (enabled_) into_.push_back({"total", std::chrono::duration<double, std::milli>(Clock::now() - start_).count()});
}

double PhaseClock::sinceLapMs() const { return std::chrono::duration<double, std::milli>(Clock::now() - lap_).count(); }

namespace {
/// The number just before `unit` at or after `from` in `text` ("execute 12.5 ms" -> 12.5).
bool numberBefore(const std::string& text, size_t from, const std::string& unit, double& value) {
  const size_t end = text.find(unit, from);
  if (end == std::string::npos) return false;
  size_t begin = end;
  while (begin > from && (std::isdigit(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '.')) --begin;
  if (begin == end) return false;
  value = std::strtod(text.substr(begin, end - begin).c_str(), nullptr);
  return true;
}
}  // namespace

void takeRuntimeStats(std::string& stderrText, double executeMs, std::vector<RunPhaseStat>& stats) {
  std::istringstream in(stderrText);
  std::string kept, line;
  double executeSum = 0, longestLoad = 0;
  bool any = false;
  while (std::getline(in, line)) {
    if (line.rfind(kRuntimeStatsPrefix, 0) != 0) {
      kept += line + "\n";
      continue;
    }
    const std::string body = line.substr(kRuntimeStatsPrefix.size());
    double ms = 0;
    if (body.rfind("kernel ", 0) == 0) {
      // "kernel reader.cpp: cache hit, 0.412 ms"
      const size_t colon = body.find(": ", 7);
      const size_t comma = body.rfind(", ");
      if (colon == std::string::npos || comma == std::string::npos || comma < colon ||
          !numberBefore(body, comma + 2, " ms", ms)) {
        kept += line + "\n";
        continue;
      }
      stats.push_back({"kernel-jit:" + body.substr(7, colon - 7), ms, body.substr(colon + 2, comma - colon - 2)});
      longestLoad = std::max(longestLoad, ms);
    } else if (body.rfind("program ", 0) == 0) {
      // "program 1: 64 cores, 192 kernel threads, execute 140.123 ms"
      const size_t execute = body.rfind("execute ");
      if (execute == std::string::npos || !numberBefore(body, execute, " ms", ms)) {
        kept += line + "\n";
        continue;
      }
      std::string note = body.substr(0, execute);
      while (!note.empty() && (note.back() == ' ' || note.back() == ',')) note.pop_back();
      stats.push_back({"runtime-execute", ms, note});
      executeSum += ms;
    } else {
      kept += line + "\n";
      continue;
    }
    any = true;
  }
  if (!stderrText.empty() && stderrText.back() != '\n' && !kept.empty()) kept.pop_back();
  stderrText = kept;
  if (any)
    stats.push_back({"host-other", std::max(0.0, executeMs - executeSum - longestLoad),
                     "the host process outside kernel loads and runtime execute: start, buffers, verification"});
}

}  // namespace runstats

std::string formatRunStats(const RunResult& result) {
  std::string out;
  char ms[32];
  for (const RunPhaseStat& s : result.stats) {
    std::snprintf(ms, sizeof ms, "%.1f", s.ms);
    out += "stats: " + s.phase + " " + ms + " ms";
    if (!s.note.empty()) out += " (" + s.note + ")";
    out += "\n";
  }
  return out;
}

}  // namespace tt_astgen
