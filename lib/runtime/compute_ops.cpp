// tt-astgen dry-run runtime: the compute ops of fused chains -- broadcasts, reductions, the tile
// transpose, binary ops that reuse DST, and the SFPU functions beyond compute_engine.cpp's set.
// Every op unpacks its CB tiles to row-major fp32 (unpack), computes in fp32 and ends with
// finish_dst (DST in bf16 unless fp32_dest_acc_en), as the compute engine's ops do.
#include <algorithm>
#include <cmath>
#include <string>

#include <tt_astgen/dryrun_hooks.h>

#include "exec_internal.h"

namespace {

using tt::tt_metal::dryrun::kfatal;
using tt_astgen_dryrun::ComputeOp;

// The SDK's enum values (llk_defs.h), as the mock headers pass them.
enum BroadcastKind : std::uint32_t { kBcastNone = 0, kBcastCol = 1, kBcastRow = 2, kBcastScalar = 3 };
enum PoolKind : std::uint32_t { kSum = 0, kAvg = 1, kMax = 2, kMin = 3 };
enum ReduceKind : std::uint32_t { kReduceRow = 0, kReduceCol = 1, kReduceScalar = 2 };
enum ReuseKind : std::uint32_t { kReuseNone = 0, kDestToSrcA = 1, kDestToSrcB = 2 };

float apply(ComputeOp op, float a, float b) {
  switch (op) {
    case ComputeOp::Add: return a + b;
    case ComputeOp::Sub: return a - b;
    case ComputeOp::Mul: return a * b;
    default: kfatal("unsupported binary op in a broadcast or DST-reuse call");
  }
}

// B' of a broadcast: the element of `b` that applies at (r, c).
float broadcastElement(const float* b, std::uint32_t bcast_type, int r, int c, std::uint32_t row_idx) {
  switch (bcast_type) {
    case kBcastNone: return b[r * 32 + c];
    case kBcastCol: return b[r * 32];
    case kBcastRow: return b[row_idx * 32 + c];
    case kBcastScalar: return b[0];
    default: kfatal("broadcast type " + std::to_string(bcast_type) + " is not a BroadcastType");
  }
}

}  // namespace

