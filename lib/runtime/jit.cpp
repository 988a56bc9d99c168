// tt-astgen dry-run runtime: the kernel "JIT" -- compiles a kernel with the host compiler into a
// shared object (cached by a content hash of source, flags and the kernel headers) and dlopens it.
#include <dlfcn.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <mutex>
#include <sstream>
#include <thread>

#include "../support/cache_trim.h"
#include "../support/process.h"
#include "state.h"

#ifndef TT_ASTGEN_KERNEL_INCLUDE_DIR
#define TT_ASTGEN_KERNEL_INCLUDE_DIR ""
#endif

namespace tt::tt_metal::dryrun {
namespace fs = std::filesystem;

namespace {
std::uint64_t fnv1a(std::uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}
std::string hex(std::uint64_t v) {
  char b[17];
  std::snprintf(b, sizeof b, "%016llx", static_cast<unsigned long long>(v));
  return b;
}
std::string read_file(const std::string& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  ok = static_cast<bool>(in);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The kernel include dirs, ':'-separated: the profile's kernel tree, then the shared one
// (kernel/metal-2026:kernel/common), of the embedded files or of a `tt-astgen headers` export.
std::vector<std::string> kernel_include_dirs() {
  std::vector<std::string> dirs;
  std::stringstream list(env_or("TT_ASTGEN_KERNEL_INCLUDE", TT_ASTGEN_KERNEL_INCLUDE_DIR));
  for (std::string dir; std::getline(list, dir, ':');)
    if (!dir.empty()) dirs.push_back(dir);
  return dirs;
}

// The dataflow API header of the kernel generation the include dirs hold, as the data-movement
// firmware (brisck.cc / ncrisck.cc) includes it before the kernel; "" if there is none.
std::string dataflow_api_header(const std::vector<std::string>& dirs) {
  for (const std::string& dir : dirs)
    for (const char* header : {"api/dataflow/dataflow_api.h", "dataflow_api.h"})
      if (fs::exists(dir + "/" + header)) return header;
  return {};
}

// The content hash an export of the mock headers (exportMockHeaders) records in its root
// (`.tt-astgen-content`), combined with `dir`'s place under that root; nullopt when `dir` is not
// inside such an export. The export never changes once published, so its recorded hash stands for
// the content of every file under it.
std::optional<std::uint64_t> exported_headers_fingerprint(const std::string& dir) {
  fs::path p = fs::path(dir).lexically_normal();
  fs::path relative;
  for (int depth = 0; depth < 4 && p.has_relative_path(); ++depth) {
    bool ok = false;
    std::string recorded = read_file((p / ".tt-astgen-content").string(), ok);
    if (ok && !recorded.empty()) return fnv1a(fnv1a(1469598103934665603ull, recorded), relative.generic_string());
    relative = p.filename() / relative;
    p = p.parent_path();
  }
  return std::nullopt;
}

// Fingerprint of the kernel headers (content), computed once per directory.
std::uint64_t headers_fingerprint(const std::string& dir) {
  static std::mutex mu;
  static std::map<std::string, std::uint64_t> memo;
  std::lock_guard<std::mutex> g(mu);
  if (auto it = memo.find(dir); it != memo.end()) return it->second;
  if (std::optional<std::uint64_t> exported = exported_headers_fingerprint(dir)) return memo[dir] = *exported;
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file()) files.push_back(it->path().string());
  std::sort(files.begin(), files.end());
  std::uint64_t h = 1469598103934665603ull;
  for (auto& f : files) {
    bool ok;
    h = fnv1a(fnv1a(h, f), read_file(f, ok));
  }
  memo[dir] = h;
  return h;
}

std::string runtime_library_path() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&load_kernel), &info) && info.dli_fname) return fs::absolute(info.dli_fname).string();
  return {};
}

std::string cache_dir() {
  std::string d = env_or("TT_ASTGEN_CACHE", "");
  if (d.empty()) {
    std::string home = env_or("HOME", "/tmp");
    d = home + "/.cache/tt-astgen/kernels";
  }
  return d;
}

