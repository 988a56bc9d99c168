// A plan as read from one source format, before resolution.
//
// Readers (parse_native.cpp for tt-astgen's format, tilelang.cpp for TileLang's tt.plan.json)
// fill a PlanDraft with what the document says, each piece with the JSON pointer it came from,
// and report syntax and type errors. resolvePlan() (resolve.cpp) then checks the pieces against
// each other, fills defaults, and produces the Plan. A field whose optional is empty failed to
// parse (its error is already reported) and checks that depend on it are skipped, so one mistake
// does not cascade into many messages.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "json_reader.h"

namespace tt_astgen::plan_detail {

struct BufferDraft {
  std::string path;  // "/buffers/<i>" (or "" when synthesized, as for TileLang plans)
  std::optional<std::string> name;
  std::optional<BufferRole> role;
  std::optional<std::vector<uint64_t>> shape;
  std::optional<DType> dtype;
  MemoryKind memory = MemoryKind::Dram;
  std::string namePath, shapePath, dtypePath;
};

struct CoreDraft {
  std::string path;  // the entry
  std::string xPath, yPath, startPath, countPath;
  std::optional<uint64_t> x, y, start, count;
  bool ok() const { return x && y && start && count; }
};

/// One step of a version-2 chain as the document gives it (parse_chain.cpp).
struct StepDraft {
  std::string path;                     // "/chain/<i>"
  std::optional<ChainStep> step;        // set when the step's own fields are sound
  std::vector<std::string> inputPaths;  // the pointer of each name in step->inputs
  std::string opPath;
};

struct CbDraft {
  std::string path;
  std::optional<CbRole> role;          // version 2 only; absent: the role of its buffer
  std::optional<uint64_t> id;
  std::optional<std::string> buffer;
  std::optional<DType> dtype;          // absent: the buffer's dtype
  std::optional<uint64_t> pageSize;    // absent: one tile of the dtype
  std::optional<uint64_t> numPages;    // absent: 2
  bool dtypeGiven = false, pageSizeGiven = false, numPagesGiven = false;
  bool syntaxOk = true;                // every present field parsed
  std::string rolePath, idPath, bufferPath, dtypePath, pageSizePath, numPagesPath;
};

struct ArgDraft {
  std::string name;
  std::string path;
};

struct KernelArgsDraft {
  std::string path;
  std::optional<std::vector<ArgDraft>> args;  // empty optional: parse failed
};

/// A claim of the source about the number of output tiles (TileLang's total_tiles).
struct TileCountClaim {
  uint64_t value = 0;
  std::string path;
};

struct PlanDraft {
  // Scalars that need no cross-checking are stored straight into plan: version, name, profile,
  // op kinds, compute options, seed.
  Plan plan;
  bool archOk = true;
  bool opOk = true;
  std::string opPath = "/op";

  // Version 2: the chain (empty optional: absent or failed; then opOk is false too).
  std::optional<std::vector<StepDraft>> chain;
  std::string chainPath = "/chain";

  std::optional<std::vector<BufferDraft>> buffers;  // document order
  std::string buffersPath = "/buffers";

  std::optional<uint64_t> gridX = 1, gridY = 1;
  std::string gridXPath = "/grid/x", gridYPath = "/grid/y";

  bool splitOk = true;
  SplitKind split = SplitKind::Contiguous;
  std::optional<std::vector<CoreDraft>> cores;  // explicit entries, or the listed contiguous ones
  bool coresSyntaxOk = true;
  std::string coresPath = "/work_split/cores";

  bool cbsDerived = true;
  bool cbsOk = true;  // "derived" or an array (entries may still have errors)
  std::vector<CbDraft> cbs;
  std::string cbsPath = "/cbs";

  std::optional<KernelArgsDraft> readerArgs, computeArgs, writerArgs;

  bool toleranceOk = true;
  std::optional<double> tolerance;

  std::vector<TileCountClaim> tileCountClaims;
};

/// Reads tt-astgen's plan format. overrides supply the profile and buffer dtypes the plan omits.
void readNativePlan(const Json& doc, const PlanOverrides& overrides, PlanDraft& draft,
                    Diagnostics& d);

/// True when doc looks like TileLang's tt.plan.json.
bool isTileLangPlan(const Json& doc);
/// Reads TileLang's tt.plan.json (versions "1.0" and "5.0").
void readTileLangPlan(const Json& doc, const PlanOverrides& overrides, PlanDraft& draft,
                      Diagnostics& d);

/// Cross-checks the draft, fills defaults and returns the plan when no error was found (by this
/// or an earlier stage).
std::optional<Plan> resolvePlan(PlanDraft& draft, Diagnostics& d);

}  // namespace tt_astgen::plan_detail
