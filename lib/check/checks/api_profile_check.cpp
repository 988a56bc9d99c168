#include "check/checks/api_profile_check.h"

#include <clang/Basic/SourceManager.h>
#include <clang/Lex/Lexer.h>

namespace tt_astgen::checks {

using namespace clang;

const std::set<std::string>& ApiProfileCheck::profileNames(Profile profile) {
  static const std::set<std::string> mesh = {
      "MeshDevice",       "MeshBuffer",        "MeshWorkload",           "MeshCommandQueue",
      "EnqueueMeshWorkload", "EnqueueWriteMeshBuffer", "EnqueueReadMeshBuffer", "create_unit_mesh",
      "mesh_command_queue", "ReplicatedBufferConfig", "DeviceLocalBufferConfig", "AddProgramToMeshWorkload",
      "CreateMeshWorkload", "MeshCoordinateRange", "WriteShard", "ReadShard"};
  static const std::set<std::string> single = {
      "CreateDevice",      "CloseDevice",        "IDevice",             "EnqueueProgram",
      "EnqueueWriteBuffer", "EnqueueReadBuffer", "InterleavedBufferConfig", "CreateBuffer",
      "command_queue",     "EnqueueReadSubBuffer"};
  return profile == Profile::Metal2025 ? mesh : single;
}

void ApiProfileCheck::forEachApiName(const LangOptions& lang, SourceLocation start, llvm::StringRef buffer,
                                     const std::function<void(const std::string&, Profile, SourceLocation)>& use) {
  Lexer lexer(start, lang, buffer.begin(), buffer.begin(), buffer.end());
  Token token;
  bool inDirective = false;
  while (true) {
    bool done = lexer.LexFromRawLexer(token);
    // Preprocessor lines are not API use: `#include <tt-metalium/command_queue.hpp>` is how 2025
    // Mesh programs get the abstract CommandQueue, and its tokens spell `command_queue`.
    if (token.isAtStartOfLine()) inDirective = token.is(tok::hash);
    if (token.is(tok::raw_identifier) && !inDirective) {
      std::string name = token.getRawIdentifier().str();
      for (Profile p : {Profile::Metal2025, Profile::Metal2024})
        if (profileNames(p).count(name)) use(name, p, token.getLocation());
    }
    if (done) break;
  }
}

std::optional<Profile> ApiProfileCheck::profileOf(const std::string& code) {
  LangOptions lang;
  lang.CPlusPlus = lang.CPlusPlus11 = lang.CPlusPlus14 = lang.CPlusPlus17 = lang.CPlusPlus20 = true;
  std::set<Profile> used;
  forEachApiName(lang, SourceLocation(), code, [&](const std::string&, Profile p, SourceLocation) { used.insert(p); });
  if (used.size() == 1) return *used.begin();
  return std::nullopt;
}

void ApiProfileCheck::beginUnit(ASTContext& ctx, const UnitInfo& unit) {
  CrossFileCheck::beginUnit(ctx, unit);
  if (unit.role != FileRole::Host) return;
  const SourceManager& sm = ctx.getSourceManager();
  FileID fid = sm.getMainFileID();
  auto& uses = uses_[unit.file];
  forEachApiName(ctx.getLangOpts(), sm.getLocForStartOfFile(fid), sm.getBufferData(fid),
                 [&](const std::string& name, Profile p, SourceLocation at) {
                   auto& list = uses[p];
                   for (const Use& u : list)
                     if (u.name == name) return;
                   list.push_back({name, locOf(at, sm)});
                 });
}

void ApiProfileCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  const Profile active = program.options.profile;
  const Profile other = active == Profile::Metal2025 ? Profile::Metal2024 : Profile::Metal2025;
  for (auto& [host, uses] : uses_) {
    if (uses[active].empty() || uses[other].empty()) continue;
    const auto& anchor = uses[active].front();
    for (const Use& u : uses[other]) {
      std::string hint = active == Profile::Metal2025
                             ? "; on a MeshDevice a Program runs through a MeshWorkload (EnqueueMeshWorkload) and "
                               "buffers are MeshBuffers (EnqueueWriteMeshBuffer/EnqueueReadMeshBuffer)"
                             : "; the single-device API uses CreateDevice, CreateBuffer and EnqueueProgram";
      out.push_back(error(u.at, "'" + u.name + "' belongs to the " + toString(other) +
                                    " API, but this program also uses the " + toString(active) + " API ('" +
                                    anchor.name + "' at " + formatLoc(anchor.at) + ")" + hint));
    }
  }
}

}  // namespace tt_astgen::checks
