// `tt-astgen generate PLAN -o DIR` replaces DIR atomically: on any error, and when SIGINT or
// SIGTERM arrives during generation, an existing DIR is left exactly as it was (same files, same
// bytes, nothing added), and no temporary sibling (.DIR.tmp-*, .DIR.old-*) is left behind.
// Tested end to end with the CLI binary.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include <sys/inotify.h>
#include <poll.h>

#include "../test_support.h"
#include "process.h"

namespace tt_astgen {
namespace {

namespace fs = std::filesystem;
using robustness::ChildResult;
using robustness::runChild;

/// Every entry under `dir`: relative path -> content ("<dir>" for folders, "-> target" for links).
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    const std::string rel = fs::relative(e.path(), dir).string();
    if (e.is_symlink())
      out[rel] = "-> " + fs::read_symlink(e.path()).string();
    else if (e.is_directory())
      out[rel] = "<dir>";
    else if (rel == "compile_commands.json")
      out[rel] = "<names the absolute output folder>";
    else
      out[rel] = testing::readFile(e.path());
  }
  return out;
}

/// Entries of `parent` other than the ones named in `expected`: leftovers of a generate.
std::vector<std::string> strayEntries(const fs::path& parent, const std::vector<std::string>& expected) {
  std::vector<std::string> stray;
  for (const auto& e : fs::directory_iterator(parent)) {
    const std::string name = e.path().filename().string();
    if (std::find(expected.begin(), expected.end(), name) == expected.end()) stray.push_back(name);
  }
  return stray;
}

/// A DIR with content no generate would write: files, a nested folder, a symlink.
void fillOldOutput(const fs::path& out) {
  testing::writeFile(out / "main.cpp", "// previous main\n");
  testing::writeFile(out / "notes.txt", "keep me\n");
  testing::writeFile(out / "nested" / "deep.txt", "deep\n");
  fs::create_symlink("notes.txt", out / "link");
}

const fs::path kPlan = testing::fixture("plans/matmul_single_core.json");

/// The files a successful generate of kPlan writes (generated once per test binary).
const std::map<std::string, std::string>& expectedNewOutput() {
  static const std::map<std::string, std::string> expected = [] {
    testing::TempDir tmp;
    ChildResult r = runChild({"generate", kPlan.string(), "-o", (tmp.path() / "ref").string()});
    EXPECT_EQ(r.exitCode, 0) << robustness::describe(r);
    return snapshot(tmp.path() / "ref");
  }();
  return expected;
}

TEST(AtomicOutput, EveryKindOfBadInputLeavesDirUnchanged) {
  testing::TempDir tmp;
  const fs::path out = tmp.path() / "out";
  fillOldOutput(out);
  const auto before = snapshot(out);
  testing::writeFile(tmp.path() / "hostile.json",
                     R"({"version": "1", "name": "../x", "op": {"kind": "matmul"}, "buffers": []})");
  testing::writeFile(tmp.path() / "empty.json", "");
  const std::vector<std::string> plans = {
      testing::fixture("bad-plans/invalid_json.json").string(),
      testing::fixture("bad-plans/multiple_errors.json").string(),
      testing::fixture("bad-plans/buffer_too_large.json").string(),
      testing::fixture("bad-plans/nesting_depth.json").string(),
      (tmp.path() / "hostile.json").string(),
      (tmp.path() / "empty.json").string(),
      (tmp.path() / "missing.json").string(),
      tmp.path().string(),  // a folder, not a file
  };
  for (const std::string& plan : plans) {
    ChildResult r = runChild({"generate", plan, "-o", out.string()});
    EXPECT_EQ(r.exitCode, 2) << plan << ": " << robustness::describe(r);
    EXPECT_EQ(snapshot(out), before) << plan;
    EXPECT_THAT(strayEntries(tmp.path(), {"out", "hostile.json", "empty.json"}), ::testing::IsEmpty()) << plan;
  }
  // Usage errors too: no -o value, two plans, unknown option.
  for (std::vector<std::string> args : std::vector<std::vector<std::string>>{
           {"generate", kPlan.string(), "-o"},
           {"generate", kPlan.string(), kPlan.string(), "-o", out.string()},
           {"generate", kPlan.string(), "--frobnicate", "-o", out.string()}}) {
    ChildResult r = runChild(args);
    EXPECT_EQ(r.exitCode, 2) << robustness::describe(r);
    EXPECT_EQ(snapshot(out), before);
  }
}

