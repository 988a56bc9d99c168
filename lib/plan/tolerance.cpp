// Default comparison tolerances: max |device - golden| / max |golden| the generated host accepts.
#include "tt_astgen/plan.h"

namespace tt_astgen {

double defaultTolerance(OpKind op, DType dtype) {
  // Element-wise ops round once per element: bfloat16 keeps 8 significant bits (~0.4% per
  // rounding), bfloat8_b 7 bits with an exponent shared by 16 values, float32 goes through the
  // 19-bit (tf32-like) FPU datapath. Matmul accumulates Kt tile products in the destination
  // registers (bfloat16-precision unless fp32_dest_acc_en), so its float32 and bfloat8_b bounds
  // are looser; bfloat16 stays at 0.05, which already covers the accumulation at the sizes we run.
  switch (dtype) {
    case DType::BFloat16: return 0.05;
    case DType::Float32: return op == OpKind::Matmul ? 0.02 : 0.01;
    case DType::BFloat8_b: return op == OpKind::Matmul ? 0.15 : 0.1;
  }
  return 0.05;
}

}  // namespace tt_astgen
