# run(): the CPU dry-run of a plan; the program checks its own result.
import tt_astgen
from conftest import plan_text


def test_a_small_plan_dry_runs_to_passed(tmp_path):
    result = tt_astgen.run(plan_text("unary_copy"), out_dir=str(tmp_path / "work"))
    assert result.passed, f"{result.verdict}\n{result.stderr}"
    assert bool(result)
    assert result.phase == "done" and result.exit_code == 0 and not result.timed_out
    assert result.verdict.startswith("PASSED")
    assert result.work_dir == str(tmp_path / "work")
    assert (tmp_path / "work" / "main.cpp").is_file()
