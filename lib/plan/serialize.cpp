// toJson: the resolved plan in tt-astgen's format, every default written out.
#include "tt_astgen/plan.h"

#include "json_reader.h"
#include "spelling.h"

namespace tt_astgen {
namespace plan_detail {
namespace {

Json opJson(const Plan& p) {
  Json op = Json::object();
  op["kind"] = toString(p.op);
  if (p.op == OpKind::EltwiseBinary) op["fn"] = toString(p.binaryOp);
  if (p.op == OpKind::EltwiseUnary) op["fn"] = toString(p.unaryOp);
  return op;
}

/// A version-2 step with every default written out (a binary step's broadcast).
Json stepJson(const ChainStep& step, size_t index) {
  Json j = Json::object();
  j["op"] = stepOpName(step);
  if (index == 0)
    j["inputs"] = step.inputs;
  else if (step.kind == StepKind::Binary)
    j["operand"] = step.inputs.empty() ? std::string() : step.inputs[0];
  if (step.kind == StepKind::Binary) j["broadcast"] = toString(step.broadcast);
  if (step.kind == StepKind::Reduce) {
    j["fn"] = toString(step.reduceFn);
    j["dim"] = toString(step.reduceDim);
  }
  return j;
}

Json bufferJson(const BufferSpec& b) {
  Json j = Json::object();
  j["name"] = b.name;
  j["role"] = toString(b.role);
  j["shape"] = b.shape;
  j["dtype"] = toString(b.dtype);
  j["memory"] = toString(b.memory);
  j["layout"] = "interleaved";
  return j;
}

Json coreJson(const CoreWork& c) {
  Json j = Json::object();
  j["core"] = Json::array({c.x, c.y});
  j["start_tile"] = c.startTile;
  j["count"] = c.count;
  return j;
}

Json cbJson(const CbSpec& cb, bool version2) {
  Json j = Json::object();
  j["id"] = cb.id;
  if (version2) j["role"] = toString(cb.role);
  if (cb.role != CbRole::Intermediate && cb.role != CbRole::Scaler) j["buffer"] = cb.buffer;
  j["dtype"] = toString(cb.dtype);
  j["page_size"] = cb.pageSize;
  j["num_pages"] = cb.numPages;
  return j;
}

Json planJson(const Plan& p) {
  Json j = Json::object();
  j["version"] = p.version;
  j["name"] = p.name;
  j["profile"] = toString(p.profile);
  j["arch"] = toString(p.arch);
  const bool version2 = p.version == "2";
  if (version2) {
    j["chain"] = Json::array();
    for (size_t i = 0; i < p.chain.size(); ++i) j["chain"].push_back(stepJson(p.chain[i], i));
  } else {
    j["op"] = opJson(p);
  }
  j["buffers"] = Json::array();
  for (const auto& b : p.buffers) j["buffers"].push_back(bufferJson(b));
  j["grid"] = Json::object({{"x", p.gridX}, {"y", p.gridY}});
  Json split = Json::object();
  split["kind"] = toString(p.split);
  split["cores"] = Json::array();
  for (const auto& c : p.cores) split["cores"].push_back(coreJson(c));
  j["work_split"] = std::move(split);
  j["cbs"] = Json::array();
  for (const auto& cb : p.cbs) j["cbs"].push_back(cbJson(cb, version2));
  Json compute = Json::object();
  compute["math_fidelity"] = toString(p.compute.mathFidelity);
  compute["fp32_dest_acc_en"] = p.compute.fp32DestAccEn;
  compute["math_approx_mode"] = p.compute.mathApproxMode;
  j["compute"] = std::move(compute);
  Json args = Json::object();
  args["reader"] = p.runtimeArgs.reader;
  args["compute"] = p.runtimeArgs.compute;
  args["writer"] = p.runtimeArgs.writer;
  j["runtime_args"] = std::move(args);
  j["seed"] = p.seed;
  j["tolerance"] = p.tolerance;
  return j;
}

bool isScalar(const Json& v) { return !v.is_object() && !v.is_array(); }

/// A container printed on one line: its members are scalars or arrays of scalars.
bool isFlat(const Json& v) {
  if (isScalar(v)) return true;
  for (const auto& child : v) {
    if (isScalar(child)) continue;
    if (!child.is_array()) return false;
    for (const auto& grandchild : child)
      if (!isScalar(grandchild)) return false;
  }
  return true;
}

std::string inlineText(const Json& v) {
  if (isScalar(v)) return v.dump(-1, ' ', true);
  const bool obj = v.is_object();
  std::string s = obj ? "{" : "[";
  bool first = true;
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (!first) s += ", ";
    first = false;
    if (obj) s += Json(it.key()).dump(-1, ' ', true) + ": ";
    s += inlineText(it.value());
  }
  return s + (obj ? "}" : "]");
}

/// Like nlohmann's 2-space pretty printer, except that flat containers that fit in 120 columns
/// stay on one line (buffers, shapes, core entries, CBs, runtime-argument lists).
void print(const Json& v, size_t indent, std::string& out) {
  if (isScalar(v) || v.empty() || (isFlat(v) && indent + inlineText(v).size() <= 120)) {
    out += inlineText(v);
    return;
  }
  const bool obj = v.is_object();
  out += obj ? "{\n" : "[\n";
  bool first = true;
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (!first) out += ",\n";
    first = false;
    out += std::string(indent + 2, ' ');
    if (obj) out += Json(it.key()).dump(-1, ' ', true) + ": ";
    print(it.value(), indent + 2, out);
  }
  out += "\n" + std::string(indent, ' ') + (obj ? "}" : "]");
}

}  // namespace
}  // namespace plan_detail

std::string toJson(const Plan& plan) {
  std::string out;
  plan_detail::print(plan_detail::planJson(plan), 0, out);
  out += "\n";
  return out;
}

}  // namespace tt_astgen
