#!/usr/bin/env bash
# Type-checks the mock Metal headers (lib/metal/headers) with clang++-19 -fsyntax-only, using the
# same flags as lib/metal/mock_headers.cpp (compileArgs) but with real -I paths.
# Positive samples must compile cleanly (no errors); negative samples must FAIL, with the expected
# diagnostic. Exits non-zero on any unexpected result. Usage: test/metal_headers/check.sh [-v]
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
H="$ROOT/lib/metal/headers"
CXX="${CXX:-clang++-19}"
VERBOSE=0; [[ "${1:-}" == "-v" ]] && VERBOSE=1
COMMON=(-x c++ -fsyntax-only -Wall -Wno-unused-variable -Wno-unused-but-set-variable)
HOST=(-std=c++20 "-I$H/host/metal-2025" "-I$H/host/common")
HOST2024=(-std=c++20 "-I$H/host/metal-2024" "-I$H/host/common")
# Kernels: the JIT's warning set (tt_metal/jit_build/build.cpp): -Werror, its -Wno-* list
# (-Wno-error=multistatement-macros is GCC-only: clang ignores it through -Wno-unknown-warning-option)
# and the clang spellings of what GCC does not warn about (as lib/metal/mock_headers.cpp).
KERNEL_WARN=(-Werror -Wno-unknown-warning-option -Wno-unknown-pragmas -Wno-deprecated-declarations
  -Wno-error=multistatement-macros -Wno-error=parentheses -Wno-error=unused-but-set-variable
  -Wno-unused-variable -Wno-unused-function -Wno-unused-private-field -Wno-unused-lambda-capture
  -Wno-for-loop-analysis -Wno-mismatched-tags)
KERNEL_BASE=(-std=c++17 -fno-exceptions "${KERNEL_WARN[@]}" -DKERNEL_BUILD -DTENSIX_FIRMWARE
  -DLOCAL_MEM_EN=0 -DARCH_WORMHOLE -DNUM_DRAM_BANKS=12)
# The kernel trees: classic (metal-2024/2025) and metal-2026 (api/...), each with the shared kernel/common.
KERNEL=("${KERNEL_BASE[@]}" "-I$H/kernel/classic" "-I$H/kernel/common")
KERNEL2026=("${KERNEL_BASE[@]}" "-I$H/kernel/metal-2026" "-I$H/kernel/common")
BRISC=(-DCOMPILE_FOR_BRISC -DPROCESSOR_INDEX=0 -DNOC_INDEX=0 -DNOC_MODE=0)
NCRISC=(-DCOMPILE_FOR_NCRISC -DPROCESSOR_INDEX=1 -DNOC_INDEX=1 -DNOC_MODE=0)
UNPACK=(-DUCK_CHLKC_UNPACK -DNAMESPACE=chlkc_unpack -DCOMPILE_FOR_TRISC=0 -DTRISC_UNPACK)
MATH=(-DUCK_CHLKC_MATH -DNAMESPACE=chlkc_math -DCOMPILE_FOR_TRISC=1 -DTRISC_MATH)
PACK=(-DUCK_CHLKC_PACK -DNAMESPACE=chlkc_pack -DCOMPILE_FOR_TRISC=2 -DTRISC_PACK)
DRYRUN=(-DTT_ASTGEN_DRYRUN)

fails=0; passes=0
pass() { passes=$((passes + 1)); [[ $VERBOSE == 1 ]] && echo "ok   $*"; return 0; }
fail() { fails=$((fails + 1)); echo "FAIL $*"; }

# expect_ok <label> <file> <flags...>
expect_ok() {
  local label="$1" file="$2"; shift 2
  local out
  if out=$("$CXX" "${COMMON[@]}" "$@" "$file" 2>&1); then
    if grep -q "warning:" <<<"$out"; then fail "$label: warnings"; echo "$out"; else pass "$label"; fi
  else
    fail "$label"; echo "$out" | head -40
  fi
}
# expect_error <label> <file> <regex expected in diagnostics> <flags...>
expect_error() {
  local label="$1" file="$2" pattern="$3"; shift 3
  local out
  if out=$("$CXX" "${COMMON[@]}" "$@" "$file" 2>&1); then
    fail "$label: compiled but must not"
  elif grep -Eq "$pattern" <<<"$out"; then
    pass "$label (rejected)"
  else
    fail "$label: rejected, but without /$pattern/"; echo "$out" | head -20
  fi
}

