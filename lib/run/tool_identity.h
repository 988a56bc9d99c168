// What generated programs and check verdicts depend on besides their inputs, for the run caches'
// keys: the code of this process (build ids of the program and the libraries it loaded: the
// tool or test binary, libclang-cpp, libLLVM, libstdc++, ...) and the embedded mock headers.
#pragma once

#include <string>

namespace tt_astgen::runcache {

/// A hash of the build ids of every loaded object (path, size and mtime of one without a build
/// id) and of mockHeadersHash(). Computed once per process.
const std::string& toolIdentity();

/// A hash of the embedded mock headers (mockFiles(): paths and contents). Computed once.
const std::string& mockHeadersHash();

}  // namespace tt_astgen::runcache
