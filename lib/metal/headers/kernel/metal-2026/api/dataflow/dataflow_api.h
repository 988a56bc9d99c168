// metal-2026: tt-metal's "api/dataflow/dataflow_api.h".
// The mock is tt_astgen/impl/dataflow_api.h, shared by both kernel generations.
#pragma once

#include "tt_astgen/impl/dataflow_api.h"
