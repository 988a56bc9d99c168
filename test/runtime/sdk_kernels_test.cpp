// SDK-style kernels on the CPU dry-run runtime, the way the programming examples write them:
// a data-movement kernel that does not include dataflow_api.h (the firmware includes it), common
// runtime args (SetCommonRuntimeArgs / get_common_arg_val), constexpr get_tile_size on a UInt32 CB
// (4096-byte tiles: the JIT must bake the program's CB table), integer adds through raw L1 pointers
// on the RISC-V (add_2_integers_in_riscv), a runtime arg read through get_arg_addr, and a
// two-core semaphore handshake with a NOC write into the peer's CB (NoC_tile_transfer).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "tt_astgen/run.h"

namespace fs = std::filesystem;
using namespace tt_astgen;

namespace {

struct EnvSdk {
  EnvSdk() { ::setenv("TT_ASTGEN_CACHE", (std::string(TT_ASTGEN_TEST_CACHE) + "/kernels").c_str(), 1); }
};
const EnvSdk envSdk;

const char* kHost = R"cpp(
#include <cstdint>
#include <cstdio>
#include <memory>
#include <vector>
#include <tt-metalium/distributed.hpp>
#include <tt-metalium/host_api.hpp>
#include <tt-metalium/tensor_accessor_args.hpp>

using namespace tt::tt_metal;

int main() {
  constexpr uint32_t n_tiles = 6, words = 1024, tile_bytes = words * 4;
  auto mesh_device = distributed::MeshDevice::create_unit_mesh(0);
  distributed::MeshCommandQueue& cq = mesh_device->mesh_command_queue();
  distributed::DeviceLocalBufferConfig local{.page_size = tile_bytes, .buffer_type = BufferType::DRAM};
  distributed::ReplicatedBufferConfig replicated{.size = n_tiles * tile_bytes};
  auto a = distributed::MeshBuffer::create(replicated, local, mesh_device.get());
  auto b = distributed::MeshBuffer::create(replicated, local, mesh_device.get());
  auto c = distributed::MeshBuffer::create(replicated, local, mesh_device.get());
  std::vector<uint32_t> a_data(n_tiles * words), b_data(n_tiles * words);
  for (uint32_t i = 0; i < n_tiles * words; ++i) {
    a_data[i] = i * 7u + 1u;
    b_data[i] = 3u * i + 100000u;
  }

  Program program = CreateProgram();
  const CoreCoord sender{0, 0}, receiver{1, 0};
  const CoreRange both(sender, receiver);
  for (uint32_t cb : {uint32_t(tt::CBIndex::c_0), uint32_t(tt::CBIndex::c_1), uint32_t(tt::CBIndex::c_2)}) {
    CircularBufferConfig cfg = CircularBufferConfig(tile_bytes, {{cb, tt::DataFormat::UInt32}}).set_page_size(cb, tile_bytes);
    CreateCircularBuffer(program, both, cfg);
  }
  const uint32_t sem = CreateSemaphore(program, both, 0);
  const CoreCoord sender_noc = mesh_device->worker_core_from_logical_core(sender);
  const CoreCoord receiver_noc = mesh_device->worker_core_from_logical_core(receiver);

  KernelHandle adder = CreateKernel(program, "add_in_riscv.cpp", sender,
                                    DataMovementConfig{.processor = DataMovementProcessor::RISCV_1,
                                                       .noc = NOC::RISCV_1_default});
  KernelHandle rx = CreateKernel(program, "receiver.cpp", receiver,
                                 DataMovementConfig{.processor = DataMovementProcessor::RISCV_1,
                                                    .noc = NOC::RISCV_1_default});
  std::vector<uint32_t> writer_args;
  TensorAccessorArgs(*c).append_to(writer_args);
  KernelHandle writer = CreateKernel(program, "writer.cpp", receiver,
                                     DataMovementConfig{.processor = DataMovementProcessor::RISCV_0,
                                                        .noc = NOC::RISCV_0_default, .compile_args = writer_args});
  SetCommonRuntimeArgs(program, adder, {n_tiles});
  SetRuntimeArgs(program, adder, sender,
                 {static_cast<uint32_t>(a->address()), static_cast<uint32_t>(b->address()),
                  static_cast<uint32_t>(receiver_noc.x), static_cast<uint32_t>(receiver_noc.y), sem});
  SetCommonRuntimeArgs(program, rx, {n_tiles});
  SetRuntimeArgs(program, rx, receiver,
                 {static_cast<uint32_t>(sender_noc.x), static_cast<uint32_t>(sender_noc.y), sem});
  SetRuntimeArgs(program, writer, receiver, {static_cast<uint32_t>(c->address()), n_tiles});

  distributed::EnqueueWriteMeshBuffer(cq, a, a_data, false);
  distributed::EnqueueWriteMeshBuffer(cq, b, b_data, false);
  distributed::MeshWorkload workload;
  workload.add_program(distributed::MeshCoordinateRange(mesh_device->shape()), std::move(program));
  distributed::EnqueueMeshWorkload(cq, workload, false);
  std::vector<uint32_t> c_data;
  distributed::EnqueueReadMeshBuffer(cq, c_data, c, true);

  uint32_t bad = 0;
  for (uint32_t i = 0; i < n_tiles * words; ++i)
    if (c_data[i] != a_data[i] + b_data[i]) ++bad;
  std::printf("%s: %u of %u sums wrong\n", bad == 0 ? "PASSED" : "FAILED", bad, n_tiles * words);
  mesh_device->close();
  return bad == 0 ? 0 : 1;
}
)cpp";

