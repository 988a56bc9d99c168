// Sample: matmul_single_core in the Mesh-era style, fully qualified, no using-directives.
#include <cstdint>
#include <memory>
#include <random>
#include <vector>

#include <tt-metalium/bfloat16.hpp>
#include <tt-metalium/command_queue.hpp>
#include <tt-metalium/constants.hpp>
#include <tt-metalium/core_coord.hpp>
#include <tt-metalium/device.hpp>
#include <tt-metalium/distributed.hpp>
#include <tt-metalium/host_api.hpp>
#include <tt-metalium/mesh_buffer.hpp>
#include <tt-metalium/mesh_command_queue.hpp>
#include <tt-metalium/mesh_coord.hpp>
#include <tt-metalium/mesh_workload.hpp>
#include <tt-metalium/tensor_accessor_args.hpp>
#include <tt-metalium/tilize_utils.hpp>
#include <tt-metalium/tt_backend_api_types.hpp>
#include <tt-metalium/util.hpp>
#include <tt_stl/assert.hpp>
#include <hostdevcommon/kernel_structs.h>

#define KERNEL_DIR "tt_metal/programming_examples/matmul/matmul_single_core/kernels/"

static void matmul_single_core(const std::vector<bfloat16>& a, const std::vector<bfloat16>& b,
                               std::vector<bfloat16>& output, uint32_t M, uint32_t N, uint32_t K,
                               const std::shared_ptr<tt::tt_metal::distributed::MeshDevice>& mesh_device) {
  tt::tt_metal::distributed::MeshCommandQueue& cq = mesh_device->mesh_command_queue();
  tt::tt_metal::distributed::MeshWorkload workload;
  tt::tt_metal::distributed::MeshCoordinateRange device_range =
      tt::tt_metal::distributed::MeshCoordinateRange(mesh_device->shape());
  tt::tt_metal::Program program{};
  CoreCoord core({0, 0});

  const uint32_t Mt = M / tt::constants::TILE_HEIGHT;
  const uint32_t Kt = K / tt::constants::TILE_WIDTH;
  const uint32_t Nt = N / tt::constants::TILE_WIDTH;
  const tt::DataFormat cb_data_format = tt::DataFormat::Float16_b;
  const uint32_t single_tile_size = sizeof(bfloat16) * tt::constants::TILE_HW;

  tt::tt_metal::distributed::DeviceLocalBufferConfig dram_config{
      .page_size = single_tile_size, .buffer_type = tt::tt_metal::BufferType::DRAM};
  tt::tt_metal::distributed::ReplicatedBufferConfig buffer_config_A{.size = sizeof(bfloat16) * a.size()};
  tt::tt_metal::distributed::ReplicatedBufferConfig buffer_config_B{.size = sizeof(bfloat16) * b.size()};
  tt::tt_metal::distributed::ReplicatedBufferConfig buffer_config_C{.size = sizeof(bfloat16) * output.size()};
  auto src0_dram_buffer = tt::tt_metal::distributed::MeshBuffer::create(buffer_config_A, dram_config, mesh_device.get());
  auto src1_dram_buffer = tt::tt_metal::distributed::MeshBuffer::create(buffer_config_B, dram_config, mesh_device.get());
  std::shared_ptr<tt::tt_metal::distributed::MeshBuffer> dst_dram_buffer =
      tt::tt_metal::distributed::MeshBuffer::create(buffer_config_C, dram_config, mesh_device.get());

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
  tt::tt_metal::CBHandle cb1 = tt::tt_metal::CreateCircularBuffer(program, core, cb_src1_config);
  (void)cb1;
  uint32_t output_cb_index = tt::CBIndex::c_16;
  tt::tt_metal::CircularBufferConfig cb_output_config =
      tt::tt_metal::CircularBufferConfig(2 * single_tile_size, {{output_cb_index, cb_data_format}})
          .set_page_size(output_cb_index, single_tile_size);
  tt::tt_metal::CreateCircularBuffer(program, core, cb_output_config);

  std::vector<uint32_t> reader_compile_args;
  tt::tt_metal::TensorAccessorArgs(*src0_dram_buffer).append_to(reader_compile_args);
  tt::tt_metal::TensorAccessorArgs(*src1_dram_buffer).append_to(reader_compile_args);
  auto reader_id = tt::tt_metal::CreateKernel(
      program, KERNEL_DIR "dataflow/reader_single_core_mm.cpp", core,
      tt::tt_metal::DataMovementConfig{.processor = tt::tt_metal::DataMovementProcessor::RISCV_1,
                                       .noc = tt::tt_metal::NOC::RISCV_1_default,
                                       .compile_args = reader_compile_args});
  std::vector<uint32_t> writer_compile_args;
  tt::tt_metal::TensorAccessorArgs(*dst_dram_buffer).append_to(writer_compile_args);
  auto writer_id = tt::tt_metal::CreateKernel(
      program, KERNEL_DIR "dataflow/writer_single_core_mm.cpp", core,
      tt::tt_metal::DataMovementConfig{.processor = tt::tt_metal::DataMovementProcessor::RISCV_0,
                                       .noc = tt::tt_metal::NOC::RISCV_0_default,
                                       .compile_args = writer_compile_args});
  std::vector<uint32_t> compute_compile_time_args = {Mt, Kt, Nt};
  tt::tt_metal::KernelHandle compute_id = tt::tt_metal::CreateKernel(
      program, KERNEL_DIR "compute/mm.cpp", core,
      tt::tt_metal::ComputeConfig{.math_fidelity = MathFidelity::HiFi4, .compile_args = compute_compile_time_args});
  (void)compute_id;
  auto other = tt::tt_metal::CreateKernel(
      program, KERNEL_DIR "compute/other.cpp", core,
      tt::tt_metal::ComputeConfig{.math_fidelity = MathFidelity::HiFi4, .fp32_dest_acc_en = false,
                                  .math_approx_mode = false, .compile_args = {1, 2, 3}});
  (void)other;

  uint32_t src0_addr = src0_dram_buffer->address();
  uint32_t src1_addr = static_cast<uint32_t>(src1_dram_buffer->address());
  uint32_t dst_addr = dst_dram_buffer->address();
  tt::tt_metal::SetRuntimeArgs(program, reader_id, core, {src0_addr, src1_addr, Mt, Kt, Nt});
  tt::tt_metal::SetRuntimeArgs(program, writer_id, core, {dst_addr, Mt, Kt, Nt});

  tt::tt_metal::distributed::EnqueueWriteMeshBuffer(cq, src0_dram_buffer, a, false);
  tt::tt_metal::distributed::EnqueueWriteMeshBuffer(cq, src1_dram_buffer, b, false);
  workload.add_program(device_range, std::move(program));
  tt::tt_metal::distributed::EnqueueMeshWorkload(cq, workload, false);
  tt::tt_metal::distributed::EnqueueReadMeshBuffer(cq, output, dst_dram_buffer, true);
  tt::tt_metal::distributed::Finish(cq);
}

