// Mirrors tt-metal tt_metal/hw/inc/dataflow_api.h (classic data-movement kernel API, 2025),
// including InterleavedAddrGen[Fast] and the device-side TensorAccessorArgs / TensorAccessor
// (tt_metal/hw/inc/accessor/tensor_accessor.h). Everything forwards to tt_astgen_dryrun hooks.
#pragma once

#include <stdint.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

#include "tt_astgen/impl/dprint.h"
#include "hostdevcommon/common_values.hpp"
#include "hostdevcommon/kernel_structs.h"
#include "tensix_types.h"
#include "tt_astgen/dryrun_hooks.h"
#include "tt_astgen/kernel_args.h"

#ifndef NOC_INDEX
#define NOC_INDEX 0
#endif
#ifndef NOC_MODE
#define NOC_MODE 0
#endif

// The NOC this kernel uses by default (a global variable on device; a constant here).
inline constexpr std::uint8_t noc_index = NOC_INDEX;
inline constexpr std::uint8_t noc_mode = NOC_MODE;

// ---- core identity (uint8_t, as in the SDK) ----------------------------------------------------
inline std::uint8_t get_absolute_logical_x() { return static_cast<std::uint8_t>(tt_astgen_dryrun::logical_x()); }
inline std::uint8_t get_absolute_logical_y() { return static_cast<std::uint8_t>(tt_astgen_dryrun::logical_y()); }
inline std::uint8_t get_relative_logical_x() { return static_cast<std::uint8_t>(tt_astgen_dryrun::logical_x()); }
inline std::uint8_t get_relative_logical_y() { return static_cast<std::uint8_t>(tt_astgen_dryrun::logical_y()); }

// ---- circular buffers -----------------------------------------------------------------------
FORCE_INLINE void cb_reserve_back(std::int32_t operand, std::int32_t num_pages) {
  tt_astgen_dryrun::cb_reserve_back(operand, num_pages);
}
FORCE_INLINE void cb_push_back(const std::int32_t operand, const std::int32_t num_pages) {
  tt_astgen_dryrun::cb_push_back(operand, num_pages);
}
FORCE_INLINE void cb_wait_front(std::int32_t operand, std::int32_t num_pages) {
  tt_astgen_dryrun::cb_wait_front(operand, num_pages);
}
FORCE_INLINE void cb_pop_front(std::int32_t operand, std::int32_t num_pages) {
  tt_astgen_dryrun::cb_pop_front(operand, num_pages);
}
FORCE_INLINE bool cb_pages_reservable_at_back(std::int32_t operand, std::int32_t num_pages) {
  return tt_astgen_dryrun::cb_pages_reservable_at_back(operand, num_pages);
}
FORCE_INLINE bool cb_pages_available_at_front(std::int32_t operand, std::int32_t num_pages) {
  return tt_astgen_dryrun::cb_pages_available_at_front(operand, num_pages);
}
FORCE_INLINE std::uint32_t get_write_ptr(std::uint32_t operand) {
  return tt_astgen_dryrun::cb_write_ptr(static_cast<std::int32_t>(operand));
}
FORCE_INLINE std::uint32_t get_read_ptr(std::uint32_t operand) {
  return tt_astgen_dryrun::cb_read_ptr(static_cast<std::int32_t>(operand));
}
// On device these read tables the JIT generates from the program's circular buffers
// (chlkc_unpack_tile_dims.h / chlkc_unpack_data_format.h), so they are constant expressions:
// `constexpr uint32_t bytes = get_tile_size(cb);`, and `.page_size = get_tile_size(cb)` in a braced
// initializer is not narrowing. The mock reads TT_ASTGEN_CB_PAGE_SIZES / TT_ASTGEN_CB_DATA_FORMATS
// (32 values each, set by the dry-run JIT from the program's CBs); without them (type-checking)
// every CB holds bfloat16 32x32 tiles.
namespace tt_astgen_detail {
struct cb_table {
  std::int32_t v[32];
};
#ifdef TT_ASTGEN_CB_PAGE_SIZES
inline constexpr cb_table cb_page_sizes{{TT_ASTGEN_CB_PAGE_SIZES}};
#else
inline constexpr cb_table cb_page_sizes{{2048, 2048, 2048, 2048, 2048, 2048, 2048, 2048, 2048, 2048, 2048,
                                         2048, 2048, 2048, 2048, 2048, 2048, 2048, 2048, 2048, 2048, 2048,
                                         2048, 2048, 2048, 2048, 2048, 2048, 2048, 2048, 2048, 2048}};
#endif
#ifdef TT_ASTGEN_CB_DATA_FORMATS
inline constexpr cb_table cb_data_formats{{TT_ASTGEN_CB_DATA_FORMATS}};
#else
inline constexpr cb_table cb_data_formats{{5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
                                           5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5}};
#endif
}  // namespace tt_astgen_detail