// Sender: no #include "dataflow_api.h", as in the SDK examples' read_tiles.cpp.
const char* kAdder = R"cpp(
#include <cstdint>

void kernel_main() {
  const uint32_t a_addr = *reinterpret_cast<volatile tt_l1_ptr uint32_t*>(get_arg_addr(0));
  const uint32_t b_addr = get_arg_val<uint32_t>(1);
  const uint32_t peer_x = get_arg_val<uint32_t>(2);
  const uint32_t peer_y = get_arg_val<uint32_t>(3);
  const uint32_t sem_addr = get_semaphore(get_arg_val<uint32_t>(4));
  const uint32_t n_tiles = get_common_arg_val<uint32_t>(0);

  constexpr uint32_t cb_a = tt::CBIndex::c_0;
  constexpr uint32_t cb_b = tt::CBIndex::c_1;
  constexpr uint32_t cb_peer = tt::CBIndex::c_2;
  constexpr uint32_t tile_bytes = get_tile_size(cb_a);
  static_assert(tile_bytes > 0, "c_0 exists");
  const InterleavedAddrGenFast<true> a = {.bank_base_address = a_addr, .page_size = get_tile_size(cb_a),
                                         .data_format = get_dataformat(cb_a)};
  const InterleavedAddrGenFast<true> b = {.bank_base_address = b_addr, .page_size = tile_bytes,
                                         .data_format = get_dataformat(cb_b)};
  volatile tt_l1_ptr uint32_t* sem = reinterpret_cast<volatile tt_l1_ptr uint32_t*>(sem_addr);
  const uint64_t peer_sem = get_noc_addr(peer_x, peer_y, sem_addr);

  for (uint32_t t = 0; t < n_tiles; ++t) {
    const uint32_t l1_a = get_write_ptr(cb_a);
    const uint32_t l1_b = get_write_ptr(cb_b);
    noc_async_read_tile(t, a, l1_a);
    noc_async_read_tile(t, b, l1_b);
    noc_async_read_barrier();
    uint32_t* x = (uint32_t*)l1_a;
    uint32_t* y = (uint32_t*)l1_b;
    for (uint32_t i = 0; i < tile_bytes / 4; ++i) x[i] = x[i] + y[i];
    DPRINT << "tile " << t << ": " << U32(x[0]) << ENDL();

    noc_semaphore_wait(sem, 1);  // the receiver reserved its CB page
    noc_semaphore_set(sem, 0);
    noc_async_write(l1_a, get_noc_addr(peer_x, peer_y, get_write_ptr(cb_peer)), tile_bytes);
    noc_async_write_barrier();
    noc_semaphore_inc(peer_sem, 1);
    noc_async_atomic_barrier();
  }
}
)cpp";

const char* kReceiver = R"cpp(
#include <cstdint>
#include "dataflow_api.h"

void kernel_main() {
  const uint32_t peer_x = get_arg_val<uint32_t>(0);
  const uint32_t peer_y = get_arg_val<uint32_t>(1);
  const uint32_t sem_addr = get_semaphore<ProgrammableCoreType::TENSIX>(get_arg_val<uint32_t>(2));
  const uint32_t n_tiles = get_common_arg_val<uint32_t>(0);
  constexpr uint32_t cb_in = tt::CBIndex::c_2;
  volatile tt_l1_ptr uint32_t* sem = reinterpret_cast<volatile tt_l1_ptr uint32_t*>(sem_addr);
  for (uint32_t t = 0; t < n_tiles; ++t) {
    cb_reserve_back(cb_in, 1);
    noc_semaphore_inc(get_noc_addr(peer_x, peer_y, sem_addr), 1);
    noc_async_atomic_barrier();
    noc_semaphore_wait(sem, 1);  // the sender's data landed
    noc_semaphore_set(sem, 0);
    cb_push_back(cb_in, 1);
  }
}
)cpp";

