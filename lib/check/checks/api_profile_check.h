// api-profile: a host program uses one API generation: the Mesh API (metal-2025: MeshDevice,
// MeshBuffer, MeshWorkload, EnqueueMeshWorkload, ...) or the single-device API (metal-2024:
// CreateDevice, CreateBuffer, EnqueueProgram, ...), never both. The other profile's names are not
// declared by the active profile's headers, so this check reads the host's tokens (a raw lexer
// over the main file, preprocessor lines skipped) rather than resolved declarations. Names both
// generations declare (the abstract CommandQueue of 2025's command_queue.hpp) are no evidence.
#pragma once
#include <functional>
#include <optional>

#include "check/checks/check_support.h"

namespace tt_astgen::checks {

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
};

}  // namespace tt_astgen::checks
