// Mirrors tt-metal tt_metal/hw/inc/dataflow_api.h (classic data-movement kernel API, 2025),
// including InterleavedAddrGen[Fast] and the device-side TensorAccessorArgs / TensorAccessor
// (tt_metal/hw/inc/accessor/tensor_accessor.h). Everything forwards to tt_astgen_dryrun hooks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

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

// ---- core identity --------------------------------------------------------------------------
FORCE_INLINE std::uint32_t get_absolute_logical_x() { return tt_astgen_dryrun::logical_x(); }
FORCE_INLINE std::uint32_t get_absolute_logical_y() { return tt_astgen_dryrun::logical_y(); }
FORCE_INLINE std::uint32_t get_relative_logical_x() { return tt_astgen_dryrun::logical_x(); }
FORCE_INLINE std::uint32_t get_relative_logical_y() { return tt_astgen_dryrun::logical_y(); }

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
FORCE_INLINE std::uint32_t get_tile_size(const std::int32_t operand) { return tt_astgen_dryrun::cb_page_size(operand); }
FORCE_INLINE DataFormat get_dataformat(const std::int32_t operand) {
  return static_cast<DataFormat>(tt_astgen_dryrun::cb_data_format(operand));
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
  std::uint32_t bank_base_address;
  std::uint32_t page_size;
  static constexpr bool is_dram = DRAM;
  FORCE_INLINE std::uint64_t get_noc_addr(const std::uint32_t id, const std::uint32_t offset = 0,
                                          std::uint8_t noc = noc_index) const {
    return tt_astgen_dryrun::noc_interleaved_addr(DRAM, bank_base_address, page_size, id, offset, noc);
  }
};

template <bool DRAM, std::uint32_t tile_hw = 1024>
struct InterleavedAddrGenFast {
  std::uint32_t bank_base_address;
  std::uint32_t page_size;
  DataFormat data_format;
  static constexpr bool is_dram = DRAM;
  FORCE_INLINE std::uint64_t get_noc_addr(const std::uint32_t id, const std::uint32_t offset = 0,
                                          std::uint8_t noc = noc_index) const {
    return tt_astgen_dryrun::noc_interleaved_addr(DRAM, bank_base_address, page_size, id, offset, noc);
  }
};

// ---- TensorAccessor (interleaved only in the mock) ------------------------------------------
// Mock layout of the compile-time args written by host TensorAccessorArgs::append_to: exactly ONE
// uint32_t at CTA_OFFSET, 1 = DRAM, 0 = L1. (The real SDK encodes an args-config bitmask plus
// optional rank/shape/bank data; the mock keeps the interleaved case only.)
template <std::size_t CTA_OFFSET, std::size_t CRTA_OFFSET = 0>
struct TensorAccessorArgs {
  static constexpr std::uint32_t args_config = get_ct_arg<CTA_OFFSET>();
  static constexpr bool is_dram = args_config != 0;
  // Reading the argument when the object is made makes a missing compile-time argument an error
  // at the declaration (`constexpr auto a = TensorAccessorArgs<1>();`), as on the device.
  constexpr TensorAccessorArgs() { static_assert(args_config <= 1, "TensorAccessorArgs: unknown args config"); }
  static constexpr bool is_sharded = false;
  static constexpr std::uint32_t num_compile_time_args() { return 1; }
  static constexpr std::uint32_t next_compile_time_args_offset() { return CTA_OFFSET + 1; }
  static constexpr std::uint32_t num_common_runtime_args() { return 0; }
  static constexpr std::uint32_t next_common_runtime_args_offset() { return CRTA_OFFSET; }
};

// As in the SDK, class template argument deduction works for the 3-argument form only:
// `const auto s = TensorAccessor(args, bank_base_address, page_size);`
template <typename DSpec>
struct TensorAccessor {
  static constexpr bool is_dram = DSpec::is_dram;

  template <std::size_t CTA_OFFSET, std::size_t CRTA_OFFSET>
  constexpr TensorAccessor(const TensorAccessorArgs<CTA_OFFSET, CRTA_OFFSET>& /*args*/,
                           const std::uint32_t bank_base_address_in, const std::uint32_t page_size_in = 0)
      : bank_base_address(bank_base_address_in), page_size(page_size_in) {}