constexpr inline std::int32_t get_tile_size(const std::int32_t operand) {
  return tt_astgen_detail::cb_page_sizes.v[operand];
}
constexpr inline std::uint32_t get_tile_hw(const std::int32_t /*operand*/) { return 32u * 32u; }
constexpr inline std::uint32_t get_tile_num_faces(const std::int32_t /*operand*/) { return 4u; }
constexpr inline DataFormat get_dataformat(const std::int32_t operand) {
  return static_cast<DataFormat>(tt_astgen_detail::cb_data_formats.v[operand]);
}

// ---- NOC addresses --------------------------------------------------------------------------
FORCE_INLINE std::uint64_t get_noc_addr(std::uint32_t noc_x, std::uint32_t noc_y, std::uint32_t addr,
                                        std::uint8_t noc = noc_index) {
  return tt_astgen_dryrun::noc_xy_addr(noc_x, noc_y, addr, noc);
}
FORCE_INLINE std::uint64_t get_noc_addr(std::uint32_t addr, std::uint8_t noc = noc_index) {
  return tt_astgen_dryrun::noc_local_addr(addr, noc);
}
template <bool DRAM>
FORCE_INLINE std::uint64_t get_noc_addr_from_bank_id(std::uint32_t bank_id, std::uint32_t bank_address_offset,
                                                     std::uint8_t noc = noc_index) {
  return tt_astgen_dryrun::noc_bank_addr(DRAM, bank_id, bank_address_offset, noc);
}
FORCE_INLINE std::uint64_t get_noc_multicast_addr(std::uint32_t noc_x_start, std::uint32_t noc_y_start,
                                                  std::uint32_t noc_x_end, std::uint32_t noc_y_end,
                                                  std::uint32_t addr, std::uint8_t noc = noc_index) {
  return tt_astgen_dryrun::noc_multicast_addr(noc_x_start, noc_y_start, noc_x_end, noc_y_end, addr, noc);
}

// ---- interleaved address generators (aggregates, as on device) ------------------------------
template <bool DRAM>
struct InterleavedAddrGen {
  static constexpr bool is_dram = DRAM;
  std::uint32_t bank_base_address;
  const std::uint32_t page_size;
  FORCE_INLINE std::uint64_t get_noc_addr(const std::uint32_t id, const std::uint32_t offset = 0,
                                          std::uint8_t noc = noc_index) const {
    return tt_astgen_dryrun::noc_interleaved_addr(DRAM, bank_base_address, page_size, id, offset, noc);
  }
};

template <bool DRAM>
struct InterleavedPow2AddrGen {
  static constexpr bool is_dram = DRAM;
  const std::uint32_t bank_base_address;
  const std::uint32_t log_base_2_of_page_size;
  FORCE_INLINE std::uint64_t get_noc_addr(const std::uint32_t id, const std::uint32_t offset = 0,
                                          std::uint8_t noc = noc_index) const {
    return tt_astgen_dryrun::noc_interleaved_addr(DRAM, bank_base_address, 1u << log_base_2_of_page_size, id, offset,
                                                  noc);
  }
};

