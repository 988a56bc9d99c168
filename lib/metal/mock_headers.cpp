#include "tt_astgen/mock_headers.h"

#include <string>
#include <utility>
#include <vector>

namespace tt_astgen {
namespace detail {
const std::vector<std::pair<std::string_view, std::string_view>>& embeddedMockFiles();
}

namespace {
/// Host trees that are another profile's under their own name: metal-2026's host API is
/// metal-2025's (docs/metal-2026-sources.md), mounted as host/metal-2026 too, so that every
/// profile has host/<profile> in the virtual tree and in every export.
constexpr std::pair<std::string_view, std::string_view> kHostTreeAliases[] = {{"host/metal-2026/", "host/metal-2025/"}};
}  // namespace

std::vector<MockFile> mockFiles() {
  static const std::vector<std::pair<std::string, std::string_view>> files = [] {
    std::vector<std::pair<std::string, std::string_view>> out;
    for (const auto& [path, content] : detail::embeddedMockFiles()) {
      out.emplace_back(std::string(path), content);
      for (const auto& [alias, tree] : kHostTreeAliases)
        if (path.substr(0, tree.size()) == tree) out.emplace_back(std::string(alias) + std::string(path.substr(tree.size())), content);
    }
    return out;
  }();
  std::vector<MockFile> view;
  for (const auto& [path, content] : files) view.push_back({path, content});
  return view;
}

std::string mockPath(std::string_view relative) {
  return std::string(kMockRoot) + "/" + std::string(relative);
}

std::string hostHeaderTree(Profile profile) { return "host/" + std::string(toString(profile)); }

std::string kernelHeaderTree(Profile profile) {
  return profile == Profile::Metal2026 ? "kernel/metal-2026" : "kernel/classic";
}

std::string dataflowApiHeader(Profile profile) {
  return profile == Profile::Metal2026 ? "api/dataflow/dataflow_api.h" : "dataflow_api.h";
}

std::string clangResourceDir() { return TT_ASTGEN_CLANG_RESOURCE_DIR; }

std::vector<TriscStage> allTriscStages() {
  return {TriscStage::Unpack, TriscStage::Math, TriscStage::Pack};
}

const char* toString(TriscStage stage) {
  switch (stage) {
    case TriscStage::Unpack: return "TRISC_UNPACK";
    case TriscStage::Math: return "TRISC_MATH";
    case TriscStage::Pack: return "TRISC_PACK";
  }
  return "?";
}

const char* toString(DmProcessor processor) {
  return processor == DmProcessor::Brisc ? "COMPILE_FOR_BRISC" : "COMPILE_FOR_NCRISC";
}

std::string CompileFlavor::describe() const {
  switch (role) {
    case FileRole::Host: return std::string("host (") + toString(profile) + ")";
    case FileRole::DataMovement: return std::string("data movement (") + toString(processor) + ")";
    case FileRole::Compute: return std::string("compute (") + toString(stage) + ")";
  }
  return "?";
}

static std::string join(const std::vector<uint32_t>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ",";
    out += std::to_string(values[i]);
  }
  return out;
}

namespace {

/// tt-metal's root CMakeLists (2025) for every in-tree target, programming examples included
/// (they add -Wno-c++11-narrowing themselves), built RelWithDebInfo (DEBUG) with clang.
constexpr const char* kInTreeHostFlags[] = {
    "-Wall", "-Werror", "-Wno-deprecated-declarations", "-Wno-unused-but-set-variable",
    "-Wno-unused-function", "-Wno-unused-variable",
    // clang only
    "-Wconditional-uninitialized", "-Wno-c++11-narrowing", "-Wno-deprecated-volatile",
    "-Wno-for-loop-analysis", "-Wno-logical-op-parentheses", "-Wno-mismatched-tags", "-Wno-reorder-ctor",
    "-Wno-unused-lambda-capture", "-Wno-unused-private-field", "-Wno-unknown-pragmas", "-DDEBUG"};

/// What a find_package(TT-Metalium) consumer inherits from TT::Metalium.
constexpr const char* kStandaloneHostFlags[] = {"-Wno-int-to-pointer-cast"};

/// The JIT's kernel flags (tt_metal/jit_build/build.cpp): a warning outside the list fails the
/// build. It compiles with the RISC-V g++; -Wno-error=multistatement-macros is a g++ warning clang
/// does not know (and would warn about), and clang's -Wall has a few warnings g++'s has not
/// (unused private fields and lambda captures, for-loop analysis, mismatched tags, variable-length
/// arrays, which g++ accepts silently), off here. g++ knows attributes clang does not
/// (optimize("..."), ...): clang's unknown-attribute warning stays a warning, as do the warnings
/// clang gives by default and g++ has no counterpart for (string + int, a constant operand of
/// && or ||, self-assignment, out-of-range constant comparisons, implicit constant int-to-float).
constexpr const char* kKernelFlags[] = {
    "-Wall", "-Werror", "-Wno-unknown-pragmas", "-Wno-deprecated-declarations", "-Wno-error=parentheses",
    "-Wno-error=unused-but-set-variable", "-Wno-unused-variable", "-Wno-unused-function",
    "-Wno-unused-private-field", "-Wno-unused-lambda-capture", "-Wno-for-loop-analysis", "-Wno-mismatched-tags",
    "-Wno-vla-cxx-extension", "-Wno-error=unknown-attributes", "-Wno-error=string-plus-int",
    "-Wno-error=constant-logical-operand", "-Wno-error=self-assign",
    "-Wno-error=tautological-constant-out-of-range-compare", "-Wno-error=implicit-const-int-float-conversion"};

void addUserFlags(const CompileFlavor& flavor, std::vector<std::string>& args) {
  for (const std::string& dir : flavor.includeDirs) args.push_back("-I" + dir);
  for (const std::string& dir : flavor.systemIncludeDirs) {
    args.push_back("-isystem");
    args.push_back(dir);
  }
  for (const std::string& define : flavor.defines) args.push_back("-D" + define);
}

}  // namespace

