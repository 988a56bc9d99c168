// The metal-2024 profile on the CPU dry-run runtime: a hand-written single-device host program
// (IDevice / CommandQueue / CreateBuffer(InterleavedBufferConfig) / EnqueueWriteBuffer /
// EnqueueProgram / EnqueueReadBuffer / Finish / CloseDevice) with InterleavedAddrGenFast kernels,
// in a directory whose tt.plan.json says "profile": "metal-2024", run through runProgramDir.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "tt_astgen/generate.h"
#include "tt_astgen/plan.h"
#include "tt_astgen/run.h"

namespace fs = std::filesystem;
using namespace tt_astgen;

namespace {

const std::string kSource = TT_ASTGEN_SOURCE_DIR;

struct Env2024 {
  Env2024() { ::setenv("TT_ASTGEN_CACHE", (std::string(TT_ASTGEN_TEST_CACHE) + "/kernels").c_str(), 1); }
};
const Env2024 env2024;

std::string describe(const RunResult& r) {
  return std::string("phase=") + toString(r.phase) + " exit=" + std::to_string(r.exitCode) + " verdict=" + r.verdict +
         "\n--- stdout\n" + r.stdoutText + "--- stderr\n" + r.stderrText.substr(0, 4000);
}

void writeFile(const fs::path& p, const std::string& s) { std::ofstream(p) << s; }

bool replaceOnce(std::string& text, const std::string& from, const std::string& to) {
  auto pos = text.find(from);
  if (pos == std::string::npos || text.find(from, pos + 1) != std::string::npos) return false;
  text.replace(pos, from.size(), to);
  return true;
}

// eltwise add of two 256x256 bfloat16 matrices (64 tiles) over the grid, late-2024 style.
const char* kHost2024 = R"cpp(
#include <cstdint>
#include <cstdio>
#include <memory>
#include <vector>
#include <tt-metalium/bfloat16.hpp>
#include <tt-metalium/buffer.hpp>
#include <tt-metalium/command_queue.hpp>
#include <tt-metalium/core_coord.hpp>
#include <tt-metalium/device.hpp>
#include <tt-metalium/host_api.hpp>
#include <tt-metalium/tilize_utils.hpp>
#include <tt-metalium/work_split.hpp>

int main() {
  constexpr uint32_t M = 256, N = 256, Mt = M / 32, Nt = N / 32, num_tiles = Mt * Nt;
  constexpr uint32_t tile_bytes = 2048;
  tt::tt_metal::IDevice* device = tt::tt_metal::CreateDevice(0);
  tt::tt_metal::CommandQueue& cq = device->command_queue();

  std::vector<bfloat16> a_data(M * N), b_data(M * N);
  std::vector<float> golden(M * N);
  uint32_t rng = 42U;
  for (uint32_t i = 0; i < M * N; ++i) {
    rng = rng * 1664525U + 1013904223U;
    a_data[i] = bfloat16(static_cast<float>(rng >> 8U) / 8388608.F - 1.F);
    rng = rng * 1664525U + 1013904223U;
    b_data[i] = bfloat16(static_cast<float>(rng >> 8U) / 8388608.F - 1.F);
    golden[i] = static_cast<float>(a_data[i]) + static_cast<float>(b_data[i]);
  }
  std::vector<bfloat16> a_tiles = tilize_nfaces(a_data, M, N);
  std::vector<bfloat16> b_tiles = tilize_nfaces(b_data, M, N);

  auto a_buffer = tt::tt_metal::CreateBuffer(tt::tt_metal::InterleavedBufferConfig{
      .device = device, .size = num_tiles * tile_bytes, .page_size = tile_bytes,
      .buffer_type = tt::tt_metal::BufferType::DRAM});
  auto b_buffer = tt::tt_metal::CreateBuffer(tt::tt_metal::InterleavedBufferConfig{
      .device = device, .size = num_tiles * tile_bytes, .page_size = tile_bytes,
      .buffer_type = tt::tt_metal::BufferType::DRAM});
  std::shared_ptr<tt::tt_metal::Buffer> c_buffer = tt::tt_metal::CreateBuffer(tt::tt_metal::InterleavedBufferConfig{
      .device = device, .size = num_tiles * tile_bytes, .page_size = tile_bytes,
      .buffer_type = tt::tt_metal::BufferType::DRAM});
  if (a_buffer->device() != device || c_buffer->size() != num_tiles * tile_bytes) {
    std::printf("FAILED: buffer accessors\n");
    return 1;
  }
  const uint32_t a_addr = static_cast<uint32_t>(a_buffer->address());
  const uint32_t b_addr = static_cast<uint32_t>(b_buffer->address());
  const uint32_t c_addr = static_cast<uint32_t>(c_buffer->address());

  tt::tt_metal::Program program = tt::tt_metal::CreateProgram();
  const CoreCoord grid = device->compute_with_storage_grid_size();
  auto [num_cores, all_cores, group_1, group_2, tiles_1, tiles_2] = tt::tt_metal::split_work_to_cores(grid, num_tiles);
  (void)num_cores;

  for (uint32_t cb : {uint32_t(tt::CBIndex::c_0), uint32_t(tt::CBIndex::c_1), uint32_t(tt::CBIndex::c_16)}) {
    tt::tt_metal::CircularBufferConfig config =
        tt::tt_metal::CircularBufferConfig(2 * tile_bytes, {{cb, tt::DataFormat::Float16_b}}).set_page_size(cb, tile_bytes);
    tt::tt_metal::CreateCircularBuffer(program, all_cores, config);
  }
  const uint32_t reader = tt::tt_metal::CreateKernel(
      program, "reader.cpp", all_cores,
      tt::tt_metal::DataMovementConfig{.processor = tt::tt_metal::DataMovementProcessor::RISCV_1,
                                       .noc = tt::tt_metal::NOC::RISCV_1_default,
                                       .compile_args = {1, 1}});
  const uint32_t writer = tt::tt_metal::CreateKernel(
      program, "writer.cpp", all_cores,
      tt::tt_metal::DataMovementConfig{.processor = tt::tt_metal::DataMovementProcessor::RISCV_0,
                                       .noc = tt::tt_metal::NOC::RISCV_0_default,
                                       .compile_args = {1}});
  const uint32_t compute = tt::tt_metal::CreateKernel(
      program, "compute.cpp", all_cores,
      tt::tt_metal::ComputeConfig{.math_fidelity = MathFidelity::HiFi4, .fp32_dest_acc_en = false,
                                  .math_approx_mode = false});

  uint32_t start_tile = 0;
  for (const auto& [group, count] : {std::pair{group_1, tiles_1}, std::pair{group_2, tiles_2}}) {
    for (const CoreRange& range : group.ranges()) {
      for (const CoreCoord& core : range) {
        tt::tt_metal::SetRuntimeArgs(program, reader, core, {a_addr, b_addr, start_tile, count});
        tt::tt_metal::SetRuntimeArgs(program, compute, core, {count});
        tt::tt_metal::SetRuntimeArgs(program, writer, core, {c_addr, count, start_tile});
        start_tile += count;
      }
    }
  }

  tt::tt_metal::EnqueueWriteBuffer(cq, a_buffer, a_tiles, false);
  tt::tt_metal::EnqueueWriteBuffer(cq, b_buffer, b_tiles.data(), false);
  tt::tt_metal::EnqueueProgram(cq, program, false);
  std::vector<bfloat16> c_tiles;  // EnqueueReadBuffer resizes it to the buffer's size
  tt::tt_metal::EnqueueReadBuffer(cq, c_buffer, c_tiles, true);
  tt::tt_metal::Finish(cq);
  std::vector<bfloat16> c_data = untilize_nfaces(c_tiles, M, N);

  float max_error = 0.F;
  for (uint32_t i = 0; i < M * N; ++i) {
    float e = static_cast<float>(c_data[i]) - golden[i];
    if (e < 0.F) e = -e;
    if (e > max_error) max_error = e;
  }
  const bool passed = max_error < 0.05F && start_tile == num_tiles;
  std::printf("%s: eltwise_add (metal-2024): max error %.4f\n", passed ? "PASSED" : "FAILED", static_cast<double>(max_error));
  if (!tt::tt_metal::CloseDevice(device)) return 1;
  return passed ? 0 : 1;
}
)cpp";