template <bool DRAM, std::uint32_t tile_hw = 1024>
struct InterleavedAddrGenFast {
  static constexpr bool is_dram = DRAM;
  std::uint32_t bank_base_address;
  std::uint32_t page_size;
  DataFormat data_format;
  FORCE_INLINE std::uint64_t get_noc_addr(const std::uint32_t id, const std::uint32_t offset = 0,
                                          std::uint8_t noc = noc_index) const {
    return tt_astgen_dryrun::noc_interleaved_addr(DRAM, bank_base_address, page_size, id, offset, noc);
  }
};

template <bool DRAM>
struct InterleavedPow2AddrGenFast {
  static constexpr bool is_dram = DRAM;
  std::uint32_t bank_base_address;
  const std::uint32_t log_base_2_of_page_size;
  FORCE_INLINE std::uint64_t get_noc_addr(const std::uint32_t id, const std::uint32_t offset = 0,
                                          std::uint8_t noc = noc_index) const {
    return tt_astgen_dryrun::noc_interleaved_addr(DRAM, bank_base_address, 1u << log_base_2_of_page_size, id, offset,
                                                  noc);
  }
};

// ---- TensorAccessor (interleaved only in the mock) ------------------------------------------
// Mock layout of the compile-time args written by host TensorAccessorArgs::append_to: exactly ONE
// uint32_t at CTA_OFFSET: bit 0 is 1 for DRAM, 0 for L1; the bits above are the buffer's page size
// (AlignedPageSize; 0 when the host did not say, e.g. the checker's guessed args). (The real SDK
// encodes an args-config bitmask, the aligned page size and optional rank/shape/bank data; the
// mock keeps the interleaved case only.)
template <std::size_t CTA_OFFSET, std::size_t CRTA_OFFSET = 0>
struct TensorAccessorArgs {
  static constexpr std::uint32_t args_config = get_ct_arg<CTA_OFFSET>();
  static constexpr bool is_dram = (args_config & 1u) != 0;
  static constexpr std::uint32_t AlignedPageSize = args_config >> 1;
  // Reading the argument when the object is made makes a missing compile-time argument an error
  // at the declaration (`constexpr auto a = TensorAccessorArgs<1>();`), as on the device.
  constexpr TensorAccessorArgs() { static_assert(args_config == get_ct_arg<CTA_OFFSET>()); }
  static constexpr bool is_sharded = false;
  static constexpr std::uint32_t num_compile_time_args() { return 1; }
  static constexpr std::uint32_t next_compile_time_args_offset() { return CTA_OFFSET + 1; }
  static constexpr std::uint32_t num_common_runtime_args() { return 0; }
  static constexpr std::uint32_t next_common_runtime_args_offset() { return CRTA_OFFSET; }
};

// As in the SDK (2026: tt_metal/hw/inc/api/tensor/tensor_accessor.h), class template argument
// deduction works for `TensorAccessor(args, bank_base_address, page_size)` and for
// `TensorAccessor(args, bank_base_address)`, whose page size is the args' AlignedPageSize.
template <typename DSpec>
struct TensorAccessor {
  static constexpr bool is_dram = DSpec::is_dram;

  template <std::size_t CTA_OFFSET, std::size_t CRTA_OFFSET>
  constexpr TensorAccessor(const TensorAccessorArgs<CTA_OFFSET, CRTA_OFFSET>& /*args*/,
                           const std::uint32_t bank_base_address_in,
                           const std::uint32_t page_size_in = TensorAccessorArgs<CTA_OFFSET, CRTA_OFFSET>::AlignedPageSize)
      : bank_base_address(bank_base_address_in), page_size(page_size_in) {}

  FORCE_INLINE std::uint64_t get_noc_addr(const std::uint32_t page_id, const std::uint32_t offset = 0,
                                          std::uint8_t noc = noc_index) const {
    return tt_astgen_dryrun::noc_interleaved_addr(is_dram, bank_base_address, page_size, page_id, offset, noc);
  }
  FORCE_INLINE std::uint32_t get_aligned_page_size() const { return page_size; }

