#include "check/cb_summary.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/AST/Stmt.h>
#include <clang/AST/StmtCXX.h>
#include <clang/Basic/SourceManager.h>

#include <algorithm>
#include <functional>
#include <set>

#include "check/checks/check_support.h"
#include "tt_astgen/mock_headers.h"

namespace tt_astgen::cbsum {

// ---- expressions -----------------------------------------------------------------------------

namespace {

int64_t wrapTo(int64_t v, unsigned bits, bool isSigned) {
  if (bits == 0 || bits >= 64) return v;
  const uint64_t mask = (uint64_t(1) << bits) - 1;
  uint64_t u = uint64_t(v) & mask;
  if (isSigned && ((u >> (bits - 1)) & 1)) return int64_t(u | ~mask);
  return int64_t(u);
}

SymRef node(Op op, std::vector<SymRef> kids, unsigned bits, bool isSigned, int64_t value) {
  auto s = std::make_shared<Sym>();
  s->op = op;
  s->kids = std::move(kids);
  s->bits = bits;
  s->isSigned = isSigned;
  s->value = value;
  return s;
}

bool isLoopOp(Op op) { return op == Op::Sum || op == Op::MaxOver || op == Op::LoopNeed; }

}  // namespace

SymRef constant(int64_t v) { return node(Op::Const, {}, 64, true, v); }
SymRef unknown() {
  static const SymRef u = node(Op::Unknown, {}, 64, true, 0);
  return u;
}
SymRef leaf(Op op, int64_t index, unsigned bits, bool isSigned) { return node(op, {}, bits, isSigned, index); }

bool isConst(const SymRef& e, int64_t* v) {
  if (!e || e->op != Op::Const) return false;
  if (v) *v = e->value;
  return true;
}
bool isUnknown(const SymRef& e) { return !e || e->op == Op::Unknown; }

bool mentionsLoopVar(const SymRef& e, int64_t id) {
  if (!e) return false;
  if (e->op == Op::LoopVar) return e->value == id;
  for (const auto& k : e->kids)
    if (mentionsLoopVar(k, id)) return true;
  return false;
}

bool mentionsRuntime(const SymRef& e) {
  if (!e) return false;
  if (e->op == Op::Arg || e->op == Op::CommonArg || e->op == Op::LoopVar) return true;
  for (const auto& k : e->kids)
    if (mentionsRuntime(k)) return true;
  return false;
}

bool sameExpr(const SymRef& a, const SymRef& b) {
  if (a == b) return true;
  if (!a || !b || a->op != b->op || a->value != b->value || a->bits != b->bits || a->isSigned != b->isSigned ||
      a->kids.size() != b->kids.size() || a->op == Op::Unknown)
    return false;
  for (size_t i = 0; i < a->kids.size(); ++i)
    if (!sameExpr(a->kids[i], b->kids[i])) return false;
  return true;
}

SymRef make(Op op, std::vector<SymRef> kids, unsigned bits, bool isSigned, int64_t value) {
  if (op == Op::Select) {
    int64_t c;
    if (isConst(kids[0], &c)) return c ? kids[1] : kids[2];
    if (sameExpr(kids[1], kids[2])) return kids[1];
    if (isUnknown(kids[1]) || isUnknown(kids[2])) return unknown();
    return node(op, std::move(kids), bits, isSigned, value);
  }
  if (op == Op::Cast && kids[0]->op == Op::Const) return constant(wrapTo(kids[0]->value, bits, isSigned));
  bool allConst = true;
  for (const auto& k : kids) {
    if (isUnknown(k)) return unknown();
    allConst = allConst && k->op == Op::Const;
  }
  if (allConst && !kids.empty() && !isLoopOp(op)) {
    SymEnv env;
    SymRef n = node(op, kids, bits, isSigned, value);
    auto v = evaluate(n, env);
    return v ? constant(*v) : unknown();
  }
  int64_t c;
  switch (op) {
    case Op::Add:
      if (isConst(kids[0], &c) && c == 0) return kids[1];
      if (isConst(kids[1], &c) && c == 0) return kids[0];
      break;
    case Op::Sub:
      if (isConst(kids[1], &c) && c == 0) return kids[0];
      break;
    case Op::Mul:
      if (isConst(kids[0], &c) && c == 1) return kids[1];
      if (isConst(kids[1], &c) && c == 1) return kids[0];
      if ((isConst(kids[0], &c) && c == 0) || (isConst(kids[1], &c) && c == 0)) return constant(0);
      break;
    case Op::Max:
    case Op::Min:
      if (sameExpr(kids[0], kids[1])) return kids[0];
      break;
    default:
      break;
  }
  return node(op, std::move(kids), bits, isSigned, value);
}

SymRef add(SymRef a, SymRef b) { return make(Op::Add, {std::move(a), std::move(b)}); }
SymRef sub(SymRef a, SymRef b) { return make(Op::Sub, {std::move(a), std::move(b)}); }
SymRef mul(SymRef a, SymRef b) { return make(Op::Mul, {std::move(a), std::move(b)}); }
SymRef max(SymRef a, SymRef b) { return make(Op::Max, {std::move(a), std::move(b)}); }
SymRef select(SymRef c, SymRef a, SymRef b) { return make(Op::Select, {std::move(c), std::move(a), std::move(b)}); }

namespace {

std::optional<int64_t> lookupArg(const std::optional<std::vector<std::optional<int64_t>>>& list, int64_t i,
                                 const char* what, SymEnv& env) {
  if (!list) {
    if (env.why.empty()) env.why = std::string("the ") + what + "s are not known";
    return std::nullopt;
  }
  if (i < 0 || size_t(i) >= list->size() || !(*list)[size_t(i)]) {
    if (env.why.empty()) env.why = std::string(what) + " " + std::to_string(i) + " is not known";
    return std::nullopt;
  }
  return (*list)[size_t(i)];
}

constexpr int64_t kMaxIterations = 1'000'000;

}  // namespace

std::optional<int64_t> evaluate(const SymRef& e, SymEnv& env) {
  if (!e) return std::nullopt;
  if (--env.budget < 0) {
    if (env.why.empty()) env.why = "too much to evaluate";
    return std::nullopt;
  }
  auto wrap = [&](int64_t v) { return wrapTo(v, e->bits, e->isSigned); };
  auto kid = [&](size_t i) { return evaluate(e->kids[i], env); };
  switch (e->op) {
    case Op::Const: return e->value;
    case Op::Unknown:
      if (env.why.empty()) env.why = "a value the summary cannot name";
      return std::nullopt;
    case Op::Arg: {
      auto v = lookupArg(env.args, e->value, "runtime argument", env);
      return v ? std::optional(wrap(*v)) : std::nullopt;
    }
    case Op::CommonArg: {
      auto v = lookupArg(env.commonArgs, e->value, "common runtime argument", env);
      return v ? std::optional(wrap(*v)) : std::nullopt;
    }
    case Op::CtArg: {
      auto v = lookupArg(env.ctArgs, e->value, "compile-time argument", env);
      return v ? std::optional(wrap(*v)) : std::nullopt;
    }
    case Op::LoopVar: {
      auto it = env.loopVars.find(e->value);
      if (it == env.loopVars.end()) return std::nullopt;
      return wrap(it->second);
    }
    case Op::Cast: {
      auto a = kid(0);
      return a ? std::optional(wrap(*a)) : std::nullopt;
    }
    case Op::Select: {
      auto c = kid(0);
      if (c) return *c ? kid(1) : kid(2);
      std::string why = env.why;
      auto a = kid(1), b = kid(2);
      if (a && b && *a == *b) {
        env.why = why;
        return a;
      }
      return std::nullopt;
    }
    case Op::LAnd: {
      auto a = kid(0);
      if (a && !*a) return 0;
      auto b = kid(1);
      if (b && !*b) return 0;
      if (a && b) return 1;
      return std::nullopt;
    }
    case Op::LOr: {
      auto a = kid(0);
      if (a && *a) return 1;
      auto b = kid(1);
      if (b && *b) return 1;
      if (a && b) return 0;
      return std::nullopt;
    }
    case Op::Not: {
      auto a = kid(0);
      return a ? std::optional<int64_t>(!*a) : std::nullopt;
    }
    case Op::Trip: {
      auto a = kid(0), b = kid(1), s = kid(2);
      if (!a || !b || !s) return std::nullopt;
      if (*s <= 0) {
        if (env.why.empty()) env.why = "a loop step that is not positive";
        return std::nullopt;
      }
      const int64_t A = wrap(*a), B = wrap(*b), S = *s;
      switch (TripKind(e->value)) {
        case TripKind::Lt: return A < B ? (B - A + S - 1) / S : 0;
        case TripKind::Le: return A <= B ? (B - A) / S + 1 : 0;
        case TripKind::Gt: return A > B ? (A - B + S - 1) / S : 0;
        case TripKind::Ge:
          if (!e->isSigned && B == 0) break;  // unsigned i >= 0: never ends
          return A >= B ? (A - B) / S + 1 : 0;
        case TripKind::Ne:
          if (B >= A && (B - A) % S == 0) return (B - A) / S;
          break;
      }
      if (env.why.empty()) env.why = "a loop that may not end";
      return std::nullopt;
    }
    case Op::Sum:
    case Op::MaxOver:
    case Op::LoopNeed: {
      auto count = kid(2);
      if (!count) return std::nullopt;
      if (*count <= 0) return 0;
      const int64_t id = e->value;
      const bool dependent = mentionsLoopVar(e->kids[3], id) || (e->kids.size() > 4 && mentionsLoopVar(e->kids[4], id));
      if (!dependent) {
        auto body = kid(3);
        if (!body) return std::nullopt;
        if (e->op == Op::Sum) return *count * *body;
        if (e->op == Op::MaxOver) return std::max<int64_t>(0, *body);
        auto need = kid(4);
        if (!need) return std::nullopt;
        return (*count - 1) * *body + *need;
      }
      if (*count > kMaxIterations) {
        if (env.why.empty()) env.why = "a loop too long to evaluate per iteration";
        return std::nullopt;
      }
      auto start = kid(0), step = kid(1);
      if (!start || !step) return std::nullopt;
      int64_t acc = 0, best = 0;
      for (int64_t k = 0; k < *count; ++k) {
        env.loopVars[id] = *start + k * *step;
        auto body = kid(3);
        if (!body) return env.loopVars.erase(id), std::nullopt;
        if (e->op == Op::LoopNeed) {
          auto need = kid(4);
          if (!need) return env.loopVars.erase(id), std::nullopt;
          best = std::max(best, acc + *need);
        } else if (e->op == Op::MaxOver) {
          best = std::max(best, *body);
        }
        acc += *body;
      }
      env.loopVars.erase(id);
      return e->op == Op::Sum ? acc : best;
    }
    default:
      break;
  }
  // Binary operators.
  auto a = kid(0), b = kid(1);
  if (!a || !b) return std::nullopt;
  const int64_t A = *a, B = *b;
  switch (e->op) {
    case Op::Add: return wrap(A + B);
    case Op::Sub: return wrap(A - B);
    case Op::Mul: return wrap(A * B);
    case Op::Div:
      if (B == 0) return std::nullopt;
      return wrap(A / B);
    case Op::Mod:
      if (B == 0) return std::nullopt;
      return wrap(A % B);
    case Op::Shl:
      if (B < 0 || B >= 63) return std::nullopt;
      return wrap(int64_t(uint64_t(A) << B));
    case Op::Shr:
      if (B < 0 || B >= 63) return std::nullopt;
      return wrap(A >> B);
    case Op::BitAnd: return wrap(A & B);
    case Op::BitOr: return wrap(A | B);
    case Op::BitXor: return wrap(A ^ B);
    case Op::Min: return std::min(A, B);
    case Op::Max: return std::max(A, B);
    case Op::Lt: return A < B;
    case Op::Le: return A <= B;
    case Op::Eq: return A == B;
    case Op::Ne: return A != B;
    default: return std::nullopt;
  }
}

std::string toString(const SymRef& e) {
  if (!e) return "?";
  auto k = [&](size_t i) { return toString(e->kids[i]); };
  auto bin = [&](const char* op) { return "(" + k(0) + " " + op + " " + k(1) + ")"; };
  switch (e->op) {
    case Op::Const: return std::to_string(e->value);
    case Op::Unknown: return "?";
    case Op::Arg: return "rt[" + std::to_string(e->value) + "]";
    case Op::CommonArg: return "crt[" + std::to_string(e->value) + "]";
    case Op::CtArg: return "ct[" + std::to_string(e->value) + "]";
    case Op::LoopVar: return "i" + std::to_string(e->value);
    case Op::Cast: return k(0);
    case Op::Add: return bin("+");
    case Op::Sub: return bin("-");
    case Op::Mul: return bin("*");
    case Op::Div: return bin("/");
    case Op::Mod: return bin("%");
    case Op::Shl: return bin("<<");
    case Op::Shr: return bin(">>");
    case Op::BitAnd: return bin("&");
    case Op::BitOr: return bin("|");
    case Op::BitXor: return bin("^");
    case Op::Lt: return bin("<");
    case Op::Le: return bin("<=");
    case Op::Eq: return bin("==");
    case Op::Ne: return bin("!=");
    case Op::LAnd: return bin("&&");
    case Op::LOr: return bin("||");
    case Op::Not: return "!" + k(0);
    case Op::Min: return "min(" + k(0) + ", " + k(1) + ")";
    case Op::Max: return "max(" + k(0) + ", " + k(1) + ")";
    case Op::Select: return "(" + k(0) + " ? " + k(1) + " : " + k(2) + ")";
    case Op::Trip: {
      static const char* ops[] = {"<", "<=", "!=", ">", ">="};
      return "trip(" + k(0) + " " + ops[e->value] + " " + k(1) + ", step " + k(2) + ")";
    }
    case Op::Sum:
    case Op::MaxOver:
    case Op::LoopNeed: {
      std::string v = "i" + std::to_string(e->value);
      std::string head = e->op == Op::Sum ? "sum" : e->op == Op::MaxOver ? "maxover" : "need";
      std::string out = head + "(" + v + " = " + k(0) + " step " + k(1) + ", " + k(2) + " times: " + k(3);
      if (e->kids.size() > 4) out += ", " + k(4);
      return out + ")";
    }
  }
  return "?";
}

// ---- the summarizer --------------------------------------------------------------------------

namespace {

using namespace clang;

enum class CbCall { None, Reserve, Push, Wait, Pop };

CbCall cbCallKind(const FunctionDecl* fn) {
  if (!fn || !fn->getIdentifier()) return CbCall::None;
  llvm::StringRef n = fn->getName();
  if (n == "cb_reserve_back") return CbCall::Reserve;
  if (n == "cb_push_back") return CbCall::Push;
  if (n == "cb_wait_front") return CbCall::Wait;
  if (n == "cb_pop_front") return CbCall::Pop;
  return CbCall::None;
}

/// One CB's traffic over a stretch of code (relative to its start).
struct Acc {
  SymRef cb;
  SymRef reserved = constant(0), pushed = constant(0), waited = constant(0), popped = constant(0);
  SymRef reserveNeed = constant(0), waitNeed = constant(0), maxReserve = constant(0), maxWait = constant(0);
  bool reserves = false, pushes = false, waits = false, pops = false;
  bool runtimeReserve = false, runtimeWait = false;
  Pos firstReserve, firstPush, firstWait, firstPop;
  bool producerSide() const { return reserves || pushes; }
  bool consumerSide() const { return waits || pops; }
};
using Traffic = std::map<std::string, Acc>;

void mergeLocs(Acc& a, const Acc& b) {
  if (!a.firstReserve.valid()) a.firstReserve = b.firstReserve;
  if (!a.firstPush.valid()) a.firstPush = b.firstPush;
  if (!a.firstWait.valid()) a.firstWait = b.firstWait;
  if (!a.firstPop.valid()) a.firstPop = b.firstPop;
  a.reserves |= b.reserves;
  a.pushes |= b.pushes;
  a.waits |= b.waits;
  a.pops |= b.pops;
  a.runtimeReserve |= b.runtimeReserve;
  a.runtimeWait |= b.runtimeWait;
}

/// a; b
void sequence(Traffic& a, const Traffic& b) {
  for (const auto& [key, B] : b) {
    auto [it, fresh] = a.try_emplace(key);
    Acc& A = it->second;
    if (fresh) A.cb = B.cb;
    if (B.producerSide()) {
      A.reserveNeed = max(A.reserveNeed, add(A.pushed, B.reserveNeed));
      A.pushed = add(A.pushed, B.pushed);
      A.reserved = add(A.reserved, B.reserved);
      A.maxReserve = max(A.maxReserve, B.maxReserve);
    }
    if (B.consumerSide()) {
      A.waitNeed = max(A.waitNeed, add(A.popped, B.waitNeed));
      A.popped = add(A.popped, B.popped);
      A.waited = add(A.waited, B.waited);
      A.maxWait = max(A.maxWait, B.maxWait);
    }
    mergeLocs(A, B);
  }
}

/// cond ? a : b
Traffic branch(const SymRef& cond, const Traffic& a, const Traffic& b) {
  Traffic out;
  std::set<std::string> keys;
  for (const auto& [k, _] : a) keys.insert(k);
  for (const auto& [k, _] : b) keys.insert(k);
  static const Acc zero;
  for (const auto& key : keys) {
    auto ia = a.find(key), ib = b.find(key);
    const Acc& A = ia != a.end() ? ia->second : zero;
    const Acc& B = ib != b.end() ? ib->second : zero;
    Acc& O = out[key];
    O.cb = ia != a.end() ? A.cb : B.cb;
    O.reserved = select(cond, A.reserved, B.reserved);
    O.pushed = select(cond, A.pushed, B.pushed);
    O.waited = select(cond, A.waited, B.waited);
    O.popped = select(cond, A.popped, B.popped);
    O.reserveNeed = select(cond, A.reserveNeed, B.reserveNeed);
    O.waitNeed = select(cond, A.waitNeed, B.waitNeed);
    O.maxReserve = select(cond, A.maxReserve, B.maxReserve);
    O.maxWait = select(cond, A.maxWait, B.maxWait);
    mergeLocs(O, A);
    mergeLocs(O, B);
  }
  return out;
}

/// `count` iterations of `body`, whose loop variable `id` starts at `start` and moves by `step`.
Traffic repeat(const Traffic& body, const SymRef& count, int64_t id, const SymRef& start, const SymRef& step) {
  Traffic out;
  for (const auto& [key, B] : body) {
    Acc& O = out[key];
    O.cb = B.cb;
    mergeLocs(O, B);
    auto sumOf = [&](const SymRef& x) {
      if (!mentionsLoopVar(x, id)) return mul(count, x);
      return make(Op::Sum, {start, step, count, x}, 64, true, id);
    };
    auto maxOf = [&](const SymRef& x) {
      if (!mentionsLoopVar(x, id)) return select(make(Op::Lt, {constant(0), count}), x, constant(0));
      return make(Op::MaxOver, {start, step, count, x}, 64, true, id);
    };
    auto needOf = [&](const SymRef& perIteration, const SymRef& need) {
      if (!mentionsLoopVar(perIteration, id) && !mentionsLoopVar(need, id))
        return select(make(Op::Lt, {constant(0), count}), add(mul(sub(count, constant(1)), perIteration), need),
                      constant(0));
      return make(Op::LoopNeed, {start, step, count, perIteration, need}, 64, true, id);
    };
    if (B.producerSide()) {
      O.reserved = sumOf(B.reserved);
      O.pushed = sumOf(B.pushed);
      O.reserveNeed = needOf(B.pushed, B.reserveNeed);
      O.maxReserve = maxOf(B.maxReserve);
    }
    if (B.consumerSide()) {
      O.waited = sumOf(B.waited);
      O.popped = sumOf(B.popped);
      O.waitNeed = needOf(B.popped, B.waitNeed);
      O.maxWait = maxOf(B.maxWait);
    }
  }
  return out;
}

void taint(Traffic& t, const std::set<std::string>& keys) {
  for (const auto& key : keys) {
    auto it = t.find(key);
    if (it == t.end()) continue;
    Acc& A = it->second;
    if (A.producerSide()) A.reserved = A.pushed = A.reserveNeed = A.maxReserve = unknown();
    if (A.consumerSide()) A.waited = A.popped = A.waitNeed = A.maxWait = unknown();
  }
}

Pos posOf(SourceLocation loc, const SourceManager& sm) {
  checks::Loc l = checks::locOf(loc, sm);
  return {l.file, l.line, l.column};
}

bool inMock(const Decl* d, const SourceManager& sm) {
  SourceLocation loc = sm.getExpansionLoc(d->getLocation());
  llvm::StringRef name = sm.getFilename(loc);
  return name.starts_with(llvm::StringRef(kMockRoot.data(), kMockRoot.size()));
}

/// Variables a statement may change: assigned, incremented, address taken, bound to a non-const
/// reference.
class ModifiedVars : public RecursiveASTVisitor<ModifiedVars> {
 public:
  std::set<const VarDecl*> vars;
  static const VarDecl* base(const Expr* e) {
    while (e) {
      e = e->IgnoreParenImpCasts();
      if (auto* r = dyn_cast<DeclRefExpr>(e)) return dyn_cast<VarDecl>(r->getDecl());
      if (auto* m = dyn_cast<MemberExpr>(e)) { e = m->getBase(); continue; }
      if (auto* a = dyn_cast<ArraySubscriptExpr>(e)) { e = a->getBase(); continue; }
      return nullptr;
    }
    return nullptr;
  }
  bool VisitBinaryOperator(BinaryOperator* b) {
    if (b->isAssignmentOp())
      if (auto* v = base(b->getLHS())) vars.insert(v);
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator* u) {
    if (u->isIncrementDecrementOp() || u->getOpcode() == UO_AddrOf)
      if (auto* v = base(u->getSubExpr())) vars.insert(v);
    return true;
  }
  bool VisitCallExpr(CallExpr* c) {
    const FunctionDecl* fn = c->getDirectCallee();
    for (unsigned i = 0; i < c->getNumArgs(); ++i) {
      bool byRef = true;  // unknown callee: assume it may write through a reference
      if (fn && i < fn->getNumParams()) {
        QualType t = fn->getParamDecl(i)->getType();
        byRef = t->isReferenceType() && !t.getNonReferenceType().isConstQualified();
      }
      if (byRef && c->getArg(i)->isLValue())
        if (auto* v = base(c->getArg(i))) vars.insert(v);
    }
    if (auto* m = dyn_cast<CXXMemberCallExpr>(c))
      if (auto* md = m->getMethodDecl(); md && !md->isConst())
        if (auto* v = base(m->getImplicitObjectArgument())) vars.insert(v);
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr* c) {
    if (c->isAssignmentOp() || c->getOperator() == OO_PlusPlus || c->getOperator() == OO_MinusMinus)
      if (c->getNumArgs() > 0)
        if (auto* v = base(c->getArg(0))) vars.insert(v);
    return true;
  }
};

/// Whether a loop body leaves its iteration early (break/continue of this loop) or the function
/// (return, goto).
class Escapes : public RecursiveASTVisitor<Escapes> {
 public:
  bool loopExit = false, functionExit = false;
  int depth = 0;      // nested loops
  int switches = 0;   // nested switches (break belongs to them)
  bool TraverseForStmt(ForStmt* s) { return nested(s); }
  bool TraverseWhileStmt(WhileStmt* s) { return nested(s); }
  bool TraverseDoStmt(DoStmt* s) { return nested(s); }
  bool TraverseCXXForRangeStmt(CXXForRangeStmt* s) { return nested(s); }
  bool TraverseSwitchStmt(SwitchStmt* s) {
    ++switches;
    bool r = RecursiveASTVisitor::TraverseSwitchStmt(s);
    --switches;
    return r;
  }
  bool TraverseLambdaExpr(LambdaExpr*) { return true; }
  bool VisitBreakStmt(BreakStmt*) {
    if (depth == 0 && switches == 0) loopExit = true;
    return true;
  }
  bool VisitContinueStmt(ContinueStmt*) {
    if (depth == 0) loopExit = true;
    return true;
  }
  bool VisitReturnStmt(ReturnStmt*) { return functionExit = true; }
  bool VisitGotoStmt(GotoStmt*) { return functionExit = true; }
  bool VisitIndirectGotoStmt(IndirectGotoStmt*) { return functionExit = true; }

