// tt-astgen internal (no real counterpart): the dry-run hooks behind the mock kernel API.
//
// Every function in namespace tt_astgen_dryrun is DECLARED here and DEFINED by the CPU dry-run
// runtime (lib/runtime). The mock kernel headers (dataflow_api.h, compute_kernel_api/...) are thin
// inline wrappers that forward to these hooks. Device "addresses" (L1 addresses, bank base
// addresses) are uint32_t as on the device; NOC addresses are uint64_t in whatever encoding the
// runtime chooses (it only has to be consistent between noc_*_addr and noc_read/noc_write).
// Note: kernels may dereference L1 addresses directly (e.g. `(uint32_t*)get_write_ptr(cb)`), so a
// runtime that wants to support that must map each core's L1 at real addresses below 4 GiB.
//
// Hook list (this comment is the contract; keep it in sync with the declarations below):
//   Arguments
//     uint32_t runtime_arg(int idx);                 get_arg_val<T>(idx)
//     uint32_t common_runtime_arg(int idx);          get_common_arg_val<T>(idx)
//     uint32_t runtime_arg_addr(int idx);            get_arg_addr(idx)
//     uint32_t common_runtime_arg_addr(int idx);     get_common_arg_addr(idx)
//   Core identity
//     uint32_t logical_x(); uint32_t logical_y();    get_absolute_logical_x/y, get_relative_logical_x/y
//   Circular buffers (shared by data-movement and compute kernels)
//     void cb_reserve_back(int32_t cb, int32_t n);   void cb_push_back(int32_t cb, int32_t n);
//     void cb_wait_front(int32_t cb, int32_t n);     void cb_pop_front(int32_t cb, int32_t n);
//     bool cb_pages_reservable_at_back(int32_t cb, int32_t n);
//     bool cb_pages_available_at_front(int32_t cb, int32_t n);
//     uint32_t cb_write_ptr(int32_t cb);             uint32_t cb_read_ptr(int32_t cb);
//     uint32_t cb_page_size(int32_t cb);             uint8_t  cb_data_format(int32_t cb);  (tt::DataFormat value)
//   NOC addressing
//     uint64_t noc_xy_addr(uint32_t x, uint32_t y, uint32_t l1_addr, uint8_t noc);
//     uint64_t noc_local_addr(uint32_t l1_addr, uint8_t noc);
//     uint64_t noc_bank_addr(bool is_dram, uint32_t bank_id, uint32_t bank_offset, uint8_t noc);
//     uint64_t noc_interleaved_addr(bool is_dram, uint32_t bank_base, uint32_t page_size,
//                                   uint32_t page_id, uint32_t offset, uint8_t noc);
//              (page_id -> bank page_id % num_banks, offset bank_base + (page_id / num_banks) * page_size + offset)
//     uint64_t noc_multicast_addr(uint32_t x_start, uint32_t y_start, uint32_t x_end, uint32_t y_end,
//                                 uint32_t l1_addr, uint8_t noc);
//   NOC transfers and barriers
//     void noc_read(uint64_t src_noc_addr, uint32_t dst_l1_addr, uint32_t size, uint8_t noc);
//     void noc_write(uint32_t src_l1_addr, uint64_t dst_noc_addr, uint32_t size, uint8_t noc);
//     void noc_write_multicast(uint32_t src_l1_addr, uint64_t dst_mcast_addr, uint32_t size,
//                              uint32_t num_dests, bool linked, uint8_t noc);
//     void noc_read_barrier(uint8_t noc);            void noc_write_barrier(uint8_t noc);
//     void noc_writes_flushed_barrier(uint8_t noc);  void noc_full_barrier(uint8_t noc);
//   Semaphores (sem_addr is an L1 address)
//     uint32_t semaphore_addr(uint32_t semaphore_id);
//     void semaphore_set(uint32_t sem_addr, uint32_t value);
//     void semaphore_wait(uint32_t sem_addr, uint32_t value);
//     void semaphore_wait_min(uint32_t sem_addr, uint32_t value);
//     void noc_semaphore_inc(uint64_t dst_noc_addr, uint32_t incr, uint8_t noc);
//     void noc_inline_write(uint64_t dst_noc_addr, uint32_t value, uint8_t byte_enable, uint8_t noc);
//     void noc_semaphore_set_multicast(uint32_t src_l1_addr, uint64_t dst_mcast_addr,
//                                      uint32_t num_dests, bool linked, uint8_t noc);
//   Compute (the DST register file, unpack/math/pack; called once per call in dry-run mode and
//   once per TRISC compilation otherwise; the runtime compiles compute kernels with TT_ASTGEN_DRYRUN)
//     void compute_hw_init(uint32_t icb0, uint32_t icb1, uint32_t ocb);   mm_init, binary_op_init_common,
//                                                                         unary_op_init_common, init_sfpu
//     void compute_op_init(ComputeOp op, uint32_t icb0, uint32_t icb1, uint32_t arg);  *_init functions
//     void compute_matmul_tiles(uint32_t in0_cb, uint32_t in1_cb, uint32_t in0_tile, uint32_t in1_tile,
//                               uint32_t idst, uint32_t transpose);
//     void compute_matmul_block(uint32_t in0_cb, uint32_t in1_cb, uint32_t in0_tile, uint32_t in1_tile,
//                               uint32_t idst, uint32_t transpose, uint32_t ct_dim, uint32_t rt_dim,
//                               uint32_t kt_dim);
//     void compute_binary_tiles(ComputeOp op, uint32_t icb0, uint32_t icb1, uint32_t itile0,
//                               uint32_t itile1, uint32_t idst);
//     void compute_copy_tile(uint32_t icb, uint32_t itile, uint32_t idst);
//     void compute_unary_tile(ComputeOp op, uint32_t idst, uint32_t param);
//     void compute_pack_tile(uint32_t idst, uint32_t ocb, uint32_t output_tile_index, bool out_of_order);
//     void tile_regs_acquire(); void tile_regs_commit(); void tile_regs_wait(); void tile_regs_release();
//   Compute, fused-chain ops (lib/runtime/compute_ops.cpp; enum arguments carry the SDK enum's value)
//     void compute_bcast_tiles(ComputeOp op, uint32_t bcast_type, uint32_t icb0, uint32_t icb1, uint32_t itile0,
//                              uint32_t itile1, uint32_t idst, uint32_t bcast_row_idx);   *_tiles_bcast*
//     void compute_unary_bcast(uint32_t bcast_type, uint32_t icb, uint32_t itile, uint32_t idst);  unary_bcast
//     void compute_reduce_tile(uint32_t pool_type, uint32_t reduce_dim, uint32_t icb, uint32_t icb_scaler,
//                              uint32_t itile, uint32_t itile_scaler, uint32_t idst);      reduce_tile
//     void compute_transpose_tile(uint32_t icb, uint32_t itile, uint32_t idst);    transpose_wh_tile, transpose_tile
//     void compute_dest_reuse_tiles(ComputeOp op, uint32_t reuse_type, uint32_t icb, uint32_t itile,
//                                   uint32_t idst);                                binary_dest_reuse_tiles
//     void compute_sfpu_tile(ComputeOp op, uint32_t idst, uint32_t param);          rsqrt_tile, square_tile
#pragma once

