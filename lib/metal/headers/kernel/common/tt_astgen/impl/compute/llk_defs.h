// Mirrors tt-llk llk_lib/llk_defs.h: the enums the compute kernel API takes as template arguments
// (BroadcastType, EltwiseBinaryType, EltwiseBinaryReuseDestType, PoolType, ReduceDim, VectorMode).
// In the SDK they reach every compute kernel through the ckernel headers that common_globals.h
// brings in; here common_globals.h includes this file. All but VectorMode and
// EltwiseBinaryReuseDestType are unscoped, as in the SDK (kernels write both `ROW` and
// `BroadcastType::ROW`).
#pragma once

#include <cstdint>

namespace ckernel {
enum class VectorMode : std::uint8_t { None = 0, R = 1, C = 2, RC = 4, RC_custom = 6, Invalid = 0xFF };
enum ReduceDim { REDUCE_ROW, REDUCE_COL, REDUCE_SCALAR };
enum PoolType { SUM, AVG, MAX, MIN };
enum DataCopyType { A2D, B2D };
enum EltwiseBinaryType { ELWMUL, ELWDIV, ELWADD, ELWSUB, ELWLESS };
enum class EltwiseBinaryReuseDestType { NONE = 0, DEST_TO_SRCA = 1, DEST_TO_SRCB = 2 };
enum BroadcastType { NONE = 0x0, COL = 0x1, ROW = 0x2, SCALAR = 0x3 };
}  // namespace ckernel
