"""Benchmark white-box EnsembleCert on partition ensembles of SVMs above C* (issue 14).

Held-out test points of a bundled dataset (PCA fitted on the unlabelled training inputs), one
ensemble per (Np, C multiple): ``KernelSVM(C = mult * C*)`` with C* the smallest partition's
threshold (``optcert.small_c_threshold(X, groups=ens.assign_partitions(X))``), so every base
model sits at most ``mult`` times above its own C*. Per configuration: accuracy on the points,
the share of exact certificates (lower = upper), median certified robustness (MCR, from the
white-box lower bounds) against DPA's, the mean radius gained over DPA, seconds per point
(mean / median / max, ``time_limit`` per point), and the number of black-box base models.
Prints one JSON row per configuration and, at the end, a markdown table.

Usage::

    OMP_NUM_THREADS=1 python benchmarks/bench_ensemble_svm.py --np-list 5 10 25 50 --mult 10 \\
        --points 40 --time-limit 10
"""

from __future__ import annotations

import argparse
import json
import time

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


def run(Z, y, Zt, yt, Np: int, mult: float, time_limit: float | None, search_nodes: int | None) -> dict:
    probe = optcert.PartitionEnsemble(optcert.KernelSVM(), n_partitions=Np)
    c_star = optcert.small_c_threshold(Z, groups=probe.assign_partitions(Z))
    ens = optcert.PartitionEnsemble(optcert.KernelSVM(C=mult * c_star), n_partitions=Np).fit(Z, y)
    linear = sum(bool(e.is_label_linear) for e in ens.estimators_ if hasattr(e, "is_label_linear"))
    extra = {} if search_nodes is None else {"search_nodes": search_nodes}
    t0 = time.perf_counter()
    white = optcert.certify(ens, Zt, time_limit=time_limit, **extra)
    seconds = time.perf_counter() - t0
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
        "mean_lower": float(np.mean(white.lower)), "mean_dpa": float(np.mean(dpa.lower)),
        "mean_gain_over_dpa": float(np.mean(white.lower - dpa.lower)),
        "min_gain_over_dpa": float(np.min(white.lower - dpa.lower)),
        "open_gap_mean": float(np.mean(np.where(white.exact, 0.0, white.upper - white.lower))),
        "seconds_total": round(seconds, 2),
        "seconds_mean": round(float(per_point.mean()), 3), "seconds_median": round(float(np.median(per_point)), 3),
        "seconds_max": round(float(per_point.max()), 3),
        "retrainings_mean": float(np.mean([c.info["search_nodes"] for c in white])),
    }


def table(rows) -> str:
    head = ("| Np | C / C*min | sizes | acc | exact | MCR white (upper) | MCR DPA | mean R white / DPA | "
            "s/pt mean / median / max |")
    out = [head, "|" + "---|" * 9]
    for r in rows:
        out.append(f"| {r['Np']} | {r['mult']:g} | {r['partition_sizes'][0]}-{r['partition_sizes'][1]} | "
                   f"{r['accuracy']:.3f} | {100 * r['exact_share']:.0f} % | {r['mcr_white']:g} "
                   f"({r['mcr_white_upper']:g}) | {r['mcr_dpa']:g} | {r['mean_lower']:.1f} / {r['mean_dpa']:.1f} | "
                   f"{r['seconds_mean']:.2f} / {r['seconds_median']:.2f} / {r['seconds_max']:.1f} |")
    return "\n".join(out)


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
    args = ap.parse_args(argv)
    Z, y, Zt, yt = load(args.dataset, args.pca, args.n_train, args.points, args.seed)
    rows = []
    for mult in args.mult:
        for Np in args.np_list:
            row = run(Z, y, Zt, yt, Np, mult, args.time_limit or None, args.search_nodes)
            row["dataset"] = args.dataset
            rows.append(row)
            print(json.dumps(row), flush=True)
    print(table(rows))
    return rows


if __name__ == "__main__":
    main()
