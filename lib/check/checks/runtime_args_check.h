// runtime-args: a kernel reads no runtime (get_arg_val), common runtime (get_common_arg_val) or
// compile-time (get_compile_time_arg_val) argument beyond those the host sets for it.
#pragma once
#include "check/checks/check_support.h"

namespace tt_astgen::checks {

class RuntimeArgsCheck : public CrossFileCheck {
 public:
  RuntimeArgsCheck() : CrossFileCheck("runtime-args") {}
  void registerKernelMatchers(clang::ast_matchers::MatchFinder& finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult& result) override;
  void finish(const ProgramInfo& program, std::vector<Diagnostic>& out) override;

 private:
  struct Read {
    int64_t index = -1;
    Loc at;
  };
  void reportRuntime(const ProgramInfo& program, const std::string& kernel, const Read& read, std::vector<Diagnostic>& out);
  void reportCommon(const ProgramInfo& program, const std::string& kernel, const Read& read, std::vector<Diagnostic>& out);
  void reportCompile(const ProgramInfo& program, const std::string& kernel, const Read& read, std::vector<Diagnostic>& out);
  std::map<std::string, Read> runtimeReads_;    // kernel file -> highest get_arg_val index
  std::map<std::string, Read> commonReads_;     // kernel file -> highest get_common_arg_val index
  std::map<std::string, Read> compileReads_;    // kernel file -> highest compile-time index
};

}  // namespace tt_astgen::checks
