// The host interpreter: runs a host program's code abstractly over the Clang AST and records what
// it does to the device (host_model.h). Values are concrete where the code makes them so
// (literals, arithmetic, locals, vectors, core coordinates and ranges, split_work_to_cores) and
// Unknown elsewhere (device queries other than the grid, data, command-line input). Branches and
// loops whose condition is unknown are run in "uncertain" mode: their events are recorded as not
// certain and the variables they change become unknown afterwards (a small fixpoint).
#include "check/host_interpreter.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

#include <clang/AST/Decl.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/StmtCXX.h>
#include <clang/Basic/SourceManager.h>
#include <llvm/ADT/DenseMap.h>

namespace tt_astgen::model {
namespace {

using namespace clang;

/// A host value. Lists are capped (kMaxList) so data vectors stay cheap: longer ones are Unknown.
/// The rarely used parts (string, items, fields) live in one shared payload, copied on write, so
/// a value copies in a few words (loops copy values and the whole variable map many times).
struct ValuePayload;
struct Value {
  enum class K { Unknown, Int, Str, List, Tuple, Coord, Range, RangeSet, Buffer, Kernel, Program, CbConfig, Struct, Lambda, Ref };
  K k = K::Unknown;
  bool itemsKnown = true;             // CbConfig: every index evaluated
  int64_t i = 0, j = 0;               // Int: i; Coord: (i, j); Buffer/Kernel/Program: id in i
  std::optional<size_t> addr;         // (derived from) the address of buffer #addr
  std::optional<int64_t> length;      // Unknown: a container too long to hold, of known size
  const LambdaExpr* lambda = nullptr;
  const ValueDecl* ref = nullptr;     // Ref: an alias of another variable
  const StringLiteral* literal = nullptr;  // Str: the one literal it is spelled by, if so
  /// s: Str; enum constant's name for Int; record name for Struct. items: List, Tuple, Range
  /// (2 coords), RangeSet (ranges), CbConfig (index tuples). fields: Struct fields by name;
  /// CbConfig "total". Null: all empty. Last member: assigning a value from a part of itself.
  std::shared_ptr<ValuePayload> payload;

  const std::string& s() const;
  const std::vector<Value>& items() const;
  const std::map<std::string, Value>& fields() const;
  std::string& sMut();
  std::vector<Value>& itemsMut();
  std::map<std::string, Value>& fieldsMut();
  ValuePayload& mut();

  static Value unknown() { return {}; }
  static Value integer(int64_t v) {
    Value x;
    x.k = K::Int;
    x.i = v;
    return x;
  }
  static Value coord(int64_t x, int64_t y) {
    Value v;
    v.k = K::Coord;
    v.i = x;
    v.j = y;
    return v;
  }
  static Value range(int64_t x0, int64_t y0, int64_t x1, int64_t y1);
  static Value handle(K kind, size_t id) {
    Value v;
    v.k = kind;
    v.i = int64_t(id);
    return v;
  }
  bool isInt() const { return k == K::Int; }
  bool operator==(const Value& o) const;
};

struct ValuePayload {
  std::string s;
  std::vector<Value> items;
  std::map<std::string, Value> fields;
};

const ValuePayload kEmptyPayload{};

inline const std::string& Value::s() const { return payload ? payload->s : kEmptyPayload.s; }
inline const std::vector<Value>& Value::items() const { return payload ? payload->items : kEmptyPayload.items; }
inline const std::map<std::string, Value>& Value::fields() const { return payload ? payload->fields : kEmptyPayload.fields; }
inline ValuePayload& Value::mut() {
  if (!payload) payload = std::make_shared<ValuePayload>();
  else if (payload.use_count() != 1) payload = std::make_shared<ValuePayload>(*payload);
  return *payload;
}
inline std::string& Value::sMut() { return mut().s; }
inline std::vector<Value>& Value::itemsMut() { return mut().items; }
inline std::map<std::string, Value>& Value::fieldsMut() { return mut().fields; }
inline Value Value::range(int64_t x0, int64_t y0, int64_t x1, int64_t y1) {
  Value v;
  v.k = K::Range;
  v.itemsMut() = {coord(x0, y0), coord(x1, y1)};
  return v;
}
inline bool Value::operator==(const Value& o) const {
  if (!(k == o.k && i == o.i && j == o.j && addr == o.addr && itemsKnown == o.itemsKnown && lambda == o.lambda && ref == o.ref &&
        length == o.length))
    return false;
  if (payload == o.payload) return true;
  const ValuePayload& a = payload ? *payload : kEmptyPayload;
  const ValuePayload& b = o.payload ? *o.payload : kEmptyPayload;
  return a.s == b.s && a.items == b.items && a.fields == b.fields;
}

constexpr size_t kMaxList = 4096;
constexpr size_t kMaxCores = 65536;
constexpr int kMaxCallDepth = 12;
constexpr int kLoopFixpoint = 3;
constexpr size_t kMaxIterations = 100000;  // per loop; past it the remaining iterations are uncertain
/// A loop that does nothing the model records (no CB, kernel, args, buffer or transfer call,
/// directly or through the user's functions) is followed only this many steps; past them what it
/// changes becomes unknown (data initialisation and golden loops are millions of steps; every
/// fixture's model is the same with any budget from 200 steps up).
constexpr size_t kQuietLoopSteps = 8000;

Value join(const Value& a, const Value& b) {
  if (a == b) return a;
  Value u;
  if (a.addr && a.addr == b.addr) u.addr = a.addr;
  return u;
}

enum class Flow { Normal, Break, Continue, Return };

struct BudgetExhausted {};

std::string recordNameOf(QualType t) {
  if (t.isNull()) return {};
  t = t.getNonReferenceType();
  if (const auto* p = t->getAs<PointerType>()) t = p->getPointeeType();
  if (const auto* rd = t->getAsCXXRecordDecl()) return rd->getName().str();
  return {};
}

/// What eval() learns of an expression before looking at its kind (the same every time).
struct ExprInfo {
  const Expr* skipped = nullptr;                 // Interpreter::skip(e)
  bool opaque = false;                           // value-dependent or with errors: unknown
  const std::optional<Value>* folded = nullptr;  // constantOf(skipped), when integral
};

/// How evalMemberCall treats a method: a container's, one it knows by name, any other.
enum class MethodKind { Other, Container, Named };

class Interpreter {
 public:
  Interpreter(ASTContext& ctx, const std::string& file, const InterpretOptions& options)
      : ctx_(ctx), sm_(ctx.getSourceManager()), options_(options) {
    model_.file = file;
  }

  HostModel run() {
    std::vector<const FunctionDecl*> entries;
    for (Decl* d : ctx_.getTranslationUnitDecl()->noload_decls()) {
      auto* fn = dyn_cast<FunctionDecl>(d);
      if (!fn || !fn->doesThisDeclarationHaveABody() || !sm_.isInMainFile(sm_.getExpansionLoc(fn->getLocation()))) continue;
      if (fn->isMain()) {
        entries = {fn};
        break;
      }
    }
    if (entries.empty()) {
      // No main (a generator's entry function, a library): every function of the file that no
      // other function of the file calls.
      for (Decl* d : ctx_.getTranslationUnitDecl()->noload_decls())
        if (auto* fn = dyn_cast<FunctionDecl>(d); fn && fn->doesThisDeclarationHaveABody() &&
                                                  sm_.isInMainFile(sm_.getExpansionLoc(fn->getLocation())))
          entries.push_back(fn);
    }
    try {
      for (const FunctionDecl* fn : entries) {
        for (const ParmVarDecl* p : fn->parameters()) env_[p] = Value::unknown();
        if (entries.size() > 1) ++uncertain_;
        exec(fn->getBody());
        if (entries.size() > 1) --uncertain_;
        flow_ = Flow::Normal;
      }
    } catch (const BudgetExhausted&) {
      model_.cbsComplete = model_.kernelsComplete = model_.runtimeArgsComplete = false;
      unknownAt(entries.empty() ? SourceLocation() : entries.front()->getLocation(),
                "the interpretation budget ran out; later host facts are unknown");
    }
    for (const HostTransfer& t : model_.transfers)
      (t.upload ? model_.buffers[t.buffer].uploaded : model_.buffers[t.buffer].readBack) = true;
    return std::move(model_);
  }

 private:
  ASTContext& ctx_;
  const SourceManager& sm_;
  const InterpretOptions& options_;
  HostModel model_;
  std::map<const ValueDecl*, Value> env_;
  llvm::DenseMap<const ValueDecl*, Value*> slots_;  // find(): env_'s entries (stable until erased)
  Flow flow_ = Flow::Normal;
  Value returned_;
  int uncertain_ = 0;
  int depth_ = 0;
  size_t steps_ = 0;
  size_t programs_ = 0;
  std::vector<const FunctionDecl*> callStack_;
  std::map<const Stmt*, bool> relevantStmt_;
  std::map<const FunctionDecl*, bool> relevantFn_;
  std::unordered_map<const Expr*, std::optional<Value>> folded_;  // constantOf
  llvm::DenseMap<const Expr*, ExprInfo> exprInfo_;                // exprInfo
  std::unordered_map<const void*, std::string> recordNames_;      // recordName
  llvm::DenseMap<const void*, bool> constructed_;                 // evalConstruct's record kinds
  mutable llvm::DenseMap<const FunctionDecl*, bool> userCode_;     // isUserCode
  llvm::DenseMap<const FunctionDecl*, bool> apiCandidate_;         // apiCandidate
  llvm::DenseMap<const CXXMethodDecl*, MethodKind> methodKinds_;    // methodKind
  /// convertTo's view of a type: 0 not an integer, 1 bool, 2 64 bits or more, else (width << 2) | signed.
  llvm::DenseMap<void*, uint64_t> intTypes_;

  /// recordNameOf(t), once per type.
  const std::string& recordName(QualType t) {
    auto [it, inserted] = recordNames_.try_emplace(t.getAsOpaquePtr());
    if (inserted) it->second = recordNameOf(t);
    return it->second;
  }

  /// A member expression's name without building a string (an identifier's spelling).
  static llvm::StringRef memberName(const MemberExpr* m, std::string& buf) {
    DeclarationName n = m->getMemberNameInfo().getName();
    if (n.isIdentifier())
      if (const IdentifierInfo* id = n.getAsIdentifierInfo()) return id->getName();
    buf = m->getMemberNameInfo().getAsString();
    return buf;
  }

  static bool isModelCall(llvm::StringRef name) {
    static const char* const names[] = {"CreateKernel", "CreateKernelFromString", "CreateCircularBuffer", "SetRuntimeArgs",
                                        "SetCommonRuntimeArgs", "GetRuntimeArgs", "GetCommonRuntimeArgs", "CreateBuffer",
                                        "create", "EnqueueWriteMeshBuffer", "EnqueueWriteBuffer", "WriteShard",
                                        "EnqueueReadMeshBuffer", "EnqueueReadBuffer", "ReadShard", "EnqueueMeshWorkload",
                                        "EnqueueProgram", "CreateProgram", "LaunchProgram"};
    for (const char* n : names)
      if (name == n) return true;
    return false;
  }

