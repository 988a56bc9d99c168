#include <clang/Format/Format.h>
#include <clang/Tooling/Core/Replacement.h>

#include "ast/ast_session.h"
#include "emit/emitted_file.h"

namespace tt_astgen {

const char* emittedCodeStyle() {
  return R"(# tt-astgen's style for emitted TT-Metalium code (close to tt-metal's own).
BasedOnStyle: Google
IndentWidth: 4
ColumnLimit: 120
AccessModifierOffset: -4
AllowShortFunctionsOnASingleLine: Empty
AllowShortIfStatementsOnASingleLine: Never
AllowShortLoopsOnASingleLine: false
AlignAfterOpenBracket: AlwaysBreak
BinPackArguments: false
BinPackParameters: false
DerivePointerAlignment: false
PointerAlignment: Left
IncludeBlocks: Preserve
SortIncludes: Never
)";
}

std::string formatCode(const std::string& code, const std::string& fileName) {
  clang::format::FormatStyle style = clang::format::getGoogleStyle(clang::format::FormatStyle::LK_Cpp);
  if (std::error_code ec = clang::format::parseConfiguration(emittedCodeStyle(), &style))
    throw GeneratorError("the committed clang-format style does not parse: " + ec.message());
  clang::tooling::Replacements replacements =
      clang::format::reformat(style, code, {clang::tooling::Range(0, code.size())}, fileName);
  llvm::Expected<std::string> formatted = clang::tooling::applyAllReplacements(code, replacements);
  if (!formatted) throw GeneratorError("clang-format failed: " + llvm::toString(formatted.takeError()));
  return *formatted;
}

}  // namespace tt_astgen
