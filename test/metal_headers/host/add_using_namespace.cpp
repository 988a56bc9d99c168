// Sample: add_2_integers_in_compute style after `using namespace tt; tt::tt_metal; tt::constants`.
#include <cstdint>
#include <memory>
#include <vector>

#include <tt-metalium/bfloat16.hpp>
#include <tt-metalium/constants.hpp>
#include <tt-metalium/distributed.hpp>
#include <tt-metalium/host_api.hpp>
#include <tt-metalium/tensor_accessor_args.hpp>
#include <tt-metalium/tilize_utils.hpp>

using namespace tt;
using namespace tt::tt_metal;
using namespace tt::constants;

int main() {
  std::shared_ptr<distributed::MeshDevice> mesh_device = distributed::MeshDevice::create_unit_mesh(0);
  distributed::MeshCommandQueue& cq = mesh_device->mesh_command_queue();
  distributed::MeshWorkload workload;
  auto device_range = distributed::MeshCoordinateRange(mesh_device->shape());
  Program program = CreateProgram();
  constexpr CoreCoord core = {0, 0};

  constexpr uint32_t single_tile_size = sizeof(bfloat16) * TILE_HEIGHT * TILE_WIDTH;
  distributed::DeviceLocalBufferConfig dram_config{.page_size = single_tile_size, .buffer_type = BufferType::DRAM};
  distributed::ReplicatedBufferConfig buffer_config{.size = single_tile_size};
  std::shared_ptr<distributed::MeshBuffer> src0 = distributed::MeshBuffer::create(buffer_config, dram_config, mesh_device.get());
  auto src1 = distributed::MeshBuffer::create(buffer_config, dram_config, mesh_device.get());
  auto dst = distributed::MeshBuffer::create(buffer_config, dram_config, mesh_device.get());

  constexpr uint32_t src0_cb_index = CBIndex::c_0;
  CircularBufferConfig cb0 = CircularBufferConfig(single_tile_size, {{src0_cb_index, DataFormat::Float16_b}})
                                 .set_page_size(src0_cb_index, single_tile_size);
  CreateCircularBuffer(program, core, cb0);
  CircularBufferConfig cb1(single_tile_size);
  cb1.index(CBIndex::c_1).set_data_format(DataFormat::Float16_b).set_page_size(single_tile_size);
  CreateCircularBuffer(program, CoreRange(core, core), cb1);
  CreateCircularBuffer(program, CoreRangeSet(CoreRange(core)),
                       CircularBufferConfig(single_tile_size, {{CBIndex::c_16, DataFormat::Float16_b}})
                           .set_page_size(CBIndex::c_16, single_tile_size));

  std::vector<uint32_t> reader_ct;
  TensorAccessorArgs(*src0).append_to(reader_ct);
  KernelHandle reader = CreateKernel(program, "kernels/dataflow/reader_binary_1_tile.cpp", core,
                                     DataMovementConfig{.processor = DataMovementProcessor::RISCV_1,
                                                        .noc = NOC::RISCV_1_default, .compile_args = reader_ct});
  KernelHandle writer = CreateKernel(program, "kernels/dataflow/writer_1_tile.cpp", core,
                                     DataMovementConfig{.processor = DataMovementProcessor::RISCV_0, .noc = NOC::RISCV_0_default});
  KernelHandle compute = CreateKernel(program, "kernels/compute/add_2_tiles.cpp", core,
                                      ComputeConfig{.math_fidelity = MathFidelity::HiFi4, .fp32_dest_acc_en = false,
                                                    .math_approx_mode = false, .compile_args = {1, 2, 3}});
  std::vector<bfloat16> a(TILE_HW, bfloat16(14.0f)), b(TILE_HW, bfloat16(8.0f)), out(TILE_HW);
  SetRuntimeArgs(program, reader, core, {(uint32_t)src0->address(), (uint32_t)src1->address()});
  SetRuntimeArgs(program, compute, core, {});
  SetRuntimeArgs(program, writer, core, {static_cast<uint32_t>(dst->address())});
  RuntimeArgsData& rt = GetRuntimeArgs(program, writer, core);
  rt[0] = 0;
  const CircularBufferConfig& got = GetCircularBufferConfig(program, 0);
  (void)got.total_size();
  (void)got.page_sizes();
  (void)got.data_formats();
  uint32_t sem = CreateSemaphore(program, CoreRange(core, core), 0);
  (void)sem;

  distributed::EnqueueWriteMeshBuffer(cq, src0, a, false);
  distributed::EnqueueWriteMeshBuffer(cq, src1, b, false);
  workload.add_program(device_range, std::move(program));
  distributed::EnqueueMeshWorkload(cq, workload, false);
  distributed::EnqueueReadMeshBuffer(cq, out, dst, true);
  distributed::Finish(cq);
  TT_FATAL(static_cast<float>(out[0]) == 22.0f, "Expected 22, got {}", static_cast<float>(out[0]));
  MathFidelity global_fidelity = ::MathFidelity::LoFi;  // old global spelling
  (void)global_fidelity;
  return mesh_device->close() ? 0 : 1;
}
