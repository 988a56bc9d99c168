// metal-2026: tt-metal's "api/compute/tile_move_copy.h".
// The mock is tt_astgen/impl/compute/tile_move_copy.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/tile_move_copy.h"
