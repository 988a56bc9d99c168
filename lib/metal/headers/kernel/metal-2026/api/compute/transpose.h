// metal-2026: tt-metal's "api/compute/transpose.h".
// The mock is tt_astgen/impl/compute/transpose.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/transpose.h"
