// metal-2026: tt-metal's "api/compute/matmul.h".
// The mock is tt_astgen/impl/compute/matmul.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/matmul.h"