const char* kReader2024 = R"cpp(
#include <cstdint>
#include "dataflow_api.h"

void kernel_main() {
  uint32_t a_addr = get_arg_val<uint32_t>(0);
  uint32_t b_addr = get_arg_val<uint32_t>(1);
  uint32_t start_tile = get_arg_val<uint32_t>(2);
  uint32_t num_tiles = get_arg_val<uint32_t>(3);
  constexpr bool a_is_dram = get_compile_time_arg_val(0) == 1;
  constexpr bool b_is_dram = get_compile_time_arg_val(1) == 1;
  constexpr uint32_t cb_in0 = tt::CBIndex::c_0;
  constexpr uint32_t cb_in1 = tt::CBIndex::c_1;
  const InterleavedAddrGenFast<a_is_dram> a_accessor = {
      .bank_base_address = a_addr, .page_size = get_tile_size(cb_in0), .data_format = get_dataformat(cb_in0)};
  const InterleavedAddrGenFast<b_is_dram> b_accessor = {
      .bank_base_address = b_addr, .page_size = get_tile_size(cb_in1), .data_format = get_dataformat(cb_in1)};
  for (uint32_t i = 0; i < num_tiles; ++i) {
    uint32_t tile = start_tile + i;
    cb_reserve_back(cb_in0, 1);
    noc_async_read_tile(tile, a_accessor, get_write_ptr(cb_in0));
    noc_async_read_barrier();
    cb_push_back(cb_in0, 1);
    cb_reserve_back(cb_in1, 1);
    noc_async_read_tile(tile, b_accessor, get_write_ptr(cb_in1));
    noc_async_read_barrier();
    cb_push_back(cb_in1, 1);
  }
}
)cpp";

