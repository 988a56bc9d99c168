#include "ast/parse.h"

#include <clang/Basic/SourceManager.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/ADT/SmallString.h>

namespace tt_astgen {

void DiagnosticCollector::HandleDiagnostic(clang::DiagnosticsEngine::Level level,
                                           const clang::Diagnostic& info) {
  clang::DiagnosticConsumer::HandleDiagnostic(level, info);
  if (level == clang::DiagnosticsEngine::Ignored) return;
  Diagnostic d;
  d.check = "clang";
  d.context = context_;
  switch (level) {
    case clang::DiagnosticsEngine::Note:
    case clang::DiagnosticsEngine::Remark: d.severity = Severity::Note; break;
    case clang::DiagnosticsEngine::Warning: d.severity = Severity::Warning; break;
    default: d.severity = Severity::Error; break;
  }
  llvm::SmallString<256> message;
  info.FormatDiagnostic(message);
  d.message = message.str().str();
  bool inMainFile = false;
  if (info.hasSourceManager() && info.getLocation().isValid()) {
    const clang::SourceManager& sm = info.getSourceManager();
    clang::SourceLocation loc = sm.getFileLoc(info.getLocation());
    inMainFile = sm.isInMainFile(loc);
    clang::PresumedLoc ploc = sm.getPresumedLoc(loc);
    if (ploc.isValid()) {
      d.file = ploc.getFilename();
      d.line = ploc.getLine();
      d.column = ploc.getColumn();
    }
  }
  // An error inside a (mock) header is the checked file's fault: point it at the first place in
  // the checked file that the following notes name ("in instantiation of ... requested here").
  if (d.severity == Severity::Error) {
    relocate_ = inMainFile ? npos : diagnostics_.size();
  } else if (d.severity == Severity::Note && relocate_ != npos && inMainFile) {
    Diagnostic& error = diagnostics_[relocate_];
    error.message += " (in " + error.file + ":" + std::to_string(error.line) + ")";
    error.file = d.file;
    error.line = d.line;
    error.column = d.column;
    relocate_ = npos;
  } else if (d.severity != Severity::Note) {
    relocate_ = npos;
  }
  diagnostics_.push_back(std::move(d));
}

bool DiagnosticCollector::hasErrors() const { return countErrors(diagnostics_) > 0; }

std::unique_ptr<clang::ASTUnit> parseInMemory(const std::string& code, const std::string& fileName,
                                              const CompileFlavor& flavor,
                                              DiagnosticCollector& collector) {
  clang::tooling::FileContentMappings mapped;
  for (const MockFile& f : mockFiles())
    mapped.emplace_back(mockPath(f.path), std::string(f.content));
  return clang::tooling::buildASTFromCodeWithArgs(
      code, compileArgs(flavor), fileName, "tt-astgen",
      std::make_shared<clang::PCHContainerOperations>(),
      clang::tooling::getClangStripDependencyFileAdjuster(), mapped, &collector);
}

}  // namespace tt_astgen

// --- PCH of the include prologue ---------------------------------------------------------------

#include <clang/Basic/FileManager.h>
#include <clang/Basic/Version.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendActions.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/VirtualFileSystem.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Support/xxhash.h>

#include <cstdlib>
#include <ctime>
#include <mutex>

#include <sys/stat.h>
#include <unistd.h>

#include "support/cache_trim.h"

namespace tt_astgen {
namespace {

class PchAction : public clang::GeneratePCHAction {
 public:
  explicit PchAction(std::string output) : output_(std::move(output)) {}

 protected:
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance& ci, llvm::StringRef in) override {
    ci.getFrontendOpts().OutputFile = output_;
    return clang::GeneratePCHAction::CreateASTConsumer(ci, in);
  }

 private:
  std::string output_;
};

class ErrorCounter : public clang::DiagnosticConsumer {};

std::string cacheDir() {
  if (const char* d = std::getenv("TT_ASTGEN_CACHE_DIR"); d && *d) return d;
  if (const char* d = std::getenv("XDG_CACHE_HOME"); d && *d) return std::string(d) + "/tt-astgen";
  if (const char* d = std::getenv("HOME"); d && *d) return std::string(d) + "/.cache/tt-astgen";
  llvm::SmallString<128> tmp;
  llvm::sys::path::system_temp_directory(true, tmp);
  return std::string(tmp) + "/tt-astgen-cache";
}

uint64_t mockHash() {
  static const uint64_t hash = [] {
    std::string all;
    for (const MockFile& f : mockFiles()) {
      all += f.path;
      all += '\0';
      all += f.content;
      all += '\0';
    }
    return llvm::xxh3_64bits(all);
  }();
  return hash;
}

clang::tooling::FileContentMappings mockMappings() {
  clang::tooling::FileContentMappings mapped;
  for (const MockFile& f : mockFiles()) mapped.emplace_back(mockPath(f.path), std::string(f.content));
  return mapped;
}

/// Builds (or finds) the PCH of `prologue` for `args`; returns its path, "" on failure.
std::string prologuePch(const std::string& prologue, const std::vector<std::string>& args,
                        std::string& prologuePath) {
  // The PCH instantiates the templates its headers use (-fpch-instantiate-templates): otherwise every
  // file that includes it would instantiate them again at its end (most of a file's parse time).
  const std::vector<std::string> pchOnly = {"-fpch-instantiate-templates"};
  std::string key = std::string(clang::getClangFullVersion()) + "\n" + std::to_string(mockHash()) + "\n";
  for (const std::string& a : pchOnly) key += a + "\n";
  for (const std::string& a : args) key += a + "\n";
  key += prologue;
  char name[40];
  std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(llvm::xxh3_64bits(key)));
  prologuePath = std::string(kMockRoot) + "/prologue/" + name + ".h";
  const std::string dir = cacheDir();
  const std::string pch = dir + "/" + name + ".pch";
  static std::mutex mutex;
  std::lock_guard<std::mutex> lock(mutex);
  if (llvm::sys::fs::exists(pch)) {
    cache::touchCacheEntry(pch);  // least recently used goes first (support/cache_trim.h)
    return pch;
  }
  // A prologue that failed to precompile in the last ten minutes is not tried again (a header it
  // names is missing, say: every file of a sweep would pay the failed build); later it is, in
  // case what was missing has been installed.
  const std::string failed = dir + "/" + name + ".failed";
  struct stat st {};
  if (::stat(failed.c_str(), &st) == 0 && std::time(nullptr) - st.st_mtime < 600) return {};
  if (llvm::sys::fs::create_directories(dir)) return {};