  const std::uint32_t bank_base_address = 0;
  const std::uint32_t page_size = 0;
};
template <std::size_t CTA_OFFSET, std::size_t CRTA_OFFSET>
TensorAccessor(const TensorAccessorArgs<CTA_OFFSET, CRTA_OFFSET>& args, std::uint32_t)
    -> TensorAccessor<TensorAccessorArgs<CTA_OFFSET, CRTA_OFFSET>>;
template <std::size_t CTA_OFFSET, std::size_t CRTA_OFFSET>
TensorAccessor(const TensorAccessorArgs<CTA_OFFSET, CRTA_OFFSET>& args, std::uint32_t, std::uint32_t)
    -> TensorAccessor<TensorAccessorArgs<CTA_OFFSET, CRTA_OFFSET>>;

// Address-generator traits, as in dataflow_api_addrgen.h: a get_noc_addr(id, offset, noc) member
// and a page_size or log_base_2_of_page_size member.
template <typename, typename = void>
inline constexpr bool has_get_noc_addr_v = false;
template <typename T>
inline constexpr bool has_get_noc_addr_v<
    T, std::void_t<decltype(std::declval<T>().get_noc_addr(std::declval<std::uint32_t>(), std::declval<std::uint32_t>(),
                                                           std::declval<std::uint8_t>()))>> = true;
template <typename, typename = void>
inline constexpr bool has_page_size_v = false;
template <typename T>
inline constexpr bool has_page_size_v<T, std::void_t<decltype(std::declval<T>().page_size)>> = true;
template <typename, typename = void>
inline constexpr bool has_log_base_2_of_page_size_v = false;
template <typename T>
inline constexpr bool has_log_base_2_of_page_size_v<T, std::void_t<decltype(std::declval<T>().log_base_2_of_page_size)>> =
    true;
template <typename T>
inline constexpr bool has_required_addrgen_traits_v =
    has_get_noc_addr_v<T> && (has_page_size_v<T> || has_log_base_2_of_page_size_v<T>);

namespace tt_astgen_detail {
template <typename AddrGen>
FORCE_INLINE std::uint32_t page_size_of(const AddrGen& s) {
  if constexpr (has_page_size_v<AddrGen>) {
    return s.page_size;
  } else {
    return 1u << s.log_base_2_of_page_size;
  }
}
}  // namespace tt_astgen_detail

// The generic form (any address generator: InterleavedAddrGen[Fast], the Pow2 variants, TensorAccessor).
template <typename AddrGen>
FORCE_INLINE std::uint64_t get_noc_addr(const std::uint32_t id, const AddrGen& addrgen, std::uint32_t offset = 0,
                                        std::uint8_t noc = noc_index,
                                        decltype(addrgen.get_noc_addr(0u, 0u, std::uint8_t{0}))* resolver = nullptr) {
  (void)resolver;
  static_assert(has_get_noc_addr_v<AddrGen>, "AddrGen must have get_noc_addr() method");
  return addrgen.get_noc_addr(id, offset, noc);
}

template <bool DRAM, std::uint32_t page_size>
FORCE_INLINE auto get_interleaved_addr_gen(std::uint32_t base_addr) {
  constexpr bool is_pow_2 = page_size != 0 && (page_size & (page_size - 1)) == 0;
  if constexpr (is_pow_2) {
    constexpr std::uint32_t log2_page_size = __builtin_ctz(page_size);
    if constexpr (page_size <= 8192) {
      return InterleavedPow2AddrGenFast<DRAM>{.bank_base_address = base_addr, .log_base_2_of_page_size = log2_page_size};
    } else {
      return InterleavedPow2AddrGen<DRAM>{.bank_base_address = base_addr, .log_base_2_of_page_size = log2_page_size};
    }
  } else {
    return InterleavedAddrGen<DRAM>{.bank_base_address = base_addr, .page_size = page_size};
  }
}
template <bool DRAM, bool is_size_pow2>
FORCE_INLINE auto get_interleaved_addr_gen(std::uint32_t base_addr, std::uint32_t page_size,
                                           std::uint32_t log2_page_size) {
  if constexpr (is_size_pow2) {
    return InterleavedPow2AddrGen<DRAM>{.bank_base_address = base_addr, .log_base_2_of_page_size = log2_page_size};
  } else {
    return InterleavedAddrGen<DRAM>{.bank_base_address = base_addr, .page_size = page_size};
  }
}
template <bool DRAM, bool is_size_pow2>
FORCE_INLINE auto get_interleaved_addr_gen(std::uint32_t base_addr, std::uint32_t size) {
  return get_interleaved_addr_gen<DRAM, is_size_pow2>(base_addr, size, size);
}

