// The metal-2026 kernels call only API the 2026 SDK keeps: nothing its headers mark [[deprecated]]
// (binary_op_init_common, add_tiles_init, ...: removal announced). The JIT builds with
// -Wno-deprecated-declarations, so neither the checker nor the golden files would tell.
#include <clang/AST/Attr.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <gtest/gtest.h>

#include "../test_support.h"
#include "ast/ast_session.h"
#include "emit/compute_chain.h"
#include "tt_astgen/plan.h"

namespace tt_astgen {
namespace {

/// "name (line N)" of each call in the main file to a function declared [[deprecated]].
class DeprecatedCalls : public clang::RecursiveASTVisitor<DeprecatedCalls> {
 public:
  explicit DeprecatedCalls(clang::ASTContext& ctx) : ctx_(ctx) {}
  bool VisitCallExpr(clang::CallExpr* call) {
    const clang::FunctionDecl* callee = call->getDirectCallee();
    const clang::SourceManager& sm = ctx_.getSourceManager();
    if (callee && callee->hasAttr<clang::DeprecatedAttr>() && sm.isInMainFile(sm.getExpansionLoc(call->getBeginLoc())))
      found.push_back(callee->getNameAsString() + " (line " +
                      std::to_string(sm.getExpansionLineNumber(call->getBeginLoc())) + ")");
    return true;
  }
  std::vector<std::string> found;

 private:
  clang::ASTContext& ctx_;
};

/// How the JIT compiles each kernel of a generated program (as the emitters' flavors).
CompileFlavor kernelFlavor(const Plan& plan, const std::string& file) {
  CompileFlavor f;
  f.profile = plan.profile;
  f.arch = plan.arch;
  if (file == "compute.cpp") {
    f.role = FileRole::Compute;
    f.stage = TriscStage::Math;
    for (const auto& [name, value] : computeDefines(plan)) f.defines.push_back(name + "=" + value);  // REDUCE_OP, ...
    return f;
  }
  f.role = FileRole::DataMovement;
  f.processor = file == "reader.cpp" ? DmProcessor::Ncrisc : DmProcessor::Brisc;
  f.compileTimeArgs.assign(file == "reader.cpp" ? plan.inputs().size() : 1, 1);
  return f;
}

TEST(DeprecatedApi, Metal2026KernelsCallNothingTheSdkDeprecates) {
  size_t programs = 0;
  for (const std::filesystem::path& path : testing::fixturePlans()) {
    PlanLoadResult loaded = loadPlanFile(path.string());
    ASSERT_TRUE(loaded.plan) << path;
    if (loaded.plan->profile != Profile::Metal2026) continue;
    ++programs;
    // The golden kernels: the golden test proves they are what the generator emits.
    for (const std::string file : {"reader.cpp", "compute.cpp", "writer.cpp"}) {
      const std::string text = testing::readFile(testing::fixture("expected") / path.stem() / file);
      ASSERT_FALSE(text.empty()) << path.stem().string() << "/" << file;
      AstSession session(kernelFlavor(*loaded.plan, file), text, file);
      DeprecatedCalls calls(session.ctx());
      calls.TraverseDecl(session.ctx().getTranslationUnitDecl());
      EXPECT_TRUE(calls.found.empty()) << path.stem().string() << "/" << file << " calls deprecated "
                                       << ::testing::PrintToString(calls.found);
    }
  }
  EXPECT_EQ(programs, 28u);  // the op x dtype matrix (21) and the version-2 chains (7)
}

// The finder itself: the classic binary init is deprecated in the 2026 headers.
TEST(DeprecatedApi, FinderSeesADeprecatedCall) {
  PlanLoadResult loaded = loadPlanFile(testing::fixture("plans/eltwise_add_bfloat16_metal2026.json").string());
  ASSERT_TRUE(loaded.plan);
  const std::string kernel =
      "#include \"api/compute/common.h\"\n#include \"api/compute/eltwise_binary.h\"\n"
      "void kernel_main() {\n  binary_op_init_common(0, 1, 16);\n  add_init(0, 1);\n}\n";
  AstSession session(kernelFlavor(*loaded.plan, "compute.cpp"), kernel, "compute.cpp");
  DeprecatedCalls calls(session.ctx());
  calls.TraverseDecl(session.ctx().getTranslationUnitDecl());
  EXPECT_EQ(calls.found, std::vector<std::string>{"binary_op_init_common (line 4)"});
}

}  // namespace
}  // namespace tt_astgen
