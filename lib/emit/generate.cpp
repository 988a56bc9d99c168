#include "tt_astgen/generate.h"

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
  std::string text = printFile(file, session.printingPolicy());
  std::vector<std::string> args = compileArgs(emitter.flavor(plan));
  args.erase(std::remove(args.begin(), args.end(), "-fsyntax-only"), args.end());
  return {file.name, formatCode(text, file.name), args};
}

GenerateResult generateProgram(const Plan& plan) {
  GenerateResult result;
  try {
    for (auto& emitter : {makeHostEmitter(), makeReaderEmitter(), makeComputeEmitter(), makeWriterEmitter()})
      result.files.push_back(emitFile(plan, *emitter));
    result.files.push_back({"tt.plan.json", toJson(plan)});
  } catch (const GeneratorError& e) {
    result.files.clear();
    result.error = e.what();
  }
  return result;
}

std::string writeFilesAtomically(const std::vector<GeneratedFile>& files, const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path target = fs::absolute(fs::path(dir), ec).lexically_normal();
  if (ec) return "cannot resolve '" + dir + "': " + ec.message();
  if (target.filename().empty()) target = target.parent_path();
  fs::path parent = target.parent_path();
  fs::create_directories(parent, ec);
  if (ec) return "cannot create '" + parent.string() + "': " + ec.message();
  if (fs::exists(target) && !fs::is_directory(target)) return "'" + dir + "' exists and is not a directory";

  std::random_device rd;
  std::string suffix = std::to_string(rd()) + std::to_string(rd());
  fs::path staging = parent / ("." + target.filename().string() + ".tmp-" + suffix);
  fs::path previous = parent / ("." + target.filename().string() + ".old-" + suffix);
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
  bool hadTarget = fs::exists(target);
  if (hadTarget) {
    fs::rename(target, previous, ec);
    if (ec) return fail("cannot replace '" + dir + "': " + ec.message());
  }
  fs::rename(staging, target, ec);
  if (ec) {
    if (hadTarget) fs::rename(previous, target, ec);
    return fail("cannot move the output into '" + dir + "'");
  }
  if (hadTarget) fs::remove_all(previous, ec);
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
