// The kernel side of cb-balance (lib/check/cb_summary.h): a kernel's CB traffic as expressions
// of its arguments, evaluated with argument values; constructs it cannot model are unknown.
#include <gtest/gtest.h>

#include <filesystem>

#include "../test_support.h"
#include "ast/parse.h"
#include "check/cb_summary.h"

namespace tt_astgen::testing {
namespace {

using cbsum::KernelSummary;

KernelSummary summarize(const std::string& code, FileRole role = FileRole::DataMovement,
                        std::vector<uint32_t> ct = std::vector<uint32_t>(64, 1)) {
  CompileFlavor flavor;
  flavor.role = role;
  flavor.stage = TriscStage::Unpack;
  flavor.compileTimeArgs = ct;
  // A kernel on the api/ headers is written for metal-2026 (compiled against that kernel tree).
  if (code.find("#include \"api/") != std::string::npos) flavor.profile = Profile::Metal2026;
  DiagnosticCollector diags;
  auto unit = parseInMemory(code, role == FileRole::Compute ? "compute.cpp" : "kernel.cpp", flavor, diags);
  EXPECT_TRUE(unit);
  if (!unit) return {};
  for (const auto& d : diags.diagnostics()) EXPECT_NE(d.severity, Severity::Error) << d.format();
  return cbsum::summarizeKernel(cbsum::findKernelEntry(unit->getASTContext()), unit->getASTContext());
}

const cbsum::CbTraffic* traffic(const KernelSummary& s, int64_t cb) {
  for (const auto& t : s.cbs) {
    int64_t id;
    if (cbsum::isConst(t.cb, &id) && id == cb) return &t;
  }
  return nullptr;
}

std::optional<int64_t> eval(const cbsum::SymRef& e, std::vector<int64_t> args, std::vector<int64_t> ct = {}) {
  cbsum::SymEnv env;
  env.args.emplace();
  for (int64_t a : args) env.args->push_back(a);
  env.ctArgs.emplace();
  for (int64_t a : ct) env.ctArgs->push_back(a);
  env.commonArgs.emplace();
  return cbsum::evaluate(e, env);
}

constexpr const char* kDm = "#include <cstdint>\n#include \"dataflow_api.h\"\n";

TEST(CbSummary, MatmulMultiCoreReaderPushesTilesTimesKt) {
  KernelSummary s = summarize(readFile(fixture("expected/matmul_multi_core/reader.cpp")));
  ASSERT_TRUE(s.found);
  EXPECT_FALSE(s.allUnknown);
  ASSERT_EQ(s.cbs.size(), 2u);
  const auto* in0 = traffic(s, 0);
  ASSERT_TRUE(in0);
  EXPECT_TRUE(in0->pushes && in0->reserves && !in0->pops && !in0->waits);
  EXPECT_EQ(cbsum::toString(in0->pushed), "(trip(0 < rt[6], step 1) * trip(0 < rt[3], step 1))");
  // a_addr, b_addr, Mt, Kt, Nt, start_tile, num_tiles
  EXPECT_EQ(eval(in0->pushed, {0, 0, 12, 8, 12, 9, 3}), 24);
  EXPECT_EQ(eval(in0->reserveNeed, {0, 0, 12, 8, 12, 9, 3}), 24);
  EXPECT_EQ(eval(in0->maxReserve, {0, 0, 12, 8, 12, 9, 3}), 1);
  EXPECT_EQ(eval(in0->pushed, {0, 0, 12, 8, 12, 9, 0}), 0);
  EXPECT_EQ(eval(traffic(s, 1)->pushed, {0, 0, 12, 5, 12, 9, 2}), 10);
  EXPECT_EQ(in0->firstPush.line, 37u);
  // Without the runtime args the amount is unknown, never a guess.
  cbsum::SymEnv none;
  EXPECT_FALSE(cbsum::evaluate(in0->pushed, none));
}

TEST(CbSummary, MatmulMultiCoreWriterLoopFromStartTile) {
  KernelSummary s = summarize(readFile(fixture("expected/matmul_multi_core/writer.cpp")));
  const auto* out = traffic(s, 16);
  ASSERT_TRUE(out);
  EXPECT_TRUE(out->pops && out->waits && !out->pushes);
  // for (tile = start_tile; tile < start_tile + num_tiles; ++tile): num_tiles trips.
  EXPECT_EQ(eval(out->popped, {0, 3, 40}), 3);
  EXPECT_EQ(eval(out->waitNeed, {0, 3, 40}), 3);
  EXPECT_EQ(eval(out->popped, {0, 0, 40}), 0);
}

TEST(CbSummary, MatmulComputeEachPass) {
  std::string code = readFile(fixture("expected/matmul_multi_core/compute.cpp"));
  KernelSummary s = summarize(code, FileRole::Compute);
  ASSERT_TRUE(s.found);
  EXPECT_EQ(s.entry, "unpack_main");
  EXPECT_EQ(eval(traffic(s, 0)->popped, {3, 8}), 24);
  EXPECT_EQ(eval(traffic(s, 1)->waitNeed, {3, 8}), 24);
  EXPECT_EQ(eval(traffic(s, 16)->pushed, {3, 8}), 3);
}

TEST(CbSummary, EveryEmittedKernelIsFullyModelled) {
  for (const char* plan : {"eltwise_add", "unary_relu", "matmul_single_core", "matmul_grid_4x2", "eltwise_mul_explicit_cbs"}) {
    for (const char* file : {"reader.cpp", "writer.cpp", "compute.cpp"}) {
      SCOPED_TRACE(std::string(plan) + "/" + file);
      KernelSummary s = summarize(readFile(fixture(std::string("expected/") + plan + "/" + file)),
                                  std::string(file) == "compute.cpp" ? FileRole::Compute : FileRole::DataMovement);
      ASSERT_TRUE(s.found);
      EXPECT_FALSE(s.allUnknown);
      EXPECT_TRUE(s.unknowns.empty()) << s.unknowns.front().second;
      for (const auto& t : s.cbs) {
        EXPECT_TRUE(cbsum::isConst(t.cb));
        EXPECT_TRUE(eval(t.pushed, std::vector<int64_t>(16, 4)).has_value()) << cbsum::toString(t.pushed);
        EXPECT_TRUE(eval(t.popped, std::vector<int64_t>(16, 4)).has_value()) << cbsum::toString(t.popped);
      }
    }
  }
}

TEST(CbSummary, ForeignKernelsAreFullyModelled) {
  // Hand-written kernels (fixtures/foreign, not the planted faults): every CB amount is an
  // expression of the kernel's arguments, nothing left unknown.
  namespace fs = std::filesystem;
  size_t kernels = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fixture("foreign"))) {
    const std::string path = entry.path().string();
    if (entry.path().extension() != ".cpp" || path.find("/faults/") != std::string::npos) continue;
    const std::string code = readFile(entry.path());
    if (code.find("int main(") != std::string::npos) continue;  // a host (it may name kernel_main in prose or a literal)
    // Compute: the classic `void MAIN`, or a metal-2026 `void kernel_main()` on the compute API.
    const bool compute = code.find("void MAIN") != std::string::npos || code.find("\"api/compute/") != std::string::npos;
    if (!compute && code.find("void kernel_main") == std::string::npos) continue;
    SCOPED_TRACE(path);
    KernelSummary s = summarize(code, compute ? FileRole::Compute : FileRole::DataMovement);
    ASSERT_TRUE(s.found);
    EXPECT_FALSE(s.allUnknown);
    for (const auto& [pos, why] : s.unknowns) ADD_FAILURE() << pos.line << ": " << why;
    ++kernels;
  }
  EXPECT_GE(kernels, 20u);
}

