// Generation: a plan in, the program's files out (host main.cpp and three kernels), each built as
// Clang AST through Sema against the mock headers, printed and formatted.
#pragma once

#include <string>
#include <vector>

#include "tt_astgen/plan.h"

namespace tt_astgen {

struct GeneratedFile {
  std::string name;     // "main.cpp", "reader.cpp", "compute.cpp", "writer.cpp", "tt.plan.json"
  std::string content;
  /// For C++ files: the compiler arguments that parse it like the SDK does (mock headers under
  /// their virtual root kMockRoot; see compileCommandsJson). Empty for other files.
  std::vector<std::string> compileArgs = {};
};

struct GenerateResult {
  std::vector<GeneratedFile> files;  // empty when error is set
  std::string error;                 // a generator error (Sema rejected what was built)
  bool ok() const { return error.empty(); }
};

struct GenerateOptions {
  /// main.cpp carries each kernel as a raw string literal created with CreateKernelFromString
  /// (the kernel files are still produced).
  bool embedKernels = false;
};

/// Builds every file of the program in memory. Deterministic: the same plan gives the same bytes.
GenerateResult generateProgram(const Plan& plan, const GenerateOptions& options = {});

/// A compile_commands.json for the C++ files, for clang-tidy and clangd: each file compiled with
/// clang++-19 and its compileArgs, the virtual mock-header root replaced by `headersDir`.
/// `dir` and `headersDir` should be absolute.
std::string compileCommandsJson(const std::vector<GeneratedFile>& files, const std::string& dir,
                                const std::string& headersDir);

/// Writes `files` into `dir` atomically: into a temporary sibling folder first, which then
/// replaces `dir`. On failure `dir` is left as it was. Returns an error message, empty on success.
std::string writeFilesAtomically(const std::vector<GeneratedFile>& files, const std::string& dir);

}  // namespace tt_astgen
