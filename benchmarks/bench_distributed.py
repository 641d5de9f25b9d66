"""Benchmark the Dask scale-out (issue 17): LabelCert on 2 workers against the serial run.

The instance of ``bench_milp.py --dataset mnist-1v7``: bundled MNIST 1-vs-7, a stratified
training subsample of N = 100 (seed 0), raw pixels, NTK depth 1, C = 10 C*, the first
``--points`` test points, ``method="milp"`` with ``--time-limit`` seconds per point. Runs:

* ``serial``: ``certify`` in this process;
* ``local``: ``certify(..., client=...)`` on a LocalCluster of ``--workers`` processes;
* ``overhead``: per-task cost, from trivial one-point tasks (ScaLabelCert at C = C*): the
  round trip of one task at a time, and the wall time per task of many queued tasks;
* ``scheduler``: a separately started ``dask scheduler`` and ``dask worker`` processes on
  localhost, reached by ``optcert certify --npz ... --scheduler ADDRESS`` (the same instance,
  written to an .npz); ``scheduler-api`` also by ``certify(..., client=Client(ADDRESS))``.

Every parallel run is compared with the serial certificates (lower, upper, witness size); a
point stopped by the time limit may legitimately differ (its interval depends on the clock).

Usage::

    OMP_NUM_THREADS=1 python benchmarks/bench_distributed.py --points 16 --time-limit 120 --out bench.json
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

import optcert
from optcert.data import load_dataset, stratified_subsample
from optcert.distributed import local_client


def instance(N: int, points: int, seed: int, c_mult: float):
    """bench_milp.py's MNIST instance: (X, y, X_test, fitted SVM at c_mult * C*)."""
    ds = load_dataset("mnist-1v7")
    idx = stratified_subsample(ds.y_train, N, seed=seed)
    X, y, Xt = ds.X_train[idx], ds.y_train[idx], ds.X_test[:points]
    model = optcert.KernelSVM(C=c_mult * optcert.small_c_threshold(X, depth=1), depth=1).fit(X, y)
    return X, y, Xt, model


def summary(certs) -> list[dict]:
    return [dict(point=i, lower=c.lower, upper=c.upper, witness=None if c.witness is None else c.witness.size,
                 runtime=round(c.runtime, 2)) for i, c in enumerate(certs)]


def differences(serial, other) -> list[int]:
    """Points whose bounds or witness size differ from the serial run's."""
    return [i for i, (a, b) in enumerate(zip(serial, other))
            if (a["lower"], a["upper"], a["witness"]) != (b["lower"], b["upper"], b["witness"])]


def list_schedule_speedup(runtimes, workers: int) -> float:
    """The speed-up of one-point tasks taken in order by the first free of ``workers`` (no
    overhead): the best the fan-out can do with these per-point times."""
    loads = [0.0] * workers
    for t in runtimes:
        loads[loads.index(min(loads))] += t
    return sum(runtimes) / max(loads)


def _warm(model, rows):
    """Load the compiled loops of the search on a worker (the first call per process)."""
    optcert.certify(model, rows, method="milp", time_limit=30)
    return os.getpid()


def timed_run(model, Xt, time_limit, client=None):
    t0 = time.perf_counter()
    certs = optcert.certify(model, Xt, method="milp", time_limit=time_limit, client=client)
    return time.perf_counter() - t0, summary(certs)


def task_overhead(client, X, y, Xt, n_tasks: int) -> dict:
    """Per-task cost of trivial one-point chunks (ScaLabelCert at C = C*, ~1 ms of work)."""
    from optcert.distributed import _certify_task

    model = optcert.KernelSVM(C=optcert.small_c_threshold(X, depth=1), depth=1).fit(X, y)
    rows = np.tile(Xt, (int(np.ceil(n_tasks / len(Xt))), 1))[:n_tasks]
    kwargs = dict(method="scalable")
    t0 = time.perf_counter()
    for i in range(50):
        optcert.certify(model, Xt[i % len(Xt)][None], **kwargs)
    serial_ms = (time.perf_counter() - t0) / 50 * 1e3
    future = client.scatter(model, broadcast=True)
    client.submit(_certify_task, future, rows[:1], kwargs, pure=False).result()  # warm
    lat = []
    for i in range(50):
        t0 = time.perf_counter()
        client.submit(_certify_task, future, Xt[i % len(Xt)][None], kwargs, pure=False).result()
        lat.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    optcert.certify(model, rows, client=client, chunk_size=1, **kwargs)
    queued = time.perf_counter() - t0
    n_workers = len(client.scheduler_info()["workers"])
    return dict(trivial_chunk_serial_ms=round(serial_ms, 3),
                round_trip_ms_median=round(float(np.median(lat)) * 1e3, 2),
                queued_tasks=n_tasks, queued_wall_s=round(queued, 3),
                queued_ms_per_task=round(queued / n_tasks * 1e3, 2),
                queued_worker_ms_per_task=round(queued * n_workers / n_tasks * 1e3, 2))