 private:
  template <class S>
  bool nested(S* s) {
    ++depth;
    int saved = switches;
    switches = 0;
    bool r = RecursiveASTVisitor::TraverseStmt(s->getBody());
    switches = saved;
    --depth;
    return r;
  }
};

/// Whether an expression reads get_ct_arg / get_compile_time_arg_val (never folded by clang:
/// the checker may have compiled with a permissive list instead of the host's values).
class ReadsCtArg : public RecursiveASTVisitor<ReadsCtArg> {
 public:
  bool found = false;
  bool VisitCallExpr(CallExpr* c) {
    if (auto* fn = c->getDirectCallee(); fn && fn->getIdentifier() &&
                                         (fn->getName() == "get_ct_arg" || fn->getName() == "get_compile_time_arg_val"))
      found = true;
    return !found;
  }
  bool VisitDeclRefExpr(DeclRefExpr* r) {
    if (auto* v = dyn_cast<VarDecl>(r->getDecl()); v && v->hasInit() && v->getType().isConstQualified() && !seen.count(v)) {
      seen.insert(v);
      TraverseStmt(const_cast<Expr*>(v->getInit()));
    }
    return !found;
  }
  std::set<const VarDecl*> seen;
};

class Summarizer {
 public:
  Summarizer(ASTContext& ctx, KernelSummary& out) : ctx_(ctx), sm_(ctx.getSourceManager()), out_(out) {}

