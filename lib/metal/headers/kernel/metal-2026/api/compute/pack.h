// metal-2026: tt-metal's "api/compute/pack.h".
// The mock is tt_astgen/impl/compute/pack.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/pack.h"
