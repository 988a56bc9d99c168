// tt-astgen internal (no real counterpart): forward declarations of the dry-run runtime's state
// types. Stateful mock classes (Program, Buffer, MeshDevice, MeshBuffer, MeshWorkload,
// MeshCommandQueue) hold a std::shared_ptr to one of these; the runtime (lib/runtime) defines them
// and reaches the private state through tt::tt_metal::dryrun::Access, which every such class
// befriends. Emitted code never names anything in this namespace.
//
// Host functions DECLARED by the mock headers that the runtime must DEFINE (everything else --
// CoreCoord/CoreRange/CoreRangeSet, configs, CircularBufferConfig, bfloat16, Mesh coordinates,
// TensorAccessorArgs, tilize/untilize, TT_FATAL -- is inline):
//   program.hpp      Program::Program(), get_id(), num_kernels()
//   buffer_core.hpp  Buffer::device(), size(), address(), page_size(), num_pages(), buffer_type(),
//                    buffer_layout(), is_allocated(); private Buffer(shared_ptr<BufferState>)
//   circular_buffer_config.hpp  CircularBufferConfig::set_globally_allocated_address(const Buffer&)
//   core_coord.hpp   corerange_to_cores(const CoreRangeSet&, optional<uint32_t>, bool)
//   bfloat16.hpp     the free functions (pack/unpack, create_*_vector_of_bfloat16, print_*, comparisons):
//                    lib/runtime/bfloat16_host.cpp
//   host_api_core.hpp CreateProgram, CreateKernel, CreateKernelFromString, CreateCircularBuffer,
//                    GetCircularBufferConfig, UpdateCircularBufferTotalSize, UpdateCircularBufferPageSize,
//                    UpdateDynamicCircularBufferAddress, CreateSemaphore, SetRuntimeArgs (3 overloads),
//                    SetCommonRuntimeArgs (2), GetRuntimeArgs (2), GetCommonRuntimeArgs
//   work_split.hpp   num_cores_to_corerangeset, split_work_to_cores (2 overloads)
//   metal-2025 mesh_device.hpp  MeshDevice::create_unit_mesh, ~MeshDevice, MeshDevice(shared_ptr<MeshDeviceState>),
//                    id, arch, num_devices, num_rows, num_cols, shape, grid_size, logical_grid_size,
//                    compute_with_storage_grid_size, dram_grid_size, num_dram_channels, l1_size_per_core,
//                    dram_size_per_channel, worker_core_from_logical_core, virtual_core_from_logical_core,
//                    num_hw_cqs, mesh_command_queue, is_initialized, close
//   metal-2025 mesh_buffer.hpp  MeshBuffer::create, ~MeshBuffer, MeshBuffer(shared_ptr<MeshBufferState>),
//                    is_allocated, deallocate, device, size, device_local_size, address, global_layout,
//                    device_local_config, get_device_buffer, get_reference_buffer, get_backing_buffer,
//                    page_size, num_pages
//   metal-2025 mesh_workload.hpp  MeshWorkload::MeshWorkload(), ~MeshWorkload, add_program, num_programs
//   metal-2025 mesh_command_queue.hpp  ~MeshCommandQueue, MeshCommandQueue(shared_ptr<MeshCommandQueueState>),
//                    device, id, enqueue_mesh_workload, enqueue_write_mesh_buffer, enqueue_read_mesh_buffer, finish
//   metal-2025 distributed.hpp  distributed::dryrun_io::{write_mesh_buffer, read_mesh_buffer, write_shard,
//                    read_shard} (called by the Enqueue*MeshBuffer / WriteShard / ReadShard templates with the
//                    host vector's byte size), CreateMeshWorkload, AddProgramToMeshWorkload,
//                    EnqueueMeshWorkload, Synchronize, Finish
//   metal-2024 device.hpp  IDevice::~IDevice, IDevice(shared_ptr<IDeviceState>), id, arch, num_hw_cqs, grid_size,
//                    logical_grid_size, compute_with_storage_grid_size, dram_grid_size, num_dram_channels,
//                    l1_size_per_core, dram_size_per_channel, worker_core_from_logical_core,
//                    virtual_core_from_logical_core, command_queue, is_initialized, close
//   metal-2024 command_queue.hpp  ~CommandQueue, CommandQueue(shared_ptr<CommandQueueState>), device, id
//   metal-2024 host_api.hpp  GetNumAvailableDevices, CreateDevice, CloseDevice, CreateBuffer (2), DeallocateBuffer,
//                    AssignGlobalBufferToProgram, EnqueueWriteBuffer, EnqueueReadBuffer, EnqueueProgram, Finish,
//                    Synchronize, dryrun_io::{write_buffer, read_buffer} (called by the vector templates)
//   (metal-2024's state types IDeviceState / CommandQueueState are forward-declared in its own headers.)
// Kernel-side hooks: see kernel/tt_astgen/dryrun_hooks.h.
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
