// tt-astgen dry-run runtime: the execution trace. With TT_ASTGEN_DRYRUN_TRACE=<path> set, every
// program run appends its events to <path> as Chrome trace events JSON ({"traceEvents":[...]},
// opens in Perfetto / chrome://tracing). Internal to lib/runtime (not installed).
//
//  - pid: the program id (process_name "program N"); tid: one per (core, kernel), thread_name
//    "core (x,y) reader.cpp [NCRISC]".
//  - "X" spans on those tracks: "running", or the blocking call ("cb_wait_front(c_0, 2)",
//    "noc_semaphore_wait(addr=32768, value=1)") while the kernel waits in it.
//  - "C" counters "core (x,y) c_N" with the CB's fill level in pages, after every push and pop.
//
// Each task records into its own TaskTrace (only its worker thread writes it); the program's
// events are merged and the file rewritten (write + rename) when the program ends, or when the
// watchdog reports a deadlock. Off, a task's `trace` pointer is null: one predictable branch.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tt::tt_metal::dryrun {

struct KernelThread;
struct CoreRuntime;

struct TraceEvent {
  enum class Kind : std::uint8_t { Running, Blocked, Counter, Finished };
  std::int64_t ns = 0;  // since the trace's origin
  Kind kind = Kind::Running;
  bool on_cb = false;           // Blocked: a CB call (a = cb, b = pages) or a poll (a = addr, b = value)
  const char* call = nullptr;   // Blocked
  std::int64_t a = 0, b = 0;    // Blocked: see on_cb; Counter: a = cb, b = pages
};

struct TaskTrace {
  std::vector<TraceEvent> events;
  void running();
  void blocked(const char* call, bool on_cb, std::int64_t a, std::int64_t b);
  void counter(std::uint32_t cb, std::uint32_t pages);
  void finished();
};

// The trace file of this process, or an empty string when tracing is off (read once).
const std::string& trace_path();

// Collects the tasks of one program run; records nothing unless tracing is on.
class ProgramTrace {
 public:
  // Gives every task a TaskTrace (when tracing is on).
  ProgramTrace(std::uint64_t program_id, const std::vector<KernelThread*>& tasks);
  ~ProgramTrace();
  bool on() const { return !traces_.empty(); }
  // Adds the program's events to the file and rewrites it. `open_until_now`: close the spans of
  // tasks that did not finish at the current time (a deadlock). Returns false when the file could
  // not be written (error says why).
  bool write(bool open_until_now, std::string& error);
  // The last `n` events of `task`, one line each ("+12.345 ms blocked in cb_wait_front(c_0, 2)").
  std::vector<std::string> last_events(const KernelThread& task, std::size_t n) const;

 private:
  std::uint64_t program_id_;
  std::vector<KernelThread*> tasks_;
  std::vector<TaskTrace*> traces_;  // owned; parallel to tasks_ (empty when off)
};

}  // namespace tt::tt_metal::dryrun
