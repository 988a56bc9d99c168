// The plan: a fully resolved, validated model of one TT-Metalium workload.
//
// A plan is the contract between a compiler backend and tt-astgen. It is loaded from JSON
// (see docs/plan-schema.md) by loadPlan(), which validates it and fills every default, so
// every field below holds a resolved value: emitters never guess.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tt_astgen {

enum class Profile { Metal2025, Metal2024, Metal2026 };
/// The profile of a plan that names none (and of `tt-astgen headers` without --profile): the
/// API generation a TT-Metalium install has today (README, Changelog).
inline constexpr Profile kDefaultProfile = Profile::Metal2026;
enum class Arch { WormholeB0, Blackhole };
enum class DType { BFloat16, Float32, BFloat8_b, Float16 };
/// The kind of a plan's first chain step (a version-1 plan's op).
enum class OpKind { Matmul, EltwiseBinary, EltwiseUnary, Reduce, Transpose };
enum class BinaryOpKind { Add, Sub, Mul, Div };  // div: recip of the operand, then mul (as the SDK)
enum class UnaryOpKind { Copy, Relu, Exp, Sqrt, Rsqrt, Recip, Log, Abs, Neg, Square, Sigmoid, Tanh, Gelu };
/// How a binary step's second operand is broadcast over the running result's tiles.
enum class Broadcast { None, Row, Col, Scalar };
enum class ReduceFn { Sum, Max };
/// Row: every row to one value (column 0 of each tile); Col: every column (row 0); Both: one value
/// per tile (element (0,0)). The SDK's ReduceDim::REDUCE_ROW / REDUCE_COL / REDUCE_SCALAR.
enum class ReduceDim { Row, Col, Both };
enum class StepKind { Matmul, Binary, Unary, Reduce, Transpose };
enum class MemoryKind { Dram, L1 };
enum class BufferRole { Input, Output };
enum class MathFidelity { LoFi, HiFi2, HiFi3, HiFi4 };
enum class SplitKind { Contiguous, Explicit };

inline constexpr uint32_t kTileHeight = 32;
inline constexpr uint32_t kTileWidth = 32;
inline constexpr uint32_t kTileElements = kTileHeight * kTileWidth;

/// A tensor in device memory; interleaved, tiled 32x32, one tile per page.
struct BufferSpec {
  std::string name;            // a valid C++ identifier, unique within the plan
  BufferRole role = BufferRole::Input;
  std::vector<uint64_t> shape; // rank 2: {rows, cols}; both multiples of 32
  DType dtype = DType::BFloat16;
  MemoryKind memory = MemoryKind::Dram;

  uint64_t rows() const { return shape.at(0); }
  uint64_t cols() const { return shape.at(1); }
  uint64_t tileRows() const { return rows() / kTileHeight; }
  uint64_t tileCols() const { return cols() / kTileWidth; }
  uint64_t numTiles() const { return tileRows() * tileCols(); }
  bool operator==(const BufferSpec&) const = default;
};

/// One tile operation of a plan's compute chain (docs/plan-schema.md, "Version 2: chains"). Step 0
/// reads its operands from input buffers; later steps work on the running result in DST.
struct ChainStep {
  StepKind kind = StepKind::Unary;
  BinaryOpKind binary = BinaryOpKind::Add;  // kind == Binary
  UnaryOpKind unary = UnaryOpKind::Copy;    // kind == Unary
  Broadcast broadcast = Broadcast::None;    // kind == Binary: how its second operand is broadcast
  ReduceFn reduceFn = ReduceFn::Sum;        // kind == Reduce
  ReduceDim reduceDim = ReduceDim::Row;
  std::vector<std::string> inputs;          // step 0: all its operands; a later binary step: its one operand; else empty
  bool operator==(const ChainStep&) const = default;
};

/// The output tiles one core computes: [startTile, startTile + count).
struct CoreWork {
  uint32_t x = 0;
  uint32_t y = 0;
  uint32_t startTile = 0;
  uint32_t count = 0;
  bool operator==(const CoreWork&) const = default;
};

/// What a circular buffer carries: Input and Output CBs a buffer's tiles; an Intermediate CB the
/// running result of a chain before a binary step; the Scaler CB the reduce scaler tile (1.0, filled
/// by the reader).
enum class CbRole { Input, Output, Intermediate, Scaler };