  /// Whether running `s` can add to the model (see kQuietLoopSteps).
  bool relevant(const Stmt* s) {
    if (!s) return false;
    auto it = relevantStmt_.find(s);
    if (it != relevantStmt_.end()) return it->second;
    relevantStmt_[s] = false;  // cycles
    bool r = false;
    if (auto* call = dyn_cast<CallExpr>(s)) {
      if (const FunctionDecl* fn = call->getDirectCallee()) {
        if (fn->getIdentifier() && isModelCall(fn->getName())) r = true;
        else if (isUserCode(fn)) r = relevantFunction(fn);
      } else {
        r = true;  // through a pointer or std::function: assume so
      }
    }
    if (auto* lambda = dyn_cast<LambdaExpr>(s)) r = r || relevant(lambda->getBody());
    for (const Stmt* child : s->children())
      if (r) break;
      else r = relevant(child);
    relevantStmt_[s] = r;
    return r;
  }
  bool relevantFunction(const FunctionDecl* fn) {
    const FunctionDecl* def = nullptr;
    if (!fn->hasBody(def) || !def) return true;  // external: it may
    auto it = relevantFn_.find(def);
    if (it != relevantFn_.end()) return it->second;
    relevantFn_[def] = false;
    bool r = relevant(def->getBody());
    relevantFn_[def] = r;
    return r;
  }

  // --- bookkeeping ----------------------------------------------------------------------------

  SrcLoc loc(SourceLocation l) const {
    SrcLoc out;
    if (l.isInvalid()) return out;
    l = sm_.getFileLoc(l);
    PresumedLoc p = sm_.getPresumedLoc(l);
    if (p.isInvalid()) return out;
    out.file = p.getFilename();
    out.line = p.getLine();
    out.column = p.getColumn();
    return out;
  }
  void unknownAt(SourceLocation l, std::string why) { model_.unknowns.push_back({loc(l), std::move(why)}); }
  bool certain() const { return uncertain_ == 0; }
  void step() {
    if (++steps_ > options_.stepBudget) throw BudgetExhausted{};
  }
  bool isUserCode(const FunctionDecl* fn) const {
    auto [it, inserted] = userCode_.try_emplace(fn, false);
    if (!inserted) return it->second;
    SourceLocation l = sm_.getExpansionLoc(fn->getLocation());
    bool user = false;
    if (!l.isInvalid() && !sm_.isInSystemHeader(l)) user = !sm_.getFilename(l).starts_with(kMockRoot);
    it->second = user;
    return user;
  }
  /// Whether api() may handle a call of `fn`: the SDK's and the standard library's functions it
  /// knows by name (a cache: the name test is a long chain of string compares). Every name api()
  /// handles must be listed here, or its calls are not modelled.
  bool apiCandidate(const FunctionDecl* fn) {
    auto [it, inserted] = apiCandidate_.try_emplace(fn, false);
    if (!inserted) return it->second;
    static const char* const names[] = {
        "CreateBuffer", "CreateCircularBuffer", "CreateKernel", "CreateKernelFromString", "CreateProgram",
        "EnqueueMeshWorkload", "EnqueueProgram", "EnqueueReadBuffer", "EnqueueReadMeshBuffer", "EnqueueWriteBuffer",
        "EnqueueWriteMeshBuffer", "GetCommonRuntimeArgs", "GetRuntimeArgs", "LaunchProgram", "ReadShard",
        "SetCommonRuntimeArgs", "SetRuntimeArgs", "WriteShard", "as_const", "corerange_to_cores", "create", "cref",
        "div_up", "forward_as_tuple", "grid_to_cores", "make_pair", "make_shared", "make_tuple", "make_unique", "max",
        "min", "move", "num_cores_to_corerangeset", "ref", "round_up", "size", "split_work_to_cores", "ssize", "tie"};
    bool r = false;
    if (fn->getIdentifier() && !isUserCode(fn))
      for (const char* n : names)
        if (fn->getName() == n) r = true;
    it->second = r;
    return r;
  }

  /// env_'s entry for `d` (through slots_, an index of the entries looked up).
  Value* find(const ValueDecl* d) {
    auto known = slots_.find(d);
    if (known != slots_.end()) return known->second;
    auto it = env_.find(d);
    if (it == env_.end()) return nullptr;
    slots_[d] = &it->second;
    return &it->second;
  }

  Value* slot(const ValueDecl* d) {
    for (int hops = 0; hops < 16; ++hops) {
      Value* v = find(d);
      if (!v) return nullptr;
      if (v->k != Value::K::Ref) return v;
      d = v->ref;
    }
    return nullptr;
  }

  // --- statements -----------------------------------------------------------------------------

  void exec(const Stmt* s) {
    if (!s || flow_ != Flow::Normal) return;
    step();
    if (auto* c = dyn_cast<CompoundStmt>(s)) {
      for (const Stmt* b : c->body()) {
        exec(b);
        if (flow_ != Flow::Normal) return;
      }
      return;
    }
    if (auto* d = dyn_cast<DeclStmt>(s)) {
      for (const Decl* decl : d->decls()) declare(decl);
      return;
    }
    if (auto* r = dyn_cast<ReturnStmt>(s)) {
      returned_ = r->getRetValue() ? eval(r->getRetValue()) : Value::unknown();
      flow_ = Flow::Return;
      return;
    }
    if (isa<BreakStmt>(s)) {
      flow_ = Flow::Break;
      return;
    }
    if (isa<ContinueStmt>(s)) {
      flow_ = Flow::Continue;
      return;
    }
    if (auto* i = dyn_cast<IfStmt>(s)) return execIf(i);
    if (auto* f = dyn_cast<ForStmt>(s)) return execFor(f);
    if (auto* f = dyn_cast<CXXForRangeStmt>(s)) return execRangeFor(f);
    if (auto* w = dyn_cast<WhileStmt>(s)) return execWhile(w->getCond(), w->getBody(), w->getConditionVariableDeclStmt(), false, w->getBeginLoc());
    if (auto* w = dyn_cast<DoStmt>(s)) return execWhile(w->getCond(), w->getBody(), nullptr, true, w->getBeginLoc());
    if (auto* t = dyn_cast<CXXTryStmt>(s)) return exec(t->getTryBlock());
    if (auto* a = dyn_cast<AttributedStmt>(s)) return exec(a->getSubStmt());
    if (auto* l = dyn_cast<LabelStmt>(s)) return exec(l->getSubStmt());
    if (auto* sw = dyn_cast<SwitchStmt>(s)) {
      unknownAt(sw->getBeginLoc(), "switch statement: its cases are taken as uncertain");
      eval(sw->getCond());
      runUncertain([&] { exec(sw->getBody()); }, 1);
      return;
    }
    if (isa<CXXThrowExpr>(s)) {
      flow_ = Flow::Return;  // the path ends
      return;
    }
    if (auto* e = dyn_cast<Expr>(s)) {
      eval(e);
      return;
    }
  }

  /// Gives `var` the value `v`; a structured binding gives each name its element.
  void bind(const VarDecl* var, const Value& v) {
    if (auto* dd = dyn_cast<DecompositionDecl>(var)) {
      size_t i = 0;
      for (const BindingDecl* b : dd->bindings()) {
        env_[b] = (v.k == Value::K::Tuple && i < v.items().size()) ? v.items()[i] : Value::unknown();
        ++i;
      }
    }
    env_[var] = v;
  }

  void declare(const Decl* decl) {
    if (auto* dd = dyn_cast<DecompositionDecl>(decl)) {
      bind(dd, dd->getInit() ? eval(dd->getInit()) : Value::unknown());
      return;
    }
    auto* vd = dyn_cast<VarDecl>(decl);
    if (!vd) return;
    if (vd->getType()->isReferenceType() && vd->getInit()) {
      if (const ValueDecl* target = referenced(vd->getInit())) {
        Value r;
        r.k = Value::K::Ref;
        r.ref = target;
        env_[vd] = r;
        return;
      }
    }
    Value v;
    if (const Expr* init = vd->getInit()) v = convertTo(vd->getType(), eval(init));
    else if (recordName(vd->getType()) == "Program") v = Value::handle(Value::K::Program, programs_++);
    else if (recordName(vd->getType()) == "vector") {
      v.k = Value::K::List;
    }
    // Name a buffer after the first variable that holds it.
    if (v.k == Value::K::Buffer && size_t(v.i) < model_.buffers.size() && model_.buffers[v.i].name.empty()) {
      model_.buffers[v.i].name = vd->getName().str();
      model_.buffers[v.i].at = loc(vd->getLocation());
    }
    env_[vd] = v;
  }

  /// The variables and their values, in env_'s order (values share their payloads: cheap).
  using Snapshot = std::vector<std::pair<const ValueDecl*, Value>>;
  Snapshot snapshot() const {
    Snapshot out;
    out.reserve(env_.size());
    for (const auto& [decl, value] : env_) out.emplace_back(decl, value);
    return out;
  }
  /// env_ becomes `snap` again (the variables declared since are dropped).
  void restore(const Snapshot& snap) {
    mergeFrom(snap, [](Value& value, const Value& old) { value = old; });
  }
  /// env_ becomes `snap` with each variable joined with its value in env_ (the else path `snap`
  /// of an if without else joined with its then path in env_).
  void joinInto(const Snapshot& snap) {
    mergeFrom(snap, [](Value& value, const Value& old) { value = old == value ? old : join(old, value); });
  }
  /// env_ gets exactly the variables of `snap`: the ones only env_ has are dropped, the ones only
  /// `snap` has come back, and for the ones in both merge(value in env_, value in snap) decides.
  template <class F>
  void mergeFrom(const Snapshot& snap, F merge) {
    std::less<const ValueDecl*> less;
    auto s = snap.begin();
    auto it = env_.begin();
    while (it != env_.end() || s != snap.end()) {
      if (s == snap.end() || (it != env_.end() && less(it->first, s->first))) {
        slots_.erase(it->first);
        it = env_.erase(it);
      } else if (it == env_.end() || less(s->first, it->first)) {
        env_.emplace_hint(it, s->first, s->second);
        ++s;
      } else {
        merge(it->second, s->second);
        ++it;
        ++s;
      }
    }
  }
  /// Calls f(value in env_, value in `snap`) for every variable in both.
  template <class F>
  void forBoth(const Snapshot& snap, F f) {
    std::less<const ValueDecl*> less;
    auto s = snap.begin();
    for (auto& [decl, value] : env_) {
      while (s != snap.end() && less(s->first, decl)) ++s;
      if (s == snap.end()) break;
      if (s->first == decl) f(value, s->second);
    }
  }

  /// Runs `body` `times` times in uncertain mode, then makes every variable it changed unknown.
  template <class F>
  void runUncertain(F body, int times) {
    ++uncertain_;
    for (int round = 0; round < times; ++round) {
      Snapshot before = snapshot();
      Flow saved = flow_;
      body();
      flow_ = saved;
      bool stable = true;
      forBoth(before, [&](Value& value, const Value& old) {  // variables declared inside: left
        Value joined = join(old, value);
        if (!(joined == value)) stable = false;
        value = std::move(joined);
      });
      if (stable) break;
    }
    --uncertain_;
  }

  void execIf(const IfStmt* s) {
    if (s->getInit()) exec(s->getInit());
    if (s->getConditionVariableDeclStmt()) exec(s->getConditionVariableDeclStmt());
    Value c = eval(s->getCond());
    if (c.isInt()) {
      exec(c.i ? s->getThen() : s->getElse());
      return;
    }
    // Unknown condition: both branches, uncertain; a branch that returns does not continue.
    if (!s->getElse()) {  // the else path is `start`: join the then path into it in one pass
      Snapshot start = snapshot();
      ++uncertain_;
      exec(s->getThen());
      Flow thenFlow = flow_;
      flow_ = Flow::Normal;
      --uncertain_;
      if (thenFlow != Flow::Normal) restore(start);  // env_ is the else path's
      else joinInto(start);
      return;
    }
    Snapshot start = snapshot();
    ++uncertain_;
    exec(s->getThen());
    Flow thenFlow = flow_;
    flow_ = Flow::Normal;
    Snapshot afterThen = snapshot();
    restore(start);
    exec(s->getElse());
    Flow elseFlow = flow_;
    flow_ = Flow::Normal;
    --uncertain_;
    const bool thenEnds = thenFlow != Flow::Normal, elseEnds = elseFlow != Flow::Normal;
    if (thenEnds && elseEnds) {
      flow_ = thenFlow == elseFlow ? thenFlow : Flow::Return;
      return;
    }
    if (thenEnds) return;  // env_ is the else path's
    if (elseEnds) {
      restore(afterThen);
      return;
    }
    forBoth(afterThen, [&](Value& value, const Value& then) { value = join(value, then); });
  }

