// Negative sample (metal-2025): the single-device API (CreateDevice / CreateBuffer /
// EnqueueProgram on a CommandQueue) is not part of the Mesh-era profile.
#include <tt-metalium/device.hpp>
#include <tt-metalium/host_api.hpp>

int main() {
  tt::tt_metal::IDevice* device = tt::tt_metal::CreateDevice(0);
  tt::tt_metal::CommandQueue& cq = device->command_queue();
  (void)cq;
  return tt::tt_metal::CloseDevice(device) ? 0 : 1;
}
