// tt-astgen dry-run runtime: fibers (see fiber.h).
#include "fiber.h"

#include <sys/mman.h>
#include <pthread.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

#if !defined(__x86_64__)
#include <ucontext.h>
#endif

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TT_ASTGEN_FIBER_ASAN 1
#endif
#if __has_feature(thread_sanitizer)
#define TT_ASTGEN_FIBER_TSAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define TT_ASTGEN_FIBER_ASAN 1
#endif
#if defined(__SANITIZE_THREAD__)
#define TT_ASTGEN_FIBER_TSAN 1
#endif

#if defined(TT_ASTGEN_FIBER_ASAN)
#include <sanitizer/asan_interface.h>
#endif
#if defined(TT_ASTGEN_FIBER_TSAN)
#include <sanitizer/tsan_interface.h>
#endif

#if defined(__x86_64__)
// tt_astgen_fiber_switch(void** save_sp, void* load_sp): pushes the callee-saved registers and the
// SSE/x87 control words on the current stack, stores the stack pointer in *save_sp, loads load_sp
// and pops the same frame from there. A new fiber's stack is prepared (Fiber::Fiber) to "return"
// into tt_astgen_fiber_start with the entry function in r12 and its argument in r13.
extern "C" void tt_astgen_fiber_switch(void** save_sp, void* load_sp);
extern "C" void tt_astgen_fiber_start();
asm(R"(
  .text
  .globl tt_astgen_fiber_switch
  .type tt_astgen_fiber_switch,@function
  .hidden tt_astgen_fiber_switch
tt_astgen_fiber_switch:
  .cfi_startproc
  pushq %rbp
  pushq %rbx
  pushq %r12
  pushq %r13
  pushq %r14
  pushq %r15
  subq $8, %rsp
  stmxcsr (%rsp)
  fnstcw 4(%rsp)
  movq %rsp, (%rdi)
  movq %rsi, %rsp
  ldmxcsr (%rsp)
  fldcw 4(%rsp)
  addq $8, %rsp
  popq %r15
  popq %r14
  popq %r13
  popq %r12
  popq %rbx
  popq %rbp
  ret
  .cfi_endproc
  .size tt_astgen_fiber_switch,.-tt_astgen_fiber_switch

  .globl tt_astgen_fiber_start
  .type tt_astgen_fiber_start,@function
  .hidden tt_astgen_fiber_start
tt_astgen_fiber_start:
  .cfi_startproc
  .cfi_undefined rip
  movq %r13, %rdi
  callq *%r12
  ud2
  .cfi_endproc
  .size tt_astgen_fiber_start,.-tt_astgen_fiber_start
)");
#endif

