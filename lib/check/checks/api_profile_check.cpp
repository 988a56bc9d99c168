#include "check/checks/api_profile_check.h"

#include <clang/Basic/SourceManager.h>
#include <clang/Lex/Lexer.h>

#include <algorithm>

namespace tt_astgen::checks {

using namespace clang;

KernelGeneration kernelGenerationOf(Profile profile) {
  return profile == Profile::Metal2026 ? KernelGeneration::Api2026 : KernelGeneration::Classic;
}

Profile profileForKernel(KernelGeneration generation, Profile active) {
  if (kernelGenerationOf(active) == generation) return active;
  return generation == KernelGeneration::Api2026 ? Profile::Metal2026 : Profile::Metal2025;
}

namespace {

const char* spell(KernelGeneration g) { return g == KernelGeneration::Api2026 ? "metal-2026" : "metal-2024/2025"; }

/// The generation an include names, if it is one generation's kernel API.
std::optional<KernelGeneration> generationOfInclude(llvm::StringRef path) {
  if (path.starts_with("api/")) return KernelGeneration::Api2026;
  if (path == "dataflow_api.h" || path.ends_with("/hw/inc/dataflow_api.h") || path.starts_with("compute_kernel_api") ||
      path.starts_with("debug/"))
    return KernelGeneration::Classic;
  return std::nullopt;
}

LangOptions kernelLangOptions() {
  LangOptions lang;
  lang.CPlusPlus = lang.CPlusPlus11 = lang.CPlusPlus14 = lang.CPlusPlus17 = true;
  return lang;
}

}  // namespace

std::vector<GenerationMark> kernelGenerationMarks(const std::string& code, FileRole role) {
  std::vector<GenerationMark> marks;
  // The raw lexer skips comments; the source manager-free positions come from buffer offsets.
  const LangOptions lang = kernelLangOptions();
  Lexer lexer(SourceLocation(), lang, code.data(), code.data(), code.data() + code.size());
  auto position = [&](const char* at, GenerationMark& m) {
    const size_t offset = static_cast<size_t>(at - code.data());
    m.line = 1 + static_cast<unsigned>(std::count(code.begin(), code.begin() + static_cast<long>(offset), '\n'));
    const size_t lineStart = code.rfind('\n', offset == 0 ? 0 : offset - 1);
    m.column = static_cast<unsigned>(offset - (lineStart == std::string::npos || offset == 0 ? 0 : lineStart + 1) + 1);
  };
  Token token;
  bool afterHash = false, afterInclude = false, afterVoid = false, afterNamespace = false;
  const char* hashAt = nullptr;
  while (true) {
    const bool done = lexer.LexFromRawLexer(token);
    const char* at = code.data() + token.getLocation().getRawEncoding();
    if (afterInclude) {
      // `#include "x"` lexes as a string literal; `#include <x>` as tokens up to '>'.
      std::string path;
      if (token.is(tok::string_literal)) {
        path = std::string(at + 1, token.getLength() - 2);
      } else if (token.is(tok::less)) {
        const char* end = std::find(at, code.data() + code.size(), '>');
        path = std::string(at + 1, end);
      }
      if (auto g = generationOfInclude(path)) {
        GenerationMark m{GenerationMark::Include, *g, 0, 0, "#include \"" + path + "\""};
        position(hashAt, m);
        marks.push_back(m);
      }
      afterInclude = false;
    } else if (afterHash) {
      afterInclude = token.is(tok::raw_identifier) && token.getRawIdentifier() == "include";
      afterHash = false;
    } else if (token.is(tok::hash) && token.isAtStartOfLine()) {
      afterHash = true;
      hashAt = at;
    } else if (role == FileRole::Compute && token.is(tok::raw_identifier)) {
      const llvm::StringRef name = token.getRawIdentifier();
      if (afterVoid && name == "kernel_main") {
        GenerationMark m{GenerationMark::ComputeEntry, KernelGeneration::Api2026, 0, 0, "void kernel_main()"};
        position(at, m);
        marks.push_back(m);
      } else if (afterNamespace && name == "NAMESPACE") {
        GenerationMark m{GenerationMark::ComputeEntry, KernelGeneration::Classic, 0, 0, "namespace NAMESPACE { void MAIN }"};
        position(at, m);
        marks.push_back(m);
      }
      afterVoid = name == "void";
      afterNamespace = name == "namespace";
    } else {
      afterVoid = afterNamespace = false;
    }
    if (done || token.is(tok::eof)) break;
  }
  return marks;
}

std::optional<KernelGeneration> includedGeneration(const std::string& code) {
  for (const GenerationMark& m : kernelGenerationMarks(code, FileRole::DataMovement))
    if (m.kind == GenerationMark::Include) return m.generation;
  return std::nullopt;
}

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
  if (unit.role != FileRole::Host) {
    for (const KernelMarks& k : kernels_)
      if (k.file == unit.file) return;
    const SourceManager& sm = ctx.getSourceManager();
    kernels_.push_back({unit.file, unit.role, kernelGenerationMarks(sm.getBufferData(sm.getMainFileID()).str(), unit.role)});
    return;
  }
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

void ApiProfileCheck::finishKernels(const ProgramInfo& program, std::vector<Diagnostic>& out) const {
  const KernelGeneration active = kernelGenerationOf(program.profile);
  const std::string checkedAs = toString(program.profile);
  // Each kernel's include-evidence of the other generation (its first), and the program's first
  // evidence for the active one (the other side of the message).
  struct Mismatch {
    Loc at;
    std::string what;
  };
  std::vector<Mismatch> foreign;
  std::optional<Mismatch> anchor;
  for (const KernelMarks& k : kernels_) {
    for (const GenerationMark& m : k.marks) {
      if (m.kind != GenerationMark::Include) continue;
      if (m.generation == active) {
        if (!anchor) anchor = Mismatch{{k.file, m.line, m.column}, m.what};
      } else {
        foreign.push_back({{k.file, m.line, m.column}, m.what});
        break;
      }
    }
  }
  if (!foreign.empty()) {
    const KernelGeneration other = active == KernelGeneration::Api2026 ? KernelGeneration::Classic
                                                                       : KernelGeneration::Api2026;
    std::string message = baseName(foreign.front().at.file) + " is written for the " + spell(other) +
                          " kernel API ('" + foreign.front().what + "'), but this program is checked as " + checkedAs;
    message += anchor ? " (" + formatLoc(anchor->at) + ": '" + anchor->what + "')" : " (the profile given)";
    if (foreign.size() > 1) {
      message += "; the same holds for";
      for (size_t i = 1; i < foreign.size(); ++i)
        message += (i > 1 ? ", " : " ") + formatLoc(foreign[i].at) + " ('" + foreign[i].what + "')";
    }
    message += other == KernelGeneration::Api2026
                   ? "; " + checkedAs + " kernels include \"dataflow_api.h\" and \"compute_kernel_api/...\": check "
                     "with --profile metal-2026, or port the kernels"
                   : "; metal-2026 kernels include \"api/dataflow/dataflow_api.h\" and \"api/compute/...\": check "
                     "with --profile metal-2025, or port the kernels";
    out.push_back(error(foreign.front().at, message));
    return;  // the entry forms of another generation's kernels follow from it
  }
  for (const KernelMarks& k : kernels_) {
    if (k.role != FileRole::Compute) continue;
    const GenerationMark* entry = nullptr;
    for (const GenerationMark& m : k.marks)
      if (m.kind == GenerationMark::ComputeEntry) entry = entry ? entry : &m;
    if (!entry || entry->generation == active) continue;
    const Loc at{k.file, entry->line, entry->column};
    // metal-2025's classic include tree was still the SDK's when its JIT learned to rename a compute
    // kernel's `void kernel_main()` (PR #35282, Jan 2026; examples such as contributed/vecadd's
    // add.cpp were written that way before the includes moved to api/...): with a Mesh host the
    // link failure is not known, so only metal-2024 (single-device API) reports it.
    if (active == KernelGeneration::Classic && program.profile != Profile::Metal2024) continue;
    if (active == KernelGeneration::Classic) {
      out.push_back(error(at, "compute kernel " + baseName(k.file) +
                                  " is written as 'void kernel_main()', the metal-2026 compute entry, but this program "
                                  "is checked as " + checkedAs + ": its JIT calls only chlkc_unpack::unpack_main, "
                                  "chlkc_math::math_main and chlkc_pack::pack_main, from 'namespace NAMESPACE { void "
                                  "MAIN { ... } }', so the link fails"));
    } else {
      Diagnostic d = error(at, "compute kernel " + baseName(k.file) +
                                   " uses the legacy entry 'namespace NAMESPACE { void MAIN }'; the metal-2026 JIT "
                                   "still builds it, but the 2026 form is 'void kernel_main()'");
      d.severity = Severity::Warning;
      out.push_back(std::move(d));
    }
  }
}

void ApiProfileCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  finishKernels(program, out);
  // The host name sets are metal-2025's (Mesh, metal-2026's host API too) and metal-2024's.
  const Profile active = program.options.profile == Profile::Metal2024 ? Profile::Metal2024 : Profile::Metal2025;
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
