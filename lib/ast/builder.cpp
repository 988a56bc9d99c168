#include "ast/builder.h"

#include <clang/AST/ExprCXX.h>
#include <clang/AST/QualTypeNames.h>
#include <clang/Sema/DeclSpec.h>
#include <clang/Sema/Designator.h>
#include <clang/Sema/Lookup.h>
#include <clang/Sema/Template.h>
#include <llvm/ADT/StringExtras.h>

#include <algorithm>

namespace tt_astgen {

namespace {

std::vector<std::string> splitQualified(const std::string& name) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t pos = name.find("::", start);
    parts.push_back(name.substr(start, pos == std::string::npos ? std::string::npos : pos - start));
    if (pos == std::string::npos) break;
    start = pos + 2;
  }
  return parts;
}

/// C++ binding strength of a binary operator (higher binds tighter).
int precedence(clang::BinaryOperatorKind op) {
  using namespace clang;
  switch (op) {
    case BO_PtrMemD: case BO_PtrMemI: return 15;
    case BO_Mul: case BO_Div: case BO_Rem: return 13;
    case BO_Add: case BO_Sub: return 12;
    case BO_Shl: case BO_Shr: return 11;
    case BO_Cmp: return 10;
    case BO_LT: case BO_GT: case BO_LE: case BO_GE: return 9;
    case BO_EQ: case BO_NE: return 8;
    case BO_And: return 7;
    case BO_Xor: return 6;
    case BO_Or: return 5;
    case BO_LAnd: return 4;
    case BO_LOr: return 3;
    case BO_Comma: return 0;
    default: return 1;  // assignments
  }
}

}  // namespace

clang::TemplateArgumentListInfo Builder::templateArgs(const std::vector<TemplateArg>& args) {
  clang::TemplateArgumentListInfo list(loc(), loc());  // valid <> locations: printed explicitly
  for (const TemplateArg& a : args) {
    if (a.expr)
      list.addArgument(clang::TemplateArgumentLoc(clang::TemplateArgument(a.expr), a.expr));
    else
      list.addArgument(clang::TemplateArgumentLoc(clang::TemplateArgument(a.type), tsi(a.type)));
  }
  return list;
}

clang::LookupResult Builder::ordinaryLookup(const std::string& qualifiedName) {
  return clang::LookupResult(s_.sema(), clang::DeclarationName(&s_.ctx().Idents.get(splitQualified(qualifiedName).back())),
                             loc(), clang::Sema::LookupOrdinaryName);
}

clang::TypeSourceInfo* Builder::tsi(clang::QualType t) {
  return s_.ctx().getTrivialTypeSourceInfo(t, loc());
}

clang::Expr* Builder::check(clang::ExprResult r, const std::string& what) {
  s_.checkNoErrors(what);
  if (r.isInvalid() || !r.get()) throw GeneratorError("Sema rejected " + what);
  return r.get();
}

clang::Stmt* Builder::check(clang::StmtResult r, const std::string& what) {
  s_.checkNoErrors(what);
  if (r.isInvalid() || !r.get()) throw GeneratorError("Sema rejected " + what);
  return r.get();
}

clang::DeclContext* Builder::resolveContext(const std::vector<std::string>& parts,
                                            clang::CXXScopeSpec& ss) {
  clang::ASTContext& c = s_.ctx();
  clang::Sema& sema = s_.sema();
  clang::DeclContext* dc = c.getTranslationUnitDecl();
  std::string spelled;
  for (const std::string& part : parts) {
    spelled += part + "::";
    clang::LookupResult r(sema, clang::DeclarationName(&c.Idents.get(part)), loc(),
                          clang::Sema::LookupNestedNameSpecifierName);
    sema.LookupQualifiedName(r, dc);
    clang::NamedDecl* found = r.isSingleResult() ? r.getFoundDecl() : nullptr;
    if (auto* ns = llvm::dyn_cast_or_null<clang::NamespaceDecl>(found)) {
      bool implicit = std::find(implicitNamespaces_.begin(), implicitNamespaces_.end(), part) !=
                      implicitNamespaces_.end();
      if (!implicit) ss.Extend(c, ns, loc(), loc());
      dc = ns;
    } else if (auto* tag = llvm::dyn_cast_or_null<clang::TagDecl>(found)) {
      clang::QualType t = c.getTypeDeclType(tag);
      ss.Extend(c, clang::SourceLocation(), tsi(t)->getTypeLoc(), loc());
      if (auto* def = tag->getDefinition()) dc = def;
      else dc = tag;
    } else {
      throw GeneratorError("mock headers declare no namespace or class '" + spelled + "'");
    }
  }
  return dc;
}

