// tt-astgen internal (no real counterpart): forward declarations of the dry-run runtime's state
// types. Stateful mock classes (Program, Buffer, MeshDevice, MeshBuffer, MeshWorkload,
// MeshCommandQueue) hold a std::shared_ptr to one of these; the runtime (lib/runtime) defines them
// and reaches the private state through tt::tt_metal::dryrun::Access, which every such class
// befriends. Emitted code never names anything in this namespace.
#pragma once

namespace tt::tt_metal::dryrun {
struct Access;              // defined by the runtime: static accessors to state_ / constructors
struct ProgramState;
struct BufferState;
struct MeshDeviceState;
struct MeshBufferState;
struct MeshWorkloadState;
struct MeshCommandQueueState;
}  // namespace tt::tt_metal::dryrun
