// Bounding the on-disk caches (the prologue PCHs, host binaries, kernel .so's): a cache folder
// over its limit loses its least recently used entries. A hit refreshes its entry's modification
// time (touchCacheEntry), so "least recently used" is "oldest modification time". An entry used
// in the last minute is never removed, so a process that just found an entry can still open it.
// Depends on nothing but the C++ standard library and POSIX (compiled into the tool's library
// and into the dry-run runtime, like process.h).
#pragma once

#include <cstdint>
#include <string>

namespace tt_astgen::cache {

/// The limit of each cache folder in bytes: TT_ASTGEN_CACHE_MAX_MB (megabytes; 0 = no limit),
/// else `defaultMegabytes`.
std::uint64_t limitBytes(std::uint64_t defaultMegabytes);

/// Marks `path` as just used (its modification time becomes now); ignores errors.
void touchCacheEntry(const std::string& path);

/// When the regular files of `dir` whose names end with `suffix` take more than `maxBytes`,
/// removes the oldest of them (by modification time) until they take at most 3/4 of it. Entries
/// modified in the last `minAgeSeconds` stay. Returns how many files it removed; never throws.
std::size_t trimCacheDir(const std::string& dir, const std::string& suffix, std::uint64_t maxBytes,
                         unsigned minAgeSeconds = 60);

}  // namespace tt_astgen::cache
