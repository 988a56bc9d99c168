// Mirrors tt-metal tt-metalium/sub_device_types.hpp: SubDeviceId (a strong uint8_t id).
#pragma once

#include <cstdint>

namespace tt::tt_metal {

struct SubDeviceId {
  std::uint8_t id = 0;
  constexpr std::uint8_t operator*() const { return id; }
  friend constexpr bool operator==(SubDeviceId, SubDeviceId) = default;
};

}  // namespace tt::tt_metal