  /// Every variable that differs from `before` becomes unknown.
  void forgetChanges(const Snapshot& before) {
    forBoth(before, [&](Value& value, const Value& old) { value = join(old, value); });
  }

  /// Runs one loop iteration's body; true when the loop goes on.
  bool iterate(const Stmt* body) {
    exec(body);
    if (flow_ == Flow::Break) {
      flow_ = Flow::Normal;
      return false;
    }
    if (flow_ == Flow::Continue) flow_ = Flow::Normal;
    return flow_ == Flow::Normal;
  }

  void execFor(const ForStmt* s) {
    if (s->getInit()) exec(s->getInit());
    const bool quiet = !relevant(s->getBody()) && !relevant(s->getInc()) && !relevant(s->getCond());
    const size_t start = steps_;
    Snapshot before = quiet ? snapshot() : Snapshot{};
    for (size_t n = 0;; ++n) {
      if (s->getConditionVariableDeclStmt()) exec(s->getConditionVariableDeclStmt());
      Value c = s->getCond() ? eval(s->getCond()) : Value::integer(1);
      const bool tooLong = n == kMaxIterations || (quiet && steps_ - start > kQuietLoopSteps);
      if (tooLong && quiet) forgetChanges(before);
      if (tooLong) c = Value::unknown();  // the rest of a very long loop: uncertain
      if (!c.isInt()) {
        if (!quiet)
          unknownAt(s->getBeginLoc(), tooLong ? "loop longer than the checker follows: the rest is uncertain"
                                              : "loop condition unknown: its body is taken as uncertain");
        runUncertain([&] {
          exec(s->getBody());
          flow_ = Flow::Normal;
          if (s->getInc()) eval(s->getInc());
        }, kLoopFixpoint);
        return;
      }
      if (!c.i) return;
      if (!iterate(s->getBody())) return;
      if (s->getInc()) eval(s->getInc());
    }
  }

  void execWhile(const Expr* cond, const Stmt* body, const DeclStmt* condVar, bool doWhile, SourceLocation at) {
    const bool quiet = !relevant(body) && !relevant(cond);
    const size_t start = steps_;
    Snapshot before = quiet ? snapshot() : Snapshot{};
    for (size_t n = 0;; ++n) {
      if (!(doWhile && n == 0)) {
        if (condVar) exec(condVar);
        Value c = eval(cond);
        const bool tooLong = n == kMaxIterations || (quiet && steps_ - start > kQuietLoopSteps);
        if (tooLong && quiet) forgetChanges(before);
        if (tooLong) c = Value::unknown();
        if (!c.isInt()) {
          unknownAt(at, "loop condition unknown: its body is taken as uncertain");
          runUncertain([&] {
            exec(body);
            flow_ = Flow::Normal;
            eval(cond);
          }, kLoopFixpoint);
          return;
        }
        if (!c.i) return;
      }
      if (!iterate(body)) return;
    }
  }

  std::optional<std::vector<Value>> elementsOf(const Value& v) {
    switch (v.k) {
      case Value::K::List: return v.items();
      case Value::K::RangeSet: return v.items();
      case Value::K::Range: {
        const Value &a = v.items()[0], &b = v.items()[1];
        std::vector<Value> out;
        if ((b.i - a.i + 1) * (b.j - a.j + 1) > int64_t(kMaxCores)) return std::nullopt;
        for (int64_t y = a.j; y <= b.j; ++y)
          for (int64_t x = a.i; x <= b.i; ++x) out.push_back(Value::coord(x, y));
        return out;
      }
      default: return std::nullopt;
    }
  }

  void execRangeFor(const CXXForRangeStmt* s) {
    if (s->getInit()) exec(s->getInit());
    Value range = eval(s->getRangeInit());
    const VarDecl* var = s->getLoopVariable();
    auto elements = elementsOf(range);
    auto uncertainBody = [&] {
      runUncertain([&] {
        env_[var] = Value::unknown();
        exec(s->getBody());
        flow_ = Flow::Normal;
      }, kLoopFixpoint);
    };
    const bool quiet = !relevant(s->getBody());
    if (!elements) {
      if (!quiet) unknownAt(s->getBeginLoc(), "range of the for loop unknown: its body is taken as uncertain");
      uncertainBody();
      return;
    }
    const size_t start = steps_;
    Snapshot before = quiet ? snapshot() : Snapshot{};
    for (const Value& e : *elements) {
      if (quiet && steps_ - start > kQuietLoopSteps) {
        forgetChanges(before);
        uncertainBody();
        return;
      }
      bind(var, e);
      if (!iterate(s->getBody())) return;
    }
  }

  // --- expressions ----------------------------------------------------------------------------

  static const Expr* skip(const Expr* e) {
    while (true) {
      e = e->IgnoreParens();
      if (auto* c = dyn_cast<ImplicitCastExpr>(e); c && c->getCastKind() != CK_IntegralCast &&
                                                  c->getCastKind() != CK_IntegralToBoolean &&
                                                  c->getCastKind() != CK_PointerToBoolean) {
        e = c->getSubExpr();
        continue;
      }
      if (auto* m = dyn_cast<MaterializeTemporaryExpr>(e)) { e = m->getSubExpr(); continue; }
      if (auto* b = dyn_cast<CXXBindTemporaryExpr>(e)) { e = b->getSubExpr(); continue; }
      if (auto* w = dyn_cast<ExprWithCleanups>(e)) { e = w->getSubExpr(); continue; }
      if (auto* d = dyn_cast<CXXDefaultArgExpr>(e)) { e = d->getExpr(); continue; }
      if (auto* d = dyn_cast<CXXDefaultInitExpr>(e)) { e = d->getExpr(); continue; }
      if (auto* f = dyn_cast<FullExpr>(e)) { e = f->getSubExpr(); continue; }
      return e;
    }
  }

  /// The variable an lvalue expression names (through references), or null.
  const ValueDecl* referenced(const Expr* e) {
    e = skip(e);
    if (auto* c = dyn_cast<CastExpr>(e); c && (c->getCastKind() == CK_NoOp || c->getCastKind() == CK_LValueToRValue))
      return referenced(c->getSubExpr());
    if (auto* r = dyn_cast<DeclRefExpr>(e)) {
      const ValueDecl* d = r->getDecl();
      if (auto* v = dyn_cast<VarDecl>(d)) return v;
      if (auto* b = dyn_cast<BindingDecl>(d)) return b;
    }
    if (auto* call = dyn_cast<CallExpr>(e); call && call->getNumArgs() == 1)
      if (auto* fn = call->getDirectCallee(); fn && fn->getIdentifier() && fn->getName() == "move") return referenced(call->getArg(0));
    return nullptr;
  }

  /// An assignable slot for an lvalue expression: a variable, a list element, a struct field.
  Value* lvalue(const Expr* e) {
    e = skip(e);
    if (auto* c = dyn_cast<CastExpr>(e); c && c->getCastKind() == CK_NoOp) return lvalue(c->getSubExpr());
    if (const ValueDecl* d = referenced(e)) {
      if (Value* v = slot(d)) return v;
      env_[d] = Value::unknown();
      return slot(d);
    }
    if (auto* op = dyn_cast<CXXOperatorCallExpr>(e); op && op->getOperator() == OO_Subscript && op->getNumArgs() == 2) {
      Value* base = lvalue(op->getArg(0));
      Value index = eval(op->getArg(1));
      if (base && base->k == Value::K::List && index.isInt() && index.i >= 0 && size_t(index.i) < base->items().size())
        return &base->itemsMut()[index.i];
      if (base && base->k == Value::K::List) {  // an element we cannot place: the contents are lost, not the size
        Value sized;
        sized.length = int64_t(base->items().size());
        *base = sized;
      } else if (base && !base->length) {
        *base = Value::unknown();
      }
      return nullptr;
    }
    if (auto* m = dyn_cast<MemberExpr>(e)) {
      Value* base = lvalue(m->getBase());
      if (!base) return nullptr;
      std::string buf;
      llvm::StringRef field = memberName(m, buf);
      if (base->k == Value::K::Coord && (field == "x" || field == "y")) {
        // A coordinate's member is stored as an Int view; write-back happens in assign().
        return nullptr;
      }
      if (base->k == Value::K::Struct) return &base->fieldsMut()[field.str()];
      *base = Value::unknown();
    }
    return nullptr;
  }

  void assign(const Expr* target, const Value& v) {
    if (auto* m = dyn_cast<MemberExpr>(skip(target))) {
      std::string buf;
      llvm::StringRef field = memberName(m, buf);
      if (Value* base = lvalue(m->getBase()); base && base->k == Value::K::Coord && (field == "x" || field == "y")) {
        if (!v.isInt()) *base = Value::unknown();
        else (field == "x" ? base->i : base->j) = v.i;
        return;
      }
    }
    if (Value* slotValue = lvalue(target)) *slotValue = convertTo(target->getType(), v);
  }

  /// Applies an integer conversion to `type` (truncation to its width and signedness).
  Value convertTo(QualType type, Value v) {
    if (!v.isInt() || type.isNull()) return v;
    auto [cached, inserted] = intTypes_.try_emplace(type.getAsOpaquePtr(), 0);
    if (inserted) {
      QualType t = type.getNonReferenceType().getCanonicalType();
      if (t->isBooleanType()) cached->second = 1;
      else if (!t->isIntegerType() || t->isEnumeralType()) cached->second = 0;
      else if (ctx_.getIntWidth(t) >= 64) cached->second = 2;
      else cached->second = (ctx_.getIntWidth(t) << 2) | (t->isSignedIntegerType() ? 1 : 0);
    }
    const uint64_t kind = cached->second;
    if (kind == 1) return Value::integer(v.i != 0);
    if (kind == 0 || kind == 2) return v;
    const uint64_t width = kind >> 2;
    const uint64_t mask = (uint64_t(1) << width) - 1;
    uint64_t bits = uint64_t(v.i) & mask;
    if ((kind & 1) && (bits >> (width - 1)) & 1) return Value::integer(int64_t(bits | ~mask));
    Value out = Value::integer(int64_t(bits));
    if (v.payload && v.items().empty() && v.fields().empty()) out.payload = v.payload;  // just the name: shared
    else if (v.payload) out.sMut() = v.s();
    return out;
  }

  /// What clang folds `e` to (sizeof, constexpr, enumerators, literals), none when it does not.
  /// An expression's constness does not change while the host runs: folded once per expression
  /// (loops evaluate the same expressions thousands of times).
  const std::optional<Value>& constantOf(const Expr* e) {
    auto [it, inserted] = folded_.try_emplace(e);
    if (!inserted || e->HasSideEffects(ctx_)) return it->second;
    Expr::EvalResult r;
    if (e->EvaluateAsInt(r, ctx_)) {
      Value v = Value::integer(r.Val.getInt().getExtValue());
      if (auto* ref = dyn_cast<DeclRefExpr>(e))
        if (auto* ec = dyn_cast<EnumConstantDecl>(ref->getDecl())) v.sMut() = ec->getName().str();
      it->second = std::move(v);
    }
    return it->second;
  }

