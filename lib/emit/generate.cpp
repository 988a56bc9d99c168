#include "tt_astgen/generate.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <algorithm>

#include "emit/emitters.h"

namespace tt_astgen {

void finishFunction(Builder& b, EmittedFunction fn, EmittedFile& file) {
  std::vector<clang::Stmt*> all;
  for (const Section& s : fn.sections) all.insert(all.end(), s.statements.begin(), s.statements.end());
  b.session().endFunction(b.block(all));
  file.functions.push_back(std::move(fn));
}

static GeneratedFile emitFile(const Plan& plan, const FileEmitter& emitter) {
  EmittedFile file;
  file.name = emitter.fileName();
  file.includes = emitter.includes(plan);
  AstSession session(emitter.flavor(plan), includeBlock(file.includes), file.name);
  Builder builder(session);
  emitter.build(plan, builder, file);
  session.restoreWrittenTypes();
  std::string text = printFile(file, session.printingPolicy(), session.rawStrings());
  std::vector<std::string> args = compileArgs(emitter.flavor(plan));
  args.erase(std::remove(args.begin(), args.end(), "-fsyntax-only"), args.end());
  return {file.name, formatCode(text, file.name), args};
}

GenerateResult generateProgram(const Plan& plan, const GenerateOptions& options) {
  GenerateResult result;
  try {
    // Kernels first: an embedding host carries their formatted text.
    std::vector<GeneratedFile> kernels;
    for (auto& emitter : {makeReaderEmitter(), makeComputeEmitter(), makeWriterEmitter()})
      kernels.push_back(emitFile(plan, *emitter));
    EmbeddedKernels embedded;
    if (options.embedKernels)
      for (const GeneratedFile& k : {kernels[0], kernels[2], kernels[1]}) embedded.emplace_back(k.name, k.content);
    result.files.push_back(emitFile(plan, *makeHostEmitter(std::move(embedded))));
    result.files.insert(result.files.end(), kernels.begin(), kernels.end());
    result.files.push_back({"tt.plan.json", toJson(plan)});
  } catch (const GeneratorError& e) {
    result.files.clear();
    result.error = e.what();
  }
  return result;
}

namespace {

/// Blocks SIGINT, SIGTERM, SIGHUP and SIGXFSZ for its lifetime (this thread), so an interrupted generate
/// finishes or rolls back its write before the signal is delivered: no temporary folder survives.
class SignalsDeferred {
 public:
  SignalsDeferred() {
    sigset_t set;
    sigemptyset(&set);
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGXFSZ}) sigaddset(&set, sig);
    pthread_sigmask(SIG_BLOCK, &set, &saved_);
  }
  ~SignalsDeferred() { pthread_sigmask(SIG_SETMASK, &saved_, nullptr); }

 private:
  sigset_t saved_;
};

/// True when `p` is the working directory or one of its ancestors (replacing it would delete
/// the caller's own files).
bool containsWorkingDirectory(const std::filesystem::path& p) {
  std::error_code ec;
  std::filesystem::path cwd = std::filesystem::current_path(ec).lexically_normal();
  if (ec) return false;
  auto rel = cwd.lexically_relative(p);
  return !rel.empty() && *rel.begin() != "..";
}

}  // namespace

std::string writeFilesAtomically(const std::vector<GeneratedFile>& files, const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path target = fs::absolute(fs::path(dir), ec).lexically_normal();
  if (ec) return "cannot resolve '" + dir + "': " + ec.message();
  if (target.filename().empty()) target = target.parent_path();
  if (target == target.root_path() || containsWorkingDirectory(target))
    return "refusing to replace '" + dir + "': it is the working directory or one of its parents";
  fs::path parent = target.parent_path();
  fs::create_directories(parent, ec);
  if (ec) return "cannot create '" + parent.string() + "': " + ec.message();
  if (fs::exists(target) && !fs::is_directory(target)) return "'" + dir + "' exists and is not a directory";

  SignalsDeferred deferred;
  std::random_device rd;
  std::string suffix = std::to_string(rd()) + std::to_string(rd());
  fs::path staging = parent / ("." + target.filename().string() + ".tmp-" + suffix);
  fs::create_directory(staging, ec);
  if (ec) return "cannot create '" + staging.string() + "': " + ec.message();
  auto fail = [&](const std::string& message) {
    fs::remove_all(staging, ec);
    return message;
  };
  for (const GeneratedFile& f : files) {
    // Names are relative paths that stay inside the folder: no root, no "..", nothing empty.
    fs::path relative(f.name);
    bool inside = !f.name.empty() && relative.is_relative() && !relative.has_root_name();
    for (const fs::path& part : relative) inside = inside && part != ".." && part != "." && !part.empty();
    if (!inside) return fail("refusing to write '" + f.name + "' outside the output folder");
    fs::path path = staging / relative;
    fs::create_directories(path.parent_path(), ec);
    if (ec) return fail("cannot create '" + path.parent_path().string() + "': " + ec.message());
    std::ofstream out(path, std::ios::binary);
    out << f.content;
    out.close();
    if (!out) return fail("cannot write '" + path.string() + "'");
  }
  if (!fs::exists(target)) {
    if (::rename(staging.c_str(), target.c_str()) != 0) return fail("cannot move the output into '" + dir + "'");
    return {};
  }
  // Swap the new folder with the old one in one step (no moment without DIR), then drop the old.
  if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0)
    return fail("cannot replace '" + dir + "': " + std::strerror(errno));
  fs::remove_all(staging, ec);  // holds the previous content now
  return {};
}

}  // namespace tt_astgen

namespace tt_astgen {

static std::string jsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string compileCommandsJson(const std::vector<GeneratedFile>& files, const std::string& dir,
                                const std::string& headersDir) {
  const std::string root(kMockRoot);
  std::string out = "[\n";
  bool first = true;
  for (const GeneratedFile& f : files) {
    if (f.compileArgs.empty()) continue;
    std::string args = jsonString("clang++-19");
    for (std::string a : f.compileArgs) {
      if (size_t pos = a.find(root); pos != std::string::npos) a.replace(pos, root.size(), headersDir);
      args += ", " + jsonString(a);
    }
    args += ", " + jsonString("-c") + ", " + jsonString(f.name);
    out += first ? "" : ",\n";
    first = false;
    out += "  {\"directory\": " + jsonString(dir) + ", \"file\": " + jsonString(dir + "/" + f.name) +
           ", \"arguments\": [" + args + "]}";
  }
  return out + "\n]\n";
}

}  // namespace tt_astgen
