// Builder: small helpers that build expressions, declarations and statements through Sema,
// against the declarations of an AstSession. Every helper checks Sema's verdict and throws
// GeneratorError on rejection, so a wrong argument count or type fails at generation time.
//
// Names are looked up by qualified name ("tt::tt_metal::CreateKernel") and references carry
// the full qualifier, so printed code compiles without using-directives.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include <clang/AST/Expr.h>
#include <clang/AST/Stmt.h>
#include <clang/AST/TemplateBase.h>
#include <clang/Sema/Lookup.h>

#include "ast/ast_session.h"

namespace tt_astgen {

/// A template argument: a type or a constant expression.
struct TemplateArg {
  TemplateArg(clang::QualType t) : type(t) {}  // NOLINT(google-explicit-constructor)
  TemplateArg(clang::Expr* e) : expr(e) {}     // NOLINT(google-explicit-constructor)
  clang::QualType type;
  clang::Expr* expr = nullptr;
};

/// A designated initializer element: `.field = value`.
using Designated = std::pair<std::string, clang::Expr*>;

class Builder {
 public:
  explicit Builder(AstSession& session) : s_(session) {}

  // ---- types -------------------------------------------------------------------------------
  /// A named type, e.g. "uint32_t", "tt::tt_metal::Program", "bfloat16".
  clang::QualType type(const std::string& qualifiedName);
  /// A class template specialization, e.g. templateType("std::vector", {type("bfloat16")}).
  clang::QualType templateType(const std::string& qualifiedTemplate,
                               const std::vector<TemplateArg>& args);
  clang::QualType autoType();
  clang::QualType intType();
  clang::QualType floatType();
  clang::QualType boolType();
  clang::QualType voidType();
  clang::QualType charType();
  clang::QualType pointerType(clang::QualType pointee);

  // ---- literals ----------------------------------------------------------------------------
  clang::Expr* intLit(int64_t value);            // prints 5
  clang::Expr* uintLit(uint64_t value);          // prints 5U
  clang::Expr* floatLit(double value);           // prints 0.5F
  clang::Expr* boolLit(bool value);
  clang::Expr* stringLit(const std::string& value);
  /// A string literal printed raw, R"d(value)d" (AstSession::printRaw): multi-line text such as
  /// an embedded kernel stays readable and byte-exact.
  clang::Expr* rawStringLit(const std::string& value);

  // ---- references and calls ----------------------------------------------------------------
  /// A reference to a local variable.
  clang::Expr* ref(clang::VarDecl* var);
  /// A qualified reference to a function, enumerator or variable, e.g. "tt::CBIndex::c_0".
  clang::Expr* ref(const std::string& qualifiedName);
  /// A call to a (possibly overloaded) function by qualified name.
  clang::Expr* call(const std::string& qualifiedName, const std::vector<clang::Expr*>& args);
  /// A call with explicit template arguments, e.g. get_arg_val<uint32_t>(0).
  clang::Expr* callTemplate(const std::string& qualifiedName, const std::vector<TemplateArg>& targs,
                            const std::vector<clang::Expr*>& args);
  /// obj.method(args) or, with arrow, obj->method(args) (overloaded operator-> included).
  clang::Expr* memberCall(clang::Expr* object, const std::string& method,
                          const std::vector<clang::Expr*>& args, bool arrow = false);
  /// obj.field
  clang::Expr* member(clang::Expr* object, const std::string& field, bool arrow = false);
  /// T(args) or, with listInit, T{args}.
  clang::Expr* construct(clang::QualType type, const std::vector<clang::Expr*>& args,
                         bool listInit = false);
  /// T{.a = x, .b = y}
  clang::Expr* designatedInit(clang::QualType type, const std::vector<Designated>& fields);
  /// {.a = x, .b = y} (its type comes from where it is used, e.g. `const T v = {...};`).
  clang::Expr* designatedList(const std::vector<Designated>& fields);
  /// {a, b, c} (its type comes from where it is used).
  clang::Expr* initList(const std::vector<clang::Expr*>& elements);
  clang::Expr* staticCast(clang::QualType type, clang::Expr* e);
  /// `reinterpret_cast<T>(e)`: an address as a typed pointer (a kernel filling a CB page).
  clang::Expr* reinterpretCast(clang::QualType type, clang::Expr* e);
  clang::Expr* subscript(clang::Expr* base, clang::Expr* index);
  /// std::move(e) and friends are just calls; this helper names the intent.
  clang::Expr* move(clang::Expr* e) { return call("std::move", {e}); }

