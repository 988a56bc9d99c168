// Reader of TileLang's tt.plan.json (docs/plan-schema.md, "TileLang plans";
// /work/shared/spec/tilelang-plan.md section 2).
//
// TileLang's file holds only the grid and the per-core tile assignments. Everything else comes
// from PlanOverrides or from TileLang's own defaults: op matmul, bfloat16, and its dimension
// inference Mt = grid.y, Nt = grid.x, Kt = Mt ("assume square").
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
  };
  return t;
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

  // --- what the file does not say: overrides, then TileLang's defaults -----------------------
  OverrideOp op{OpKind::Matmul};
  std::string opName = "matmul";
  if (overrides.op) {
    bool found = false;
    for (const auto& [name, value] : overrideOps())
      if (name == *overrides.op) {
        op = value;
        opName = std::string(name);
        found = true;
      }
    if (!found) {
      std::vector<std::string> choices;
      for (const auto& entry : overrideOps()) choices.emplace_back(entry.first);
      d.error("", "override op: " + unknownValueMessage(*overrides.op, choices));
      draft.opOk = false;
    }
  }
  plan.op = op.kind;
  plan.binaryOp = op.binary;
  plan.unaryOp = op.unary;
  plan.name = "tilelang_" + opName;
  if (overrides.profile) plan.profile = *overrides.profile;
  const DType dtype = overrides.dtype.value_or(DType::BFloat16);

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
}

}  // namespace tt_astgen::plan_detail