// ---- raw NOC transfers and barriers ---------------------------------------------------------
// NOC_MAX_BURST_SIZE: the largest single NOC packet (wormhole/blackhole).
#ifndef NOC_MAX_BURST_SIZE
#ifdef ARCH_BLACKHOLE
#define NOC_MAX_BURST_SIZE 16384
#else
#define NOC_MAX_BURST_SIZE 8192
#endif
#endif

FORCE_INLINE void noc_async_read_one_packet(std::uint64_t src_noc_addr, std::uint32_t dst_local_l1_addr,
                                            std::uint32_t size, std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_read(src_noc_addr, dst_local_l1_addr, size, noc);
}
template <std::uint32_t max_page_size = NOC_MAX_BURST_SIZE + 1>
inline void noc_async_read(std::uint64_t src_noc_addr, std::uint32_t dst_local_l1_addr, std::uint32_t size,
                           std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_read(src_noc_addr, dst_local_l1_addr, size, noc);
}
FORCE_INLINE void noc_async_write_one_packet(std::uint32_t src_local_l1_addr, std::uint64_t dst_noc_addr,
                                             std::uint32_t size, std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_write(src_local_l1_addr, dst_noc_addr, size, noc);
}
template <std::uint32_t max_page_size = NOC_MAX_BURST_SIZE + 1>
inline void noc_async_write(std::uint32_t src_local_l1_addr, std::uint64_t dst_noc_addr, std::uint32_t size,
                            std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_write(src_local_l1_addr, dst_noc_addr, size, noc);
}
FORCE_INLINE void noc_async_write_multicast_one_packet(std::uint32_t src_local_l1_addr,
                                                       std::uint64_t dst_noc_addr_multicast, std::uint32_t size,
                                                       std::uint32_t num_dests, bool linked = false,
                                                       std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_write_multicast(src_local_l1_addr, dst_noc_addr_multicast, size, num_dests, linked, noc);
}
template <std::uint32_t max_page_size = NOC_MAX_BURST_SIZE + 1>
inline void noc_async_write_multicast(std::uint32_t src_local_l1_addr, std::uint64_t dst_noc_addr_multicast,
                                      std::uint32_t size, std::uint32_t num_dests, bool linked = false,
                                      std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_write_multicast(src_local_l1_addr, dst_noc_addr_multicast, size, num_dests, linked, noc);
}
// The multicast rectangle includes the sender (the runtime writes every core of the rectangle).
inline void noc_async_write_multicast_loopback_src(std::uint32_t src_local_l1_addr,
                                                   std::uint64_t dst_noc_addr_multicast, std::uint32_t size,
                                                   std::uint32_t num_dests, bool linked = false,
                                                   std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_write_multicast(src_local_l1_addr, dst_noc_addr_multicast, size, num_dests, linked, noc);
}
inline void noc_async_read_barrier(std::uint8_t noc = noc_index) { tt_astgen_dryrun::noc_read_barrier(noc); }
FORCE_INLINE void noc_async_write_barrier(std::uint8_t noc = noc_index) { tt_astgen_dryrun::noc_write_barrier(noc); }
FORCE_INLINE void noc_async_writes_flushed(std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_writes_flushed_barrier(noc);
}
FORCE_INLINE void noc_async_posted_writes_flushed(std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_writes_flushed_barrier(noc);
}
FORCE_INLINE void noc_async_atomic_barrier(std::uint8_t noc_idx = noc_index) {
  tt_astgen_dryrun::noc_full_barrier(noc_idx);
}
FORCE_INLINE void noc_async_full_barrier(std::uint8_t noc_idx = noc_index) { tt_astgen_dryrun::noc_full_barrier(noc_idx); }

