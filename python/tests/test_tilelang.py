# The call TileLang's TT backend makes: its tt.plan.json (version 5.0) as a string in, the five
# artifacts out, checked clean in memory.
import json

import tt_astgen
from conftest import ARTIFACTS, FIXTURES


def test_a_tilelang_plan_string_gives_five_artifacts_that_check_clean():
    text = (FIXTURES / "tilelang" / "plan_v5.json").read_text()
    assert json.loads(text)["version"] == "5.0"
    files = tt_astgen.generate(text)
    assert list(files) == ARTIFACTS
    assert tt_astgen.check(files) == []
    resolved = json.loads(files["tt.plan.json"])
    assert resolved == tt_astgen.load_plan(text)
    assert len(resolved["work_split"]["cores"]) == json.loads(text)["cores"]["num_cores"]
