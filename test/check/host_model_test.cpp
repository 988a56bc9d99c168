// The host model (lib/check/host_interpreter.cpp): what it knows of host programs written in
// several styles, and what it leaves unknown.
#include <gtest/gtest.h>

#include "../test_support.h"
#include "ast/parse.h"
#include "check/host_interpreter.h"

namespace tt_astgen::model {
namespace {

/// Parses `code` as a metal-2025 host and interprets it.
struct Interpreted {
  std::unique_ptr<clang::ASTUnit> unit;
  HostModel model;
  std::vector<Diagnostic> diagnostics;
};

Interpreted interpret(const std::string& code, Arch arch = Arch::WormholeB0) {
  CompileFlavor flavor;
  flavor.role = FileRole::Host;
  DiagnosticCollector collector;
  Interpreted out;
  out.unit = parseInMemory(code, "host.cpp", flavor, collector);
  out.diagnostics = collector.take();
  for (const Diagnostic& d : out.diagnostics) ADD_FAILURE() << d.format();
  if (!out.unit) return out;
  InterpretOptions options;
  options.arch = arch;
  options.resolveKernel = [](const std::string& path) { return "resolved/" + path; };
  out.model = buildHostModel(out.unit->getASTContext(), "host.cpp", options);
  return out;
}

const char* kPrologue = R"(
#include <cstdint>
#include <vector>
#include <tt-metalium/host_api.hpp>
#include <tt-metalium/distributed.hpp>
#include <tt-metalium/work_split.hpp>
#include <tt-metalium/tensor_accessor_args.hpp>
#include <tt-metalium/bfloat16.hpp>
#include <tt-metalium/constants.hpp>
using namespace tt;
using namespace tt::tt_metal;
)";

std::vector<int64_t> values(const ArgList& list) {
  std::vector<int64_t> out;
  for (const ArgValue& v : list.values) out.push_back(v.value ? *v.value : -1);
  return out;
}

TEST(HostModel, EmittedMultiCoreMatmul) {
  auto r = interpret(testing::readFile(testing::fixture("expected/matmul_multi_core/main.cpp")));
  const HostModel& m = r.model;
  ASSERT_EQ(m.kernels.size(), 3u);
  ASSERT_EQ(m.circularBuffers.size(), 3u);
  EXPECT_TRUE(m.cbsComplete && m.kernelsComplete && m.runtimeArgsComplete);
  for (const HostCircularBuffer& cb : m.circularBuffers) {
    EXPECT_TRUE(cb.certain);
    EXPECT_TRUE(cb.cores.known);
    EXPECT_EQ(cb.cores.cores.size(), 64u);
  }
  EXPECT_EQ(m.kernels[0].path, "reader.cpp");
  EXPECT_EQ(m.kernels[0].resolvedFile, "resolved/reader.cpp");
  EXPECT_EQ(m.kernels[2].role, FileRole::Compute);
  // Every core has a known, full argument list for the reader: {a, b, Mt, Kt, Nt, start, n}.
  size_t tiles = 0;
  for (int64_t x = 0; x < 8; ++x)
    for (int64_t y = 0; y < 8; ++y) {
      auto args = m.runtimeArgsFor(m.kernels[0], {x, y});
      ASSERT_TRUE(args.has_value()) << x << "," << y;
      ASSERT_TRUE(args->lengthKnown);
      ASSERT_EQ(args->values.size(), 7u);
      EXPECT_TRUE(args->values[0].addressOf.has_value());
      EXPECT_EQ(*args->values[2].value, 12);
      tiles += size_t(*args->values[6].value);
    }
  EXPECT_EQ(tiles, 144u);  // Mt * Nt output tiles split over the cores
  EXPECT_EQ(m.hasCircularBuffer(0, 16, {3, 3}), Tri::Yes);
  EXPECT_EQ(m.hasCircularBuffer(0, 2, {3, 3}), Tri::No);
  ASSERT_EQ(m.buffers.size(), 3u);
  EXPECT_EQ(m.buffers[0].name, "a_buffer");
  EXPECT_TRUE(m.buffers[0].uploaded);
  EXPECT_TRUE(m.buffers[2].readBack);
}

TEST(HostModel, SdkStyleSplitWorkLoopsNonConstLocalsAndVectors) {
  auto r = interpret(std::string(kPrologue) + R"(
int main() {
  auto mesh_device = distributed::MeshDevice::create_unit_mesh(0);
  Program program = CreateProgram();
  auto grid = mesh_device->compute_with_storage_grid_size();
  uint32_t num_cores_x = grid.x, num_cores_y = grid.y;
  uint32_t Mt = 10, Nt = 10, Kt = 4;
  auto [num_cores, all_cores, core_group_1, core_group_2, work_per_core_1, work_per_core_2] =
      split_work_to_cores(grid, Mt * Nt);
  uint32_t src0_cb_index = CBIndex::c_0;
  uint32_t cb_tiles = 2;
  CircularBufferConfig cb_src0_config =
      CircularBufferConfig(cb_tiles * 2048, {{src0_cb_index, tt::DataFormat::Float16_b}}).set_page_size(src0_cb_index, 2048);
  CreateCircularBuffer(program, all_cores, cb_src0_config);
  std::vector<uint32_t> compute_args = {Kt};
  compute_args.push_back(Nt);
  auto reader = CreateKernel(program, "kernels/reader.cpp", all_cores,
                             DataMovementConfig{.processor = DataMovementProcessor::RISCV_1, .noc = NOC::RISCV_1_default});
  auto compute = CreateKernel(program, "kernels/mm.cpp", all_cores, ComputeConfig{.compile_args = compute_args});
  uint32_t start = 0;
  for (uint32_t i = 0; i < num_cores; i++) {
    CoreCoord core = {i / num_cores_y, i % num_cores_y};
    uint32_t n = 0;
    if (core_group_1.contains(core)) {
      n = work_per_core_1;
    } else if (core_group_2.contains(core)) {
      n = work_per_core_2;
    } else {
      TT_THROW("core not in a group");
    }
    SetRuntimeArgs(program, reader, core, {start, n, Kt});
    start += n;
  }
  SetCommonRuntimeArgs(program, compute, {Mt});
  return 0;
}
)");
  const HostModel& m = r.model;
  ASSERT_EQ(m.kernels.size(), 2u);
  ASSERT_EQ(m.circularBuffers.size(), 1u);
  const HostCircularBuffer& cb = m.circularBuffers[0];
  EXPECT_EQ(cb.cores.cores.size(), 64u);
  EXPECT_EQ(cb.pages(0), 2);
  EXPECT_EQ(cb.indices.at(0).formatName, "Float16_b");
  EXPECT_EQ(m.kernels[0].processor, DmProcessor::Ncrisc);
  EXPECT_EQ(values(m.kernels[1].compileArgs), (std::vector<int64_t>{4, 10}));
  ASSERT_EQ(m.kernels[1].commonRuntimeArgs.size(), 1u);
  EXPECT_EQ(values(m.kernels[1].commonRuntimeArgs[0]), (std::vector<int64_t>{10}));
  // 100 tiles over 64 cores: 36 cores get 2, 28 get 1; the start offsets follow.
  int64_t total = 0;
  for (int64_t i = 0; i < 64; ++i) {
    auto args = m.runtimeArgsFor(m.kernels[0], {i / 8, i % 8});
    ASSERT_TRUE(args && args->lengthKnown);
    EXPECT_EQ(*args->values[0].value, total);
    total += *args->values[1].value;
  }
  EXPECT_EQ(total, 100);
}

TEST(HostModel, HelperFunctionsLambdasAndRangeLoops) {
  auto r = interpret(std::string(kPrologue) + R"(
static void make_cb(Program& program, const CoreRangeSet& cores, uint32_t index, uint32_t tiles) {
  CircularBufferConfig config(tiles * 2048, {{index, tt::DataFormat::Float16_b}});
  config.set_page_size(index, 2048);
  CreateCircularBuffer(program, cores, config);
}
int main() {
  Program program{};
  CoreRange block({0, 0}, {1, 1});
  CoreRangeSet cores(block);
  make_cb(program, cores, CBIndex::c_1, 4);
  auto writer = CreateKernel(program, "writer.cpp", cores, WriterDataMovementConfig({1, 2}));
  auto set_args = [&](const CoreCoord& core, uint32_t id) { SetRuntimeArgs(program, writer, core, {id, id + 1}); };
  uint32_t id = 0;
  for (const auto& range : cores.ranges())
    for (const auto& core : range) set_args(core, id++);
  return 0;
}
)");
  const HostModel& m = r.model;
  ASSERT_EQ(m.circularBuffers.size(), 1u);
  EXPECT_EQ(m.circularBuffers[0].pages(1), 4);
  EXPECT_EQ(m.circularBuffers[0].cores.cores.size(), 4u);
  ASSERT_EQ(m.kernels.size(), 1u);
  EXPECT_EQ(m.kernels[0].processor, DmProcessor::Brisc);
  EXPECT_EQ(values(m.kernels[0].compileArgs), (std::vector<int64_t>{1, 2}));
  // Row-major iteration of the range: (0,0), (1,0), (0,1), (1,1).
  auto args = m.runtimeArgsFor(m.kernels[0], {0, 1});
  ASSERT_TRUE(args);
  EXPECT_EQ(values(*args), (std::vector<int64_t>{2, 3}));
}

TEST(HostModel, UnknownsStayUnknown) {
  auto r = interpret(std::string(kPrologue) + R"(
void external_setup(Program& program);
int main(int argc, char** argv) {
  Program program = CreateProgram();
  CoreCoord core = {0, 0};
  auto k = CreateKernel(program, "k.cpp", core, DataMovementConfig{});
  if (argc > 1) {
    SetRuntimeArgs(program, k, core, {1, 2, 3});
  } else {
    SetRuntimeArgs(program, k, core, {1, 2});
  }
  external_setup(program);
  return 0;
}
)");
  const HostModel& m = r.model;
  ASSERT_EQ(m.kernels.size(), 1u);
  EXPECT_FALSE(m.cbsComplete);  // external_setup may create circular buffers
  EXPECT_EQ(m.hasCircularBuffer(0, 0, {0, 0}), Tri::Unknown);
  EXPECT_FALSE(m.runtimeArgsFor(m.kernels[0], {0, 0}).has_value());  // 2 or 3 arguments
  EXPECT_FALSE(m.unknowns.empty());
}

TEST(HostModel, AbsentIsKnownWhenEverythingIsSeen) {
  auto r = interpret(std::string(kPrologue) + R"(
int main() {
  Program program = CreateProgram();
  CoreRange cores({0, 0}, {0, 1});
  auto k = CreateKernel(program, "k.cpp", cores, DataMovementConfig{});
  SetRuntimeArgs(program, k, CoreCoord{0, 0}, {7});
  return 0;
}
)");
  const HostModel& m = r.model;
  bool absent = false;
  auto args = m.runtimeArgsFor(m.kernels[0], {0, 1}, &absent);
  ASSERT_TRUE(args);
  EXPECT_TRUE(absent);
  EXPECT_EQ(m.hasCircularBuffer(0, 0, {0, 0}), Tri::No);
}


TEST(HostModel, PairsOfGroupsStructuredBindingsAndCoreLists) {
  auto r = interpret(std::string(kPrologue) + R"(
int main() {
  Program program = CreateProgram();
  CoreCoord grid = {4, 2};
  auto [n, all, g1, g2, w1, w2] = split_work_to_cores(grid, 10);
  auto k = CreateKernel(program, "k.cpp", all, DataMovementConfig{});
  uint32_t offset = 0;
  auto groups = {std::make_pair(g1, w1), std::make_pair(g2, w2)};
  for (const auto& [set, work] : groups)
    for (const auto& range : set.ranges())
      for (const auto& core : range) {
        SetRuntimeArgs(program, k, core, {offset, work});
        offset += work;
      }
  auto w = CreateKernel(program, "w.cpp", all, DataMovementConfig{});
  std::vector<CoreCoord> cores = corerange_to_cores(all, std::nullopt, true);
  std::vector<std::vector<uint32_t>> per_core;
  for (uint32_t i = 0; i < cores.size(); ++i) per_core.push_back({i});
  SetRuntimeArgs(program, w, cores, per_core);
  return 0;
}
)");
  const HostModel& m = r.model;
  ASSERT_EQ(m.kernels.size(), 2u);
  EXPECT_EQ(m.kernels[0].cores.cores.size(), 8u);
  int64_t total = 0;
  for (const Core& c : m.kernels[0].cores.cores) {
    auto args = m.runtimeArgsFor(m.kernels[0], c);
    ASSERT_TRUE(args && args->lengthKnown);
    total += *args->values[1].value;
  }
  EXPECT_EQ(total, 10);
  // corerange_to_cores row-wise: (0,0), (1,0), ... so core (1,0) is the second.
  auto second = m.runtimeArgsFor(m.kernels[1], {1, 0});
  ASSERT_TRUE(second);
  EXPECT_EQ(values(*second), (std::vector<int64_t>{1}));
}

TEST(HostModel, RewrittenArgsAreUnknown) {
  auto r = interpret(std::string(kPrologue) + R"(
int main() {
  Program program = CreateProgram();
  CoreCoord core = {0, 0};
  auto k = CreateKernel(program, "k.cpp", core, DataMovementConfig{});
  SetRuntimeArgs(program, k, core, {1, 2});
  auto& args = GetRuntimeArgs(program, k, core);
  args[0] = 5;
  return 0;
}
)");
  EXPECT_FALSE(r.model.runtimeArgsFor(r.model.kernels[0], {0, 0}).has_value());
}

TEST(HostModel, ShardBackedCircularBuffersAreMarked) {
  auto r = interpret(std::string(kPrologue) + R"(
int main() {
  auto mesh_device = distributed::MeshDevice::create_unit_mesh(0);
  Program program = CreateProgram();
  CoreCoord core = {0, 0};
  auto shard = distributed::MeshBuffer::create(distributed::ReplicatedBufferConfig{.size = 1 << 20},
      distributed::DeviceLocalBufferConfig{.page_size = 2048, .buffer_type = BufferType::L1}, mesh_device.get());
  CircularBufferConfig config = CircularBufferConfig(1 << 20, {{0, tt::DataFormat::Float16_b}})
                                    .set_page_size(0, 2048)
                                    .set_globally_allocated_address(*shard->get_backing_buffer());
  CreateCircularBuffer(program, core, config);
  CreateCircularBuffer(program, core, CircularBufferConfig(4096, {{1, tt::DataFormat::Float16_b}}).set_page_size(1, 2048));
  return 0;
}
)");
  ASSERT_EQ(r.model.circularBuffers.size(), 2u);
  EXPECT_TRUE(r.model.circularBuffers[0].globallyAllocated);
  EXPECT_FALSE(r.model.circularBuffers[1].globallyAllocated);
  EXPECT_EQ(r.model.circularBuffers[0].pages(0), 512);
  ASSERT_EQ(r.model.buffers.size(), 1u);
  EXPECT_FALSE(r.model.buffers[0].dram);
}

TEST(HostModel, DataVectorsKeepTheirSize) {
  auto r = interpret(std::string(kPrologue) + R"(
int main() {
  Program program = CreateProgram();
  CoreCoord core = {0, 0};
  std::vector<bfloat16> a(64 * 1024);
  for (size_t i = 0; i < a.size(); ++i) a[i] = bfloat16(float(i % 7));
  uint32_t n_tiles = a.size() / tt::constants::TILE_HW;
  auto k = CreateKernel(program, "k.cpp", core, DataMovementConfig{});
  SetRuntimeArgs(program, k, core, {n_tiles});
  return 0;
}
)");
  auto args = r.model.runtimeArgsFor(r.model.kernels[0], {0, 0});
  ASSERT_TRUE(args);
  EXPECT_EQ(values(*args), (std::vector<int64_t>{64}));
}

TEST(HostModel, GridToCoresAndEmptyArgumentLists) {
  auto r = interpret(std::string(kPrologue) + R"(
int main() {
  Program program = CreateProgram();
  auto cores = grid_to_cores(6, 4, 2, true);
  auto k = CreateKernel(program, "k.cpp", CoreRange({0, 0}, {3, 1}), DataMovementConfig{});
  for (uint32_t i = 0; i < cores.size(); ++i) SetRuntimeArgs(program, k, cores[i], {i});
  SetRuntimeArgs(program, k, CoreCoord{3, 1}, {});
  return 0;
}
)");
  const HostModel& m = r.model;
  auto fifth = m.runtimeArgsFor(m.kernels[0], {0, 1});  // row-wise: (0,0) (1,0) (2,0) (3,0) (0,1)
  ASSERT_TRUE(fifth);
  EXPECT_EQ(values(*fifth), (std::vector<int64_t>{4}));
  auto none = m.runtimeArgsFor(m.kernels[0], {3, 1});
  ASSERT_TRUE(none && none->lengthKnown);
  EXPECT_TRUE(none->values.empty());
  bool absent = false;
  ASSERT_TRUE(m.runtimeArgsFor(m.kernels[0], {2, 1}, &absent));
  EXPECT_TRUE(absent);
}
}  // namespace
}  // namespace tt_astgen::model
