// Sample (metal-2024): matmul_single_core in the late-2024 single-device style, fully qualified,
// no using-directives: CreateDevice / command_queue / CreateBuffer(InterleavedBufferConfig) /
// EnqueueWriteBuffer / EnqueueProgram / EnqueueReadBuffer / Finish / CloseDevice; is_dram flags
// as reader/writer compile args (kernels with InterleavedAddrGenFast).
#include <cstdint>
#include <memory>
#include <random>
#include <vector>

#include <tt-metalium/bfloat16.hpp>
#include <tt-metalium/buffer.hpp>
#include <tt-metalium/command_queue.hpp>
#include <tt-metalium/constants.hpp>
#include <tt-metalium/core_coord.hpp>
#include <tt-metalium/device.hpp>
#include <tt-metalium/host_api.hpp>
#include <tt-metalium/tilize_utils.hpp>
#include <tt-metalium/tt_backend_api_types.hpp>
#include <tt-metalium/util.hpp>
#include <tt-metalium/work_split.hpp>
#include <tt_stl/assert.hpp>
#include <hostdevcommon/kernel_structs.h>

#define KERNEL_DIR "tt_metal/programming_examples/matmul_single_core/kernels/"

static void matmul_single_core(std::vector<bfloat16>& a, std::vector<bfloat16>& b, std::vector<bfloat16>& output,
                               bool bcast_batch, uint32_t M, uint32_t N, uint32_t K, uint32_t B,
                               tt::tt_metal::IDevice* device) {
  (void)bcast_batch;
  (void)B;
  tt::tt_metal::CommandQueue& cq = device->command_queue();
  tt::tt_metal::Program program = tt::tt_metal::CreateProgram();
  CoreCoord core({0, 0});

  tt::DataFormat cb_data_format = tt::DataFormat::Float16_b;
  MathFidelity math_fidelity = MathFidelity::HiFi4;
  uint32_t single_tile_size = tt::tile_size(cb_data_format);
  uint32_t Mt = M / tt::constants::TILE_HEIGHT;
  uint32_t Kt = K / tt::constants::TILE_WIDTH;
  uint32_t Nt = N / tt::constants::TILE_WIDTH;

  uint32_t dram_buffer_A_size = single_tile_size * Mt * Kt;
  uint32_t dram_buffer_B_size = single_tile_size * Nt * Kt;
  uint32_t dram_buffer_C_size = single_tile_size * Mt * Nt;

  tt::tt_metal::InterleavedBufferConfig dram_config_A{.device = device,
                                                      .size = dram_buffer_A_size,
                                                      .page_size = single_tile_size,
                                                      .buffer_type = tt::tt_metal::BufferType::DRAM};
  tt::tt_metal::InterleavedBufferConfig dram_config_B{.device = device,
                                                      .size = dram_buffer_B_size,
                                                      .page_size = single_tile_size,
                                                      .buffer_type = tt::tt_metal::BufferType::DRAM};
  std::shared_ptr<tt::tt_metal::Buffer> src0_dram_buffer = tt::tt_metal::CreateBuffer(dram_config_A);
  std::shared_ptr<tt::tt_metal::Buffer> src1_dram_buffer = tt::tt_metal::CreateBuffer(dram_config_B);
  auto dst_dram_buffer = tt::tt_metal::CreateBuffer(tt::tt_metal::InterleavedBufferConfig{
      .device = device, .size = dram_buffer_C_size, .page_size = single_tile_size,
      .buffer_type = tt::tt_metal::BufferType::DRAM});
  uint32_t src0_addr = src0_dram_buffer->address();
  uint32_t src1_addr = static_cast<uint32_t>(src1_dram_buffer->address());
  uint32_t dst_addr = dst_dram_buffer->address();

  uint32_t src0_cb_index = tt::CBIndex::c_0;
  uint32_t num_input_tiles = 2;
  tt::tt_metal::CircularBufferConfig cb_src0_config =
      tt::tt_metal::CircularBufferConfig(num_input_tiles * single_tile_size, {{src0_cb_index, cb_data_format}})
          .set_page_size(src0_cb_index, single_tile_size);
  tt::tt_metal::CreateCircularBuffer(program, core, cb_src0_config);
  uint32_t src1_cb_index = tt::CBIndex::c_1;
  tt::tt_metal::CircularBufferConfig cb_src1_config =
      tt::tt_metal::CircularBufferConfig(num_input_tiles * single_tile_size, {{src1_cb_index, cb_data_format}})
          .set_page_size(src1_cb_index, single_tile_size);
  tt::tt_metal::CreateCircularBuffer(program, core, cb_src1_config);
  uint32_t output_cb_index = tt::CBIndex::c_16;
  uint32_t num_output_tiles = 2;
  tt::tt_metal::CircularBufferConfig cb_output_config =
      tt::tt_metal::CircularBufferConfig(num_output_tiles * single_tile_size, {{output_cb_index, cb_data_format}})
          .set_page_size(output_cb_index, single_tile_size);
  tt::tt_metal::CreateCircularBuffer(program, core, cb_output_config);

  bool src0_is_dram = src0_dram_buffer->buffer_type() == tt::tt_metal::BufferType::DRAM;
  bool src1_is_dram = src1_dram_buffer->buffer_type() == tt::tt_metal::BufferType::DRAM;
  std::vector<uint32_t> reader_compile_time_args = {(uint32_t)src0_is_dram, (uint32_t)src1_is_dram};
  bool dst_is_dram = dst_dram_buffer->buffer_type() == tt::tt_metal::BufferType::DRAM;
  std::vector<uint32_t> writer_compile_time_args = {(uint32_t)dst_is_dram};

  auto reader_id = tt::tt_metal::CreateKernel(
      program, KERNEL_DIR "dataflow/reader_single_core_mm.cpp", core,
      tt::tt_metal::DataMovementConfig{.processor = tt::tt_metal::DataMovementProcessor::RISCV_1,
                                       .noc = tt::tt_metal::NOC::RISCV_1_default,
                                       .compile_args = reader_compile_time_args});
  auto writer_id = tt::tt_metal::CreateKernel(
      program, KERNEL_DIR "dataflow/writer_single_core_mm.cpp", core,
      tt::tt_metal::DataMovementConfig{.processor = tt::tt_metal::DataMovementProcessor::RISCV_0,
                                       .noc = tt::tt_metal::NOC::RISCV_0_default,
                                       .compile_args = writer_compile_time_args});
  std::vector<uint32_t> compute_args = {B, Mt, Kt, Nt};
  tt::tt_metal::KernelHandle mm_kernel_id = tt::tt_metal::CreateKernel(
      program, KERNEL_DIR "compute/mm.cpp", core,
      tt::tt_metal::ComputeConfig{.math_fidelity = math_fidelity, .compile_args = compute_args});
  (void)mm_kernel_id;

  tt::tt_metal::SetRuntimeArgs(program, reader_id, core, {src0_addr, src1_addr, Mt, Kt, Nt, B, uint32_t(bcast_batch ? 1 : 0)});
  tt::tt_metal::SetRuntimeArgs(program, writer_id, core, {dst_addr, 0u, Mt, Kt, Nt, B});

  tt::tt_metal::EnqueueWriteBuffer(cq, src0_dram_buffer, a.data(), false);
  tt::tt_metal::EnqueueWriteBuffer(cq, src1_dram_buffer, b, false);
  tt::tt_metal::EnqueueProgram(cq, program, false);
  tt::tt_metal::EnqueueReadBuffer(cq, dst_dram_buffer, output.data(), true);
  tt::tt_metal::EnqueueReadBuffer(cq, dst_dram_buffer, output, true);
  tt::tt_metal::EnqueueReadBuffer(cq, *dst_dram_buffer, output, true);
  tt::tt_metal::Finish(cq);
}

