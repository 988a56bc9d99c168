// What the kernels of an API profile spell differently: include paths, the compute entry point,
// the start-up and init calls of the compute ops, and how data-movement kernels address DRAM.
// The kernel emitters are shared by every profile and read their differences from here.
#pragma once

#include <string>

#include "emit/emitted_file.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {

struct KernelProfile {
  /// The dataflow API header, as written in an #include.
  std::string dataflowHeader;
  /// The folder of the compute API headers ("compute_kernel_api/", "api/compute/").
  std::string computeDir;
  /// How the compute kernel's entry point is written: `namespace NAMESPACE { void MAIN }`
  /// (ComputeMain) or `void kernel_main()` (Declared).
  EntryKind computeEntry = EntryKind::ComputeMain;
  /// Compute kernels configure the hardware with compute_kernel_hw_startup(...) and then call
  /// only the op's own init; otherwise each op has its combined init (mm_init, binary_op_init_common,
  /// init_sfpu).
  bool hwStartup = false;
  /// The matmul init after hw start-up (matmul_init(in0, in1)) and the per-tile call.
  std::string matmulInit;
  std::string matmulTile;
  /// The binary op's init after the op's stem: add_tiles_init (classic) or add_init (2026, where
  /// the *_tiles_init names are deprecated).
  std::string binaryInitSuffix;
  /// The unary ops' init of the copy into DST: copy_tile_init (classic) or copy_init (2026, where
  /// copy_tile_init is deprecated: "Renamed to copy_init()").
  std::string copyInit;
  /// metal-2024: InterleavedAddrGenFast<true> built from the buffer address; otherwise
  /// TensorAccessor from the host's TensorAccessorArgs.
  bool addressGenerators = false;
  /// A matmul's init when it follows another op inside the tile loop (a chain): mm_init_short
  /// (classic) or matmul_init (2026).
  std::string matmulInitShort;
  /// The tile transpose: transpose_wh_init_short / transpose_wh_tile in transpose_wh.h (classic),
  /// transpose_init / transpose_tile in transpose.h (2026, where the _wh names are deprecated).
  std::string transposeHeader;
  std::string transposeInit;
  std::string transposeTile;
  /// The header that declares log, tanh, abs, square and sigmoid: compute_kernel_api.h beside the
  /// compute_kernel_api/ folder (classic), api/compute/compute_kernel_api.h (2026).
  std::string sfpuMiscHeader;

  /// `"<computeDir><header>"`, quoted for an #include.
  std::string computeHeader(const std::string& header) const { return "\"" + computeDir + header + "\""; }
};

inline const KernelProfile& kernelProfile(Profile profile) {
  // metal-2025: the classic include paths and entry macros, Mesh-era TensorAccessor.
  static const KernelProfile k2025{"\"dataflow_api.h\"", "compute_kernel_api/", EntryKind::ComputeMain,
                                   false, "", "matmul_tiles", "_tiles_init", "copy_tile_init", false,
                                   "mm_init_short", "transpose_wh.h", "transpose_wh_init_short", "transpose_wh_tile",
                                   "\"compute_kernel_api.h\""};
  // metal-2024: as 2025, but DRAM through InterleavedAddrGenFast.
  static const KernelProfile k2024{"\"dataflow_api.h\"", "compute_kernel_api/", EntryKind::ComputeMain,
                                   false, "", "matmul_tiles", "_tiles_init", "copy_tile_init", true,
                                   "mm_init_short", "transpose_wh.h", "transpose_wh_init_short", "transpose_wh_tile",
                                   "\"compute_kernel_api.h\""};
  // metal-2026: headers under api/, `void kernel_main()` compute kernels, compute_kernel_hw_startup
  // then the op's init (matmul_init, add_init, copy_init, ...), matmul_tile (docs/metal-2026-sources.md).
  static const KernelProfile k2026{"\"api/dataflow/dataflow_api.h\"", "api/compute/", EntryKind::Declared,
                                   true, "matmul_init", "matmul_tile", "_init", "copy_init", false,
                                   "matmul_init", "transpose.h", "transpose_init", "transpose_tile",
                                   "\"api/compute/compute_kernel_api.h\""};
  switch (profile) {
    case Profile::Metal2024: return k2024;
    case Profile::Metal2026: return k2026;
    case Profile::Metal2025: break;
  }
  return k2025;
}

}  // namespace tt_astgen