  FORCE_INLINE std::uint64_t get_noc_addr(const std::uint32_t page_id, const std::uint32_t offset = 0,
                                          std::uint8_t noc = noc_index) const {
    return tt_astgen_dryrun::noc_interleaved_addr(is_dram, bank_base_address, page_size, page_id, offset, noc);
  }

  const std::uint32_t bank_base_address = 0;
  const std::uint32_t page_size = 0;
};
template <std::size_t CTA_OFFSET, std::size_t CRTA_OFFSET>
TensorAccessor(const TensorAccessorArgs<CTA_OFFSET, CRTA_OFFSET>& args, std::uint32_t, std::uint32_t)
    -> TensorAccessor<TensorAccessorArgs<CTA_OFFSET, CRTA_OFFSET>>;

namespace tt_astgen_detail {
template <typename T, typename = void>
struct is_addr_gen : std::false_type {};
template <typename T>
struct is_addr_gen<T, std::void_t<decltype(std::declval<const T&>().get_noc_addr(0u, 0u, std::uint8_t{0})),
                                  decltype(std::declval<const T&>().page_size)>> : std::true_type {};
}  // namespace tt_astgen_detail

template <bool DRAM>
FORCE_INLINE std::uint64_t get_noc_addr(const std::uint32_t id, const InterleavedAddrGen<DRAM>& s,
                                        std::uint32_t offset = 0, std::uint8_t noc = noc_index) {
  return s.get_noc_addr(id, offset, noc);
}
template <bool DRAM, std::uint32_t tile_hw>
FORCE_INLINE std::uint64_t get_noc_addr(const std::uint32_t id, const InterleavedAddrGenFast<DRAM, tile_hw>& s,
                                        std::uint32_t offset = 0, std::uint8_t noc = noc_index) {
  return s.get_noc_addr(id, offset, noc);
}
template <typename DSpec>
FORCE_INLINE std::uint64_t get_noc_addr(const std::uint32_t id, const TensorAccessor<DSpec>& s,
                                        std::uint32_t offset = 0, std::uint8_t noc = noc_index) {
  return s.get_noc_addr(id, offset, noc);
}

// ---- raw NOC transfers and barriers ---------------------------------------------------------
FORCE_INLINE void noc_async_read(std::uint64_t src_noc_addr, std::uint32_t dst_local_l1_addr, std::uint32_t size,
                                 std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_read(src_noc_addr, dst_local_l1_addr, size, noc);
}
FORCE_INLINE void noc_async_read_one_packet(std::uint64_t src_noc_addr, std::uint32_t dst_local_l1_addr,
                                            std::uint32_t size, std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_read(src_noc_addr, dst_local_l1_addr, size, noc);
}
FORCE_INLINE void noc_async_write(std::uint32_t src_local_l1_addr, std::uint64_t dst_noc_addr, std::uint32_t size,
                                  std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_write(src_local_l1_addr, dst_noc_addr, size, noc);
}
FORCE_INLINE void noc_async_write_one_packet(std::uint32_t src_local_l1_addr, std::uint64_t dst_noc_addr,
                                             std::uint32_t size, std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_write(src_local_l1_addr, dst_noc_addr, size, noc);
}
FORCE_INLINE void noc_async_write_multicast(std::uint32_t src_local_l1_addr, std::uint64_t dst_noc_addr_multicast,
                                            std::uint32_t size, std::uint32_t num_dests, bool linked = false,
                                            std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_write_multicast(src_local_l1_addr, dst_noc_addr_multicast, size, num_dests, linked, noc);
}
FORCE_INLINE void noc_async_read_barrier(std::uint8_t noc = noc_index) { tt_astgen_dryrun::noc_read_barrier(noc); }
FORCE_INLINE void noc_async_write_barrier(std::uint8_t noc = noc_index) { tt_astgen_dryrun::noc_write_barrier(noc); }
FORCE_INLINE void noc_async_writes_flushed(std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_writes_flushed_barrier(noc);
}
FORCE_INLINE void noc_async_full_barrier(std::uint8_t noc = noc_index) { tt_astgen_dryrun::noc_full_barrier(noc); }

