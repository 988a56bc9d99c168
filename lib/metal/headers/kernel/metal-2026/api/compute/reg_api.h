// metal-2026: tt-metal's "api/compute/reg_api.h".
// The mock is tt_astgen/impl/compute/reg_api.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/reg_api.h"