  void run(const FunctionDecl* entry) {
    const Stmt* body = entry->getBody();
    if (!body) return;
    out_.found = true;
    out_.entry = entry->getNameAsString();
    out_.at = posOf(entry->getLocation(), sm_);
    stack_.push_back(entry);
    walkBody(body);
    stack_.pop_back();
    for (auto& [key, a] : cur_) {
      CbTraffic t;
      t.cb = a.cb;
      t.reserved = a.reserved, t.pushed = a.pushed, t.waited = a.waited, t.popped = a.popped;
      t.reserveNeed = a.reserveNeed, t.waitNeed = a.waitNeed, t.maxReserve = a.maxReserve, t.maxWait = a.maxWait;
      t.reserves = a.reserves, t.pushes = a.pushes, t.waits = a.waits, t.pops = a.pops;
      t.runtimeReserve = a.runtimeReserve, t.runtimeWait = a.runtimeWait;
      t.firstReserve = a.firstReserve, t.firstPush = a.firstPush, t.firstWait = a.firstWait, t.firstPop = a.firstPop;
      out_.cbs.push_back(std::move(t));
    }
    out_.program = std::move(steps_);
  }

 private:
  using Env = std::map<const VarDecl*, SymRef>;

  void why(const Stmt* s, std::string what) { out_.unknowns.push_back({posOf(s->getBeginLoc(), sm_), std::move(what)}); }
  void giveUp(const Stmt* s, std::string what) {
    out_.allUnknown = true;
    why(s, std::move(what));
  }