  ExprInfo exprInfo(const Expr* e) {
    auto it = exprInfo_.find(e);
    if (it != exprInfo_.end()) return it->second;
    ExprInfo info;
    info.skipped = skip(e);
    info.opaque = info.skipped->isValueDependent() || info.skipped->containsErrors();
    // Constant expressions fold through clang (sizeof, constexpr, enumerators, literals).
    if (!info.opaque && info.skipped->getType()->isIntegralOrEnumerationType()) info.folded = &constantOf(info.skipped);
    exprInfo_[e] = info;
    return info;
  }

  Value eval(const Expr* e) {
    if (!e) return Value::unknown();
    {
      const ExprInfo info = exprInfo(e);
      if (info.opaque) return Value::unknown();
      if (info.folded && *info.folded) return **info.folded;
      e = info.skipped;
    }
    if (isa<ImplicitValueInitExpr>(e)) {  // a member not written in a designated initializer
      if (e->getType()->isIntegralOrEnumerationType()) return Value::integer(0);
      Value v;
      if (recordName(e->getType()) == "vector") v.k = Value::K::List;
      return v;
    }
    if (auto* s = dyn_cast<StringLiteral>(e)) {
      Value v;
      v.k = Value::K::Str;
      v.sMut() = s->getString().str();
      v.literal = s;
      return v;
    }
    if (auto* c = dyn_cast<CastExpr>(e)) {
      Value v = eval(c->getSubExpr());
      return convertTo(c->getType(), v);
    }
    if (auto* r = dyn_cast<DeclRefExpr>(e)) return evalRef(r);
    if (auto* u = dyn_cast<UnaryOperator>(e)) return evalUnary(u);
    if (auto* b = dyn_cast<BinaryOperator>(e)) return evalBinary(b);
    if (auto* c = dyn_cast<AbstractConditionalOperator>(e)) {
      Value cond = eval(c->getCond());
      if (cond.isInt()) return eval(cond.i ? c->getTrueExpr() : c->getFalseExpr());
      ++uncertain_;
      Value a = eval(c->getTrueExpr()), b = eval(c->getFalseExpr());
      --uncertain_;
      return join(a, b);
    }
    if (auto* m = dyn_cast<MemberExpr>(e)) return evalMember(m);
    if (auto* l = dyn_cast<LambdaExpr>(e)) {
      Value v;
      v.k = Value::K::Lambda;
      v.lambda = l;
      return v;
    }
    if (auto* list = dyn_cast<InitListExpr>(e)) return evalInitList(list);
    if (auto* il = dyn_cast<CXXStdInitializerListExpr>(e)) return eval(il->getSubExpr());
    if (auto* c = dyn_cast<CXXConstructExpr>(e)) return evalConstruct(c);
    if (auto* op = dyn_cast<CXXOperatorCallExpr>(e)) return evalOperatorCall(op);
    if (auto* mc = dyn_cast<CXXMemberCallExpr>(e)) return evalMemberCall(mc);
    if (auto* call = dyn_cast<CallExpr>(e)) return evalCall(call);
    if (auto* a = dyn_cast<ArraySubscriptExpr>(e)) {
      Value base = eval(a->getBase()), index = eval(a->getIdx());
      if (base.k == Value::K::List && index.isInt() && index.i >= 0 && size_t(index.i) < base.items().size()) return base.items()[index.i];
      return Value::unknown();
    }
    if (auto* t = dyn_cast<CXXThrowExpr>(e)) {
      if (t->getSubExpr()) eval(t->getSubExpr());
      flow_ = Flow::Return;
      return Value::unknown();
    }
    // Anything else: evaluate children for their effects.
    for (const Stmt* child : e->children())
      if (auto* ce = dyn_cast_or_null<Expr>(child)) eval(ce);
    return Value::unknown();
  }

  Value evalRef(const DeclRefExpr* r) {
    const ValueDecl* d = r->getDecl();
    if (auto* ec = dyn_cast<EnumConstantDecl>(d)) {
      Value v = Value::integer(ec->getInitVal().getExtValue());
      v.sMut() = ec->getName().str();
      return v;
    }
    if (Value* v = slot(d)) return *v;
    // A global or static variable with an initializer (evaluated on first use).
    if (auto* vd = dyn_cast<VarDecl>(d); vd && vd->hasInit() && !vd->isLocalVarDeclOrParm()) {
      if (vd->getType().isConstQualified() || vd->isConstexpr()) {
        Value v = convertTo(vd->getType(), eval(vd->getInit()));
        env_[vd] = v;
        return v;
      }
    }
    return Value::unknown();
  }

  Value evalUnary(const UnaryOperator* u) {
    switch (u->getOpcode()) {
      case UO_PreInc: case UO_PreDec: case UO_PostInc: case UO_PostDec: {
        Value old = eval(u->getSubExpr());
        Value now = old.isInt() ? Value::integer(old.i + (u->isIncrementOp() ? 1 : -1)) : Value::unknown();
        assign(u->getSubExpr(), now);
        return u->isPrefix() ? now : old;
      }
      case UO_Deref: case UO_AddrOf: case UO_Plus: return eval(u->getSubExpr());
      default: break;
    }
    Value v = eval(u->getSubExpr());
    if (!v.isInt()) return Value::unknown();
    switch (u->getOpcode()) {
      case UO_Minus: return convertTo(u->getType(), Value::integer(-v.i));
      case UO_Not: return convertTo(u->getType(), Value::integer(~v.i));
      case UO_LNot: return Value::integer(!v.i);
      default: return Value::unknown();
    }
  }

  std::optional<int64_t> arith(BinaryOperatorKind op, int64_t a, int64_t b, bool isUnsigned) {
    switch (op) {
      case BO_Add: return a + b;
      case BO_Sub: return a - b;
      case BO_Mul: return a * b;
      case BO_Div: if (!b) return std::nullopt; return isUnsigned ? int64_t(uint64_t(a) / uint64_t(b)) : a / b;
      case BO_Rem: if (!b) return std::nullopt; return isUnsigned ? int64_t(uint64_t(a) % uint64_t(b)) : a % b;
      case BO_Shl: if (b < 0 || b > 63) return std::nullopt; return int64_t(uint64_t(a) << b);
      case BO_Shr: if (b < 0 || b > 63) return std::nullopt; return isUnsigned ? int64_t(uint64_t(a) >> b) : a >> b;
      case BO_And: return a & b;
      case BO_Or: return a | b;
      case BO_Xor: return a ^ b;
      case BO_LT: return isUnsigned ? uint64_t(a) < uint64_t(b) : a < b;
      case BO_GT: return isUnsigned ? uint64_t(a) > uint64_t(b) : a > b;
      case BO_LE: return isUnsigned ? uint64_t(a) <= uint64_t(b) : a <= b;
      case BO_GE: return isUnsigned ? uint64_t(a) >= uint64_t(b) : a >= b;
      case BO_EQ: return a == b;
      case BO_NE: return a != b;
      default: return std::nullopt;
    }
  }

  Value evalBinary(const BinaryOperator* b) {
    const BinaryOperatorKind op = b->getOpcode();
    if (op == BO_Comma) {
      eval(b->getLHS());
      return eval(b->getRHS());
    }
    if (op == BO_LAnd || op == BO_LOr) {
      Value l = eval(b->getLHS());
      if (l.isInt() && (op == BO_LAnd ? !l.i : l.i)) return Value::integer(op == BO_LOr);
      Value r = eval(b->getRHS());
      if (l.isInt() && r.isInt()) return Value::integer(op == BO_LAnd ? (l.i && r.i) : (l.i || r.i));
      if (r.isInt() && (op == BO_LAnd ? !r.i : r.i)) return Value::integer(op == BO_LOr);
      return Value::unknown();
    }
    if (op == BO_Assign) {
      Value v = eval(b->getRHS());
      assign(b->getLHS(), v);
      return v;
    }
    if (auto* ca = dyn_cast<CompoundAssignOperator>(b)) {
      Value l = eval(b->getLHS()), r = eval(b->getRHS());
      Value v;
      if (l.isInt() && r.isInt()) {
        const bool isUnsigned = ca->getComputationLHSType()->isUnsignedIntegerOrEnumerationType();
        if (auto x = arith(BinaryOperator::getOpForCompoundAssignment(op), l.i, r.i, isUnsigned)) v = Value::integer(*x);
      } else if (l.addr || r.addr) {
        v.addr = l.addr ? l.addr : r.addr;
      }
      assign(b->getLHS(), v);
      return v;
    }
    Value l = eval(b->getLHS()), r = eval(b->getRHS());
    if (l.isInt() && r.isInt()) {
      const bool isUnsigned = b->getLHS()->getType()->isUnsignedIntegerOrEnumerationType() ||
                              b->getRHS()->getType()->isUnsignedIntegerOrEnumerationType();
      if (auto x = arith(op, l.i, r.i, isUnsigned)) return convertTo(b->getType(), Value::integer(*x));
      return Value::unknown();
    }
    if (l.k == Value::K::Coord && r.k == Value::K::Coord && (op == BO_EQ || op == BO_NE))
      return Value::integer((l.i == r.i && l.j == r.j) == (op == BO_EQ));
    Value u;
    if (op == BO_Add || op == BO_Sub) u.addr = l.addr ? l.addr : r.addr;
    return u;
  }

  Value evalMember(const MemberExpr* m) {
    Value base = eval(m->getBase());
    std::string buf;
    llvm::StringRef field = memberName(m, buf);
    if (base.k == Value::K::Coord) {
      if (field == "x") return Value::integer(base.i);
      if (field == "y") return Value::integer(base.j);
    }
    if (base.k == Value::K::Range) {
      if (field == "start_coord") return base.items()[0];
      if (field == "end_coord") return base.items()[1];
    }
    if (base.k == Value::K::Struct) {
      auto it = base.fields().find(field.str());
      if (it != base.fields().end()) return it->second;
    }
    return Value::unknown();
  }

  Value evalInitList(const InitListExpr* list) {
    if (list->isSyntacticForm() && list->getSemanticForm()) list = list->getSemanticForm();
    const std::string& rec = recordName(list->getType());
    if (list->getType()->isRecordType() && rec != "vector" && rec != "pair" && rec != "tuple" && rec != "array") {
      const RecordDecl* rd = list->getType()->getAsRecordDecl();
      if (rec == "tt_xy_pair" || rec == "CoreCoord") {
        if (list->getNumInits() == 2) {
          Value x = eval(list->getInit(0)), y = eval(list->getInit(1));
          if (x.isInt() && y.isInt()) return Value::coord(x.i, y.i);
        }
        return Value::unknown();
      }
      if (rec == "CoreRange" && list->getNumInits() == 2) return makeRange(eval(list->getInit(0)), eval(list->getInit(1)));
      Value s;
      s.k = Value::K::Struct;
      s.sMut() = rec;
      unsigned i = 0;
      for (const FieldDecl* f : rd->fields()) {
        if (i >= list->getNumInits()) break;
        s.fieldsMut()[f->getName().str()] = eval(list->getInit(i++));
      }
      return s;
    }
    // std::array<T, N>{{...}}: its one member is the C array.
    if (rec == "array" && list->getNumInits() == 1 && list->getInit(0)->getType()->isArrayType()) return eval(list->getInit(0));
    Value v;
    v.k = (rec == "pair" || rec == "tuple") ? Value::K::Tuple : Value::K::List;
    for (const Expr* init : list->inits()) v.itemsMut().push_back(eval(init));
    return v;
  }

  Value makeRange(const Value& a, const Value& b) {
    if (a.k == Value::K::Coord && b.k == Value::K::Coord && a.i <= b.i && a.j <= b.j) return Value::range(a.i, a.j, b.i, b.j);
    return Value::unknown();
  }