class ExternalCluster:
    """``dask scheduler`` and ``dask worker`` as separate processes on localhost."""

    def __init__(self, n_workers: int, folder: Path):
        dask = shutil.which("dask", path=str(Path(sys.executable).parent)) or "dask"
        self.file = folder / "scheduler.json"
        env = dict(os.environ, OMP_NUM_THREADS="1")
        self.procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", "0",
                                        "--dashboard-address", ":0", "--scheduler-file", str(self.file)],
                                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
        deadline = time.time() + 60
        while not self.file.exists() and time.time() < deadline:
            time.sleep(0.2)
        self.address = json.loads(self.file.read_text())["address"]
        self.procs.append(subprocess.Popen([dask, "worker", self.address, "--nworkers", str(n_workers),
                                            "--nthreads", "1", "--dashboard-address", ":0"],
                                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))

    def close(self):
        for p in reversed(self.procs):
            p.terminate()
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()


def cli_run(npz: Path, out: Path, time_limit: float, address: str) -> tuple[float, list[dict]]:
    cmd = [sys.executable, "-m", "optcert.cli", "certify", "--npz", str(npz), "--C-factor", "10",
           "--bias", "0", "--depth", "1", "--method", "milp", "--time-limit", str(time_limit),
           "--quiet", "--scheduler", address, "--out", str(out)]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=dict(os.environ, OMP_NUM_THREADS="1"))
    wall = time.perf_counter() - t0
    with (out / "certificates.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    return wall, [dict(point=int(r["index"]), lower=float(r["lower"]), upper=float(r["upper"]),
                       witness=int(r["witness_size"]) if r["witness_size"] else None,
                       runtime=float(r["runtime"])) for r in rows]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--points", type=int, default=16)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--c-mult", type=float, default=10.0)
    ap.add_argument("--time-limit", type=float, default=120.0, help="seconds per test point")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--overhead-tasks", type=int, default=400)
    ap.add_argument("--runs", nargs="+", default=["serial", "local", "overhead", "scheduler"])
    ap.add_argument("--out", default=None, help="write the results as JSON here")
    args = ap.parse_args(argv)
    X, y, Xt, model = instance(args.n, args.points, args.seed, args.c_mult)
    result = dict(n=args.n, points=args.points, c_mult=args.c_mult, time_limit=args.time_limit,
                  workers=args.workers, load_before=os.getloadavg())
    print(json.dumps(result), flush=True)
    _warm(model, Xt[:1])
    serial = None
    if "serial" in args.runs:
        wall, serial = timed_run(model, Xt, args.time_limit)
        result["serial"] = dict(wall_s=round(wall, 2), certificates=serial, list_schedule_speedup=round(
            list_schedule_speedup([c["runtime"] for c in serial], args.workers), 3))
        print(json.dumps({"serial_wall_s": wall, "certificates": serial}), flush=True)

    if {"local", "overhead"} & set(args.runs):
        t0 = time.perf_counter()
        client = local_client(args.workers)
        client.wait_for_workers(args.workers)
        client.run(_warm, model, Xt[:1])
        result["local_startup_s"] = round(time.perf_counter() - t0, 2)
        try:
            if "local" in args.runs:
                wall, certs = timed_run(model, Xt, args.time_limit, client)
                result["local"] = dict(wall_s=round(wall, 2), certificates=certs)
                if serial:
                    result["local"]["speedup"] = round(result["serial"]["wall_s"] / wall, 3)
                    result["local"]["differs_at"] = differences(serial, certs)
                print(json.dumps({"local": result["local"]}), flush=True)
            if "overhead" in args.runs:
                result["overhead"] = task_overhead(client, X, y, Xt, args.overhead_tasks)
                print(json.dumps({"overhead": result["overhead"]}), flush=True)
        finally:
            cluster = client.cluster
            client.close()
            cluster.close()

    if {"scheduler", "scheduler-api"} & set(args.runs):
        from dask.distributed import Client

        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            npz = tmp / "mnist-1v7-n100.npz"
            np.savez(npz, X_train=X, y_train=y, X_test=Xt, y_test=np.zeros(len(Xt), dtype=np.int64))
            ext = ExternalCluster(args.workers, tmp)
            try:
                res = dict(address=ext.address)
                with Client(ext.address) as client:
                    client.wait_for_workers(args.workers, timeout=120)
                    client.run(_warm, model, Xt[:1])
                    if "scheduler-api" in args.runs:
                        wall, certs = timed_run(model, Xt, args.time_limit, client)
                        res.update(api_wall_s=round(wall, 2), api_certificates=certs)
                        if serial:
                            res["api_speedup"] = round(result["serial"]["wall_s"] / wall, 3)
                            res["api_differs_at"] = differences(serial, certs)
                if "scheduler" in args.runs:
                    cli_wall, cli_certs = cli_run(npz, tmp / "cli", args.time_limit, ext.address)
                    res.update(cli_wall_s=round(cli_wall, 2), cli_certificates=cli_certs)
                    if serial:
                        res["cli_speedup"] = round(result["serial"]["wall_s"] / cli_wall, 3)
                        res["cli_differs_at"] = differences(serial, cli_certs)
                result["scheduler"] = res
                print(json.dumps({"scheduler": res}), flush=True)
            finally:
                ext.close()
    result["load_after"] = os.getloadavg()
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=1))
    return result


if __name__ == "__main__":
    main()
