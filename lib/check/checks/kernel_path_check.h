// kernel-path: every CreateKernel path the host writes as a constant names a kernel file that
// exists where tt-metal looks (after the checker's kernel roots and the host's folder; see
// lib/check/program_sources.h for the order). The lookups are made by the checker when it reads
// the hosts (ProgramInfo::kernelLookups); this check reports the ones that found nothing.
#pragma once
#include "check/checks/check_support.h"

namespace tt_astgen::checks {

class KernelPathCheck : public CrossFileCheck {
 public:
  KernelPathCheck() : CrossFileCheck("kernel-path") {}
  void check(const clang::ast_matchers::MatchFinder::MatchResult&) override {}
  void finish(const ProgramInfo& program, std::vector<Diagnostic>& out) override;
};

}  // namespace tt_astgen::checks
