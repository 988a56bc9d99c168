// Mirrors tt-metal tt-metalium/base_types.hpp: MathFidelity (tt::tt_metal, also reachable globally as
// in older SDKs) and UnpackToDestMode.
#pragma once

#include <cstdint>

namespace tt::tt_metal {

enum class MathFidelity : std::uint8_t { LoFi = 0, HiFi2 = 2, HiFi3 = 3, HiFi4 = 4, Invalid = 0xff };

enum class UnpackToDestMode : std::uint8_t { UnpackToDestFp32, Default };

}  // namespace tt::tt_metal

// Older SDKs declared these at global scope.
using tt::tt_metal::MathFidelity;
using tt::tt_metal::UnpackToDestMode;
