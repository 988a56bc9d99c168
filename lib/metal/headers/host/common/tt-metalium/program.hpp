// Mirrors tt-metal tt-metalium/program.hpp: Program (move-only; state owned by the dry-run runtime).
#pragma once

#include <cstdint>
#include <memory>

#include <tt-metalium/mock_detail/dryrun_fwd.hpp>

namespace tt::tt_metal {

class Program {
 public:
  Program();  // defined by the runtime (allocates ProgramState)
  ~Program() = default;
  Program(const Program&) = delete;
  Program& operator=(const Program&) = delete;
  Program(Program&&) noexcept = default;
  Program& operator=(Program&&) noexcept = default;

  std::uint64_t get_id() const;
  std::size_t num_kernels() const;

 private:
  std::shared_ptr<dryrun::ProgramState> state_;
  friend struct dryrun::Access;
};

}  // namespace tt::tt_metal
