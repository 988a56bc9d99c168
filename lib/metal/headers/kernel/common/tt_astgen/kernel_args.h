// tt-astgen internal: mirrors the argument accessors shared by tt-metal's dataflow_api.h and
// compute_kernel_api/common.h (get_arg_val, get_common_arg_val, get_arg_addr,
// get_compile_time_arg_val / get_ct_arg over -DKERNEL_COMPILE_TIME_ARGS=a,b,c).
#pragma once

#include <cstddef>
#include <cstdint>

#include "tt_astgen/dryrun_hooks.h"

// Kernels run on 32-bit RISC-V cores, where an L1 address (uint32_t) and a pointer have the same
// width: `(uint32_t*)l1_addr` is clean there. Type-checking on a 64-bit host would flag it
// (-Wint-to-pointer-cast), a warning the device build cannot produce, so it is off for kernels.
#pragma clang diagnostic ignored "-Wint-to-pointer-cast"

#ifndef FORCE_INLINE
#define FORCE_INLINE inline __attribute__((always_inline))
#endif
#ifndef tt_l1_ptr
#define tt_l1_ptr
#endif
#ifndef tt_reg_ptr
#define tt_reg_ptr
#endif

namespace tt_astgen_detail {
template <std::size_t N>
struct ct_arg_list {
  std::uint32_t values[N == 0 ? 1 : N];
  static constexpr std::uint32_t size = static_cast<std::uint32_t>(N);
};
template <class... T>
constexpr ct_arg_list<sizeof...(T)> make_ct_arg_list(T... v) {
  return ct_arg_list<sizeof...(T)>{{static_cast<std::uint32_t>(v)...}};
}
#ifdef KERNEL_COMPILE_TIME_ARGS
inline constexpr auto kernel_compile_time_args = make_ct_arg_list(KERNEL_COMPILE_TIME_ARGS);
#else
inline constexpr auto kernel_compile_time_args = make_ct_arg_list();
#endif
}  // namespace tt_astgen_detail

// Compile-time arguments (CreateKernel's compile_args), read from KERNEL_COMPILE_TIME_ARGS.
template <std::uint32_t Idx>
constexpr std::uint32_t get_ct_arg() {
  static_assert(Idx < tt_astgen_detail::kernel_compile_time_args.size,
                "compile-time argument index out of range (fewer compile_args were passed to CreateKernel)");
  return tt_astgen_detail::kernel_compile_time_args.values[Idx < tt_astgen_detail::kernel_compile_time_args.size ? Idx : 0];
}
#define get_compile_time_arg_val(arg_idx) get_ct_arg<arg_idx>()

// Runtime arguments (SetRuntimeArgs / SetCommonRuntimeArgs). Only 4-byte types, as on device.
static FORCE_INLINE std::uint32_t get_arg_addr(int arg_idx) { return tt_astgen_dryrun::runtime_arg_addr(arg_idx); }
static FORCE_INLINE std::uint32_t get_common_arg_addr(int arg_idx) {
  return tt_astgen_dryrun::common_runtime_arg_addr(arg_idx);
}
template <typename T>
FORCE_INLINE T get_arg_val(int arg_idx) {
  static_assert(sizeof(T) == 4, "Error: only 4B args are supported");
  return __builtin_bit_cast(T, tt_astgen_dryrun::runtime_arg(arg_idx));
}
template <typename T>
FORCE_INLINE T get_common_arg_val(int arg_idx) {
  static_assert(sizeof(T) == 4, "Error: only 4B args are supported");
  return __builtin_bit_cast(T, tt_astgen_dryrun::common_runtime_arg(arg_idx));
}
