// The public entry points: parsePlan, loadPlanFile and the Plan helpers.
#include "tt_astgen/plan.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "draft.h"
#include "json_locate.h"
#include "json_text.h"

namespace tt_astgen {

// --- Plan helpers ---------------------------------------------------------------------------------

std::vector<const BufferSpec*> Plan::inputs() const {
  std::vector<const BufferSpec*> out;
  for (const auto& b : buffers)
    if (b.role == BufferRole::Input) out.push_back(&b);
  return out;
}

const BufferSpec& Plan::output() const {
  for (auto it = buffers.rbegin(); it != buffers.rend(); ++it)
    if (it->role == BufferRole::Output) return *it;
  // Only reachable for a Plan that did not come from parsePlan: an empty 0x0 buffer.
  static const BufferSpec kNone{"", BufferRole::Output, {0, 0}, DType::BFloat16, MemoryKind::Dram};
  return kNone;
}

const BufferSpec* Plan::findBuffer(const std::string& name) const {
  for (const auto& b : buffers)
    if (b.name == name) return &b;
  return nullptr;
}

const CbSpec* Plan::findCb(uint32_t id) const {
  for (const auto& cb : cbs)
    if (cb.id == id) return &cb;
  return nullptr;
}

uint64_t Plan::mt() const { return output().tileRows(); }
uint64_t Plan::nt() const { return output().tileCols(); }
uint64_t Plan::kt() const {
  if (op != OpKind::Matmul) return 1;
  auto in = inputs();
  return in.empty() || in[0]->shape.size() < 2 ? 1 : in[0]->tileCols();
}

// --- parsing --------------------------------------------------------------------------------------

namespace {

PlanLoadResult parseUnchecked(const std::string& text, const PlanOverrides& overrides) {
  using namespace plan_detail;
  Diagnostics d;
  PlanLoadResult result;
  std::optional<Json> doc = parseJsonText(text, d);
  if (doc) {
    PlanDraft draft;
    if (isTileLangPlan(*doc))
      readTileLangPlan(*doc, overrides, draft, d);
    else
      readNativePlan(*doc, overrides, draft, d);
    std::optional<Plan> plan = resolvePlan(draft, d);
    sortByDocumentOrder(d.errors(), *doc);
    if (d.empty()) result.plan = std::move(plan);
  }
  locatePlanErrors(d.errors(), text);
  result.errors = std::move(d.errors());
  return result;
}

}  // namespace

PlanLoadResult parsePlan(const std::string& jsonText, const PlanOverrides& overrides) {
  try {
    return parseUnchecked(jsonText, overrides);
  } catch (const std::exception& e) {  // e.g. std::bad_alloc: never let it escape
    PlanLoadResult r;
    r.errors.push_back({"", std::string("internal error while reading the plan: ") + e.what()});
    return r;
  }
}

namespace {

PlanLoadResult readPlanFile(const std::string& path, const PlanOverrides& overrides) {
  PlanLoadResult r;
  try {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      r.errors.push_back({"", "cannot read '" + path + "': " + std::strerror(EISDIR)});
      return r;
    }
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      const int err = errno;
      r.errors.push_back({"", "cannot read '" + path + "': " + std::strerror(err ? err : ENOENT)});
      return r;
    }
    // Read in chunks and stop one chunk past the limit, so huge files are never loaded whole.
    std::string text;
    char chunk[64 * 1024];
    while (text.size() <= kMaxPlanBytes) {
      in.read(chunk, sizeof chunk);
      const auto got = in.gcount();
      if (got <= 0) break;
      text.append(chunk, static_cast<size_t>(got));
    }
    if (in.bad()) {
      const int err = errno;
      r.errors.push_back({"", "cannot read '" + path + "': " + std::strerror(err ? err : EIO)});
      return r;
    }
    if (text.size() > kMaxPlanBytes) {
      in.clear();
      in.seekg(0, std::ios::end);
      const auto size = in.tellg();
      r.errors.push_back({"", "plan is " + (size > 0 ? std::to_string(size) : std::string("over")) +
                                  " bytes, more than the limit of " + std::to_string(kMaxPlanBytes) +
                                  " bytes (16 MiB)"});
      return r;
    }
    return parsePlan(text, overrides);
  } catch (const std::exception& e) {
    r.errors.push_back({"", "cannot read '" + path + "': " + e.what()});
    return r;
  }
}

}  // namespace

PlanLoadResult loadPlanFile(const std::string& path, const PlanOverrides& overrides) {
  PlanLoadResult r = readPlanFile(path, overrides);
  for (PlanError& e : r.errors) e.file = path;
  return r;
}

}  // namespace tt_astgen