namespace tt_astgen_dryrun {
using namespace tt::tt_metal::dryrun;

// C = A op B' (B' per broadcastElement); ROW takes row bcast_row_idx of B (0 by default).
void compute_bcast_tiles(ComputeOp op, std::uint32_t bcast_type, std::uint32_t icb0, std::uint32_t icb1,
                         std::uint32_t itile0, std::uint32_t itile1, std::uint32_t idst, std::uint32_t bcast_row_idx) {
  if (bcast_row_idx >= 32) kfatal("broadcast row index " + std::to_string(bcast_row_idx) + " is outside the tile");
  float a[1024], b[1024];
  unpack(icb0, itile0, a, "*_tiles_bcast");
  unpack(icb1, itile1, b, "*_tiles_bcast");
  float* d = dst_tile(idst);
  for (int r = 0; r < 32; ++r)
    for (int c = 0; c < 32; ++c) d[r * 32 + c] = apply(op, a[r * 32 + c], broadcastElement(b, bcast_type, r, c, bcast_row_idx));
  finish_dst(d);
}

// DST = A broadcast (NONE: a copy).
void compute_unary_bcast(std::uint32_t bcast_type, std::uint32_t icb, std::uint32_t itile, std::uint32_t idst) {
  float a[1024];
  unpack(icb, itile, a, "unary_bcast");
  float* d = dst_tile(idst);
  for (int r = 0; r < 32; ++r)
    for (int c = 0; c < 32; ++c) d[r * 32 + c] = broadcastElement(a, bcast_type, r, c, 0);
  finish_dst(d);
}

// Accumulates the reduction of tile A into DST: REDUCE_ROW into column 0 of each row, REDUCE_COL into
// row 0, REDUCE_SCALAR into (0,0); the other DST elements are left as they are. SUM/AVG add
// scaler * sum (the scaler is element (0,0) of the scaler tile; AVG relies on the scaler being 1/N,
// as on hardware); MAX/MIN take the max/min of DST and scaler * max/min (the pool instruction
// compares with what DST holds: 0 after tile_regs_acquire). REDUCE_SCALAR applies the scaler once per
// reduced dimension (scaler^2), which is why the SDK asks for 1/sqrt(N) there.
void compute_reduce_tile(std::uint32_t pool_type, std::uint32_t reduce_dim, std::uint32_t icb, std::uint32_t icb_scaler,
                         std::uint32_t itile, std::uint32_t itile_scaler, std::uint32_t idst) {
  if (pool_type > kMin) kfatal("reduce_tile: " + std::to_string(pool_type) + " is not a PoolType");
  if (reduce_dim > kReduceScalar) kfatal("reduce_tile: " + std::to_string(reduce_dim) + " is not a ReduceDim");
  float a[1024], s[1024];
  unpack(icb, itile, a, "reduce_tile");
  unpack(icb_scaler, itile_scaler, s, "reduce_tile (scaler)");
  const float scaler = reduce_dim == kReduceScalar ? s[0] * s[0] : s[0];
  const bool is_sum = pool_type == kSum || pool_type == kAvg;
  auto combine = [&](float acc, float v) {
    if (is_sum) return acc + v;
    return pool_type == kMax ? std::max(acc, v) : std::min(acc, v);
  };
  auto reduceRange = [&](int r0, int r1, int c0, int c1) {
    float acc = is_sum ? 0.f : a[r0 * 32 + c0];
    for (int r = r0; r < r1; ++r)
      for (int c = c0; c < c1; ++c)
        if (is_sum || r != r0 || c != c0) acc = combine(acc, a[r * 32 + c]);
    return acc * scaler;
  };
  float* d = dst_tile(idst);
  auto accumulate = [&](int at, float v) { d[at] = is_sum ? d[at] + v : combine(d[at], v); };
  switch (reduce_dim) {
    case kReduceRow:
      for (int r = 0; r < 32; ++r) accumulate(r * 32, reduceRange(r, r + 1, 0, 32));
      break;
    case kReduceCol:
      for (int c = 0; c < 32; ++c) accumulate(c, reduceRange(0, 32, c, c + 1));
      break;
    default: accumulate(0, reduceRange(0, 32, 0, 32)); break;
  }
  finish_dst(d);
}

// DST = A transposed (the whole 32x32 tile: faces swap and each face transposes).
void compute_transpose_tile(std::uint32_t icb, std::uint32_t itile, std::uint32_t idst) {
  float a[1024];
  unpack(icb, itile, a, "transpose_tile");
  float* d = dst_tile(idst);
  for (int r = 0; r < 32; ++r)
    for (int c = 0; c < 32; ++c) d[c * 32 + r] = a[r * 32 + c];
  finish_dst(d);
}

// DEST_TO_SRCA: DST = DST op B; DEST_TO_SRCB: DST = B op DST (B the CB tile).
void compute_dest_reuse_tiles(ComputeOp op, std::uint32_t reuse_type, std::uint32_t icb, std::uint32_t itile,
                              std::uint32_t idst) {
  if (reuse_type != kDestToSrcA && reuse_type != kDestToSrcB)
    kfatal("binary_dest_reuse_tiles: the reuse type must be DEST_TO_SRCA or DEST_TO_SRCB");
  float b[1024];
  unpack(icb, itile, b, "binary_dest_reuse_tiles");
  float* d = dst_tile(idst);
  for (int i = 0; i < 1024; ++i) d[i] = reuse_type == kDestToSrcA ? apply(op, d[i], b[i]) : apply(op, b[i], d[i]);
  finish_dst(d);
}

// The SFPU functions compute_unary_tile does not have, in fp32.
void compute_sfpu_tile(ComputeOp op, std::uint32_t idst, std::uint32_t /*param*/) {
  float* d = dst_tile(idst);
  for (int i = 0; i < 1024; ++i) {
    float& x = d[i];
    switch (op) {
      case ComputeOp::Rsqrt: x = 1.f / std::sqrt(x); break;
      case ComputeOp::Square: x = x * x; break;
      default: kfatal("unsupported SFPU op");
    }
  }
  finish_dst(d);
}

}  // namespace tt_astgen_dryrun
