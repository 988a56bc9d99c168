// The thin text layer: everything an AST cannot hold (comments, #include lines, the compute
// entry macros) is written here, and only here. Statements are printed by clang's printer.
#include <clang/AST/PrettyPrinter.h>
#include <llvm/Support/raw_ostream.h>

#include "ast/ast_session.h"
#include "emit/emitted_file.h"

namespace tt_astgen {

std::string includeBlock(const std::vector<std::string>& includes) {
  std::string out;
  for (const std::string& inc : includes) out += "#include " + inc + "\n";
  return out;
}

std::string rawStringDelimiter(const std::string& text) {
  std::string delimiter = "tt";
  for (int n = 1; text.find(")" + delimiter + "\"") != std::string::npos; ++n) delimiter = "tt" + std::to_string(n);
  return delimiter;
}

/// Clang's printer spells every string literal escaped, also inside declarations, which it
/// prints without a PrinterHelper. Each literal asked for raw is swapped in the statement's text:
/// its escaped spelling is one line and occurs once (else printing fails rather than guess).
static void spellRaw(std::string& text, const std::vector<const clang::StringLiteral*>& rawStrings) {
  for (const clang::StringLiteral* literal : rawStrings) {
    std::string escaped;
    llvm::raw_string_ostream s(escaped);
    literal->outputString(s);
    s.flush();
    size_t at = text.find(escaped);
    if (at == std::string::npos) continue;  // in another statement
    if (text.find(escaped, at + 1) != std::string::npos)
      throw GeneratorError("a raw string literal is spelled twice in one statement");
    std::string content = literal->getString().str();
    std::string delimiter = rawStringDelimiter(content);
    text.replace(at, escaped.size(), "R\"" + delimiter + "(" + content + ")" + delimiter + "\"");
  }
}

static void printStatement(const clang::Stmt* stmt, const clang::PrintingPolicy& policy,
                           const std::vector<const clang::StringLiteral*>& rawStrings, llvm::raw_ostream& os) {
  std::string text;
  llvm::raw_string_ostream s(text);
  stmt->printPretty(s, nullptr, policy, 0);
  s.flush();
  spellRaw(text, rawStrings);
  os << text;
  if (llvm::isa<clang::Expr>(stmt)) os << ";\n";
  else if (text.empty() || text.back() != '\n') os << "\n";
}

static void printBody(const EmittedFunction& fn, const clang::PrintingPolicy& policy,
                      const std::vector<const clang::StringLiteral*>& rawStrings, llvm::raw_ostream& os) {
  bool first = true;
  for (const Section& section : fn.sections) {
    if (!first) os << "\n";
    first = false;
    if (!section.comment.empty()) os << "// " << section.comment << "\n";
    for (const clang::Stmt* stmt : section.statements) printStatement(stmt, policy, rawStrings, os);
  }
}

std::string printFile(const EmittedFile& file, const clang::PrintingPolicy& policy,
                      const std::vector<const clang::StringLiteral*>& rawStrings) {
  std::string text;
  llvm::raw_string_ostream os(text);
  for (const std::string& line : file.banner) os << "// " << line << "\n";
  if (!file.banner.empty()) os << "\n";
  os << includeBlock(file.includes);
  for (const EmittedFunction& fn : file.functions) {
    os << "\n";
    if (fn.entry == EntryKind::ComputeMain) {
      os << "namespace NAMESPACE {\nvoid MAIN {\n";
      printBody(fn, policy, rawStrings, os);
      os << "}\n}  // namespace NAMESPACE\n";
      continue;
    }
    clang::PrintingPolicy head = policy;
    head.TerseOutput = true;
    fn.decl->print(os, head);
    os << " {\n";
    printBody(fn, policy, rawStrings, os);
    os << "}\n";
  }
  os.flush();
  return text;
}

}  // namespace tt_astgen
