// tt-astgen internal: the profile-independent part of tt-metal's tt-metalium/host_api.hpp
// (programs, kernels, circular buffers, semaphores, runtime args). All functions are DECLARED here
// and DEFINED by the dry-run runtime (lib/runtime).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include <tt-metalium/base_types.hpp>
#include <tt-metalium/buffer_types.hpp>
#include <tt-metalium/circular_buffer_config.hpp>
#include <tt-metalium/constants.hpp>  // tt::constants, reachable from host_api.hpp in the SDK
#include <tt-metalium/core_coord.hpp>
#include <tt-metalium/data_types.hpp>
#include <tt-metalium/kernel_types.hpp>
#include <tt-metalium/program.hpp>
#include <tt-metalium/runtime_args_data.hpp>
#include <tt-metalium/tt_backend_api_types.hpp>
#include <tt_stl/assert.hpp>  // TT_FATAL / TT_THROW / TT_ASSERT and fmt, as in the SDK
#include <tt_stl/span.hpp>
#include <hostdevcommon/kernel_structs.h>  // tt::CBIndex, as the SDK's host_api.hpp makes it reachable

namespace tt::tt_metal {

class Buffer;

using CBHandle = std::uintptr_t;

// ---- programs and kernels -------------------------------------------------------------------
Program CreateProgram();

KernelHandle CreateKernel(Program& program, const std::string& file_name,
                          const std::variant<CoreCoord, CoreRange, CoreRangeSet>& core_spec,
                          const std::variant<DataMovementConfig, ComputeConfig, EthernetConfig>& config);

// The kernel's source text instead of a file; compiled like a kernel file. The same signature in the
// 2024 single-device and the 2025 Mesh-era SDKs.
KernelHandle CreateKernelFromString(Program& program, const std::string& kernel_src_code,
                                    const std::variant<CoreCoord, CoreRange, CoreRangeSet>& core_spec,
                                    const std::variant<DataMovementConfig, ComputeConfig, EthernetConfig>& config);

// ---- circular buffers -----------------------------------------------------------------------
CBHandle CreateCircularBuffer(Program& program, const std::variant<CoreCoord, CoreRange, CoreRangeSet>& core_spec,
                              const CircularBufferConfig& config);
const CircularBufferConfig& GetCircularBufferConfig(Program& program, CBHandle cb_handle);
void UpdateCircularBufferTotalSize(Program& program, CBHandle cb_handle, std::uint32_t total_size);
void UpdateCircularBufferPageSize(Program& program, CBHandle cb_handle, std::uint8_t buffer_index,
                                  std::uint32_t page_size);
void UpdateDynamicCircularBufferAddress(Program& program, CBHandle cb_handle, const Buffer& buffer);

// ---- semaphores -----------------------------------------------------------------------------
std::uint32_t CreateSemaphore(Program& program, const std::variant<CoreRange, CoreRangeSet>& core_spec,
                              std::uint32_t initial_value, CoreType core_type = CoreType::WORKER);

// ---- runtime args ---------------------------------------------------------------------------
void SetRuntimeArgs(const Program& program, KernelHandle kernel,
                    const std::variant<CoreCoord, CoreRange, CoreRangeSet>& core_spec,
                    tt::stl::Span<const std::uint32_t> runtime_args);
void SetRuntimeArgs(const Program& program, KernelHandle kernel,
                    const std::variant<CoreCoord, CoreRange, CoreRangeSet>& core_spec,
                    std::initializer_list<std::uint32_t> runtime_args);
void SetRuntimeArgs(const Program& program, KernelHandle kernel, const std::vector<CoreCoord>& core_spec,
                    const std::vector<std::vector<std::uint32_t>>& runtime_args);

void SetCommonRuntimeArgs(const Program& program, KernelHandle kernel_id, tt::stl::Span<const std::uint32_t> runtime_args);
void SetCommonRuntimeArgs(const Program& program, KernelHandle kernel_id, std::initializer_list<std::uint32_t> runtime_args);

RuntimeArgsData& GetRuntimeArgs(const Program& program, KernelHandle kernel_id, const CoreCoord& logical_core);
std::vector<std::vector<RuntimeArgsData>>& GetRuntimeArgs(const Program& program, KernelHandle kernel_id);
RuntimeArgsData& GetCommonRuntimeArgs(const Program& program, KernelHandle kernel_id);

}  // namespace tt::tt_metal

