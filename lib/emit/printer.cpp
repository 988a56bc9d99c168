// The thin text layer: everything an AST cannot hold (comments, #include lines, the compute
// entry macros) is written here, and only here. Statements are printed by clang's printer.
#include <clang/AST/PrettyPrinter.h>
#include <llvm/Support/raw_ostream.h>

#include "emit/emitted_file.h"

namespace tt_astgen {

std::string includeBlock(const std::vector<std::string>& includes) {
  std::string out;
  for (const std::string& inc : includes) out += "#include " + inc + "\n";
  return out;
}

static void printStatement(const clang::Stmt* stmt, const clang::PrintingPolicy& policy,
                           llvm::raw_ostream& os) {
  std::string text;
  llvm::raw_string_ostream s(text);
  stmt->printPretty(s, nullptr, policy, 0);
  s.flush();
  os << text;
  if (llvm::isa<clang::Expr>(stmt)) os << ";\n";
  else if (text.empty() || text.back() != '\n') os << "\n";
}

static void printBody(const EmittedFunction& fn, const clang::PrintingPolicy& policy,
                      llvm::raw_ostream& os) {
  bool first = true;
  for (const Section& section : fn.sections) {
    if (!first) os << "\n";
    first = false;
    if (!section.comment.empty()) os << "// " << section.comment << "\n";
    for (const clang::Stmt* stmt : section.statements) printStatement(stmt, policy, os);
  }
}

std::string printFile(const EmittedFile& file, const clang::PrintingPolicy& policy) {
  std::string text;
  llvm::raw_string_ostream os(text);
  for (const std::string& line : file.banner) os << "// " << line << "\n";
  if (!file.banner.empty()) os << "\n";
  os << includeBlock(file.includes);
  for (const EmittedFunction& fn : file.functions) {
    os << "\n";
    if (fn.entry == EntryKind::ComputeMain) {
      os << "namespace NAMESPACE {\nvoid MAIN {\n";
      printBody(fn, policy, os);
      os << "}\n}  // namespace NAMESPACE\n";
      continue;
    }
    clang::PrintingPolicy head = policy;
    head.TerseOutput = true;
    fn.decl->print(os, head);
    os << " {\n";
    printBody(fn, policy, os);
    os << "}\n";
  }
  os.flush();
  return text;
}

}  // namespace tt_astgen
