// The clang-tidy gate: for every fixture plan, the emitted host program (main.cpp) is free of
// warnings under fixtures/clang-tidy/.clang-tidy (bugprone, performance, modernize, readability),
// compiled as C++20 against the headers `tt-astgen headers` exports for the plan's profile. Warnings are errors.
// clang-tidy's time is the headers' (~5 s a unit, whatever the program), so the programs of one
// profile are checked as one unit (see combinePrograms); a finding is reported at its program's
// own main.cpp and line. Skipped when clang-tidy-19 is not installed (TT_ASTGEN_CLANG_TIDY names
// another binary).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "../test_support.h"
#include "tt_astgen/generate.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {
namespace {

using testing::runCli;
namespace fs = std::filesystem;

std::string clangTidy() {
  if (const char* env = std::getenv("TT_ASTGEN_CLANG_TIDY"); env && *env) return env;
  for (const char* dir : {"/usr/bin", "/usr/local/bin", "/usr/lib/llvm-19/bin"}) {
    const fs::path p = fs::path(dir) / (std::string(dir) == "/usr/lib/llvm-19/bin" ? "clang-tidy" : "clang-tidy-19");
    if (fs::exists(p)) return p.string();
  }
  return {};
}

fs::path profile() { return testing::sourceDir() / "fixtures" / "clang-tidy" / ".clang-tidy"; }

std::string jsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

/// DIR/compile_commands.json for DIR/main.cpp: C++20 against the exported host headers of a profile.
void writeCompileCommands(const fs::path& dir, const fs::path& headers, const std::string& profile = "metal-2025") {
  const std::string args = "[" + jsonString("clang++") + ", " + jsonString("-std=c++20") + ", " +
                           jsonString("-I" + (headers / "host" / "common").string()) + ", " +
                           jsonString("-I" + (headers / "host" / profile).string()) + ", " +
                           jsonString("-c") + ", " + jsonString("main.cpp") + "]";
  testing::writeFile(dir / "compile_commands.json",
                     "[\n  {\"directory\": " + jsonString(dir.string()) + ", \"file\": " +
                         jsonString((dir / "main.cpp").string()) + ", \"arguments\": " + args + "}\n]\n");
}

struct TidyRun {
  int exitCode = -1;
  std::string output;
};

TidyRun runTidy(const std::string& tidy, const fs::path& dir, const std::string& extra = {}) {
  const std::string command = tidy + " --quiet -p " + dir.string() + " --config-file=" + profile().string() +
                              " --warnings-as-errors='*' " + extra + " " + (dir / "main.cpp").string() + " 2>&1";
  TidyRun r;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return r;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) r.output.append(buffer, n);
  const int status = pclose(pipe);
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

/// Only the diagnostics lines (clang-tidy's "N warnings generated." chatter dropped).
std::string findings(const std::string& output) {
  std::string out, line;
  std::istringstream in(output);
  while (std::getline(in, line))
    if (line.find("warning:") != std::string::npos || line.find("error:") != std::string::npos) out += line + "\n";
  return out;
}

/// One program in a combined unit: its name and the combined file's lines that hold its body.
struct Part {
  std::string name;
  size_t firstLine = 0;  // the combined file's line of the program's line `lineOffset + 1`
  size_t lines = 0;
  size_t lineOffset = 0;  // lines of the program before its body (its include block)
};

/// Several host programs as one translation unit: every program's leading #include lines first
/// (each once, in order of first use), then each program's body (the rest of its main.cpp) in a
/// namespace of its own. The checks enabled for the gate look at no property that changes with
/// that (no check here treats `main` apart, the ones that would are off), so the unit has a
/// finding exactly where one of the programs has it.
std::string combinePrograms(const std::vector<std::pair<std::string, std::string>>& programs, std::vector<Part>& parts) {
  std::vector<std::string> includes;
  std::vector<std::pair<size_t, std::vector<std::string>>> bodies;  // (lines before the body, body lines)
  for (const auto& [name, text] : programs) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    size_t body = 0;  // the first line after the include block
    for (size_t i = 0; i < lines.size(); ++i) {
      const std::string& l = lines[i];
      if (l.rfind("#include", 0) == 0) {
        body = i + 1;
        if (std::find(includes.begin(), includes.end(), l) == includes.end()) includes.push_back(l);
      } else if (!l.empty() && l.rfind("//", 0) != 0) {
        break;
      }
    }
    bodies.emplace_back(body, std::vector<std::string>(lines.begin() + long(body), lines.end()));
  }
  std::string out;
  size_t line = 0;
  auto add = [&](const std::string& l) {
    out += l + "\n";
    ++line;
  };
  for (const std::string& l : includes) add(l);
  for (size_t i = 0; i < programs.size(); ++i) {
    std::string space = programs[i].first;
    for (char& c : space)
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    add("namespace tidy_gate_" + space + " {");
    parts.push_back({programs[i].first, line + 1, bodies[i].second.size(), bodies[i].first});
    for (const std::string& l : bodies[i].second) add(l);
    add("}  // namespace tidy_gate_" + space);
  }
  return out;
}

/// The findings of a combined unit, each at its program's own file and line:
/// "main.cpp:812:20: error: ..." -> "eltwise_add/main.cpp:37:20: error: ...".
std::string attribute(const std::string& findingsText, const std::vector<Part>& parts) {
  std::string out, line;
  std::istringstream in(findingsText);
  while (std::getline(in, line)) {
    const size_t at = line.find("main.cpp:");
    size_t n = 0;
    if (at != std::string::npos && std::sscanf(line.c_str() + at, "main.cpp:%zu:", &n) == 1) {
      for (const Part& p : parts)
        if (n >= p.firstLine && n < p.firstLine + p.lines) {
          const size_t own = n - p.firstLine + p.lineOffset + 1;
          line = p.name + "/main.cpp:" + std::to_string(own) + line.substr(line.find(':', at + 9));
          break;
        }
    }
    out += line + "\n";
  }
  return out;
}

