// Where a program's files are: the kernel files a host's CreateKernel paths name (resolved the
// way tt-metal resolves them, plus the checker's --kernel-root), the .cpp files of a folder
// (recursively), the flags a compile_commands.json gives a file, and whether a file's include
// prologue reads the user's own headers.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "tt_astgen/check.h"

namespace tt_astgen {

/// One CreateKernel path of a host and where it was looked for.
struct KernelLookup {
  std::string host;          // the host file, as reported
  std::string path;          // the path as the host wrote it (macros expanded, literals joined)
  unsigned line = 0;         // where the path argument is in the host (its expansion location)
  unsigned column = 0;
  std::vector<std::string> tried;  // every candidate, in order, as reported
  std::string resolved;      // the kernel file as reported ("" when no candidate exists)
};

/// Resolves CreateKernel paths to files: an in-memory set of checked files first, then the disk.
/// Candidates, in order: each kernel root, the host's folder, then tt-metal's own order (the path
/// itself: absolute or relative to the working directory, $TT_METAL_KERNEL_PATH, $TT_METAL_HOME),
/// then the host's parent folders (an SDK example run from elsewhere: the programming examples
/// name kernels relative to tt_metal/programming_examples/).
class KernelResolver {
 public:
  KernelResolver(std::vector<std::string> kernelRoots, const std::vector<SourceFile>* known);
  /// The candidate paths for `path` written in `host`, in order, deduplicated, as reported.
  std::vector<std::string> candidates(const std::string& host, const std::string& path) const;
  /// The first candidate that is a known file or exists on disk ("" if none); `tried` gets every
  /// candidate looked at.
  std::string resolve(const std::string& host, const std::string& path, std::vector<std::string>* tried = nullptr) const;
  /// Index into `known` of the file `name` denotes (same file on disk or same normalized name).
  std::optional<size_t> knownIndex(const std::string& name) const;

 private:
  std::vector<std::string> roots_;
  const std::vector<SourceFile>* known_;
  std::vector<std::string> knownKeys_;
};

/// A path's identity: canonical when it exists on disk, else absolute and lexically normal.
std::string fileKey(const std::string& path);

/// Reads a file; false + `error` when it cannot.
bool readSourceFile(const std::string& path, SourceFile& out, std::string& error);

/// Every *.cpp under `dir`, recursively (build folders with a CMakeCache.txt, hidden folders
/// skipped), sorted. Empty + `error` when the folder cannot be read.
std::vector<std::string> discoverSources(const std::string& dir, std::string& error);

/// The -I, -isystem and -D flags compile_commands.json in `buildDir` gives `file` (the language
/// standard and warning flags stay the checker's). Nothing + `error` when the database cannot be
/// read; a database without the file gives the flags of its nearest entry (as clang tools
/// interpolate), or nothing.
struct CompileDbFlags {
  std::vector<std::string> includeDirs;
  std::vector<std::string> systemIncludeDirs;
  std::vector<std::string> defines;
  bool found = false;  // the database has an entry for the file itself
};
std::optional<CompileDbFlags> readCompileCommands(const std::string& buildDir, const std::string& file,
                                                  std::string& error);

/// How many of the file's leading #include lines (includePrologue) read only system and mock
/// headers: the first that names a header of the user's (found next to the file or in one of
/// `includeDirs`) or a macro ends them. Only those may be served from the cached PCH, which does
/// not notice when a user's header changes; the lines from there on are parsed every time.
size_t systemPrologueLines(const std::string& code, const std::string& fileName,
                           const std::vector<std::string>& includeDirs);

}  // namespace tt_astgen
