// Mirrors tt-metal tt-metalium/util.hpp (included by the programming examples). The mock provides
// nothing from it beyond its common includes: emitted code should bring its own helpers.
#pragma once

#include <cstdint>

#include <tt-metalium/tt_backend_api_types.hpp>
