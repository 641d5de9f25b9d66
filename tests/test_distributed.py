"""Certification on a dask.distributed cluster equals the serial run (issue 17).

One 2-worker LocalCluster (processes, one thread each) serves the module. Identical means the
same prediction, lower, upper and witness (indices and labels) at every test point; the
per-point ``runtime`` is the only field that may differ.
"""

from __future__ import annotations

import csv
import os
import signal
import site
import sys
from pathlib import Path

import numpy as np
import pytest

import optcert
from optcert import InvalidInputError
from optcert.cli import main as cli_main
from optcert.exceptions import MissingDependencyError

distributed = pytest.importorskip("distributed")  # the 'test' extra installs it

from optcert.distributed import iter_certify, local_client, map_ordered, open_client  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with open_client(workers=2) as c:
        c.wait_for_workers(2)
        yield c


def _data(name, n_train, n_test):
    ds = optcert.load_dataset(name, n_train=n_train, n_test=n_test, seed=0)
    return ds.X_train, ds.y_train, ds.X_test


@pytest.fixture(scope="module")
def svm_above_c_star():
    """Breast cancer, N = 24, C = 10 C*: the flip-set search decides every point (radii 0..4)."""
    X, y, Xt = _data("breast_cancer", 24, 10)
    model = optcert.KernelSVM(C=10 * optcert.small_c_threshold(X)).fit(X, y)
    assert not model.is_label_linear
    return model, Xt, optcert.certify(model, Xt, method="milp")


def _assert_identical(serial, dist):
    assert type(dist) is optcert.Certificates and len(dist) == len(serial)
    assert dist.n_train == serial.n_train
    np.testing.assert_array_equal(dist.classes, serial.classes)
    np.testing.assert_array_equal(dist.prediction, serial.prediction)
    np.testing.assert_array_equal(dist.lower, serial.lower)
    np.testing.assert_array_equal(dist.upper, serial.upper)
    for a, b in zip(serial, dist):
        assert a.method == b.method
        assert (a.witness is None) == (b.witness is None)
        if a.witness is not None:
            np.testing.assert_array_equal(a.witness.indices, b.witness.indices)
            np.testing.assert_array_equal(a.witness.labels, b.witness.labels)


def test_cluster_is_two_single_threaded_worker_processes(client):
    workers = client.scheduler_info()["workers"].values()
    assert len(workers) == 2 and all(w["nthreads"] == 1 for w in workers)
    pids = client.run(os.getpid)
    assert len(set(pids.values())) == 2 and os.getpid() not in pids.values()
    assert set(client.run(os.environ.get, "OMP_NUM_THREADS").values()) == {"1"}


def test_svm_above_c_star_search_equals_serial(client, svm_above_c_star):
    model, Xt, serial = svm_above_c_star
    assert serial.exact.all() and serial.upper.max() >= 3  # the search had work to do
    dist = optcert.certify(model, Xt, method="milp", client=client)
    _assert_identical(serial, dist)
    # chunks of several points, and no witnesses: the same bounds
    dist3 = optcert.certify(model, Xt, method="milp", client=client, chunk_size=3, witnesses=False)
    np.testing.assert_array_equal(dist3.lower, serial.lower)
    np.testing.assert_array_equal(dist3.upper, serial.upper)
    assert all(c.witness is None for c in dist3)


def test_ensemble_equals_serial_and_fits_the_same_base_models(client):
    X, y, Xt = _data("digits", 300, 30)
    base = optcert.KernelRidge(alpha=1.0)
    serial_ens = optcert.PartitionEnsemble(base, 5).fit(X, y)
    dist_ens = optcert.PartitionEnsemble(base, 5).fit(X, y, client=client)
    assert len(dist_ens.estimators_) == 5
    for a, b in zip(serial_ens.partitions_, dist_ens.partitions_):
        np.testing.assert_array_equal(a, b)
    for a, b in zip(serial_ens.estimators_, dist_ens.estimators_):  # in partition order
        np.testing.assert_array_equal(a.y_fit_, b.y_fit_)
        np.testing.assert_array_equal(a.predict(Xt), b.predict(Xt))
    np.testing.assert_array_equal(serial_ens.base_predictions(Xt), dist_ens.base_predictions(Xt))
    serial = optcert.certify(serial_ens, Xt)
    assert serial.lower.max() >= 2
    _assert_identical(serial, optcert.certify(dist_ens, Xt, client=client, chunk_size=7))
    dpa = optcert.certify(serial_ens, Xt, base="blackbox")
    _assert_identical(dpa, optcert.certify(serial_ens, Xt, base="blackbox", client=client))