TEST(CbSummary, LoopShapes) {
  KernelSummary s = summarize(std::string(kDm) + R"(
void kernel_main() {
  uint32_t n = get_arg_val<uint32_t>(0);
  uint32_t block = get_arg_val<uint32_t>(1);
  // step 2: ceil(n / 2) trips of 3 pages
  for (uint32_t i = 0; i < n; i += 2) { cb_reserve_back(0, 3); cb_push_back(0, 3); }
  // decreasing, inclusive: n + 1 trips
  for (int j = n; j >= 0; --j) { cb_reserve_back(1, 1); cb_push_back(1, 1); }
  // triangular: 0 + 1 + ... + (n - 1)
  for (uint32_t a = 0; a < n; ++a)
    for (uint32_t b = 0; b < a; ++b) { cb_reserve_back(2, 1); cb_push_back(2, 1); }
  // a local derived from args, and the loop variable as the page count
  uint32_t blocks = n / block;
  for (uint32_t k = 1; k <= blocks; ++k) { cb_reserve_back(3, k); cb_push_back(3, k); }
  // branch on an arg
  if (n > 4) { cb_reserve_back(4, 2); cb_push_back(4, 2); } else { cb_reserve_back(4, 1); cb_push_back(4, 1); }
  // std::min of args
  uint32_t chunk = std::min(n, block);
  cb_reserve_back(5, chunk);
  cb_push_back(5, chunk);
}
)");
  ASSERT_TRUE(s.found);
  EXPECT_FALSE(s.allUnknown) << (s.unknowns.empty() ? "" : s.unknowns.front().second);
  EXPECT_EQ(eval(traffic(s, 0)->pushed, {7, 2}), 12);
  EXPECT_EQ(eval(traffic(s, 0)->pushed, {0, 2}), 0);
  EXPECT_EQ(eval(traffic(s, 1)->pushed, {7, 2}), 8);
  EXPECT_EQ(eval(traffic(s, 2)->pushed, {7, 2}), 21);
  EXPECT_EQ(eval(traffic(s, 3)->pushed, {9, 3}), 6);        // 1 + 2 + 3
  EXPECT_EQ(eval(traffic(s, 3)->maxReserve, {9, 3}), 3);
  EXPECT_EQ(eval(traffic(s, 3)->reserveNeed, {9, 3}), 6);
  EXPECT_TRUE(traffic(s, 3)->runtimeReserve);   // reserves k pages: a loop variable
  EXPECT_FALSE(traffic(s, 0)->runtimeReserve);  // reserves 3: cb-capacity's
  EXPECT_TRUE(traffic(s, 5)->runtimeReserve);   // std::min of runtime args
  EXPECT_FALSE(eval(traffic(s, 3)->pushed, {9, 0}));       // n / 0: unknown
  EXPECT_EQ(eval(traffic(s, 4)->pushed, {7, 2}), 2);
  EXPECT_EQ(eval(traffic(s, 4)->pushed, {3, 2}), 1);
  EXPECT_EQ(eval(traffic(s, 5)->pushed, {7, 2}), 2);
}