std::string compiler() {
  std::string c = env_or("TT_ASTGEN_CXX", "");
  if (c.empty()) c = env_or("CXX", "");
  return c.empty() ? "c++" : c;
}

// What a kernel at `path` compiles to beyond its own text: the files its `#include "..."` lines
// name that sit beside it (a quoted include looks there first), with their contents, and then its
// location. Empty when it includes nothing from its folder: the same text anywhere (a run's fresh
// temporary folder) is then the same kernel, and its cache entry is shared.
std::string beside_kernel(const std::string& path, const std::string& source) {
  const fs::path dir = fs::path(path).parent_path();
  std::string found;
  std::istringstream lines(source);
  for (std::string line; std::getline(lines, line);) {
    size_t at = line.find_first_not_of(" \t");
    if (at == std::string::npos || line[at] != '#') continue;
    at = line.find_first_not_of(" \t", at + 1);
    if (at == std::string::npos || line.compare(at, 7, "include") != 0) continue;
    const size_t open = line.find('"', at + 7);
    const size_t close = open == std::string::npos ? open : line.find('"', open + 1);
    if (close == std::string::npos) continue;
    const fs::path beside = dir / line.substr(open + 1, close - open - 1);
    std::error_code ec;
    if (!fs::is_regular_file(beside, ec)) continue;
    bool ok;
    found += beside.string() + '\n' + read_file(beside.string(), ok) + '\x01';
  }
  return found.empty() ? found : path + '\x01' + found;
}

// TT_ASTGEN_NO_CACHE (set, not "0"): compile every kernel afresh, nothing read from or kept in
// the cache directory (`run --no-cache`).
bool cache_bypassed() {
  const std::string v = env_or("TT_ASTGEN_NO_CACHE", "");
  return !v.empty() && v != "0";
}

// TT_ASTGEN_DRYRUN_STATS: one line per kernel load (docs/dryrun.md, `run --stats` reads them).
void report_load(const KernelDef& k, const char* how, std::chrono::steady_clock::time_point start) {
  if (env_or("TT_ASTGEN_DRYRUN_STATS", "").empty()) return;
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  const std::string name = k.display_name.empty() ? std::string("kernel") : k.display_name;
  std::fprintf(stderr, "tt-astgen dry-run: stats: kernel %s: %s, %.3f ms\n", name.c_str(), how, ms);
}

std::mutex g_loaded_mu;
std::map<std::string, KernelEntry> g_loaded;
}  // namespace