// ---- page / tile transfers ------------------------------------------------------------------
// The generic forms take any address generator with get_noc_addr() and a page size.
template <typename AddrGen>
FORCE_INLINE void noc_async_read_page(const std::uint32_t id, const AddrGen& addrgen, std::uint32_t dst_local_l1_addr,
                                      std::uint32_t offset = 0, std::uint8_t noc = noc_index) {
  static_assert(has_required_addrgen_traits_v<AddrGen>,
                "AddrGen must have get_noc_addr() and either page_size or log_base_2_of_page_size member variable");
  tt_astgen_dryrun::noc_read(addrgen.get_noc_addr(id, offset, noc), dst_local_l1_addr,
                             tt_astgen_detail::page_size_of(addrgen), noc);
}
template <typename AddrGen>
FORCE_INLINE void noc_async_write_page(const std::uint32_t id, const AddrGen& addrgen, std::uint32_t src_local_l1_addr,
                                       std::uint32_t size = 0, std::uint32_t offset = 0,
                                       std::uint8_t noc = noc_index) {
  static_assert(has_required_addrgen_traits_v<AddrGen>,
                "AddrGen must have get_noc_addr() and either page_size or log_base_2_of_page_size member variable");
  tt_astgen_dryrun::noc_write(src_local_l1_addr, addrgen.get_noc_addr(id, offset, noc),
                              size ? size : tt_astgen_detail::page_size_of(addrgen), noc);
}
// The *_tile forms exist for InterleavedAddrGen, InterleavedAddrGenFast and TensorAccessor only
// (a raw address is not a tile source).
template <bool DRAM>
FORCE_INLINE void noc_async_read_tile(const std::uint32_t id, const InterleavedAddrGen<DRAM>& s,
                                      std::uint32_t dst_local_l1_addr, std::uint32_t offset = 0,
                                      std::uint8_t noc = noc_index) {
  noc_async_read_page(id, s, dst_local_l1_addr, offset, noc);
}
template <bool DRAM, std::uint32_t tile_hw>
FORCE_INLINE void noc_async_read_tile(const std::uint32_t id, const InterleavedAddrGenFast<DRAM, tile_hw>& s,
                                      std::uint32_t dst_local_l1_addr, std::uint32_t offset = 0,
                                      std::uint8_t noc = noc_index) {
  noc_async_read_page(id, s, dst_local_l1_addr, offset, noc);
}
template <typename DSpec>
FORCE_INLINE void noc_async_read_tile(const std::uint32_t id, const TensorAccessor<DSpec>& s,
                                      std::uint32_t dst_local_l1_addr, std::uint32_t offset = 0,
                                      std::uint8_t noc = noc_index) {
  noc_async_read_page(id, s, dst_local_l1_addr, offset, noc);
}
template <bool DRAM>
FORCE_INLINE void noc_async_write_tile(const std::uint32_t id, const InterleavedAddrGen<DRAM>& s,
                                       std::uint32_t src_local_l1_addr, std::uint8_t noc = noc_index) {
  noc_async_write_page(id, s, src_local_l1_addr, s.page_size, 0, noc);
}
template <bool DRAM, std::uint32_t tile_hw>
FORCE_INLINE void noc_async_write_tile(const std::uint32_t id, const InterleavedAddrGenFast<DRAM, tile_hw>& s,
                                       std::uint32_t src_local_l1_addr, std::uint8_t noc = noc_index) {
  noc_async_write_page(id, s, src_local_l1_addr, s.page_size, 0, noc);
}
template <typename DSpec>
FORCE_INLINE void noc_async_write_tile(const std::uint32_t id, const TensorAccessor<DSpec>& s,
                                       std::uint32_t src_local_l1_addr, std::uint8_t noc = noc_index) {
  noc_async_write_page(id, s, src_local_l1_addr, s.page_size, 0, noc);
}