void Builder::lookup(const std::string& qualifiedName, clang::LookupResult& result,
                     clang::CXXScopeSpec& ss) {
  std::vector<std::string> parts = splitQualified(qualifiedName);
  std::string last = parts.back();
  parts.pop_back();
  clang::DeclContext* dc = resolveContext(parts, ss);
  if (auto* record = llvm::dyn_cast<clang::CXXRecordDecl>(dc))
    s_.sema().RequireCompleteType(loc(), s_.ctx().getTypeDeclType(record), 0);
  s_.sema().LookupQualifiedName(result, dc);
  if (result.empty())
    throw GeneratorError("mock headers declare no '" + qualifiedName + "'");
}

clang::NamedDecl* Builder::lookupOne(const std::string& qualifiedName) {
  clang::LookupResult r = ordinaryLookup(qualifiedName);
  clang::CXXScopeSpec ss;
  lookup(qualifiedName, r, ss);
  if (!r.isSingleResult()) throw GeneratorError("'" + qualifiedName + "' is ambiguous");
  return r.getFoundDecl();
}

// ---- types ---------------------------------------------------------------------------------

clang::QualType Builder::type(const std::string& qualifiedName) {
  clang::ASTContext& c = s_.ctx();
  if (qualifiedName == "double") return c.DoubleTy;
  if (qualifiedName == "float") return c.FloatTy;
  if (qualifiedName == "int") return c.IntTy;
  if (qualifiedName == "bool") return c.BoolTy;
  if (qualifiedName == "void") return c.VoidTy;
  clang::NamedDecl* d = lookupOne(qualifiedName);
  auto* td = llvm::dyn_cast<clang::TypeDecl>(d);
  if (!td) throw GeneratorError("'" + qualifiedName + "' is not a type");
  return clang::TypeName::getFullyQualifiedType(s_.ctx().getTypeDeclType(td), s_.ctx());
}

clang::QualType Builder::templateType(const std::string& qualifiedTemplate,
                                      const std::vector<TemplateArg>& args) {
  clang::NamedDecl* d = lookupOne(qualifiedTemplate);
  auto* td = llvm::dyn_cast<clang::TemplateDecl>(d);
  if (!td) throw GeneratorError("'" + qualifiedTemplate + "' is not a template");
  clang::TemplateArgumentListInfo list = templateArgs(args);
  clang::QualType t = s_.sema().CheckTemplateIdType(clang::TemplateName(td), loc(), list);
  s_.checkNoErrors("the type " + qualifiedTemplate + "<...>");
  if (t.isNull()) throw GeneratorError("Sema rejected the type " + qualifiedTemplate + "<...>");
  return clang::TypeName::getFullyQualifiedType(t, s_.ctx());
}

clang::QualType Builder::autoType() {
  return s_.ctx().getAutoType(clang::QualType(), clang::AutoTypeKeyword::Auto, false);
}
clang::QualType Builder::intType() { return s_.ctx().IntTy; }
clang::QualType Builder::floatType() { return s_.ctx().FloatTy; }
clang::QualType Builder::boolType() { return s_.ctx().BoolTy; }
clang::QualType Builder::voidType() { return s_.ctx().VoidTy; }
clang::QualType Builder::charType() { return s_.ctx().CharTy; }
clang::QualType Builder::pointerType(clang::QualType pointee) { return s_.ctx().getPointerType(pointee); }

// ---- literals ------------------------------------------------------------------------------