const char* kWriter2024 = R"cpp(
#include <cstdint>
#include "dataflow_api.h"

void kernel_main() {
  uint32_t c_addr = get_arg_val<uint32_t>(0);
  uint32_t num_tiles = get_arg_val<uint32_t>(1);
  uint32_t start_tile = get_arg_val<uint32_t>(2);
  constexpr bool c_is_dram = get_compile_time_arg_val(0) == 1;
  constexpr uint32_t cb_out0 = tt::CBIndex::c_16;
  const InterleavedAddrGenFast<c_is_dram> c_accessor = {
      .bank_base_address = c_addr, .page_size = get_tile_size(cb_out0), .data_format = get_dataformat(cb_out0)};
  for (uint32_t tile = start_tile; tile < start_tile + num_tiles; ++tile) {
    cb_wait_front(cb_out0, 1);
    noc_async_write_tile(tile, c_accessor, get_read_ptr(cb_out0));
    noc_async_write_barrier();
    cb_pop_front(cb_out0, 1);
  }
}
)cpp";

const char* kCompute = R"cpp(
#include <cstdint>
#include "compute_kernel_api/common.h"
#include "compute_kernel_api/tile_move_copy.h"
#include "compute_kernel_api/eltwise_binary.h"

namespace NAMESPACE {
void MAIN {
  uint32_t num_tiles = get_arg_val<uint32_t>(0);
  constexpr uint32_t cb_in0 = tt::CBIndex::c_0;
  constexpr uint32_t cb_in1 = tt::CBIndex::c_1;
  constexpr uint32_t cb_out0 = tt::CBIndex::c_16;
  binary_op_init_common(cb_in0, cb_in1, cb_out0);
  add_tiles_init(cb_in0, cb_in1);
  for (uint32_t i = 0; i < num_tiles; ++i) {
    cb_wait_front(cb_in0, 1);
    cb_wait_front(cb_in1, 1);
    tile_regs_acquire();
    add_tiles(cb_in0, cb_in1, 0, 0, 0);
    cb_pop_front(cb_in0, 1);
    cb_pop_front(cb_in1, 1);
    tile_regs_commit();
    tile_regs_wait();
    cb_reserve_back(cb_out0, 1);
    pack_tile(0, cb_out0);
    cb_push_back(cb_out0, 1);
    tile_regs_release();
  }
}
}  // namespace NAMESPACE
)cpp";

