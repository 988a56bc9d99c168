// tt-astgen dry-run runtime: the execution trace (see trace.h).
#include "trace.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>

#include "exec_internal.h"

namespace tt::tt_metal::dryrun {

namespace {
std::int64_t now_ns() {
  static const auto origin = std::chrono::steady_clock::now();
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - origin).count();
}

// Events of the programs written so far (the file is rewritten as a whole after each program).
struct TraceFile {
  std::mutex mu;
  std::string events;  // comma-separated JSON objects
};
TraceFile& trace_file() {
  static TraceFile f;
  return f;
}

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out + "\"";
}
std::string us(std::int64_t ns) {  // trace timestamps are microseconds
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", static_cast<double>(ns) / 1000.0);
  return buf;
}
std::string span_name(const TraceEvent& e) {
  if (e.kind != TraceEvent::Kind::Blocked) return "running";
  if (e.on_cb) return std::string(e.call) + "(c_" + std::to_string(e.a) + ", " + std::to_string(e.b) + ")";
  return std::string(e.call) + "(addr=" + std::to_string(e.a) + ", value=" + std::to_string(e.b) + ")";
}
std::string task_track_name(const KernelThread& t) {
  return "core (" + std::to_string(t.core->x) + "," + std::to_string(t.core->y) + ") " + t.name;
}
std::string counter_name(const KernelThread& t, std::int64_t cb) {
  return "core (" + std::to_string(t.core->x) + "," + std::to_string(t.core->y) + ") c_" + std::to_string(cb);
}
}  // namespace

const std::string& trace_path() {
  static const std::string path = [] {
    const char* v = std::getenv("TT_ASTGEN_DRYRUN_TRACE");
    return std::string(v ? v : "");
  }();
  return path;
}

void TaskTrace::running() { events.push_back({now_ns(), TraceEvent::Kind::Running, false, nullptr, 0, 0}); }
void TaskTrace::blocked(const char* call, bool on_cb, std::int64_t a, std::int64_t b) {
  events.push_back({now_ns(), TraceEvent::Kind::Blocked, on_cb, call, a, b});
}
void TaskTrace::counter(std::uint32_t cb, std::uint32_t pages) {
  events.push_back({now_ns(), TraceEvent::Kind::Counter, false, nullptr, cb, pages});
}
void TaskTrace::finished() { events.push_back({now_ns(), TraceEvent::Kind::Finished, false, nullptr, 0, 0}); }

ProgramTrace::ProgramTrace(std::uint64_t program_id, const std::vector<KernelThread*>& tasks)
    : program_id_(program_id), tasks_(tasks) {
  if (trace_path().empty()) return;
  now_ns();  // fixes the origin before the first event
  for (KernelThread* t : tasks_) {
    traces_.push_back(new TaskTrace);
    t->trace = traces_.back();
  }
}

ProgramTrace::~ProgramTrace() {
  for (std::size_t i = 0; i < traces_.size(); ++i) {
    tasks_[i]->trace = nullptr;
    delete traces_[i];
  }
}

bool ProgramTrace::write(bool open_until_now, std::string& error) {
  if (!on()) return true;
  const std::string pid = std::to_string(program_id_);
  const std::int64_t end_ns = now_ns();
  std::string out;
  auto add = [&](const std::string& ev) {
    if (!out.empty()) out += ",\n";
    out += ev;
  };
  add("{\"ph\":\"M\",\"pid\":" + pid + ",\"name\":\"process_name\",\"args\":{\"name\":" +
      json_string("program " + pid) + "}}");
  for (std::size_t i = 0; i < tasks_.size(); ++i) {
    const KernelThread& t = *tasks_[i];
    const std::string tid = std::to_string(t.index + 1);
    add("{\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":" + tid + ",\"name\":\"thread_name\",\"args\":{\"name\":" +
        json_string(task_track_name(t)) + "}}");
    add("{\"ph\":\"M\",\"pid\":" + pid + ",\"tid\":" + tid + ",\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":" +
        tid + "}}");
    // Spans: each Running / Blocked event lasts until the task's next one (or its end).
    const std::vector<TraceEvent>& ev = traces_[i]->events;
    const TraceEvent* open = nullptr;
    auto close = [&](std::int64_t until, bool deadlock) {
      if (!open) return;
      add("{\"ph\":\"X\",\"pid\":" + pid + ",\"tid\":" + tid + ",\"name\":" + json_string(span_name(*open)) +
          ",\"cat\":\"" + (open->kind == TraceEvent::Kind::Blocked ? "blocked" : "running") + "\",\"ts\":" +
          us(open->ns) + ",\"dur\":" + us(std::max<std::int64_t>(0, until - open->ns)) +
          (deadlock ? ",\"args\":{\"deadlock\":true}" : "") + "}");
      open = nullptr;
    };
    for (const TraceEvent& e : ev) {
      switch (e.kind) {
        case TraceEvent::Kind::Running:
        case TraceEvent::Kind::Blocked:
          close(e.ns, false);
          open = &e;
          break;
        case TraceEvent::Kind::Finished: close(e.ns, false); break;
        case TraceEvent::Kind::Counter:
          add("{\"ph\":\"C\",\"pid\":" + pid + ",\"name\":" + json_string(counter_name(t, e.a)) + ",\"ts\":" + us(e.ns) +
              ",\"args\":{\"pages\":" + std::to_string(e.b) + "}}");
          break;
      }
    }
    if (open_until_now) close(end_ns, true);
  }
  auto& file = trace_file();
  std::lock_guard<std::mutex> g(file.mu);
  if (!file.events.empty()) file.events += ",\n";
  file.events += out;
  const std::string& path = trace_path();
  const std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "w");
  if (!f) {
    error = "cannot write the trace " + tmp;
    return false;
  }
  const std::string text = "{\"traceEvents\":[\n" + file.events + "\n]}\n";
  const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  if (std::fclose(f) != 0 || !ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    error = "cannot write the trace " + path;
    return false;
  }
  return true;
}

std::vector<std::string> ProgramTrace::last_events(const KernelThread& task, std::size_t n) const {
  std::vector<std::string> lines;
  if (!on()) return lines;
  const std::vector<TraceEvent>& ev = traces_[task.index]->events;
  for (std::size_t i = ev.size() > n ? ev.size() - n : 0; i < ev.size(); ++i) {
    const TraceEvent& e = ev[i];
    char at[32];
    std::snprintf(at, sizeof at, "+%.3f ms ", static_cast<double>(e.ns) / 1e6);
    switch (e.kind) {
      case TraceEvent::Kind::Running: lines.push_back(at + std::string("running")); break;
      case TraceEvent::Kind::Blocked: lines.push_back(at + std::string("blocked in ") + span_name(e)); break;
      case TraceEvent::Kind::Counter:
        lines.push_back(at + std::string("c_") + std::to_string(e.a) + " holds " + std::to_string(e.b) + " pages");
        break;
      case TraceEvent::Kind::Finished: lines.push_back(at + std::string("finished")); break;
    }
  }
  return lines;
}

}  // namespace tt::tt_metal::dryrun
