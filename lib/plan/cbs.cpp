#include "cbs.h"

#include <map>

#include "spelling.h"
#include "suggest.h"

namespace tt_astgen::plan_detail {

bool isChainCb(const CbDraft& cb) {
  return cb.role && (*cb.role == CbRole::Intermediate || *cb.role == CbRole::Scaler);
}

std::vector<CbSpec> deriveCbs(const std::vector<BufferSpec>& buffers) {
  std::vector<CbSpec> cbs;
  uint32_t nextInput = 0;
  for (const auto& b : buffers) {
    CbSpec cb;
    cb.id = b.role == BufferRole::Input ? nextInput++ : kFirstOutputCb;
    cb.buffer = b.name;
    cb.dtype = b.dtype;
    cb.pageSize = tileBytes(b.dtype);
    cb.numPages = kDefaultCbPages;
    cb.role = b.role == BufferRole::Input ? CbRole::Input : CbRole::Output;
    cbs.push_back(cb);
  }
  return cbs;
}

void checkCbIdsUnique(const std::vector<CbDraft>& cbs, Diagnostics& d) {
  std::map<uint64_t, size_t> idAt;  // CB id -> first entry
  for (size_t i = 0; i < cbs.size(); ++i) {
    if (!cbs[i].id) continue;
    auto [it, inserted] = idAt.emplace(*cbs[i].id, i);
    if (!inserted)
      d.error(cbs[i].idPath, "circular buffer id " + std::to_string(*cbs[i].id) + " is used twice (first at " +
                                 cbs[it->second].path + ")");
  }
}

std::optional<std::vector<CbSpec>> checkExplicitCbs(const std::vector<CbDraft>& cbs,
                                                    const std::string& cbsPath,
                                                    const std::vector<BufferSpec>& buffers,
                                                    Diagnostics& d) {
  const size_t errorsBefore = d.size();
  std::vector<std::string> names;
  for (const auto& b : buffers) names.push_back(b.name);

  checkCbIdsUnique(cbs, d);
  std::vector<std::optional<CbSpec>> byBuffer(buffers.size());
  std::vector<size_t> bufferAt(buffers.size());      // buffer -> entry that claimed it
  bool allParsed = true;
  bool unknownBuffer = false;  // then "no circular buffer for ..." would only repeat that error

  for (size_t i = 0; i < cbs.size(); ++i) {
    const CbDraft& c = cbs[i];
    if (!c.syntaxOk) {
      allParsed = false;
      continue;
    }
    if (isChainCb(c)) continue;  // checked against the chain (chain_cbs.cpp)
    size_t b = 0;
    while (b < buffers.size() && buffers[b].name != *c.buffer) ++b;
    if (b == buffers.size()) {
      d.error(c.bufferPath, "unknown buffer " + describe(Json(*c.buffer)) + didYouMean(*c.buffer, names));
      unknownBuffer = true;
      continue;
    }
    if (byBuffer[b]) {
      d.error(c.bufferPath, "buffer \"" + buffers[b].name + "\" already has a circular buffer (" +
                                cbs[bufferAt[b]].path + ")");
      continue;
    }
    const BufferSpec& buf = buffers[b];
    const CbRole bufferRole = buf.role == BufferRole::Input ? CbRole::Input : CbRole::Output;
    if (c.role && *c.role != bufferRole)
      d.error(c.rolePath, std::string("expected \"") + toString(bufferRole) + "\" (the role of buffer \"" +
                              buf.name + "\"), got \"" + toString(*c.role) + "\"");
    CbSpec spec;
    spec.id = static_cast<uint32_t>(*c.id);
    spec.buffer = buf.name;
    spec.role = buf.role == BufferRole::Input ? CbRole::Input : CbRole::Output;
    spec.dtype = c.dtype.value_or(buf.dtype);
    if (spec.dtype != buf.dtype) {
      d.error(c.dtypePath, std::string("expected \"") + toString(buf.dtype) + "\" (the dtype of buffer \"" +
                               buf.name + "\"; conversions in circular buffers are not supported), got \"" +
                               toString(spec.dtype) + "\"");
    }
    const uint64_t tile = tileBytes(spec.dtype);
    const uint64_t page = c.pageSize.value_or(tile);
    if (page != tile) {
      d.error(c.pageSizePath, "expected " + std::to_string(tile) + " (one " + toString(spec.dtype) +
                                  " tile), got " + std::to_string(page));
    }
    const uint64_t pages = c.numPages.value_or(kDefaultCbPages);
    if (pages == 0) {
      d.error(c.numPagesPath, "expected at least 1 page, got 0");
    } else if (pages > UINT32_MAX) {
      d.error(c.numPagesPath, "expected an integer in 1.." + std::to_string(UINT32_MAX) + ", got " +
                                  std::to_string(pages));
    }
    spec.pageSize = static_cast<uint32_t>(tile);
    spec.numPages = static_cast<uint32_t>(pages);
    byBuffer[b] = spec;
    bufferAt[b] = i;
  }
  if (allParsed && !unknownBuffer) {
    for (size_t b = 0; b < buffers.size(); ++b)
      if (!byBuffer[b])
        d.error(cbsPath, "no circular buffer for buffer \"" + buffers[b].name + "\"");
  }
  if (d.size() != errorsBefore || !allParsed) return std::nullopt;
  std::vector<CbSpec> out;
  for (auto& cb : byBuffer) out.push_back(*cb);
  return out;
}

void checkCbCapacity(const std::vector<CbSpec>& cbs, const std::string& cbsPath, Arch arch,
                     Diagnostics& d) {
  uint64_t total = 0;
  for (const auto& cb : cbs) total += cb.totalBytes();  // each < 2^64 / 32
  const ArchInfo info = archInfo(arch);
  if (total > info.l1Bytes)
    d.error(cbsPath, "circular buffers need " + std::to_string(total) + " bytes per core, more than the " +
                         std::to_string(info.l1Bytes) + " bytes of L1 available for them on " +
                         toString(arch));
}

void checkL1Buffers(const std::vector<BufferSpec>& buffers, const std::vector<CbSpec>& cbs,
                    const std::string& buffersPath, Arch arch, Diagnostics& d) {
  uint64_t needed = 0;  // each buffer is at most 2^32 bytes, so this cannot overflow
  for (const auto& b : buffers)
    if (b.memory == MemoryKind::L1) needed += b.numTiles() * tileBytes(b.dtype);
  if (needed == 0) return;
  uint64_t cbBytes = 0;
  for (const auto& cb : cbs) cbBytes += cb.totalBytes();
  const ArchInfo info = archInfo(arch);
  const uint64_t cores = uint64_t(info.gridX) * info.gridY;
  const uint64_t available = cores * (info.l1Bytes > cbBytes ? info.l1Bytes - cbBytes : 0);
  if (needed > available)
    d.error(buffersPath, "buffers in L1 need " + std::to_string(needed) + " bytes, more than the " +
                             std::to_string(available) + " bytes of L1 left on the " + std::to_string(cores) +
                             " cores of " + toString(arch) + " next to the circular buffers");
}

}  // namespace tt_astgen::plan_detail