// ---- semaphores -----------------------------------------------------------------------------
// Mirrors hostdevcommon's ProgrammableCoreType (the template argument of get_semaphore).
enum class ProgrammableCoreType : std::uint8_t { TENSIX = 0, ACTIVE_ETH = 1, IDLE_ETH = 2, COUNT = 3 };

template <ProgrammableCoreType type = ProgrammableCoreType::TENSIX>
FORCE_INLINE std::uint32_t get_semaphore(std::uint32_t semaphore_id) {
  return tt_astgen_dryrun::semaphore_addr(semaphore_id);
}
namespace tt_astgen_detail {
inline std::uint32_t l1_addr_of(volatile tt_l1_ptr std::uint32_t* p) {
  return static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(p));
}
}  // namespace tt_astgen_detail
FORCE_INLINE void noc_semaphore_set(volatile tt_l1_ptr std::uint32_t* sem_addr, std::uint32_t val) {
  tt_astgen_dryrun::semaphore_set(tt_astgen_detail::l1_addr_of(sem_addr), val);
}
FORCE_INLINE void noc_semaphore_wait(volatile tt_l1_ptr std::uint32_t* sem_addr, std::uint32_t val) {
  tt_astgen_dryrun::semaphore_wait(tt_astgen_detail::l1_addr_of(sem_addr), val);
}
FORCE_INLINE void noc_semaphore_wait_min(volatile tt_l1_ptr std::uint32_t* sem_addr, std::uint32_t val) {
  tt_astgen_dryrun::semaphore_wait_min(tt_astgen_detail::l1_addr_of(sem_addr), val);
}
#ifndef NOC_UNICAST_WRITE_VC
#define NOC_UNICAST_WRITE_VC 1
#endif
template <bool posted = false>
FORCE_INLINE void noc_semaphore_inc(std::uint64_t addr, std::uint32_t incr, std::uint8_t noc_id = noc_index,
                                    std::uint8_t vc = NOC_UNICAST_WRITE_VC) {
  (void)vc;
  tt_astgen_dryrun::noc_semaphore_inc(addr, incr, noc_id);
}
// Writes the 4-byte value at src_local_l1_addr to a remote L1 address (usually a semaphore).
inline void noc_semaphore_set_remote(std::uint32_t src_local_l1_addr, std::uint64_t dst_noc_addr,
                                     std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_write(src_local_l1_addr, dst_noc_addr, 4, noc);
}
inline void noc_semaphore_set_multicast(std::uint32_t src_local_l1_addr, std::uint64_t dst_noc_addr_multicast,
                                        std::uint32_t num_dests, bool linked = false, std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_semaphore_set_multicast(src_local_l1_addr, dst_noc_addr_multicast, num_dests, linked, noc);
}
inline void noc_semaphore_set_multicast_loopback_src(std::uint32_t src_local_l1_addr,
                                                     std::uint64_t dst_noc_addr_multicast, std::uint32_t num_dests,
                                                     bool linked = false, std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_semaphore_set_multicast(src_local_l1_addr, dst_noc_addr_multicast, num_dests, linked, noc);
}
// A 32-bit write straight to a NOC address (no L1 source).
enum class InlineWriteDst : std::uint8_t { DEFAULT = 0, L1 = 1, REG = 2 };
template <InlineWriteDst dst_type = InlineWriteDst::DEFAULT, bool posted = false>
FORCE_INLINE void noc_inline_dw_write(std::uint64_t addr, std::uint32_t val, std::uint8_t be = 0xF,
                                      std::uint8_t noc = noc_index, std::uint8_t vc = NOC_UNICAST_WRITE_VC) {
  (void)vc;
  tt_astgen_dryrun::noc_inline_write(addr, val, be, noc);
}
