// Raw string literals in emitted code (generate --embed-kernels): the delimiter never closes the
// literal early, and the printed and formatted literal holds its text byte for byte.
#include <gtest/gtest.h>

#include "ast/builder.h"
#include "emit/emitters.h"

namespace tt_astgen {
namespace {

TEST(RawStringDelimiter, IsTtUnlessTheTextClosesIt) {
  EXPECT_EQ(rawStringDelimiter("void kernel_main() {}\n"), "tt");
  EXPECT_EQ(rawStringDelimiter("a )tt\" b"), "tt1");
  EXPECT_EQ(rawStringDelimiter("a )tt\" b )tt1\" c )tt3\""), "tt2");
  EXPECT_EQ(rawStringDelimiter(")tt b\" )tt( \"tt)"), "tt");  // only `)tt"` closes it
}

/// `constexpr const char* text = <raw literal>;` in a host main(), printed and formatted.
std::string printedHost(const std::string& text) {
  EmittedFile file;
  file.name = "main.cpp";
  file.includes = {"<cstdint>"};
  CompileFlavor host;
  AstSession session(host, includeBlock(file.includes), file.name);
  Builder b(session);
  EmittedFunction fn;
  fn.decl = session.beginFunction("main", b.intType());
  clang::VarDecl* var = b.var("text", b.pointerType(b.charType().withConst()), b.rawStringLit(text),
                              Builder::VarKind::Constexpr);
  fn.sections.push_back({"", {b.declStmt(var), b.returnStmt(b.intLit(0))}});
  finishFunction(b, std::move(fn), file);
  return formatCode(printFile(file, session.printingPolicy(), session.rawStrings()), file.name);
}

TEST(RawStringLiteral, TextThatHoldsTheDefaultClosingSequenceGetsAnotherDelimiter) {
  const std::string text = "// a comment that ends a raw string: )tt\"\n  int x = 1;   \n\t\"quoted\\n\" )tt1\"\n";
  const std::string host = printedHost(text);
  EXPECT_NE(host.find("R\"tt2(" + text + ")tt2\""), std::string::npos) << host;
  EXPECT_EQ(host.find("R\"tt("), std::string::npos) << host;
}

TEST(RawStringLiteral, OrdinaryLiteralsStayEscaped) {
  const std::string host = printedHost("line one\nline two\n");
  EXPECT_NE(host.find("R\"tt(line one\nline two\n)tt\""), std::string::npos) << host;
  EXPECT_EQ(host.find("\\n"), std::string::npos) << host;
}

}  // namespace
}  // namespace tt_astgen
