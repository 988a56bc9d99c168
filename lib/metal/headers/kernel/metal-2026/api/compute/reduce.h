// metal-2026: tt-metal's "api/compute/reduce.h".
// The mock is tt_astgen/impl/compute/reduce.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/reduce.h"