TEST(AtomicOutput, OutputPathThatIsAFileIsRefusedAndKept) {
  testing::TempDir tmp;
  const fs::path out = tmp.path() / "out";
  testing::writeFile(out, "a file, not a folder\n");
  ChildResult r = runChild({"generate", kPlan.string(), "-o", out.string()});
  EXPECT_EQ(r.exitCode, 2) << robustness::describe(r);
  EXPECT_EQ(testing::readFile(out), "a file, not a folder\n");
  EXPECT_THAT(strayEntries(tmp.path(), {"out"}), ::testing::IsEmpty());
}

TEST(AtomicOutput, OutputBelowAFileIsRefused) {
  testing::TempDir tmp;
  testing::writeFile(tmp.path() / "file", "x");
  ChildResult r = runChild({"generate", kPlan.string(), "-o", (tmp.path() / "file" / "out").string()});
  EXPECT_EQ(r.exitCode, 2) << robustness::describe(r);
  EXPECT_EQ(testing::readFile(tmp.path() / "file"), "x");
  EXPECT_THAT(strayEntries(tmp.path(), {"file"}), ::testing::IsEmpty());
}

TEST(AtomicOutput, SuccessReplacesDirExactlyAndLeavesNoTemporaries) {
  testing::TempDir tmp;
  const fs::path out = tmp.path() / "out";
  fillOldOutput(out);
  ChildResult r = runChild({"generate", kPlan.string(), "-o", out.string()});
  ASSERT_EQ(r.exitCode, 0) << robustness::describe(r);
  EXPECT_EQ(snapshot(out), expectedNewOutput());  // the old notes.txt, nested/, link are gone
  EXPECT_THAT(strayEntries(tmp.path(), {"out"}), ::testing::IsEmpty());
  // Through a symlinked DIR path and a trailing slash as well.
  ChildResult again = runChild({"generate", kPlan.string(), "-o", out.string() + "/"});
  ASSERT_EQ(again.exitCode, 0) << robustness::describe(again);
  EXPECT_EQ(snapshot(out), expectedNewOutput());
  EXPECT_THAT(strayEntries(tmp.path(), {"out"}), ::testing::IsEmpty());
}

/// DIR holds either exactly the old content or exactly the new, complete content.
void expectOldOrNew(const fs::path& out, const std::map<std::string, std::string>& before, const std::string& what) {
  const auto now = snapshot(out);
  EXPECT_TRUE(now == before || now == expectedNewOutput())
      << what << ": DIR is neither the old nor the complete new content (" << now.size() << " entries)";
}

// SIGTERM / SIGINT while the program is being generated (loading, AST building from the prologue
// PCH, printing: some 100-300 ms for the default plan). The short delays land before the files are
// written, so DIR must be the old content; the longest may land after the write began, which
// defers the signal until the new folder is swapped in: then DIR is the complete new content and
// the process dies of the signal right after. Never a mix, and nothing may be left.
constexpr int kMayLandInWriteMs = 200;
class InterruptDuringGeneration : public ::testing::TestWithParam<std::tuple<int, int>> {};

TEST_P(InterruptDuringGeneration, LeavesDirUnchanged) {
  const auto [sig, delayMs] = GetParam();
  expectedNewOutput();
  testing::TempDir tmp;
  const fs::path out = tmp.path() / "out";
  fillOldOutput(out);
  const auto before = snapshot(out);
  ChildResult r = runChild({"generate", kPlan.string(), "-o", out.string()}, 120, [&](pid_t pid) {
    std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
    kill(pid, sig);
  });
  const std::string what = std::string(strsignal(sig)) + " after " + std::to_string(delayMs) + " ms";
  if (r.exitCode == 0 || delayMs >= kMayLandInWriteMs) {
    // The machine was fast enough to finish (or reach the write) first: then DIR may be the new content.
    expectOldOrNew(out, before, what);
  } else {
    EXPECT_TRUE(r.signal == sig || r.exitCode != 0) << what << ": " << robustness::describe(r);
    EXPECT_EQ(snapshot(out), before) << what;
  }
  EXPECT_THAT(strayEntries(tmp.path(), {"out"}), ::testing::IsEmpty()) << what;
}

