#include "check/checks/check_support.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/SourceManager.h>

#include <algorithm>
#include <filesystem>

namespace tt_astgen::checks {

using namespace clang;

Diagnostic CrossFileCheck::error(const Loc& at, std::string message) const {
  Diagnostic d;
  d.file = at.file;
  d.line = at.line;
  d.column = at.column;
  d.severity = Severity::Error;
  d.message = std::move(message);
  d.check = name_;
  return d;
}

Diagnostic CrossFileCheck::note(const Loc& at, std::string message) const {
  Diagnostic d = error(at, std::move(message));
  d.severity = Severity::Note;
  return d;
}

static const Expr* stripStep(const Expr* e, std::initializer_list<llvm::StringRef> keep) {
  while (true) {
    e = e->IgnoreParenImpCasts();
    if (auto* c = dyn_cast<CXXConstructExpr>(e); c && c->getNumArgs() >= 1 && !isa<CXXTemporaryObjectExpr>(c) &&
                                                  std::all_of(c->arg_begin() + 1, c->arg_end(),
                                                              [](const Expr* a) { return isa<CXXDefaultArgExpr>(a); })) {
      std::string rec = recordName(c);
      if (std::find(keep.begin(), keep.end(), rec) != keep.end() && recordName(c->getArg(0)) != rec) return e;
      e = c->getArg(0);
      continue;
    }
    if (auto* m = dyn_cast<MaterializeTemporaryExpr>(e)) { e = m->getSubExpr(); continue; }
    if (auto* b = dyn_cast<CXXBindTemporaryExpr>(e)) { e = b->getSubExpr(); continue; }
    if (auto* f = dyn_cast<CXXFunctionalCastExpr>(e)) { e = f->getSubExpr(); continue; }
    if (auto* w = dyn_cast<ExprWithCleanups>(e)) { e = w->getSubExpr(); continue; }
    if (auto* s = dyn_cast<CXXStdInitializerListExpr>(e)) { e = s->getSubExpr(); continue; }
    return e;
  }
}

const Expr* strip(const Expr* e) { return e ? stripStep(e, {}) : nullptr; }
const Expr* stripKeeping(const Expr* e, std::initializer_list<llvm::StringRef> keep) {
  return e ? stripStep(e, keep) : nullptr;
}

std::optional<int64_t> evalInt(const Expr* e, const ASTContext& ctx) {
  if (!e) return std::nullopt;
  e = strip(e);
  if (e->isValueDependent() || e->containsErrors()) return std::nullopt;
  Expr::EvalResult r;
  if (e->getType()->isIntegralOrEnumerationType() && e->EvaluateAsInt(r, ctx)) return r.Val.getInt().getExtValue();
  // A (non-constexpr) const variable with a foldable initializer.
  if (const VarDecl* v = referencedVar(e); v && v->getType().isConstQualified() && v->hasInit())
    return evalInt(v->getInit(), ctx);
  return std::nullopt;
}

Loc locOf(SourceLocation loc, const SourceManager& sm) {
  Loc out;
  if (loc.isInvalid()) return out;
  loc = sm.getFileLoc(loc);
  PresumedLoc p = sm.getPresumedLoc(loc);
  if (p.isInvalid()) return out;
  out.file = p.getFilename();
  out.line = p.getLine();
  out.column = p.getColumn();
  return out;
}
Loc locOf(const Stmt* s, const ASTContext& ctx) { return locOf(s->getBeginLoc(), ctx.getSourceManager()); }
Loc locOf(const Decl* d, const ASTContext& ctx) { return locOf(d->getLocation(), ctx.getSourceManager()); }

const VarDecl* referencedVar(const Expr* e) {
  if (!e) return nullptr;
  if (auto* ref = dyn_cast<DeclRefExpr>(e->IgnoreParenImpCasts())) return dyn_cast<VarDecl>(ref->getDecl());
  return nullptr;
}

std::string recordName(const Expr* e) {
  if (!e) return {};
  QualType t = e->getType();
  if (t.isNull()) return {};
  if (const auto* rd = t->getAsRecordDecl()) return rd->getName().str();
  return {};
}

std::string baseName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

std::optional<std::string> createKernelPath(const CallExpr* call) {
  if (!call || call->getNumArgs() < 2) return std::nullopt;
  if (auto* lit = dyn_cast<StringLiteral>(strip(call->getArg(1)))) return lit->getString().str();
  return std::nullopt;
}

static const CallExpr* asCallTo(const Expr* e, llvm::StringRef name) {
  auto* call = dyn_cast_or_null<CallExpr>(strip(e));
  if (!call) return nullptr;
  const FunctionDecl* fn = call->getDirectCallee();
  return fn && fn->getIdentifier() && fn->getName() == name ? call : nullptr;
}

std::optional<std::string> kernelPathOfHandle(const Expr* handle) {
  if (const CallExpr* c = asCallTo(handle, "CreateKernel")) return createKernelPath(c);
  if (const VarDecl* v = referencedVar(strip(handle)); v && v->hasInit())
    if (const CallExpr* c = asCallTo(v->getInit(), "CreateKernel")) return createKernelPath(c);
  return std::nullopt;
}

bool CoreSet::contains(const CoreSet& other) const {
  if (!known || !other.known) return true;
  return std::includes(cores.begin(), cores.end(), other.cores.begin(), other.cores.end());
}

bool CoreSet::overlaps(const CoreSet& other) const {
  if (!known || !other.known) return true;
  for (const auto& c : other.cores)
    if (cores.count(c)) return true;
  return false;
}

static bool isCoordRecord(const std::string& n) { return n == "CoreCoord" || n == "tt_xy_pair"; }

static std::optional<std::pair<int64_t, int64_t>> evalCoord(const Expr* e, const ASTContext& ctx, int depth) {
  if (depth > 8) return std::nullopt;
  e = stripKeeping(e, {"CoreCoord", "tt_xy_pair"});
  if (const VarDecl* v = referencedVar(e); v && v->hasInit()) return evalCoord(v->getInit(), ctx, depth + 1);
  if (auto* c = dyn_cast<CXXConstructExpr>(e); c && isCoordRecord(recordName(c))) {
    if (c->getNumArgs() == 2) {
      auto x = evalInt(c->getArg(0), ctx), y = evalInt(c->getArg(1), ctx);
      if (x && y) return std::make_pair(*x, *y);
    }
    if (c->getNumArgs() == 1) return evalCoord(c->getArg(0), ctx, depth + 1);
  }
  if (auto* list = dyn_cast<InitListExpr>(e); list && list->getNumInits() == 2) {
    auto x = evalInt(list->getInit(0), ctx), y = evalInt(list->getInit(1), ctx);
    if (x && y) return std::make_pair(*x, *y);
  }
  if (auto* list = dyn_cast<InitListExpr>(e); list && list->getNumInits() == 1) return evalCoord(list->getInit(0), ctx, depth + 1);
  return std::nullopt;
}

static CoreSet evalCoresAt(const Expr* e, const ASTContext& ctx, int depth) {
  CoreSet out;
  if (!e || depth > 8) return out;
  e = stripKeeping(e, {"CoreRange", "CoreCoord", "tt_xy_pair", "CoreRangeSet"});
  if (const VarDecl* v = referencedVar(e); v && v->hasInit() && (v->getType().isConstQualified() || v->isConstexpr() ||
                                                                  v->getType()->isRecordType()))
    return evalCoresAt(v->getInit(), ctx, depth + 1);
  std::string rec = recordName(e);
  if (isCoordRecord(rec)) {
    if (auto c = evalCoord(e, ctx, depth)) {
      out.known = true;
      out.cores.insert(*c);
    }
    return out;
  }
  if (rec == "CoreRange") {
    const Expr* a = nullptr;
    const Expr* b = nullptr;
    if (auto* c = dyn_cast<CXXConstructExpr>(e)) {
      if (c->getNumArgs() == 2) a = c->getArg(0), b = c->getArg(1);
      else if (c->getNumArgs() == 1) return evalCoresAt(c->getArg(0), ctx, depth + 1);
    } else if (auto* list = dyn_cast<InitListExpr>(e); list && list->getNumInits() == 2) {
      a = list->getInit(0), b = list->getInit(1);
    }
    if (!a) return out;
    auto s = evalCoord(a, ctx, depth + 1), t = evalCoord(b, ctx, depth + 1);
    if (!s || !t) return out;
    if ((t->first - s->first + 1) * (t->second - s->second + 1) > 65536) return out;
    out.known = true;
    for (int64_t x = s->first; x <= t->first; ++x)
      for (int64_t y = s->second; y <= t->second; ++y) out.cores.insert({x, y});
    return out;
  }
  if (rec == "CoreRangeSet") {
    if (auto* c = dyn_cast<CXXConstructExpr>(e); c && c->getNumArgs() == 1) return evalCoresAt(c->getArg(0), ctx, depth + 1);
  }
  return out;
}

CoreSet evalCores(const Expr* e, const ASTContext& ctx) { return evalCoresAt(e, ctx, 0); }

namespace {
/// Collects (index, format) pairs of a std::map<uint8_t, tt::DataFormat> initializer.
class PairCollector : public RecursiveASTVisitor<PairCollector> {
 public:
  PairCollector(const ASTContext& ctx, CbConfig& out) : ctx_(ctx), out_(out) {}
  bool shouldVisitImplicitCode() const { return true; }
  bool VisitCXXConstructExpr(CXXConstructExpr* c) {
    if (recordName(c) == "pair" && c->getNumArgs() == 2) add(c->getArg(0), c->getArg(1));
    return true;
  }
  bool VisitInitListExpr(InitListExpr* list) {
    if (recordName(list) == "pair" && list->getNumInits() == 2) add(list->getInit(0), list->getInit(1));
    return true;
  }

