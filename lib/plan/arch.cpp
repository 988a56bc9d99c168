// Architecture facts. Sources and caveats: docs/plan-schema.md, "Architectures".
#include "tt_astgen/plan.h"

namespace tt_astgen {

// L1 kept back from circular buffers for firmware, mailboxes, kernel binaries, runtime
// arguments and the allocator's reserved base: a round, conservative figure, not tt-metal's
// exact (version-dependent) unreserved base.
inline constexpr uint64_t kL1Reserve = 100 * 1024;

ArchInfo archInfo(Arch arch) {
  switch (arch) {
    case Arch::WormholeB0: {
      // n150/n300: compute_with_storage_grid_size() == 8x8; MEM_L1_SIZE = 1464 KiB.
      const uint64_t l1 = 1464 * 1024;
      return ArchInfo{8, 8, l1 - kL1Reserve, l1};
    }
    case Arch::Blackhole: {
      // p100/p150: compute_with_storage_grid_size() == 13x10; MEM_L1_SIZE = 1536 KiB.
      const uint64_t l1 = 1536 * 1024;
      return ArchInfo{13, 10, l1 - kL1Reserve, l1};
    }
  }
  return ArchInfo{1, 1, 0, 0};
}

}  // namespace tt_astgen
