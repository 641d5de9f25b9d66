"""README's python snippets run as written: each in its own fresh namespace, so a snippet that
uses a name it does not define fails here."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import numpy as np
import pytest

import optcert

README = Path(__file__).resolve().parents[1] / "README.md"
TEXT = README.read_text()
FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
BLOCKS = [(TEXT.count("\n", 0, m.start(1)), m.group(1)) for m in FENCE.finditer(TEXT)]


def run_source(line: int, source: str) -> dict:
    """Execute ``source`` (starting at README line ``line + 1``) in a fresh namespace; return it."""
    code = compile("\n" * line + source, str(README), "exec")  # tracebacks point at README lines
    namespace = {"__name__": "__main__"}
    exec(code, namespace)
    return namespace


@functools.cache
def run_block(index: int) -> dict:
    """Namespace after running README python block ``index`` (once per session)."""
    return run_source(*BLOCKS[index])


def block_with(word: str) -> int:
    found = [i for i, (_, src) in enumerate(BLOCKS) if word in src]
    assert len(found) == 1, f"one README python block should use {word}, found {len(found)}"
    return found[0]


def test_every_python_fence_is_found():
    assert len(BLOCKS) >= 2
    assert len(BLOCKS) == TEXT.count("```python")


@pytest.mark.parametrize("index", range(len(BLOCKS)), ids=[f"line{line}" for line, _ in BLOCKS])
def test_snippet_runs_as_written(index):
    namespace = run_block(index)
    assert "optcert" in namespace  # each snippet imports what it uses


def test_each_snippet_starts_from_a_fresh_namespace():
    assert "rho" in run_block(block_with("PartitionEnsemble"))
    with pytest.raises(NameError, match="rho"):  # another snippet's names are not visible
        run_source(0, "import optcert\noptcert.aggregate(rho)\n")


def test_kernel_ridge_snippet_is_exact():
    ns = run_block(block_with("KernelRidge(alpha=1.0"))
    certs, ds = ns["certs"], ns["ds"]
    assert len(certs) == len(ds.X_test) and certs.exact.all()  # ScaLabelCert: exact, by sorting
    acc = certs.certified_accuracy(ds.y_test, budgets=range(10))
    assert (np.diff(acc) <= 0).all() and acc[0] > 0.9


def test_ensemble_snippet_whitebox_dominates_dpa_and_aggregates_agree():
    ns = run_block(block_with("PartitionEnsemble"))
    white, dpa = ns["white"], ns["dpa"]
    assert (white.prediction == dpa.prediction).all()
    assert (white.lower >= dpa.lower).all() and (white.lower > dpa.lower).any()
    cert, rho = ns["cert"], ns["rho"]
    assert cert.lower == cert.upper == 3  # the radius the README's comment states
    for method in ("ilp", "bruteforce"):
        assert optcert.aggregate(rho, method=method).lower == 3
    assert optcert.aggregate(rho, method="dpa").lower == 1
    assert len(cert.witness.indices) >= 1
