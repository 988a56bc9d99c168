// The circular buffers only a chain needs: a reduce's scaler tile and the intermediates through
// which later binary steps read the running result (docs/plan-schema.md, "Circular buffers of a
// chain").
#include <algorithm>

#include "cbs.h"
#include "chain.h"
#include "spelling.h"

namespace tt_astgen::plan_detail {
namespace {

constexpr uint32_t kMaxCbId = 31;

bool taken(const std::vector<CbSpec>& cbs, uint32_t id) {
  return std::any_of(cbs.begin(), cbs.end(), [&](const CbSpec& cb) { return cb.id == id; });
}

/// The smallest id >= from that no CB in cbs has, or nullopt.
std::optional<uint32_t> freeId(const std::vector<CbSpec>& cbs, uint32_t from) {
  for (uint32_t id = from; id <= kMaxCbId; ++id)
    if (!taken(cbs, id)) return id;
  return std::nullopt;
}

}  // namespace

std::optional<std::vector<CbSpec>> deriveChainCbs(const Plan& plan, const std::vector<CbSpec>& bufferCbs,
                                                  const std::string& cbsPath, Diagnostics& d) {
  std::vector<CbSpec> all = bufferCbs;
  std::vector<CbSpec> out;
  auto add = [&](CbSpec cb, uint32_t from, const std::string& what) {
    auto id = freeId(all, from);
    if (!id) {
      d.error(cbsPath, "no free circular buffer id from c_" + std::to_string(from) + " for " + what);
      return false;
    }
    cb.id = *id;
    all.push_back(cb);
    out.push_back(cb);
    return true;
  };
  if (!plan.chain.empty() && plan.chain[0].kind == StepKind::Reduce) {
    uint32_t afterInputs = 0;
    for (const auto& cb : bufferCbs)
      if (cb.role == CbRole::Input) afterInputs = std::max(afterInputs, cb.id + 1);
    CbSpec scaler;
    scaler.role = CbRole::Scaler;
    scaler.dtype = DType::BFloat16;
    scaler.pageSize = tileBytes(scaler.dtype);
    scaler.numPages = 1;
    if (!add(scaler, afterInputs, "the reduce scaler")) return std::nullopt;
  }
  const DType running = plan.compute.fp32DestAccEn ? DType::Float32 : DType::BFloat16;
  for (size_t i = 1; i < plan.chain.size(); ++i) {
    if (plan.chain[i].kind != StepKind::Binary) continue;
    CbSpec cb;
    cb.role = CbRole::Intermediate;
    cb.dtype = running;
    cb.pageSize = tileBytes(running);
    cb.numPages = kDefaultCbPages;
    if (!add(cb, kFirstIntermediateCb, "the intermediate of step " + std::to_string(i))) return std::nullopt;
  }
  return out;
}

void checkListedChainCbs(const std::vector<const CbDraft*>& listed, const std::vector<CbSpec>& derived,
                         const std::string& cbsPath, Diagnostics& d) {
  if (listed.empty()) return;  // the usual case: the chain's CBs are derived, not listed
  if (listed.size() != derived.size()) {
    d.error(cbsPath, "lists " + std::to_string(listed.size()) + " intermediate and scaler circular buffers, the chain has " +
                         std::to_string(derived.size()) + " (they are derived from the chain; omit them)");
    return;
  }
  for (size_t i = 0; i < listed.size(); ++i) {
    const CbDraft& c = *listed[i];
    const CbSpec& want = derived[i];
    const std::string what = std::string(" (the chain's ") + (want.role == CbRole::Scaler ? "scaler" : "intermediate") +
                             " circular buffers are derived; omit them)";
    if (*c.role != want.role) {
      d.error(c.rolePath, std::string("expected \"") + toString(want.role) + "\"" + what + ", got \"" +
                              toString(*c.role) + "\"");
      continue;
    }
    if (*c.id != want.id)
      d.error(c.idPath, "expected " + std::to_string(want.id) + what + ", got " + std::to_string(*c.id));
    if (c.dtype && *c.dtype != want.dtype)
      d.error(c.dtypePath, std::string("expected \"") + toString(want.dtype) + "\"" + what + ", got \"" +
                               toString(*c.dtype) + "\"");
    if (c.pageSize && *c.pageSize != want.pageSize)
      d.error(c.pageSizePath, "expected " + std::to_string(want.pageSize) + what + ", got " + std::to_string(*c.pageSize));
    if (c.numPages && *c.numPages != want.numPages)
      d.error(c.numPagesPath, "expected " + std::to_string(want.numPages) + what + ", got " + std::to_string(*c.numPages));
  }
}

}  // namespace tt_astgen::plan_detail