  /// A list value built from `n` copies of `fill` (unknown when too long).
  Value filledList(const Value& n, const Value& fill) {
    if (!n.isInt() || n.i < 0) return Value::unknown();
    Value v;
    if (size_t(n.i) > kMaxList) {  // data: only its size is kept
      v.length = n.i;
      return v;
    }
    v.k = Value::K::List;
    v.itemsMut().assign(size_t(n.i), fill);
    return v;
  }

  Value evalConstruct(const CXXConstructExpr* c) {
    const std::string& rec = recordName(c->getType());
    std::vector<Value> args;  // the arguments written (default arguments left out)
    for (const Expr* a : c->arguments())
      if (!isa<CXXDefaultArgExpr>(a)) args.push_back(eval(a));
    const CXXConstructorDecl* ctor = c->getConstructor();
    if (ctor && (ctor->isCopyOrMoveConstructor() || ctor->isConvertingConstructor(false)) && args.size() == 1 &&
        recordName(c->getArg(0)->getType()) == rec)
      return args[0];
    // Records the chain below knows (checked once per type: it is a long chain of string compares).
    auto [known, inserted] = constructed_.try_emplace(c->getType().getAsOpaquePtr(), false);
    if (inserted) {
      static const char* const names[] = {
          "tt_xy_pair", "CoreCoord", "CoreRange", "CoreRangeSet", "variant", "Span", "span", "initializer_list",
          "optional", "basic_string", "basic_string_view", "CircularBufferConfig", "ReaderDataMovementConfig",
          "WriterDataMovementConfig", "vector", "array", "map", "set", "unordered_map", "pair", "tuple", "shared_ptr",
          "Program", "TensorAccessorArgs"};
      for (const char* n : names)
        if (rec == n) known->second = true;
    }
    if (!known->second) return Value::unknown();
    if (rec == "tt_xy_pair" || rec == "CoreCoord") {
      if (args.size() == 2 && args[0].isInt() && args[1].isInt()) return Value::coord(args[0].i, args[1].i);
      if (args.size() == 1 && args[0].k == Value::K::Coord) return args[0];
      if (args.size() == 1 && args[0].k == Value::K::List && args[0].items().size() == 2 && args[0].items()[0].isInt() &&
          args[0].items()[1].isInt())
        return Value::coord(args[0].items()[0].i, args[0].items()[1].i);
      if (args.empty()) return Value::coord(0, 0);
      return Value::unknown();
    }
    if (rec == "CoreRange") {
      if (args.size() == 2) return makeRange(args[0], args[1]);
      if (args.size() == 1 && args[0].k == Value::K::Coord) return makeRange(args[0], args[0]);
      if (args.size() == 1 && args[0].k == Value::K::Range) return args[0];
      return Value::unknown();
    }
    if (rec == "CoreRangeSet") return toRangeSet(args.empty() ? Value() : args[0], args.empty());
    if ((rec == "variant" || rec == "Span" || rec == "span" || rec == "initializer_list" || rec == "optional") &&
        args.size() == 1)
      return args[0];
    if ((rec == "Span" || rec == "span" || rec == "initializer_list") && args.empty()) {  // `{}`: no arguments
      Value v;
      v.k = Value::K::List;
      return v;
    }
    if (rec == "basic_string" || rec == "basic_string_view") {
      if (args.size() == 1 && args[0].k == Value::K::Str) return args[0];
      if (args.empty()) {
        Value s;
        s.k = Value::K::Str;
        return s;
      }
      return Value::unknown();
    }
    if (rec == "CircularBufferConfig") {
      Value cfg;
      cfg.k = Value::K::CbConfig;
      cfg.fieldsMut()["total"] = args.empty() ? Value::unknown() : args[0];
      if (args.size() >= 3) cfg.fieldsMut()["global"] = Value::integer(1);  // (total, formats, const Buffer&)
      if (args.size() >= 2) {
        const Value& map = args[1];
        if (map.k != Value::K::List) cfg.itemsKnown = false;
        for (const Value& entry : map.items()) {
          if (entry.k != Value::K::Tuple || entry.items().size() != 2 || !entry.items()[0].isInt()) {
            cfg.itemsKnown = false;
            continue;
          }
          Value t;
          t.k = Value::K::Tuple;
          t.itemsMut() = {entry.items()[0], entry.items()[1], Value::unknown()};
          cfg.itemsMut().push_back(t);
        }
      }
      return cfg;
    }
    if (rec == "ReaderDataMovementConfig" || rec == "WriterDataMovementConfig") {
      Value s;
      s.k = Value::K::Struct;
      s.sMut() = rec;
      Value empty;
      empty.k = Value::K::List;
      s.fieldsMut()["compile_args"] = args.empty() ? empty : args[0];
      return s;
    }
    if (rec == "vector" || rec == "array") {
      if (args.empty()) {
        Value v;
        v.k = Value::K::List;
        return v;
      }
      if (args.size() == 1 && args[0].k == Value::K::List) return args[0];
      if (c->getNumArgs() >= 1 && c->getArg(0)->getType()->isIntegerType())
        return filledList(args[0], args.size() >= 2 ? args[1] : Value::integer(0));
      return Value::unknown();
    }
    if (rec == "map" || rec == "set" || rec == "unordered_map" || rec == "pair" || rec == "tuple") {
      if (args.size() == 1 && args[0].k == Value::K::List) return args[0];
      if (rec == "pair" || rec == "tuple") {
        Value t;
        t.k = Value::K::Tuple;
        t.itemsMut() = args;
        return t;
      }
      if (args.empty()) {
        Value v;
        v.k = Value::K::List;
        return v;
      }
    }
    if (rec == "shared_ptr" && args.size() == 1) return args[0];
    if (rec == "Program" && args.empty()) return Value::handle(Value::K::Program, programs_++);
    if (rec == "TensorAccessorArgs" && !args.empty()) return args[0];  // the buffer it describes
    return Value::unknown();
  }

  Value toRangeSet(const Value& from, bool empty) {
    Value set;
    set.k = Value::K::RangeSet;
    if (empty) return set;
    if (from.k == Value::K::RangeSet) return from;
    if (from.k == Value::K::Range) {
      set.itemsMut() = {from};
      return set;
    }
    if (from.k == Value::K::List) {
      for (const Value& r : from.items()) {
        if (r.k == Value::K::Range) set.itemsMut().push_back(r);
        else if (r.k == Value::K::Coord) set.itemsMut().push_back(Value::range(r.i, r.j, r.i, r.j));
        else return Value::unknown();
      }
      return set;
    }
    return Value::unknown();
  }

  Cores coresOf(const Value& v) {
    Cores out;
    auto add = [&](const Value& r) {
      const Value &a = r.items()[0], &b = r.items()[1];
      if ((b.i - a.i + 1) * (b.j - a.j + 1) > int64_t(kMaxCores)) return false;
      for (int64_t x = a.i; x <= b.i; ++x)
        for (int64_t y = a.j; y <= b.j; ++y) out.cores.insert({x, y});
      return true;
    };
    switch (v.k) {
      case Value::K::Coord: out.known = true; out.cores.insert({v.i, v.j}); return out;
      case Value::K::Range: out.known = add(v); return out;
      case Value::K::RangeSet:
        out.known = true;
        for (const Value& r : v.items())
          if (!add(r)) return {};
        return out;
      case Value::K::List:  // std::vector<CoreCoord>
        out.known = true;
        for (const Value& c : v.items()) {
          if (c.k != Value::K::Coord) return {};
          out.cores.insert({c.i, c.j});
        }
        return out;
      default: return out;
    }
  }

  ArgList argListOf(const Value& v, SourceLocation at) {
    ArgList out;
    out.at = loc(at);
    if (v.k != Value::K::List) return out;
    out.lengthKnown = true;
    for (const Value& item : v.items()) {
      ArgValue a;
      if (item.isInt()) a.value = item.i;
      a.addressOf = item.addr;
      if (item.k == Value::K::Buffer) a.addressOf = size_t(item.i);
      out.values.push_back(a);
    }
    return out;
  }

  // --- calls ----------------------------------------------------------------------------------

  /// Runs a user function (or lambda call operator) with `args` bound to its parameters.
  Value callUser(const FunctionDecl* fn, const std::vector<const Expr*>& argExprs, SourceLocation at) {
    const FunctionDecl* def = nullptr;
    if (!fn->hasBody(def) || !def) return Value::unknown();
    if (depth_ >= kMaxCallDepth || std::count(callStack_.begin(), callStack_.end(), def)) {
      unknownAt(at, "call of '" + fn->getNameAsString() + "' not followed (recursion or depth)");
      havocArgs(fn, argExprs, at);
      return Value::unknown();
    }
    std::vector<std::pair<const ParmVarDecl*, Value>> bound;
    for (unsigned i = 0; i < def->getNumParams(); ++i) {
      const ParmVarDecl* p = def->getParamDecl(i);
      const Expr* a = i < argExprs.size() ? argExprs[i] : (p->hasDefaultArg() ? p->getDefaultArg() : nullptr);
      Value v;
      if (p->getType()->isReferenceType() && !p->getType().getNonReferenceType().isConstQualified() && a) {
        if (const ValueDecl* target = referenced(a)) {
          v.k = Value::K::Ref;
          v.ref = target;
        } else {
          v = eval(a);
        }
      } else if (a) {
        v = convertTo(p->getType(), eval(a));
      }
      bound.push_back({p, v});
    }
    auto savedFlow = flow_;
    Value savedReturn = returned_;
    for (auto& [p, v] : bound) env_[p] = v;
    ++depth_;
    callStack_.push_back(def);
    flow_ = Flow::Normal;
    returned_ = Value::unknown();
    exec(def->getBody());
    Value result = flow_ == Flow::Return ? returned_ : Value::unknown();
    flow_ = savedFlow;
    returned_ = savedReturn;
    callStack_.pop_back();
    --depth_;
    return result;
  }

  /// A call the interpreter does not follow: whatever it can change becomes unknown.
  /// The value of a variable an argument names, without evaluating anything.
  Value peek(const Expr* e) {
    if (const ValueDecl* d = referenced(e))
      if (Value* v = slot(d)) return *v;
    return Value::unknown();
  }

  /// Only an external function (declared by the user, body not visible) may do what the model
  /// records (create CBs, kernels, set args); the mock SDK's own functions are known not to.
  void havocArgs(const FunctionDecl* fn, const std::vector<const Expr*>& args, SourceLocation at,
                 bool evaluated = false) {
    const FunctionDecl* pattern = fn->getTemplateInstantiationPattern() ? fn->getTemplateInstantiationPattern() : fn;
    const bool external = isUserCode(fn);
    for (unsigned i = 0; i < args.size(); ++i) {
      QualType t = i < pattern->getNumParams() ? pattern->getParamDecl(i)->getType() : QualType();
      const bool mutableRef = !t.isNull() && (t->isLValueReferenceType() || t->isPointerType()) &&
                              !t->getPointeeType().isConstQualified();
      if (external) {
        // Code the checker cannot see may upload a buffer it is given.
        Value v = evaluated ? peek(args[i]) : eval(args[i]);
        if (v.k == Value::K::Buffer && size_t(v.i) < model_.buffers.size()) model_.buffers[v.i].escapes = true;
        if (!mutableRef) continue;
      } else if (!mutableRef) {
        if (!evaluated) eval(args[i]);
        continue;
      }
      if (external && recordName(t) == "Program") {
        model_.cbsComplete = model_.kernelsComplete = model_.runtimeArgsComplete = false;
        unknownAt(at, "the Program goes to '" + fn->getNameAsString() + "', which the checker cannot see into");
      }
      if (const ValueDecl* d = referenced(args[i]))
        if (Value* v = slot(d)) *v = Value::unknown();
    }
  }