clang::Expr* Builder::intLit(int64_t value) {
  clang::ASTContext& c = s_.ctx();
  if (value < 0) return unary(clang::UO_Minus, intLit(-value));
  clang::QualType t = value <= 0x7fffffff ? c.IntTy : c.LongLongTy;
  return clang::IntegerLiteral::Create(c, llvm::APInt(c.getIntWidth(t), uint64_t(value)), t,
                                       loc());
}

clang::Expr* Builder::uintLit(uint64_t value) {
  clang::ASTContext& c = s_.ctx();
  clang::QualType t = value <= 0xffffffffULL ? c.UnsignedIntTy : c.UnsignedLongLongTy;
  return clang::IntegerLiteral::Create(c, llvm::APInt(c.getIntWidth(t), value), t, loc());
}

clang::Expr* Builder::floatLit(double value) {
  clang::ASTContext& c = s_.ctx();
  llvm::APFloat f(value);
  bool lost = false;
  f.convert(llvm::APFloat::IEEEsingle(), llvm::APFloat::rmNearestTiesToEven, &lost);
  return clang::FloatingLiteral::Create(c, f, !lost, c.FloatTy, loc());
}

clang::Expr* Builder::boolLit(bool value) {
  return check(s_.sema().ActOnCXXBoolLiteral(loc(), value ? clang::tok::kw_true
                                                          : clang::tok::kw_false),
               "a bool literal");
}

clang::Expr* Builder::stringLit(const std::string& value) {
  clang::ASTContext& c = s_.ctx();
  clang::QualType t = c.getStringLiteralArrayType(c.CharTy, value.size());
  return clang::StringLiteral::Create(c, value, clang::StringLiteralKind::Ordinary, false, t,
                                      loc());
}

clang::Expr* Builder::rawStringLit(const std::string& value) {
  auto* literal = llvm::cast<clang::StringLiteral>(stringLit(value));
  s_.printRaw(literal);
  return literal;
}

// ---- references and calls ------------------------------------------------------------------

clang::Expr* Builder::ref(clang::VarDecl* var) {
  clang::CXXScopeSpec ss;
  clang::DeclarationNameInfo info(var->getDeclName(), loc());
  return check(s_.sema().BuildDeclarationNameExpr(ss, info, var), "a reference to " +
                                                                      var->getNameAsString());
}

clang::Expr* Builder::ref(const std::string& qualifiedName) {
  clang::LookupResult r = ordinaryLookup(qualifiedName);
  clang::CXXScopeSpec ss;
  lookup(qualifiedName, r, ss);
  return check(s_.sema().BuildDeclarationNameExpr(ss, r, /*NeedsADL=*/false),
               "a reference to " + qualifiedName);
}

clang::Expr* Builder::call(const std::string& qualifiedName, const std::vector<clang::Expr*>& args) {
  clang::Expr* fn = ref(qualifiedName);
  std::vector<clang::Expr*> a(args);
  return check(s_.sema().ActOnCallExpr(s_.scope(), fn, loc(), a, loc()),
               "the call " + qualifiedName + "(" + std::to_string(args.size()) + " args)");
}

clang::Expr* Builder::callTemplate(const std::string& qualifiedName,
                                   const std::vector<TemplateArg>& targs,
                                   const std::vector<clang::Expr*>& args) {
  clang::LookupResult r = ordinaryLookup(qualifiedName);
  clang::CXXScopeSpec ss;
  lookup(qualifiedName, r, ss);
  clang::TemplateArgumentListInfo list = templateArgs(targs);
  clang::Expr* fn = check(s_.sema().BuildTemplateIdExpr(ss, clang::SourceLocation(), r,
                                                        /*RequiresADL=*/false, &list),
                          "the template-id " + qualifiedName + "<...>");
  std::vector<clang::Expr*> a(args);
  return check(s_.sema().ActOnCallExpr(s_.scope(), fn, loc(), a, loc()),
               "the call " + qualifiedName + "<...>(" + std::to_string(args.size()) + " args)");
}

