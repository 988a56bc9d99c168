// Rendering a CheckReport as clang-style text, JSON, or SARIF 2.1.0 (clang's SarifDocumentWriter).
#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/DiagnosticOptions.h>
#include <clang/Basic/FileManager.h>
#include <clang/Basic/Sarif.h>
#include <clang/Basic/SourceManager.h>
#include <llvm/Support/JSON.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/VirtualFileSystem.h>
#include <llvm/Support/raw_ostream.h>

#include <filesystem>
#include <map>

#include "check/checks/all_checks.h"
#include "tt_astgen/check.h"

namespace tt_astgen {
namespace {

std::string renderText(const CheckReport& report) {
  std::string out;
  for (const Diagnostic& d : report.diagnostics) {
    out += d.format();
    if (!d.context.empty() && d.severity != Severity::Note) out += " (compiled as " + d.context + ")";
    out += "\n";
  }
  return out;
}

llvm::json::Object diagnosticJson(const Diagnostic& d) {
  return llvm::json::Object{{"file", d.file},       {"line", int64_t(d.line)},
                            {"column", int64_t(d.column)}, {"severity", toString(d.severity)},
                            {"message", d.message}, {"check", d.check.empty() ? "clang" : d.check},
                            {"context", d.context}};
}

std::string renderJson(const CheckReport& report) {
  llvm::json::Array diagnostics, units;
  for (const Diagnostic& d : report.diagnostics) diagnostics.push_back(diagnosticJson(d));
  for (const CheckedUnit& u : report.units)
    units.push_back(llvm::json::Object{{"file", u.file}, {"flavor", u.flavor}, {"errors", int64_t(u.errors)}});
  llvm::json::Object root{{"diagnostics", std::move(diagnostics)},
                          {"units", std::move(units)},
                          {"errors", int64_t(report.errorCount())},
                          {"warnings", int64_t(report.warningCount())}};
  std::string out;
  llvm::raw_string_ostream os(out);
  os << llvm::formatv("{0:2}", llvm::json::Value(std::move(root))) << "\n";
  return out;
}

std::string absolute(const std::string& path) {
  std::error_code ec;
  auto p = std::filesystem::absolute(path, ec);
  return ec ? path : p.lexically_normal().string();
}

std::string renderSarif(const CheckReport& report) {
  // A SourceManager over an in-memory copy of the checked files gives SarifDocumentWriter real
  // locations (it maps line:col to byte ranges and names artifacts by absolute path).
  auto fs = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  std::map<std::string, std::string> pathOf;  // reported name -> absolute path
  for (const SourceFile& f : report.sources) {
    std::string path = absolute(f.name);
    pathOf[f.name] = path;
    fs->addFile(path, 0, llvm::MemoryBuffer::getMemBufferCopy(f.content, path));
  }
  clang::FileManager files(clang::FileSystemOptions{}, fs);
  llvm::IntrusiveRefCntPtr<clang::DiagnosticIDs> ids(new clang::DiagnosticIDs());
  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> diagOptions(new clang::DiagnosticOptions());
  clang::DiagnosticsEngine engine(ids, diagOptions, new clang::IgnoringDiagConsumer(), true);
  clang::SourceManager sm(engine, files);
  std::map<std::string, clang::FileID> fileIds;
  auto fileId = [&](const std::string& name) -> std::optional<clang::FileID> {
    auto known = fileIds.find(name);
    if (known != fileIds.end()) return known->second;
    auto path = pathOf.find(name);
    if (path == pathOf.end()) return std::nullopt;
    auto ref = files.getOptionalFileRef(path->second);
    if (!ref) return std::nullopt;
    clang::FileID id = sm.getOrCreateFileID(*ref, clang::SrcMgr::C_User);
    fileIds[name] = id;
    return id;
  };

  clang::SarifDocumentWriter writer(sm);
  writer.createRun("tt-astgen", "tt-astgen check", "0.1.0");
  std::map<std::string, size_t> rules;
  auto rule = [&](const std::string& name) {
    auto it = rules.find(name);
    if (it != rules.end()) return it->second;
    std::string description = name == "clang" ? "C++ type-checking against the mock TT-Metalium headers"
                                              : "cross-file check, see docs/checks.md#" + name;
    size_t index = writer.createRule(clang::SarifRule::create().setRuleId(name).setName(name).setDescription(description));
    rules[name] = index;
    return index;
  };
  for (const std::string& name : crossFileCheckNames()) rule(name);
  rule("clang");

  for (size_t i = 0; i < report.diagnostics.size(); ++i) {
    const Diagnostic& d = report.diagnostics[i];
    if (d.severity == Severity::Note) continue;  // attached to their finding below
    std::string check = d.check.empty() ? "clang" : d.check;
    std::string message = d.message;
    if (!d.context.empty()) message += " (compiled as " + d.context + ")";
    auto result = clang::SarifResult::create(uint32_t(rule(check)))
                      .setRuleId(check)
                      .setDiagnosticLevel(d.severity == Severity::Error ? clang::SarifResultLevel::Error
                                                                        : clang::SarifResultLevel::Warning);
    llvm::SmallVector<clang::CharSourceRange, 1> where;
    auto range = [&](const Diagnostic& at) -> std::optional<clang::CharSourceRange> {
      if (at.line == 0) return std::nullopt;
      auto id = fileId(at.file);
      if (!id) return std::nullopt;
      clang::SourceLocation loc = sm.translateLineCol(*id, at.line, std::max(1u, at.column));
      if (loc.isInvalid()) return std::nullopt;
      return clang::CharSourceRange::getCharRange(loc, loc.getLocWithOffset(1));
    };
    if (auto r = range(d)) where.push_back(*r);
    // Following notes: the ones in checked files become a thread flow, others join the message.
    llvm::SmallVector<clang::ThreadFlow, 2> flows;
    for (size_t j = i + 1; j < report.diagnostics.size() && report.diagnostics[j].severity == Severity::Note; ++j) {
      const Diagnostic& n = report.diagnostics[j];
      if (auto r = range(n))
        flows.push_back(clang::ThreadFlow::create().setRange(*r).setMessage(n.message).setImportance(
            clang::ThreadFlowImportance::Important));
      else
        message += "\nnote: " + n.message;
    }
    result = result.setDiagnosticMessage(message).setLocations(where);
    if (!flows.empty() && !where.empty()) {
      flows.insert(flows.begin(), clang::ThreadFlow::create().setRange(where[0]).setMessage(d.message).setImportance(
                                      clang::ThreadFlowImportance::Essential));
      result = result.setThreadFlows(flows);
    }
    writer.appendResult(result);
  }
  writer.endRun();
  std::string out;
  llvm::raw_string_ostream os(out);
  os << llvm::formatv("{0:2}", llvm::json::Value(writer.createDocument())) << "\n";
  return out;
}

}  // namespace

std::string renderReport(const CheckReport& report, ReportFormat format) {
  switch (format) {
    case ReportFormat::Text: return renderText(report);
    case ReportFormat::Json: return renderJson(report);
    case ReportFormat::Sarif: return renderSarif(report);
  }
  return {};
}

}  // namespace tt_astgen