// The tt.plan.json of the eltwise_add fixture, with its profile replaced.
std::string planJson(const std::string& profile) {
  PlanLoadResult pl = loadPlanFile(kSource + "/fixtures/plans/eltwise_add.json");
  EXPECT_TRUE(pl.plan.has_value());
  if (!pl.plan) return {};
  GenerateResult gen = generateProgram(*pl.plan);
  EXPECT_TRUE(gen.ok()) << gen.error;
  for (auto& f : gen.files)
    if (f.name == "tt.plan.json") {
      std::string text = f.content;
      EXPECT_TRUE(replaceOnce(text, "\"profile\": \"metal-2025\"", "\"profile\": \"" + profile + "\"")) << text;
      return text;
    }
  ADD_FAILURE() << "generate wrote no tt.plan.json";
  return {};
}

// Writes the 2024 program into a fresh work dir; returns the dir.
std::string writeProgram(const std::string& name, const std::string& profile, const std::string& host = kHost2024) {
  fs::path d = fs::path(TT_ASTGEN_TEST_WORK) / name;
  std::error_code ec;
  fs::remove_all(d, ec);
  fs::create_directories(d, ec);
  writeFile(d / "main.cpp", host);
  writeFile(d / "reader.cpp", kReader2024);
  writeFile(d / "writer.cpp", kWriter2024);
  writeFile(d / "compute.cpp", kCompute);
  writeFile(d / "tt.plan.json", planJson(profile));
  return d.string();
}

}  // namespace

TEST(Profile2024, EltwiseAddSingleDeviceApiPasses) {
  const std::string dir = writeProgram("profile2024_eltwise_add", "metal-2024");
  RunResult r = runProgramDir(dir);
  EXPECT_TRUE(r.passed()) << describe(r);
  EXPECT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_EQ(r.verdict.rfind("PASSED", 0), 0u) << describe(r);
}

// The plan's profile picks the host include dir: the same 2024 program under metal-2025 must not build.
TEST(Profile2024, ProgramDoesNotBuildUnderMetal2025) {
  const std::string dir = writeProgram("profile2024_as_2025", "metal-2025");
  RunResult r = runProgramDir(dir);
  EXPECT_EQ(r.phase, RunPhase::BuildHost) << describe(r);
  EXPECT_EQ(r.verdict.rfind("build failed", 0), 0u) << describe(r);
}

// A host vector smaller than the buffer is reported by EnqueueWriteBuffer (the SDK would read
// past its end).
TEST(Profile2024, ShortHostVectorIsAnError) {
  std::string host = kHost2024;
  ASSERT_TRUE(replaceOnce(host, "tt::tt_metal::EnqueueWriteBuffer(cq, a_buffer, a_tiles, false);",
                          "a_tiles.resize(a_tiles.size() / 2);\n  tt::tt_metal::EnqueueWriteBuffer(cq, a_buffer, a_tiles, false);"));
  const std::string dir = writeProgram("profile2024_short_vector", "metal-2024", host);
  RunResult r = runProgramDir(dir);
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_NE(r.stderrText.find("EnqueueWriteBuffer: the host vector holds 65536 bytes but the buffer holds 131072 bytes"),
            std::string::npos)
      << describe(r);
}

// A program enqueued after CloseDevice is an error, not a crash.
TEST(Profile2024, EnqueueAfterCloseIsAnError) {
  std::string host = kHost2024;
  ASSERT_TRUE(replaceOnce(host, "  tt::tt_metal::EnqueueProgram(cq, program, false);\n",
                          "  tt::tt_metal::CloseDevice(device);\n  tt::tt_metal::EnqueueProgram(cq, program, false);\n"));
  const std::string dir = writeProgram("profile2024_closed", "metal-2024", host);
  RunResult r = runProgramDir(dir);
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_NE(r.stderrText.find("EnqueueProgram: device 0 is closed"), std::string::npos) << describe(r);
}
