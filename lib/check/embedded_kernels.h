// Kernels a host embeds as text (CreateKernelFromString): each known text is a unit of its own,
// named "<host>:<line>" (HostKernel::resolvedFile), compiled like a kernel file with the role,
// RISC-V and compile args of its CreateKernelFromString. What is found in it is reported where
// the text is written in the host.
#pragma once

#include <string>
#include <vector>

#include "check/host_model.h"
#include "tt_astgen/check.h"
#include "tt_astgen/diagnostics.h"

namespace tt_astgen {

struct EmbeddedKernel {
  SourceFile unit;       // name "<host>:<line>", content the kernel's text
  std::string host;      // the host file, as reported
  model::SrcLoc textAt;  // where the text's first character is written in the host
  bool exact = false;    // line k of the text is host line textAt.line + k - 1
};

/// One unit per distinct embedded text of the hosts (a text created twice is one unit, compiled
/// once per configuration, like a kernel file named twice).
std::vector<EmbeddedKernel> embeddedKernels(const std::vector<model::HostModel>& hosts);

/// Moves every diagnostic reported in an embedded kernel's unit to the host line holding it.
/// When the text is not one raw string literal, the finding goes to the literal, naming the line
/// of the kernel text it is about.
void mapIntoHosts(std::vector<Diagnostic>& diagnostics, const std::vector<EmbeddedKernel>& kernels);

}  // namespace tt_astgen
