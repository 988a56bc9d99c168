// Mirrors tt-metal tt-metalium/command_queue.hpp for the metal-2024 profile: CommandQueue, obtained
// from IDevice::command_queue() and passed to the free EnqueueWriteBuffer / EnqueueReadBuffer /
// EnqueueProgram / Finish functions of host_api.hpp. State owned by the dry-run runtime.
#pragma once

#include <cstdint>
#include <memory>

#include <tt-metalium/mock_detail/dryrun_fwd.hpp>

namespace tt::tt_metal {

namespace dryrun {
struct CommandQueueState;  // metal-2024 only; defined by the runtime
}  // namespace dryrun

class IDevice;

class CommandQueue {
 public:
  ~CommandQueue();
  CommandQueue(const CommandQueue&) = delete;
  CommandQueue& operator=(const CommandQueue&) = delete;

  // Defined by the runtime.
  IDevice* device() const;
  std::uint32_t id() const;

 private:
  explicit CommandQueue(std::shared_ptr<dryrun::CommandQueueState> state);
  std::shared_ptr<dryrun::CommandQueueState> state_;
  friend struct dryrun::Access;
};

}  // namespace tt::tt_metal
