// Sample: more host API shapes (CoreRangeSet constructors, SetRuntimeArgs overloads, Reader/Writer configs).
#include <tt-metalium/host_api.hpp>
#include <tt-metalium/distributed.hpp>
#include <tt-metalium/work_split.hpp>
#include <set>
using namespace tt::tt_metal;
void f(Program& program, KernelHandle k) {
  CoreRange r({0, 0}, {1, 1});
  CoreRangeSet a({r});
  CoreRangeSet b(std::set<CoreRange>{CoreRange({0, 0}, {3, 3}), CoreRange({4, 4}, {5, 5})});
  CoreRangeSet b2(tt::stl::Span<const CoreRange>({CoreRange({4, 6}, {6, 6}), CoreRange({1, 1}, {1, 1})}));
  std::vector<CoreRange> vr{r}; CoreRangeSet b3(vr); CoreRangeSet b4(std::move(vr)); (void)b2; (void)b3; (void)b4;
  CoreRangeSet c(std::set<CoreRange>{r});
  CoreRangeSet d = r;
  CoreRangeSet e = a.merge(b);
  CreateCircularBuffer(program, CoreRangeSet({r}), CircularBufferConfig(2048, {{0, tt::DataFormat::Float16_b}}).set_page_size(0, 2048));
  SetRuntimeArgs(program, k, r, {1u, 2u});
  SetRuntimeArgs(program, k, CoreCoord{1, 1}, std::vector<uint32_t>{1, 2, 3});
  const std::vector<uint32_t> cv{1};
  SetRuntimeArgs(program, k, b, cv);
  auto cores = corerange_to_cores(b);
  for (const auto& core : cores) SetRuntimeArgs(program, k, core, {core.x == 0 ? 1u : 0u});
  uint32_t n = 0; for (auto& rr : e.ranges()) for (auto& core : rr) n += core.x;
  (void)c; (void)d; (void)n;
  KernelHandle rk = CreateKernel(program, "r.cpp", b, ReaderDataMovementConfig{{1, 2}});
  KernelHandle wk = CreateKernel(program, "w.cpp", r, WriterDataMovementConfig({}, {{"FOO", "1"}}));
  KernelHandle ck = CreateKernel(program, "c.cpp", CoreCoord(0, 0), ComputeConfig{.math_fidelity = MathFidelity::LoFi, .defines = {{"A", "B"}}});
  (void)rk; (void)wk; (void)ck;
  tt::tt_metal::DataMovementConfig dm{.processor = DataMovementProcessor::RISCV_0, .noc = NOC::NOC_0, .noc_mode = NOC_MODE::DM_DEDICATED_NOC, .compile_args = {}, .defines = {}};
  (void)dm;
}
