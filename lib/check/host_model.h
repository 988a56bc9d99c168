// One model of a host program, built once per check run by interpreting the host's code over the
// Clang AST (lib/check/host_interpreter.cpp): buffers, circular buffers per core, kernels with
// their compile args, runtime args per core and kernel, common runtime args, uploads, read-backs
// and launches. Every cross-file check (and the CB-balance proof) reads this model instead of
// matching the host's calls on its own.
//
// Facts are three-valued: a value is known, known absent, or unknown. A check reports only on
// known facts. `complete` says whether the model may miss events (a call the interpreter could
// not follow that receives the Program, a loop with an unknown trip count around a
// CreateCircularBuffer, ...): when a kind of event is not complete, its absence is unknown.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "tt_astgen/mock_headers.h"

namespace tt_astgen::model {

/// A position in a checked file, as reported (presumed location; macro uses at the expansion).
struct SrcLoc {
  std::string file;
  unsigned line = 0;
  unsigned column = 0;
  bool valid() const { return line > 0; }
};

using Core = std::pair<int64_t, int64_t>;  // (x, y) logical worker core

/// A set of cores; `known` false when the host expression could not be evaluated.
struct Cores {
  bool known = false;
  std::set<Core> cores;
  static Cores unknown() { return {}; }
  bool has(const Core& c) const { return known && cores.count(c); }
};

enum class Tri { Yes, No, Unknown };

/// One runtime or compile-time argument value: known, or unknown (with what it was, if we know:
/// "address of buffer 'src0'").
struct ArgValue {
  std::optional<int64_t> value;
  /// Index into HostModel::buffers when the value is (derived from) a buffer's address.
  std::optional<size_t> addressOf;
};

/// A list of arguments whose length may be unknown.
struct ArgList {
  bool lengthKnown = false;
  std::vector<ArgValue> values;  // meaningful only when lengthKnown
  SrcLoc at;                     // the call that set it
};

struct HostBuffer {
  std::string name;        // the variable that holds it ("src0_dram_buffer")
  SrcLoc at;               // the creating call
  std::optional<int64_t> size, pageSize;
  bool dram = true;
  bool certain = true;     // created on every path
  bool uploaded = false;   // EnqueueWriteMeshBuffer / EnqueueWriteBuffer / WriteShard (maybe conditional)
  bool readBack = false;   // EnqueueReadMeshBuffer / EnqueueReadBuffer / ReadShard
  bool escapes = false;    // handed to code the checker cannot see (it may upload it)
};

struct HostCbIndex {
  std::optional<int64_t> format;   // tt::DataFormat value
  std::string formatName;          // "Float16_b"
  std::optional<int64_t> pageSize;
};

struct HostCircularBuffer {
  size_t program = 0;               // which Program (a host may build several)
  SrcLoc at;                        // the CreateCircularBuffer call
  Cores cores;
  std::optional<int64_t> totalSize;
  /// Indices the config names; `indicesKnown` false when some index could not be evaluated.
  std::map<int64_t, HostCbIndex> indices;
  bool indicesKnown = true;
  bool certain = true;              // false: inside a branch or loop the interpreter could not decide
  /// Backed by an L1 buffer (set_globally_allocated_address, sharded programs): its bytes are the
  /// buffer's, not taken from the circular-buffer region.
  bool globallyAllocated = false;
  /// Pages the CB holds for `index` (total / page size) when both are known.
  std::optional<int64_t> pages(int64_t index) const;
};

struct HostKernel {
  size_t id = 0;                    // index into HostModel::kernels
  size_t program = 0;               // which Program (a host may build several)
  std::string path;                 // the path string CreateKernel got (macros expanded, literals joined)
  SrcLoc at;                        // the path argument
  std::string resolvedFile;         // the checked file it names, as reported; "" when not found
                                    // (CreateKernelFromString: "<host>:<line>" of its text)
  /// CreateKernelFromString: the kernel's text when known, and where it is written in the host.
  /// With sourceExact (one raw string literal), line k of the text is host line
  /// sourceAt.line + k - 1 (columns shift by sourceAt.column - 1 on the first line); otherwise the
  /// whole text is reported at sourceAt (an escaped literal, a concatenation).
  std::optional<std::string> source;
  SrcLoc sourceAt;
  bool sourceExact = false;
  FileRole role = FileRole::DataMovement;
  DmProcessor processor = DmProcessor::Ncrisc;
  Cores cores;
  /// compile_args; lengthKnown false when not known (values may still be partly unknown).
  ArgList compileArgs;
  std::map<std::string, std::string> defines;
  bool certain = true;
  /// Every SetRuntimeArgs of this kernel, one per (call, loop iteration).
  struct RuntimeArgsSet {
    Cores cores;
    ArgList args;
    bool certain = true;
  };
  std::vector<RuntimeArgsSet> runtimeArgs;
  std::vector<ArgList> commonRuntimeArgs;  // SetCommonRuntimeArgs, in order
};

struct HostTransfer {
  size_t buffer = 0;  // index into HostModel::buffers
  bool upload = true; // false: read back
  SrcLoc at;
};

struct HostModel {
  std::string file;                 // the host file, as reported
  std::vector<HostBuffer> buffers;
  std::vector<HostCircularBuffer> circularBuffers;
  std::vector<HostKernel> kernels;
  std::vector<HostTransfer> transfers;
  std::vector<SrcLoc> launches;     // EnqueueMeshWorkload / EnqueueProgram
  /// False when some CreateCircularBuffer / CreateKernel / SetRuntimeArgs might have been
  /// missed (a call into code the interpreter cannot see gets the Program, a loop bound is
  /// unknown around such a call, the step budget ran out).
  bool cbsComplete = true;
  bool kernelsComplete = true;
  bool runtimeArgsComplete = true;
  /// What the interpreter could not decide, for --verbose ("main.cpp:40: loop bound unknown").
  std::vector<std::pair<SrcLoc, std::string>> unknowns;

  /// The kernel whose CreateKernel path resolved to `file` (as reported), or null.
  const HostKernel* kernelForFile(const std::string& file) const;

  /// The runtime args the host sets for `kernel` on `core`: the last certain SetRuntimeArgs
  /// covering the core when no uncertain one could override it. nullopt: unknown. An ArgList
  /// with lengthKnown and no values plus `*absent = true`: known that none is set.
  std::optional<ArgList> runtimeArgsFor(const HostKernel& kernel, const Core& core, bool* absent = nullptr) const;

  /// Whether a circular buffer with `index` exists on `core`: Yes (a certain one covers it),
  /// No (none can: every CreateCircularBuffer is known and none covers it), or Unknown.
  /// Only CBs of `program` count (the kernel's HostKernel::program).
  Tri hasCircularBuffer(size_t program, int64_t index, const Core& core,
                        const HostCircularBuffer** found = nullptr) const;
};

}  // namespace tt_astgen::model
