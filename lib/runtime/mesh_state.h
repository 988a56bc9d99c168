// tt-astgen dry-run runtime: state behind the metal-2025 (Mesh) mock classes. Included only by
// sources compiled with the host/metal-2025 include dir (host_2025.cpp).
#pragma once

#include <memory>
#include <vector>

#include <tt-metalium/distributed.hpp>
#include <tt-metalium/host_api.hpp>

#include "state.h"

namespace tt::tt_metal::dryrun {

// A unit mesh: one device's memories plus the Mesh objects handed out for it.
struct MeshDeviceState : DeviceState {
  distributed::MeshShape shape{1, 1};
  std::unique_ptr<distributed::MeshCommandQueue> cq;
  distributed::MeshDevice* self = nullptr;
};

struct MeshBufferState {
  distributed::MeshDevice* device = nullptr;
  distributed::DeviceLocalBufferConfig config;
  std::shared_ptr<BufferState> buffer;
  std::unique_ptr<Buffer> buffer_obj;
};

struct MeshWorkloadState {
  std::vector<Program> programs;
};

struct MeshCommandQueueState {
  distributed::MeshDevice* device = nullptr;
  MeshDeviceState* dev = nullptr;
};

}  // namespace tt::tt_metal::dryrun
