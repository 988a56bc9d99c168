// Mirrors tt-metal tt-metalium/mesh_workload.hpp: distributed::MeshWorkload (programs per device range).
#pragma once

#include <memory>

#include <tt-metalium/mesh_coord.hpp>
#include <tt-metalium/mock_detail/dryrun_fwd.hpp>
#include <tt-metalium/program.hpp>

namespace tt::tt_metal::distributed {

class MeshWorkload {
 public:
  MeshWorkload();  // defined by the runtime
  ~MeshWorkload();
  MeshWorkload(const MeshWorkload&) = delete;
  MeshWorkload& operator=(const MeshWorkload&) = delete;
  MeshWorkload(MeshWorkload&&) noexcept = default;
  MeshWorkload& operator=(MeshWorkload&&) noexcept = default;

  void add_program(const MeshCoordinateRange& device_range, Program&& program);
  std::size_t num_programs() const;

 private:
  std::shared_ptr<dryrun::MeshWorkloadState> state_;
  friend struct tt::tt_metal::dryrun::Access;
};

}  // namespace tt::tt_metal::distributed