std::vector<std::string> compileArgs(const CompileFlavor& flavor) {
  std::vector<std::string> args = {"-resource-dir", clangResourceDir(), "-x", "c++", "-fsyntax-only"};
  if (flavor.role == FileRole::Host) {
    args.push_back("-std=c++20");
    if (flavor.hostBuild == HostBuild::InTreeExample) args.insert(args.end(), std::begin(kInTreeHostFlags), std::end(kInTreeHostFlags));
    else args.insert(args.end(), std::begin(kStandaloneHostFlags), std::end(kStandaloneHostFlags));
    args.push_back("-I" + mockPath(hostHeaderTree(flavor.profile)));
    args.push_back("-I" + mockPath(kHostCommonTree));
    addUserFlags(flavor, args);
    return args;
  }
  // Kernels: C++17, freestanding habits, the JIT's defines (see docs/checks.md).
  args.push_back("-std=c++17");
  args.push_back("-fno-exceptions");
  args.insert(args.end(), std::begin(kKernelFlags), std::end(kKernelFlags));
  args.push_back("-I" + mockPath(kernelHeaderTree(flavor.profile)));
  args.push_back("-I" + mockPath(kKernelCommonTree));
  args.push_back("-DKERNEL_BUILD");
  args.push_back("-DTENSIX_FIRMWARE");
  args.push_back("-DLOCAL_MEM_EN=0");
  args.push_back(flavor.arch == Arch::Blackhole ? "-DARCH_BLACKHOLE" : "-DARCH_WORMHOLE");
  args.push_back("-DNUM_DRAM_BANKS=" + std::string(flavor.arch == Arch::Blackhole ? "8" : "12"));
  if (!flavor.compileTimeArgs.empty())
    args.push_back("-DKERNEL_COMPILE_TIME_ARGS=" + join(flavor.compileTimeArgs));
  if (flavor.role == FileRole::DataMovement) {
    // The firmware's wrapper (brisck.cc / ncrisck.cc) includes the dataflow API before the kernel:
    // SDK kernels may use it (and uint32_t) without any #include of their own.
    args.push_back("-include");
    args.push_back(dataflowApiHeader(flavor.profile));
    const bool brisc = flavor.processor == DmProcessor::Brisc;
    args.push_back(brisc ? "-DCOMPILE_FOR_BRISC" : "-DCOMPILE_FOR_NCRISC");
    args.push_back(brisc ? "-DPROCESSOR_INDEX=0" : "-DPROCESSOR_INDEX=1");
    args.push_back(brisc ? "-DNOC_INDEX=0" : "-DNOC_INDEX=1");
    args.push_back("-DNOC_MODE=0");
    addUserFlags(flavor, args);
    return args;
  }
  // Compute: built once per TRISC with the same defines in every generation. The 2026 JIT also
  // accepts `void kernel_main()` and renames it to the TRISC's unpack_main/math_main/pack_main in
  // the generated chlkc_*.cpp (docs/metal-2026-sources.md): the source type-checks as written.
  switch (flavor.stage) {
    case TriscStage::Unpack:
      for (const char* d : {"-DUCK_CHLKC_UNPACK", "-DNAMESPACE=chlkc_unpack",
                            "-DCOMPILE_FOR_TRISC=0", "-DTRISC_UNPACK"})
        args.push_back(d);
      break;
    case TriscStage::Math:
      for (const char* d : {"-DUCK_CHLKC_MATH", "-DNAMESPACE=chlkc_math", "-DCOMPILE_FOR_TRISC=1",
                            "-DTRISC_MATH"})
        args.push_back(d);
      break;
    case TriscStage::Pack:
      for (const char* d : {"-DUCK_CHLKC_PACK", "-DNAMESPACE=chlkc_pack", "-DCOMPILE_FOR_TRISC=2",
                            "-DTRISC_PACK"})
        args.push_back(d);
      break;
  }
  addUserFlags(flavor, args);
  return args;
}

}  // namespace tt_astgen