TEST(CbSummary, WaitBeyondPopRaisesTheNeed) {
  KernelSummary s = summarize(std::string(kDm) + R"(
void kernel_main() {
  uint32_t n = get_arg_val<uint32_t>(0);
  for (uint32_t i = 0; i < n; ++i) { cb_wait_front(0, 2); cb_pop_front(0, 1); }
  cb_wait_front(1, 1);  // a constant tile waited for and never popped
}
)");
  EXPECT_EQ(eval(traffic(s, 0)->popped, {5}), 5);
  EXPECT_EQ(eval(traffic(s, 0)->waitNeed, {5}), 6);  // the last wait needs a 6th page
  EXPECT_EQ(eval(traffic(s, 1)->popped, {5}), 0);
  EXPECT_EQ(eval(traffic(s, 1)->waitNeed, {5}), 1);
}

TEST(CbSummary, CompileTimeAndCommonArgs) {
  KernelSummary s = summarize(std::string(kDm) + R"(
void kernel_main() {
  constexpr uint32_t cb = get_compile_time_arg_val(0);
  constexpr uint32_t per = get_compile_time_arg_val(1);
  uint32_t n = get_common_arg_val<uint32_t>(1);
  for (uint32_t i = 0; i < n; ++i) { cb_reserve_back(cb, per); cb_push_back(cb, per); }
}
)");
  ASSERT_EQ(s.cbs.size(), 1u);
  // The CB id stays symbolic (the checker may have compiled with placeholder compile args).
  EXPECT_EQ(cbsum::toString(s.cbs[0].cb), "ct[0]");
  cbsum::SymEnv env;
  env.ctArgs = std::vector<std::optional<int64_t>>{5, 4};
  env.commonArgs = std::vector<std::optional<int64_t>>{0, 6};
  EXPECT_EQ(cbsum::evaluate(s.cbs[0].cb, env), 5);
  EXPECT_EQ(cbsum::evaluate(s.cbs[0].pushed, env), 24);
}

TEST(CbSummary, HelpersAreFollowed) {
  KernelSummary s = summarize(std::string(kDm) + R"(
static void push_tiles(uint32_t cb, uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) { cb_reserve_back(cb, 1); cb_push_back(cb, 1); }
}
void kernel_main() {
  uint32_t n = get_arg_val<uint32_t>(0);
  push_tiles(0, n);
  push_tiles(0, 2 * n);
  auto one = [&](uint32_t c) { cb_reserve_back(c, 1); cb_push_back(c, 1); };
  one(1);
  one(1);
}
)");
  EXPECT_FALSE(s.allUnknown);
  EXPECT_EQ(eval(traffic(s, 0)->pushed, {4}), 12);
  EXPECT_EQ(eval(traffic(s, 1)->pushed, {4}), 2);
}

