"""The optcert command end to end on bundled real data (small subsamples)."""

import csv
import json

import numpy as np
import pytest

from optcert.cli import main


def _rows(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def test_certify_breast_cancer_writes_table_plot_and_resumes(tmp_path, capsys):
    out = tmp_path / "run"
    args = ["certify", "--dataset", "breast_cancer", "--model", "krr", "--lam", "1.0",
            "--n-test", "30", "--chunk", "10", "--quiet", "--out", str(out)]
    assert main(args) == 0
    rows = _rows(out / "certificates.csv")
    assert len(rows) == 30 and sorted(int(r["index"]) for r in rows) == list(range(30))
    summary = json.loads((out / "summary.json").read_text())
    assert 0.8 < summary["accuracy"] <= 1.0
    assert summary["exact_share"] == 1.0
    assert (out / "certified_accuracy.png").stat().st_size > 1000
    assert "certified acc." in capsys.readouterr().out
    # resume after losing the last rows: only the missing ones are recomputed, same answers
    full = _rows(out / "certificates.csv")
    with open(out / "certificates.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(full[0]))
        w.writeheader()
        w.writerows(full[:12])
    assert main(args + ["--resume"]) == 0
    again = sorted(_rows(out / "certificates.csv"), key=lambda r: int(r["index"]))
    assert [r["lower"] for r in again] == [r["lower"] for r in sorted(full, key=lambda r: int(r["index"]))]
    # without --resume an existing run is not overwritten
    assert main(args) == 2


def test_certify_npz_with_svm_and_pca(tmp_path):
    rng = np.random.default_rng(0)
    X = rng.standard_normal((60, 8))
    y = (X[:, 0] > 0).astype(int)
    np.savez(tmp_path / "d.npz", X_train=X[:40], y_train=y[:40], X_test=X[40:], y_test=y[40:])
    out = tmp_path / "o"
    assert main(["certify", "--npz", str(tmp_path / "d.npz"), "--features", "pca:4", "--quiet",
                 "--out", str(out)]) == 0
    s = json.loads((out / "summary.json").read_text())
    assert s["n_train"] == 40 and s["n_test"] == 20


@pytest.mark.parametrize("argv,msg", [
    (["certify", "--npz", "missing.npz", "--out", "x"], "does not exist"),
    (["certify", "--dataset", "nope", "--out", "x"], "nope"),
    (["certify", "--dataset", "wine", "--features", "pca:x", "--out", "x"], "integer"),
])
def test_bad_input_gives_a_message_not_a_traceback(tmp_path, capsys, argv, msg, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    assert msg in capsys.readouterr().err


def test_solvers_and_datasets_listing(capsys):
    assert main(["solvers"]) == 0
    out = capsys.readouterr().out
    assert "highs" in out and "scip" in out
    assert main(["datasets"]) == 0
    assert "mnist-1v7" in capsys.readouterr().out
