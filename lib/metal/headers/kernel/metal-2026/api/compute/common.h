// metal-2026: tt-metal's "api/compute/common.h".
// The mock is tt_astgen/impl/compute/common.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/common.h"