  // ---- operators (parentheses are added where precedence needs them) ------------------------
  clang::Expr* binary(clang::BinaryOperatorKind op, clang::Expr* lhs, clang::Expr* rhs);
  clang::Expr* add(clang::Expr* l, clang::Expr* r) { return binary(clang::BO_Add, l, r); }
  clang::Expr* sub(clang::Expr* l, clang::Expr* r) { return binary(clang::BO_Sub, l, r); }
  clang::Expr* mul(clang::Expr* l, clang::Expr* r) { return binary(clang::BO_Mul, l, r); }
  clang::Expr* div(clang::Expr* l, clang::Expr* r) { return binary(clang::BO_Div, l, r); }
  clang::Expr* rem(clang::Expr* l, clang::Expr* r) { return binary(clang::BO_Rem, l, r); }
  clang::Expr* lt(clang::Expr* l, clang::Expr* r) { return binary(clang::BO_LT, l, r); }
  clang::Expr* gt(clang::Expr* l, clang::Expr* r) { return binary(clang::BO_GT, l, r); }
  clang::Expr* assign(clang::Expr* l, clang::Expr* r) { return binary(clang::BO_Assign, l, r); }
  clang::Expr* unary(clang::UnaryOperatorKind op, clang::Expr* e);
  clang::Expr* paren(clang::Expr* e);

  // ---- declarations and statements ---------------------------------------------------------
  enum class VarKind { Plain, Const, Constexpr };
  /// `T name = init;` (copy-init). With autoType() the type is deduced (`auto`).
  clang::VarDecl* var(const std::string& name, clang::QualType type, clang::Expr* init,
                      VarKind kind = VarKind::Plain);
  /// `T name(args);` (direct-init) or, with no args, `T name;` (default-init).
  clang::VarDecl* varDirect(const std::string& name, clang::QualType type,
                            const std::vector<clang::Expr*>& args);
  clang::Stmt* declStmt(clang::VarDecl* var);
  clang::Stmt* exprStmt(clang::Expr* e);
  clang::Stmt* block(const std::vector<clang::Stmt*>& body);
  clang::Stmt* ifStmt(clang::Expr* cond, clang::Stmt* then, clang::Stmt* otherwise = nullptr);
  clang::Stmt* returnStmt(clang::Expr* value);

  /// `for (uint32_t iv = begin; iv < end; ++iv) { body }`. Call loopBegin to declare the
  /// induction variable (opening a scope), build the body, then loopEnd.
  clang::VarDecl* loopBegin(const std::string& iv, clang::QualType type, clang::Expr* begin);
  clang::Stmt* loopEnd(clang::VarDecl* iv, clang::Expr* end, const std::vector<clang::Stmt*>& body);

  // No range-based for: Sema builds its __range/__begin variables in the parser's current scope
  // (Sema::CurScope), which a LibTooling client cannot set. Loops are index loops.

  /// Resolves a qualified name to its single declaration (throws if missing or ambiguous).
  clang::NamedDecl* lookupOne(const std::string& qualifiedName);

  AstSession& session() { return s_; }

  /// Namespaces whose names print unqualified because the SDK makes them visible in the
  /// emitted context (compute kernels see `ckernel` through the JIT's wrappers).
  void setImplicitNamespaces(std::vector<std::string> names) { implicitNamespaces_ = std::move(names); }

  /// `cond ? a : b`
  clang::Expr* conditional(clang::Expr* cond, clang::Expr* a, clang::Expr* b);
  /// `Template(args)` with class template argument deduction, e.g. TensorAccessor(args, addr, n).
  clang::Expr* constructDeduced(const std::string& qualifiedTemplate,
                                const std::vector<clang::Expr*>& args);
  /// A constant-size array type `T[n]`.
  clang::QualType arrayType(clang::QualType element, uint64_t size);
  /// An lvalue reference to a type, e.g. `auto&`.
  clang::QualType lvalueRef(clang::QualType t);

 private:
  clang::SourceLocation loc() const { return s_.loc(); }
  clang::Expr* check(clang::ExprResult r, const std::string& what);
  clang::Stmt* check(clang::StmtResult r, const std::string& what);
  /// Looks up the last component of `qualifiedName` in the scope its prefix names and fills
  /// `ss` with the qualifier to print.
  void lookup(const std::string& qualifiedName, clang::LookupResult& result,
              clang::CXXScopeSpec& ss);
  clang::DeclContext* resolveContext(const std::vector<std::string>& parts,
                                     clang::CXXScopeSpec& ss);
  clang::Expr* parenthesizeOperand(clang::Expr* e, clang::BinaryOperatorKind parent, bool rhs);
  clang::TypeSourceInfo* tsi(clang::QualType t);
  clang::TemplateArgumentListInfo templateArgs(const std::vector<TemplateArg>& args);
  /// An empty ordinary-name lookup for the last component of `qualifiedName`.
  clang::LookupResult ordinaryLookup(const std::string& qualifiedName);

  AstSession& s_;
  std::vector<std::string> implicitNamespaces_;
};

}  // namespace tt_astgen