// ---- tt-astgen: instantiations for the checker's precompiled prologue -------------------------
// TT_ASTGEN_PCH_WARMUP is defined only while tt-astgen precompiles a program's #include lines
// (lib/ast/parse.cpp), and undefined at their end: the std templates every host program
// instantiates with these types are instantiated once there, not again in each program parsed
// (docs/performance.md, "Check"). Never compiled otherwise; nothing here is called.
#ifdef TT_ASTGEN_PCH_WARMUP
namespace tt_astgen_pch_warmup {
inline void host_api_core(CoreCoord& core, const CoreCoord& const_core, CoreRange& range, const CoreRange& const_range,
                          CoreRangeSet& set, const CoreRangeSet& const_set) {
  using CoreSpec = std::variant<CoreCoord, CoreRange, CoreRangeSet>;
  CoreSpec specs[] = {core, const_core, CoreCoord{0, 0}, range, const_range, CoreRange(core, core), set, const_set,
                      CoreRangeSet(range)};
  CoreSpec copy = specs[0];
  copy = specs[1];
  std::variant<CoreRange, CoreRangeSet> semaphore_specs[] = {range, const_range, set, const_set};
  (void)semaphore_specs;
  using tt::tt_metal::ComputeConfig;
  using tt::tt_metal::DataMovementConfig;
  using tt::tt_metal::EthernetConfig;
  using KernelConfig = std::variant<DataMovementConfig, ComputeConfig, EthernetConfig>;
  DataMovementConfig movement;
  const DataMovementConfig const_movement;
  ComputeConfig compute;
  const ComputeConfig const_compute;
  KernelConfig configs[] = {movement, const_movement, DataMovementConfig{}, compute, const_compute, ComputeConfig{},
                            EthernetConfig{}, tt::tt_metal::ReaderDataMovementConfig{},
                            tt::tt_metal::WriterDataMovementConfig{}};
  (void)configs;
  std::vector<std::uint32_t> args{1U, 2U};
  args.push_back(7U);
  args.emplace_back(3U);
  args.insert(args.end(), {4U, 5U});
  args.reserve(8);
  args.resize(args.size() + 1);
  tt::stl::Span<const std::uint32_t> view(args);
  std::vector<std::vector<std::uint32_t>> per_core{args};
  per_core.push_back(args);
  std::vector<CoreCoord> cores{core};
  cores.push_back(const_core);
  cores.emplace_back(1, 1);
  tt::tt_metal::CircularBufferConfig cb(2048, {{std::uint8_t{0}, tt::DataFormat::Float16_b}});
  tt::tt_metal::CircularBufferConfig cb_copy = cb.set_page_size(0, 1024);
  cb_copy = cb;
  std::map<std::uint8_t, tt::DataFormat> formats{{std::uint8_t{1}, tt::DataFormat::Float32}};
  tt::tt_metal::CircularBufferConfig cb2(4096, formats);
  std::uint32_t index = 2;
  const std::uint32_t const_index = 3;
  tt::tt_metal::CircularBufferConfig cb3(2048, {{index, tt::DataFormat::Float16_b}});
  tt::tt_metal::CircularBufferConfig cb4(2048, {{const_index, tt::DataFormat::Float16_b}});
  tt::tt_metal::CircularBufferConfig cb5(2048, {{tt::CBIndex::c_0, tt::DataFormat::Float16_b}});
  std::string name = "kernel.cpp";
  (void)view;
}
// TT_FATAL / TT_THROW with the argument types programs pass most.
inline void host_api_core_asserts(int i, unsigned u, std::size_t z, std::uint64_t l, float f, double d,
                                  const char* c, const std::string& s) {
  TT_FATAL(i != 0, "{}", i);
  TT_FATAL(u != 0, "{}", u);
  TT_FATAL(z != 0, "{}", z);
  TT_FATAL(l != 0, "{}", l);
  TT_FATAL(f != 0, "{}", f);
  TT_FATAL(d != 0, "{}", d);
  TT_FATAL(c != nullptr, "{}", c);
  TT_FATAL(!s.empty(), "{}", s);
  TT_FATAL(u != 0, "{} {}", u, u);
  TT_FATAL(z != 0, "{} {}", z, z);
  TT_FATAL(i != 0, "{} {}", i, i);
}
}  // namespace tt_astgen_pch_warmup
#endif
