// What the cross-file checks share about the host model (lib/check/host_model.h): finding the
// host kernels a kernel file is, and turning the model's locations into the checks' Loc.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "check/checks/check_support.h"

namespace tt_astgen::checks {

struct KernelOfHost {
  const model::HostModel* host = nullptr;
  const model::HostKernel* kernel = nullptr;
};

/// Every CreateKernel (of every host) that resolved to `file` (the kernel unit's reported name).
inline std::vector<KernelOfHost> hostKernelsOf(const ProgramInfo& program, const std::string& file) {
  std::vector<KernelOfHost> out;
  for (const model::HostModel& host : program.hosts)
    for (const model::HostKernel& k : host.kernels)
      if (!k.resolvedFile.empty() && k.resolvedFile == file) out.push_back({&host, &k});
  return out;
}

inline Loc modelLoc(const model::SrcLoc& at) { return Loc{at.file, at.line, at.column}; }

inline std::string coreLabel(const model::Core& c) {
  return "(" + std::to_string(c.first) + "," + std::to_string(c.second) + ")";
}

}  // namespace tt_astgen::checks
