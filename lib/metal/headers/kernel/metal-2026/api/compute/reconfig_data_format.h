// metal-2026: tt-metal's "api/compute/reconfig_data_format.h".
// The mock is tt_astgen/impl/compute/reconfig_data_format.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/compute/reconfig_data_format.h"