  static std::pair<unsigned, bool> typeOf(const ASTContext& ctx, QualType t) {
    if (t.isNull()) return {64, true};
    t = t.getCanonicalType();
    if (t->isBooleanType()) return {1, false};
    if (!t->isIntegralOrEnumerationType()) return {64, true};
    return {unsigned(ctx.getIntWidth(t)), t->isSignedIntegerOrEnumerationType()};
  }

  // -- expressions --

  SymRef valueOf(const VarDecl* v, int depth) {
    auto it = env_.find(v);
    if (it != env_.end()) return it->second;
    if (v->hasInit() && (v->getType().isConstQualified() || v->isConstexpr()) && v->getType()->isIntegralOrEnumerationType())
      return sym(v->getInit(), depth + 1);
    return unknown();
  }

  SymRef sym(const Expr* e, int depth = 0) {
    if (!e || depth > 48 || e->isValueDependent() || e->containsErrors()) return unknown();
    e = e->IgnoreParens();
    auto [bits, sgn] = typeOf(ctx_, e->getType());
    if (auto* lit = dyn_cast<IntegerLiteral>(e)) return constant(wrapTo(int64_t(lit->getValue().getZExtValue()), bits, sgn));
    if (auto* b = dyn_cast<CXXBoolLiteralExpr>(e)) return constant(b->getValue());
    if (auto* c = dyn_cast<CharacterLiteral>(e)) return constant(c->getValue());
    if (auto* s = dyn_cast<SubstNonTypeTemplateParmExpr>(e)) return sym(s->getReplacement(), depth + 1);
    if (auto* c = dyn_cast<ExprWithCleanups>(e)) return sym(c->getSubExpr(), depth + 1);
    if (auto* c = dyn_cast<ConstantExpr>(e)) return sym(c->getSubExpr(), depth + 1);
    if (auto* m = dyn_cast<MaterializeTemporaryExpr>(e)) return sym(m->getSubExpr(), depth + 1);
    if (auto* c = dyn_cast<CastExpr>(e)) {
      switch (c->getCastKind()) {
        case CK_LValueToRValue:
        case CK_NoOp:
          return sym(c->getSubExpr(), depth + 1);
        case CK_IntegralCast:
        case CK_IntegralToBoolean:
        case CK_BooleanToSignedIntegral:
          if (c->getCastKind() == CK_IntegralToBoolean)
            return make(Op::Ne, {sym(c->getSubExpr(), depth + 1), constant(0)}, 1, false);
          return make(Op::Cast, {sym(c->getSubExpr(), depth + 1)}, bits, sgn);
        default:
          if (c->getType()->isIntegralOrEnumerationType() && c->getSubExpr()->getType()->isIntegralOrEnumerationType())
            return make(Op::Cast, {sym(c->getSubExpr(), depth + 1)}, bits, sgn);
          return unknown();
      }
    }
    if (auto* r = dyn_cast<DeclRefExpr>(e)) {
      if (auto* ec = dyn_cast<EnumConstantDecl>(r->getDecl())) return constant(ec->getInitVal().getExtValue());
      if (auto* v = dyn_cast<VarDecl>(r->getDecl())) return valueOf(v, depth);
      return unknown();
    }
    if (auto* u = dyn_cast<UnaryOperator>(e)) {
      switch (u->getOpcode()) {
        case UO_Plus: return sym(u->getSubExpr(), depth + 1);
        case UO_Minus: return make(Op::Sub, {constant(0), sym(u->getSubExpr(), depth + 1)}, bits, sgn);
        case UO_Not: return make(Op::BitXor, {sym(u->getSubExpr(), depth + 1), constant(-1)}, bits, sgn);
        case UO_LNot: return make(Op::Not, {sym(u->getSubExpr(), depth + 1)}, 1, false);
        default: return unknown();
      }
    }
    if (auto* b = dyn_cast<BinaryOperator>(e)) {
      if (b->getOpcode() == BO_Comma) return sym(b->getRHS(), depth + 1);
      if (b->isAssignmentOp()) return unknown();
      SymRef l = sym(b->getLHS(), depth + 1), r = sym(b->getRHS(), depth + 1);
      auto [cbits, csgn] = typeOf(ctx_, b->getLHS()->getType());
      switch (b->getOpcode()) {
        case BO_Add: return make(Op::Add, {l, r}, bits, sgn);
        case BO_Sub: return make(Op::Sub, {l, r}, bits, sgn);
        case BO_Mul: return make(Op::Mul, {l, r}, bits, sgn);
        case BO_Div: return make(Op::Div, {l, r}, bits, sgn);
        case BO_Rem: return make(Op::Mod, {l, r}, bits, sgn);
        case BO_Shl: return make(Op::Shl, {l, r}, bits, sgn);
        case BO_Shr: return make(Op::Shr, {l, r}, bits, sgn);
        case BO_And: return make(Op::BitAnd, {l, r}, bits, sgn);
        case BO_Or: return make(Op::BitOr, {l, r}, bits, sgn);
        case BO_Xor: return make(Op::BitXor, {l, r}, bits, sgn);
        // Comparisons in the operands' (common) type.
        case BO_LT: return make(Op::Lt, {cast(l, cbits, csgn), cast(r, cbits, csgn)}, 1, false);
        case BO_GT: return make(Op::Lt, {cast(r, cbits, csgn), cast(l, cbits, csgn)}, 1, false);
        case BO_LE: return make(Op::Le, {cast(l, cbits, csgn), cast(r, cbits, csgn)}, 1, false);
        case BO_GE: return make(Op::Le, {cast(r, cbits, csgn), cast(l, cbits, csgn)}, 1, false);
        case BO_EQ: return make(Op::Eq, {cast(l, cbits, csgn), cast(r, cbits, csgn)}, 1, false);
        case BO_NE: return make(Op::Ne, {cast(l, cbits, csgn), cast(r, cbits, csgn)}, 1, false);
        case BO_LAnd: return make(Op::LAnd, {l, r}, 1, false);
        case BO_LOr: return make(Op::LOr, {l, r}, 1, false);
        default: return unknown();
      }
    }
    if (auto* c = dyn_cast<ConditionalOperator>(e))
      return select(sym(c->getCond(), depth + 1), sym(c->getTrueExpr(), depth + 1), sym(c->getFalseExpr(), depth + 1));
    if (auto* call = dyn_cast<CallExpr>(e)) {
      const FunctionDecl* fn = call->getDirectCallee();
      if (fn && fn->getIdentifier()) {
        llvm::StringRef n = fn->getName();
        if ((n == "get_arg_val" || n == "get_common_arg_val") && call->getNumArgs() == 1) {
          int64_t i;
          if (isConst(sym(call->getArg(0), depth + 1), &i))
            return leaf(n == "get_arg_val" ? Op::Arg : Op::CommonArg, i, bits, sgn);
          return unknown();
        }
        if (n == "get_ct_arg" || n == "get_compile_time_arg_val") {
          if (auto* targs = fn->getTemplateSpecializationArgs(); targs && targs->size() == 1 &&
                                                                  targs->get(0).getKind() == TemplateArgument::Integral)
            return leaf(Op::CtArg, targs->get(0).getAsIntegral().getExtValue(), bits, sgn);
          if (call->getNumArgs() == 1) {
            int64_t i;
            if (isConst(sym(call->getArg(0), depth + 1), &i)) return leaf(Op::CtArg, i, bits, sgn);
          }
          return unknown();
        }
        if ((n == "min" || n == "max") && call->getNumArgs() == 2 && fn->isInStdNamespace())
          return make(n == "min" ? Op::Min : Op::Max, {sym(call->getArg(0), depth + 1), sym(call->getArg(1), depth + 1)},
                      bits, sgn);
      }
    }
    // Anything else that clang folds (sizeof, constexpr calls) and that reads no compile-time arg.
    if (e->getType()->isIntegralOrEnumerationType() && !e->HasSideEffects(ctx_)) {
      ReadsCtArg reads;
      reads.TraverseStmt(const_cast<Expr*>(e));
      Expr::EvalResult r;
      if (!reads.found && e->EvaluateAsInt(r, ctx_)) return constant(r.Val.getInt().getExtValue());
    }
    return unknown();
  }

