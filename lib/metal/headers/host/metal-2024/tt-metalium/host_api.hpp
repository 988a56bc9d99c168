// Mirrors tt-metal tt-metalium/host_api.hpp, profile metal-2024 (the single-device host API of
// late 2024, ~v0.53-v0.55).
//
// Facts mirrored (sources: the project's metal-api.md, section 1 "Device (old)", "Buffers (old)",
// "Enqueue (old)"; the public tenstorrent/tt-metal headers and programming examples of late 2024):
//  - IDevice* CreateDevice(chip_id_t, uint8_t num_hw_cqs = 1, size_t l1_small_size, size_t
//    trace_region_size, const DispatchCoreConfig&, const std::vector<uint32_t>& l1_bank_remap,
//    size_t worker_l1_size); bool CloseDevice(IDevice*); device->command_queue(cq_id = 0).
//  - std::shared_ptr<Buffer> CreateBuffer(const InterleavedBufferConfig&) (+ DeviceAddr address
//    overload); DeallocateBuffer(Buffer&).
//  - EnqueueWriteBuffer(CommandQueue&, variant<reference_wrapper<Buffer>, shared_ptr<Buffer>>,
//    HostDataType | std::vector<DType>&, bool blocking, Span<const SubDeviceId> = {});
//    EnqueueReadBuffer(CommandQueue&, variant<...>, void*, bool, Span = {}) and the templates taking
//    Buffer& / shared_ptr<Buffer> + std::vector<DType>& dst, which RESIZE dst to buffer.size() / sizeof(DType);
//    EnqueueProgram(CommandQueue&, Program&, bool blocking); Finish(CommandQueue&, Span = {}).
//  - Programs, kernels, CBs, semaphores and runtime args are shared with metal-2025
//    (mock_detail/host_api_core.hpp).
// Differences from the SDK: the SDK declares these in the inline namespace tt::tt_metal::v0; the mock
// declares them directly in tt::tt_metal (same spelling for every caller). No Mesh names here: a
// metal-2024 program cannot use distributed::* (there is no distributed.hpp in this profile).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <tt-metalium/base_types.hpp>
#include <tt-metalium/bfloat16.hpp>
#include <tt-metalium/buffer.hpp>
#include <tt-metalium/buffer_types.hpp>
#include <tt-metalium/circular_buffer_config.hpp>
#include <tt-metalium/command_queue.hpp>
#include <tt-metalium/core_coord.hpp>
#include <tt-metalium/data_types.hpp>
#include <tt-metalium/device.hpp>
#include <tt-metalium/dispatch_core_common.hpp>
#include <tt-metalium/kernel_types.hpp>
#include <tt-metalium/mock_detail/host_api_core.hpp>
#include <tt-metalium/program.hpp>
#include <tt-metalium/runtime_args_data.hpp>
#include <tt-metalium/sub_device_types.hpp>
#include <tt-metalium/tt_backend_api_types.hpp>
#include <tt_stl/span.hpp>

