#include "tt_astgen/generate.h"

#include <filesystem>
#include <fstream>
#include <random>

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
  return {file.name, formatCode(text, file.name)};
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
    fs::path path = staging / f.name;
    if (path.lexically_normal().parent_path() != staging.lexically_normal())
      return fail("refusing to write '" + f.name + "' outside the output folder");
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
