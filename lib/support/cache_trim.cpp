// See cache_trim.h.
#include "cache_trim.h"

#include <sys/stat.h>
#include <sys/time.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <vector>

namespace tt_astgen::cache {
namespace fs = std::filesystem;

std::uint64_t limitBytes(std::uint64_t defaultMegabytes) {
  std::uint64_t megabytes = defaultMegabytes;
  if (const char* v = std::getenv("TT_ASTGEN_CACHE_MAX_MB"); v && *v) {
    char* end = nullptr;
    const unsigned long long parsed = std::strtoull(v, &end, 10);
    if (end && *end == '\0') megabytes = parsed;
  }
  return megabytes * 1024 * 1024;
}

void touchCacheEntry(const std::string& path) { ::utimes(path.c_str(), nullptr); }

std::size_t trimCacheDir(const std::string& dir, const std::string& suffix, std::uint64_t maxBytes,
                         unsigned minAgeSeconds) {
  if (maxBytes == 0) return 0;
  struct Entry {
    std::string path;
    std::uint64_t bytes;
    std::time_t modified;
  };
  std::vector<Entry> entries;
  std::uint64_t total = 0;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string path = it->path().string();
    if (path.size() < suffix.size() || path.compare(path.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    entries.push_back({path, std::uint64_t(st.st_size), st.st_mtime});
    total += std::uint64_t(st.st_size);
  }
  if (total <= maxBytes) return 0;
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.modified < b.modified; });
  const std::time_t now = std::time(nullptr);
  const std::uint64_t target = maxBytes / 4 * 3;
  std::size_t removed = 0;
  for (const Entry& e : entries) {
    if (total <= target) break;
    if (now - e.modified < std::time_t(minAgeSeconds)) break;  // sorted: the rest are newer
    if (fs::remove(e.path, ec)) {
      total -= e.bytes;
      ++removed;
    }
  }
  return removed;
}

}  // namespace tt_astgen::cache