  static SymRef cast(SymRef e, unsigned bits, bool sgn) { return make(Op::Cast, {std::move(e)}, bits, sgn); }

  // -- statements --

  void walkBody(const Stmt* body) {
    if (auto* cs = dyn_cast<CompoundStmt>(body)) {
      size_t i = 0, n = cs->size();
      for (const Stmt* s : cs->body()) {
        ++i;
        if (auto* r = dyn_cast<ReturnStmt>(s); r && i == n) {  // a final return: fine
          if (r->getRetValue()) walkExpr(r->getRetValue());
          continue;
        }
        walk(s);
      }
      return;
    }
    walk(body);
  }

  void walk(const Stmt* s) {
    if (!s) return;
    if (auto* cs = dyn_cast<CompoundStmt>(s)) {
      for (const Stmt* c : cs->body()) walk(c);
      return;
    }
    if (auto* d = dyn_cast<DeclStmt>(s)) {
      for (const Decl* decl : d->decls())
        if (auto* v = dyn_cast<VarDecl>(decl)) declare(v);
      return;
    }
    if (auto* e = dyn_cast<Expr>(s)) {
      walkExpr(e);
      return;
    }
    if (auto* f = dyn_cast<ForStmt>(s)) return walkFor(f);
    if (auto* i = dyn_cast<IfStmt>(s)) return walkIf(i);
    if (isa<NullStmt>(s)) return;
    if (auto* a = dyn_cast<AttributedStmt>(s)) return walk(a->getSubStmt());
    if (auto* l = dyn_cast<LabelStmt>(s)) {
      giveUp(s, "a label (goto target)");
      return walk(l->getSubStmt());
    }
    if (isa<ReturnStmt>(s) || isa<GotoStmt>(s) || isa<IndirectGotoStmt>(s)) {
      giveUp(s, "an early return");
      return;
    }
    // while, do, switch, range-for, ...: what they do to CBs is unknown.
    opaque(s, isa<WhileStmt>(s) || isa<DoStmt>(s) ? "a while loop (its trip count is not modelled)"
              : isa<SwitchStmt>(s)               ? "a switch"
                                                 : std::string("a ") + s->getStmtClassName());
  }