def test_label_linear_path_equals_serial(client):
    X, y, Xt = _data("digits", 200, 40)
    model = optcert.KernelRidge(alpha=0.5).fit(X, y)
    serial = optcert.certify(model, Xt, method="scalable")
    assert len(np.unique(serial.lower)) >= 3
    _assert_identical(serial, optcert.certify(model, Xt, client=client, chunk_size=9))


def test_map_ordered_keeps_item_order(client):
    seen = []
    out = map_ordered(client, pow, [(2, k) for k in range(6)], on_result=lambda i, r: seen.append(i))
    assert out == [1, 2, 4, 8, 16, 32] and sorted(seen) == list(range(6))


def _kill_after_first_chunk(client, model, X, pids_to_kill):
    """Run ``iter_certify`` one point per task; SIGKILL the given worker pids once the first task
    is back (the rest still queued or running); return the certificates in row order."""
    out = [None] * len(X)
    killed = False
    for positions, certs in iter_certify(client, model, X, chunk_size=1, method="milp"):
        for p, c in zip(positions, certs):
            out[p] = c
        if not killed:
            for pid in pids_to_kill:
                os.kill(pid, signal.SIGKILL)
            killed = True
    return out


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_worker_killed_mid_run_loses_nothing(client, svm_above_c_star):
    model, Xt, serial = svm_above_c_star
    X = np.tile(Xt, (4, 1))  # 40 tasks: plenty still queued when the worker dies
    before = client.run(os.getpid)
    victim = next(iter(before.values()))
    certs = _kill_after_first_chunk(client, model, X, [victim])
    _assert_identical(optcert.Certificates(list(serial) * 4, n_train=24, classes=serial.classes),
                      optcert.Certificates(certs, n_train=24, classes=model.classes_))
    client.wait_for_workers(2, timeout=60)
    after = set(client.run(os.getpid).values())
    assert victim not in after and len(after) == 2  # the nanny started a new worker


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_every_worker_killed_the_model_is_scattered_again(client, svm_above_c_star, caplog):
    model, Xt, serial = svm_above_c_star
    X = np.tile(Xt, (3, 1))
    client.wait_for_workers(2, timeout=60)
    pids = list(client.run(os.getpid).values())
    with caplog.at_level("WARNING", logger="optcert.distributed"):
        certs = _kill_after_first_chunk(client, model, X, pids)  # both copies of the model lost
    assert "scattering it again" in caplog.text
    np.testing.assert_array_equal([c.lower for c in certs], np.tile(serial.lower, 3))
    np.testing.assert_array_equal([c.upper for c in certs], np.tile(serial.upper, 3))
    client.wait_for_workers(2, timeout=60)


def test_reproduce_grid_on_a_client_equals_serial(client, tmp_path, monkeypatch):
    root = str(Path(__file__).resolve().parents[1])
    monkeypatch.syspath_prepend(root)
    client.run(site.addsitedir, root)  # the workers import experiments.reproduce as this process does
    from experiments import reproduce

    cfg = reproduce.Config("t", (reproduce.DataSpec("mnist-1v7", 100, 8),), partitions=(1, 3),
                           lambdas=(1.0,), pca=8, budgets=5)
    serial = reproduce.run(cfg, tmp_path / "serial", log=lambda s: None)
    dist = reproduce.run(cfg, tmp_path / "dist", log=lambda s: None, client=client)

    def untimed(rows):
        return [{k: v for k, v in r.items() if k not in ("fit_s", "whitebox_s", "dpa_s")} for r in rows]

    assert len(serial["rows"]) == 4 and max(r["mcr_whitebox"] for r in serial["rows"]) >= 4
    assert untimed(dist["rows"]) == untimed(serial["rows"])  # in grid order
    assert dist["curves"] == serial["curves"]


