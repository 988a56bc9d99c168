// metal-2024/2025: tt-metal's "debug/dprint.h".
// The mock is tt_astgen/impl/dprint.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/dprint.h"