const char* kWriter = R"cpp(
#include <cstdint>
#include "dataflow_api.h"

void kernel_main() {
  const uint32_t c_addr = get_arg_val<uint32_t>(0);
  const uint32_t n_tiles = get_arg_val<uint32_t>(1);
  constexpr uint32_t cb_out = tt::CBIndex::c_2;
  constexpr auto c_args = TensorAccessorArgs<0>();
  const auto c = TensorAccessor(c_args, c_addr, get_tile_size(cb_out));
  for (uint32_t t = 0; t < n_tiles; ++t) {
    cb_wait_front(cb_out, 1);
    noc_async_write_page(t, c, get_read_ptr(cb_out));
    noc_async_writes_flushed();
    cb_pop_front(cb_out, 1);
  }
  noc_async_write_barrier();
}
)cpp";

std::string describe(const RunResult& r) {
  return std::string("phase=") + toString(r.phase) + " exit=" + std::to_string(r.exitCode) + " verdict=" + r.verdict +
         "\n--- stdout\n" + r.stdoutText + "--- stderr\n" + r.stderrText.substr(0, 4000);
}

std::string writeProgram(const std::string& name, const std::string& adder) {
  fs::path d = fs::path(TT_ASTGEN_TEST_WORK) / name;
  std::error_code ec;
  fs::remove_all(d, ec);
  fs::create_directories(d, ec);
  std::ofstream(d / "main.cpp") << kHost;
  std::ofstream(d / "add_in_riscv.cpp") << adder;
  std::ofstream(d / "receiver.cpp") << kReceiver;
  std::ofstream(d / "writer.cpp") << kWriter;
  return d.string();
}

}  // namespace

TEST(SdkKernels, RiscvAddCommonArgsAndSemaphoreHandshakePass) {
  RunResult r = runProgramDir(writeProgram("sdk_riscv_add", kAdder));
  EXPECT_TRUE(r.passed()) << describe(r);
  EXPECT_EQ(r.verdict.rfind("PASSED", 0), 0u) << describe(r);
}

// The handshake with both cores' kernels on one worker thread of the dry-run scheduler (the
// receiver's semaphore wait is woken by the sender's NOC write on the same thread), and with more
// workers than cores (capped; each core on its own thread).
TEST(SdkKernels, SemaphoreHandshakePassesOnOneWorkerAndOnMany) {
  for (const char* workers : {"1", "5"}) {
    ::setenv("TT_ASTGEN_DRYRUN_WORKERS", workers, 1);
    RunResult r = runProgramDir(writeProgram(std::string("sdk_riscv_add_workers_") + workers, kAdder));
    ::unsetenv("TT_ASTGEN_DRYRUN_WORKERS");
    EXPECT_TRUE(r.passed()) << "workers " << workers << ": " << describe(r);
    EXPECT_EQ(r.verdict.rfind("PASSED", 0), 0u) << describe(r);
  }
}

// The same program with the sender adding one word too few: verification must see it.
TEST(SdkKernels, WrongRiscvArithmeticIsCaught) {
  std::string adder = kAdder;
  const std::string from = "i < tile_bytes / 4;";
  ASSERT_NE(adder.find(from), std::string::npos);
  adder.replace(adder.find(from), from.size(), "i + 1 < tile_bytes / 4;");
  RunResult r = runProgramDir(writeProgram("sdk_riscv_add_wrong", adder));
  EXPECT_EQ(r.phase, RunPhase::Done) << describe(r);
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_NE(r.stdoutText.find("FAILED: 6 of 6144 sums wrong"), std::string::npos) << describe(r);
}

// A semaphore wait that never holds (the sender waits for 2, the receiver gives 1): both kernels
// poll, which the scheduler cannot prove stuck (a semaphore may be written through a pointer), so
// the watchdog reports it after its bound.
TEST(SdkKernels, SemaphoreWaitThatNeverHoldsIsReportedByTheWatchdog) {
  std::string adder = kAdder;
  const std::string from = "noc_semaphore_wait(sem, 1);  // the receiver reserved its CB page";
  ASSERT_NE(adder.find(from), std::string::npos);
  adder.replace(adder.find(from), from.size(), "noc_semaphore_wait(sem, 2);");
  RunOptions o;
  o.watchdogMs = 500;
  o.timeoutSeconds = 60;
  RunResult r = runProgramDir(writeProgram("sdk_semaphore_never", adder), o);
  EXPECT_FALSE(r.timedOut) << describe(r);
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_NE(r.stderrText.find("deadlock: no kernel made progress (no CB or semaphore operation completed) for 500 ms"),
            std::string::npos)
      << describe(r);
  EXPECT_NE(r.stderrText.find("blocked in noc_semaphore_wait"), std::string::npos) << describe(r);
}
