// Mirrors tt-metal tt-metalium/assert.hpp (older location of TT_FATAL/TT_THROW/TT_ASSERT).
#pragma once

#include <tt_stl/assert.hpp>
