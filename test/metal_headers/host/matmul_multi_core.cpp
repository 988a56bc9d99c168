// Sample: matmul_multi_core style (split_work_to_cores, structured bindings, per-core runtime args).
#include <cstdint>
#include <memory>
#include <vector>

#include <tt-metalium/bfloat16.hpp>
#include <tt-metalium/constants.hpp>
#include <tt-metalium/core_coord.hpp>
#include <tt-metalium/distributed.hpp>
#include <tt-metalium/host_api.hpp>
#include <tt-metalium/tensor_accessor_args.hpp>
#include <tt-metalium/work_split.hpp>

namespace tt_metal = tt::tt_metal;
namespace distributed = tt::tt_metal::distributed;

int main() {
  auto mesh_device = distributed::MeshDevice::create_unit_mesh(0);
  distributed::MeshCommandQueue& cq = mesh_device->mesh_command_queue();
  const uint32_t Mt = 20, Kt = 20, Nt = 20;
  const uint32_t tile_bytes = 2 * tt::constants::TILE_HW;
  tt_metal::Program program = tt_metal::CreateProgram();

  auto compute_with_storage_grid_size = mesh_device->compute_with_storage_grid_size();
  uint32_t num_cores_x = compute_with_storage_grid_size.x;
  uint32_t num_cores_y = compute_with_storage_grid_size.y;
  (void)num_cores_x; (void)num_cores_y;
  auto [num_cores, all_cores, core_group_1, core_group_2, work_per_core1, work_per_core2] =
      tt_metal::split_work_to_cores(compute_with_storage_grid_size, Mt * Nt);
  (void)num_cores;

  distributed::DeviceLocalBufferConfig local{.page_size = tile_bytes, .buffer_type = tt_metal::BufferType::DRAM,
                                             .bottom_up = false};
  auto a = distributed::MeshBuffer::create(distributed::ReplicatedBufferConfig{.size = Mt * Kt * tile_bytes}, local,
                                           mesh_device.get());
  auto b = distributed::MeshBuffer::create(distributed::ReplicatedBufferConfig{.size = Kt * Nt * tile_bytes}, local,
                                           mesh_device.get());
  auto c = distributed::MeshBuffer::create(distributed::ReplicatedBufferConfig{.size = Mt * Nt * tile_bytes}, local,
                                           mesh_device.get());

  for (uint32_t cb : {uint32_t(tt::CBIndex::c_0), uint32_t(tt::CBIndex::c_1), uint32_t(tt::CBIndex::c_16)}) {
    tt_metal::CircularBufferConfig cfg =
        tt_metal::CircularBufferConfig(2 * tile_bytes, {{cb, tt::DataFormat::Float16_b}}).set_page_size(cb, tile_bytes);
    tt_metal::CreateCircularBuffer(program, all_cores, cfg);
  }

  std::vector<uint32_t> reader_args_ct;
  tt_metal::TensorAccessorArgs(*a).append_to(reader_args_ct);
  tt_metal::TensorAccessorArgs(*b).append_to(reader_args_ct);
  auto reader_id = tt_metal::CreateKernel(program, "kernels/dataflow/reader_mm_output_tiles_partitioned.cpp",
                                          all_cores, tt_metal::ReaderDataMovementConfig(reader_args_ct));
  std::vector<uint32_t> writer_args_ct;
  tt_metal::TensorAccessorArgs(*c).append_to(writer_args_ct);
  auto writer_id = tt_metal::CreateKernel(program, "kernels/dataflow/writer_unary_interleaved_start_id.cpp",
                                          all_cores, tt_metal::WriterDataMovementConfig(writer_args_ct));
  auto compute_id = tt_metal::CreateKernel(program, "kernels/compute/mm.cpp", all_cores,
                                           tt_metal::ComputeConfig{.math_fidelity = tt_metal::MathFidelity::HiFi4});

  uint32_t work_offset = 0;
  auto work_groups = {std::make_pair(core_group_1, work_per_core1), std::make_pair(core_group_2, work_per_core2)};
  for (const auto& [ranges, work_per_core] : work_groups) {
    for (const auto& range : ranges.ranges()) {
      for (const auto& core : range) {
        tt_metal::SetRuntimeArgs(program, reader_id, core,
                                 {static_cast<uint32_t>(a->address()), static_cast<uint32_t>(b->address()), Mt, Kt,
                                  Nt, work_offset, work_per_core});
        std::vector<uint32_t> writer_args = {static_cast<uint32_t>(c->address()), work_per_core, work_offset};
        tt_metal::SetRuntimeArgs(program, writer_id, core, writer_args);
        tt_metal::SetRuntimeArgs(program, compute_id, core, tt::stl::Span<const uint32_t>(writer_args));
        work_offset += work_per_core;
      }
    }
  }
  std::vector<CoreCoord> cores;
  std::vector<std::vector<uint32_t>> args;
  for (const CoreRange& r : all_cores.ranges())
    for (CoreCoord core : r) {
      cores.push_back(core);
      args.push_back({1, 2});
    }
  tt_metal::SetRuntimeArgs(program, compute_id, cores, args);
  tt_metal::SetCommonRuntimeArgs(program, compute_id, {7u});

  std::vector<bfloat16> av(Mt * Kt * tt::constants::TILE_HW, bfloat16(1.0f));
  std::vector<bfloat16> out(Mt * Nt * tt::constants::TILE_HW);
  distributed::EnqueueWriteMeshBuffer(cq, a, av, false);
  distributed::MeshWorkload workload = distributed::CreateMeshWorkload();
  distributed::AddProgramToMeshWorkload(workload, std::move(program), distributed::MeshCoordinateRange(mesh_device->shape()));
  distributed::EnqueueMeshWorkload(cq, workload, false);
  distributed::EnqueueReadMeshBuffer(cq, out, c, true);
  distributed::ReadShard(cq, out, c, distributed::MeshCoordinate(0, 0));
  distributed::Finish(cq);
  return mesh_device->close() ? 0 : 1;
}