/// A circular buffer in each core's L1.
struct CbSpec {
  using CbRole = tt_astgen::CbRole;  // also spelled CbSpec::CbRole
  uint32_t id = 0;        // 0..31; tt::CBIndex::c_<id>
  std::string buffer;     // the buffer whose tiles flow through it; "" for intermediates and the scaler
  DType dtype = DType::BFloat16;
  uint32_t pageSize = 0;  // bytes per page (one tile)
  uint32_t numPages = 0;  // depth
  CbRole role = CbRole::Input;
  uint64_t totalBytes() const { return uint64_t(pageSize) * numPages; }
  bool operator==(const CbSpec&) const = default;
};

struct ComputeOptions {
  MathFidelity mathFidelity = MathFidelity::HiFi4;
  bool fp32DestAccEn = false;
  bool mathApproxMode = false;
  bool operator==(const ComputeOptions&) const = default;
};

/// The runtime arguments of one kernel, by name, in order. Known names:
///   "<buffer>_addr"  the DRAM address of that buffer
///   "start_tile"     first output tile of the core
///   "num_tiles"      number of output tiles of the core
///   "Mt", "Kt", "Nt" matmul dimensions in tiles
struct RuntimeArgLayout {
  std::vector<std::string> reader;
  std::vector<std::string> compute;
  std::vector<std::string> writer;
  bool operator==(const RuntimeArgLayout&) const = default;
};

struct Plan {
  std::string version = "1";
  std::string name;             // a valid C++ identifier; names the program
  Profile profile = kDefaultProfile;
  Arch arch = Arch::WormholeB0;

  /// The compute chain: >= 1 step once loaded; a version-1 plan is a chain of one step.
  std::vector<ChainStep> chain;
  // The kind of chain[0] (filled from it, so version-1 code keeps working).
  OpKind op = OpKind::Matmul;
  BinaryOpKind binaryOp = BinaryOpKind::Add; // meaningful when op == EltwiseBinary
  UnaryOpKind unaryOp = UnaryOpKind::Copy;   // meaningful when op == EltwiseUnary

  std::vector<BufferSpec> buffers; // inputs first (in operand order), then the output

  uint32_t gridX = 1;              // cores used: gridX * gridY, within the arch's grid
  uint32_t gridY = 1;
  SplitKind split = SplitKind::Contiguous;
  std::vector<CoreWork> cores;     // resolved per-core work; every output tile exactly once

  std::vector<CbSpec> cbs;         // inputs (c_0, c_1, ...), the output (c_16), then a reduce's
                                   // scaler and the chain's intermediates (c_24, c_25, ...)
  ComputeOptions compute;
  RuntimeArgLayout runtimeArgs;

  uint32_t seed = 42;              // seed of the host's deterministic random inputs
  double tolerance = 0.0;          // max relative error the host accepts (resolved per dtype)

  // Helpers over the resolved model.
  std::vector<const BufferSpec*> inputs() const;
  const BufferSpec& output() const;
  const BufferSpec* findBuffer(const std::string& name) const;
  const CbSpec* findCb(uint32_t id) const;
  /// Matmul dimensions in tiles (Mt, Kt, Nt); for eltwise ops Kt == 1.
  uint64_t mt() const;
  uint64_t kt() const;
  uint64_t nt() const;
  uint64_t numOutputTiles() const { return output().numTiles(); }
  bool operator==(const Plan&) const = default;
};

/// One problem found in a plan: where it is (file, line, column, JSON pointer) and what was
/// expected. Printed clang-style, one line per error: "plan.json:6:46: error: /buffers/0/shape/0:
/// expected a multiple of 32 (tile height), got 100".
struct PlanError {
  std::string path;    // JSON pointer, e.g. "/buffers/1/shape/0"; "" for the whole document
  std::string message; // e.g. "expected a multiple of 32 (tile height), got 100"
  std::string file = {};  // the plan file as the caller named it (loadPlanFile); "" for text (parsePlan)
  unsigned line = 0;   // 1-based position in the plan text of the value the pointer names (of the
  unsigned column = 0; // key, for an unknown field); 0 when not known (e.g. a missing file)
  /// "file:line:column", "file" without a position; "<plan>" stands for a plan given as text.
  std::string location() const;
  /// "/pointer: message", or the message alone for the whole document.
  std::string detail() const;
  /// location() + ": error: " + detail().
  std::string format() const;
  bool operator==(const PlanError&) const = default;
};

