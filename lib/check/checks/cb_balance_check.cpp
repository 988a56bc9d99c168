#include "check/checks/cb_balance_check.h"
#include "check/checks/model_support.h"

#include <algorithm>

namespace tt_astgen::checks {

using namespace clang;
using namespace clang::ast_matchers;

void CbBalanceCheck::registerKernelMatchers(MatchFinder& finder) {
  finder.addMatcher(functionDecl(isDefinition(), isExpansionInMainFile(),
                                 hasAnyName("kernel_main", "unpack_main", "math_main", "pack_main", "compute_main"))
                        .bind("entry"),
                    this);
}

void CbBalanceCheck::check(const MatchFinder::MatchResult& result) {
  auto* fn = result.Nodes.getNodeAs<FunctionDecl>("entry");
  if (!fn) return;
  cbsum::KernelSummary summary = cbsum::summarizeKernel(fn, *result.Context);
  if (result.Context->getDiagnostics().hasErrorOccurred()) {
    // Error recovery may have dropped statements: what is left is not the kernel's traffic.
    summary.allUnknown = true;
    summary.unknowns.insert(summary.unknowns.begin(), {summary.at, "the kernel does not compile"});
  }
  summaries_[unit().file][fn->getNameAsString()] = std::move(summary);
}

void CbBalanceCheck::finish(const ProgramInfo& program, std::vector<Diagnostic>& out) {
  if (!program.hasHost || program.hostErrors) return;  // facts from a broken host mislead
  for (const model::HostModel& host : program.hosts) {
    BalanceStats stats;
    proveCbBalance(host, summaries_, name(), out, stats);
    if (program.options.verbose && !host.kernels.empty()) {
      Diagnostic d;
      d.file = host.kernels.front().at.file;
      d.line = host.kernels.front().at.line;
      d.column = host.kernels.front().at.column;
      d.severity = Severity::Note;
      d.check = name();
      d.message = "cb-balance: proved " + std::to_string(stats.proved) + " of " +
                  std::to_string(stats.proved + stats.undecided) + " (core, CB) pairs" +
                  (stats.undecided ? "; first undecided: " + stats.firstWhy : std::string());
      out.push_back(std::move(d));
    }
  }
}

namespace cb_balance_detail {

using cbsum::CbTraffic;
using cbsum::KernelSummary;
using cbsum::SymEnv;

size_t countSteps(const std::vector<cbsum::StepRef>& steps) {
  size_t n = 0;
  for (const auto& st : steps) n += 1 + countSteps(st->body) + countSteps(st->other);
  return n;
}

/// A kernel file's effective summary: for a compute kernel compiled per TRISC, the producer side
/// (reserve/push) as the PACK pass sees it and the consumer side (wait/pop) as UNPACK sees it.
KernelSummary effective(const KernelSummaries& all) {
  if (all.empty()) return {};
  auto unpack = all.find("unpack_main"), pack = all.find("pack_main");
  if (unpack == all.end() || pack == all.end()) return all.begin()->second;
  KernelSummary out = unpack->second;
  out.allUnknown = unpack->second.allUnknown || pack->second.allUnknown;
  // The simulation runs the kernel as one thread (as the dry-run does): only when the passes see
  // the same CB calls.
  if (countSteps(unpack->second.program) != countSteps(pack->second.program))
    out.program = {std::make_shared<cbsum::Step>()};
  out.unknowns.insert(out.unknowns.end(), pack->second.unknowns.begin(), pack->second.unknowns.end());
  for (CbTraffic& t : out.cbs) {  // drop UNPACK's producer side
    t.reserves = t.pushes = t.runtimeReserve = false;
    t.reserved = t.pushed = t.reserveNeed = t.maxReserve = cbsum::constant(0);
  }
  for (const CbTraffic& p : pack->second.cbs) {
    if (!p.reserves && !p.pushes) continue;
    auto it = std::find_if(out.cbs.begin(), out.cbs.end(), [&](const CbTraffic& t) { return cbsum::sameExpr(t.cb, p.cb); });
    if (it == out.cbs.end()) {
      CbTraffic t = p;
      t.waits = t.pops = t.runtimeWait = false;
      t.waited = t.popped = t.waitNeed = t.maxWait = cbsum::constant(0);
      out.cbs.push_back(std::move(t));
      continue;
    }
    it->reserves = p.reserves, it->pushes = p.pushes;
    it->reserved = p.reserved, it->pushed = p.pushed, it->reserveNeed = p.reserveNeed, it->maxReserve = p.maxReserve;
    it->firstReserve = p.firstReserve, it->firstPush = p.firstPush, it->runtimeReserve = p.runtimeReserve;
  }
  return out;
}

std::string kernelName(const model::HostKernel& k) {
  std::string n = baseName(k.resolvedFile.empty() ? k.path : k.resolvedFile);
  if (n.size() > 4 && n.compare(n.size() - 4, 4, ".cpp") == 0) n.resize(n.size() - 4);
  return n;
}

std::optional<std::vector<std::optional<int64_t>>> values(const model::ArgList& list) {
  if (!list.lengthKnown) return std::nullopt;
  std::vector<std::optional<int64_t>> out;
  for (const auto& v : list.values) out.push_back(v.value);
  return out;
}

std::string ordinal(int64_t n) {
  std::string suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    else if (n % 10 == 2) suffix = "nd";
    else if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

/// One kernel's traffic on one CB of one core, evaluated.
struct Side {
  const model::HostKernel* kernel = nullptr;
  const CbTraffic* traffic = nullptr;
  SymEnv env;
  std::optional<model::ArgList> args;
};

std::string names(const std::vector<const Side*>& sides) {
  std::string out;
  for (size_t i = 0; i < sides.size(); ++i) {
    if (i) out += i + 1 == sides.size() ? " and " : ", ";
    out += kernelName(*sides[i]->kernel);
  }
  return out;
}

/// "reader pushes 64" / "reader and writer pop 3" / `none` when no kernel does.
std::string who(const std::vector<const Side*>& sides, const char* one, const char* many, int64_t amount,
                const char* none) {
  if (sides.empty()) return none;
  return names(sides) + " " + (sides.size() > 1 ? many : one) + " " + std::to_string(amount);
}

Loc cbbLoc(const cbsum::Pos& p) { return {p.file, p.line, p.column}; }

/// A finding before it is reported: the first failing core of its (CB, kind), and how many more.
struct Finding {
  Severity severity = Severity::Error;
  Loc at;
  std::string message;
  std::vector<std::pair<Loc, std::string>> notes;
  size_t moreCores = 0;
};

/// One kernel on one core, for the simulation: where it is in its program.
struct Runner {
  const model::HostKernel* kernel = nullptr;
  const KernelSummary* summary = nullptr;
  SymEnv env;
  struct Frame {
    const std::vector<cbsum::StepRef>* steps = nullptr;
    size_t next = 0;
    int64_t left = 1;  // iterations left, this one included (loops)
    int64_t var = -1, value = 0, by = 0;
  };
  std::vector<Frame> stack;
};

struct Event {
  cbsum::Step::Kind kind = cbsum::Step::Kind::Opaque;
  int64_t cb = 0, pages = 0;
  cbsum::Pos at;
};

/// The runner's next CB call: true with `ev`; false at the end (`failed` when something was not
/// known or not modelled).
bool nextEvent(Runner& r, Event& ev, bool& failed) {
  using Kind = cbsum::Step::Kind;
  while (!r.stack.empty()) {
    Runner::Frame& f = r.stack.back();
    if (f.next == f.steps->size()) {
      if (--f.left > 0) {
        f.next = 0;
        f.value += f.by;
        r.env.loopVars[f.var] = f.value;
        continue;
      }
      if (f.var >= 0) r.env.loopVars.erase(f.var);
      r.stack.pop_back();
      continue;
    }
    const cbsum::Step& step = *(*f.steps)[f.next++];
    auto eval = [&](const cbsum::SymRef& e) { return cbsum::evaluate(e, r.env); };
    switch (step.kind) {
      case Kind::Reserve:
      case Kind::Push:
      case Kind::Wait:
      case Kind::Pop: {
        auto cb = eval(step.cb), pages = eval(step.pages);
        if (!cb || !pages) return failed = true, false;
        ev = {step.kind, *cb, *pages, step.at};
        return true;
      }
      case Kind::Loop: {
        auto count = eval(step.count), start = eval(step.start), by = eval(step.step);
        if (!count || !start || !by) return failed = true, false;
        if (*count <= 0) continue;
        r.env.loopVars[step.var] = *start;
        r.stack.push_back({&step.body, 0, *count, step.var, *start, *by});
        continue;
      }
      case Kind::Branch: {
        auto cond = eval(step.cond);
        if (!cond) return failed = true, false;
        r.stack.push_back({*cond ? &step.body : &step.other, 0, 1, -1, 0, 0});
        continue;
      }
      case Kind::Opaque:
        return failed = true, false;
    }
  }
  return false;
}

/// Runs the kernels of one core over their CB calls until all finish or none can move (the
/// dry-run's semantics: reserve waits for room, wait for pages). True with `f` filled when they
/// wait for each other; false when they finish, or when the run is not decidable (an unknown
/// value, a push beyond the room or a pop beyond the pages, which are races, or too many calls).
bool simulate(std::vector<Runner>& runners, const std::map<int64_t, int64_t>& capacities, const model::Core& core,
              Finding& f, int64_t& blockedCb) {
  using Kind = cbsum::Step::Kind;
  std::map<int64_t, int64_t> fill;
  std::vector<Event> next(runners.size());
  std::vector<bool> done(runners.size(), false);
  bool failed = false;
  for (size_t i = 0; i < runners.size(); ++i) {
    runners[i].stack = {{&runners[i].summary->program, 0, 1, -1, 0, 0}};
    done[i] = !nextEvent(runners[i], next[i], failed);
    if (failed) return false;
  }
  int64_t budget = 4'000'000;
  for (bool progress = true; progress;) {
    progress = false;
    for (size_t i = 0; i < runners.size(); ++i) {
      while (!done[i]) {
        const Event& e = next[i];
        auto cap = capacities.find(e.cb);
        if (cap == capacities.end() || e.pages <= 0 || e.pages > cap->second) return false;
        int64_t& pages = fill[e.cb];
        if (e.kind == Kind::Reserve && cap->second - pages < e.pages) break;
        if (e.kind == Kind::Wait && pages < e.pages) break;
        if (e.kind == Kind::Push && pages + e.pages > cap->second) return false;
        if (e.kind == Kind::Pop && pages < e.pages) return false;
        if (e.kind == Kind::Push) pages += e.pages;
        if (e.kind == Kind::Pop) pages -= e.pages;
        progress = true;
        if (--budget < 0) return false;
        done[i] = !nextEvent(runners[i], next[i], failed);
        if (failed) return false;
      }
    }
  }
  std::vector<size_t> blocked;
  for (size_t i = 0; i < runners.size(); ++i)
    if (!done[i]) blocked.push_back(i);
  if (blocked.empty()) return false;
  auto describe = [&](size_t i) {
    const Event& e = next[i];
    const int64_t pages = fill[e.cb], cap = capacities.at(e.cb);
    const bool reserve = e.kind == Kind::Reserve;
    return kernelName(*runners[i].kernel) + "'s " + (reserve ? "cb_reserve_back(" : "cb_wait_front(") +
           cbName(e.cb) + ", " + std::to_string(e.pages) + ") (" + cbName(e.cb) + " holds " + std::to_string(pages) +
           " of " + std::to_string(cap) + " pages)";
  };
  const size_t first = blocked.front();
  blockedCb = next[first].cb;
  f.at = cbbLoc(next[first].at);
  f.message = "on core " + coreLabel(core) + " every CB is balanced in total, but the kernels wait for each other: ";
  for (size_t j = 0; j < blocked.size(); ++j) f.message += (j ? (j + 1 == blocked.size() ? " and " : ", ") : "") + describe(blocked[j]);
  f.message += blocked.size() > 1 ? " never return" : " never returns";
  for (size_t j = 1; j < blocked.size(); ++j)
    f.notes.push_back({cbbLoc(next[blocked[j]].at), kernelName(*runners[blocked[j]].kernel) + " waits here"});
  return true;
}

}  // namespace cb_balance_detail

void proveCbBalance(const model::HostModel& host, const std::map<std::string, KernelSummaries>& summaries,
                    const std::string& check, std::vector<Diagnostic>& out, BalanceStats& stats) {
  using namespace cb_balance_detail;
  auto undecided = [&](const std::string& why) {
    ++stats.undecided;
    if (stats.firstWhy.empty()) stats.firstWhy = why;
  };
  // Effective summaries by file.
  std::map<std::string, KernelSummary> byFile;
  for (const auto& [file, all] : summaries) byFile[file] = effective(all);

  std::set<size_t> programs;
  for (const auto& k : host.kernels) programs.insert(k.program);
  // (program, CB, kind) -> finding on the first failing core.
  std::map<std::tuple<size_t, int64_t, int>, Finding> findings;
  size_t recorded = 0;  // findings recorded, on any core

  for (size_t program : programs) {
    std::vector<const model::HostKernel*> kernels;
    for (const auto& k : host.kernels)
      if (k.program == program) kernels.push_back(&k);
    bool modelled = host.kernelsComplete;
    std::string why = modelled ? "" : "the host may create kernels the checker could not follow";
    std::set<model::Core> cores;
    for (const auto* k : kernels) {
      if (!k->certain || !k->cores.known) {
        modelled = false;
        if (why.empty()) why = "the cores of " + kernelName(*k) + " are not known";
      }
      cores.insert(k->cores.cores.begin(), k->cores.cores.end());
    }
    if (!modelled) {
      undecided(why);
      continue;
    }
    for (const model::Core& core : cores) {
      // Every kernel on this core, with its summary and the values it gets here.
      std::vector<Side> sides;
      std::string coreWhy;
      std::map<int64_t, std::vector<size_t>> byCb;  // CB id -> indices into sides
      std::vector<Runner> runners;  // every kernel on the core, for the simulation
      for (const auto* k : kernels) {
        if (!k->cores.has(core)) continue;
        auto it = byFile.find(k->resolvedFile);
        if (it == byFile.end() || !it->second.found) {
          coreWhy = "no summary of " + kernelName(*k) + " (its file is not checked or has no entry point)";
          break;
        }
        if (it->second.allUnknown) {
          coreWhy = kernelName(*k) + ": " +
                    (it->second.unknowns.empty() ? std::string("not modelled")
                                                 : baseName(it->second.unknowns.front().first.file) + ":" +
                                                       std::to_string(it->second.unknowns.front().first.line) + ": " +
                                                       it->second.unknowns.front().second);
          break;
        }
        SymEnv env;
        bool absent = false;
        std::optional<model::ArgList> args = host.runtimeArgsFor(*k, core, &absent);
        if (args) env.args = values(*args);
        if (!k->commonRuntimeArgs.empty()) env.commonArgs = values(k->commonRuntimeArgs.back());
        else env.commonArgs = std::vector<std::optional<int64_t>>{};
        env.ctArgs = values(k->compileArgs);
        runners.push_back({k, &it->second, env, {}});
        for (const CbTraffic& t : it->second.cbs) {
          SymEnv e = env;
          auto id = cbsum::evaluate(t.cb, e);
          if (!id) {
            coreWhy = kernelName(*k) + ": the CB id " + cbsum::toString(t.cb) + " is not known (" + e.why + ")";
            break;
          }
          byCb[*id].push_back(sides.size());
          sides.push_back({k, &t, env, args});
        }
        if (!coreWhy.empty()) break;
      }
      if (!coreWhy.empty()) {
        undecided("core " + coreLabel(core) + ": " + coreWhy);
        continue;
      }
      const size_t undecidedBefore = stats.undecided, recordedBefore = recorded;
      std::map<int64_t, int64_t> capacities;
      for (const auto& [cb, indices] : byCb) {
        std::vector<Side*> producers, consumers;
        for (size_t i : indices) {
          Side& s = sides[i];
          if (s.traffic->reserves || s.traffic->pushes) producers.push_back(&s);
          if (s.traffic->waits || s.traffic->pops) consumers.push_back(&s);
        }
        std::string evalWhy;
        auto eval = [&](Side& s, const cbsum::SymRef& e) {
          s.env.why.clear();
          auto v = cbsum::evaluate(e, s.env);
          if (!v && evalWhy.empty()) {
            std::string amount = cbsum::toString(e);
            if (amount.size() > 160) amount = amount.substr(0, 157) + "...";
            evalWhy = kernelName(*s.kernel) + ": " + amount + " (" + s.env.why + ")";
          }
          return v;
        };
        std::optional<int64_t> Q = 0, P = 0;
        for (Side* s : producers) {
          auto v = eval(*s, s->traffic->pushed);
          Q = Q && v ? std::optional(*Q + *v) : std::nullopt;
        }
        for (Side* s : consumers) {
          auto v = eval(*s, s->traffic->popped);
          P = P && v ? std::optional(*P + *v) : std::nullopt;
        }
        std::optional<int64_t> consumerNeed = P, producerNeed = Q;
        if (consumers.size() == 1) consumerNeed = eval(*consumers[0], consumers[0]->traffic->waitNeed);
        if (producers.size() == 1) producerNeed = eval(*producers[0], producers[0]->traffic->reserveNeed);
        if (!Q || !P || !consumerNeed || !producerNeed) {
          undecided("core " + coreLabel(core) + ", " + cbName(cb) + ": " + evalWhy);
          continue;
        }
        const model::HostCircularBuffer* found = nullptr;
        std::optional<int64_t> capacity;
        if (host.hasCircularBuffer(program, cb, core, &found) == model::Tri::Yes && found) capacity = found->pages(cb);

        std::vector<const Side*> prodNames(producers.begin(), producers.end());
        std::vector<const Side*> consNames(consumers.begin(), consumers.end());
        const std::string cbn = cbName(cb);
        const std::string onCore = "on core " + coreLabel(core) + " ";
        auto argNotes = [&](Finding& f, const std::vector<Side*>& involved) {
          for (const Side* s : involved)
            if (s->args && s->args->at.valid())
              f.notes.push_back({modelLoc(s->args->at), "the host sets the runtime arguments of " + kernelName(*s->kernel) +
                                                         " for core " + coreLabel(core) + " here"});
        };
        if (capacity) capacities[cb] = *capacity;
        auto record = [&](int kind, Finding f) {
          ++recorded;
          auto key = std::make_tuple(program, cb, kind);
          auto it = findings.find(key);
          if (it == findings.end()) findings.emplace(key, std::move(f));
          else ++it->second.moreCores;
        };
        std::vector<Side*> all(producers);
        for (Side* s : consumers)
          if (std::find(all.begin(), all.end(), s) == all.end()) all.push_back(s);

        // A single request larger than the CB (amounts from runtime args or loop variables;
        // constant and compile-time ones are cb-capacity's).
        bool hang = false;
        if (capacity) {
          for (Side* s : all) {
            for (int side = 0; side < 2 && !hang; ++side) {
              const cbsum::SymRef& req = side == 0 ? s->traffic->maxWait : s->traffic->maxReserve;
              if (!(side == 0 ? s->traffic->runtimeWait : s->traffic->runtimeReserve)) continue;
              auto v = eval(*s, req);
              if (!v || *v <= *capacity) continue;
              Finding f;
              f.at = cbbLoc(side == 0 ? s->traffic->firstWait : s->traffic->firstReserve);
              f.message = onCore + kernelName(*s->kernel) + (side == 0 ? " waits for " : " reserves ") +
                          std::to_string(*v) + " pages of " + cbn + " at once, but " + cbn + " holds only " +
                          std::to_string(*capacity) + "; that " + (side == 0 ? "cb_wait_front" : "cb_reserve_back") +
                          " never returns";
              if (found) f.notes.push_back({modelLoc(found->at), "circular buffer " + cbn + " is created here"});
              argNotes(f, {s});
              record(side == 0 ? 3 : 4, std::move(f));
              hang = true;
            }
          }
        }
        if (hang) {
          ++stats.proved, ++stats.hangs;
          continue;
        }
        if (*consumerNeed > *Q) {  // a consumer waits for a page nobody pushes
          const Side* c = consumers.front();
          const bool waits = c->traffic->waits;
          Finding f;
          f.at = cbbLoc(waits ? c->traffic->firstWait : c->traffic->firstPop);
          std::string prod = who(prodNames, "pushes", "push", *Q, "no kernel on that core pushes it");
          if (*P > *Q)
            f.message = onCore + who(consNames, "pops", "pop", *P, "") + " pages of " + cbn + " but " + prod + "; the " +
                        (waits ? "cb_wait_front" : "cb_pop_front") + " that needs the " + ordinal(*Q + 1) +
                        " page never returns";
          else
            f.message = onCore + names(consNames) + " waits for the " + ordinal(*consumerNeed) + " page of " + cbn +
                        " (it pops " + std::to_string(*P) + ") but " + prod + "; that cb_wait_front never returns";
          for (const Side* p : producers)
            if (p->traffic->firstPush.valid())
              f.notes.push_back({cbbLoc(p->traffic->firstPush), kernelName(*p->kernel) + " pushes " + cbn + " here"});
          argNotes(f, all);
          record(1, std::move(f));
          ++stats.proved, ++stats.hangs;
          continue;
        }
        if (*producerNeed > *P && !capacity) {
          undecided("core " + coreLabel(core) + ", " + cbn + ": the CB's size is not known");
          continue;
        }
        if (capacity && *producerNeed > *P + *capacity) {  // a producer waits for room nobody frees
          const Side* p = producers.front();
          const bool reserves = p->traffic->reserves;
          Finding f;
          const Loc blocks = cbbLoc(reserves ? p->traffic->firstReserve : p->traffic->firstPush);
          const std::string blocked = std::string(reserves ? "cb_reserve_back" : "cb_push_back") +
                                      " that needs room for the " + ordinal(*P + *capacity + 1) + " page never returns";
          const Side* c = consumers.size() == 1 ? consumers.front() : nullptr;
          if (c && *P == 0 && c->traffic->waits) {
            // A consumer that waits and never pops: the missing pop is the bug, the producer's
            // reserve is where it hangs.
            f.at = cbbLoc(c->traffic->firstWait);
            f.message = onCore + kernelName(*c->kernel) + " waits for pages of " + cbn + " but never pops them; " +
                        who(prodNames, "pushes", "push", *Q, "") + " pages and " + cbn + " holds " +
                        std::to_string(*capacity) + ", so " + names(prodNames) + "'s " + blocked;
            f.notes.push_back({blocks, names(prodNames) + " blocks here"});
          } else {
            f.at = blocks;
            std::string cons = who(consNames, "pops", "pop", *P, "no kernel on that core pops it");
            f.message = onCore + who(prodNames, "pushes", "push", *Q, "") + " pages of " + cbn + " but " + cons +
                        " and " + cbn + " holds " + std::to_string(*capacity) + "; the " + blocked;
          }
          for (const Side* s : consumers)
            if (s->traffic->firstPop.valid())
              f.notes.push_back({cbbLoc(s->traffic->firstPop), kernelName(*s->kernel) + " pops " + cbn + " here"});
          if (found) f.notes.push_back({modelLoc(found->at), "circular buffer " + cbn + " is created here"});
          argNotes(f, all);
          record(2, std::move(f));
          ++stats.proved, ++stats.hangs;
          continue;
        }
        ++stats.proved;
        // Pages left over: no hang, but pages nobody reads. A consumer that waits and never pops
        // (a constant tile kept for the whole kernel) is the usual idiom, not a finding.
        if (*Q > *P && (*P > 0 || consumers.empty())) {
          const Side* p = producers.front();
          Finding f;
          f.severity = Severity::Warning;
          f.at = cbbLoc(p->traffic->firstPush.valid() ? p->traffic->firstPush : p->traffic->firstReserve);
          std::string cons = who(consNames, "pops", "pop", *P, "no kernel on that core pops it");
          f.message = onCore + who(prodNames, "pushes", "push", *Q, "") + " pages of " + cbn + " but " + cons + "; " + std::to_string(*Q - *P) +
                      (*Q - *P == 1 ? " page is" : " pages are") + " never popped";
          argNotes(f, all);
          record(5, std::move(f));
        }
      }
      // Totals balanced on every CB: run the kernels' CB calls in order, as the dry-run would,
      // to find kernels that wait for each other (a cycle the totals cannot show).
      // Not when some single request exceeds its CB: that never returns on its own, and is
      // reported as such (here or by cb-capacity).
      bool fits = true;
      for (Side& s : sides) {
        SymEnv e = s.env;
        auto cb = cbsum::evaluate(s.traffic->cb, e);
        auto cap = cb ? capacities.find(*cb) : capacities.end();
        if (cap == capacities.end()) continue;
        for (const cbsum::SymRef& req : {s.traffic->maxWait, s.traffic->maxReserve}) {
          auto v = cbsum::evaluate(req, e);
          fits = fits && v && *v <= cap->second;
        }
      }
      if (fits && stats.undecided == undecidedBefore && recorded == recordedBefore && capacities.size() == byCb.size()) {
        Finding f;
        int64_t blockedCb = 0;
        if (simulate(runners, capacities, core, f, blockedCb)) {
          auto key = std::make_tuple(program, blockedCb, 6);
          auto it = findings.find(key);
          if (it == findings.end()) findings.emplace(key, std::move(f));
          else ++it->second.moreCores;
          ++recorded;
          ++stats.hangs;
        }
      }
    }
  }
  for (auto& [key, f] : findings) {
    Diagnostic d;
    d.file = f.at.file;
    d.line = f.at.line;
    d.column = f.at.column;
    d.severity = f.severity;
    d.check = check;
    d.message = f.message;
    if (f.moreCores) d.message += " (and on " + std::to_string(f.moreCores) + " more core" + (f.moreCores > 1 ? "s" : "") + ")";
    out.push_back(std::move(d));
    std::set<std::string> seenNotes;
    for (auto& [loc, text] : f.notes) {
      if (!loc.valid() || !seenNotes.insert(formatLoc(loc) + text).second) continue;
      Diagnostic n;
      n.file = loc.file;
      n.line = loc.line;
      n.column = loc.column;
      n.severity = Severity::Note;
      n.check = check;
      n.message = text;
      out.push_back(std::move(n));
    }
  }
}

}  // namespace tt_astgen::checks
