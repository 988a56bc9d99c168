// Mirrors tt-metal tt_metal/hostdevcommon/api/hostdevcommon/common_values.hpp: values both host and
// device code see. The SDK's dataflow_api.h (classic and api/dataflow/) includes it, so a kernel
// names VALID / INVALID (semaphore states) without an include of its own. (The SDK file also holds
// DEFAULT_L1_SMALL_SIZE / DEFAULT_TRACE_REGION_SIZE; the host mocks declare those in
// tt-metalium/mock_detail/device_defaults.hpp.)
// One file for both trees: host/common/hostdevcommon/common_values.hpp is a symbolic link to it.
#pragma once

#include <cstddef>
#include <cstdint>

constexpr static std::uint32_t INVALID = 0;
constexpr static std::uint32_t VALID = 1;