// ---- page / tile transfers ------------------------------------------------------------------
template <bool DRAM, std::uint32_t tile_hw>
FORCE_INLINE void noc_async_read_tile(const std::uint32_t id, const InterleavedAddrGenFast<DRAM, tile_hw>& s,
                                      std::uint32_t dst_local_l1_addr, std::uint32_t offset = 0,
                                      std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_read(s.get_noc_addr(id, offset, noc), dst_local_l1_addr, s.page_size, noc);
}
template <bool DRAM, std::uint32_t tile_hw>
FORCE_INLINE void noc_async_write_tile(const std::uint32_t id, const InterleavedAddrGenFast<DRAM, tile_hw>& s,
                                       std::uint32_t src_local_l1_addr, std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_write(src_local_l1_addr, s.get_noc_addr(id, 0, noc), s.page_size, noc);
}
template <typename DSpec>
FORCE_INLINE void noc_async_read_tile(const std::uint32_t id, const TensorAccessor<DSpec>& s,
                                      std::uint32_t dst_local_l1_addr, std::uint32_t offset = 0,
                                      std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_read(s.get_noc_addr(id, offset, noc), dst_local_l1_addr, s.page_size, noc);
}
template <typename DSpec>
FORCE_INLINE void noc_async_write_tile(const std::uint32_t id, const TensorAccessor<DSpec>& s,
                                       std::uint32_t src_local_l1_addr, std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_write(src_local_l1_addr, s.get_noc_addr(id, 0, noc), s.page_size, noc);
}
template <typename AddrGen, typename = std::enable_if_t<tt_astgen_detail::is_addr_gen<AddrGen>::value>>
FORCE_INLINE void noc_async_read_page(const std::uint32_t id, const AddrGen& s, std::uint32_t dst_local_l1_addr,
                                      std::uint32_t offset = 0, std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_read(s.get_noc_addr(id, offset, noc), dst_local_l1_addr, s.page_size, noc);
}
template <typename AddrGen, typename = std::enable_if_t<tt_astgen_detail::is_addr_gen<AddrGen>::value>>
FORCE_INLINE void noc_async_write_page(const std::uint32_t id, const AddrGen& s, std::uint32_t src_local_l1_addr,
                                       std::uint32_t write_size_bytes = 0, std::uint32_t offset = 0,
                                       std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_write(src_local_l1_addr, s.get_noc_addr(id, offset, noc),
                              write_size_bytes ? write_size_bytes : s.page_size, noc);
}

// ---- semaphores -----------------------------------------------------------------------------
template <typename ProgrammableCoreType = void>
FORCE_INLINE std::uint32_t get_semaphore(std::uint32_t semaphore_id) {
  return tt_astgen_dryrun::semaphore_addr(semaphore_id);
}
FORCE_INLINE void noc_semaphore_set(volatile tt_l1_ptr std::uint32_t* sem_addr, std::uint32_t val) {
  tt_astgen_dryrun::semaphore_set(static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(sem_addr)), val);
}
FORCE_INLINE void noc_semaphore_wait(volatile tt_l1_ptr std::uint32_t* sem_addr, std::uint32_t val) {
  tt_astgen_dryrun::semaphore_wait(static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(sem_addr)), val);
}
FORCE_INLINE void noc_semaphore_wait_min(volatile tt_l1_ptr std::uint32_t* sem_addr, std::uint32_t val) {
  tt_astgen_dryrun::semaphore_wait_min(static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(sem_addr)), val);
}
FORCE_INLINE void noc_semaphore_inc(std::uint64_t addr, std::uint32_t incr, std::uint8_t noc_id = noc_index) {
  tt_astgen_dryrun::noc_semaphore_inc(addr, incr, noc_id);
}
FORCE_INLINE void noc_semaphore_set_multicast(std::uint32_t src_local_l1_addr, std::uint64_t dst_noc_addr_multicast,
                                              std::uint32_t num_dests, bool linked = false,
                                              std::uint8_t noc = noc_index) {
  tt_astgen_dryrun::noc_semaphore_set_multicast(src_local_l1_addr, dst_noc_addr_multicast, num_dests, linked, noc);
}
