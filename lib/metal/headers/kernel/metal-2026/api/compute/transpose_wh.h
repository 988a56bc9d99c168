// metal-2026: tt-metal's "api/compute/transpose_wh.h".
// The mock is tt_astgen/impl/compute/transpose_wh_deprecated.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/transpose_wh_deprecated.h"