KernelEntry load_kernel(const KernelDef& k, std::string& error) {
  const auto start = std::chrono::steady_clock::now();
  const std::vector<std::string> incs = kernel_include_dirs();
  const std::string dataflow_header = dataflow_api_header(incs);
  if (dataflow_header.empty()) {
    std::string tried;
    for (const std::string& dir : incs) tried += (tried.empty() ? "" : ":") + dir;
    error = "kernel headers not found (set TT_ASTGEN_KERNEL_INCLUDE to the mock headers' kernel include dirs; tried '" +
            tried + "')";
    return nullptr;
  }
  const std::string cdir = cache_dir();
  std::error_code ec;
  fs::create_directories(cdir, ec);
  if (ec) {
    error = "cannot create the kernel cache directory " + cdir + ": " + ec.message();
    return nullptr;
  }
  std::string source;
  std::string path = k.source_path;
  if (path.empty()) {  // CreateKernelFromString: the text goes through the cache like a file
    source = k.source_text;
    path = cdir + "/src-" + hex(fnv1a(1469598103934665603ull, source)) + ".cpp";
    if (!fs::exists(path)) {
      // Content-addressed: a concurrent writer of the same name writes the same bytes.
      const std::string tmp = path + "." + std::to_string(::getpid()) + "-" +
                              std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id())) + ".tmp";
      std::ofstream out(tmp, std::ios::binary);
      out << source;
      out.close();
      if (out) fs::rename(tmp, path, ec);
      if (!out || ec) {
        fs::remove(tmp, ec);
        error = "cannot write the kernel source " + path;
        return nullptr;
      }
    }
  } else {
    bool ok;
    source = read_file(path, ok);
    if (!ok) {
      error = "cannot read " + path;
      return nullptr;
    }
  }

  // -fstack-clash-protection: a frame larger than the fiber's stack probes page by page into the
  // guard page, which the scheduler reports as a stack overflow (it could skip over it otherwise).
  std::vector<std::string> flags = {"-std=c++20", "-O2", "-fPIC", "-shared", "-w", "-fstack-clash-protection",
                                    "-DTENSIX_FIRMWARE",
                                    model().arch == tt::ARCH::BLACKHOLE ? "-DARCH_BLACKHOLE" : "-DARCH_WORMHOLE",
                                    "-DNUM_DRAM_BANKS=" + std::to_string(kDramBanks)};
  for (const std::string& dir : incs) flags.push_back("-I" + dir);
  const std::map<std::string, std::string>* defines;
  const std::vector<std::uint32_t>* ct_args;
  if (k.is_compute()) {
    auto& c = std::get<ComputeConfig>(k.config);
    flags.insert(flags.end(), {"-DTT_ASTGEN_DRYRUN", "-DKERNEL_BUILD", "-DMATH_FIDELITY=" + std::to_string(static_cast<int>(c.math_fidelity)),
                               std::string("-DDST_ACCUM_MODE=") + (c.fp32_dest_acc_en ? "1" : "0"),
                               std::string("-DAPPROX=") + (c.math_approx_mode ? "1" : "0")});
    defines = &c.defines;
    ct_args = &c.compile_args;
  } else {
    auto& d = std::get<DataMovementConfig>(k.config);
    const bool brisc = d.processor == DataMovementProcessor::RISCV_0;
    flags.insert(flags.end(), {"-DKERNEL_BUILD", brisc ? "-DCOMPILE_FOR_BRISC" : "-DCOMPILE_FOR_NCRISC",
                               brisc ? "-DPROCESSOR_INDEX=0" : "-DPROCESSOR_INDEX=1",
                               "-DNOC_INDEX=" + std::to_string(static_cast<int>(d.noc)),
                               "-DNOC_MODE=" + std::to_string(static_cast<int>(d.noc_mode))});
    defines = &d.defines;
    ct_args = &d.compile_args;
  }
  if (!ct_args->empty()) {
    std::string v;
    for (auto a : *ct_args) v += (v.empty() ? "" : ",") + std::to_string(a);
    flags.push_back("-DKERNEL_COMPILE_TIME_ARGS=" + v);
  }
  for (auto& [name, value] : *defines) flags.push_back("-D" + name + (value.empty() ? "" : "=" + value));

  // An unmangled entry point via a wrapper that includes the kernel. Compute kernels are either
  // `namespace NAMESPACE { void MAIN }` (MAIN is compute_main() in the dry-run) or, in the 2026
  // form, a plain `void kernel_main()`, like data-movement kernels.
  const bool namespaced_main = k.is_compute() && source.find("void kernel_main(") == std::string::npos &&
                               source.find("MAIN") != std::string::npos;
  // The firmware of a data-movement core (brisck.cc / ncrisck.cc) includes the dataflow API before
  // the kernel, so kernels may use the API without including it.
  std::string wrapper = k.is_compute() ? "" : "#include \"" + dataflow_header + "\"\n";
  wrapper += "#include \"" + path + "\"\n";
  wrapper += namespaced_main ? "extern \"C\" void tt_astgen_kernel_entry() { NAMESPACE::compute_main(); }\n"
                             : "extern \"C\" void tt_astgen_kernel_entry() { kernel_main(); }\n";

  const std::string rt = runtime_library_path();
  const std::string cxx = compiler();
  std::uint64_t h = 1469598103934665603ull;
  // The wrapper names the kernel by its path; the key names it by its content, and by its path
  // only when files beside it take part (beside_kernel).
  std::string keyed_wrapper = wrapper;
  keyed_wrapper.replace(keyed_wrapper.find(path), path.size(), "<kernel>");
  h = fnv1a(h, source);
  h = fnv1a(h, keyed_wrapper);
  h = fnv1a(h, beside_kernel(path, source));
  h = fnv1a(h, cxx);
  for (auto& f : flags) h = fnv1a(fnv1a(h, f), "\x01");
  for (const std::string& dir : incs) h = fnv1a(h, hex(headers_fingerprint(dir)));
  const std::string key = hex(h);

  {
    std::lock_guard<std::mutex> g(g_loaded_mu);
    if (auto it = g_loaded.find(key); it != g_loaded.end()) {
      report_load(k, "loaded", start);
      return it->second;
    }
  }
  // A cache hit starts no compiler: the .so of this key is complete once it exists (published by
  // rename). Without the cache the kernel is built under a name of this process and removed once
  // loaded.
  const bool bypass = cache_bypassed();
  const std::string tag = key + "." + std::to_string(::getpid()) + "-" +
                          std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id()));
  const std::string so = bypass ? cdir + "/" + tag + ".uncached.so" : cdir + "/" + key + ".so";
  const bool hit = !bypass && fs::exists(so, ec);
  if (hit) tt_astgen::cache::touchCacheEntry(so);  // least recently used goes first (cache_trim.h)
  if (!hit) {
    const std::string wcpp = cdir + "/" + tag + ".cpp", tmp_so = cdir + "/" + tag + ".so.tmp";
    if (!(std::ofstream(wcpp) << wrapper)) {
      error = "cannot write " + wcpp;
      return nullptr;
    }
    std::vector<std::string> argv = {cxx};
    argv.insert(argv.end(), flags.begin(), flags.end());
    argv.insert(argv.end(), {wcpp, "-o", tmp_so});
    if (!rt.empty()) argv.insert(argv.end(), {rt, "-Wl,-rpath," + fs::path(rt).parent_path().string()});
    tt_astgen::process::SpawnOptions build;
    build.argv = argv;
    build.mergeStderr = true;
    const tt_astgen::process::SpawnResult compiled = tt_astgen::process::spawn(build);
    fs::remove(wcpp, ec);
    if (compiled.exitCode != 0) {
      fs::remove(tmp_so, ec);
      error = !compiled.started ? "kernel compilation failed: " + compiled.error
                                : "kernel compilation failed (exit " + std::to_string(compiled.exitCode) + "):\n  " +
                                      tt_astgen::process::commandLine(argv) + "\n" + compiled.out;
      return nullptr;
    }
    fs::rename(tmp_so, so, ec);  // atomic publish; a concurrent identical build is harmless
    if (!ec && !bypass) tt_astgen::cache::trimCacheDir(cdir, ".so", tt_astgen::cache::limitBytes(1024));
    if (ec) {
      fs::remove(tmp_so, ec);
      error = "cannot publish the kernel " + so + ": " + ec.message();
      return nullptr;
    }
  }
  void* handle = ::dlopen(so.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    error = std::string("dlopen failed: ") + ::dlerror();
    return nullptr;
  }
  if (bypass) fs::remove(so, ec);  // the mapping stays valid
  auto entry = reinterpret_cast<KernelEntry>(::dlsym(handle, "tt_astgen_kernel_entry"));
  if (!entry) {
    error = "no entry point tt_astgen_kernel_entry in " + so;
    return nullptr;
  }
  std::lock_guard<std::mutex> g(g_loaded_mu);
  g_loaded[key] = entry;
  report_load(k, hit ? "cache hit" : "compiled", start);
  return entry;
}

}  // namespace tt::tt_metal::dryrun