/// Options a caller can give where the plan is silent (used for TileLang plans).
struct PlanOverrides {
  std::optional<Profile> profile;
  std::optional<std::string> op;    // "matmul", "add", "relu", ...
  std::optional<DType> dtype;
  std::optional<uint64_t> m, n, k;  // element counts
};

struct PlanLoadResult {
  std::optional<Plan> plan;         // set when errors is empty
  std::vector<PlanError> errors;    // all errors found, not only the first
};

/// Parse and validate plan JSON text (tt-astgen format or TileLang's tt.plan.json).
PlanLoadResult parsePlan(const std::string& jsonText, const PlanOverrides& overrides = {});
/// Read a file and parse it; a missing or unreadable file is reported as a PlanError at path "".
PlanLoadResult loadPlanFile(const std::string& path, const PlanOverrides& overrides = {});
/// The fully resolved plan as JSON text (stable key order, 2-space indent, trailing newline).
/// parsePlan(toJson(p)) yields a plan equal to p.
std::string toJson(const Plan& plan);

// Spelling helpers shared by the plan, the emitters and the checker.
const char* toString(Profile);
const char* toString(Arch);
const char* toString(DType);
const char* toString(OpKind);
const char* toString(BinaryOpKind);
const char* toString(UnaryOpKind);
const char* toString(MathFidelity);
const char* toString(Broadcast);
const char* toString(ReduceFn);
const char* toString(ReduceDim);
/// The step's op name in a version-2 chain: "matmul", "add", "relu", "reduce", "transpose", ...
const char* stepOpName(const ChainStep&);
/// One step for people: step 0 with its inputs ("matmul(a, w)", "add(x, b, row)",
/// "reduce(x, sum, row)"), a later step with its operand ("add(bias, row)", "relu").
std::string stepText(const ChainStep&, size_t index);
/// The chain in one line: "matmul(a, w) -> add(bias, row) -> relu" (arrow between the steps).
std::string chainText(const Plan&, const std::string& arrow = " -> ");
/// Bytes of one 32x32 tile of this dtype (bfloat8_b: 1088 = 1024 mantissas + 64 exponents;
/// float16: 2048).
uint32_t tileBytes(DType);
/// The inverse of toString: nullopt for an unknown spelling (used for command-line flags).
std::optional<Profile> parseProfile(const std::string&);
/// The profile spellings for a usage message: "metal-2025, metal-2024 or metal-2026".
std::string profileChoices();
std::optional<Arch> parseArch(const std::string&);
std::optional<DType> parseDType(const std::string&);
/// Default tolerance (max relative error vs max |golden|) for an op and dtype.
double defaultTolerance(OpKind, DType);
/// The tolerance of a plan that sets none: version 1 the per-dtype defaults above, version 2 twice
/// the error bound derived from its chain, dtypes and compute options (docs/numerics.md).
double defaultTolerance(const Plan&);
/// The derived error bound of a plan's chain, relative to the largest golden magnitude (infinite
/// when a value leaves a function's domain).
double chainError(const Plan&);
/// The range the generated host draws input values from: [-1, 1), or [0.5, 1.5) when a step needs
/// positive operands (sqrt, rsqrt, recip, log, div).
struct InputRange {
  double lo;
  double hi;
};
bool needsPositiveInputs(const Plan&);
InputRange hostInputRange(const Plan&);

/// Facts about an architecture (see docs/plan-schema.md for sources).
struct ArchInfo {
  uint32_t gridX;        // compute_with_storage_grid_size().x
  uint32_t gridY;
  uint64_t l1Bytes;      // usable L1 per core for CBs
  uint64_t l1TotalBytes; // physical L1 per core (l1Bytes plus a reserve for firmware/runtime)
};
ArchInfo archInfo(Arch);

/// True when s is a valid C++ identifier that is not a keyword or reserved name.
bool isSafeIdentifier(const std::string& s);
/// Longest plan or buffer name accepted (isSafeIdentifier itself has no length limit).
inline constexpr size_t kMaxNameLength = 64;
/// Largest plan text accepted, and deepest JSON nesting.
inline constexpr size_t kMaxPlanBytes = 16u * 1024 * 1024;
inline constexpr int kMaxPlanDepth = 64;
/// tt-metal's max_runtime_args: the most runtime arguments one kernel may take on one core.
inline constexpr size_t kMaxRuntimeArgs = 341;

}  // namespace tt_astgen