#include <cstdint>

namespace tt_astgen_dryrun {

// Operation selector for the generic compute hooks.
enum class ComputeOp : std::uint8_t {
  MatMul, Add, Sub, Mul, Copy,             // FPU ops
  Relu, Exp, Sigmoid, Sqrt, Recip, Log, Tanh, Abs, Negative, Gelu,  // SFPU unary ops
  ReconfigDataFormat, PackReconfigDataFormat,
  Rsqrt, Square,                                      // SFPU unary ops of compute_sfpu_tile
  Bcast, UnaryBcast, Reduce, Transpose, DestReuse     // fused-chain ops (their *_init calls)
};

// Arguments
std::uint32_t runtime_arg(int idx);
std::uint32_t common_runtime_arg(int idx);
std::uint32_t runtime_arg_addr(int idx);
std::uint32_t common_runtime_arg_addr(int idx);
// Core identity
std::uint32_t logical_x();
std::uint32_t logical_y();
// Circular buffers
void cb_reserve_back(std::int32_t cb, std::int32_t num_pages);
void cb_push_back(std::int32_t cb, std::int32_t num_pages);
void cb_wait_front(std::int32_t cb, std::int32_t num_pages);
void cb_pop_front(std::int32_t cb, std::int32_t num_pages);
bool cb_pages_reservable_at_back(std::int32_t cb, std::int32_t num_pages);
bool cb_pages_available_at_front(std::int32_t cb, std::int32_t num_pages);
std::uint32_t cb_write_ptr(std::int32_t cb);
std::uint32_t cb_read_ptr(std::int32_t cb);
std::uint32_t cb_page_size(std::int32_t cb);
std::uint8_t cb_data_format(std::int32_t cb);
// NOC addressing
std::uint64_t noc_xy_addr(std::uint32_t x, std::uint32_t y, std::uint32_t l1_addr, std::uint8_t noc);
std::uint64_t noc_local_addr(std::uint32_t l1_addr, std::uint8_t noc);
std::uint64_t noc_bank_addr(bool is_dram, std::uint32_t bank_id, std::uint32_t bank_offset, std::uint8_t noc);
std::uint64_t noc_interleaved_addr(bool is_dram, std::uint32_t bank_base, std::uint32_t page_size,
                                   std::uint32_t page_id, std::uint32_t offset, std::uint8_t noc);
std::uint64_t noc_multicast_addr(std::uint32_t x_start, std::uint32_t y_start, std::uint32_t x_end,
                                 std::uint32_t y_end, std::uint32_t l1_addr, std::uint8_t noc);
// NOC transfers and barriers
void noc_read(std::uint64_t src_noc_addr, std::uint32_t dst_l1_addr, std::uint32_t size, std::uint8_t noc);
void noc_write(std::uint32_t src_l1_addr, std::uint64_t dst_noc_addr, std::uint32_t size, std::uint8_t noc);
void noc_write_multicast(std::uint32_t src_l1_addr, std::uint64_t dst_mcast_addr, std::uint32_t size,
                         std::uint32_t num_dests, bool linked, std::uint8_t noc);
void noc_read_barrier(std::uint8_t noc);
void noc_write_barrier(std::uint8_t noc);
void noc_writes_flushed_barrier(std::uint8_t noc);
void noc_full_barrier(std::uint8_t noc);
// Semaphores
std::uint32_t semaphore_addr(std::uint32_t semaphore_id);
void semaphore_set(std::uint32_t sem_addr, std::uint32_t value);
void semaphore_wait(std::uint32_t sem_addr, std::uint32_t value);
void semaphore_wait_min(std::uint32_t sem_addr, std::uint32_t value);
void noc_semaphore_inc(std::uint64_t dst_noc_addr, std::uint32_t incr, std::uint8_t noc);
void noc_inline_write(std::uint64_t dst_noc_addr, std::uint32_t value, std::uint8_t byte_enable, std::uint8_t noc);
void noc_semaphore_set_multicast(std::uint32_t src_l1_addr, std::uint64_t dst_mcast_addr,
                                 std::uint32_t num_dests, bool linked, std::uint8_t noc);
// Compute
void compute_hw_init(std::uint32_t icb0, std::uint32_t icb1, std::uint32_t ocb);
void compute_op_init(ComputeOp op, std::uint32_t icb0, std::uint32_t icb1, std::uint32_t arg);
void compute_matmul_tiles(std::uint32_t in0_cb, std::uint32_t in1_cb, std::uint32_t in0_tile,
                          std::uint32_t in1_tile, std::uint32_t idst, std::uint32_t transpose);
void compute_matmul_block(std::uint32_t in0_cb, std::uint32_t in1_cb, std::uint32_t in0_tile,
                          std::uint32_t in1_tile, std::uint32_t idst, std::uint32_t transpose,
                          std::uint32_t ct_dim, std::uint32_t rt_dim, std::uint32_t kt_dim);
void compute_binary_tiles(ComputeOp op, std::uint32_t icb0, std::uint32_t icb1, std::uint32_t itile0,
                          std::uint32_t itile1, std::uint32_t idst);
void compute_copy_tile(std::uint32_t icb, std::uint32_t itile, std::uint32_t idst);
void compute_unary_tile(ComputeOp op, std::uint32_t idst, std::uint32_t param);
void compute_pack_tile(std::uint32_t idst, std::uint32_t ocb, std::uint32_t output_tile_index, bool out_of_order);
void tile_regs_acquire();
void tile_regs_commit();
void tile_regs_wait();
void tile_regs_release();
// Compute, fused-chain ops
void compute_bcast_tiles(ComputeOp op, std::uint32_t bcast_type, std::uint32_t icb0, std::uint32_t icb1,
                         std::uint32_t itile0, std::uint32_t itile1, std::uint32_t idst, std::uint32_t bcast_row_idx);
void compute_unary_bcast(std::uint32_t bcast_type, std::uint32_t icb, std::uint32_t itile, std::uint32_t idst);
void compute_reduce_tile(std::uint32_t pool_type, std::uint32_t reduce_dim, std::uint32_t icb, std::uint32_t icb_scaler,
                         std::uint32_t itile, std::uint32_t itile_scaler, std::uint32_t idst);
void compute_transpose_tile(std::uint32_t icb, std::uint32_t itile, std::uint32_t idst);
void compute_dest_reuse_tiles(ComputeOp op, std::uint32_t reuse_type, std::uint32_t icb, std::uint32_t itile,
                              std::uint32_t idst);
void compute_sfpu_tile(ComputeOp op, std::uint32_t idst, std::uint32_t param);

}  // namespace tt_astgen_dryrun