clang::Expr* Builder::member(clang::Expr* object, const std::string& field, bool arrow) {
  clang::CXXScopeSpec ss;
  clang::UnqualifiedId id;
  id.setIdentifier(&s_.ctx().Idents.get(field), loc());
  // As the parser does: resolve an overloaded operator-> chain before the member lookup.
  clang::ParsedType objectType;
  bool mayBePseudoDestructor = false;
  object = check(s_.sema().ActOnStartCXXMemberReference(s_.scope(), object, loc(),
                                                        arrow ? clang::tok::arrow : clang::tok::period,
                                                        objectType, mayBePseudoDestructor),
                 "the object of ." + field);
  return check(s_.sema().ActOnMemberAccessExpr(s_.scope(), object, loc(),
                                               arrow ? clang::tok::arrow : clang::tok::period,
                                               ss, clang::SourceLocation(), id, nullptr),
               "the member access ." + field);
}

clang::Expr* Builder::memberCall(clang::Expr* object, const std::string& method,
                                 const std::vector<clang::Expr*>& args, bool arrow) {
  clang::Expr* fn = member(object, method, arrow);
  std::vector<clang::Expr*> a(args);
  return check(s_.sema().ActOnCallExpr(s_.scope(), fn, loc(), a, loc()),
               "the call ." + method + "(" + std::to_string(args.size()) + " args)");
}

clang::Expr* Builder::initList(const std::vector<clang::Expr*>& elements) {
  std::vector<clang::Expr*> e(elements);
  return check(s_.sema().ActOnInitList(loc(), e, loc()), "an initializer list");
}

clang::Expr* Builder::construct(clang::QualType type, const std::vector<clang::Expr*>& args,
                                bool listInit) {
  std::vector<clang::Expr*> a;
  if (listInit) a.push_back(initList(args));
  else a = args;
  return check(s_.sema().BuildCXXTypeConstructExpr(tsi(type), loc(), a, loc(), listInit),
               "the construction of " + type.getAsString(s_.printingPolicy()));
}

clang::Expr* Builder::designatedList(const std::vector<Designated>& fields) {
  std::vector<clang::Expr*> inits;
  for (const auto& [name, value] : fields) {
    clang::Designation d;
    d.AddDesignator(clang::Designator::CreateFieldDesignator(&s_.ctx().Idents.get(name), loc(),
                                                             loc()));
    inits.push_back(check(s_.sema().ActOnDesignatedInitializer(d, loc(), false, value),
                          "the designator ." + name));
  }
  return check(s_.sema().ActOnInitList(loc(), inits, loc()), "a designated list");
}

clang::Expr* Builder::designatedInit(clang::QualType type, const std::vector<Designated>& fields) {
  std::vector<clang::Expr*> a{designatedList(fields)};
  return check(s_.sema().BuildCXXTypeConstructExpr(tsi(type), loc(), a, loc(), true),
               "the designated initialization of " + type.getAsString(s_.printingPolicy()));
}

clang::Expr* Builder::staticCast(clang::QualType type, clang::Expr* e) {
  return check(s_.sema().BuildCXXNamedCast(loc(), clang::tok::kw_static_cast, tsi(type), e,
                                           clang::SourceRange(loc(), loc()),
                                           clang::SourceRange(loc(), loc())),
               "a static_cast to " + type.getAsString(s_.printingPolicy()));
}

clang::Expr* Builder::reinterpretCast(clang::QualType type, clang::Expr* e) {
  return check(s_.sema().BuildCXXNamedCast(loc(), clang::tok::kw_reinterpret_cast, tsi(type), e,
                                           clang::SourceRange(loc(), loc()),
                                           clang::SourceRange(loc(), loc())),
               "a reinterpret_cast to " + type.getAsString(s_.printingPolicy()));
}

clang::Expr* Builder::subscript(clang::Expr* base, clang::Expr* index) {
  std::vector<clang::Expr*> idx{index};
  return check(s_.sema().ActOnArraySubscriptExpr(s_.scope(), base, loc(), idx, loc()),
               "a subscript");
}

// ---- operators -----------------------------------------------------------------------------

clang::Expr* Builder::conditional(clang::Expr* cond, clang::Expr* a, clang::Expr* b) {
  return check(s_.sema().ActOnConditionalOp(loc(), loc(), parenthesizeOperand(cond, clang::BO_LOr, false), a, b),
               "a conditional expression");
}