namespace tt::tt_metal::dryrun {

struct Fiber::Impl {
  void* map = nullptr;  // guard page + stack (null for a thread's own context)
  std::size_t map_bytes = 0;
  void* stack_lo = nullptr;  // usable stack [stack_lo, stack_lo + stack_bytes)
  std::size_t stack_bytes = 0;
#if defined(__x86_64__)
  void* sp = nullptr;
#else
  ucontext_t uc{};
#endif
  Entry entry = nullptr;
  void* arg = nullptr;
#if defined(TT_ASTGEN_FIBER_ASAN)
  void* fake_stack = nullptr;
#endif
#if defined(TT_ASTGEN_FIBER_TSAN)
  void* tsan_fiber = nullptr;
  bool tsan_owned = false;
#endif
};

namespace {
// The first code a fiber runs (on its own stack).
void fiber_main(Fiber::Impl* impl) {
#if defined(TT_ASTGEN_FIBER_ASAN)
  __sanitizer_finish_switch_fiber(nullptr, nullptr, nullptr);
#endif
  impl->entry(impl->arg);
  std::abort();  // entry never returns
}
#if !defined(__x86_64__)
void ucontext_start(unsigned hi, unsigned lo) {
  fiber_main(reinterpret_cast<Fiber::Impl*>(static_cast<std::uintptr_t>(hi) << 32 | lo));
}
#endif
}  // namespace

Fiber::Fiber() : impl_(new Impl) {
#if defined(TT_ASTGEN_FIBER_ASAN)
  // The thread's own stack bounds, announced when a fiber switches back to this context.
  pthread_attr_t attr;
  if (::pthread_getattr_np(::pthread_self(), &attr) == 0) {
    ::pthread_attr_getstack(&attr, &impl_->stack_lo, &impl_->stack_bytes);
    ::pthread_attr_destroy(&attr);
  }
#endif
#if defined(TT_ASTGEN_FIBER_TSAN)
  impl_->tsan_fiber = __tsan_get_current_fiber();
#endif
}

Fiber::Fiber(Entry entry, void* arg, std::size_t stack_bytes) : impl_(new Impl) {
  impl_->entry = entry;
  impl_->arg = arg;
  const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  stack_bytes = (stack_bytes + page - 1) / page * page;
  void* m = ::mmap(nullptr, stack_bytes + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (m == MAP_FAILED) return;
  ::mprotect(m, page, PROT_NONE);  // guard page: the stack grows down into it
  impl_->map = m;
  impl_->map_bytes = stack_bytes + page;
  impl_->stack_lo = static_cast<char*>(m) + page;
  impl_->stack_bytes = stack_bytes;
#if defined(__x86_64__)
  // Initial frame, popped by tt_astgen_fiber_switch: control words, r15, r14, r13 (arg),
  // r12 (entry), rbx, rbp, return address (tt_astgen_fiber_start). After the `ret` the stack
  // pointer is 16-byte aligned, as a `call` in tt_astgen_fiber_start expects.
  auto top = reinterpret_cast<std::uintptr_t>(impl_->stack_lo) + stack_bytes;
  top &= ~std::uintptr_t{15};
  auto* s = reinterpret_cast<std::uint64_t*>(top - 16);  // s[0]: after `ret`, rsp = top - 16
  *--s = reinterpret_cast<std::uint64_t>(&tt_astgen_fiber_start);
  *--s = 0;                                            // rbp
  *--s = 0;                                            // rbx
  *--s = reinterpret_cast<std::uint64_t>(&fiber_main);  // r12
  *--s = reinterpret_cast<std::uint64_t>(impl_);        // r13
  *--s = 0;                                            // r14
  *--s = 0;                                            // r15
  std::uint32_t mxcsr;
  std::uint16_t fpucw;
  asm volatile("stmxcsr %0" : "=m"(mxcsr));
  asm volatile("fnstcw %0" : "=m"(fpucw));
  *--s = static_cast<std::uint64_t>(fpucw) << 32 | mxcsr;
  impl_->sp = s;
#else
  ::getcontext(&impl_->uc);
  impl_->uc.uc_stack.ss_sp = impl_->stack_lo;
  impl_->uc.uc_stack.ss_size = stack_bytes;
  impl_->uc.uc_link = nullptr;
  const auto p = reinterpret_cast<std::uintptr_t>(impl_);
  ::makecontext(&impl_->uc, reinterpret_cast<void (*)()>(&ucontext_start), 2, static_cast<unsigned>(p >> 32),
                static_cast<unsigned>(p & 0xffffffffu));
#endif
#if defined(TT_ASTGEN_FIBER_TSAN)
  impl_->tsan_fiber = __tsan_create_fiber(0);
  impl_->tsan_owned = true;
#endif
}

Fiber::~Fiber() {
#if defined(TT_ASTGEN_FIBER_TSAN)
  if (impl_->tsan_owned) __tsan_destroy_fiber(impl_->tsan_fiber);
#endif
  if (impl_->map) ::munmap(impl_->map, impl_->map_bytes);
  delete impl_;
}

bool Fiber::ok() const { return impl_->map != nullptr || impl_->entry == nullptr; }

bool Fiber::overflowed(const void* fault, const void* sp) const {
  if (!impl_->map) return false;
  const auto lo = reinterpret_cast<std::uintptr_t>(impl_->stack_lo);
  const auto guard = reinterpret_cast<std::uintptr_t>(impl_->map);
  const auto f = reinterpret_cast<std::uintptr_t>(fault), s = reinterpret_cast<std::uintptr_t>(sp);
  if (f >= guard && f < lo) return true;
  return s != 0 && s < lo && lo - s < (std::uintptr_t{64} << 20);
}

std::size_t Fiber::stack_bytes() const { return impl_->stack_bytes; }


void Fiber::switch_to(Fiber& from, Fiber& to, bool from_finished) {
  (void)from_finished;
#if defined(TT_ASTGEN_FIBER_ASAN)
  const void* bottom = to.impl_->stack_lo;
  std::size_t size = to.impl_->stack_bytes;
  __sanitizer_start_switch_fiber(from_finished ? nullptr : &from.impl_->fake_stack, bottom, size);
#endif
#if defined(TT_ASTGEN_FIBER_TSAN)
  __tsan_switch_to_fiber(to.impl_->tsan_fiber, 0);
#endif
#if defined(__x86_64__)
  tt_astgen_fiber_switch(&from.impl_->sp, to.impl_->sp);
#else
  ::swapcontext(&from.impl_->uc, &to.impl_->uc);
#endif
#if defined(TT_ASTGEN_FIBER_ASAN)
  __sanitizer_finish_switch_fiber(from.impl_->fake_stack, nullptr, nullptr);
#endif
}

}  // namespace tt::tt_metal::dryrun
