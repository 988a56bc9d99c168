// Reader of tt-astgen's own plan format (docs/plan-schema.md).
#include <limits>

#include "cbs.h"
#include "chain.h"
#include "draft.h"
#include "identifiers.h"
#include "spelling.h"

namespace tt_astgen::plan_detail {
namespace {

/// Reads an enum of a version-1 "op"; a value only a version-2 chain knows ("sqrt", "reduce")
/// is reported with the way to get it.
template <typename E>
std::optional<E> readVersion1Enum(const Json& v, const std::string& path, const Spellings<E>& v1,
                                  const Spellings<E>& all, Diagnostics& d) {
  if (v.is_string()) {
    const std::string s = v.get<std::string>();
    auto has = [&](const Spellings<E>& t) {
      for (const auto& entry : t)
        if (entry.first == s) return true;
      return false;
    };
    if (!has(v1) && has(all)) {
      std::vector<std::string> choices;
      for (const auto& entry : v1) choices.emplace_back(entry.first);
      d.error(path, unknownValueMessage(s, choices) + " (" + s +
                        " needs a version-2 plan: \"version\": \"2\" and a \"chain\")");
      return std::nullopt;
    }
  }
  return readEnum(v, path, v1, d);
}

void readOp(const Json& v, const std::string& path, PlanDraft& draft, Diagnostics& d) {
  ObjectReader r(v, path, d);
  if (!r.ok()) {
    draft.opOk = false;
    return;
  }
  std::optional<OpKind> kind;
  if (const Json* k = r.required("kind")) kind = readVersion1Enum(*k, r.path("kind"), v1OpKindSpellings(), opKindSpellings(), d);
  const Json* fn = r.optional("fn");
  if (!kind) {
    draft.opOk = false;
    return;
  }
  draft.plan.op = *kind;
  switch (*kind) {
    case OpKind::Matmul:
      if (fn) d.error(r.path("fn"), "matmul takes no \"fn\"");
      break;
    case OpKind::EltwiseBinary:
      if (!fn) {
        d.error(r.path("fn"), "missing required field");
        draft.opOk = false;
      } else if (auto f = readVersion1Enum(*fn, r.path("fn"), v1BinaryOpSpellings(), binaryOpSpellings(), d)) {
        draft.plan.binaryOp = *f;
      } else {
        draft.opOk = false;
      }
      break;
    case OpKind::EltwiseUnary:
      if (!fn) {
        d.error(r.path("fn"), "missing required field");
        draft.opOk = false;
      } else if (auto f = readVersion1Enum(*fn, r.path("fn"), v1UnaryOpSpellings(), unaryOpSpellings(), d)) {
        draft.plan.unaryOp = *f;
      } else {
        draft.opOk = false;
      }
      break;
    case OpKind::Reduce:
    case OpKind::Transpose:  // not in a version-1 plan's spellings
      draft.opOk = false;
      break;
  }
}

std::optional<std::vector<uint64_t>> readShape(const Json& v, const std::string& path,
                                               Diagnostics& d) {
  if (!expectArray(v, path, d)) return std::nullopt;
  std::vector<uint64_t> shape;
  bool ok = true;
  for (size_t i = 0; i < v.size(); ++i) {
    if (auto n = readUint(v[i], childPath(path, i), d))
      shape.push_back(*n);
    else
      ok = false;
  }
  if (!ok) return std::nullopt;
  return shape;
}

BufferDraft readBuffer(const Json& v, const std::string& path, const PlanOverrides& overrides,
                       Diagnostics& d) {
  BufferDraft b;
  b.path = path;
  b.namePath = childPath(path, "name");
  b.shapePath = childPath(path, "shape");
  b.dtypePath = childPath(path, "dtype");
  ObjectReader r(v, path, d);
  if (!r.ok()) return b;
  if (const Json* n = r.required("name")) {
    if (auto s = readString(*n, b.namePath, d); s && checkName(*s, b.namePath, d)) b.name = s;
  }
  if (const Json* role = r.required("role")) b.role = readEnum(*role, r.path("role"), roleSpellings(), d);
  if (const Json* shape = r.required("shape")) b.shape = readShape(*shape, b.shapePath, d);
  if (const Json* dtype = r.optional("dtype"))
    b.dtype = readEnum(*dtype, b.dtypePath, dtypeSpellings(), d);
  else
    b.dtype = overrides.dtype.value_or(DType::BFloat16);
  if (const Json* memory = r.optional("memory")) {
    if (auto m = readEnum(*memory, r.path("memory"), memorySpellings(), d)) b.memory = *m;
  }
  if (const Json* layout = r.optional("layout")) readEnum(*layout, r.path("layout"), layoutSpellings(), d);
  return b;
}

void readBuffers(const Json& v, const std::string& path, const PlanOverrides& overrides,
                 PlanDraft& draft, Diagnostics& d) {
  if (!expectArray(v, path, d)) return;
  std::vector<BufferDraft> buffers;
  for (size_t i = 0; i < v.size(); ++i) buffers.push_back(readBuffer(v[i], childPath(path, i), overrides, d));
  draft.buffers = std::move(buffers);
}

void readGrid(const Json& v, const std::string& path, PlanDraft& draft, Diagnostics& d) {
  ObjectReader r(v, path, d);
  draft.gridX = draft.gridY = std::nullopt;
  if (!r.ok()) return;
  if (const Json* x = r.required("x")) draft.gridX = readUint(*x, draft.gridXPath, d);
  if (const Json* y = r.required("y")) draft.gridY = readUint(*y, draft.gridYPath, d);
}

CoreDraft readCore(const Json& v, const std::string& path, Diagnostics& d) {
  CoreDraft c;
  c.path = path;
  const std::string corePath = childPath(path, "core");
  c.xPath = childPath(corePath, 0);
  c.yPath = childPath(corePath, 1);
  c.startPath = childPath(path, "start_tile");
  c.countPath = childPath(path, "count");
  ObjectReader r(v, path, d);
  if (!r.ok()) return c;
  if (const Json* core = r.required("core")) {
    if (!core->is_array() || core->size() != 2) {
      d.error(corePath, "expected [x, y], got " + describe(*core));
    } else {
      c.x = readUint(core->at(0), c.xPath, d);
      c.y = readUint(core->at(1), c.yPath, d);
    }
  }
  if (const Json* s = r.required("start_tile")) c.start = readUint(*s, c.startPath, d);
  if (const Json* n = r.required("count")) c.count = readUint(*n, c.countPath, d);
  return c;
}

void readWorkSplit(const Json& v, const std::string& path, PlanDraft& draft, Diagnostics& d) {
  ObjectReader r(v, path, d);
  if (!r.ok()) {
    draft.splitOk = false;
    return;
  }
  if (const Json* k = r.required("kind")) {
    if (auto kind = readEnum(*k, r.path("kind"), splitSpellings(), d))
      draft.split = *kind;
    else
      draft.splitOk = false;
  } else {
    draft.splitOk = false;
  }
  draft.coresPath = r.path("cores");
  const Json* cores = draft.split == SplitKind::Explicit && draft.splitOk ? r.required("cores")
                                                                          : r.optional("cores");
  if (!cores) return;
  if (!expectArray(*cores, draft.coresPath, d)) {
    draft.coresSyntaxOk = false;
    return;
  }
  std::vector<CoreDraft> list;
  for (size_t i = 0; i < cores->size(); ++i) {
    list.push_back(readCore((*cores)[i], childPath(draft.coresPath, i), d));
    if (!list.back().ok()) draft.coresSyntaxOk = false;
  }
  draft.cores = std::move(list);
}

CbDraft readCb(const Json& v, const std::string& path, bool version2, Diagnostics& d) {
  CbDraft cb;
  cb.path = path;
  cb.rolePath = childPath(path, "role");
  cb.idPath = childPath(path, "id");
  cb.bufferPath = childPath(path, "buffer");
  cb.dtypePath = childPath(path, "dtype");
  cb.pageSizePath = childPath(path, "page_size");
  cb.numPagesPath = childPath(path, "num_pages");
  ObjectReader r(v, path, d);
  if (!r.ok()) {
    cb.syntaxOk = false;
    return cb;
  }
  if (const Json* id = r.required("id")) cb.id = readUintMax(*id, cb.idPath, 31, d);
  if (const Json* role = version2 ? r.optional("role") : nullptr) {
    cb.role = readEnum(*role, cb.rolePath, cbRoleSpellings(), d);
    if (!cb.role) cb.syntaxOk = false;
  }
  if (isChainCb(cb)) {
    if (r.has("buffer")) {
      d.error(cb.bufferPath, std::string("an ") + toString(*cb.role) + " circular buffer carries no buffer");
      r.optional("buffer");
      cb.syntaxOk = false;
    }
    cb.buffer = "";
  } else if (const Json* b = r.required("buffer")) {
    cb.buffer = readString(*b, cb.bufferPath, d);
  }
  if (const Json* t = r.optional("dtype")) {
    cb.dtypeGiven = true;
    cb.dtype = readEnum(*t, cb.dtypePath, dtypeSpellings(), d);
    if (!cb.dtype) cb.syntaxOk = false;
  }
  if (const Json* p = r.optional("page_size")) {
    cb.pageSizeGiven = true;
    cb.pageSize = readUint(*p, cb.pageSizePath, d);
    if (!cb.pageSize) cb.syntaxOk = false;
  }
  if (const Json* n = r.optional("num_pages")) {
    cb.numPagesGiven = true;
    cb.numPages = readUint(*n, cb.numPagesPath, d);
    if (!cb.numPages) cb.syntaxOk = false;
  }
  if (!cb.id || !cb.buffer) cb.syntaxOk = false;
  return cb;
}

void readCbs(const Json& v, const std::string& path, PlanDraft& draft, Diagnostics& d) {
  if (v.is_string() && v.get<std::string>() == "derived") return;
  if (!v.is_array()) {
    d.error(path, "expected \"derived\" or an array of circular buffers, got " + describe(v));
    draft.cbsOk = false;
    return;
  }
  draft.cbsDerived = false;
  for (size_t i = 0; i < v.size(); ++i) {
    draft.cbs.push_back(readCb(v[i], childPath(path, i), draft.plan.version == "2", d));
  }
}

void readCompute(const Json& v, const std::string& path, PlanDraft& draft, Diagnostics& d) {
  ObjectReader r(v, path, d);
  ComputeOptions& c = draft.plan.compute;
  if (const Json* f = r.optional("math_fidelity")) {
    if (auto x = readEnum(*f, r.path("math_fidelity"), fidelitySpellings(), d)) c.mathFidelity = *x;
  }
  if (const Json* f = r.optional("fp32_dest_acc_en")) {
    if (auto x = readBool(*f, r.path("fp32_dest_acc_en"), d)) c.fp32DestAccEn = *x;
  }
  if (const Json* f = r.optional("math_approx_mode")) {
    if (auto x = readBool(*f, r.path("math_approx_mode"), d)) c.mathApproxMode = *x;
  }
}

std::optional<KernelArgsDraft> readKernelArgs(const Json* v, const std::string& path, Diagnostics& d) {
  if (!v) return std::nullopt;
  KernelArgsDraft k;
  k.path = path;
  if (!expectArray(*v, path, d)) return k;
  std::vector<ArgDraft> args;
  bool ok = true;
  for (size_t i = 0; i < v->size(); ++i) {
    const std::string p = childPath(path, i);
    if (auto s = readString((*v)[i], p, d))
      args.push_back({*s, p});
    else
      ok = false;
  }
  if (ok) k.args = std::move(args);
  return k;
}

void readRuntimeArgs(const Json& v, const std::string& path, PlanDraft& draft, Diagnostics& d) {
  ObjectReader r(v, path, d);
  draft.readerArgs = readKernelArgs(r.optional("reader"), r.path("reader"), d);
  draft.computeArgs = readKernelArgs(r.optional("compute"), r.path("compute"), d);
  draft.writerArgs = readKernelArgs(r.optional("writer"), r.path("writer"), d);
}

}  // namespace

void readNativePlan(const Json& doc, const PlanOverrides& overrides, PlanDraft& draft,
                    Diagnostics& d) {
  ObjectReader r(doc, "", d);
  if (!r.ok()) {
    draft.opOk = false;
    return;
  }
  Plan& plan = draft.plan;

  if (const Json* v = r.required("version")) {
    if (auto s = readString(*v, "/version", d); s && *s != "1" && *s != "2")
      d.error("/version", "expected \"1\" or \"2\", got " + describe(*v));
    else if (s)
      plan.version = *s;
  }
  const bool version2 = plan.version == "2";
  if (const Json* v = r.required("name")) {
    if (auto s = readString(*v, "/name", d); s && checkName(*s, "/name", d)) plan.name = *s;
  }
  if (const Json* v = r.optional("profile")) {
    if (auto p = readEnum(*v, "/profile", profileSpellings(), d)) plan.profile = *p;
  } else if (overrides.profile) {
    plan.profile = *overrides.profile;
  }
  if (const Json* v = r.optional("arch")) {
    auto a = readEnum(*v, "/arch", archSpellings(), d);
    if (a) plan.arch = *a;
    draft.archOk = a.has_value();
  }
  if (version2) {
    if (const Json* v = r.required("chain"))
      readChain(*v, "/chain", draft, d);
    else
      draft.opOk = false;
    if (r.has("op")) {  // asked only when present: the list of known fields stays version 2's
      r.optional("op");
      d.error("/op", "a version-2 plan names its ops in \"chain\" (\"op\" is version 1)");
      draft.opOk = false;
    }
  } else {
    if (r.has("chain")) {  // asked only when present: the list of known fields stays version 1's
      r.optional("chain");
      d.error("/chain", "\"chain\" needs \"version\": \"2\" (a version-1 plan has one \"op\")");
      draft.opOk = false;
    }
    if (const Json* v = r.required("op"))
      readOp(*v, "/op", draft, d);
    else
      draft.opOk = false;
  }
  if (const Json* v = r.required("buffers")) readBuffers(*v, "/buffers", overrides, draft, d);
  if (const Json* v = r.optional("grid")) readGrid(*v, "/grid", draft, d);
  if (const Json* v = r.optional("work_split")) readWorkSplit(*v, "/work_split", draft, d);
  if (const Json* v = r.optional("cbs")) readCbs(*v, "/cbs", draft, d);
  if (const Json* v = r.optional("compute")) readCompute(*v, "/compute", draft, d);
  if (const Json* v = r.optional("runtime_args")) readRuntimeArgs(*v, "/runtime_args", draft, d);
  if (const Json* v = r.optional("seed")) {
    if (auto s = readUint32(*v, "/seed", d)) plan.seed = *s;
  }
  if (const Json* v = r.optional("tolerance")) {
    auto t = readNumber(*v, "/tolerance", d);
    if (t && !(*t > 0.0 && *t <= 1.0)) {
      d.error("/tolerance", "expected a number in (0, 1], got " + describe(*v));
      t.reset();
    }
    draft.tolerance = t;
    draft.toleranceOk = t.has_value();
  }
}

}  // namespace tt_astgen::plan_detail
