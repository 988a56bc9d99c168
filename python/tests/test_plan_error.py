# PlanError: every problem of a bad plan, each with file, line, column and JSON pointer; str() is
# the clang-style lines the CLI prints.
import json
import pathlib

import pytest

import tt_astgen
from conftest import FIXTURES, plan_text

BAD_PLANS = sorted((FIXTURES / "bad-plans").glob("*.json"))


def test_a_dict_with_two_errors_reports_both():
    plan = json.loads(plan_text("eltwise_add"))
    plan["grid"]["x"] = 9
    plan["seed"] = -1
    with pytest.raises(tt_astgen.PlanError) as info:
        tt_astgen.load_plan(plan)
    error = info.value
    assert isinstance(error, ValueError)
    assert [(e.file, e.pointer, e.line, e.column) for e in error.errors] == [
        ("<dict>", "/grid/x", 0, 0),  # a dict has no text of the caller's to point into
        ("<dict>", "/seed", 0, 0),
    ]
    assert error.errors[0].message == "expected 1..8 for wormhole_b0, got 9"
    assert str(error) == ("<dict>: error: /grid/x: expected 1..8 for wormhole_b0, got 9\n"
                          "<dict>: error: /seed: expected a non-negative integer, got -1")


def test_errors_of_a_string_point_at_line_and_column():
    text = '{\n  "version": "1",\n  "name": "class",\n  "seed": -1\n}'
    with pytest.raises(tt_astgen.PlanError) as info:
        tt_astgen.load_plan(text)
    got = [(e.file, e.line, e.column, e.pointer) for e in info.value.errors]
    assert got == [("<string>", 3, 11, "/name"), ("<string>", 4, 11, "/seed"),
                   ("<string>", 1, 1, "/op"), ("<string>", 1, 1, "/buffers")]


@pytest.mark.parametrize("bad", BAD_PLANS, ids=lambda p: p.stem)
def test_every_bad_plan_fixture_is_reported_as_the_cli_reports_it(bad: pathlib.Path):
    # .expected holds the CLI's lines for "<rule>.json"; given the path, errors name that path.
    expected = bad.with_suffix(".expected").read_text().splitlines()
    with pytest.raises(tt_astgen.PlanError) as info:
        tt_astgen.load_plan(bad)
    assert str(info.value).splitlines() == [f"{bad.parent}/{line}" for line in expected]
    for e in info.value.errors:
        assert e.file == str(bad)
        assert str(e) == f"{e.file}{f':{e.line}:{e.column}' if e.line else ''}: error: " + \
            (f"{e.pointer}: " if e.pointer else "") + e.message


def test_generate_and_run_raise_plan_error_too():
    bad = FIXTURES / "bad-plans" / "multiple_errors.json"
    for call in (tt_astgen.generate, tt_astgen.run):
        with pytest.raises(tt_astgen.PlanError) as info:
            call(bad.read_text())
        assert len(info.value.errors) == 6
        assert info.value.errors[0].pointer == "/name"
