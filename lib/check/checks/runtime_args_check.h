// runtime-args: a kernel reads no runtime (get_arg_val) or compile-time
// (get_compile_time_arg_val) argument beyond those the host sets for it.
#pragma once
#include "check/checks/check_support.h"

namespace tt_astgen::checks {

class RuntimeArgsCheck : public CrossFileCheck {
 public:
  RuntimeArgsCheck() : CrossFileCheck("runtime-args") {}
  void registerHostMatchers(clang::ast_matchers::MatchFinder& finder) override;
  void registerKernelMatchers(clang::ast_matchers::MatchFinder& finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult& result) override;
  void endUnit() override;
  void finish(const ProgramInfo& program, std::vector<Diagnostic>& out) override;

 private:
  struct SetArgs {
    std::string kernel;  // base name
    const clang::Expr* args = nullptr;  // resolved in endUnit
    const clang::ASTContext* ctx = nullptr;
    Loc at;
  };
  struct Count {
    std::optional<int64_t> size;  // unknown when any call's list size is unknown
    bool unknown = false;
    Loc at;
  };
  struct Read {
    int64_t index = -1;
    Loc at;
  };
  std::vector<SetArgs> pending_;
  std::set<const clang::VarDecl*> grown_;
  std::map<std::string, Count> counts_;         // kernel base name -> fewest runtime args set
  std::map<std::string, Loc> created_;          // kernel base name -> CreateKernel path
  std::map<std::string, Read> runtimeReads_;    // kernel base name -> highest get_arg_val index
  std::map<std::string, Read> compileReads_;    // kernel base name -> highest compile-time index
};

}  // namespace tt_astgen::checks