clang::Expr* Builder::constructDeduced(const std::string& qualifiedTemplate,
                                       const std::vector<clang::Expr*>& args) {
  auto* td = llvm::dyn_cast<clang::TemplateDecl>(lookupOne(qualifiedTemplate));
  if (!td) throw GeneratorError("'" + qualifiedTemplate + "' is not a template");
  clang::QualType t = s_.ctx().getDeducedTemplateSpecializationType(clang::TemplateName(td),
                                                                    clang::QualType(), false);
  clang::Expr* e = construct(t, args);
  s_.printWithType(e, t);
  return e;
}

clang::QualType Builder::arrayType(clang::QualType element, uint64_t size) {
  return s_.ctx().getConstantArrayType(element, llvm::APInt(64, size), nullptr, clang::ArraySizeModifier::Normal, 0);
}

clang::QualType Builder::lvalueRef(clang::QualType t) { return s_.ctx().getLValueReferenceType(t); }

clang::Expr* Builder::paren(clang::Expr* e) {
  return check(s_.sema().ActOnParenExpr(loc(), loc(), e), "parentheses");
}

clang::Expr* Builder::parenthesizeOperand(clang::Expr* e, clang::BinaryOperatorKind parent,
                                          bool rhs) {
  clang::Expr* bare = e->IgnoreImplicit();
  int childPrec = 100;
  if (auto* bo = llvm::dyn_cast<clang::BinaryOperator>(bare)) childPrec = precedence(bo->getOpcode());
  else if (auto* op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(bare); op && op->isInfixBinaryOp())
    childPrec = precedence(clang::BinaryOperator::getOverloadedOpcode(op->getOperator()));
  else if (llvm::isa<clang::ConditionalOperator>(bare)) childPrec = 2;
  int parentPrec = precedence(parent);
  bool assignment = parentPrec == 1;
  if (childPrec < parentPrec || (childPrec == parentPrec && rhs && !assignment)) return paren(e);
  // Mixed arithmetic reads better, and clang-tidy asks for it: (a * b) + c.
  bool arithmetic = parentPrec == 12 || parentPrec == 13;
  if (arithmetic && childPrec != 100 && childPrec > parentPrec && (childPrec == 12 || childPrec == 13)) return paren(e);
  return e;
}

clang::Expr* Builder::binary(clang::BinaryOperatorKind op, clang::Expr* lhs, clang::Expr* rhs) {
  lhs = parenthesizeOperand(lhs, op, false);
  rhs = parenthesizeOperand(rhs, op, true);
  return check(s_.sema().BuildBinOp(s_.scope(), loc(), op, lhs, rhs),
               std::string("the operator ") + clang::BinaryOperator::getOpcodeStr(op).str());
}

clang::Expr* Builder::unary(clang::UnaryOperatorKind op, clang::Expr* e) {
  clang::Expr* bare = e->IgnoreImplicit();
  if (llvm::isa<clang::BinaryOperator>(bare) || llvm::isa<clang::ConditionalOperator>(bare))
    e = paren(e);
  return check(s_.sema().BuildUnaryOp(s_.scope(), loc(), op, e),
               std::string("the operator ") + clang::UnaryOperator::getOpcodeStr(op).str());
}

// ---- declarations and statements -------------------------------------------------------------

clang::VarDecl* Builder::var(const std::string& name, clang::QualType type, clang::Expr* init,
                             VarKind kind) {
  clang::ASTContext& c = s_.ctx();
  if (kind != VarKind::Plain && type->isReferenceType())
    throw GeneratorError("'" + name + "': a reference cannot be const-qualified; use a reference to const");
  clang::QualType declared = kind == VarKind::Const ? type.withConst() : type;
  clang::QualType semantic = kind == VarKind::Plain ? type : type.withConst();
  auto* vd = clang::VarDecl::Create(c, s_.sema().CurContext, loc(), loc(), &c.Idents.get(name),
                                    semantic, tsi(declared), clang::SC_None);
  if (kind == VarKind::Constexpr) vd->setConstexpr(true);
  s_.sema().AddInitializerToDecl(vd, init, /*DirectInit=*/false);
  s_.sema().FinalizeDeclaration(vd);
  s_.sema().PushOnScopeChains(vd, s_.scope(), /*AddToContext=*/true);
  s_.checkNoErrors("the declaration of " + name);
  if (vd->isInvalidDecl()) throw GeneratorError("Sema rejected the declaration of " + name);
  return vd;
}

