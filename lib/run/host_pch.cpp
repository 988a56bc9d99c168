// See host_pch.h.
#include "run/host_pch.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>

#include "ast/parse.h"
#include "check/program_sources.h"
#include "run/run_cache.h"
#include "support/cache_trim.h"
#include "support/process.h"

namespace tt_astgen::runcache {
namespace fs = std::filesystem;

HostPch hostPch(const std::string& cxx, const std::vector<std::string>& flags, const std::string& source,
                const std::string& sourcePath, const std::vector<std::string>& userIncludeDirs,
                const std::string& cacheRoot) {
  HostPch out;
  // The include block, up to the first of the user's own headers.
  const std::string prologue = includePrologue(source, systemPrologueLines(source, sourcePath, userIncludeDirs));
  if (prologue.empty()) {
    out.note = "no include block";
    return out;
  }
  Key key;
  key.add("host-pch v1").add(fileStamp(cxx)).add(prologue);
  for (const std::string& f : flags) key.add(f);
  // <root>/host-pch/<key>.h and <key>.h.gch, flat: the folder is bounded like the other caches.
  const fs::path root = fs::path(cacheRoot) / "host-pch";
  const fs::path header = root / (key.hex() + ".h");
  const fs::path gch = root / (key.hex() + ".h.gch");
  std::error_code ec;
  if (fs::exists(gch, ec) && fs::exists(header, ec)) {
    cache::touchCacheEntry(gch.string());
    out.flags = {"-include", header.string()};
    out.note = "cache hit";
    return out;
  }
  // Built the second time a block is compiled, not the first: the PCH costs about two compiles,
  // which a single run would pay for nothing; a sweep of variants gets it from its second one on.
  const fs::path seen = root / (key.hex() + ".seen");
  if (!fs::exists(seen, ec)) {
    publish(seen.string(), "");
    out.note = "first use, not built";
    return out;
  }
  // The header under its final name first (clang records the path it was built from; the content
  // is the key's, so a concurrent writer writes the same), the .gch under a name of this process,
  // renamed into place: a compile never sees half a PCH.
  if (!publish(header.string(), prologue)) {
    out.note = "cannot write " + header.string();
    return out;
  }
  static std::atomic<unsigned> counter{0};  // threads of one process build under names of their own
  const std::string tmp = gch.string() + ".tmp" + std::to_string(::getpid()) + "." + std::to_string(counter++);
  process::SpawnOptions build;
  build.argv = {cxx};
  build.argv.insert(build.argv.end(), flags.begin(), flags.end());
  build.argv.insert(build.argv.end(), {"-x", "c++-header", header.string(), "-o", tmp});
  build.mergeStderr = true;
  build.timeoutMs = 600 * 1000;
  const process::SpawnResult built = process::spawn(build);
  if (built.exitCode != 0 || built.timedOut || !fs::exists(tmp, ec)) {
    fs::remove(tmp, ec);
    out.note = "the include block does not precompile";
    return out;
  }
  fs::rename(tmp, gch, ec);
  if (ec) {
    fs::remove(tmp, ec);
    out.note = "cannot publish " + gch.string();
    return out;
  }
  cache::trimCacheDir(root.string(), ".gch", cache::limitBytes(2048));
  out.flags = {"-include", header.string()};
  out.note = "built";
  return out;
}

}  // namespace tt_astgen::runcache
