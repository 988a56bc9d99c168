// Mirrors umd's umd/device/types/xy_pair.hpp (included by the SDK's matmul examples' bmm_op.hpp):
// tt_xy_pair, which the mock defines with CoreCoord in tt-metalium/core_coord.hpp.
#pragma once

#include <tt-metalium/core_coord.hpp>