namespace tt::tt_metal {

// ---- devices ------------------------------------------------------------------------------------
std::size_t GetNumAvailableDevices();

IDevice* CreateDevice(chip_id_t device_id, const std::uint8_t num_hw_cqs = 1,
                      const std::size_t l1_small_size = DEFAULT_L1_SMALL_SIZE,
                      const std::size_t trace_region_size = DEFAULT_TRACE_REGION_SIZE,
                      const DispatchCoreConfig& dispatch_core_config = DispatchCoreConfig{},
                      const std::vector<std::uint32_t>& l1_bank_remap = {},
                      const std::size_t worker_l1_size = DEFAULT_WORKER_L1_SIZE);

bool CloseDevice(IDevice* device);

// ---- buffers ------------------------------------------------------------------------------------
std::shared_ptr<Buffer> CreateBuffer(const InterleavedBufferConfig& config);
std::shared_ptr<Buffer> CreateBuffer(const InterleavedBufferConfig& config, DeviceAddr address);
void DeallocateBuffer(Buffer& buffer);
void AssignGlobalBufferToProgram(const std::shared_ptr<Buffer>& buffer, Program& program);

// ---- command queue ------------------------------------------------------------------------------
using HostDataType = std::variant<const std::shared_ptr<std::vector<std::uint8_t>>,
                                  const std::shared_ptr<std::vector<std::uint16_t>>,
                                  const std::shared_ptr<std::vector<std::int32_t>>,
                                  const std::shared_ptr<std::vector<std::uint32_t>>,
                                  const std::shared_ptr<std::vector<float>>,
                                  const std::shared_ptr<std::vector<bfloat16>>, const void*>;

// tt-astgen dry-run hooks (defined by the runtime; emitted code never names them): the templates
// below pass the host vector's byte size so the runtime can report a host vector smaller than the
// buffer (the SDK reads/writes buffer.size() bytes through the raw pointer).
namespace dryrun_io {
void write_buffer(CommandQueue& cq, Buffer& buffer, const void* src, std::size_t host_bytes, bool blocking);
void read_buffer(CommandQueue& cq, Buffer& buffer, void* dst, std::size_t host_bytes, bool blocking);
inline Buffer& buffer_of(const std::variant<std::reference_wrapper<Buffer>, std::shared_ptr<Buffer>>& buffer) {
  if (const auto* r = std::get_if<std::reference_wrapper<Buffer>>(&buffer)) return r->get();
  return *std::get<std::shared_ptr<Buffer>>(buffer);
}
}  // namespace dryrun_io

void EnqueueWriteBuffer(CommandQueue& cq, std::variant<std::reference_wrapper<Buffer>, std::shared_ptr<Buffer>> buffer,
                        HostDataType src, bool blocking, tt::stl::Span<const SubDeviceId> sub_device_ids = {});

template <typename DType>
void EnqueueWriteBuffer(CommandQueue& cq, std::variant<std::reference_wrapper<Buffer>, std::shared_ptr<Buffer>> buffer,
                        std::vector<DType>& src, bool blocking, tt::stl::Span<const SubDeviceId> sub_device_ids = {}) {
  (void)sub_device_ids;
  dryrun_io::write_buffer(cq, dryrun_io::buffer_of(buffer), src.data(), src.size() * sizeof(DType), blocking);
}

void EnqueueReadBuffer(CommandQueue& cq, std::variant<std::reference_wrapper<Buffer>, std::shared_ptr<Buffer>> buffer,
                       void* dst, bool blocking, tt::stl::Span<const SubDeviceId> sub_device_ids = {});

template <typename DType>
void EnqueueReadBuffer(CommandQueue& cq, Buffer& buffer, std::vector<DType>& dst, bool blocking,
                       tt::stl::Span<const SubDeviceId> sub_device_ids = {}) {
  (void)sub_device_ids;
  // Like the SDK: dst is resized to the buffer's size.
  dst.resize(static_cast<std::size_t>(buffer.size()) / sizeof(DType));
  dryrun_io::read_buffer(cq, buffer, dst.data(), dst.size() * sizeof(DType), blocking);
}

template <typename DType>
void EnqueueReadBuffer(CommandQueue& cq, std::shared_ptr<Buffer> buffer, std::vector<DType>& dst, bool blocking,
                       tt::stl::Span<const SubDeviceId> sub_device_ids = {}) {
  EnqueueReadBuffer(cq, *buffer, dst, blocking, sub_device_ids);
}

void EnqueueProgram(CommandQueue& cq, Program& program, bool blocking);

void Finish(CommandQueue& cq, tt::stl::Span<const SubDeviceId> sub_device_ids = {});

void Synchronize(IDevice* device, const std::optional<std::uint8_t> cq_id = std::nullopt,
                 tt::stl::Span<const SubDeviceId> sub_device_ids = {});

}  // namespace tt::tt_metal

// tt-astgen: instantiated once in the checker's precompiled prologue (see mock_detail/host_api_core.hpp).
#ifdef TT_ASTGEN_PCH_WARMUP
namespace tt_astgen_pch_warmup {
inline void host_api_2024(tt::tt_metal::CommandQueue& cq, const tt::tt_metal::InterleavedBufferConfig& config,
                          std::vector<std::uint32_t>& words, std::vector<float>& floats) {
  using namespace tt::tt_metal;
  std::shared_ptr<Buffer> buffer = CreateBuffer(config);
  std::shared_ptr<Buffer> copy = buffer;
  Buffer& ref = *buffer;
  EnqueueWriteBuffer(cq, buffer, words, false);
  EnqueueWriteBuffer(cq, ref, words, false);
  EnqueueWriteBuffer(cq, buffer, floats, false);
  EnqueueWriteBuffer(cq, buffer, words.data(), false);
  EnqueueReadBuffer(cq, buffer, words, true);
  EnqueueReadBuffer(cq, ref, words, true);
  EnqueueReadBuffer(cq, buffer, floats, true);
  EnqueueReadBuffer(cq, copy, words.data(), true);
  HostDataType data = std::make_shared<std::vector<std::uint32_t>>(words);
  (void)data;
}
}  // namespace tt_astgen_pch_warmup
#endif
