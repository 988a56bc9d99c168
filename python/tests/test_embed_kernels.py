# embed_kernels=True: main.cpp carries the kernels as string literals (CreateKernelFromString).
import tt_astgen
from conftest import ARTIFACTS, golden, plan_text


def test_embedded_kernels_are_the_golden_host_and_check_clean():
    files = tt_astgen.generate(plan_text("matmul_multi_core"), embed_kernels=True)
    assert list(files) == ARTIFACTS  # the kernel files are still produced
    assert files["main.cpp"] == golden("matmul_multi_core_embedded", "main.cpp")
    assert "CreateKernelFromString" in files["main.cpp"]
    assert files["compute.cpp"] == golden("matmul_multi_core", "compute.cpp")
    # The embedding host alone is a whole program: its literals are checked as kernels.
    assert tt_astgen.check({"main.cpp": files["main.cpp"], "tt.plan.json": files["tt.plan.json"]}) == []