  auto memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  for (const auto& [path, content] : mockMappings())
    memory->addFile(path, 0, llvm::MemoryBuffer::getMemBufferCopy(content, path));
  memory->addFile(prologuePath, 0, llvm::MemoryBuffer::getMemBufferCopy(prologue, prologuePath));
  auto overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(llvm::vfs::getRealFileSystem());
  overlay->pushOverlay(memory);
  auto files = llvm::makeIntrusiveRefCnt<clang::FileManager>(clang::FileSystemOptions(), overlay);
  const std::string temp = pch + ".tmp" + std::to_string(::getpid());
  std::vector<std::string> command = {"tt-astgen"};
  command.insert(command.end(), args.begin(), args.end());
  command.insert(command.end(), pchOnly.begin(), pchOnly.end());
  command.push_back("-fno-caret-diagnostics");  // a failing prologue prints no "N errors generated."
  command.push_back(prologuePath);
  clang::tooling::ToolInvocation invocation(command, std::make_unique<PchAction>(temp), files.get());
  ErrorCounter counter;
  invocation.setDiagnosticConsumer(&counter);
  bool ok = invocation.run() && counter.getNumErrors() == 0;
  if (!ok || llvm::sys::fs::rename(temp, pch)) {
    llvm::sys::fs::remove(temp);
    if (!ok) {
      std::error_code ec;
      llvm::raw_fd_ostream marker(failed, ec);  // empty: its modification time is what counts
    }
    return {};
  }
  cache::trimCacheDir(dir, ".pch", cache::limitBytes(2048));
  return pch;
}

}  // namespace

std::string includePrologue(const std::string& code, size_t maxLines) {
  std::string out;
  size_t pos = 0, lines = 0;
  bool inBlockComment = false;
  while (pos < code.size() && lines < maxLines) {
    size_t end = code.find('\n', pos);
    if (end == std::string::npos) end = code.size();
    llvm::StringRef line = llvm::StringRef(code).slice(pos, end).trim();
    pos = end + 1;
    if (inBlockComment) {
      if (line.contains("*/")) inBlockComment = false;
      continue;
    }
    if (line.empty() || line.starts_with("//")) continue;
    if (line.starts_with("/*")) {
      inBlockComment = !line.contains("*/");
      continue;
    }
    if (line.starts_with("#include") || line.starts_with("# include")) {
      out += line.str() + "\n";
      ++lines;
      continue;
    }
    if (line.starts_with("#pragma once")) continue;
    break;
  }
  return out;
}

std::unique_ptr<clang::ASTUnit> parseWithProloguePch(const std::string& code, const std::string& fileName,
                                                     const CompileFlavor& flavor,
                                                     DiagnosticCollector& collector, size_t prologueLines) {
  const char* off = std::getenv("TT_ASTGEN_NO_PCH");
  const std::string includes = includePrologue(code, prologueLines);
  if ((off && *off && std::string(off) != "0") || includes.empty())
    return parseInMemory(code, fileName, flavor, collector);
  // While the PCH is built, the mock headers' TT_ASTGEN_PCH_WARMUP blocks instantiate the std
  // templates programs use with the Metal types (variant<CoreCoord, ...>, vector<bfloat16>, ...),
  // so that each program parsed against the PCH finds them done. The macro ends with the
  // prologue: the program never sees it.
  std::string prologue = "#define TT_ASTGEN_PCH_WARMUP 1\n" + includes + "#undef TT_ASTGEN_PCH_WARMUP\n";
  std::vector<std::string> args = compileArgs(flavor);
  std::string prologuePath;
  std::string pch = prologuePch(prologue, args, prologuePath);
  if (pch.empty()) {  // the warm-up blocks do not compile with these flags: the includes alone
    prologue = includes;
    pch = prologuePch(prologue, args, prologuePath);
  }
  if (pch.empty()) return parseInMemory(code, fileName, flavor, collector);
  args.push_back("-include-pch");
  args.push_back(pch);
  clang::tooling::FileContentMappings mapped = mockMappings();
  mapped.emplace_back(prologuePath, prologue);
  return clang::tooling::buildASTFromCodeWithArgs(code, args, fileName, "tt-astgen",
                                                  std::make_shared<clang::PCHContainerOperations>(),
                                                  clang::tooling::getClangStripDependencyFileAdjuster(), mapped,
                                                  &collector);
}

}  // namespace tt_astgen
