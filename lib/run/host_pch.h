// The host build's precompiled prologue: the leading #include lines of a host program that read
// only system and mock headers, precompiled once per (compiler, flags, include block) into the run
// cache, so each host compile starts from them instead of re-parsing <vector>, fmt and the mock
// SDK headers (about half of a host compile). GCC-style: `-include <dir>/prologue.h` next to
// `prologue.h.gch` (clang++ reads it as well); a compiler that finds the .gch unusable parses
// prologue.h itself, so the result never depends on the PCH. A block is precompiled the second
// time it is compiled (building it costs about two compiles: a one-off run does not pay it).
#pragma once

#include <string>
#include <vector>

namespace tt_astgen::runcache {

struct HostPch {
  std::vector<std::string> flags;  // {"-include", "<dir>/prologue.h"}; empty: compile as before
  std::string note;                // "cache hit", "built", "first use, not built", or why there is none
};

/// `flags`: the compile's options without its input, output and libraries (they must be the ones
/// the program is compiled with); `source`: the program's text and `sourcePath` its file;
/// `userIncludeDirs`: the -I folders of the user's own headers (a prologue stops at the first
/// include found there or beside the source).
HostPch hostPch(const std::string& cxx, const std::vector<std::string>& flags, const std::string& source,
                const std::string& sourcePath, const std::vector<std::string>& userIncludeDirs,
                const std::string& cacheRoot);

}  // namespace tt_astgen::runcache
