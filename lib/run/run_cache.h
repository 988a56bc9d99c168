// The run pipeline's content-addressed caches (docs/dryrun.md, "Caches"): keys, the cache root,
// and atomic publication (write to a temporary name, then rename), so concurrent runs never see
// half-written entries and never corrupt each other's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tt_astgen/run.h"

namespace tt_astgen::runcache {

/// A cache key: a 128-bit hash (two FNV-1a lanes) of the fields added, each one delimited, so
/// ("ab","c") and ("a","bc") differ.
class Key {
 public:
  Key& add(std::string_view field);
  std::string hex() const;  // 32 hex digits

 private:
  std::uint64_t a_ = 1469598103934665603ull;
  std::uint64_t b_ = 0x84222325cbf29ce4ull;
};

/// The root of the run caches (programs/, checks/, host/, headers/): next to the kernel cache, as
/// `<parent of the kernel cache>/tt-astgen-aux` when one is named (`kernelCacheDir`, else
/// $TT_ASTGEN_CACHE), else ~/.cache/tt-astgen.
std::string cacheRoot(const std::string& kernelCacheDir = {});

/// path:size:mtime of the file `name` (looked up in PATH when it has no '/'): the identity of a
/// compiler or library in a cache key without reading it.
std::string fileStamp(const std::string& name);

/// Whether a run may read and write the caches: RunOptions::useCache and no TT_ASTGEN_NO_CACHE
/// (set and not "0") in the environment.
bool cacheEnabled(const RunOptions& options);

/// The whole content of `path`, nullopt when it cannot be read.
std::optional<std::string> readWhole(const std::string& path);

/// Writes `bytes` to `path` through a temporary file in the same folder (created as needed),
/// renamed into place. False when it could not (the cache then just misses next time).
bool publish(const std::string& path, std::string_view bytes);

/// Copies the file `from` to `path` the same way (a temporary copy, renamed into place).
bool publishCopy(const std::string& from, const std::string& path);

}  // namespace tt_astgen::runcache