  std::vector<const Expr*> argsOf(const CallExpr* call, unsigned skipFirst = 0) {
    std::vector<const Expr*> out;
    for (unsigned i = skipFirst; i < call->getNumArgs(); ++i) out.push_back(call->getArg(i));
    return out;
  }

  Value evalCall(const CallExpr* call) {
    const FunctionDecl* fn = call->getDirectCallee();
    if (!fn) {
      // A call through a variable holding a lambda or a function pointer we do not track.
      Value callee = eval(call->getCallee());
      if (callee.k == Value::K::Lambda)
        return callUser(callee.lambda->getCallOperator(), argsOf(call), call->getBeginLoc());
      for (const Expr* a : call->arguments()) eval(a);
      return Value::unknown();
    }
    if (apiCandidate(fn)) {
      std::string name = fn->getName().str();
      if (Value v; api(name, fn, call, v)) return v;
    }
    if (isUserCode(fn) && fn->hasBody()) return callUser(fn, argsOf(call), call->getBeginLoc());
    havocArgs(fn, argsOf(call), call->getBeginLoc());
    return Value::unknown();
  }

  Value evalOperatorCall(const CXXOperatorCallExpr* op) {
    switch (op->getOperator()) {
      case OO_Subscript: {
        Value base = eval(op->getArg(0)), index = eval(op->getArg(1));
        if (base.k == Value::K::List && index.isInt() && index.i >= 0 && size_t(index.i) < base.items().size())
          return base.items()[index.i];
        return Value::unknown();
      }
      case OO_Equal: {
        Value v = eval(op->getArg(1));
        assign(op->getArg(0), v);
        return v;
      }
      case OO_Star: case OO_Arrow: return eval(op->getArg(0));
      case OO_Call: {
        if (auto* m = dyn_cast_or_null<CXXMethodDecl>(op->getDirectCallee()); m && m->getParent()->isLambda())
          return callUser(m, argsOf(op, 1), op->getBeginLoc());
        break;
      }
      case OO_Plus: {
        Value a = eval(op->getArg(0)), b = eval(op->getArg(1));
        if (a.k == Value::K::Str && b.k == Value::K::Str) {
          a.sMut() += b.s();
          a.literal = nullptr;
          return a;
        }
        return Value::unknown();
      }
      case OO_PlusEqual: {
        Value a = eval(op->getArg(0)), b = eval(op->getArg(1));
        if (a.k == Value::K::Str && b.k == Value::K::Str) {
          a.sMut() += b.s();
          a.literal = nullptr;
          assign(op->getArg(0), a);
          return a;
        }
        assign(op->getArg(0), Value::unknown());
        return Value::unknown();
      }
      case OO_EqualEqual: case OO_ExclaimEqual: {
        Value a = eval(op->getArg(0)), b = eval(op->getArg(1));
        if ((a.k == Value::K::Coord || a.k == Value::K::Str || a.isInt()) && a.k == b.k)
          return Value::integer((a == b) == (op->getOperator() == OO_EqualEqual));
        return Value::unknown();
      }
      default: break;
    }
    const FunctionDecl* fn = op->getDirectCallee();
    const unsigned object = isa_and_nonnull<CXXMethodDecl>(fn) ? 1 : 0;  // a member operator's object
    if (fn && isUserCode(fn) && fn->hasBody()) return callUser(fn, argsOf(op, object), op->getBeginLoc());
    if (fn) havocArgs(fn, argsOf(op, object), op->getBeginLoc());
    else for (const Expr* a : op->arguments()) eval(a);
    return Value::unknown();
  }

  Value evalMemberCall(const CXXMemberCallExpr* mc) {
    const CXXMethodDecl* method = mc->getMethodDecl();
    const Expr* objExpr = mc->getImplicitObjectArgument();
    const MethodKind kind = methodKind(method);
    std::string name = kind != MethodKind::Other && method->getIdentifier() ? method->getName().str() : std::string();
    std::string rec = kind == MethodKind::Container ? method->getParent()->getName().str() : std::string();
    if (!objExpr) return Value::unknown();

    // std::vector (and similar) mutation on a tracked variable.
    if (rec == "vector" || rec == "basic_string" || rec == "map" || rec == "set" || rec == "array") {
      Value* target = lvalue(objExpr);
      auto grow = [&](const Value& v) {
        if (!target) return;
        if (target->k != Value::K::List || target->items().size() >= kMaxList) {
          *target = Value::unknown();
          return;
        }
        target->itemsMut().push_back(v);
      };
      if (name == "push_back" || name == "emplace_back") {
        Value v = mc->getNumArgs() ? eval(mc->getArg(0)) : Value::unknown();
        if (name == "emplace_back" && mc->getNumArgs() != 1) v = Value::unknown();
        grow(v);
        return Value::unknown();
      }
      if (name == "size") {
        Value self = eval(objExpr);
        if (self.k == Value::K::List) return Value::integer(int64_t(self.items().size()));
        if (self.k == Value::K::Str) return Value::integer(int64_t(self.s().size()));
        if (self.length) return Value::integer(*self.length);
        return Value::unknown();
      }
      if (name == "at" && mc->getNumArgs() == 1) {
        Value self = eval(objExpr), index = eval(mc->getArg(0));
        if (self.k == Value::K::List && index.isInt() && index.i >= 0 && size_t(index.i) < self.items().size())
          return self.items()[index.i];
        return Value::unknown();
      }
      if (name == "empty") {
        Value self = eval(objExpr);
        if (self.k == Value::K::List) return Value::integer(self.items().empty());
        return Value::unknown();
      }
      if (name == "clear") {
        if (target) {
          Value v;
          v.k = target->k == Value::K::Str ? Value::K::Str : Value::K::List;
          *target = v;
        }
        return Value::unknown();
      }
      if (name == "resize" && mc->getNumArgs() >= 1) {
        Value n = eval(mc->getArg(0));
        Value fill = mc->getNumArgs() >= 2 && !isa<CXXDefaultArgExpr>(mc->getArg(1)) ? eval(mc->getArg(1)) : Value::integer(0);
        if (target && target->k == Value::K::List && n.isInt() && n.i >= 0 && size_t(n.i) <= kMaxList)
          target->itemsMut().resize(size_t(n.i), fill);
        else if (target)
          *target = Value::unknown();
        return Value::unknown();
      }
      if (name == "insert" && mc->getNumArgs() == 2) {
        // v.insert(v.end(), {a, b}) appends; other inserts make it unknown.
        if (auto* inner = dyn_cast<CXXMemberCallExpr>(skip(mc->getArg(0))); inner && inner->getMethodDecl() &&
                                                                            inner->getMethodDecl()->getIdentifier() &&
                                                                            inner->getMethodDecl()->getName() == "end") {
          Value more = eval(mc->getArg(1));
          if (more.k == Value::K::List && target && target->k == Value::K::List) {
            for (const Value& m : more.items()) grow(m);
            return Value::unknown();
          }
        }
        if (target) *target = Value::unknown();
        return Value::unknown();
      }
      if (name == "reserve" || name == "begin" || name == "end" || name == "cbegin" || name == "cend" || name == "data" ||
          name == "front" || name == "back" || name == "capacity") {
        if (name == "front" || name == "back") {
          Value self = eval(objExpr);
          if (self.k == Value::K::List && !self.items().empty()) return name == "front" ? self.items().front() : self.items().back();
        }
        return Value::unknown();
      }
      if (target && !method->isConst()) *target = Value::unknown();
      return Value::unknown();
    }

    Value self = eval(objExpr);
    std::vector<Value> args;
    for (const Expr* a : mc->arguments()) args.push_back(eval(a));

    if (kind == MethodKind::Other) {  // no name below: what the chain below does for any other name
      if (self.k == Value::K::Buffer || self.k == Value::K::RangeSet || self.k == Value::K::Range) return Value::unknown();
      if (self.k == Value::K::CbConfig) return self;
    } else {
      if (Value v; knownMethod(mc, method, objExpr, name, self, args, v)) return v;
    }
    // A user class's method: follow it when we can see it.
    if (method && isUserCode(method) && method->hasBody()) return callUser(method, argsOf(mc), mc->getBeginLoc());
    if (method) havocArgs(method, argsOf(mc), mc->getBeginLoc(), /*evaluated=*/true);
    return Value::unknown();
  }

  /// Whether evalMemberCall knows `method` by its class (a container) or its name (once per method).
  MethodKind methodKind(const CXXMethodDecl* method) {
    if (!method) return MethodKind::Other;
    auto [it, inserted] = methodKinds_.try_emplace(method, MethodKind::Other);
    if (!inserted) return it->second;
    static const char* const containers[] = {"vector", "basic_string", "map", "set", "array"};
    static const char* const names[] = {"append_to", "address", "get_backing_buffer", "get", "size", "page_size",
                                        "set_page_size", "set_total_size", "set_globally_allocated_address", "ranges",
                                        "num_cores", "empty", "contains", "bounding_box", "grid_size",
                                        "compute_with_storage_grid_size", "logical_grid_size"};
    MethodKind k = MethodKind::Other;
    const std::string rec = method->getParent()->getName().str();
    for (const char* n : containers)
      if (rec == n) k = MethodKind::Container;
    if (k == MethodKind::Other && method->getIdentifier())
      for (const char* n : names)
        if (method->getName() == n) k = MethodKind::Named;
    it->second = k;
    return k;
  }

  /// evalMemberCall for the methods it knows by name; false: none matched (follow or havoc it).
  bool knownMethod(const CXXMemberCallExpr* mc, const CXXMethodDecl* method, const Expr* objExpr, const std::string& name,
                   const Value& self, const std::vector<Value>& args, Value& out) {
    bool fellThrough = false;
    out = evalKnownMethod(mc, method, objExpr, name, self, args, fellThrough);
    return !fellThrough;
  }

