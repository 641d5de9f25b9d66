"""The documentation site builds with warnings as errors, and its examples run.

``docs/`` is a Sphinx site (MyST pages, numpydoc API reference, the notebooks executed at tiny
size). The HTML build runs nitpicky (``-n``): a broken cross-reference, a public name missing from
the API reference or without a docstring (``docs/conf.py`` checks ``__all__``) fails it. The
doctest build runs every ``{doctest}`` example of the pages. Needs the ``docs`` extra (also in
``test``); without Sphinx the builds are skipped, saying so.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def _sphinx_build(builder: str, out: Path, doctrees: Path) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "sphinx", "-b", builder, "-W", "--keep-going", "-n", "-q",
           "-d", str(doctrees), str(DOCS), str(out)]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """HTML and doctest builds sharing one environment (the notebooks are executed once)."""
    pytest.importorskip("sphinx", reason="Sphinx is not installed: pip install -e '.[docs]'")
    pytest.importorskip("myst_nb", reason="myst-nb is not installed: pip install -e '.[docs]'")
    pytest.importorskip("numpydoc", reason="numpydoc is not installed: pip install -e '.[docs]'")
    base = tmp_path_factory.mktemp("docs")
    html = _sphinx_build("html", base / "html", base / "doctrees")
    doctest = _sphinx_build("doctest", base / "doctest", base / "doctrees")
    return base, html, doctest


@pytest.mark.slow
def test_site_builds_without_warnings(built):
    base, html, _ = built
    assert html.returncode == 0, f"sphinx-build -W -n -b html failed:\n{html.stdout}\n{html.stderr}"
    for page in ("index", "guide/choosing", "guide/certificates", "guide/own-solver", "math/milp",
                 "math/bounds", "api/certify", "notebooks/correctness"):
        assert (base / "html" / f"{page}.html").is_file(), page


@pytest.mark.slow
def test_doc_examples_run(built):
    base, _, doctest = built
    assert doctest.returncode == 0, f"sphinx-build -b doctest failed:\n{doctest.stdout}\n{doctest.stderr}"
    summary = (base / "doctest" / "output.txt").read_text()
    assert re.search(r"\b0 failures in tests", summary), summary
    assert int(re.findall(r"(\d+) tests", summary)[-1]) >= 20, summary  # the total, last


@pytest.mark.slow
def test_notebooks_are_rendered_with_outputs(built):
    base, _, _ = built
    page = (base / "html" / "notebooks" / "correctness.html").read_text()
    assert "cell_output" in page  # executed at tiny size while the site was built


@pytest.mark.slow
def test_the_newcomer_questions_are_answered(built):
    """Which method for an SVM at 10 C* on 5 000 points; lower / upper / witness; own solver."""
    base, _, _ = built
    text = {p: (base / "html" / f"{p}.html").read_text()
            for p in ("guide/choosing", "guide/certificates", "guide/own-solver")}
    assert "stability" in text["guide/choosing"] and "not exact" in text["guide/choosing"]
    for word in ("lower", "upper", "witness", "Verdict"):
        assert word in text["guide/certificates"]
    for word in ("label_flip_model", "gdp.bigm", "SolverFactory"):
        assert word in text["guide/own-solver"]


def _tracked_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [ROOT / line for line in out.stdout.splitlines()]


# Files allowed to name the shared copy they are checked against (test_repository.py).
MIRRORED: set[str] = set()


def test_nothing_points_outside_the_repository():
    """The mathematics is in docs/: no README, docstring, comment or test cites a file beside it."""
    outside = re.compile(r"\b[S]PEC\b|shared/(?!\S*test_vectors)")
    hits = []
    for path in _tracked_files():
        rel = path.relative_to(ROOT).as_posix()
        if rel in MIRRORED or rel == "tests/test_docs.py" or rel.startswith("tests/test_repository"):
            continue
        if path.suffix not in {".py", ".md", ".toml", ".ipynb", ".json", ".txt", ".cfg", ".rst"}:
            continue
        if not path.is_file():
            continue
        for n, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            if outside.search(line):
                hits.append(f"{rel}:{n}: {line.strip()[:100]}")
    assert not hits, "cite the page in docs/ instead:\n" + "\n".join(hits)
