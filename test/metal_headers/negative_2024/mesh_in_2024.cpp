// Negative sample (metal-2024): a single-device program that reaches for the Mesh API. The
// metal-2024 headers declare no distributed:: names, so this must not compile.
#include <tt-metalium/device.hpp>
#include <tt-metalium/host_api.hpp>

int main() {
  tt::tt_metal::IDevice* device = tt::tt_metal::CreateDevice(0);
  auto mesh_device = tt::tt_metal::distributed::MeshDevice::create_unit_mesh(0);
  (void)mesh_device;
  return tt::tt_metal::CloseDevice(device) ? 0 : 1;
}