  Value evalKnownMethod(const CXXMemberCallExpr* mc, const CXXMethodDecl* method, const Expr* objExpr,
                        const std::string& name, const Value& self, const std::vector<Value>& args, bool& fellThrough) {
    if (name == "append_to" && mc->getNumArgs() == 1) {
      // TensorAccessorArgs(buffer).append_to(args): the mock appends one value (bit 0: DRAM; above
      // it the page size, 0 when not known).
      if (Value* target = lvalue(mc->getArg(0)); target && target->k == Value::K::List) {
        Value flag = Value::integer(1);
        if (self.k == Value::K::Buffer && size_t(self.i) < model_.buffers.size()) {
          const HostBuffer& buf = model_.buffers[self.i];
          const int64_t page = buf.pageSize && *buf.pageSize > 0 && *buf.pageSize < (int64_t(1) << 31) ? *buf.pageSize : 0;
          flag = Value::integer((page << 1) | (buf.dram ? 1 : 0));
          flag.addr = size_t(self.i);  // the accessor carries the buffer to the kernel
        }
        target->itemsMut().push_back(flag);
      } else if (target) {
        *target = Value::unknown();
      }
      return Value::unknown();
    }
    if (self.k == Value::K::Buffer) {
      if (name == "address") {
        Value v;
        v.addr = size_t(self.i);
        return v;
      }
      if (name == "get_backing_buffer" || name == "get") return self;
      if (name == "size" && size_t(self.i) < model_.buffers.size() && model_.buffers[self.i].size)
        return Value::integer(*model_.buffers[self.i].size);
      if (name == "page_size" && size_t(self.i) < model_.buffers.size() && model_.buffers[self.i].pageSize)
        return Value::integer(*model_.buffers[self.i].pageSize);
      return Value::unknown();
    }
    if (self.k == Value::K::CbConfig && name == "set_page_size" && args.size() == 2) {
      Value updated = self;
      bool found = false;
      if (args[0].isInt())
        for (Value& t : updated.itemsMut())
          if (t.items()[0].isInt() && t.items()[0].i == args[0].i) {
            t.itemsMut()[2] = args[1];
            found = true;
          }
      if (!found && !args[0].isInt()) updated.itemsKnown = false;
      if (Value* target = lvalue(objExpr); target && target->k == Value::K::CbConfig) *target = updated;
      return updated;
    }
    if (self.k == Value::K::CbConfig && name == "set_total_size" && args.size() == 1) {
      Value updated = self;
      updated.fieldsMut()["total"] = args[0];
      if (Value* target = lvalue(objExpr); target && target->k == Value::K::CbConfig) *target = updated;
      return updated;
    }
    if (self.k == Value::K::CbConfig && name == "set_globally_allocated_address") {
      Value updated = self;
      updated.fieldsMut()["global"] = Value::integer(1);
      if (Value* target = lvalue(objExpr); target && target->k == Value::K::CbConfig) *target = updated;
      return updated;
    }
    if (self.k == Value::K::CbConfig) return self;  // set_tile_dims, index(...) builders...
    if (self.k == Value::K::RangeSet) {
      if (name == "ranges") {
        Value list;
        list.k = Value::K::List;
        list.itemsMut() = self.items();
        return list;
      }
      if (name == "num_cores") return Value::integer(int64_t(coresOf(self).cores.size()));
      if (name == "size") return Value::integer(int64_t(self.items().size()));
      if (name == "empty") return Value::integer(self.items().empty());
      if (name == "contains" && args.size() == 1) {
        Cores mine = coresOf(self), theirs = coresOf(args[0]);
        if (!mine.known || !theirs.known) return Value::unknown();
        return Value::integer(std::includes(mine.cores.begin(), mine.cores.end(), theirs.cores.begin(), theirs.cores.end()));
      }
      if (name == "bounding_box" && !self.items().empty()) {
        Cores all = coresOf(self);
        if (!all.known || all.cores.empty()) return Value::unknown();
        int64_t x0 = INT64_MAX, y0 = INT64_MAX, x1 = INT64_MIN, y1 = INT64_MIN;
        for (const Core& c : all.cores) {
          x0 = std::min(x0, c.first), y0 = std::min(y0, c.second), x1 = std::max(x1, c.first), y1 = std::max(y1, c.second);
        }
        return Value::range(x0, y0, x1, y1);
      }
      return Value::unknown();
    }
    if (self.k == Value::K::Range) {
      if (name == "size") return Value::integer(int64_t(coresOf(self).cores.size()));
      if (name == "contains" && args.size() == 1) {
        Cores mine = coresOf(self), theirs = coresOf(args[0]);
        if (!mine.known || !theirs.known) return Value::unknown();
        return Value::integer(std::includes(mine.cores.begin(), mine.cores.end(), theirs.cores.begin(), theirs.cores.end()));
      }
      if (name == "grid_size") return Value::coord(self.items()[1].i - self.items()[0].i + 1, self.items()[1].j - self.items()[0].j + 1);
      return Value::unknown();
    }
    if (name == "compute_with_storage_grid_size" || name == "logical_grid_size") {
      const ArchInfo info = archInfo(options_.arch);
      return Value::coord(info.gridX, info.gridY);
    }
    (void)method;
    fellThrough = true;
    return Value::unknown();
  }

  // --- the TT-Metalium API --------------------------------------------------------------------

  /// Finds, among the call's evaluated arguments, the first of kind `k`.
  static const Value* firstOf(const std::vector<Value>& args, Value::K k) {
    for (const Value& a : args)
      if (a.k == k) return &a;
    return nullptr;
  }

  // Called only for the functions apiCandidate() lets through: a name handled here must be in its
  // list too.
  bool api(const std::string& name, const FunctionDecl* fn, const CallExpr* call, Value& out) {
    if (isUserCode(fn)) return false;
    auto evalArgs = [&] {
      std::vector<Value> args;
      for (const Expr* a : call->arguments()) args.push_back(eval(a));
      return args;
    };
    // The names are distinct: the most frequent (loop conditions, data loops) first.
    if ((name == "size" || name == "ssize") && call->getNumArgs() == 1) {
      Value v = eval(call->getArg(0));
      if (v.k == Value::K::List) out = Value::integer(int64_t(v.items().size()));
      else if (v.length) out = Value::integer(*v.length);
      return true;
    }
    if (name == "min" || name == "max") {
      auto args = evalArgs();
      if (args.size() == 2 && args[0].isInt() && args[1].isInt())
        out = Value::integer(name == "min" ? std::min(args[0].i, args[1].i) : std::max(args[0].i, args[1].i));
      return true;
    }
    if (name == "move" || name == "ref" || name == "cref" || name == "as_const") {
      out = call->getNumArgs() ? eval(call->getArg(0)) : Value::unknown();
      return true;
    }
    if (name == "make_pair" || name == "make_tuple" || name == "tie" || name == "forward_as_tuple") {
      out.k = Value::K::Tuple;
      out.itemsMut() = evalArgs();
      return true;
    }
    if (name == "make_shared" || name == "make_unique") {
      auto args = evalArgs();
      out = args.size() == 1 ? args[0] : Value::unknown();
      return true;
    }
    if (name == "div_up" || name == "round_up") {
      auto args = evalArgs();
      if (args.size() == 2 && args[0].isInt() && args[1].isInt() && args[1].i > 0) {
        int64_t q = (args[0].i + args[1].i - 1) / args[1].i;
        out = Value::integer(name == "div_up" ? q : q * args[1].i);
      }
      return true;
    }
    if (name == "CreateProgram") {
      out = Value::handle(Value::K::Program, programs_++);
      return true;
    }
    if (name == "CreateKernel" || name == "CreateKernelFromString") {
      auto args = evalArgs();
      out = recordKernel(call, args, name == "CreateKernelFromString");
      return true;
    }
    if (name == "CreateCircularBuffer") {
      auto args = evalArgs();
      recordCb(call, args);
      return true;
    }
    if (name == "SetRuntimeArgs" || name == "SetCommonRuntimeArgs") {
      auto args = evalArgs();
      recordArgs(call, args, name == "SetCommonRuntimeArgs");
      return true;
    }
    if (name == "GetRuntimeArgs" || name == "GetCommonRuntimeArgs") {
      // A handle to the stored args: the caller may rewrite them, so they are unknown from here.
      auto args = evalArgs();
      if (args.size() >= 2 && args[1].k == Value::K::Kernel && size_t(args[1].i) < model_.kernels.size()) {
        HostKernel& k = model_.kernels[args[1].i];
        HostKernel::RuntimeArgsSet set;
        set.certain = false;
        set.args.at = loc(call->getBeginLoc());
        if (name == "GetRuntimeArgs") k.runtimeArgs.push_back(set);
        else k.commonRuntimeArgs.push_back(set.args);
        unknownAt(call->getBeginLoc(), "runtime args are read back with " + name + " and may be rewritten");
      }
      return true;
    }
    if (name == "create" && fn->getDeclContext()->isRecord() &&
        cast<CXXRecordDecl>(fn->getDeclContext())->getName() == "MeshBuffer") {
      auto args = evalArgs();
      out = recordBuffer(call, args);
      return true;
    }
    if (name == "CreateBuffer") {
      auto args = evalArgs();
      out = recordBuffer(call, args);
      return true;
    }
    if (name == "EnqueueWriteMeshBuffer" || name == "EnqueueWriteBuffer" || name == "WriteShard" ||
        name == "EnqueueReadMeshBuffer" || name == "EnqueueReadBuffer" || name == "ReadShard") {
      auto args = evalArgs();
      const bool upload = name.find("Write") != std::string::npos;
      if (const Value* b = firstOf(args, Value::K::Buffer)) model_.transfers.push_back({size_t(b->i), upload, loc(call->getBeginLoc())});
      else unknownAt(call->getBeginLoc(), name + ": which buffer is unknown");
      return true;
    }
    if (name == "EnqueueMeshWorkload" || name == "EnqueueProgram" || name == "LaunchProgram") {
      evalArgs();
      model_.launches.push_back(loc(call->getBeginLoc()));
      return true;
    }
    if (name == "split_work_to_cores") {
      auto args = evalArgs();
      out = splitWork(args);
      return true;
    }
    if (name == "num_cores_to_corerangeset") {
      auto args = evalArgs();
      if (args.size() >= 2 && args[0].isInt() && args[1].k == Value::K::Coord) {
        const bool rowWise = args.size() >= 3 && args[2].isInt() && args[2].i;
        out = coresToRangeSet(args[0].i, args[1], rowWise);
      }
      return true;
    }
    if (name == "grid_to_cores") {
      auto args = evalArgs();
      std::optional<std::vector<Value>> list;
      if (args.size() >= 3 && args[0].isInt() && args[1].isInt() && args[2].isInt() && args[0].i <= args[1].i * args[2].i &&
          size_t(args[0].i) <= kMaxCores) {
        const bool rowWise = args.size() >= 4 && args[3].isInt() && args[3].i;
        list.emplace();
        for (int64_t i = 0; i < args[0].i; ++i)
          list->push_back(rowWise ? Value::coord(i % args[1].i, i / args[1].i) : Value::coord(i / args[2].i, i % args[2].i));
      } else if (args.size() >= 2 && args[0].k == Value::K::Coord && args[1].k == Value::K::Coord) {
        const bool rowWise = args.size() >= 3 && args[2].isInt() && args[2].i;
        list = orderedCores(makeRange(args[0], args[1]), rowWise);
      }
      if (list) {
        out.k = Value::K::List;
        out.itemsMut() = std::move(*list);
      }
      return true;
    }
    if (name == "corerange_to_cores") {
      auto args = evalArgs();
      const bool rowWise = args.size() >= 3 && args[2].isInt() && args[2].i;
      auto list = args.empty() ? std::nullopt : orderedCores(args[0], rowWise);
      if (list) {
        out.k = Value::K::List;
        out.itemsMut() = *list;
        if (args.size() >= 2 && args[1].isInt() && args[1].i >= 0 && size_t(args[1].i) < out.items().size()) out.itemsMut().resize(args[1].i);
      }
      return true;
    }
    return false;
  }

  Value recordKernel(const CallExpr* call, const std::vector<Value>& args, bool fromString) {
    HostKernel k;
    k.id = model_.kernels.size();
    k.certain = certain();
    k.program = args.size() >= 1 && args[0].k == Value::K::Program ? size_t(args[0].i) : 0;
    if (args.size() >= 2 && args[1].k == Value::K::Str) k.path = fromString ? std::string("<string>") : args[1].s();
    if (call->getNumArgs() >= 2) k.at = loc(call->getArg(1)->getBeginLoc());
    if (!k.path.empty() && !fromString && options_.resolveKernel) k.resolvedFile = options_.resolveKernel(k.path);
    if (fromString && call->getNumArgs() >= 2) embeddedSource(call->getArg(1), args[1], k);
    if (args.size() >= 3) k.cores = coresOf(args[2]);
    if (args.size() >= 4) {
      const Value& cfg = args[3];
      k.compileArgs.at = k.at;
      if (cfg.k == Value::K::Struct) {
        if (cfg.s() == "ComputeConfig") k.role = FileRole::Compute;
        if (cfg.s() == "WriterDataMovementConfig") k.processor = DmProcessor::Brisc;
        auto proc = cfg.fields().find("processor");
        if (proc != cfg.fields().end() && proc->second.isInt())
          k.processor = proc->second.i == 0 ? DmProcessor::Brisc : DmProcessor::Ncrisc;
        auto ca = cfg.fields().find("compile_args");
        if (ca == cfg.fields().end()) {
          k.compileArgs.lengthKnown = true;  // not given: empty
        } else {
          k.compileArgs = argListOf(ca->second, call->getBeginLoc());
        }
        auto defs = cfg.fields().find("defines");
        if (defs != cfg.fields().end())
          for (const Value& d : defs->second.items())
            if (d.k == Value::K::Tuple && d.items().size() == 2 && d.items()[0].k == Value::K::Str && d.items()[1].k == Value::K::Str)
              k.defines[d.items()[0].s()] = d.items()[1].s();
      } else {
        unknownAt(call->getArg(3)->getBeginLoc(), "kernel config unknown");
      }
    }
    if (!k.certain) unknownAt(call->getBeginLoc(), "CreateKernel in a branch or loop the checker cannot decide");
    model_.kernels.push_back(k);
    return Value::handle(Value::K::Kernel, k.id);
  }