def _csv_without_runtime(path):
    with open(path, newline="") as fh:
        return [{k: v for k, v in row.items() if k != "runtime"} for row in csv.DictReader(fh)]


def test_cli_workers_and_scheduler_write_the_serial_certificates(client, tmp_path):
    common = ["certify", "--dataset", "breast_cancer", "--n-train", "24", "--n-test", "10",
              "--C-factor", "10", "--method", "milp", "--quiet"]
    assert cli_main(common + ["--out", str(tmp_path / "serial")]) == 0
    assert cli_main(common + ["--workers", "2", "--out", str(tmp_path / "dist")]) == 0
    serial = _csv_without_runtime(tmp_path / "serial" / "certificates.csv")
    dist = _csv_without_runtime(tmp_path / "dist" / "certificates.csv")
    assert [r["index"] for r in dist] == [str(i) for i in range(10)]  # back in row order
    assert dist == serial
    assert {r["exact"] for r in dist} == {"True"} and len({r["lower"] for r in dist}) >= 3
    # an existing cluster (this module's), two points per task
    address = client.scheduler.address
    assert cli_main(common + ["--scheduler", address, "--chunk", "2", "--out", str(tmp_path / "sched")]) == 0
    assert _csv_without_runtime(tmp_path / "sched" / "certificates.csv") == serial
    assert client.status == "running"  # the command closed its own connection only
    # chunks saved out of order by an interrupted run: --resume certifies only the others
    path = tmp_path / "sched" / "certificates.csv"
    with open(path, newline="") as fh:
        full = list(csv.DictReader(fh))
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(full[0]))
        writer.writeheader()
        writer.writerows([full[7], full[2], full[5]])
    assert cli_main(common + ["--scheduler", address, "--out", str(tmp_path / "sched"), "--resume"]) == 0
    with open(path, newline="") as fh:
        resumed = list(csv.DictReader(fh))
    assert [r["runtime"] for r in resumed if r["index"] in ("2", "5", "7")] == \
        [full[i]["runtime"] for i in (2, 5, 7)]  # kept, not recomputed
    assert _csv_without_runtime(path) == serial


def test_cli_refuses_workers_with_scheduler(tmp_path, capsys):
    argv = ["certify", "--dataset", "wine", "--workers", "2", "--scheduler", "tcp://127.0.0.1:8786",
            "--out", str(tmp_path / "x")]
    assert cli_main(argv) == 2
    assert "not allowed with argument" in capsys.readouterr().err
    assert cli_main(["certify", "--dataset", "wine", "--workers", "0", "--out", str(tmp_path / "x")]) == 2
    assert "--workers: must be >= 1" in capsys.readouterr().err


def test_bad_client_and_chunk_size_are_refused(client, svm_above_c_star):
    model, Xt, _ = svm_above_c_star
    with pytest.raises(InvalidInputError, match="client must be a dask.distributed.Client or None"):
        optcert.certify(model, Xt, client="tcp://127.0.0.1:8786")
    with pytest.raises(InvalidInputError, match="pass client= too"):
        optcert.certify(model, Xt, chunk_size=4)
    with pytest.raises(InvalidInputError, match="chunk_size must be a positive int"):
        optcert.certify(model, Xt, client=client, chunk_size=0)
    with pytest.raises(InvalidInputError, match="unknown option"):  # checked here, before any task
        optcert.certify(model, Xt, method="milp", client=client, search_node=5)
    with pytest.raises(InvalidInputError, match="client must be"):
        optcert.PartitionEnsemble(optcert.KernelRidge(), 2).fit(Xt, np.arange(10) % 2, client=42)
    closed = distributed.Client(client.scheduler.address)
    closed.close()
    with pytest.raises(InvalidInputError, match="not running"):
        optcert.certify(model, Xt, client=closed)


def test_without_dask_a_client_asks_for_the_extra(monkeypatch, svm_above_c_star):
    model, Xt, _ = svm_above_c_star
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    with pytest.raises(MissingDependencyError, match=r"pip install 'optcert\[dask\]'"):
        optcert.certify(model, Xt, client=object())
    with pytest.raises(MissingDependencyError):
        local_client(2)
    assert len(optcert.certify(model, Xt[:2], method="milp")) == 2  # the serial run needs no dask
