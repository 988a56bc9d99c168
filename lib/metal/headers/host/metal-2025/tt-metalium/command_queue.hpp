// Mirrors tt-metal tt-metalium/command_queue.hpp (Mesh era): CommandQueue is an internal interface;
// the free Enqueue*/Finish(CommandQueue&) functions are gone. Use distributed::MeshCommandQueue.
#pragma once

namespace tt::tt_metal {
class CommandQueue;
}  // namespace tt::tt_metal
