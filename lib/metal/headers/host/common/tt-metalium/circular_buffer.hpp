// Mirrors tt-metal tt-metalium/circular_buffer.hpp (the CircularBufferConfig is what users need).
#pragma once

#include <tt-metalium/circular_buffer_config.hpp>
