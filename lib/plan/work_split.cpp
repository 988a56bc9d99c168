#include "work_split.h"

#include <algorithm>
#include <map>
#include <utility>

namespace tt_astgen::plan_detail {

std::vector<CoreWork> contiguousSplit(uint32_t gridX, uint32_t gridY, uint64_t units) {
  std::vector<CoreWork> cores;
  const uint64_t gridCores = uint64_t(gridX) * gridY;
  if (units == 0 || gridCores == 0) return cores;
  const uint64_t n = std::min(gridCores, units);
  const uint64_t q = units / n, r = units % n;
  uint64_t start = 0;
  for (uint64_t i = 0; i < n; ++i) {
    const uint64_t count = q + (i < r ? 1 : 0);
    cores.push_back(CoreWork{static_cast<uint32_t>(i / gridY), static_cast<uint32_t>(i % gridY),
                             static_cast<uint32_t>(start), static_cast<uint32_t>(count)});
    start += count;
  }
  return cores;
}

std::string tileRange(uint64_t begin, uint64_t end) {
  if (end == begin + 1) return "tile " + std::to_string(begin) + " is";
  return "tiles " + std::to_string(begin) + ".." + std::to_string(end - 1) + " are";
}

static uint64_t satAdd(uint64_t a, uint64_t b) { return a > UINT64_MAX - b ? UINT64_MAX : a + b; }

static std::string coreText(uint64_t x, uint64_t y) {
  return "[" + std::to_string(x) + ", " + std::to_string(y) + "]";
}

std::optional<std::vector<CoreWork>> checkExplicitSplit(const std::vector<CoreDraft>& cores,
                                                        const std::string& coresPath,
                                                        uint32_t gridX, uint32_t gridY,
                                                        std::optional<uint64_t> totalTiles,
                                                        Diagnostics& d) {
  const size_t errorsBefore = d.size();
  bool allParsed = true;
  // Entries that passed their own checks, by index; only these take part in overlap checks,
  // which bounds the pairwise comparison by the grid size.
  std::vector<size_t> good;
  std::map<std::pair<uint64_t, uint64_t>, size_t> firstAt;
  for (size_t i = 0; i < cores.size(); ++i) {
    const CoreDraft& c = cores[i];
    if (!c.ok()) {
      allParsed = false;
      continue;
    }
    bool ok = true;
    if (*c.x >= gridX) {
      d.error(c.xPath, "expected 0.." + std::to_string(gridX - 1) + " (inside the " +
                           std::to_string(gridX) + "x" + std::to_string(gridY) + " grid), got " +
                           std::to_string(*c.x));
      ok = false;
    }
    if (*c.y >= gridY && c.yPath != c.xPath) {
      d.error(c.yPath, "expected 0.." + std::to_string(gridY - 1) + " (inside the " +
                           std::to_string(gridX) + "x" + std::to_string(gridY) + " grid), got " +
                           std::to_string(*c.y));
      ok = false;
    }
    if (ok) {
      auto [it, inserted] = firstAt.emplace(std::make_pair(*c.x, *c.y), i);
      if (!inserted) {
        const std::string at = c.xPath == c.yPath ? c.xPath : c.path + "/core";
        d.error(at, "core " + coreText(*c.x, *c.y) + " is listed twice (first at " +
                        cores[it->second].path + ")");
        ok = false;
      }
    }
    if (*c.count == 0) {
      d.error(c.countPath, "expected a positive integer, got 0");
      ok = false;
    }
    if (ok && totalTiles && satAdd(*c.start, *c.count) > *totalTiles) {
      d.error(c.path, tileRange(std::max(*c.start, *totalTiles), satAdd(*c.start, *c.count)) +
                          " past the last output tile (" + std::to_string(*totalTiles - 1) + ")");
      ok = false;
    }
    if (ok) good.push_back(i);
  }

  // Overlaps, reported at the later entry.
  for (size_t a = 0; a < good.size(); ++a) {
    for (size_t b = a + 1; b < good.size(); ++b) {
      const CoreDraft& p = cores[good[a]];
      const CoreDraft& q = cores[good[b]];
      const uint64_t begin = std::max(*p.start, *q.start);
      const uint64_t end = std::min(satAdd(*p.start, *p.count), satAdd(*q.start, *q.count));
      if (begin < end)
        d.error(q.path, tileRange(begin, end) + " also assigned by " + p.path);
    }
  }

  // Gaps, only when every entry is sound (otherwise they would mostly repeat earlier errors).
  if (totalTiles && allParsed && d.size() == errorsBefore) {
    std::vector<std::pair<uint64_t, uint64_t>> ranges;
    for (const auto& c : cores) ranges.emplace_back(*c.start, satAdd(*c.start, *c.count));
    std::sort(ranges.begin(), ranges.end());
    uint64_t covered = 0;
    for (const auto& [begin, end] : ranges) {
      if (begin > covered)
        d.error(coresPath, "output " + tileRange(covered, begin) + " not assigned to any core");
      covered = std::max(covered, end);
    }
    if (covered < *totalTiles)
      d.error(coresPath, "output " + tileRange(covered, *totalTiles) + " not assigned to any core");
  }

  if (d.size() != errorsBefore || !allParsed) return std::nullopt;
  std::vector<CoreWork> out;
  for (const auto& c : cores)
    out.push_back(CoreWork{static_cast<uint32_t>(*c.x), static_cast<uint32_t>(*c.y),
                           static_cast<uint32_t>(*c.start), static_cast<uint32_t>(*c.count)});
  return out;
}

void checkListedContiguousSplit(const std::vector<CoreDraft>& cores, const std::string& coresPath,
                                const std::vector<CoreWork>& expected, Diagnostics& d) {
  if (cores.size() != expected.size()) {
    d.error(coresPath, "expected " + std::to_string(expected.size()) +
                           " cores (the contiguous split), got " + std::to_string(cores.size()));
    return;
  }
  for (size_t i = 0; i < cores.size(); ++i) {
    const CoreDraft& c = cores[i];
    const CoreWork& e = expected[i];
    if (!c.ok()) continue;
    if (*c.x != e.x || *c.y != e.y || *c.start != e.startTile || *c.count != e.count) {
      d.error(c.path, "expected {\"core\": " + coreText(e.x, e.y) + ", \"start_tile\": " +
                          std::to_string(e.startTile) + ", \"count\": " + std::to_string(e.count) +
                          "} (the contiguous split), got {\"core\": " + coreText(*c.x, *c.y) +
                          ", \"start_tile\": " + std::to_string(*c.start) +
                          ", \"count\": " + std::to_string(*c.count) + "}");
    }
  }
}

}  // namespace tt_astgen::plan_detail
