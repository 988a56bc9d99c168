// The circular-buffer traffic of one kernel, as symbolic expressions of its arguments (the
// kernel side of the cb-balance proof, lib/check/checks/cb_balance_check.*).
//
// A kernel's summary says, for each CB it names, how many pages it pushes and pops in all, how
// far its waits and reserves reach (the largest "pages popped before + pages waited for", which
// the producer must cover), and the largest single request. Each amount is a small expression
// tree over the kernel's runtime args (get_arg_val<T>(i)), common runtime args
// (get_common_arg_val<T>(i)), compile-time args (get_compile_time_arg_val(i)) and constants,
// with loop trip counts and sums over loop iterations; evaluated per core with the values the
// host sets there. What the summarizer cannot model (a while loop, a break, a call it cannot see
// into, a CB id it cannot name) becomes Unknown, which propagates: an amount is either exact or
// unknown, never a guess.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
}  // namespace clang

namespace tt_astgen::cbsum {

enum class Op {
  Const,      // value
  Unknown,
  Arg,        // runtime arg number `value`
  CommonArg,  // common runtime arg number `value`
  CtArg,      // compile-time arg number `value`
  LoopVar,    // the induction variable of loop `value` (bound while a Sum/LoopNeed/MaxOver iterates)
  Cast,       // kid 0 converted to this node's type
  Add, Sub, Mul, Div, Mod, Shl, Shr, BitAnd, BitOr, BitXor,
  Min, Max,
  Lt, Le, Eq, Ne, LAnd, LOr, Not,
  Select,     // kid 0 ? kid 1 : kid 2
  // Trip count of `for (i = kid0; i CMP kid1; i +/-= kid2)` in this node's (comparison) type;
  // `value` is the TripKind.
  Trip,
  // Loops over `for (v = kid0; count kid2 times; v += kid1)`, v being LoopVar `value`:
  Sum,        // sum of kid 3 over the iterations
  MaxOver,    // max of kid 3 over the iterations (0 when none)
  LoopNeed,   // max over iterations k of (sum of kid 3 over iterations before k) + kid 4 at k
};

enum class TripKind { Lt, Le, Ne, Gt, Ge };

struct Sym;
using SymRef = std::shared_ptr<const Sym>;

struct Sym {
  Op op = Op::Unknown;
  int64_t value = 0;
  unsigned bits = 64;     // the C type of the result: width and signedness (values wrap to it)
  bool isSigned = true;
  std::vector<SymRef> kids;
};

// Constructors (fold constants, simplify x+0, x*1, x*0, max(x,x), ...).
SymRef constant(int64_t v);
SymRef unknown();
SymRef leaf(Op op, int64_t index, unsigned bits = 32, bool isSigned = false);
SymRef make(Op op, std::vector<SymRef> kids, unsigned bits = 64, bool isSigned = true, int64_t value = 0);
SymRef add(SymRef a, SymRef b);
SymRef sub(SymRef a, SymRef b);
SymRef mul(SymRef a, SymRef b);
SymRef max(SymRef a, SymRef b);
SymRef select(SymRef c, SymRef a, SymRef b);

bool isConst(const SymRef& e, int64_t* v = nullptr);
bool isUnknown(const SymRef& e);
/// Whether the expression reads LoopVar `id`.
bool mentionsLoopVar(const SymRef& e, int64_t id);
/// Whether the expression reads a runtime arg, a common runtime arg or a loop variable.
bool mentionsRuntime(const SymRef& e);
bool sameExpr(const SymRef& a, const SymRef& b);

/// Readable form for tests and --verbose: "rt[6] * rt[3]", "ct[0]", "crt[1]", "sum(i1 < trip(...)) ...".
std::string toString(const SymRef& e);

/// The values an expression is evaluated with (one kernel on one core).
struct SymEnv {
  std::optional<std::vector<std::optional<int64_t>>> args;        // nullopt: not known
  std::optional<std::vector<std::optional<int64_t>>> commonArgs;
  std::optional<std::vector<std::optional<int64_t>>> ctArgs;
  std::map<int64_t, int64_t> loopVars;  // bound while iterating
  int64_t budget = 20'000'000;          // node evaluations; past it, unknown
  /// What made the last evaluation unknown ("runtime arg 3 is unknown"), for --verbose.
  std::string why;
};
std::optional<int64_t> evaluate(const SymRef& e, SymEnv& env);

/// A position in a checked file (presumed; macro uses at the expansion).
struct Pos {
  std::string file;
  unsigned line = 0, column = 0;
  bool valid() const { return line > 0; }
};

/// The traffic of one kernel on one CB.
struct CbTraffic {
  SymRef cb;                       // the CB id (a constant, or e.g. a compile-time arg)
  SymRef reserved, pushed, waited, popped;  // pages, in all (reserved/waited: sum of requests)
  SymRef reserveNeed;              // max over reserves of (pages pushed before + pages reserved)
  SymRef waitNeed;                 // max over waits of (pages popped before + pages waited for)
  SymRef maxReserve, maxWait;      // the largest single request
  bool pushes = false, pops = false, reserves = false, waits = false;  // such a call exists
  /// Some reserve / wait asks for an amount that depends on runtime args or a loop variable
  /// (constant requests are cb-capacity's).
  bool runtimeReserve = false, runtimeWait = false;
  Pos firstReserve, firstPush, firstWait, firstPop;
};

/// The kernel's CB calls in program order (for the per-core simulation of the CB protocol):
/// events, counted loops and branches over the same expressions as the totals.
struct Step;
using StepRef = std::shared_ptr<const Step>;
struct Step {
  enum class Kind { Reserve, Push, Wait, Pop, Loop, Branch, Opaque } kind = Kind::Opaque;
  SymRef cb, pages;                  // an event
  Pos at;
  SymRef count, start, step;         // a loop: LoopVar `var` from start, `count` times
  int64_t var = 0;
  SymRef cond;                       // a branch: `body` when cond holds, `other` otherwise
  std::vector<StepRef> body, other;
};

struct KernelSummary {
  bool found = false;         // an entry function (kernel_main, MAIN) was summarized
  std::string entry;          // its name ("kernel_main", "unpack_main", ...)
  Pos at;                     // the entry function
  /// Every CB's traffic is unknown: a CB id the summarizer cannot name, a call into code it
  /// cannot see that may use CBs, an early return.
  bool allUnknown = false;
  std::vector<CbTraffic> cbs;
  std::vector<StepRef> program;  // Opaque steps: a construct that touches CBs and is not modelled
  /// Why parts are unknown (for --verbose): "reader.cpp:12: while loop".
  std::vector<std::pair<Pos, std::string>> unknowns;
};

/// Summarizes the body of `entry` (calls into functions with visible bodies are followed).
KernelSummary summarizeKernel(const clang::FunctionDecl* entry, clang::ASTContext& ctx);

/// The kernel entry point of a unit: kernel_main, or MAIN's expansion (unpack_main, math_main,
/// pack_main, compute_main), defined in the main file. Null when none.
const clang::FunctionDecl* findKernelEntry(clang::ASTContext& ctx);

}  // namespace tt_astgen::cbsum
