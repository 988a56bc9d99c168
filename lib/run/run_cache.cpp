// Keys, the cache root and atomic publication for the run pipeline's caches. See run_cache.h.
#include "run/run_cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace tt_astgen::runcache {
namespace fs = std::filesystem;

namespace {
std::string envOr(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::string(v) : fallback;
}

/// A name no other writer (process or thread) uses at the same time, beside `path`.
std::string temporaryBeside(const std::string& path) {
  static std::atomic<unsigned> counter{0};
  return path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter.fetch_add(1));
}
}  // namespace

Key& Key::add(std::string_view field) {
  auto mix = [this](unsigned char c) {
    a_ = (a_ ^ c) * 1099511628211ull;
    b_ = (b_ ^ (c ^ 0xa5u)) * 0x100000001b3ull;
    b_ ^= b_ >> 31;
  };
  for (unsigned char c : std::to_string(field.size())) mix(c);
  mix(':');
  for (unsigned char c : field) mix(c);
  return *this;
}

std::string Key::hex() const {
  char text[33];
  std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(a_),
                static_cast<unsigned long long>(b_));
  return text;
}

std::string cacheRoot(const std::string& kernelCacheDir) {
  const std::string kernels = kernelCacheDir.empty() ? envOr("TT_ASTGEN_CACHE", "") : kernelCacheDir;
  if (!kernels.empty()) return (fs::absolute(kernels).lexically_normal().parent_path() / "tt-astgen-aux").string();
  return envOr("HOME", "/tmp") + "/.cache/tt-astgen";
}

std::string fileStamp(const std::string& name) {
  std::vector<std::string> candidates;
  if (name.find('/') != std::string::npos) {
    candidates.push_back(name);
  } else {
    std::stringstream path(envOr("PATH", "/usr/bin:/bin"));
    for (std::string dir; std::getline(path, dir, ':');)
      if (!dir.empty()) candidates.push_back(dir + "/" + name);
  }
  for (const std::string& c : candidates) {
    struct stat st {};
    if (::stat(c.c_str(), &st) == 0 && S_ISREG(st.st_mode))
      return c + ":" + std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
             std::to_string(st.st_mtim.tv_nsec);
  }
  return "unresolved:" + name;
}


bool cacheEnabled(const RunOptions& options) {
  const std::string off = envOr("TT_ASTGEN_NO_CACHE", "");
  return options.useCache && (off.empty() || off == "0");
}

std::optional<std::string> readWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(text).str();
}

bool publish(const std::string& path, std::string_view bytes) {
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  const std::string tmp = temporaryBeside(path);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      fs::remove(tmp, ec);
      return false;
    }
  }
  fs::rename(tmp, path, ec);
  if (!ec) return true;
  fs::remove(tmp, ec);
  return false;
}

bool publishCopy(const std::string& from, const std::string& path) {
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  const std::string tmp = temporaryBeside(path);
  fs::copy_file(from, tmp, fs::copy_options::overwrite_existing, ec);
  if (!ec) fs::rename(tmp, path, ec);
  if (!ec) return true;
  fs::remove(tmp, ec);
  return false;
}

}  // namespace tt_astgen::runcache
