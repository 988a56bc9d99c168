// metal-2026: tt-metal's "api/compute/bcast.h".
// The mock is tt_astgen/impl/compute/bcast.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/bcast.h"
