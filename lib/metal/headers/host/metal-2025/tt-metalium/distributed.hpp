// Mirrors tt-metal tt-metalium/distributed.hpp (Mesh API free functions, mid/late 2025).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include <tt-metalium/buffer.hpp>
#include <tt-metalium/mesh_buffer.hpp>
#include <tt-metalium/mesh_command_queue.hpp>
#include <tt-metalium/mesh_coord.hpp>
#include <tt-metalium/mesh_device.hpp>
#include <tt-metalium/mesh_workload.hpp>
#include <tt-metalium/program.hpp>
#include <tt-metalium/sub_device_types.hpp>
#include <tt_stl/assert.hpp>
#include <tt_stl/span.hpp>

namespace tt::tt_metal::distributed {

// ---- runtime hooks for the templates below (tt-astgen; defined by the runtime) ---------------
// The runtime checks `host_bytes` against the buffer size (the SDK writes/reads buffer->size()
// bytes through the raw pointer; a too-small host vector is a bug the dry-run should report).
namespace dryrun_io {
void write_mesh_buffer(MeshCommandQueue& cq, const std::shared_ptr<MeshBuffer>& buffer, const void* src,
                       std::size_t host_bytes, bool blocking);
void read_mesh_buffer(MeshCommandQueue& cq, void* dst, std::size_t host_bytes, const std::shared_ptr<MeshBuffer>& buffer,
                      bool blocking);
void write_shard(MeshCommandQueue& cq, const std::shared_ptr<MeshBuffer>& buffer, const void* src,
                 std::size_t host_bytes, const MeshCoordinate& coord, bool blocking);
void read_shard(MeshCommandQueue& cq, void* dst, std::size_t host_bytes, const std::shared_ptr<MeshBuffer>& buffer,
                const MeshCoordinate& coord, bool blocking);
}  // namespace dryrun_io

MeshWorkload CreateMeshWorkload();

void AddProgramToMeshWorkload(MeshWorkload& mesh_workload, Program&& program, const MeshCoordinateRange& device_range);

void EnqueueMeshWorkload(MeshCommandQueue& mesh_cq, MeshWorkload& mesh_workload, bool blocking);

template <typename DType>
void WriteShard(MeshCommandQueue& mesh_cq, const std::shared_ptr<MeshBuffer>& mesh_buffer, std::vector<DType>& src,
                const MeshCoordinate& coord, bool blocking = false) {
  dryrun_io::write_shard(mesh_cq, mesh_buffer, src.data(), src.size() * sizeof(DType), coord, blocking);
}

template <typename DType>
void ReadShard(MeshCommandQueue& mesh_cq, std::vector<DType>& dst, const std::shared_ptr<MeshBuffer>& mesh_buffer,
               const MeshCoordinate& coord, bool blocking = true) {
  // The SDK resizes dst to the shard size.
  dst.resize(static_cast<std::size_t>(mesh_buffer->size()) / sizeof(DType));
  dryrun_io::read_shard(mesh_cq, dst.data(), dst.size() * sizeof(DType), mesh_buffer, coord, blocking);
}

template <typename DType>
void EnqueueWriteMeshBuffer(MeshCommandQueue& mesh_cq, std::shared_ptr<MeshBuffer>& mesh_buffer,
                            const std::vector<DType>& src, bool blocking = false) {
  dryrun_io::write_mesh_buffer(mesh_cq, mesh_buffer, src.data(), src.size() * sizeof(DType), blocking);
}

template <typename DType>
void EnqueueReadMeshBuffer(MeshCommandQueue& mesh_cq, std::vector<DType>& dst, std::shared_ptr<MeshBuffer>& mesh_buffer,
                           bool blocking = true) {
  // Like the SDK (2025 distributed.hpp): a unit-mesh replicated buffer is read whole, dst is resized
  // to mesh_buffer->size() / sizeof(DType).
  dst.resize(static_cast<std::size_t>(mesh_buffer->size()) / sizeof(DType));
  dryrun_io::read_mesh_buffer(mesh_cq, dst.data(), dst.size() * sizeof(DType), mesh_buffer, blocking);
}

void Synchronize(MeshDevice* device, std::optional<std::uint8_t> cq_id,
                 tt::stl::Span<const SubDeviceId> sub_device_ids = {});

void Finish(MeshCommandQueue& mesh_cq, tt::stl::Span<const SubDeviceId> sub_device_ids = {});

}  // namespace tt::tt_metal::distributed

// tt-astgen: instantiated once in the checker's precompiled prologue (see mock_detail/host_api_core.hpp).
#ifdef TT_ASTGEN_PCH_WARMUP
namespace tt_astgen_pch_warmup {
inline void distributed(tt::tt_metal::distributed::MeshCommandQueue& cq,
                        std::shared_ptr<tt::tt_metal::distributed::MeshBuffer>& buffer,
                        const tt::tt_metal::distributed::MeshCoordinate& coord, std::vector<std::uint32_t>& words,
                        std::vector<float>& floats) {
  using namespace tt::tt_metal::distributed;
  std::shared_ptr<MeshDevice> device = MeshDevice::create_unit_mesh(0);
  std::shared_ptr<MeshDevice> device_copy = device;
  MeshDevice* raw = device.get();
  MeshCommandQueue& queue = device->mesh_command_queue();
  (void)raw;
  (void)queue;
  device.reset();
  std::shared_ptr<MeshBuffer> other = buffer;
  other = std::move(buffer);
  EnqueueWriteMeshBuffer(cq, buffer, words, false);
  EnqueueReadMeshBuffer(cq, words, buffer, true);
  EnqueueWriteMeshBuffer(cq, buffer, floats, false);
  EnqueueReadMeshBuffer(cq, floats, buffer, true);
  WriteShard(cq, buffer, words, coord);
  ReadShard(cq, words, buffer, coord);
}
}  // namespace tt_astgen_pch_warmup
#endif