TEST(CbSummary, UnmodelledConstructsAreUnknown) {
  // A data-dependent while loop: unknown for the CB it touches, the other CB stays known.
  KernelSummary w = summarize(std::string(kDm) + R"(
void kernel_main() {
  uint32_t n = get_arg_val<uint32_t>(0);
  uint32_t left = n;
  while (left > 0) { cb_reserve_back(0, 1); cb_push_back(0, 1); left = left / 2; }
  cb_reserve_back(1, 1);
  cb_push_back(1, 1);
}
)");
  EXPECT_FALSE(w.allUnknown);
  EXPECT_FALSE(eval(traffic(w, 0)->pushed, {8}));
  EXPECT_EQ(eval(traffic(w, 1)->pushed, {8}), 1);
  ASSERT_FALSE(w.unknowns.empty());
  EXPECT_NE(w.unknowns.front().second.find("while"), std::string::npos);

  // break: the loop's trip count is not the bound.
  KernelSummary b = summarize(std::string(kDm) + R"(
void kernel_main() {
  uint32_t n = get_arg_val<uint32_t>(0);
  for (uint32_t i = 0; i < n; ++i) { if (i == 3) break; cb_reserve_back(0, 1); cb_push_back(0, 1); }
}
)");
  EXPECT_FALSE(eval(traffic(b, 0)->pushed, {8}));

  // The loop variable changed in the body.
  KernelSummary m = summarize(std::string(kDm) + R"(
void kernel_main() {
  uint32_t n = get_arg_val<uint32_t>(0);
  for (uint32_t i = 0; i < n; ++i) { cb_reserve_back(0, 1); cb_push_back(0, 1); i += get_arg_val<uint32_t>(1); }
}
)");
  EXPECT_FALSE(eval(traffic(m, 0)->pushed, {8, 1}));

  // Two variables in the init statement (counted); a loop without a condition (not counted).
  KernelSummary two = summarize(std::string(kDm) + R"(
void kernel_main() {
  uint32_t n = get_arg_val<uint32_t>(0);
  for (uint32_t i = 0, j = 0; i < n; ++i) { cb_reserve_back(0, 1); cb_push_back(0, 1); j += 2; }
  for (uint32_t k = 0;; ++k) { cb_reserve_back(1, 1); cb_push_back(1, 1); if (k == n) break; }
}
)");
  EXPECT_EQ(eval(traffic(two, 0)->pushed, {8}), 8);
  EXPECT_FALSE(eval(traffic(two, 1)->pushed, {8}));

  // An early return or a call into code without a body: every CB is unknown.
  KernelSummary r = summarize(std::string(kDm) + R"(
void kernel_main() {
  uint32_t n = get_arg_val<uint32_t>(0);
  if (n == 0) return;
  cb_reserve_back(0, 1);
  cb_push_back(0, 1);
}
)");
  EXPECT_TRUE(r.allUnknown);
  KernelSummary x = summarize(std::string(kDm) + R"(
void produce(uint32_t cb);
void kernel_main() {
  cb_reserve_back(0, 1);
  cb_push_back(0, 1);
  produce(0);
}
)");
  EXPECT_TRUE(x.allUnknown);
  // A CB id read from a runtime arg at run time is not a CB the summary can name per core...
  // it is: runtime args are known per core. An id computed by an unknown function is not.
  KernelSummary id = summarize(std::string(kDm) + R"(
void kernel_main() {
  uint32_t cb = get_arg_val<uint32_t>(0);
  cb_reserve_back(cb, 1);
  cb_push_back(cb, 1);
  cb_reserve_back(get_tile_size(cb) / 2048, 1);
}
)");
  EXPECT_TRUE(id.allUnknown);
}

TEST(CbSummary, VariablesChangedInTheBodyAreUnknownAfterIt) {
  KernelSummary s = summarize(std::string(kDm) + R"(
void kernel_main() {
  uint32_t n = get_arg_val<uint32_t>(0);
  uint32_t pages = 1;
  for (uint32_t i = 0; i < n; ++i) { pages = pages * 2; }
  cb_reserve_back(0, pages);
  cb_push_back(0, pages);
  uint32_t count = 0;
  count += n;
  count++;
  cb_reserve_back(1, count);
  cb_push_back(1, count);
}
)");
  EXPECT_FALSE(eval(traffic(s, 0)->pushed, {3}));
  EXPECT_EQ(eval(traffic(s, 1)->pushed, {3}), 4);
}

}  // namespace
}  // namespace tt_astgen::testing
