# Shared fixtures of the tt_astgen module tests. Run them as ctest does:
#   PYTHONPATH=<build>/python TT_ASTGEN_BINARY=<build>/tool/tt-astgen /usr/bin/python3 -m pytest -q python/tests
import os
import pathlib

import pytest

import tt_astgen

REPO = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = REPO / "fixtures"
ARTIFACTS = ["main.cpp", "reader.cpp", "compute.cpp", "writer.cpp", "tt.plan.json"]


def plan_text(name: str) -> str:
    """The text of fixtures/plans/<name>.json."""
    return (FIXTURES / "plans" / f"{name}.json").read_text()


def golden(name: str, artifact: str) -> str:
    """fixtures/expected/<name>/<artifact>: what the C++ library generates (emit_tests compare it)."""
    return (FIXTURES / "expected" / name / artifact).read_text()


def errors_only(diagnostics):
    return [d for d in diagnostics if d.severity == "error"]


@pytest.fixture(scope="session")
def cli() -> str:
    """The tt-astgen binary of the same build (ctest sets TT_ASTGEN_BINARY)."""
    binary = os.environ.get("TT_ASTGEN_BINARY")
    if not binary:
        pytest.fail("TT_ASTGEN_BINARY is not set: run these tests through ctest (see python/tests/conftest.py)")
    return binary


@pytest.fixture(scope="session")
def eltwise_add():
    """The program of fixtures/plans/eltwise_add.json, generated once for every test that reads it."""
    return tt_astgen.generate(plan_text("eltwise_add"))
