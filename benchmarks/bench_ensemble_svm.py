"""Benchmark white-box EnsembleCert on partition ensembles of SVMs above C* (issue 14).

Held-out test points of a bundled dataset (PCA fitted on the unlabelled training inputs), one
ensemble per (Np, C multiple): ``KernelSVM(C = mult * C*)`` with C* the smallest partition's
threshold (``optcert.small_c_threshold(X, groups=ens.assign_partitions(X))``), so every base
model sits at most ``mult`` times above its own C*. Per configuration: accuracy on the points,
the share of exact certificates (lower = upper), median certified robustness (MCR, from the
white-box lower bounds) against DPA's, the mean radius gained over DPA, seconds per point
(mean / median / max, ``time_limit`` per point), and the number of black-box base models.
The load average (``/proc/loadavg``, 1 minute) before and after each configuration goes with
its timings. ``--clock cpu`` measures the per-point time limit and the seconds in CPU time of
this process instead of wall time (for a shared, loaded machine: the certifier's clocks are
pointed at ``time.process_time``; single-threaded with OMP_NUM_THREADS=1). Prints one JSON row per configuration and, at the end, a markdown table.

Usage::

    OMP_NUM_THREADS=1 python benchmarks/bench_ensemble_svm.py --np-list 5 10 25 50 --mult 10 \\
        --points 40 --time-limit 10
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

import numpy as np

import optcert
from optcert.data.features import feature_map
from optcert.metrics import median_certified_robustness


def load(dataset: str, pca: int, n_train: int | None, points: int, seed: int):
    ds = optcert.load_dataset(dataset)
    X, y = ds.X_train, ds.y_train
    if n_train is not None and n_train < X.shape[0]:
        keep = np.random.default_rng(seed).choice(X.shape[0], n_train, replace=False)
        X, y = X[keep], y[keep]
    Z, Zt = feature_map(f"pca:{pca}", X, ds.X_test)
    pick = np.random.default_rng(seed + 1).choice(Zt.shape[0], min(points, Zt.shape[0]), replace=False)
    return Z, y, Zt[pick], ds.y_test[pick]


def loadavg() -> float | None:
    """The 1-minute load average, or None where /proc/loadavg is missing."""
    try:
        with open("/proc/loadavg") as fh:
            return float(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def use_cpu_clock() -> None:
    """Point the per-point deadlines and runtimes of the ensemble certifier and the flip-set
    search at this process's CPU time."""
    import importlib
    import types

    shim = types.SimpleNamespace(perf_counter=time.process_time)
    for name in ("optcert.certify.ensemble", "optcert.svm.search"):
        importlib.import_module(name).time = shim  # type: ignore[attr-defined]


def run(Z, y, Zt, yt, Np: int, mult: float, time_limit: float | None, search_nodes: int | None) -> dict:
    probe = optcert.PartitionEnsemble(optcert.KernelSVM(), n_partitions=Np)
    c_star = optcert.small_c_threshold(Z, groups=probe.assign_partitions(Z))
    ens = optcert.PartitionEnsemble(optcert.KernelSVM(C=mult * c_star), n_partitions=Np).fit(Z, y)
    linear = sum(bool(e.is_label_linear) for e in ens.estimators_ if hasattr(e, "is_label_linear"))
    extra: dict[str, Any] = {} if search_nodes is None else {"search_nodes": search_nodes}
    load_before = loadavg()
    t0 = time.perf_counter()
    white = optcert.certify(ens, Zt, time_limit=time_limit, **extra)
    seconds = time.perf_counter() - t0
    load_after = loadavg()
    dpa = optcert.certify(ens, Zt, base="blackbox")
    per_point = np.array([c.runtime for c in white])
    pred = white.prediction
    return {
        "Np": Np, "mult": mult, "C": mult * c_star, "N": int(Z.shape[0]), "points": int(Zt.shape[0]),
        "partition_sizes": [int(min(len(p) for p in ens.partitions_)), int(max(len(p) for p in ens.partitions_))],
        "label_linear_bases": linear, "black_box_bases": len(white[0].info["black_box"]),
        "accuracy": float(np.mean(pred == yt)),
        "exact_share": float(np.mean(white.exact)),
        "mcr_white": float(median_certified_robustness(pred, yt, white.lower)),
        "mcr_white_upper": float(median_certified_robustness(pred, yt, white.upper)),
        "mcr_dpa": float(median_certified_robustness(pred, yt, dpa.lower)),
        "mcr_gap": float(median_certified_robustness(pred, yt, white.lower)
                         - median_certified_robustness(pred, yt, dpa.lower)),
        "mean_lower": float(np.mean(white.lower)), "mean_dpa": float(np.mean(dpa.lower)),
        "mean_gain_over_dpa": float(np.mean(white.lower - dpa.lower)),
        "min_gain_over_dpa": float(np.min(white.lower - dpa.lower)),
        "open_gap_mean": float(np.mean(np.where(white.exact, 0.0, white.upper - white.lower))),
        "seconds_total": round(seconds, 2),
        "seconds_mean": round(float(per_point.mean()), 3), "seconds_median": round(float(np.median(per_point)), 3),
        "seconds_max": round(float(per_point.max()), 3),
        "retrainings_mean": float(np.mean([c.info["search_nodes"] for c in white])),
        "out_of_budget": int(sum(bool(c.info["out_of_budget"]) for c in white)),
        "load": [load_before, load_after],
        "per_point": [{"lower": c.lower, "upper": c.upper, "dpa": d.lower, "seconds": round(c.runtime, 3),
                       "retrainings": c.info["search_nodes"], "undecided": c.info["svm_entries_undecided"]}
                      for c, d in zip(white, dpa)],
    }


