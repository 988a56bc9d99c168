// input-upload: every DRAM buffer a kernel only reads is written by the host before the
// program runs (EnqueueWriteMeshBuffer / EnqueueWriteBuffer / WriteShard).
#pragma once
#include "check/checks/check_support.h"

namespace tt_astgen::checks {

class InputUploadCheck : public CrossFileCheck {
 public:
  InputUploadCheck() : CrossFileCheck("input-upload") {}
  void registerHostMatchers(clang::ast_matchers::MatchFinder& finder) override;
  void registerKernelMatchers(clang::ast_matchers::MatchFinder& finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult& result) override;
  void endUnit() override;
  void finish(const ProgramInfo& program, std::vector<Diagnostic>& out) override;

 private:
  struct Buffer {
    std::string name;
    Loc at;
    bool uploaded = false;
    bool readBack = false;
    std::set<std::string> kernels;  // base names of kernels that get its address
  };
  // Host, resolved at endUnit while the AST lives.
  std::map<const clang::VarDecl*, Buffer> buffers_;
  std::vector<std::pair<std::string, const clang::Expr*>> kernelArgs_;  // kernel -> args expression
  std::vector<std::pair<const clang::Expr*, bool>> transfers_;           // (expr, is upload)
  std::map<const clang::VarDecl*, std::vector<const clang::Expr*>> appended_;  // vector -> append_to objects
  std::vector<Buffer> done_;
  // Kernels.
  std::set<std::string> reads_, writes_;
};

}  // namespace tt_astgen::checks