INSTANTIATE_TEST_SUITE_P(Signals, InterruptDuringGeneration,
                         ::testing::Combine(::testing::Values(SIGTERM, SIGINT), ::testing::Values(0, 5, 50, 200)),
                         [](const auto& info) {
                           return std::string(std::get<0>(info.param) == SIGTERM ? "SIGTERM" : "SIGINT") + "_" +
                                  std::to_string(std::get<1>(info.param)) + "ms";
                         });

// SIGTERM exactly while the files are being written: an inotify watch on DIR's parent sees the
// temporary folder appear and the signal is sent at once. The write phase lasts about a
// millisecond, so the signal lands inside it in most attempts (the test counts how often).
// Known bug (reported, lib/emit/generate.cpp writeFilesAtomically / tool/commands/generate.cpp):
// nothing handles SIGTERM/SIGINT, so the process dies with .out.tmp-* (and, between the two
// renames, .out.old-* with DIR missing) left behind. Enable once fixed.
TEST(AtomicOutput, SigtermWhileWritingLeavesNoTemporaries) {
  expectedNewOutput();
  int hits = 0;
  for (int attempt = 0; attempt < 10; ++attempt) {
    testing::TempDir tmp;
    const fs::path out = tmp.path() / "out";
    fillOldOutput(out);
    const auto before = snapshot(out);
    const int fd = inotify_init1(IN_NONBLOCK);
    ASSERT_GE(fd, 0);
    inotify_add_watch(fd, tmp.path().c_str(), IN_CREATE | IN_MOVED_TO);
    ChildResult r = runChild({"generate", kPlan.string(), "-o", out.string()}, 120, [&](pid_t pid) {
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, 60000) > 0) kill(pid, SIGTERM);
    });
    close(fd);
    hits += r.signal == SIGTERM;
    const std::string what = "attempt " + std::to_string(attempt) + " (" + robustness::describe(r) + ")";
    expectOldOrNew(out, before, what);
    EXPECT_THAT(strayEntries(tmp.path(), {"out"}), ::testing::IsEmpty()) << what;
  }
  RecordProperty("killed_while_writing", hits);
}

// Killed while writing because a file limit is hit (SIGXFSZ, as on a full quota): deterministic
// stand-in for "the process dies between creating the temporary folder and renaming it".
// Same bug as above: the temporary folder stays. Enable once fixed (e.g. staging cleanup in a
// signal-safe way, or writing the files under a name the next generate removes).
TEST(AtomicOutput, KilledByFileSizeLimitWhileWritingLeavesNoTemporaries) {
  expectedNewOutput();
  testing::TempDir tmp;
  const fs::path out = tmp.path() / "out";
  fillOldOutput(out);
  const auto before = snapshot(out);
  ChildResult r = runChild({"generate", kPlan.string(), "-o", out.string()}, 120, {}, [] {
    rlimit limit{1000, 1000};  // the first generated file is larger than 1000 bytes
    setrlimit(RLIMIT_FSIZE, &limit);
  });
  EXPECT_NE(r.exitCode, 0) << robustness::describe(r);
  EXPECT_EQ(snapshot(out), before);
  EXPECT_THAT(strayEntries(tmp.path(), {"out"}), ::testing::IsEmpty()) << robustness::describe(r);
}

// With SIGXFSZ ignored the write fails with EFBIG instead, and generate must clean up itself.
TEST(AtomicOutput, FailedWriteLeavesDirUnchangedAndNoTemporaries) {
  expectedNewOutput();
  testing::TempDir tmp;
  const fs::path out = tmp.path() / "out";
  fillOldOutput(out);
  const auto before = snapshot(out);
  ChildResult r = runChild({"generate", kPlan.string(), "-o", out.string()}, 120, {}, [] {
    signal(SIGXFSZ, SIG_IGN);
    rlimit limit{1000, 1000};
    setrlimit(RLIMIT_FSIZE, &limit);
  });
  EXPECT_EQ(r.exitCode, 2) << robustness::describe(r);
  EXPECT_EQ(snapshot(out), before);
  EXPECT_THAT(strayEntries(tmp.path(), {"out"}), ::testing::IsEmpty()) << robustness::describe(r);
}

}  // namespace
}  // namespace tt_astgen
