# check(): clean on generated artifacts; planted faults come back as Diagnostics at their place.
import pytest

import tt_astgen
from conftest import errors_only


def test_generated_artifacts_check_clean(eltwise_add):
    assert tt_astgen.check(eltwise_add) == []


def insert_after(text: str, anchor: str, line: str):
    """The text with `line` inserted after the first line containing anchor, and its 1-based number."""
    lines = text.split("\n")
    at = next(i for i, l in enumerate(lines) if anchor in l) + 1
    return "\n".join(lines[:at] + [line] + lines[at:]), at + 1


def test_a_planted_compile_error_is_a_clang_diagnostic_at_its_line(eltwise_add):
    files = dict(eltwise_add)
    files["reader.cpp"], line = insert_after(files["reader.cpp"], "void kernel_main()", "    undeclared_helper(1);")
    errors = errors_only(tt_astgen.check(files))
    assert errors, "the planted error was not found"
    first = errors[0]
    assert (first.file, first.line, first.column, first.severity, first.check) == ("reader.cpp", line, 5, "error", "clang")
    assert "undeclared_helper" in first.message
    assert {e.file for e in errors} == {"reader.cpp"}


def test_a_planted_cb_fault_is_a_cross_file_finding(eltwise_add):
    files = dict(eltwise_add)
    assert "tt::CBIndex::c_1;" in files["compute.cpp"]
    files["compute.cpp"] = files["compute.cpp"].replace("tt::CBIndex::c_1;", "tt::CBIndex::c_5;")
    line = files["compute.cpp"].split("\n").index("    constexpr uint32_t cb_in1 = tt::CBIndex::c_5;") + 1
    findings = [d for d in tt_astgen.check(files) if d.check == "cb-index" and d.severity == "error"]
    assert [(d.file, d.line) for d in findings] == [("compute.cpp", line)]
    assert "c_5" in findings[0].message
    assert str(findings[0]).startswith(f"compute.cpp:{line}:")
    assert tt_astgen.check(files, cross_file_checks=False) == []


def test_a_folder_or_host_file_is_checked_as_the_cli_checks_it(eltwise_add, tmp_path):
    for name, text in eltwise_add.items():
        (tmp_path / name).write_text(text)
    assert tt_astgen.check(tmp_path / "main.cpp") == []
    writer = eltwise_add["writer.cpp"].replace("noc_async_write_barrier();", "noc_async_write_barier();", 1)
    line = writer.split("\n").index("        noc_async_write_barier();") + 1
    (tmp_path / "writer.cpp").write_text(writer)
    errors = errors_only(tt_astgen.check(str(tmp_path)))
    assert [(e.file, e.line, e.check) for e in errors] == [(str(tmp_path / "writer.cpp"), line, "clang")]
    assert "noc_async_write_barier" in errors[0].message


def test_bad_arguments_are_reported():
    with pytest.raises(ValueError, match="neither a folder nor a host file"):
        tt_astgen.check("/nonexistent/tt-astgen")
    with pytest.raises(ValueError, match=r"no C\+\+ file"):
        tt_astgen.check({"notes.txt": "x"})
    with pytest.raises(TypeError, match="is not a str"):
        tt_astgen.check({"main.cpp": 3})
    with pytest.raises(TypeError, match="file names must be str"):
        tt_astgen.check({1: "int main() {}"})
