// Negative: the _wh transpose names live in api/compute/transpose_wh.h (deprecated); transpose.h
// alone does not declare them.
#include <cstdint>
#include "api/compute/transpose.h"
void kernel_main() { transpose_wh_tile(0, 0, 0); }
