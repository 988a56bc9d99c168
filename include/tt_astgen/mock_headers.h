// The mock TT-Metalium headers embedded in tt-astgen, and the compiler flags that parse a file
// the way tt-metal's JIT (kernels) or an SDK build (host) compiles it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tt_astgen/plan.h"

namespace tt_astgen {

/// Where the embedded headers are mounted in clang's in-memory file system.
inline constexpr std::string_view kMockRoot = "/tt-astgen/mock";

enum class FileRole { Host, DataMovement, Compute };
enum class DmProcessor { Brisc, Ncrisc };            // RISCV_0 (writer), RISCV_1 (reader)
enum class TriscStage { Unpack, Math, Pack };

/// Which build a host program is checked as (metal-build.md). Kernels always follow the JIT.
enum class HostBuild {
  /// The flags tt-metal gives its in-tree programming examples: -Wall -Werror with the SDK's
  /// -Wno-* set (-Wno-c++11-narrowing among them) and DEBUG. The default.
  InTreeExample,
  /// A standalone find_package(TT-Metalium) consumer: only -Wno-int-to-pointer-cast; a narrowing
  /// braced list is an error, other warnings stay warnings.
  Standalone,
};

/// One way of compiling a file: its role and what the JIT would define for it.
struct CompileFlavor {
  FileRole role = FileRole::Host;
  Profile profile = Profile::Metal2025;
  Arch arch = Arch::WormholeB0;
  DmProcessor processor = DmProcessor::Ncrisc;        // data movement only
  TriscStage stage = TriscStage::Math;                // compute only
  std::vector<uint32_t> compileTimeArgs;              // kernels: KERNEL_COMPILE_TIME_ARGS
  HostBuild hostBuild = HostBuild::InTreeExample;     // host only
  /// The user's -I / -isystem dirs and -D NAME[=VALUE] (command line, compile_commands.json),
  /// and for kernels the defines of their DataMovementConfig/ComputeConfig.
  std::vector<std::string> includeDirs;
  std::vector<std::string> systemIncludeDirs;
  std::vector<std::string> defines;
  std::string describe() const;                       // e.g. "compute (TRISC_MATH)"
};

struct MockFile {
  std::string_view path;     // relative to the headers root, e.g. "kernel/classic/dataflow_api.h"
  std::string_view content;
};

/// The include trees of a profile, relative to the headers root (kMockRoot, a copy of the
/// embedded files, or a `tt-astgen headers` export: all three have the same layout). Host code gets
/// hostHeaderTree then kHostCommonTree; kernels get kernelHeaderTree then kKernelCommonTree.
/// metal-2024 and metal-2025 share the classic kernel tree (dataflow_api.h, compute_kernel_api/...);
/// metal-2026 has the api/... tree, and its host tree is metal-2025's under its own name
/// (docs/metal-2026-sources.md). A kernel tree never holds the other generation's include names.
inline constexpr std::string_view kHostCommonTree = "host/common";
inline constexpr std::string_view kKernelCommonTree = "kernel/common";
std::string hostHeaderTree(Profile profile);    // "host/metal-2025", "host/metal-2024", "host/metal-2026"
std::string kernelHeaderTree(Profile profile);  // "kernel/classic", "kernel/metal-2026"
/// The kernel API header the data-movement firmware (brisck.cc / ncrisck.cc) includes before a
/// kernel: "dataflow_api.h", or "api/dataflow/dataflow_api.h" in metal-2026.
std::string dataflowApiHeader(Profile profile);

/// Every embedded mock file (host/metal-2026/ mounts host/metal-2025/'s files).
std::vector<MockFile> mockFiles();
/// The absolute virtual path of a mock file: kMockRoot + "/" + path.
std::string mockPath(std::string_view relative);
/// The compiler arguments (without the file name) for a flavor: language mode, the warning
/// flags of the build the flavor stands for (host: the SDK's CMake; kernels: the JIT's, -Werror
/// included), -I of the virtual headers, the JIT's defines, the user's -I/-D, the resource dir.
std::vector<std::string> compileArgs(const CompileFlavor& flavor);
/// The clang resource dir found at build time (holds <stddef.h> and friends).
std::string clangResourceDir();
/// The three TRISC stages, in the order the JIT builds them.
std::vector<TriscStage> allTriscStages();
const char* toString(TriscStage);
const char* toString(DmProcessor);

}  // namespace tt_astgen
