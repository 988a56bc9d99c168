// input-upload: every DRAM buffer a kernel only reads is written by the host before the
// program runs (EnqueueWriteMeshBuffer / EnqueueWriteBuffer / WriteShard).
#pragma once
#include "check/checks/check_support.h"

namespace tt_astgen::checks {

class InputUploadCheck : public CrossFileCheck {
 public:
  InputUploadCheck() : CrossFileCheck("input-upload") {}
  void registerKernelMatchers(clang::ast_matchers::MatchFinder& finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult& result) override;
  void finish(const ProgramInfo& program, std::vector<Diagnostic>& out) override;

 private:
  std::set<std::string> reads_, writes_;  // kernel files that read / write DRAM
};

}  // namespace tt_astgen::checks
