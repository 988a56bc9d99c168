// NEGATIVE: DeviceAddr is an integer (uint64_t); reinterpret_cast to uint32_t is ill-formed.
#include <tt-metalium/distributed.hpp>
#include <tt-metalium/host_api.hpp>
int main() {
  auto dev = tt::tt_metal::distributed::MeshDevice::create_unit_mesh(0);
  auto buffer = tt::tt_metal::distributed::MeshBuffer::create(
      tt::tt_metal::distributed::ReplicatedBufferConfig{.size = 2048},
      tt::tt_metal::distributed::DeviceLocalBufferConfig{.page_size = 2048, .buffer_type = tt::tt_metal::BufferType::DRAM},
      dev.get());
  uint32_t addr = reinterpret_cast<uint32_t>(buffer->address());
  return static_cast<int>(addr);
}
