// Shared pieces of the cross-file checks (lib/check/checks/*_check.*): the check interface, the
// per-unit context the matchers run in, and small AST helpers (constant folding through the
// host's variables, circular-buffer configs, core ranges). clang-tidy style: each check declares
// its matchers in registerMatchers, records facts in run(), and reports in finish().
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <clang/AST/ASTContext.h>
#include <clang/AST/Expr.h>
#include <clang/ASTMatchers/ASTMatchFinder.h>

#include "check/host_model.h"
#include "check/kernel_usage.h"
#include "check/program_sources.h"
#include "tt_astgen/check.h"
#include "tt_astgen/diagnostics.h"

namespace tt_astgen::checks {

/// A position in a checked file (presumed, macro expansions resolved to where they were written).
struct Loc {
  std::string file;
  unsigned line = 0;
  unsigned column = 0;
  bool valid() const { return line > 0; }
};

/// The translation unit the matchers are running over.
struct UnitInfo {
  std::string file;      // as reported ("out/reader.cpp")
  std::string baseName;  // "reader.cpp" (identity is `file`: kernels may share a base name)
  FileRole role = FileRole::Host;
  bool firstFlavor = true;  // false for the 2nd/3rd TRISC pass of a compute kernel
  /// Kernels: compiled with guessed compile-time args (the host's are not all known), so any
  /// value derived from get_compile_time_arg_val is unknown.
  bool guessedCompileArgs = false;
};

/// What every check sees when it reports.
struct ProgramInfo {
  std::vector<std::string> files;  // every checked file, as reported
  CheckOptions options;
  /// The profile the program is checked as: options.profile, or with options.detectProfile what
  /// the program's own host names and kernel includes say.
  Profile profile = Profile::Metal2025;
  /// Kernel role by file (as reported), for every kernel file of the program.
  std::map<std::string, FileRole> kernelRoles;
  /// Every CreateKernel path the hosts wrote as a constant, and the file it resolved to.
  std::vector<KernelLookup> kernelLookups;
  /// What the host's CreateKernel calls say about each kernel (compile args, processor).
  std::vector<KernelUsage> usages;
  bool hasHost = false;
  bool hostErrors = false;  // a host did not type-check: its facts are incomplete
  /// One model per host file (lib/check/host_model.h), built once; every check reads it.
  /// A kernel unit belongs to the host kernel whose `resolvedFile` equals UnitInfo::file.
  std::vector<model::HostModel> hosts;
};

class CrossFileCheck : public clang::ast_matchers::MatchFinder::MatchCallback {
 public:
  explicit CrossFileCheck(std::string name) : name_(std::move(name)) {}
  const std::string& name() const { return name_; }

  /// Matchers over a host program (called once per host unit's MatchFinder).
  virtual void registerHostMatchers(clang::ast_matchers::MatchFinder&) {}
  /// Matchers over a kernel (data movement or compute).
  virtual void registerKernelMatchers(clang::ast_matchers::MatchFinder&) {}
  /// Called before the matchers run over a unit; lexical checks may look at the unit here.
  virtual void beginUnit(clang::ASTContext&, const UnitInfo& unit) { unit_ = unit; }
  /// Called after the matchers ran, while the unit's AST is still alive.
  virtual void endUnit() {}
  /// Reports once every unit was matched.
  virtual void finish(const ProgramInfo& program, std::vector<Diagnostic>& out) = 0;

  void run(const clang::ast_matchers::MatchFinder::MatchResult& result) override { check(result); }
  virtual void check(const clang::ast_matchers::MatchFinder::MatchResult& result) = 0;

 protected:
  const UnitInfo& unit() const { return unit_; }
  Diagnostic error(const Loc& at, std::string message) const;
  Diagnostic note(const Loc& at, std::string message) const;

 private:
  std::string name_;
  UnitInfo unit_;
};

// --- AST helpers -----------------------------------------------------------------------------

/// Looks through casts, temporaries, converting constructors (std::string from a literal,
/// std::variant from a CoreRange) and functional casts.
const clang::Expr* strip(const clang::Expr* e);
/// Like strip, but does not look through constructors of records named `keep`.
const clang::Expr* stripKeeping(const clang::Expr* e, std::initializer_list<llvm::StringRef> keep);
/// The integer value of `e` if it folds (also through const/constexpr variables' initializers).
std::optional<int64_t> evalInt(const clang::Expr* e, const clang::ASTContext& ctx);
/// file:line:col of a location (where a macro was expanded, for macro locations).
Loc locOf(clang::SourceLocation loc, const clang::SourceManager& sm);
Loc locOf(const clang::Stmt* s, const clang::ASTContext& ctx);
Loc locOf(const clang::Decl* d, const clang::ASTContext& ctx);
/// The VarDecl a DeclRefExpr names, or null.
const clang::VarDecl* referencedVar(const clang::Expr* e);
/// The record name of an expression's type ("CircularBufferConfig", "CoreRange"), or "".
std::string recordName(const clang::Expr* e);
/// The base name of a path ("kernels/reader.cpp" -> "reader.cpp").
std::string baseName(const std::string& path);
/// The path literal of a CreateKernel(program, "path", cores, config) call.
std::optional<std::string> createKernelPath(const clang::CallExpr* call);
/// For a kernel handle expression (a variable initialized by CreateKernel, or the call itself),
/// the kernel's path as written.
std::optional<std::string> kernelPathOfHandle(const clang::Expr* handle);

/// A set of cores; `known` is false when the expression could not be folded.
struct CoreSet {
  bool known = false;
  std::set<std::pair<int64_t, int64_t>> cores;
  bool contains(const CoreSet& other) const;   // unknown on either side: true
  bool overlaps(const CoreSet& other) const;   // unknown on either side: true
};
CoreSet evalCores(const clang::Expr* e, const clang::ASTContext& ctx);

/// What a CircularBufferConfig expression says (through the variable it is stored in, the
/// constructor and chained set_page_size calls).
struct CbConfig {
  std::optional<int64_t> totalSize;
  struct Index {
    std::optional<int64_t> format;  // tt::DataFormat value
    std::string formatName;         // "Float16_b"
    std::optional<int64_t> pageSize;
  };
  std::map<int64_t, Index> indices;
};
std::optional<CbConfig> readCbConfig(const clang::Expr* e, const clang::ASTContext& ctx);

/// One CreateCircularBuffer call of the host.
struct HostCb {
  Loc at;
  CoreSet cores;
  CbConfig config;
};
/// Reads a matched CreateCircularBuffer(program, cores, config) call.
std::optional<HostCb> readCreateCircularBuffer(const clang::CallExpr* call, const clang::ASTContext& ctx);

/// One CreateKernel call of the host.
struct HostKernel {
  Loc at;        // the path literal
  std::string path;
  CoreSet cores;
};
std::optional<HostKernel> readCreateKernel(const clang::CallExpr* call, const clang::ASTContext& ctx);

/// "c_16" for 16.
std::string cbName(int64_t index);
std::string formatLoc(const Loc& loc);

/// Name matchers shared by several checks.
clang::ast_matchers::StatementMatcher hostCallTo(llvm::StringRef name, llvm::StringRef id);

}  // namespace tt_astgen::checks