clang::VarDecl* Builder::varDirect(const std::string& name, clang::QualType type,
                                   const std::vector<clang::Expr*>& args) {
  clang::ASTContext& c = s_.ctx();
  auto* vd = clang::VarDecl::Create(c, s_.sema().CurContext, loc(), loc(), &c.Idents.get(name),
                                    type, tsi(type), clang::SC_None);
  if (args.empty()) {
    s_.sema().ActOnUninitializedDecl(vd);
  } else {
    std::vector<clang::Expr*> a(args);
    clang::Expr* list = check(s_.sema().ActOnParenListExpr(loc(), loc(), a), "an argument list");
    s_.sema().AddInitializerToDecl(vd, list, /*DirectInit=*/true);
  }
  s_.sema().FinalizeDeclaration(vd);
  s_.sema().PushOnScopeChains(vd, s_.scope(), /*AddToContext=*/true);
  s_.checkNoErrors("the declaration of " + name);
  if (vd->isInvalidDecl()) throw GeneratorError("Sema rejected the declaration of " + name);
  return vd;
}

clang::Stmt* Builder::declStmt(clang::VarDecl* var) {
  return check(s_.sema().ActOnDeclStmt(s_.sema().ConvertDeclToDeclGroup(var), loc(), loc()),
               "a declaration statement");
}

clang::Stmt* Builder::exprStmt(clang::Expr* e) {
  return check(s_.sema().ActOnExprStmt(e, /*DiscardedValue=*/true), "an expression statement");
}

clang::Stmt* Builder::block(const std::vector<clang::Stmt*>& body) {
  return clang::CompoundStmt::Create(s_.ctx(), body, clang::FPOptionsOverride(), loc(), loc());
}

clang::Stmt* Builder::ifStmt(clang::Expr* cond, clang::Stmt* then, clang::Stmt* otherwise) {
  // Branches always get braces.
  if (!llvm::isa<clang::CompoundStmt>(then)) then = block({then});
  if (otherwise && !llvm::isa<clang::CompoundStmt>(otherwise) && !llvm::isa<clang::IfStmt>(otherwise))
    otherwise = block({otherwise});
  clang::Sema::ConditionResult c =
      s_.sema().ActOnCondition(s_.scope(), loc(), cond, clang::Sema::ConditionKind::Boolean);
  if (c.isInvalid()) throw GeneratorError("Sema rejected an if condition");
  return check(s_.sema().ActOnIfStmt(loc(), clang::IfStatementKind::Ordinary, loc(), nullptr, c,
                                     loc(), then, otherwise ? loc() : clang::SourceLocation(),
                                     otherwise),
               "an if statement");
}

clang::Stmt* Builder::returnStmt(clang::Expr* value) {
  return check(s_.sema().BuildReturnStmt(loc(), value), "a return statement");
}

clang::VarDecl* Builder::loopBegin(const std::string& iv, clang::QualType type,
                                   clang::Expr* begin) {
  s_.pushBlockScope();
  return var(iv, type, begin);
}

clang::Stmt* Builder::loopEnd(clang::VarDecl* iv, clang::Expr* end,
                              const std::vector<clang::Stmt*>& body) {
  clang::Stmt* init = declStmt(iv);
  clang::Sema::ConditionResult cond = s_.sema().ActOnCondition(
      s_.scope(), loc(), lt(ref(iv), end), clang::Sema::ConditionKind::Boolean);
  if (cond.isInvalid()) throw GeneratorError("Sema rejected a loop condition");
  clang::Expr* inc = unary(clang::UO_PreInc, ref(iv));
  clang::Stmt* loop = check(
      s_.sema().ActOnForStmt(loc(), loc(), init, cond, s_.sema().MakeFullDiscardedValueExpr(inc),
                             loc(), block(body)),
      "a for loop over " + iv->getNameAsString());
  s_.popBlockScope();
  return loop;
}

}  // namespace tt_astgen
