"""Benchmark the polynomial stability bound of the kernel SVM above C* (method="stability").

Bundled MNIST 1-vs-7, NTK depth 1, C = mult * C*; per configuration: seconds for the lower
bounds of all test points (kernel columns included, ``witnesses=False``), their distribution,
and on the first --n-witness points the replayed label-linear-order attacks (upper bounds).

With ``--interval``: per configuration, the interval of ``method="stability"`` with its attacks
on the first --n-test points within ``--time-limit`` seconds each, before (label-linear-order
attack) and after (re-solve attacks): medians, quartiles of (U+1)/(L+1), exact share, s/point.

Usage::

    python benchmarks/bench_stability.py --n-train 1000 5000 --mults 1.5 3 10 --n-test 500
    python benchmarks/bench_stability.py --interval --n-train 750 --mults 10 --n-test 40 --time-limit 30
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

from optcert.certify.api import certify
from optcert.data import load_dataset, stratified_subsample
from optcert.learners import KernelSVM, small_c_threshold


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", default="mnist-1v7")
    ap.add_argument("--n-train", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--n-test", type=int, default=500)
    ap.add_argument("--n-witness", type=int, default=50)
    ap.add_argument("--mults", type=float, nargs="+", default=[1.5, 3.0, 10.0])
    ap.add_argument("--interval", action="store_true")
    ap.add_argument("--time-limit", type=float, default=None)
    args = ap.parse_args(argv)
    ds = load_dataset(args.dataset)
    Xt = ds.X_test[:args.n_test]
    for N in args.n_train:
        idx = stratified_subsample(ds.y_train, min(N, ds.n_train), seed=0)
        X, y = ds.X_train[idx], ds.y_train[idx]
        c_star = small_c_threshold(X, kernel="ntk")
        for mult in args.mults:
            t0 = time.perf_counter()
            model = KernelSVM(C=mult * c_star, kernel="ntk").fit(X, y)
            fit = time.perf_counter() - t0
            if args.interval:
                print(json.dumps({"N": int(X.shape[0]), "C/C*": mult,
                                  **interval_row(model, Xt, args.time_limit)}), flush=True)
                continue
            t0 = time.perf_counter()
            lower = certify(model, Xt, method="stability", witnesses=False).lower
            dt = time.perf_counter() - t0
            row_w = {}
            if args.n_witness > 0:
                t0 = time.perf_counter()
                both = certify(model, Xt[:args.n_witness], method="stability")
                dtw = time.perf_counter() - t0
                up, lo = both.upper, both.lower
                row_w = {"witness_points": int(up.size), "witness_s_per_point": round(dtw / up.size, 3),
                         "median_upper": float(np.median(up)), "share_exact": round(float((lo == up).mean()), 3),
                         "median_upper_over_lower": round(float(np.median((up + 1) / (lo + 1))), 2)}
            row = {"N": int(X.shape[0]), "C/C*": mult, "fit_s": round(fit, 2), "certify_s": round(dt, 2),
                   "points": int(Xt.shape[0]), "median_lower": float(np.median(lower)),
                   "mean_lower": round(float(lower.mean()), 2), "max_lower": float(lower.max()),
                   "share_lower>=1": round(float((lower >= 1).mean()), 3), **row_w}
            print(json.dumps(row), flush=True)


def interval_row(model, Xt, time_limit):
    """Before (ordered attack only) and after (with the re-solve attacks) on the same points."""
    t0 = time.perf_counter()
    certs = certify(model, Xt, method="stability", time_limit=time_limit)
    dt = (time.perf_counter() - t0) / Xt.shape[0]
    lo, up = certs.lower, certs.upper
    before = np.array([np.inf if c.info.get("ordered_flips") is None else c.info["ordered_flips"] - 1
                       for c in certs], dtype=float)
    lo0 = np.array([c.info["bound_lower"] for c in certs], dtype=float)
    before = np.maximum(before, lo0)  # reconcile: an ordered attack at the lower bound is exact
    row = {"points": int(lo.size), "s_per_point": round(dt, 2), "median_lower_before": float(np.median(lo0)),
           "median_lower": float(np.median(lo))}
    for name, u, low in (("before", before, lo0), ("after", up, lo)):
        r = (u + 1) / (low + 1)
        row[name] = {"median_upper": float(np.median(u)), "median_ratio": round(float(np.median(r)), 3),
                     "ratio_q25_q75_max": [round(float(v), 3) for v in np.quantile(r, [0.25, 0.75, 1.0])],
                     "share_exact": round(float((low == u).mean()), 3),
                     "median_interval": [float(np.median(low)), float(np.median(u))]}
    srcs = [c.info.get("upper_from") for c in certs]
    row["upper_from"] = {s: srcs.count(s) for s in set(srcs)}
    lsrc = [c.info.get("lower_from") for c in certs]
    row["lower_from"] = {s: lsrc.count(s) for s in set(lsrc)}
    return row


if __name__ == "__main__":
    main()
