// api-profile: a program is written for one API generation.
// Hosts: the Mesh API (metal-2025 and metal-2026: MeshDevice, MeshBuffer, MeshWorkload,
// EnqueueMeshWorkload, ...) or the single-device API (metal-2024: CreateDevice, CreateBuffer,
// EnqueueProgram, ...), never both. The other profile's names are not declared by the active
// profile's headers, so this check reads the host's tokens (a raw lexer over the main file,
// preprocessor lines skipped) rather than resolved declarations. Names both generations declare
// (the abstract CommandQueue of 2025's command_queue.hpp) are no evidence.
// Kernels: the classic layout (metal-2024/2025: "dataflow_api.h", "compute_kernel_api/...",
// "debug/...", compute entry `namespace NAMESPACE { void MAIN }`) or the metal-2026 one
// ("api/dataflow/...", "api/compute/...", "api/debug/...", compute entry `void kernel_main()`).
// Kernels of the other generation are one error for the whole program, at the first one's mark,
// with the evidence of the generation the program is checked as; the checker compiles each such
// kernel against its own generation's headers, so no include or name errors follow from the
// mismatch. A 2026 compute kernel under metal-2024/2025 is an error (that JIT calls only the
// MAIN entry points); the legacy MAIN entry under metal-2026 is a warning (the 2026 JIT still
// builds it).
#pragma once
#include <functional>
#include <optional>
#include <vector>

#include "check/checks/check_support.h"

namespace tt_astgen::checks {

/// The kernel API generations: the classic include layout (metal-2024, metal-2025) and metal-2026's.
enum class KernelGeneration { Classic, Api2026 };
KernelGeneration kernelGenerationOf(Profile profile);
/// The profile a kernel of `generation` is compiled as when the program is checked as `active`.
Profile profileForKernel(KernelGeneration generation, Profile active);

/// One piece of evidence in a kernel's source for a generation.
struct GenerationMark {
  enum Kind { Include, ComputeEntry };
  Kind kind = Include;
  KernelGeneration generation = KernelGeneration::Classic;
  unsigned line = 0, column = 0;
  std::string what;  // `#include "api/compute/matmul.h"`, `void kernel_main()`, `namespace NAMESPACE`
};
/// The generation marks of a kernel's source, in source order: its generation-specific includes
/// and, for a compute kernel, its entry form (comments and strings are no evidence).
std::vector<GenerationMark> kernelGenerationMarks(const std::string& code, FileRole role);
/// The generation a kernel's includes say (the first generation-specific include), if any.
std::optional<KernelGeneration> includedGeneration(const std::string& code);

class ApiProfileCheck : public CrossFileCheck {
 public:
  ApiProfileCheck() : CrossFileCheck("api-profile") {}
  void beginUnit(clang::ASTContext& ctx, const UnitInfo& unit) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult&) override {}
  void finish(const ProgramInfo& program, std::vector<Diagnostic>& out) override;

  /// The names only one profile has.
  static const std::set<std::string>& profileNames(Profile profile);
  /// The one API generation whose names `code` uses (none when it uses both or neither).
  static std::optional<Profile> profileOf(const std::string& code);
  /// Calls `use` for each profile-specific name of `buffer` outside comments, strings and
  /// preprocessor lines (a raw lexer; `start` is the buffer's location, may be invalid).
  static void forEachApiName(const clang::LangOptions& lang, clang::SourceLocation start, llvm::StringRef buffer,
                             const std::function<void(const std::string&, Profile, clang::SourceLocation)>& use);

 private:
  struct Use {
    std::string name;
    Loc at;
  };
  std::map<std::string, std::map<Profile, std::vector<Use>>> uses_;  // host file -> profile -> first uses
  struct KernelMarks {
    std::string file;
    FileRole role;
    std::vector<GenerationMark> marks;
  };
  std::vector<KernelMarks> kernels_;  // in the order the kernels were checked
  void finishKernels(const ProgramInfo& program, std::vector<Diagnostic>& out) const;
};

}  // namespace tt_astgen::checks
