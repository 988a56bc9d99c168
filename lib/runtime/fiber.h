// tt-astgen dry-run runtime: fibers -- user-space execution contexts with their own stacks, switched
// cooperatively on one OS thread (the scheduler runs every (core, kernel) of a program as one).
// Internal to lib/runtime (not installed).
//
// A Fiber owns an mmap'd stack with a PROT_NONE guard page below it (a kernel overflowing its
// stack faults instead of corrupting a neighbour). switch_to saves the callee-saved registers of
// the running context in `from` and continues `to` where it last switched away (or at its entry
// function, the first time). x86-64 uses a hand-written switch (a few nanoseconds); other
// platforms use ucontext. Under AddressSanitizer / ThreadSanitizer the switches are announced to
// the sanitizer runtime.
#pragma once

#include <cstddef>

namespace tt::tt_metal::dryrun {

class Fiber {
 public:
  using Entry = void (*)(void* arg);

  // The context of the calling OS thread (no stack of its own): what a scheduler switches from.
  Fiber();
  // A fiber that will run entry(arg) on a fresh stack of `stack_bytes` (rounded up to pages).
  // entry must never return (it switches away for the last time instead).
  Fiber(Entry entry, void* arg, std::size_t stack_bytes);
  ~Fiber();
  Fiber(const Fiber&) = delete;
  Fiber& operator=(const Fiber&) = delete;

  // Saves the running context into `from` and resumes `to`. Returns when something switches back
  // to `from`. `from_finished` says `from` will never be resumed (its last switch).
  static void switch_to(Fiber& from, Fiber& to, bool from_finished = false);

  // False when the stack could not be mapped (the constructor does not throw).
  bool ok() const;

  // Whether a fault at `fault` with the stack pointer at `sp` (either may be null) is this
  // fiber's stack overflowing: the fault in its guard page, or the stack pointer below its stack
  // (by less than 64 MiB: a frame too large for it). Async-signal-safe.
  bool overflowed(const void* fault, const void* sp) const;
  std::size_t stack_bytes() const;

  struct Impl;  // defined in fiber.cpp

 private:
  Impl* impl_;
};

}  // namespace tt::tt_metal::dryrun