  void declare(const VarDecl* v) {
    if (v->hasInit()) {
      walkExpr(v->getInit());
      env_[v] = v->getType()->isIntegralOrEnumerationType() && !v->getType()->isReferenceType() ? sym(v->getInit())
                                                                                                 : unknown();
    } else {
      env_[v] = unknown();
    }
  }

  /// A statement the summarizer does not model: its CB traffic is unknown, the variables it may
  /// change are unknown after it.
  void opaque(const Stmt* s, const std::string& what) {
    Traffic saved = std::move(cur_);
    cur_.clear();
    Env env = env_;
    std::vector<StepRef> savedSteps = std::move(steps_);
    steps_.clear();
    walkChildrenLoosely(s);
    const bool touched = !steps_.empty();
    steps_ = std::move(savedSteps);
    if (touched) {
      auto step = std::make_shared<Step>();
      step->at = posOf(s->getBeginLoc(), sm_);
      steps_.push_back(step);
    }
    env_ = std::move(env);
    forgetModified(s);
    std::set<std::string> keys;
    for (auto& [k, _] : cur_) keys.insert(k);
    taint(cur_, keys);
    if (!keys.empty()) why(s, what);
    Traffic body = std::move(cur_);
    cur_ = std::move(saved);
    sequence(cur_, body);
  }

  /// Walks every sub-statement (to find the CBs a construct touches), ignoring control flow.
  void walkChildrenLoosely(const Stmt* s) {
    for (const Stmt* c : s->children()) {
      if (!c) continue;
      if (isa<Expr>(c) || isa<DeclStmt>(c)) walk(c);
      else walkChildrenLoosely(c);
    }
  }

  void forgetModified(const Stmt* s) {
    ModifiedVars m;
    m.TraverseStmt(const_cast<Stmt*>(s));
    for (const VarDecl* v : m.vars) env_[v] = unknown();
  }

  void walkExpr(const Expr* e) {
    if (!e) return;
    e = e->IgnoreParens();
    if (isa<LambdaExpr>(e)) return;  // a definition; calls to it are followed
    if (auto* c = dyn_cast<ConditionalOperator>(e)) {
      walkExpr(c->getCond());
      SymRef cond = sym(c->getCond());
      branchOn(cond, c->getTrueExpr(), c->getFalseExpr());
      return;
    }
    if (auto* b = dyn_cast<BinaryOperator>(e)) {
      if (b->getOpcode() == BO_LAnd || b->getOpcode() == BO_LOr) {
        walkExpr(b->getLHS());
        SymRef cond = sym(b->getLHS());
        if (b->getOpcode() == BO_LAnd) branchOn(cond, b->getRHS(), nullptr);
        else branchOn(cond, nullptr, b->getRHS());
        return;
      }
      if (b->isAssignmentOp()) {
        walkExpr(b->getRHS());
        walkExpr(b->getLHS());
        assign(b);
        return;
      }
    }
    if (auto* u = dyn_cast<UnaryOperator>(e); u && u->isIncrementDecrementOp()) {
      walkExpr(u->getSubExpr());
      if (auto* v = ModifiedVars::base(u->getSubExpr())) {
        auto it = env_.find(v);
        if (it != env_.end() && isa<DeclRefExpr>(u->getSubExpr()->IgnoreParenImpCasts())) {
          auto [bits, sgn] = typeOf(ctx_, v->getType());
          it->second = make(u->isIncrementOp() ? Op::Add : Op::Sub, {it->second, constant(1)}, bits, sgn);
        } else {
          env_[v] = unknown();
        }
      }
      return;
    }
    if (auto* call = dyn_cast<CallExpr>(e)) {
      for (const Expr* a : call->arguments()) walkExpr(a);
      if (auto* m = dyn_cast<CXXMemberCallExpr>(call)) walkExpr(m->getImplicitObjectArgument());
      handleCall(call);
      ModifiedVars m;  // writes through references / non-const methods
      m.VisitCallExpr(const_cast<CallExpr*>(call));
      for (const VarDecl* v : m.vars) env_[v] = unknown();
      return;
    }
    for (const Stmt* c : e->children())
      if (auto* ce = dyn_cast_or_null<Expr>(c)) walkExpr(ce);
    if (auto* u = dyn_cast<UnaryOperator>(e); u && u->getOpcode() == UO_AddrOf)
      if (auto* v = ModifiedVars::base(u->getSubExpr())) env_[v] = unknown();
  }

  void assign(const BinaryOperator* b) {
    const Expr* lhs = b->getLHS()->IgnoreParenImpCasts();
    const VarDecl* v = ModifiedVars::base(lhs);
    if (!v) return;
    if (!isa<DeclRefExpr>(lhs) || !v->getType()->isIntegralOrEnumerationType()) {
      env_[v] = unknown();
      return;
    }
    auto [bits, sgn] = typeOf(ctx_, v->getType());
    SymRef rhs = sym(b->getRHS());
    if (b->getOpcode() == BO_Assign) {
      env_[v] = cast(rhs, bits, sgn);
      return;
    }
    SymRef old = env_.count(v) ? env_[v] : valueOf(v, 0);
    Op op;
    switch (b->getOpcode()) {
      case BO_AddAssign: op = Op::Add; break;
      case BO_SubAssign: op = Op::Sub; break;
      case BO_MulAssign: op = Op::Mul; break;
      case BO_DivAssign: op = Op::Div; break;
      case BO_RemAssign: op = Op::Mod; break;
      case BO_ShlAssign: op = Op::Shl; break;
      case BO_ShrAssign: op = Op::Shr; break;
      case BO_AndAssign: op = Op::BitAnd; break;
      case BO_OrAssign: op = Op::BitOr; break;
      case BO_XorAssign: op = Op::BitXor; break;
      default: env_[v] = unknown(); return;
    }
    env_[v] = make(op, {old, rhs}, bits, sgn);
  }

  /// Walks `a` when cond holds, `b` otherwise (either may be null), merging traffic and variables.
  void branchOn(const SymRef& cond, const Stmt* a, const Stmt* b) {
    Traffic saved = std::move(cur_);
    std::vector<StepRef> savedSteps = std::move(steps_);
    Env before = env_;
    cur_.clear();
    steps_.clear();
    if (a) walk(a);
    Traffic ta = std::move(cur_);
    std::vector<StepRef> sa = std::move(steps_);
    Env ea = std::move(env_);
    env_ = before;
    cur_.clear();
    steps_.clear();
    if (b) walk(b);
    Traffic tb = std::move(cur_);
    std::vector<StepRef> sb = std::move(steps_);
    steps_ = std::move(savedSteps);
    if (!sa.empty() || !sb.empty()) {
      auto step = std::make_shared<Step>();
      step->kind = Step::Kind::Branch;
      step->cond = cond;
      step->body = std::move(sa);
      step->other = std::move(sb);
      steps_.push_back(step);
    }
    Env eb = std::move(env_);
    env_.clear();
    for (auto& [v, x] : ea) {
      auto it = eb.find(v);
      if (it == eb.end()) continue;  // declared in one branch only: out of scope
      env_[v] = sameExpr(x, it->second) ? x : select(cond, x, it->second);
    }
    cur_ = std::move(saved);
    sequence(cur_, branch(cond, ta, tb));
  }