 private:
  void add(const Expr* index, const Expr* format) {
    auto i = evalInt(index, ctx_);
    if (!i || out_.indices.count(*i)) return;
    CbConfig::Index& entry = out_.indices[*i];
    entry.format = evalInt(format, ctx_);
    if (auto* ref = dyn_cast<DeclRefExpr>(strip(format)))
      if (auto* ec = dyn_cast<EnumConstantDecl>(ref->getDecl())) entry.formatName = ec->getName().str();
  }
  const ASTContext& ctx_;
  CbConfig& out_;
};
}  // namespace

std::optional<CbConfig> readCbConfig(const Expr* e, const ASTContext& ctx) {
  CbConfig config;
  std::vector<std::pair<const Expr*, const Expr*>> pageSizes;
  for (int depth = 0; e && depth < 16; ++depth) {
    e = stripKeeping(e, {"CircularBufferConfig"});
    if (const VarDecl* v = referencedVar(e)) {
      if (!v->hasInit()) return std::nullopt;
      e = v->getInit();
      continue;
    }
    if (auto* m = dyn_cast<CXXMemberCallExpr>(e)) {
      const CXXMethodDecl* method = m->getMethodDecl();
      if (method && method->getIdentifier() && method->getName() == "set_page_size" && m->getNumArgs() == 2)
        pageSizes.push_back({m->getArg(0), m->getArg(1)});
      if (method && method->getIdentifier() && method->getName() == "set_total_size" && m->getNumArgs() == 1 && !config.totalSize)
        config.totalSize = evalInt(m->getArg(0), ctx);
      e = m->getImplicitObjectArgument();
      continue;
    }
    auto* c = dyn_cast<CXXConstructExpr>(e);
    if (!c || recordName(c) != "CircularBufferConfig" || c->getNumArgs() < 1) return std::nullopt;
    if (!config.totalSize) config.totalSize = evalInt(c->getArg(0), ctx);
    if (c->getNumArgs() >= 2) PairCollector(ctx, config).TraverseStmt(const_cast<Expr*>(c->getArg(1)));
    for (const auto& [index, size] : pageSizes) {
      auto i = evalInt(index, ctx);
      if (!i) continue;
      auto& entry = config.indices[*i];
      if (!entry.pageSize) entry.pageSize = evalInt(size, ctx);
    }
    return config;
  }
  return std::nullopt;
}

std::optional<HostCb> readCreateCircularBuffer(const CallExpr* call, const ASTContext& ctx) {
  if (call->getNumArgs() < 3) return std::nullopt;
  auto config = readCbConfig(call->getArg(2), ctx);
  if (!config) return std::nullopt;
  HostCb cb;
  cb.at = locOf(call, ctx);
  cb.cores = evalCores(call->getArg(1), ctx);
  cb.config = std::move(*config);
  return cb;
}

std::optional<HostKernel> readCreateKernel(const CallExpr* call, const ASTContext& ctx) {
  auto path = createKernelPath(call);
  if (!path || call->getNumArgs() < 3) return std::nullopt;
  HostKernel k;
  k.path = *path;
  k.at = locOf(strip(call->getArg(1)), ctx);
  k.cores = evalCores(call->getArg(2), ctx);
  return k;
}

std::string cbName(int64_t index) { return "c_" + std::to_string(index); }

std::string formatLoc(const Loc& loc) {
  return baseName(loc.file) + ":" + std::to_string(loc.line);
}

clang::ast_matchers::StatementMatcher hostCallTo(llvm::StringRef name, llvm::StringRef id) {
  using namespace clang::ast_matchers;
  return callExpr(isExpansionInMainFile(), callee(functionDecl(hasName(name)))).bind(id);
}

}  // namespace tt_astgen::checks
