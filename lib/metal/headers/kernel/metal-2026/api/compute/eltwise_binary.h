// metal-2026: tt-metal's "api/compute/eltwise_binary.h".
// The mock is tt_astgen/impl/compute/eltwise_binary.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/eltwise_binary.h"
