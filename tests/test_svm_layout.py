"""The svm/ room's imports point down only: exact/, results and exceptions (and numpy, scipy, numba)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOM = Path(__file__).resolve().parents[1] / "optcert" / "svm"
ALLOWED = {"optcert.exact", "optcert.results", "optcert.exceptions", "optcert.svm"}


def _imports(path: Path):
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against optcert.svm
                base = ["optcert", "svm"][: 2 - (node.level - 1)]
                yield ".".join(base + ([node.module] if node.module else []))
            else:
                yield node.module
        elif isinstance(node, ast.Import):
            yield from (a.name for a in node.names)


def test_svm_room_imports_nothing_above_it():
    files = sorted(ROOM.glob("*.py"))
    assert len(files) >= 10
    for path in files:
        for name in _imports(path):
            if name.split(".")[0] != "optcert":
                continue
            assert any(name == a or name.startswith(a + ".") for a in ALLOWED), (path.name, name)
