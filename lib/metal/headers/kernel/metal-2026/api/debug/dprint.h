// metal-2026: tt-metal's "api/debug/dprint.h".
// The mock is tt_astgen/impl/dprint.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/dprint.h"
