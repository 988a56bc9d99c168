// The contiguous split (tt-metal's split_work_to_cores, row_wise = false) and explicit tables.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "../../lib/plan/work_split.h"

namespace tt_astgen::plan_detail {
namespace {

using Core = std::pair<uint32_t, uint32_t>;

/// tt-metal's num_cores_to_corerangeset(target, grid, row_wise = false) from {0, 0}, as a set:
/// full columns first, then a partial column.
std::set<Core> columnMajorCores(uint32_t target, uint32_t /*gx*/, uint32_t gy) {
  std::set<Core> out;
  const uint32_t fullCols = target / gy, rest = target % gy;
  for (uint32_t x = 0; x < fullCols; ++x)
    for (uint32_t y = 0; y < gy; ++y) out.insert({x, y});
  for (uint32_t y = 0; y < rest; ++y) out.insert({fullCols, y});
  return out;
}

struct SplitCase {
  uint32_t gx, gy;
  uint64_t units;
};

class ContiguousSplit : public ::testing::TestWithParam<SplitCase> {};

TEST_P(ContiguousSplit, MatchesSplitWorkToCores) {
  const auto [gx, gy, units] = GetParam();
  const auto cores = contiguousSplit(gx, gy, units);
  const uint64_t n = std::min<uint64_t>(uint64_t(gx) * gy, units);
  ASSERT_EQ(cores.size(), n);
  const uint64_t q = units / n, r = units % n;
  // all_cores and group 1 as split_work_to_cores computes them.
  const auto all = columnMajorCores(static_cast<uint32_t>(n), gx, gy);
  const auto group1 = r ? columnMajorCores(static_cast<uint32_t>(r), gx, gy) : all;
  std::set<Core> seen;
  uint64_t next = 0;
  for (const auto& c : cores) {
    const Core core{c.x, c.y};
    EXPECT_TRUE(all.count(core)) << c.x << "," << c.y;
    EXPECT_TRUE(seen.insert(core).second);
    EXPECT_EQ(c.count, group1.count(core) ? q + (r ? 1 : 0) : q);
    EXPECT_EQ(c.startTile, next);  // consecutive, column-major
    next += c.count;
  }
  EXPECT_EQ(next, units);
}

INSTANTIATE_TEST_SUITE_P(Grids, ContiguousSplit,
                         ::testing::Values(SplitCase{1, 1, 400}, SplitCase{8, 8, 64}, SplitCase{8, 8, 400},
                                           SplitCase{8, 8, 144}, SplitCase{8, 8, 10}, SplitCase{4, 2, 60},
                                           SplitCase{2, 4, 9}, SplitCase{13, 10, 256}, SplitCase{8, 8, 1},
                                           SplitCase{3, 5, 16}, SplitCase{8, 8, 65}));

TEST(ContiguousSplitOrder, ColumnMajorAndGroupOneFirst) {
  // 10 tiles on 2x4: 8 cores, the first 2 (column-major) get 2 tiles.
  const auto cores = contiguousSplit(2, 4, 10);
  ASSERT_EQ(cores.size(), 8u);
  EXPECT_EQ(cores[0], (CoreWork{0, 0, 0, 2}));
  EXPECT_EQ(cores[1], (CoreWork{0, 1, 2, 2}));
  EXPECT_EQ(cores[2], (CoreWork{0, 2, 4, 1}));
  EXPECT_EQ(cores[4], (CoreWork{1, 0, 6, 1}));
  EXPECT_EQ(cores[7], (CoreWork{1, 3, 9, 1}));
}

TEST(ContiguousSplitOrder, FewerTilesThanCoresLeavesCoresOut) {
  const auto cores = contiguousSplit(8, 8, 3);
  ASSERT_EQ(cores.size(), 3u);
  EXPECT_EQ(cores[2], (CoreWork{0, 2, 2, 1}));
  EXPECT_TRUE(contiguousSplit(8, 8, 0).empty());
}

CoreDraft entry(size_t i, uint64_t x, uint64_t y, uint64_t start, uint64_t count) {
  CoreDraft c;
  c.path = "/c/" + std::to_string(i);
  c.xPath = c.path + "/core/0";
  c.yPath = c.path + "/core/1";
  c.startPath = c.path + "/start_tile";
  c.countPath = c.path + "/count";
  c.x = x;
  c.y = y;
  c.start = start;
  c.count = count;
  return c;
}

std::vector<std::string> messages(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& e : d.errors()) out.push_back(e.detail());
  return out;
}

TEST(ExplicitSplit, AcceptsAnyOrderThatCoversEveryTileOnce) {
  Diagnostics d;
  auto cores = checkExplicitSplit({entry(0, 1, 0, 5, 5), entry(1, 0, 0, 0, 5)}, "/c", 2, 1, 10, d);
  EXPECT_TRUE(d.empty()) << ::testing::PrintToString(messages(d));
  ASSERT_TRUE(cores);
  EXPECT_EQ((*cores)[0], (CoreWork{1, 0, 5, 5}));
}

TEST(ExplicitSplit, ReportsGapsAndOverlapsWithTileNumbers) {
  Diagnostics d;
  auto cores = checkExplicitSplit({entry(0, 0, 0, 0, 10), entry(1, 1, 0, 5, 10), entry(2, 0, 1, 30, 10)}, "/c",
                                  2, 2, 50, d);
  EXPECT_FALSE(cores);
  EXPECT_THAT(messages(d), ::testing::ElementsAre("/c/1: tiles 5..9 are also assigned by /c/0"));
  // Gaps are checked once entries are sound.
  Diagnostics g;
  checkExplicitSplit({entry(0, 0, 0, 0, 10), entry(1, 0, 1, 30, 10)}, "/c", 2, 2, 50, g);
  EXPECT_THAT(messages(g), ::testing::ElementsAre("/c: output tiles 10..29 are not assigned to any core",
                                                  "/c: output tiles 40..49 are not assigned to any core"));
}

TEST(ExplicitSplit, HugeValuesDoNotOverflow) {
  Diagnostics d;
  checkExplicitSplit({entry(0, 0, 0, UINT64_MAX - 1, UINT64_MAX)}, "/c", 1, 1, 4, d);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_THAT(d.errors()[0].message, ::testing::HasSubstr("past the last output tile (3)"));
}

TEST(ExplicitSplit, ListedContiguousSplitMustMatch) {
  Diagnostics d;
  checkListedContiguousSplit({entry(0, 0, 0, 0, 2)}, "/c", contiguousSplit(2, 1, 4), d);
  EXPECT_THAT(messages(d), ::testing::ElementsAre("/c: expected 2 cores (the contiguous split), got 1"));
}

}  // namespace
}  // namespace tt_astgen::plan_detail
