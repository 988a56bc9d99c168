// The cache bound (lib/support/cache_trim): over the limit, the least recently used entries go
// first, down to 3/4 of the limit; entries used in the last minute stay; other files are ignored.
#include <gtest/gtest.h>

#include <sys/time.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "../test_support.h"
#include "support/cache_trim.h"

namespace tt_astgen {
namespace {

namespace fs = std::filesystem;

/// A file of `kb` KiB whose modification time is `ageSeconds` ago.
void entry(const fs::path& path, int kb, long ageSeconds) {
  std::ofstream(path, std::ios::binary) << std::string(size_t(kb) * 1024, 'x');
  timeval now{};
  gettimeofday(&now, nullptr);
  timeval times[2] = {{now.tv_sec - ageSeconds, 0}, {now.tv_sec - ageSeconds, 0}};
  ASSERT_EQ(utimes(path.c_str(), times), 0);
}

TEST(CacheTrim, OldestEntriesGoFirstDownToThreeQuartersOfTheLimit) {
  testing::TempDir dir;
  for (int i = 0; i < 8; ++i) entry(dir.path() / ("e" + std::to_string(i) + ".pch"), 100, 1000 - i * 100);  // e0 oldest
  entry(dir.path() / "other.txt", 500, 5000);  // not a cache entry: never counted, never removed
  // 800 KiB of entries, limit 640 KiB: down to <= 480 KiB, i.e. the 4 oldest go.
  EXPECT_EQ(cache::trimCacheDir(dir.path().string(), ".pch", 640 * 1024), 4u);
  for (int i = 0; i < 8; ++i) EXPECT_EQ(fs::exists(dir.path() / ("e" + std::to_string(i) + ".pch")), i >= 4) << i;
  EXPECT_TRUE(fs::exists(dir.path() / "other.txt"));
  // Within the limit now: nothing more goes.
  EXPECT_EQ(cache::trimCacheDir(dir.path().string(), ".pch", 640 * 1024), 0u);
}

TEST(CacheTrim, ATouchedEntryIsRecentAndRecentEntriesStay) {
  testing::TempDir dir;
  entry(dir.path() / "a.so", 100, 3000);
  entry(dir.path() / "b.so", 100, 2000);
  entry(dir.path() / "c.so", 100, 10);  // used in the last minute
  cache::touchCacheEntry((dir.path() / "a.so").string());  // a hit: now the most recent
  // Limit 100 KiB (target 75): b goes; a and c were used in the last minute and stay.
  EXPECT_EQ(cache::trimCacheDir(dir.path().string(), ".so", 100 * 1024), 1u);
  EXPECT_TRUE(fs::exists(dir.path() / "a.so"));
  EXPECT_FALSE(fs::exists(dir.path() / "b.so"));
  EXPECT_TRUE(fs::exists(dir.path() / "c.so"));
}

TEST(CacheTrim, LimitComesFromTheEnvironmentAndZeroMeansNone) {
  setenv("TT_ASTGEN_CACHE_MAX_MB", "3", 1);
  EXPECT_EQ(cache::limitBytes(2048), 3u * 1024 * 1024);
  setenv("TT_ASTGEN_CACHE_MAX_MB", "3x", 1);  // not a number: the default
  EXPECT_EQ(cache::limitBytes(2048), 2048ull * 1024 * 1024);
  unsetenv("TT_ASTGEN_CACHE_MAX_MB");
  EXPECT_EQ(cache::limitBytes(7), 7ull * 1024 * 1024);
  testing::TempDir dir;
  entry(dir.path() / "x.pch", 10, 5000);
  EXPECT_EQ(cache::trimCacheDir(dir.path().string(), ".pch", 0), 0u);
  EXPECT_EQ(cache::trimCacheDir((dir.path() / "missing").string(), ".pch", 1), 0u);
}

}  // namespace
}  // namespace tt_astgen
