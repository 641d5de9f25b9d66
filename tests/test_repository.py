"""The repository keeps its promises: README commands, CI script, shipped test vectors."""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands():
    text = (ROOT / "README.md").read_text()
    return re.findall(r"```bash\n(python3 -m venv[^\n]*)\n```", text)


def test_ci_runs_the_readme_test_command():
    commands = _readme_commands()
    tests = [c for c in commands if c.rstrip().endswith("pytest")]
    assert len(tests) == 1, commands
    ci = (ROOT / ".ci" / "run").read_text()
    assert tests[0] in ci.splitlines()


def test_readme_main_job_uses_the_cli_on_bundled_data():
    main = [c for c in _readme_commands() if "optcert certify" in c]
    assert len(main) == 1 and "--dataset" in main[0]


def test_shipped_test_vectors_equal_shared_copy():
    shipped = json.loads((ROOT / "tests" / "data" / "test_vectors.json").read_text())
    shared = ROOT.parent / "shared" / "test_vectors.json"
    if shared.exists():  # beside the checkout for developers and CI; absent on a user's machine
        # the cases must agree; the "about" line points to the project's own docs in the shipped copy
        reference = json.loads(shared.read_text())
        assert {k: v for k, v in reference.items() if k != "about"} == \
            {k: v for k, v in shipped.items() if k != "about"}
    assert {"binary_label_linear", "multiclass_label_linear", "ensembles"} <= set(shipped)