def table(rows) -> str:
    head = ("| Np | C / C*min | sizes | acc | exact | MCR white (upper) | MCR DPA | MCR gap | "
            "mean R white / DPA (gain) | s/pt mean / median / max | black-box | load |")
    out = [head, "|" + "---|" * 12]
    for r in rows:
        out.append(f"| {r['Np']} | {r['mult']:g} | {r['partition_sizes'][0]}-{r['partition_sizes'][1]} | "
                   f"{r['accuracy']:.3f} | {100 * r['exact_share']:.0f} % | {r['mcr_white']:g} "
                   f"({r['mcr_white_upper']:g}) | {r['mcr_dpa']:g} | {r['mcr_gap']:+g} | {r['mean_lower']:.1f} / "
                   f"{r['mean_dpa']:.1f} ({r['mean_gain_over_dpa']:+.1f}) | "
                   f"{r['seconds_mean']:.2f} / {r['seconds_median']:.2f} / {r['seconds_max']:.1f} | "
                   f"{r['black_box_bases']} | {_load(r['load'])} |")
    return "\n".join(out)


def _load(pair) -> str:
    return " - ".join("?" if v is None else f"{v:.2f}" for v in pair)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", default="mnist-1v7")
    ap.add_argument("--pca", type=int, default=16)
    ap.add_argument("--n-train", type=int, default=None, help="training points (default: all)")
    ap.add_argument("--points", type=int, default=40, help="held-out test points certified")
    ap.add_argument("--np-list", type=int, nargs="+", default=[5, 10, 25, 50])
    ap.add_argument("--mult", type=float, nargs="+", default=[10.0], help="C as multiples of the smallest C*")
    ap.add_argument("--time-limit", type=float, default=10.0, help="seconds per test point (0: none)")
    ap.add_argument("--search-nodes", type=int, default=None, help="retrainings per test point")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=None, help="write every row, with its per-point certificates, as JSON")
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                    help="time limit and seconds per point in wall time or in this process's CPU time")
    ap.add_argument("--search-options", default=None,
                    help="JSON replacing optcert.certify.ensemble_svm.SEARCH_OPTIONS (the flip-set search's "
                         'restoring-bound knobs), e.g. \'{"restoring_rounds": 2, "minorant_iterations": 200}\'')
    args = ap.parse_args(argv)
    if args.search_options is not None:
        from optcert.certify import ensemble_svm

        ensemble_svm.SEARCH_OPTIONS.clear()
        ensemble_svm.SEARCH_OPTIONS.update(json.loads(args.search_options))
    if args.clock == "cpu":
        use_cpu_clock()
    Z, y, Zt, yt = load(args.dataset, args.pca, args.n_train, args.points, args.seed)
    rows = []
    for mult in args.mult:
        for Np in args.np_list:
            row = run(Z, y, Zt, yt, Np, mult, args.time_limit or None, args.search_nodes)
            row["dataset"] = args.dataset
            row["clock"] = args.clock
            row["search_options"] = args.search_options
            rows.append(row)
            print(json.dumps({k: v for k, v in row.items() if k != "per_point"}), flush=True)
    print(table(rows))
    if args.out:
        with open(args.out, "w") as fh:
            json.dump(rows, fh, indent=1)
    return rows


if __name__ == "__main__":
    main()