class TidyGate : public ::testing::Test {
 protected:
  void SetUp() override {
    tidy_ = clangTidy();
    if (tidy_.empty()) GTEST_SKIP() << "clang-tidy-19 not found (set TT_ASTGEN_CLANG_TIDY)";
    ASSERT_TRUE(fs::exists(profile())) << profile();
    headers_ = exportHeaders("metal-2025");
  }
  /// tmp/headers-<profile>, exported once with `tt-astgen headers`.
  fs::path exportHeaders(const std::string& profile) {
    const fs::path dir = tmp_.path() / ("headers-" + profile);
    if (!fs::exists(dir)) {
      auto r = runCli("headers -o " + dir.string() + " --profile " + profile);
      EXPECT_EQ(r.exitCode, 0) << r.output;
    }
    return dir;
  }
  testing::TempDir tmp_;
  std::string tidy_;
  fs::path headers_;
};

TEST_F(TidyGate, ProfileIsInEffect) {
  // A canary with a finding of each enabled family: the gate must be able to fail.
  const fs::path dir = tmp_.path() / "canary";
  testing::writeFile(dir / "main.cpp",
                     "#include <string>\n"
                     "#include <vector>\n"
                     "int count(std::vector<std::string> v) {\n"          // performance-unnecessary-value-param
                     "  int* unused = 0;\n"                                 // modernize-use-nullptr
                     "  (void)unused;\n"
                     "  return v.size() == 0 ? 0 : 1;\n"                    // readability-container-size-empty
                     "}\n"
                     "int main() { return count({}); }\n");
  writeCompileCommands(dir, headers_);
  TidyRun r = runTidy(tidy_, dir);
  EXPECT_NE(r.exitCode, 0) << r.output;
  EXPECT_THAT(r.output, ::testing::HasSubstr("[modernize-use-nullptr"));
  EXPECT_THAT(r.output, ::testing::HasSubstr("[performance-unnecessary-value-param"));
  EXPECT_THAT(r.output, ::testing::HasSubstr("[readability-container-size-empty"));
}

// A finding planted in the second of two combined programs is reported at that program's own line.
TEST_F(TidyGate, CombinedUnitReportsFindingsAtTheProgramsOwnLines) {
  const std::string add = testing::readFile(testing::fixture("expected/eltwise_add/main.cpp"));
  std::string relu = testing::readFile(testing::fixture("expected/unary_relu/main.cpp"));
  const size_t at = relu.find("int main() {\n");
  ASSERT_NE(at, std::string::npos);
  relu.insert(at + 13, "    int* planted = 0;\n    (void)planted;\n");
  const size_t line = size_t(std::count(relu.begin(), relu.begin() + long(at), '\n')) + 2;
  std::vector<Part> parts;
  const fs::path dir = tmp_.path() / "combined";
  testing::writeFile(dir / "main.cpp", combinePrograms({{"eltwise_add", add}, {"unary_relu", relu}}, parts));
  writeCompileCommands(dir, headers_);
  TidyRun r = runTidy(tidy_, dir);
  EXPECT_NE(r.exitCode, 0) << r.output;
  EXPECT_THAT(attribute(findings(r.output), parts),
              ::testing::HasSubstr("unary_relu/main.cpp:" + std::to_string(line) + ":20: error: use nullptr"))
      << r.output;
}

TEST_F(TidyGate, EmittedHostProgramsHaveNoFindings) {
  const std::vector<fs::path> plans = testing::fixturePlans();
  ASSERT_FALSE(plans.empty());
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> byProfile;  // profile -> (name, main.cpp)
  for (const fs::path& plan : plans) {
    PlanLoadResult loaded = loadPlanFile(plan.string());
    ASSERT_TRUE(loaded.plan) << plan;
    GenerateResult generated = generateProgram(*loaded.plan);
    ASSERT_TRUE(generated.ok()) << plan << ": " << generated.error;
    for (const auto& f : generated.files)
      if (f.name == "main.cpp") byProfile[toString(loaded.plan->profile)].emplace_back(plan.stem().string(), f.content);
  }
  struct Unit {
    std::string profile;
    fs::path dir;
    std::vector<Part> parts;
    TidyRun result;
  };
  std::vector<Unit> units;
  size_t programs = 0;
  for (const auto& [profile, mains] : byProfile) {
    Unit u{profile, tmp_.path() / ("all-" + profile), {}, {}};
    testing::writeFile(u.dir / "main.cpp", combinePrograms(mains, u.parts));
    writeCompileCommands(u.dir, exportHeaders(profile), profile);
    programs += mains.size();
    units.push_back(std::move(u));
  }
  EXPECT_EQ(programs, plans.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < units.size(); i = next++) units[i].result = runTidy(tidy_, units[i].dir);
  };
  std::thread a(worker), b(worker);  // two at a time: clang-tidy over the SDK-like headers is heavy
  a.join();
  b.join();
  for (const Unit& u : units) {
    SCOPED_TRACE(u.profile + ": " + std::to_string(u.parts.size()) + " programs");
    EXPECT_EQ(u.result.exitCode, 0) << attribute(u.result.output, u.parts);
    EXPECT_EQ(attribute(findings(u.result.output), u.parts), "");
  }
}

}  // namespace
}  // namespace tt_astgen
