// metal-2026: tt-metal's "api/compute/common_globals.h".
// The mock is tt_astgen/impl/compute/common_globals.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/common_globals.h"
