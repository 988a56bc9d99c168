// Mirrors tt-metal tt-metalium/host_api.hpp, profile metal-2025 (Mesh-era host API).
//
// Recorded 2026-11-25: the tt-metal facts mirrored by this mock profile (sources: the project's
// metal-api.md and the public tenstorrent/tt-metal headers/examples of mid/late 2025):
//  - everything in tt::tt_metal; Mesh API in tt::tt_metal::distributed; CoreCoord/CoreRange/
//    CoreRangeSet global; tt::DataFormat enum class : uint8_t (Float16_b = 5, UInt16 = 9, ...);
//    MathFidelity in tt::tt_metal (re-exported globally as older SDKs had it); tt::CBIndex c_0..c_31.
//  - CreateKernel(Program&, path, variant<CoreCoord, CoreRange, CoreRangeSet>,
//    variant<DataMovementConfig, ComputeConfig, EthernetConfig>) -> KernelHandle (uint32_t);
//    config field order as in kernel_types.hpp (processor, noc, noc_mode, compile_args, defines,
//    named_compile_args, opt_level / math_fidelity, fp32_dest_acc_en, dst_full_sync_en,
//    unpack_to_dest_mode, bfp8_pack_precise, math_approx_mode, compile_args, defines, ...).
//  - CreateCircularBuffer -> CBHandle (uintptr_t); CircularBufferConfig(total, map<uint8_t, DataFormat>)
//    .set_page_size(index, bytes) returns CircularBufferConfig&.
//  - SetRuntimeArgs overloads: Span<const uint32_t>, initializer_list<uint32_t>,
//    (vector<CoreCoord>, vector<vector<uint32_t>>).
//  - Free EnqueueProgram/EnqueueWriteBuffer/EnqueueReadBuffer/Finish(CommandQueue&)/CreateDevice are
//    NOT part of this profile (removed from host_api.hpp in the Mesh era; see the metal-2024 profile).
//  - distributed.hpp: MeshDevice::create_unit_mesh, MeshBuffer::create(ReplicatedBufferConfig,
//    DeviceLocalBufferConfig, MeshDevice*), MeshWorkload::add_program / AddProgramToMeshWorkload,
//    EnqueueMeshWorkload, EnqueueWriteMeshBuffer / EnqueueReadMeshBuffer templates, Finish(MeshCommandQueue&).
//  - TensorAccessorArgs(buffer).append_to(compile_args) (mock: appends ONE uint32_t, bit 0 = DRAM, the
//    page size above it; see tensor_accessor_args.hpp).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include <tt-metalium/base_types.hpp>
#include <tt-metalium/buffer.hpp>
#include <tt-metalium/buffer_types.hpp>
#include <tt-metalium/circular_buffer_config.hpp>
#include <tt-metalium/core_coord.hpp>
#include <tt-metalium/data_types.hpp>
#include <tt-metalium/device.hpp>
#include <tt-metalium/kernel_types.hpp>
#include <tt-metalium/mock_detail/host_api_core.hpp>
#include <tt-metalium/program.hpp>
#include <tt-metalium/runtime_args_data.hpp>
#include <tt-metalium/sub_device_types.hpp>
#include <tt-metalium/tt_backend_api_types.hpp>
#include <tt_stl/span.hpp>