int main() {
  constexpr int device_id = 0;
  std::shared_ptr<tt::tt_metal::distributed::MeshDevice> mesh_device =
      tt::tt_metal::distributed::MeshDevice::create_unit_mesh(device_id);
  constexpr uint32_t M = 640, N = 640, K = 640;
  std::mt19937 rng(42);
  std::uniform_real_distribution<float> dist(0.f, 1.0f);
  std::vector<bfloat16> src0_vec(M * K), src1_vec(K * N);
  for (bfloat16& v : src0_vec) v = bfloat16(dist(rng));
  for (bfloat16& v : src1_vec) v = bfloat16(dist(rng));
  std::vector<bfloat16> golden(M * N);
  for (uint32_t i = 0; i < M; ++i)
    for (uint32_t j = 0; j < N; ++j) {
      float acc = 0;
      for (uint32_t k = 0; k < K; ++k) acc += static_cast<float>(src0_vec[i * K + k]) * src1_vec[k * N + j].to_float();
      golden[i * N + j] = bfloat16(acc);
    }
  src0_vec = tilize_nfaces(src0_vec, M, K);
  src1_vec = tilize_nfaces(src1_vec, K, N);
  std::vector<bfloat16> result_vec(M * N);
  matmul_single_core(src0_vec, src1_vec, result_vec, M, N, K, mesh_device);
  result_vec = untilize_nfaces(result_vec, M, N);
  float max_err = 0;
  for (size_t i = 0; i < golden.size(); ++i) {
    float d = static_cast<float>(golden[i]) - static_cast<float>(result_vec[i]);
    max_err = d > max_err ? d : max_err;
  }
  TT_FATAL(max_err < 1.0f, "max error {} too large (bits {})", max_err, result_vec[0].to_uint16());
  TT_ASSERT(mesh_device->close());
  if (!mesh_device->close()) TT_THROW("close failed");
  return 0;
}