  void walkIf(const IfStmt* s) {
    if (s->getInit()) walk(s->getInit());
    if (s->getConditionVariableDeclStmt()) walk(s->getConditionVariableDeclStmt());
    walkExpr(s->getCond());
    SymRef cond = s->isConsteval() ? unknown() : sym(s->getCond());
    if (s->isConstexpr()) {
      int64_t c;
      if (isConst(cond, &c)) return walk(c ? s->getThen() : s->getElse());
    }
    Escapes esc;
    esc.TraverseStmt(const_cast<Stmt*>(s->getThen()));
    if (s->getElse()) esc.TraverseStmt(const_cast<Stmt*>(s->getElse()));
    if (esc.functionExit) {
      giveUp(s, "an early return");
      return opaque(s, "an early return");
    }
    branchOn(cond, s->getThen(), s->getElse());
  }

  /// The loop variable and bound of `for (init; cond; inc)`, when the loop has the counted form.
  struct Counted {
    const VarDecl* var = nullptr;
    SymRef start, bound, step;  // step: the magnitude (positive expected)
    TripKind kind = TripKind::Lt;
    bool down = false;
    unsigned bits = 32;
    bool sgn = false;
  };

  std::optional<Counted> counted(const ForStmt* f) {
    Counted c;
    // Increment: ++i, i++, --i, i--, i += s, i -= s, i = i + s, i = i - s.
    const Expr* inc = f->getInc() ? f->getInc()->IgnoreParenImpCasts() : nullptr;
    if (!inc) return std::nullopt;
    auto varOf = [](const Expr* e) -> const VarDecl* {
      if (auto* r = dyn_cast<DeclRefExpr>(e->IgnoreParenImpCasts())) return dyn_cast<VarDecl>(r->getDecl());
      return nullptr;
    };
    if (auto* u = dyn_cast<UnaryOperator>(inc); u && u->isIncrementDecrementOp()) {
      c.var = varOf(u->getSubExpr());
      c.step = constant(1);
      c.down = u->isDecrementOp();
    } else if (auto* b = dyn_cast<BinaryOperator>(inc)) {
      c.var = varOf(b->getLHS());
      if (b->getOpcode() == BO_AddAssign || b->getOpcode() == BO_SubAssign) {
        c.step = sym(b->getRHS());
        c.down = b->getOpcode() == BO_SubAssign;
      } else if (b->getOpcode() == BO_Assign) {
        auto* r = dyn_cast<BinaryOperator>(b->getRHS()->IgnoreParenImpCasts());
        if (!r || (r->getOpcode() != BO_Add && r->getOpcode() != BO_Sub) || varOf(r->getLHS()) != c.var) return std::nullopt;
        c.step = sym(r->getRHS());
        c.down = r->getOpcode() == BO_Sub;
      } else {
        return std::nullopt;
      }
    }
    if (!c.var || !c.var->getType()->isIntegralOrEnumerationType()) return std::nullopt;
    // Start: the init statement's value of the variable.
    const Stmt* init = f->getInit();
    auto declares = [&](const DeclStmt* d) {
      return d && std::find(d->decl_begin(), d->decl_end(), static_cast<const Decl*>(c.var)) != d->decl_end();
    };
    if (auto* d = dyn_cast_or_null<DeclStmt>(init); declares(d)) {
      c.start = c.var->hasInit() ? sym(c.var->getInit()) : unknown();
    } else if (auto* b = dyn_cast_or_null<BinaryOperator>(isa_and_nonnull<Expr>(init) ? llvm::cast<Expr>(init)->IgnoreParenImpCasts()
                                                                                      : nullptr);
               b && b->getOpcode() == BO_Assign && varOf(b->getLHS()) == c.var) {
      c.start = sym(b->getRHS());
    } else {
      return std::nullopt;
    }
    // Condition: var CMP bound or bound CMP var.
    auto* cond = dyn_cast_or_null<BinaryOperator>(f->getCond() ? f->getCond()->IgnoreParenImpCasts() : nullptr);
    if (!cond || !cond->isComparisonOp()) return std::nullopt;
    BinaryOperatorKind op = cond->getOpcode();
    const Expr* bound = nullptr;
    if (varOf(cond->getLHS()) == c.var) {
      bound = cond->getRHS();
    } else if (varOf(cond->getRHS()) == c.var) {
      bound = cond->getLHS();
      op = BinaryOperator::reverseComparisonOp(op);
    } else {
      return std::nullopt;
    }
    switch (op) {
      case BO_LT: c.kind = TripKind::Lt; break;
      case BO_LE: c.kind = TripKind::Le; break;
      case BO_NE: c.kind = TripKind::Ne; break;
      case BO_GT: c.kind = TripKind::Gt; break;
      case BO_GE: c.kind = TripKind::Ge; break;
      default: return std::nullopt;
    }
    const bool upward = c.kind == TripKind::Lt || c.kind == TripKind::Le || c.kind == TripKind::Ne;
    if (upward == c.down && c.kind != TripKind::Ne) return std::nullopt;  // i < n with --i: not counted
    if (c.kind == TripKind::Ne && c.down) return std::nullopt;
    std::tie(c.bits, c.sgn) = typeOf(ctx_, cond->getLHS()->getType());
    c.bound = sym(bound);
    return c;
  }

  void walkFor(const ForStmt* f) {
    Escapes esc;
    esc.TraverseStmt(const_cast<Stmt*>(f->getBody()));
    if (esc.functionExit) giveUp(f, "an early return inside a loop");
    // What the body (or the condition) changes is unknown inside the body and after the loop;
    // the loop's variable must change only in the increment.
    ModifiedVars bodyWrites;
    bodyWrites.TraverseStmt(const_cast<Stmt*>(f->getBody()));
    if (f->getCond()) bodyWrites.TraverseStmt(const_cast<Expr*>(f->getCond()));
    if (f->getInit()) walk(f->getInit());
    for (const VarDecl* v : bodyWrites.vars) env_[v] = unknown();
    std::optional<Counted> c = counted(f);
    if (c && bodyWrites.vars.count(c->var)) c.reset();
    if (esc.loopExit) return opaque(f, "a loop left early (break/continue)");
    if (!c) return opaque(f, "a loop whose trip count is not modelled");
    const int64_t id = ++loops_;
    SymRef count = make(Op::Trip, {cast(c->start, c->bits, c->sgn), c->bound, c->step}, c->bits, c->sgn,
                        int64_t(c->kind));
    SymRef step = c->down ? make(Op::Sub, {constant(0), c->step}) : c->step;
    Traffic saved = std::move(cur_);
    std::vector<StepRef> savedSteps = std::move(steps_);
    cur_.clear();
    steps_.clear();
    Env before = env_;
    auto [vbits, vsgn] = typeOf(ctx_, c->var->getType());
    env_[c->var] = leaf(Op::LoopVar, id, vbits, vsgn);
    walk(f->getBody());
    env_ = std::move(before);
    env_[c->var] = unknown();
    Traffic body = std::move(cur_);
    cur_ = std::move(saved);
    std::vector<StepRef> bodySteps = std::move(steps_);
    steps_ = std::move(savedSteps);
    if (!bodySteps.empty()) {
      auto loop = std::make_shared<Step>();
      loop->kind = Step::Kind::Loop;
      loop->count = count;
      loop->start = c->start;
      loop->step = step;
      loop->var = id;
      loop->body = std::move(bodySteps);
      steps_.push_back(loop);
    }
    for (auto& [key, a] : body)
      if (mentionsLoopVar(a.cb, id)) giveUp(f, "a CB id that changes from one iteration to the next");
    sequence(cur_, repeat(body, count, id, c->start, step));
  }