  /// CreateKernelFromString: the kernel's text, where it is written, and its identity
  /// "<host>:<line>" (a unit of its own, like a kernel file). Unknown text: the kernel is not checked.
  void embeddedSource(const Expr* arg, const Value& text, HostKernel& k) {
    if (text.k != Value::K::Str) {
      unknownAt(arg->getBeginLoc(), "the source text of this CreateKernelFromString is not known; its kernel is not checked");
      return;
    }
    k.source = text.s();
    k.sourceAt = loc(text.literal ? text.literal->getBeginLoc() : arg->getBeginLoc());
    if (text.literal && text.literal->getNumConcatenated() == 1) {
      // One raw string token: the text starts after R"delimiter( and keeps its line breaks.
      SourceLocation token = text.literal->getStrTokenLoc(0);
      bool invalid = false;
      const char* spelling = token.isFileID() ? sm_.getCharacterData(token, &invalid) : nullptr;
      if (spelling && !invalid) {
        const char* quote = std::strchr(spelling, '"');
        const char* open = quote ? std::strchr(quote, '(') : nullptr;
        if (quote && quote > spelling && quote[-1] == 'R' && open) {
          k.sourceAt = loc(token.getLocWithOffset(int(open + 1 - spelling)));
          k.sourceExact = true;
        }
      }
    }
    std::string id = model_.file + ":" + std::to_string(k.sourceAt.line);
    for (const HostKernel& other : model_.kernels)
      if (other.resolvedFile == id && other.source != k.source) id += ":" + std::to_string(k.sourceAt.column);
    k.resolvedFile = id;
  }

  void recordCb(const CallExpr* call, const std::vector<Value>& args) {
    HostCircularBuffer cb;
    cb.at = loc(call->getBeginLoc());
    cb.certain = certain();
    cb.program = args.size() >= 1 && args[0].k == Value::K::Program ? size_t(args[0].i) : 0;
    if (args.size() >= 2) cb.cores = coresOf(args[1]);
    if (args.size() >= 3 && args[2].k == Value::K::CbConfig) {
      const Value& cfg = args[2];
      auto total = cfg.fields().find("total");
      if (total != cfg.fields().end() && total->second.isInt()) cb.totalSize = total->second.i;
      cb.indicesKnown = cfg.itemsKnown;
      cb.globallyAllocated = cfg.fields().count("global") > 0;
      for (const Value& t : cfg.items()) {
        HostCbIndex& index = cb.indices[t.items()[0].i];
        if (t.items()[1].isInt()) {
          index.format = t.items()[1].i;
          index.formatName = t.items()[1].s();
        }
        if (t.items()[2].isInt()) index.pageSize = t.items()[2].i;
      }
    } else {
      cb.indicesKnown = false;
      unknownAt(call->getBeginLoc(), "circular buffer config unknown");
    }
    if (!cb.cores.known) unknownAt(call->getBeginLoc(), "circular buffer cores unknown");
    model_.circularBuffers.push_back(cb);
  }

  void recordArgs(const CallExpr* call, const std::vector<Value>& args, bool common) {
    if (args.size() < 3) return;
    const Value& kernel = args[1];
    if (kernel.k != Value::K::Kernel || size_t(kernel.i) >= model_.kernels.size()) {
      model_.runtimeArgsComplete = false;
      unknownAt(call->getBeginLoc(), "runtime args for a kernel handle the checker cannot follow");
      return;
    }
    HostKernel& k = model_.kernels[kernel.i];
    if (common) {
      k.commonRuntimeArgs.push_back(argListOf(args[2], call->getBeginLoc()));
      return;
    }
    if (args.size() < 4) return;
    // (program, kernel, std::vector<CoreCoord>, std::vector<std::vector<uint32_t>>): one per core.
    if (args[2].k == Value::K::List && args[3].k == Value::K::List && !args[3].items().empty() &&
        args[3].items().front().k == Value::K::List) {
      if (args[2].items().size() == args[3].items().size()) {
        for (size_t i = 0; i < args[2].items().size(); ++i) {
          HostKernel::RuntimeArgsSet set;
          set.cores = coresOf(args[2].items()[i]);
          set.args = argListOf(args[3].items()[i], call->getBeginLoc());
          set.certain = certain();
          k.runtimeArgs.push_back(set);
        }
        return;
      }
    }
    HostKernel::RuntimeArgsSet set;
    set.cores = coresOf(args[2]);
    set.args = argListOf(args[3], call->getBeginLoc());
    set.certain = certain();
    if (!set.cores.known) unknownAt(call->getBeginLoc(), "SetRuntimeArgs: cores unknown");
    if (!set.args.lengthKnown) unknownAt(call->getBeginLoc(), "SetRuntimeArgs: argument list unknown");
    k.runtimeArgs.push_back(set);
  }

  Value recordBuffer(const CallExpr* call, const std::vector<Value>& args) {
    HostBuffer b;
    b.at = loc(call->getBeginLoc());
    b.certain = certain();
    for (const Value& a : args) {
      if (a.k != Value::K::Struct) continue;
      auto get = [&](const char* f) -> std::optional<int64_t> {
        auto it = a.fields().find(f);
        if (it != a.fields().end() && it->second.isInt()) return it->second.i;
        return std::nullopt;
      };
      if (auto s = get("size")) b.size = s;
      if (auto p = get("page_size")) b.pageSize = p;
      auto type = a.fields().find("buffer_type");
      if (type != a.fields().end() && type->second.isInt() && !type->second.s().empty()) b.dram = type->second.s() == "DRAM";
    }
    model_.buffers.push_back(b);
    return Value::handle(Value::K::Buffer, model_.buffers.size() - 1);
  }

  std::optional<std::vector<Value>> orderedCores(const Value& set, bool rowWise) {
    Value rs = toRangeSet(set, false);
    if (rs.k != Value::K::RangeSet) return std::nullopt;
    std::vector<Value> out;
    for (const Value& r : rs.items()) {
      const Value &a = r.items()[0], &b = r.items()[1];
      if ((b.i - a.i + 1) * (b.j - a.j + 1) > int64_t(kMaxCores)) return std::nullopt;
      if (rowWise) {
        for (int64_t y = a.j; y <= b.j; ++y)
          for (int64_t x = a.i; x <= b.i; ++x) out.push_back(Value::coord(x, y));
      } else {
        for (int64_t x = a.i; x <= b.i; ++x)
          for (int64_t y = a.j; y <= b.j; ++y) out.push_back(Value::coord(x, y));
      }
    }
    return out;
  }

  Value coresToRangeSet(int64_t target, const Value& grid, bool rowWise) {
    Value set;
    set.k = Value::K::RangeSet;
    if (target <= 0) return set;
    if (target > grid.i * grid.j) return Value::unknown();
    if (rowWise) {
      int64_t full = target / grid.i, rem = target % grid.i;
      if (full) set.itemsMut().push_back(Value::range(0, 0, grid.i - 1, full - 1));
      if (rem) set.itemsMut().push_back(Value::range(0, full, rem - 1, full));
    } else {
      int64_t full = target / grid.j, rem = target % grid.j;
      if (full) set.itemsMut().push_back(Value::range(0, 0, full - 1, grid.j - 1));
      if (rem) set.itemsMut().push_back(Value::range(full, 0, full, rem - 1));
    }
    return set;
  }

  /// Cores (in fill order) as the SDK's merged ranges: runs along the fill direction become
  /// segments, equal segments in adjacent rows (columns) one rectangle (as lib/runtime does).
  static Value coalesce(const std::vector<Value>& cores, bool rowWise) {
    auto minor = [&](const Value& c) { return rowWise ? c.i : c.j; };
    auto major = [&](const Value& c) { return rowWise ? c.j : c.i; };
    std::vector<Value> segments;
    for (const Value& c : cores) {
      if (!segments.empty()) {
        Value& last = segments.back();
        if (major(last.items()[1]) == major(c) && minor(last.items()[1]) + 1 == minor(c)) {
          last.itemsMut()[1] = c;
          continue;
        }
      }
      segments.push_back(Value::range(c.i, c.j, c.i, c.j));
    }
    Value set;
    set.k = Value::K::RangeSet;
    for (const Value& seg : segments) {
      if (!set.items().empty()) {
        Value& last = set.itemsMut().back();
        if (minor(last.items()[0]) == minor(seg.items()[0]) && minor(last.items()[1]) == minor(seg.items()[1]) &&
            major(last.items()[1]) + 1 == major(seg.items()[0])) {
          last.itemsMut()[1] = seg.items()[1];
          continue;
        }
      }
      set.itemsMut().push_back(seg);
    }
    return set;
  }

  /// split_work_to_cores(grid or core set, units, row_wise), as the SDK (and our runtime) does it:
  /// {num_cores, all, group_1 (units / n + 1 each), group_2 (units / n each), per_1, per_2}.
  Value splitWork(const std::vector<Value>& args) {
    if (args.size() < 2 || !args[1].isInt()) return Value::unknown();
    const bool rowWise = args.size() >= 3 && args[2].isInt() && args[2].i;
    const int64_t units = args[1].i;
    std::optional<std::vector<Value>> cores;
    if (args[0].k == Value::K::Coord) {
      int64_t n = std::min<int64_t>(units, args[0].i * args[0].j);
      cores = orderedCores(coresToRangeSet(n, args[0], rowWise), rowWise);
    } else {
      cores = orderedCores(args[0], rowWise);
    }
    if (!cores) return Value::unknown();
    const int64_t n = std::min<int64_t>(units, int64_t(cores->size()));
    Value tuple;
    tuple.k = Value::K::Tuple;
    Value all, g1, g2;
    all.k = g1.k = g2.k = Value::K::RangeSet;
    if (n <= 0) {
      tuple.itemsMut() = {Value::integer(0), all, g1, g2, Value::integer(0), Value::integer(0)};
      return tuple;
    }
    const int64_t per = units / n, rem = units % n;
    std::vector<Value> allCores, first, second;
    for (int64_t i = 0; i < n; ++i) {
      allCores.push_back((*cores)[i]);
      (rem == 0 || i < rem ? first : second).push_back((*cores)[i]);
    }
    all = coalesce(allCores, rowWise);
    g1 = coalesce(first, rowWise);
    g2 = coalesce(second, rowWise);
    tuple.itemsMut() = {Value::integer(n), all, g1, g2, Value::integer(rem ? per + 1 : per), Value::integer(rem ? per : 0)};
    return tuple;
  }
};

}  // namespace

HostModel buildHostModel(clang::ASTContext& ctx, const std::string& file, const InterpretOptions& options) {
  return Interpreter(ctx, file, options).run();
}

}  // namespace tt_astgen::model
