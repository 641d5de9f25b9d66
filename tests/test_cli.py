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
    # resume after losing the last rows (of a file without the newer source columns): only the
    # missing ones are recomputed, same answers, every column present
    full = _rows(out / "certificates.csv")
    old = [k for k in full[0] if not k.endswith("_from")]
    with open(out / "certificates.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=old, extrasaction="ignore")
        w.writeheader()
        w.writerows(full[:12])
    assert main(args + ["--resume"]) == 0
    again = sorted(_rows(out / "certificates.csv"), key=lambda r: int(r["index"]))
    assert [r["lower"] for r in again] == [r["lower"] for r in sorted(full, key=lambda r: int(r["index"]))]
    assert list(again[0]) == list(full[0])
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
    (["certify", "--npz", "missing.npz", "--out", "x"], "--npz missing.npz: file not found"),
    (["certify", "--dataset", "nope", "--out", "x"], "--dataset: Unknown dataset 'nope'"),
    (["certify", "--dataset", "wine", "--features", "pca:x", "--out", "x"], "--features pca:K needs an integer"),
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


# -- labels from --npz, and every bad input as one line naming the flag ----------------------

def _blob_npz(path, labels, *, n_train=40, n_test=16, seed=0):
    """Two Gaussian blobs labelled labels[0] / labels[1] (any values), saved with np.savez."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_train + n_test, 5))
    y = np.asarray(labels)[(X[:, 0] + 0.5 * X[:, 1] > 0).astype(int)]
    np.savez(path, X_train=X[:n_train], y_train=y[:n_train], X_test=X[n_train:], y_test=y[n_train:])
    return path


def _run(tmp_path, npz, name, *extra):
    out = tmp_path / name
    assert main(["certify", "--npz", str(npz), "--quiet", "--out", str(out), *extra]) == 0
    rows = sorted(_rows(out / "certificates.csv"), key=lambda r: int(r["index"]))
    return rows, json.loads((out / "summary.json").read_text()), json.loads((out / "config.json").read_text())


@pytest.mark.parametrize("labels, texts", [
    ([-1, 1], ["-1", "1"]),
    ([7, 2], ["7", "2"]),
    (["dog", "cat"], ["dog", "cat"]),
    ([1.0, 0.0], ["1", "0"]),
])
def test_npz_labels_of_any_kind_are_shown_as_labels(tmp_path, labels, texts):
    ref_rows, ref_summary, _ = _run(tmp_path, _blob_npz(tmp_path / "ref.npz", [0, 1]), "ref")
    rows, summary, config = _run(tmp_path, _blob_npz(tmp_path / "d.npz", labels), "d")
    assert config["labels"] == sorted(texts, key=lambda t: np.asarray(labels)[texts.index(t)])
    to_label = {"0": texts[0], "1": texts[1]}
    # the same model up to the names of the classes: same radii, predictions renamed
    assert [r["y_true"] for r in rows] == [to_label[r["y_true"]] for r in ref_rows]
    assert [r["prediction"] for r in rows] == [to_label[r["prediction"]] for r in ref_rows]
    assert [r["lower"] for r in rows] == [r["lower"] for r in ref_rows]
    correct = [r["prediction"] == r["y_true"] for r in rows]
    assert summary["accuracy"] == pytest.approx(np.mean(correct)) == ref_summary["accuracy"]
    assert 0.5 < summary["accuracy"] < 1.0  # both labels predicted, some points wrong
    assert summary["certified_accuracy_lower"] == ref_summary["certified_accuracy_lower"]


def test_npz_string_labels_multiclass_ensemble_resumes(tmp_path):
    rng = np.random.default_rng(2)
    X = rng.standard_normal((90, 4))
    y = np.array(["ant", "bee", "cow"])[np.argmax(X[:, :3], axis=1)]
    npz = tmp_path / "m.npz"
    np.savez(npz, X_train=X[:70], y_train=y[:70], X_test=X[70:], y_test=y[70:])
    args = ["--model", "krr", "--partitions", "5", "--chunk", "7", "--budgets", "0:3"]
    rows, summary, config = _run(tmp_path, npz, "run", *args)
    assert config["labels"] == ["ant", "bee", "cow"] and summary["n_classes"] == 3
    assert [r["y_true"] for r in rows] == y[70:].tolist()
    assert {r["prediction"] for r in rows} <= {"ant", "bee", "cow"}
    lower = np.array([float(r["lower"]) for r in rows])
    correct = np.array([r["prediction"] == r["y_true"] for r in rows])
    assert summary["budgets"] == [0, 1, 2, 3]
    assert summary["certified_accuracy_lower"] == [float(np.mean(correct & (lower >= b))) for b in range(4)]
    csv_path = tmp_path / "run" / "certificates.csv"
    with open(csv_path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows[:9])
    assert main(["certify", "--npz", str(npz), "--quiet", "--out", str(tmp_path / "run"), *args,
                 "--resume"]) == 0
    again = sorted(_rows(csv_path), key=lambda r: int(r["index"]))
    assert [(r["prediction"], r["lower"]) for r in again] == [(r["prediction"], r["lower"]) for r in rows]
    assert json.loads((tmp_path / "run" / "summary.json").read_text())["accuracy"] == summary["accuracy"]


def test_budgets_up_to_n_are_accepted(tmp_path):
    npz = _blob_npz(tmp_path / "d.npz", [0, 1], n_train=12, n_test=4)
    _, summary, _ = _run(tmp_path, npz, "o", "--budgets", "0,12")
    assert summary["budgets"] == [0, 12] and summary["certified_accuracy_lower"][1] == 0.0


def _bad_files(tmp):
    """name -> .npz (or not) that must be refused."""
    rng = np.random.default_rng(0)
    X = rng.standard_normal((10, 3))
    y = np.arange(10) % 2
    files = {}
    np.savez(tmp / "half.npz", X_train=X[:8], y_train=y[:8] + 0.5, X_test=X[8:], y_test=y[8:] + 0.5)
    np.savez(tmp / "empty_test.npz", X_train=X, y_train=y, X_test=X[:0], y_test=y[:0])
    np.savez(tmp / "one_class.npz", X_train=X, y_train=np.zeros(10), X_test=X[:2], y_test=y[:2])
    np.savez(tmp / "no_y_test.npz", X_train=X, y_train=y, X_test=X[:2])
    np.savez(tmp / "text_X.npz", X_train=X.astype(str), y_train=y, X_test=X[:2], y_test=y[:2])
    raw = (tmp / "half.npz").read_bytes()
    (tmp / "truncated.npz").write_bytes(raw[: len(raw) // 2])
    (tmp / "garbage.npz").write_bytes(b"not an archive at all")
    np.save(tmp / "single.npy", X)
    for name in ("half", "empty_test", "one_class", "no_y_test", "text_X", "truncated", "garbage"):
        files[name] = tmp / f"{name}.npz"
    files["single"] = tmp / "single.npy"
    files["ok"] = _blob_npz(tmp / "ok.npz", ["a", "b"], n_train=20, n_test=6)
    return files


@pytest.mark.parametrize("npz, extra, needle", [
    ("half", [], "--npz .*half.npz: y_train holds float labels that are not whole numbers"),
    ("empty_test", [], "--npz .*X_test has no rows .the test set is empty"),
    ("one_class", [], "--npz .*y_train holds 1 of the classes"),
    ("no_y_test", [], r"--npz .*missing array\(s\) y_test"),
    ("text_X", [], "--npz .*X_train must hold numbers"),
    ("truncated", [], "--npz .*not a readable .npz file"),
    ("garbage", [], "--npz .*no zip signature"),
    ("single", [], "--npz .*a single .npy array"),
    ("absent", [], "--npz .*absent.npz: file not found"),
    ("ok", ["--budgets", "5:2"], "--budgets: '5:2' is an empty range"),
    ("ok", ["--budgets", "0:5:0"], "--budgets: the step of '0:5:0' must be >= 1"),
    ("ok", ["--budgets=-1,2"], "--budgets: flip counts must be >= 0"),
    ("ok", ["--budgets", "-1,2"], "--budgets: expected one argument .a value starting with '-'"),
    ("ok", ["--budgets", "0,x"], "--budgets: must look like"),
    ("ok", ["--budgets", "0:21"], "--budgets: 21 flips exceeds the N = 20 training points"),
    ("ok", ["--partitions", "0"], "--partitions: must be >= 1, got 0"),
    ("ok", ["--partitions", "21"], "--partitions 21 exceeds the N = 20 training points"),
    ("ok", ["--chunk", "0"], "--chunk: must be >= 1, got 0"),
    ("ok", ["--chunk", "two"], "--chunk: must be an integer"),
    ("ok", ["--model", "krr", "--lam", "0"], "--lam: must be finite and > 0, got 0"),
    ("ok", ["--lam", "nan"], "--lam: must be finite and > 0, got nan"),
    ("ok", ["--C", "-1"], "--C: must be finite and > 0"),
    ("ok", ["--C-factor", "0"], "--C-factor: must be finite and > 0"),
    ("ok", ["--time-limit", "0"], "--time-limit: must be finite and > 0"),
    ("ok", ["--depth=-1"], "--depth: must be >= 0"),
    ("ok", ["--bias=-1"], "--bias: must be finite and >= 0"),
    ("ok", ["--seed=-1"], "--seed: must be >= 0"),
    ("ok", ["--n-train", "0"], "--n-train: must be >= 1"),
    ("ok", ["--n-train", "50"], "--n-train: n_train=50 exceeds the 20 points available"),
    ("ok", ["--classes", "a,z"], "--classes: Unknown class name 'z'"),
    ("ok", ["--features", "pca:9"], "--features pca:9 needs 1 <= K <= 5"),
])
def test_bad_npz_and_flags_give_one_line_naming_the_flag(tmp_path, capsys, npz, extra, needle):
    import re

    files = _bad_files(tmp_path)
    out = tmp_path / "out"
    path = files.get(npz, tmp_path / f"{npz}.npz")
    assert main(["certify", "--npz", str(path), "--quiet", "--out", str(out), *extra]) == 2
    err = capsys.readouterr().err
    assert re.search(needle, err), err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()  # nothing written for a refused run


def test_out_that_is_a_file_is_refused(tmp_path, capsys):
    npz = _blob_npz(tmp_path / "d.npz", [0, 1])
    (tmp_path / "f").write_text("")
    assert main(["certify", "--npz", str(npz), "--out", str(tmp_path / "f")]) == 2
    assert "--out" in capsys.readouterr().err


def test_help_and_missing_source_return_codes(capsys):
    assert main(["certify", "--help"]) == 0
    assert "--npz" in capsys.readouterr().out
    assert main(["certify", "--out", "x"]) == 2
    err = capsys.readouterr().err
    assert "one of the arguments --dataset --npz" in err and err.count("\n") == 1


def test_an_inexact_run_reports_both_bounds(tmp_path, capsys):
    """The stability bound above C* leaves intervals open: the table, summary.json and the MCR
    show the attacks' side too, computed from the CSV's upper column."""
    from optcert.metrics import median_certified_robustness

    out = tmp_path / "svm"
    assert main(["certify", "--dataset", "breast_cancer", "--model", "svm", "--C-factor", "10",
                 "--n-train", "150", "--n-test", "20", "--method", "stability", "--quiet",
                 "--out", str(out)]) == 0
    rows = _rows(out / "certificates.csv")
    lower = np.array([float(r["lower"]) for r in rows])
    upper = np.array([float(r["upper"]) for r in rows])
    assert (lower <= upper).all() and (lower < upper).any()  # the case this test is about
    s = json.loads((out / "summary.json").read_text())
    pred = np.array([r["prediction"] for r in rows])
    y = np.array([r["y_true"] for r in rows])
    assert s["exact_share"] == np.mean(lower == upper) < 1
    assert s["mcr_radius"] == median_certified_robustness(pred, y, lower)
    assert s["mcr_radius_upper"] == median_certified_robustness(pred, y, upper) >= s["mcr_radius"]
    assert all(a <= b for a, b in zip(s["certified_accuracy_lower"], s["certified_accuracy_upper"]))
    assert s["certified_accuracy_upper"][-1] == 0 < s["certified_accuracy_upper"][-2]  # both curves drawn to 0
    printed = capsys.readouterr().out
    assert "not yet attacked" in printed and f"MCR (radius) in [{s['mcr_radius']}, {s['mcr_radius_upper']}]" in printed
    # where each end came from: the certificates' info, per row and counted in summary.json
    sources = {"stability", "ball", "root", "search"}
    assert {r["lower_from"] for r in rows} <= sources and {r["upper_from"] for r in rows} <= {"ordered", "resolve", "search", ""}
    assert sum(s["interval_sources"]["lower"].values()) == len(rows)
    assert s["interval_sources"]["lower"].get("root", 0) > 0  # the root bounds lift some points here
