#include "runtime_args.h"

#include <algorithm>
#include <map>

#include "suggest.h"

namespace tt_astgen::plan_detail {
namespace {

const char* roleName(KernelRole role) {
  switch (role) {
    case KernelRole::Reader: return "reader";
    case KernelRole::Compute: return "compute";
    case KernelRole::Writer: return "writer";
  }
  return "?";
}

bool isMatmulDim(const std::string& s) { return s == "Mt" || s == "Kt" || s == "Nt"; }

}  // namespace

std::string canonicalArgName(const std::string& name) {
  if (name == "tt_start_tile" || name == "start_id") return "start_tile";
  if (name == "tt_tile_count" || name == "count") return "num_tiles";
  return name;
}

std::vector<std::string> requiredArgs(KernelRole role, OpKind op,
                                      const std::vector<BufferSpec>& buffers) {
  std::vector<std::string> names;
  switch (role) {
    case KernelRole::Reader:
      for (const auto& b : buffers)
        if (b.role == BufferRole::Input) names.push_back(b.name + "_addr");
      if (op == OpKind::Matmul) names.insert(names.end(), {"Mt", "Kt", "Nt"});
      names.insert(names.end(), {"start_tile", "num_tiles"});
      break;
    case KernelRole::Compute:
      names.push_back("num_tiles");
      if (op == OpKind::Matmul) names.push_back("Kt");
      break;
    case KernelRole::Writer:
      for (const auto& b : buffers)
        if (b.role == BufferRole::Output) names.push_back(b.name + "_addr");
      names.insert(names.end(), {"num_tiles", "start_tile"});
      break;
  }
  return names;
}

RuntimeArgLayout defaultRuntimeArgs(OpKind op, const std::vector<BufferSpec>& buffers) {
  // The required names, in the order of tt-metal's matmul_multi_core example.
  return RuntimeArgLayout{requiredArgs(KernelRole::Reader, op, buffers),
                          requiredArgs(KernelRole::Compute, op, buffers),
                          requiredArgs(KernelRole::Writer, op, buffers)};
}

std::optional<std::vector<std::string>> checkKernelArgs(const KernelArgsDraft& draft,
                                                        KernelRole role, OpKind op,
                                                        const std::vector<BufferSpec>& buffers,
                                                        Diagnostics& d) {
  if (!draft.args) return std::nullopt;
  const size_t errorsBefore = d.size();
  const auto& args = *draft.args;
  if (args.size() > kMaxRuntimeArgs) {
    d.error(draft.path, std::to_string(args.size()) +
                            " runtime arguments, more than tt-metal's max_runtime_args (" +
                            std::to_string(kMaxRuntimeArgs) + ")");
    return std::nullopt;
  }

  std::vector<std::string> known;
  for (const auto& b : buffers) known.push_back(b.name + "_addr");
  known.insert(known.end(), {"start_tile", "num_tiles"});
  if (op == OpKind::Matmul) known.insert(known.end(), {"Mt", "Kt", "Nt"});

  std::vector<std::string> names;
  std::map<std::string, std::string> firstAt;
  bool unknown = false;  // then "missing" errors would mostly repeat the unknown ones
  for (const auto& arg : args) {
    const std::string name = canonicalArgName(arg.name);
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      if (isMatmulDim(name))
        d.error(arg.path, "\"" + name + "\" is only defined for matmul");
      else
        d.error(arg.path, "unknown runtime argument " + describe(Json(arg.name)) +
                              didYouMean(arg.name, known));
      unknown = true;
      continue;
    }
    auto [it, inserted] = firstAt.emplace(name, arg.path);
    if (!inserted) {
      d.error(arg.path, "duplicate runtime argument \"" + name + "\" (also at " + it->second + ")");
      continue;
    }
    names.push_back(name);
  }
  for (const auto& need : requiredArgs(role, op, buffers))
    if (!unknown && !firstAt.count(need))
      d.error(draft.path, std::string("missing runtime argument \"") + need + "\" (the " +
                              roleName(role) + " needs it)");
  if (d.size() != errorsBefore) return std::nullopt;
  return names;
}

}  // namespace tt_astgen::plan_detail