# 1. host programs
for f in "$HERE"/host/*.cpp; do expect_ok "host $(basename "$f")" "$f" "${HOST[@]}"; done
# metal-2024 profile (single-device API): host/metal-2024 instead of host/metal-2025
for f in "$HERE"/host_2024/*.cpp; do expect_ok "host-2024 $(basename "$f")" "$f" "${HOST2024[@]}"; done

# 1b. the warm-up blocks the checker's precompiled prologue compiles (TT_ASTGEN_PCH_WARMUP, see
# lib/ast/parse.cpp): warning-free under -Werror in each profile (if they stopped compiling, checks
# would silently fall back to the slower prologue without them)
for f in "$HERE"/host/*.cpp; do expect_ok "host+warmup $(basename "$f")" "$f" "${HOST[@]}" -Werror -DTT_ASTGEN_PCH_WARMUP; done
for f in "$HERE"/host_2024/*.cpp; do
  expect_ok "host-2024+warmup $(basename "$f")" "$f" "${HOST2024[@]}" -Werror -DTT_ASTGEN_PCH_WARMUP
done

# 2. data-movement kernels, BRISC and NCRISC, compile args 1,1
for f in "$HERE"/kernels/reader_*.cpp "$HERE"/kernels/writer_*.cpp; do
  for p in BRISC NCRISC; do
    declare -n P="$p"
    expect_ok "dm $(basename "$f") $p" "$f" "${KERNEL[@]}" -DKERNEL_COMPILE_TIME_ARGS=1,1 "${P[@]}"
    unset -n P
  done
done

# 2b. data-movement kernels that rely on the firmware including dataflow_api.h first
for f in "$HERE"/kernels_firmware_include/*.cpp; do
  for p in BRISC NCRISC; do
    declare -n P="$p"
    expect_ok "dm-fw $(basename "$f") $p" "$f" "${KERNEL[@]}" -DKERNEL_COMPILE_TIME_ARGS=1,1 "${P[@]}" -include dataflow_api.h
    unset -n P
  done
done

# 3. compute kernels: three TRISCs and the dry-run mode
for f in "$HERE"/kernels/compute_*.cpp; do
  ct="1,1"; [[ "$(basename "$f")" == compute_mm.cpp ]] && ct="2,3,4"
  for s in UNPACK MATH PACK DRYRUN; do
    declare -n S="$s"
    expect_ok "compute $(basename "$f") $s" "$f" "${KERNEL[@]}" "-DKERNEL_COMPILE_TIME_ARGS=$ct" "${S[@]}"
    unset -n S
  done
done
# compute without any compile-time args (KERNEL_COMPILE_TIME_ARGS undefined)
expect_ok "compute compute_add.cpp MATH no-ct-args" "$HERE/kernels/compute_add.cpp" "${KERNEL[@]}" "${MATH[@]}"

# 4. negative samples
N="$HERE/negative"
for s in UNPACK MATH PACK DRYRUN; do
  declare -n S="$s"
  expect_error "neg matmul_tiles 5 args $s" "$N/matmul_tiles_5_args.cpp" "too few arguments|no matching function" \
    "${KERNEL[@]}" "${S[@]}"
  unset -n S
done
expect_error "neg add_init in a classic kernel" "$N/add_init_classic.cpp" "undeclared identifier 'add_init'" \
  "${KERNEL[@]}" "${MATH[@]}"
expect_error "neg ct arg out of range" "$N/ct_arg_out_of_range.cpp" "compile-time argument index out of range" \
  "${KERNEL[@]}" -DKERNEL_COMPILE_TIME_ARGS=1,1 "${NCRISC[@]}"
expect_error "neg ct arg with no ct args" "$N/ct_arg_out_of_range.cpp" "compile-time argument index out of range" \
  "${KERNEL[@]}" "${BRISC[@]}"
expect_error "neg read_tile raw address" "$N/read_tile_raw_address.cpp" "no matching function for call to 'noc_async_read_tile'" \
  "${KERNEL[@]}" -DKERNEL_COMPILE_TIME_ARGS=1,1 "${NCRISC[@]}"
expect_error "neg TT_FATAL format args" "$N/tt_fatal_format_args.cpp" "call to consteval function|not a constant expression|no matching function for call to 'tt_throw'" \
  "${HOST[@]}"
expect_error "neg get_semaphore<0>" "$N/get_semaphore_int_template.cpp" "no matching function for call to 'get_semaphore'" \
  "${KERNEL[@]}" -DKERNEL_COMPILE_TIME_ARGS=1,1 "${BRISC[@]}"
expect_error "neg read_page raw address" "$N/read_page_raw_address.cpp" "AddrGen must have get_noc_addr" \
  "${KERNEL[@]}" -DKERNEL_COMPILE_TIME_ARGS=1,1 "${NCRISC[@]}"
expect_error "neg get_tile_size(runtime cb) narrowing" "$N/tile_size_runtime_cb_narrowing.cpp" \
  "cannot be narrowed from type 'std::int32_t'" "${KERNEL[@]}" -DKERNEL_COMPILE_TIME_ARGS=1,1 "${NCRISC[@]}"
expect_error "neg reduce.h without REDUCE_OP/REDUCE_DIM" "$N/reduce_without_reduce_op.cpp" "undeclared identifier 'REDUCE_OP'" \
  "${KERNEL[@]}" "${MATH[@]}"
expect_error "neg sub_tiles_bcast_rows in a classic kernel" "$N/sub_tiles_bcast_rows_classic.cpp" \
  "undeclared identifier 'sub_tiles_bcast_rows'" "${KERNEL[@]}" "${MATH[@]}"
expect_error "neg add_tiles_bcast_cols without idst" "$N/bcast_missing_idst.cpp" \
  "no matching function for call to 'add_tiles_bcast_cols'" "${KERNEL[@]}" "${DRYRUN[@]}"
expect_error "neg host reinterpret_cast address" "$N/host_reinterpret_address.cpp" "reinterpret_cast from .* to 'uint32_t'" \
  "${HOST[@]}"

# profiles must not mix: Mesh names in a metal-2024 program, single-device names in a metal-2025 one
N24="$HERE/negative_2024"
expect_error "neg-2024 MeshDevice in a 2024 program" "$N24/mesh_in_2024.cpp" "no (member|type) named 'distributed'|undeclared identifier 'distributed'" \
  "${HOST2024[@]}"
expect_error "neg-2024 distributed.hpp in a 2024 program" "$N24/distributed_include_2024.cpp" "'tt-metalium/distributed.hpp' file not found" \
  "${HOST2024[@]}"
expect_error "neg-2025 IDevice/CreateDevice in a 2025 program" "$N24/idevice_in_2025.cpp" "no (member|type) named 'CreateDevice'|incomplete type 'tt::tt_metal::IDevice'" \
  "${HOST[@]}"

# 5. metal-2026: the api/... kernel tree; compute kernels as `void kernel_main()` (and the legacy
# MAIN form the 2026 JIT still accepts); the host shares host/metal-2025.
K26="$HERE/kernels_2026"
for f in "$K26"/reader_*.cpp "$K26"/writer_*.cpp; do
  for p in BRISC NCRISC; do
    declare -n P="$p"
    expect_ok "2026 dm $(basename "$f") $p" "$f" "${KERNEL2026[@]}" -DKERNEL_COMPILE_TIME_ARGS=1,1 "${P[@]}"
    unset -n P
  done
done
expect_ok "2026 dm-fw reader_no_include.cpp" "$K26/fw_include/reader_no_include.cpp" "${KERNEL2026[@]}" \
  -DKERNEL_COMPILE_TIME_ARGS=1,1 "${NCRISC[@]}" -include api/dataflow/dataflow_api.h
for f in "$K26"/compute_*.cpp; do
  ct="1,1"; [[ "$(basename "$f")" == compute_mm.cpp ]] && ct="2,3,4"
  for s in UNPACK MATH PACK DRYRUN; do
    declare -n S="$s"
    expect_ok "2026 compute $(basename "$f") $s" "$f" "${KERNEL2026[@]}" "-DKERNEL_COMPILE_TIME_ARGS=$ct" "${S[@]}"
    unset -n S
  done
done
# generations must not mix: a classic include under metal-2026, an api/ include under metal-2025,
# and the classic 6-argument matmul_tiles / mm_init, gone in 2026
N26="$HERE/negative_2026"
expect_error "neg-2026 classic include in a 2026 kernel" "$N26/classic_include.cpp" "'compute_kernel_api/eltwise_binary.h' file not found" \
  "${KERNEL2026[@]}" "${MATH[@]}"
expect_error "neg-2026 classic dataflow_api.h in a 2026 kernel" "$N26/classic_dataflow_include.cpp" "'dataflow_api.h' file not found" \
  "${KERNEL2026[@]}" "${NCRISC[@]}"
expect_error "neg-2025 api/ include in a classic kernel" "$N26/api_include.cpp" "'api/compute/eltwise_binary.h' file not found" \
  "${KERNEL[@]}" "${MATH[@]}"
for s in UNPACK MATH PACK DRYRUN; do
  declare -n S="$s"
  expect_error "neg-2026 matmul_tiles with transpose $s" "$N26/matmul_tiles_transpose.cpp" "too many arguments|no matching function" \
    "${KERNEL2026[@]}" "${S[@]}"
  expect_error "neg-2026 transpose_wh_tile from transpose.h $s" "$N26/transpose_wh_classic_name.cpp" \
    "undeclared identifier 'transpose_wh_tile'" "${KERNEL2026[@]}" "${S[@]}"
  expect_error "neg-2026 mm_init $s" "$N26/mm_init.cpp" "undeclared identifier 'mm_init'" "${KERNEL2026[@]}" "${S[@]}"
  unset -n S
done

echo "metal_headers: $passes passed, $fails failed"
[[ $fails == 0 ]]