int main() {
  constexpr int device_id = 0;
  tt::tt_metal::IDevice* device = tt::tt_metal::CreateDevice(device_id);
  CoreCoord grid = device->compute_with_storage_grid_size();
  auto [num_cores, all_cores, g1, g2, n1, n2] = tt::tt_metal::split_work_to_cores(grid, 100);
  (void)num_cores; (void)all_cores; (void)g1; (void)g2; (void)n1; (void)n2;
  constexpr uint32_t M = 640, N = 640, K = 640, B = 1;
  std::mt19937 rng(42);
  std::uniform_real_distribution<float> dist(0.f, 1.0f);
  std::vector<bfloat16> src0_vec(M * K), src1_vec(K * N);
  for (bfloat16& v : src0_vec) v = bfloat16(dist(rng));
  for (bfloat16& v : src1_vec) v = bfloat16(dist(rng));
  src0_vec = tilize_nfaces(src0_vec, M, K);
  src1_vec = tilize_nfaces(src1_vec, K, N);
  std::vector<bfloat16> result_vec;
  matmul_single_core(src0_vec, src1_vec, result_vec, false, M, N, K, B, device);
  result_vec = untilize_nfaces(result_vec, M, N);
  TT_FATAL(result_vec.size() == M * N, "unexpected size {}", result_vec.size());
  bool pass = tt::tt_metal::CloseDevice(device);
  return pass ? 0 : 1;
}