  void handleCall(const CallExpr* call) {
    const FunctionDecl* fn = call->getDirectCallee();
    if (!fn) {
      // A call through a pointer (or a lambda's operator() reached some other way).
      if (!isa<CXXPseudoDestructorExpr>(call->getCallee())) giveUp(call, "a call through a pointer");
      return;
    }
    CbCall kind = cbCallKind(fn);
    if (kind != CbCall::None && (inMock(fn, sm_) || !fn->hasBody())) {
      if (call->getNumArgs() < 2) return;
      count(kind, call);
      return;
    }
    // The SDK and the standard library: only the four CB calls move pages.
    if (inMock(fn, sm_) || fn->isInStdNamespace() || sm_.isInSystemHeader(sm_.getExpansionLoc(fn->getLocation())))
      return;
    if (fn->getBuiltinID()) return;
    const FunctionDecl* def = nullptr;
    if (!fn->hasBody(def) || !def) {
      giveUp(call, "a call to '" + fn->getNameAsString() + "', whose body is not visible");
      return;
    }
    if (std::find(stack_.begin(), stack_.end(), def) != stack_.end() || stack_.size() > 12) {
      giveUp(call, "a recursive call");
      return;
    }
    // Follow the call: parameters take the arguments' values.
    Env callerEnv = env_;
    Env calleeEnv;
    for (auto& [v, x] : env_)
      if (!v->isLocalVarDeclOrParm()) calleeEnv[v] = x;
    const auto* method = dyn_cast<CXXMethodDecl>(def);
    unsigned first = (isa<CXXOperatorCallExpr>(call) && method && !method->isStatic()) ? 1 : 0;
    for (unsigned i = 0; i < def->getNumParams(); ++i) {
      const ParmVarDecl* p = def->getParamDecl(i);
      unsigned ai = i + first;
      if (ai < call->getNumArgs() && p->getType()->isIntegralOrEnumerationType())
        calleeEnv[p] = cast(sym(call->getArg(ai)), typeOf(ctx_, p->getType()).first, typeOf(ctx_, p->getType()).second);
      else if (ai < call->getNumArgs() && p->getType()->isReferenceType() &&
               p->getType().getNonReferenceType()->isIntegralOrEnumerationType())
        calleeEnv[p] = sym(call->getArg(ai));
      else
        calleeEnv[p] = unknown();
    }
    // A lambda's captures: by copy, the value at the call (by reference, the same).
    if (method && method->getParent()->isLambda()) {
      for (const LambdaCapture& cap : method->getParent()->captures())
        if (cap.capturesVariable())
          if (auto* v = dyn_cast<VarDecl>(cap.getCapturedVar())) calleeEnv[v] = env_.count(v) ? env_[v] : unknown();
    }
    env_ = std::move(calleeEnv);
    stack_.push_back(def);
    walkBody(def->getBody());
    stack_.pop_back();
    env_ = std::move(callerEnv);
    // Globals and captured-by-reference variables the callee may change.
    forgetModified(def->getBody());
  }

  void count(CbCall kind, const CallExpr* call) {
    SymRef cb = sym(call->getArg(0));
    SymRef n = make(Op::Cast, {sym(call->getArg(1))}, 32, true);
    if (isUnknown(cb)) {
      giveUp(call, "a CB id the summary cannot name");
      return;
    }
    int64_t c;
    std::string key = isConst(cb, &c) ? std::to_string(c) : toString(cb);
    auto [it, fresh] = cur_.try_emplace(key);
    Acc& a = it->second;
    if (fresh) a.cb = isConst(cb) ? constant(c) : cb;
    Pos at = posOf(call->getBeginLoc(), sm_);
    {
      auto ev = std::make_shared<Step>();
      ev->kind = kind == CbCall::Reserve ? Step::Kind::Reserve
                 : kind == CbCall::Push  ? Step::Kind::Push
                 : kind == CbCall::Wait  ? Step::Kind::Wait
                                         : Step::Kind::Pop;
      ev->cb = a.cb;
      ev->pages = n;
      ev->at = at;
      steps_.push_back(ev);
    }
    // A request (reserve/wait) and a move (push/pop) both need the pages moved before plus n.
    auto need = [&](SymRef& needed, const SymRef& moved) { needed = max(needed, add(moved, n)); };
    auto first = [&](bool& seen, Pos& where) {
      if (!seen) where = at;
      seen = true;
    };
    const bool producer = kind == CbCall::Reserve || kind == CbCall::Push;
    SymRef& needed = producer ? a.reserveNeed : a.waitNeed;
    SymRef& moved = producer ? a.pushed : a.popped;
    need(needed, moved);
    if (kind == CbCall::Reserve || kind == CbCall::Wait) {
      SymRef& requested = producer ? a.reserved : a.waited;
      SymRef& largest = producer ? a.maxReserve : a.maxWait;
      requested = add(requested, n);
      largest = max(largest, n);
      (producer ? a.runtimeReserve : a.runtimeWait) |= mentionsRuntime(n);
      if (producer) first(a.reserves, a.firstReserve);
      else first(a.waits, a.firstWait);
    } else {
      moved = add(moved, n);
      if (producer) first(a.pushes, a.firstPush);
      else first(a.pops, a.firstPop);
    }
  }

  ASTContext& ctx_;
  const SourceManager& sm_;
  KernelSummary& out_;
  Env env_;
  Traffic cur_;
  std::vector<StepRef> steps_;
  std::vector<const FunctionDecl*> stack_;
  int64_t loops_ = 0;
};

bool isEntryName(llvm::StringRef n) {
  return n == "kernel_main" || n == "unpack_main" || n == "math_main" || n == "pack_main" || n == "compute_main";
}

const FunctionDecl* findIn(const DeclContext* dc, const SourceManager& sm) {
  for (const Decl* d : dc->noload_decls()) {
    if (!sm.isInMainFile(sm.getExpansionLoc(d->getLocation()))) continue;
    if (auto* fn = dyn_cast<FunctionDecl>(d); fn && fn->isThisDeclarationADefinition() && fn->getIdentifier() &&
                                              isEntryName(fn->getName()))
      return fn;
    if (auto* ns = dyn_cast<NamespaceDecl>(d))
      if (auto* fn = findIn(ns, sm)) return fn;
  }
  return nullptr;
}

}  // namespace

KernelSummary summarizeKernel(const FunctionDecl* entry, ASTContext& ctx) {
  KernelSummary out;
  if (!entry) return out;
  Summarizer(ctx, out).run(entry);
  return out;
}

const FunctionDecl* findKernelEntry(ASTContext& ctx) {
  return findIn(ctx.getTranslationUnitDecl(), ctx.getSourceManager());
}

}  // namespace tt_astgen::cbsum
