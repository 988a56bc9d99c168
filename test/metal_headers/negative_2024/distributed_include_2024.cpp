// Negative sample (metal-2024): the Mesh header does not exist in the metal-2024 profile.
#include <tt-metalium/distributed.hpp>
#include <tt-metalium/host_api.hpp>

int main() {
  tt::tt_metal::IDevice* device = tt::tt_metal::CreateDevice(0);
  return tt::tt_metal::CloseDevice(device) ? 0 : 1;
}
