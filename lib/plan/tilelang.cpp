// Reader of TileLang's tt.plan.json (docs/plan-schema.md, "TileLang plans";
// /work/shared/spec/tilelang-plan.md section 2).
//
// TileLang's file holds only the grid and the per-core tile assignments (and, when a v5 backend
// writes them, "op" and "dtype" in TileLang's spellings). Everything else comes from
// PlanOverrides or from TileLang's own defaults: op matmul, bfloat16, and its dimension
// inference Mt = grid.y, Nt = grid.x, Kt = Mt ("assume square"). The plan is a chain of one step.
#include <tuple>

#include "draft.h"
#include "spelling.h"

namespace tt_astgen::plan_detail {
namespace {

struct OverrideOp {
  OpKind kind;
  BinaryOpKind binary = BinaryOpKind::Add;
  UnaryOpKind unary = UnaryOpKind::Copy;
};

const Spellings<OverrideOp>& overrideOps() {
  static const Spellings<OverrideOp> t{
      {"matmul", {OpKind::Matmul}},
      {"add", {OpKind::EltwiseBinary, BinaryOpKind::Add}},
      {"sub", {OpKind::EltwiseBinary, BinaryOpKind::Sub}},
      {"mul", {OpKind::EltwiseBinary, BinaryOpKind::Mul}},
      {"copy", {OpKind::EltwiseUnary, BinaryOpKind::Add, UnaryOpKind::Copy}},
      {"relu", {OpKind::EltwiseUnary, BinaryOpKind::Add, UnaryOpKind::Relu}},
      {"exp", {OpKind::EltwiseUnary, BinaryOpKind::Add, UnaryOpKind::Exp}},
      // Version 5.0 adds div (recip of b, then mul, as its codegen emits it) and sqrt.
      {"div", {OpKind::EltwiseBinary, BinaryOpKind::Div}},
      {"sqrt", {OpKind::EltwiseUnary, BinaryOpKind::Add, UnaryOpKind::Sqrt}},
  };
  return t;
}

bool isVersion1Op(const OverrideOp& op) {
  auto in = [](const auto& table, auto value) {
    for (const auto& entry : table)
      if (entry.second == value) return true;
    return false;
  };
  switch (op.kind) {
    case OpKind::EltwiseBinary: return in(v1BinaryOpSpellings(), op.binary);
    case OpKind::EltwiseUnary: return in(v1UnaryOpSpellings(), op.unary);
    default: return true;
  }
}

/// TileLang's dtype spellings (v5's tt.buffer dtype attribute: "bf16", "fp16", "fp32") and ours.
const Spellings<DType>& tileLangDTypes() {
  static const Spellings<DType> t{{"bf16", DType::BFloat16}, {"fp16", DType::Float16},
                                  {"fp32", DType::Float32},  {"bfloat16", DType::BFloat16},
                                  {"float16", DType::Float16}, {"float32", DType::Float32},
                                  {"bfloat8_b", DType::BFloat8_b}};
  return t;
}

/// The op by TileLang's name, or nullopt after reporting at path (prefix: what names it).
std::optional<std::pair<std::string, OverrideOp>> findOp(const std::string& name, const std::string& path,
                                                         const std::string& prefix, Diagnostics& d) {
  for (const auto& [spelling, value] : overrideOps())
    if (spelling == name) return std::make_pair(std::string(spelling), value);
  std::vector<std::string> choices;
  for (const auto& entry : overrideOps()) choices.emplace_back(entry.first);
  d.error(path, prefix + unknownValueMessage(name, choices));
  return std::nullopt;
}

/// An override dimension in elements: a positive multiple of 32.
std::optional<uint64_t> checkOverrideDim(const char* name, std::optional<uint64_t> v, Diagnostics& d) {
  if (!v) return std::nullopt;
  if (*v == 0 || *v % 32 != 0) {
    d.error("", std::string("override ") + name + ": expected a positive multiple of 32 (tile size), got " +
                    std::to_string(*v));
    return std::nullopt;
  }
  return v;
}

void readGrid(const Json& v, bool v1, PlanDraft& draft, Diagnostics& d) {
  ObjectReader r(v, "/grid", d);
  r.finishLenient();
  draft.gridX = draft.gridY = std::nullopt;
  if (!r.ok()) return;
  if (const Json* x = r.required("x")) draft.gridX = readUint(*x, "/grid/x", d);
  if (const Json* y = r.required("y")) draft.gridY = readUint(*y, "/grid/y", d);
  if (const Json* z = r.optional("z")) {
    if (auto n = readUint(*z, "/grid/z", d); n && *n != 1)
      d.error("/grid/z", "expected 1 (tt-astgen plans are two-dimensional), got " + std::to_string(*n));
  }
  // Version 1.0 carries the output tile count here; in 5.0 total_tiles is x*y (a core count).
  if (const Json* t = r.optional("total_tiles"); t && v1) {
    if (auto n = readUint(*t, "/grid/total_tiles", d)) draft.tileCountClaims.push_back({*n, "/grid/total_tiles"});
  }
}

void readSchedule(const Json& v, Diagnostics& d) {
  ObjectReader r(v, "/schedule", d);
  r.finishLenient();
  if (const Json* p = r.optional("policy")) {
    if (auto s = readString(*p, "/schedule/policy", d); s && *s != "contiguous")
      d.error("/schedule/policy", "expected \"contiguous\" (the only policy tt-astgen supports), got " +
                                      describe(*p));
  }
  if (const Json* o = r.optional("order")) {
    if (auto s = readString(*o, "/schedule/order", d); s && *s != "row_major")
      d.error("/schedule/order", "expected \"row_major\" (tile ids are row-major), got " + describe(*o));
  }
}

void readAssignments(const Json& v, const std::string& path, PlanDraft& draft, Diagnostics& d) {
  draft.coresPath = path;
  if (!expectArray(v, path, d)) {
    draft.splitOk = false;
    return;
  }
  if (v.empty()) return;  // no table: contiguous split
  const uint64_t gx = draft.gridX.value_or(0), gy = draft.gridY.value_or(0);
  std::vector<CoreDraft> cores;
  for (size_t i = 0; i < v.size(); ++i) {
    const std::string p = childPath(path, i);
    ObjectReader r(v[i], p, d);
    r.finishLenient();
    CoreDraft c;
    c.path = p;
    c.xPath = c.yPath = childPath(p, "core_id");
    c.startPath = childPath(p, "start_tile");
    c.countPath = childPath(p, "count");
    std::optional<uint64_t> id;
    if (const Json* j = r.required("core_id")) id = readUint(*j, c.xPath, d);
    if (const Json* j = r.required("start_tile")) c.start = readUint(*j, c.startPath, d);
    if (const Json* j = r.required("count")) c.count = readUint(*j, c.countPath, d);
    if (!r.ok()) draft.coresSyntaxOk = false;
    if (id && gx && gy) {
      if (*id >= gx * gy) {
        d.error(c.xPath, "expected 0.." + std::to_string(gx * gy - 1) + " (a core of the " +
                             std::to_string(gx) + "x" + std::to_string(gy) + " grid), got " +
                             std::to_string(*id));
      } else {
        c.x = *id % gx;
        c.y = *id / gx;
      }
    }
    if (c.count && *c.count == 0) continue;  // TileLang lists idle cores; tt-astgen does not
    cores.push_back(c);
  }
  draft.split = SplitKind::Explicit;
  draft.cores = std::move(cores);
}

}  // namespace

bool isTileLangPlan(const Json& doc) {
  if (!doc.is_object()) return false;
  auto target = doc.find("target");
  if (target != doc.end() && target->is_string() && target->get<std::string>() == "tenstorrent")
    return true;
  auto gen = doc.find("generator");
  return gen != doc.end() && gen->is_string() && gen->get<std::string>().rfind("tilelang", 0) == 0;
}

void readTileLangPlan(const Json& doc, const PlanOverrides& overrides, PlanDraft& draft,
                      Diagnostics& d) {
  ObjectReader r(doc, "", d);
  r.finishLenient();  // a foreign, evolving format: fields tt-astgen does not use are ignored
  Plan& plan = draft.plan;
  draft.buffersPath = "";
  draft.opPath = "";

  bool v1 = true;
  if (const Json* v = r.required("version")) {
    auto s = readString(*v, "/version", d);
    if (s && *s != "1.0" && *s != "5.0")
      d.error("/version", "expected \"1.0\" or \"5.0\" (TileLang plan versions), got " + describe(*v));
    v1 = !(s && *s == "5.0");
  }
  if (const Json* v = r.required("grid"))
    readGrid(*v, v1, draft, d);
  else
    draft.gridX = draft.gridY = std::nullopt;
  if (const Json* v = r.optional("schedule")) readSchedule(*v, d);
  if (const Json* v = r.optional("num_tiles")) {
    if (auto n = readUint(*v, "/num_tiles", d)) draft.tileCountClaims.push_back({*n, "/num_tiles"});
  }
  if (const Json* v = r.optional("cores")) {
    ObjectReader cr(*v, "/cores", d);
    cr.finishLenient();
    if (const Json* a = cr.optional("assignments")) readAssignments(*a, "/cores/assignments", draft, d);
  }

  // "op" and "dtype": written by a v5 backend that knows them (tt-astgen's reading; TileLang's own
  // files leave them out); the file's word goes before the overrides.
  std::optional<std::pair<std::string, OverrideOp>> fileOp;
  if (const Json* v = r.optional("op")) {
    if (auto s = readString(*v, "/op", d)) {
      fileOp = findOp(*s, "/op", "", d);
      if (!fileOp) draft.opOk = false;
    } else {
      draft.opOk = false;
    }
  }
  std::optional<DType> fileDtype;
  bool dtypeOk = true;
  if (const Json* v = r.optional("dtype")) {
    fileDtype = readEnum(*v, "/dtype", tileLangDTypes(), d);
    dtypeOk = fileDtype.has_value();
  }

  // --- what the file does not say: overrides, then TileLang's defaults -----------------------
  OverrideOp op{OpKind::Matmul};
  std::string opName = "matmul";
  if (fileOp) {
    std::tie(opName, op) = *fileOp;
  } else if (overrides.op) {
    if (auto found = findOp(*overrides.op, "", "override op: ", d))
      std::tie(opName, op) = *found;
    else
      draft.opOk = false;
  }
  plan.op = op.kind;
  plan.binaryOp = op.binary;
  plan.unaryOp = op.unary;
  plan.name = "tilelang_" + opName;
  if (overrides.profile) plan.profile = *overrides.profile;
  const DType dtype = fileDtype.value_or(overrides.dtype.value_or(DType::BFloat16));
  if (!dtypeOk) return;  // draft.buffers stays empty

  // TileLang's ExtractMatmulDims: Nt = grid_x, Mt = grid_y, Kt = Mt.
  auto m = checkOverrideDim("m", overrides.m, d);
  auto n = checkOverrideDim("n", overrides.n, d);
  auto k = checkOverrideDim("k", overrides.k, d);
  const bool dimsOk = (overrides.m.has_value() == m.has_value()) && (overrides.n.has_value() == n.has_value()) &&
                      (overrides.k.has_value() == k.has_value());
  if (!dimsOk || (!m && !draft.gridY) || (!n && !draft.gridX)) return;  // draft.buffers stays empty
  const uint64_t M = m.value_or(*draft.gridY * kTileHeight);
  const uint64_t N = n.value_or(*draft.gridX * kTileWidth);
  const uint64_t K = k.value_or(M);

  auto buffer = [&](const char* name, BufferRole role, uint64_t rows, uint64_t cols) {
    BufferDraft b;
    b.name = name;
    b.role = role;
    b.shape = std::vector<uint64_t>{rows, cols};
    b.dtype = dtype;
    return b;  // paths stay "": errors about synthesized buffers are reported at the root
  };
  std::vector<BufferDraft> buffers;
  switch (op.kind) {
    case OpKind::Matmul:
      buffers = {buffer("a", BufferRole::Input, M, K), buffer("b", BufferRole::Input, K, N),
                 buffer("c", BufferRole::Output, M, N)};
      break;
    case OpKind::EltwiseBinary:
      buffers = {buffer("a", BufferRole::Input, M, N), buffer("b", BufferRole::Input, M, N),
                 buffer("c", BufferRole::Output, M, N)};
      break;
    case OpKind::EltwiseUnary:
      buffers = {buffer("a", BufferRole::Input, M, N), buffer("c", BufferRole::Output, M, N)};
      break;
    case OpKind::Reduce:
    case OpKind::Transpose:  // not among TileLang's ops
      break;
  }
  draft.buffers = std::move(buffers);

  // An op a version-1 plan cannot spell (div, sqrt) makes a version-2 plan of one step, so that
  // the normalized form reads back.
  if (!isVersion1Op(op)) {
    plan.version = "2";
    StepDraft step;
    step.step = ChainStep{};
    step.step->kind = op.kind == OpKind::EltwiseBinary ? StepKind::Binary : StepKind::Unary;
    step.step->binary = op.binary;
    step.step->unary = op.unary;
    for (const auto& b : *draft.buffers) {
      if (b.role != BufferRole::Input) continue;
      step.step->inputs.push_back(*b.name);
      step.inputPaths.push_back("");
    }
    draft.chain = std::vector<StepDraft>{std::move(step)};
  }
}

}  // namespace tt_astgen::plan_detail
