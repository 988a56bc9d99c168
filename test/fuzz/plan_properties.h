// Properties every plan text must satisfy, shared by the libFuzzer targets (test/fuzz/*_fuzzer.cpp)
// and the regression replay test (test/robustness/fuzz_regressions_test.cpp).
//
// Each function returns an empty string when the property holds, otherwise a one-paragraph
// description of the violation (the fuzzers abort with it, the tests report it).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tt_astgen/plan.h"

namespace tt_astgen::robustness {

/// The loader's contract for arbitrary text:
///  - parsePlan never throws; a plan is returned exactly when there are no errors;
///  - every error is one line, has a message, and a path that is "" or a JSON pointer;
///  - an accepted plan is fully resolved and valid: safe names, tile-aligned shapes, buffers at
///    most 2^32 bytes, the grid within the arch, every output tile assigned exactly once, a chain
///    of 1..8 steps over input buffers, CBs for every buffer (and the chain's scaler and
///    intermediates) with unique legal ids and page sizes;
///  - toJson round-trips: parsePlan(toJson(p)) == p, and toJson is a fixed point.
/// `accepted` is set to the loaded plan's acceptance.
inline std::string checkLoaderProperties(const std::string& text, PlanLoadResult& result) {
  try {
    result = parsePlan(text);
  } catch (const std::exception& e) {
    return std::string("parsePlan threw: ") + e.what();
  } catch (...) {
    return "parsePlan threw a non-exception";
  }
  if (result.plan.has_value() != result.errors.empty())
    return "plan.has_value() != errors.empty() (" + std::to_string(result.errors.size()) + " errors)";
  for (const PlanError& e : result.errors) {
    const std::string line = e.format();
    if (line.find('\n') != std::string::npos || line.find('\r') != std::string::npos)
      return "error spans several lines: " + line;
    if (e.message.empty()) return "error without a message at " + e.path;
    if (!e.path.empty() && e.path[0] != '/') return "error path is not a JSON pointer: " + line;
    if (line.size() > 4096) return "error line longer than 4096 characters: " + line.substr(0, 200);
  }
  if (!result.plan) return {};

  const Plan& p = *result.plan;
  auto badName = [](const std::string& n) {
    return !isSafeIdentifier(n) || n.size() > kMaxNameLength || n.back() == '_';
  };
  if (badName(p.name)) return "accepted an unsafe plan name: " + p.name.substr(0, 200);
  size_t outputs = 0;
  for (const BufferSpec& b : p.buffers) {
    if (badName(b.name)) return "accepted an unsafe buffer name: " + b.name.substr(0, 200);
    if (b.shape.size() != 2) return "accepted a buffer of rank " + std::to_string(b.shape.size());
    if (b.rows() == 0 || b.cols() == 0 || b.rows() % kTileHeight || b.cols() % kTileWidth)
      return "accepted a shape that is not tile-aligned in buffer " + b.name;
    const unsigned __int128 bytes = static_cast<unsigned __int128>(b.numTiles()) * tileBytes(b.dtype);
    if (bytes > (static_cast<unsigned __int128>(1) << 32)) return "accepted a buffer over 2^32 bytes: " + b.name;
    outputs += b.role == BufferRole::Output;
    if (p.findBuffer(b.name) != &b) return "accepted a duplicate buffer name: " + b.name;
  }
  if (outputs != 1) return "accepted a plan with " + std::to_string(outputs) + " outputs";
  if (p.buffers.back().role != BufferRole::Output) return "the output is not the last buffer";
  const ArchInfo arch = archInfo(p.arch);
  if (p.gridX < 1 || p.gridY < 1 || p.gridX > arch.gridX || p.gridY > arch.gridY)
    return "accepted a grid outside the arch: " + std::to_string(p.gridX) + "x" + std::to_string(p.gridY);
  const uint64_t tiles = p.numOutputTiles();
  std::vector<bool> seen(tiles > (1u << 24) ? 0 : tiles, false);
  if (seen.size() != tiles) return "accepted more than 2^24 output tiles";
  uint64_t assigned = 0;
  for (const CoreWork& c : p.cores) {
    if (c.x >= p.gridX || c.y >= p.gridY) return "accepted a core outside the grid";
    if (c.count == 0) return "accepted a core with no work";
    if (uint64_t(c.startTile) + c.count > tiles) return "accepted a range past the last tile";
    for (uint64_t t = c.startTile; t < uint64_t(c.startTile) + c.count; ++t) {
      if (seen[t]) return "accepted tile " + std::to_string(t) + " assigned twice";
      seen[t] = true;
    }
    assigned += c.count;
  }
  if (assigned != tiles) return "accepted a split that leaves tiles unassigned";
  // The chain: 1..8 steps reading input buffers only; step 0 names its operands.
  if (p.chain.empty() || p.chain.size() > 8) return "accepted a chain of " + std::to_string(p.chain.size()) + " steps";
  for (const ChainStep& step : p.chain)
    for (const std::string& in : step.inputs) {
      const BufferSpec* b = p.findBuffer(in);
      if (!b || b->role != BufferRole::Input) return "accepted a chain that reads \"" + in.substr(0, 200) + "\"";
    }
  if (p.chain[0].inputs.empty()) return "accepted a chain whose step 0 reads nothing";
  // One CB per buffer, then the chain's own (a reduce's scaler, one intermediate per later binary step).
  size_t chainCbs = p.chain[0].kind == StepKind::Reduce ? 1 : 0;
  for (size_t i = 1; i < p.chain.size(); ++i) chainCbs += p.chain[i].kind == StepKind::Binary;
  if (p.cbs.size() != p.buffers.size() + chainCbs) return "accepted a CB count different from buffers + chain CBs";
  std::vector<bool> cbIds(32, false);
  for (const CbSpec& cb : p.cbs) {
    if (cb.id > 31) return "accepted CB id " + std::to_string(cb.id);
    if (cbIds[cb.id]) return "accepted CB id " + std::to_string(cb.id) + " twice";
    cbIds[cb.id] = true;
    const bool chainCb = cb.role == CbRole::Intermediate || cb.role == CbRole::Scaler;
    if (chainCb ? !cb.buffer.empty() : !p.findBuffer(cb.buffer)) return "accepted a CB for an unknown buffer";
    if (cb.numPages == 0 || cb.pageSize != tileBytes(cb.dtype)) return "accepted a CB with a bad page size or count";
  }
  if (p.runtimeArgs.reader.size() > kMaxRuntimeArgs || p.runtimeArgs.writer.size() > kMaxRuntimeArgs ||
      p.runtimeArgs.compute.size() > kMaxRuntimeArgs)
    return "accepted more than kMaxRuntimeArgs runtime arguments";
  if (!(p.tolerance > 0.0 && p.tolerance <= 1.0)) return "accepted tolerance " + std::to_string(p.tolerance);

  std::string normalized;
  try {
    normalized = toJson(p);
  } catch (const std::exception& e) {
    return std::string("toJson threw: ") + e.what();
  }
  PlanLoadResult again = parsePlan(normalized);
  if (!again.plan)
    return "toJson output is rejected: " + (again.errors.empty() ? std::string() : again.errors[0].format()) +
           "\n" + normalized;
  if (!(*again.plan == p)) return "parsePlan(toJson(p)) != p\n" + normalized;
  if (toJson(*again.plan) != normalized) return "toJson is not a fixed point\n" + normalized;
  return {};
}

/// Plans small enough that generation + check stays around a second or two.
inline bool smallEnoughToGenerate(const Plan& p) {
  return p.cores.size() <= 16 && p.numOutputTiles() <= 256 && p.buffers.size() <= 4;
}

}  // namespace tt_astgen::robustness
