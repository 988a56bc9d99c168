// Emission is deterministic and independent of the working directory.
#include <gtest/gtest.h>

#include "../test_support.h"
#include "tt_astgen/generate.h"

namespace tt_astgen {
namespace {

TEST(Determinism, SamePlanGivesSameBytesFromAnotherDirectory) {
  PlanLoadResult loaded = loadPlanFile(testing::fixture("plans/matmul_single_core.json").string());
  ASSERT_TRUE(loaded.plan);
  GenerateResult first = generateProgram(*loaded.plan);
  testing::TempDir elsewhere;
  auto previous = std::filesystem::current_path();
  std::filesystem::current_path(elsewhere.path());
  GenerateResult second = generateProgram(*loaded.plan);
  std::filesystem::current_path(previous);
  ASSERT_TRUE(first.ok()) << first.error;
  ASSERT_TRUE(second.ok()) << second.error;
  ASSERT_EQ(first.files.size(), second.files.size());
  for (size_t i = 0; i < first.files.size(); ++i) {
    EXPECT_EQ(first.files[i].name, second.files[i].name);
    EXPECT_EQ(first.files[i].content, second.files[i].content) << first.files[i].name;
  }
}

TEST(AtomicOutput, FailedWriteLeavesExistingFolderUntouched) {
  testing::TempDir tmp;
  auto dir = tmp.path() / "out";
  testing::writeFile(dir / "keep.txt", "original");
  std::string error = writeFilesAtomically({{"main.cpp", "x"}, {"../escape.cpp", "y"}}, dir.string());
  EXPECT_NE(error, "");
  EXPECT_EQ(testing::readFile(dir / "keep.txt"), "original");
  EXPECT_FALSE(std::filesystem::exists(tmp.path() / "escape.cpp"));
  EXPECT_FALSE(std::filesystem::exists(dir / "main.cpp"));
}

TEST(AtomicOutput, SuccessfulWriteReplacesTheFolder) {
  testing::TempDir tmp;
  auto dir = tmp.path() / "out";
  testing::writeFile(dir / "stale.txt", "old");
  ASSERT_EQ(writeFilesAtomically({{"main.cpp", "int main() {}\n"}}, dir.string()), "");
  EXPECT_EQ(testing::readFile(dir / "main.cpp"), "int main() {}\n");
  EXPECT_FALSE(std::filesystem::exists(dir / "stale.txt"));
  size_t entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(tmp.path())) ++entries;
  EXPECT_EQ(entries, 1u) << "no staging folder may be left behind";
}

}  // namespace
}  // namespace tt_astgen
