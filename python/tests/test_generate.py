# generate(): the artifact map, equal to what the C++ library and the CLI produce, nothing on disk.
import json
import pathlib
import subprocess
import threading
import time

import pytest

import tt_astgen
from conftest import ARTIFACTS, FIXTURES, golden, plan_text


def test_the_artifact_map_holds_the_five_files_in_order(eltwise_add):
    assert list(eltwise_add) == ARTIFACTS
    assert all(isinstance(text, str) and text for text in eltwise_add.values())


def test_the_artifacts_are_the_golden_files(eltwise_add):
    for name in ARTIFACTS:
        assert eltwise_add[name] == golden("eltwise_add", name), name


def test_a_dict_gives_the_same_bytes_nothing_is_written_and_the_gil_is_free(eltwise_add, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    results = []
    rounds = 20  # ~70 ms each: far more than the 0.1 s of polling asked for below

    def generate_rounds():
        for _ in range(rounds):
            results.append(tt_astgen.generate(json.loads(plan_text("eltwise_add"))))

    worker = threading.Thread(target=generate_rounds)
    worker.start()
    spins = 0
    while worker.is_alive():  # wakes up only while generate() does not hold the GIL
        time.sleep(0.001)
        spins += 1
    worker.join()
    # deterministic, and a dict is the same plan as its JSON text
    assert len(results) == rounds and all(r == eltwise_add for r in results)
    # With the GIL held during generate() the loop could run only between the calls (~20 times).
    assert spins > 100
    assert list(tmp_path.iterdir()) == []


def test_the_profile_argument_generates_what_the_cli_does(eltwise_add, cli, tmp_path):
    plan = FIXTURES / "plans" / "eltwise_add.json"
    subprocess.run([cli, "generate", str(plan), "-o", str(tmp_path / "out"), "--profile", "metal-2024"],
                   check=True, capture_output=True)
    files = tt_astgen.generate(plan, profile="metal-2024")  # a path is a plan too
    assert list(files) == ARTIFACTS
    for name in ARTIFACTS:
        assert files[name] == (tmp_path / "out" / name).read_text(), name
    assert files["main.cpp"] != eltwise_add["main.cpp"]  # the other API generation
    assert json.loads(files["tt.plan.json"])["profile"] == "metal-2024"


def test_an_unknown_profile_is_a_value_error():
    with pytest.raises(ValueError, match=r"unknown profile 'metal-1999' \(expected metal-2025"):
        tt_astgen.generate(plan_text("eltwise_add"), profile="metal-1999")


def test_a_plan_of_another_type_is_a_type_error_and_nan_is_no_json():
    with pytest.raises(TypeError, match="expected a dict, a str of JSON text or a path, got int"):
        tt_astgen.generate(42)
    with pytest.raises(ValueError, match="not JSON compliant"):
        tt_astgen.load_plan({"version": "1", "tolerance": float("nan")})


def test_load_plan_returns_the_resolved_plan():
    resolved = tt_astgen.load_plan(plan_text("eltwise_add"))
    assert resolved == json.loads(golden("eltwise_add", "tt.plan.json"))
    assert tt_astgen.load_plan(pathlib.Path(FIXTURES / "plans" / "eltwise_add.json")) == resolved


def test_module_metadata():
    assert tt_astgen.__version__.count(".") == 2
    for name in ("generate", "check", "run", "load_plan"):
        assert getattr(tt_astgen, name).__doc__.startswith(name + "(")
