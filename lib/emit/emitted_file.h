// The structure an emitter produces: a file of functions, each a list of commented sections of
// Sema-built statements. The printer turns it into text.
#pragma once

#include <string>
#include <vector>

#include <clang/AST/Decl.h>
#include <clang/AST/Expr.h>
#include <clang/AST/Stmt.h>

namespace tt_astgen {

/// A run of statements under one short comment ("// Runtime arguments").
struct Section {
  std::string comment;
  std::vector<clang::Stmt*> statements;
};

/// How a function's head is written.
enum class EntryKind {
  Declared,     // printed from its FunctionDecl: `int main()`, `void kernel_main()`
  ComputeMain,  // `namespace NAMESPACE { void MAIN { ... } }`: both names are JIT macros
};

struct EmittedFunction {
  clang::FunctionDecl* decl = nullptr;
  EntryKind entry = EntryKind::Declared;
  std::vector<Section> sections;
};

struct EmittedFile {
  std::string name;                   // "main.cpp", "reader.cpp", ...
  std::vector<std::string> banner;    // leading comment lines (without "// ")
  std::vector<std::string> includes;  // spelled as written: "<cstdint>", "\"dataflow_api.h\""
  std::vector<EmittedFunction> functions;
};

/// The #include block of a file: the prologue its AstSession parses.
std::string includeBlock(const std::vector<std::string>& includes);

/// Prints an emitted file: banner, includes, functions (statements through clang's printer,
/// comments and the compute entry macros as text). The literals in `rawStrings`
/// (AstSession::rawStrings) are spelled as raw string literals. Output is not yet formatted.
std::string printFile(const EmittedFile& file, const clang::PrintingPolicy& policy,
                      const std::vector<const clang::StringLiteral*>& rawStrings = {});

/// The delimiter of a raw string literal holding `text`: "tt", else "tt1", "tt2", ..., the first
/// whose closing sequence `)delimiter"` does not occur in `text`.
std::string rawStringDelimiter(const std::string& text);

/// Formats C++ text with tt-astgen's committed clang-format style.
std::string formatCode(const std::string& code, const std::string& fileName);

/// The committed clang-format style (YAML), also written as .clang-format next to outputs.
const char* emittedCodeStyle();

}  // namespace tt_astgen
