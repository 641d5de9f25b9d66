"""Benchmark the polynomial stability bound of the kernel SVM above C* (method="stability").

Bundled MNIST 1-vs-7, NTK depth 1, C = mult * C*; per configuration: seconds for the lower
bounds of all test points (kernel columns included, ``witnesses=False``), their distribution,
and on the first --n-witness points the replayed label-linear-order attacks (upper bounds).

With ``--interval``: per configuration, the interval of ``method="stability"`` with its attacks
on the first --n-test points within ``--time-limit`` seconds each, before (label-linear-order
attack) and after (re-solve attacks): medians, quartiles of (U+1)/(L+1), exact share, s/point.

With ``--root``: what each ingredient of the root floor contributes (binary), per point and
summarised: the polynomial bound (stability / ball), then the search's root bounds without
retraining -- the restoring bound with one round of optimised minorants (the root before the
spectral split), with six alternating rounds, with the spectral split, with the span factor
``||P phi_x||`` for ``||phi_x||``, and with the box of the dual variables -- each against the
replayed attack of ``method="stability"`` (no time limit); ``--bias`` as the CLI's NTK bias.

Usage::

    python benchmarks/bench_stability.py --n-train 1000 5000 --mults 1.5 3 10 --n-test 500
    python benchmarks/bench_stability.py --interval --n-train 750 --mults 10 --n-test 40 --time-limit 30
    python benchmarks/bench_stability.py --root --n-train 750 --mults 10 --n-test 250 --bias 1
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
    ap.add_argument("--root", action="store_true")
    ap.add_argument("--bias", type=float, default=0.0)
    args = ap.parse_args(argv)
    ds = load_dataset(args.dataset)
    Xt = ds.X_test[:args.n_test]
    for N in args.n_train:
        idx = stratified_subsample(ds.y_train, min(N, ds.n_train), seed=0)
        X, y = ds.X_train[idx], ds.y_train[idx]
        c_star = small_c_threshold(X, kernel="ntk", bias=args.bias)
        for mult in args.mults:
            t0 = time.perf_counter()
            model = KernelSVM(C=mult * c_star, kernel="ntk", bias=args.bias).fit(X, y)
            fit = time.perf_counter() - t0
            if args.root:
                print(json.dumps({"N": int(X.shape[0]), "C/C*": mult, **root_row(model, Xt)}), flush=True)
                continue
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


#: the root floor's ingredients, each row adding one; ``span``: ``||P phi_x||`` for ``||phi_x||``
#: (:mod:`optcert.svm.span`), ``box``: the second pass with the box of the dual variables
ROOT_CONFIGS = {"restoring, 1 round": dict(root_optimize_rounds=1, spectral=False),
                "restoring, 6 rounds": dict(root_optimize_rounds=6, spectral=False),
                "restoring, 6 rounds + spectral split": dict(root_optimize_rounds=6, spectral=True),
                "+ the span factor": dict(root_optimize_rounds=6, spectral=True, span=True),
                "+ the box of the dual variables": dict(root_optimize_rounds=6, spectral=True, span=True, box=True)}


def root_row(model, Xt):
    """Per ingredient of the root floor: median / quartiles of the lower bound and of
    (U+1)/(L+1) against the replayed attack, the exact share and seconds per point."""
    from optcert.certify.stability import trained_svm
    from optcert.svm.margins import margin_moves, margin_spec
    from optcert.svm.search import FlipSearch
    from optcert.svm.span import SpanNorm
    from optcert.svm.spectral import SpectralSplit

    svm = trained_svm(model)
    split, span = SpectralSplit(svm.gram), SpanNorm(svm.gram)
    certs = certify(model, Xt, method="stability")
    upper = certs.upper
    lowers = {"polynomial (stability / ball)": np.array([c.info["bound_lower"] for c in certs])}
    seconds = {}
    for name, config in ROOT_CONFIGS.items():
        kw = dict(config)
        use_span, use_box = kw.pop("span", False), kw.pop("box", False)
        lo, t0 = [], time.perf_counter()
        for j, c in enumerate(certs):
            x = Xt[j:j + 1]
            q = model.cross_kernel(x)[0]
            norm = span.bounds(q[None, :], model.kernel_.diag(x))[0] if use_span else np.sqrt(model.kernel_.diag(x))[0]
            spec = margin_spec(2, int(np.searchsorted(model.classes_, c.prediction)))
            search = FlipSearch(svm.gram, svm.C, svm.c_star, svm.y_index, 2, q, spec.coef,
                                {1: svm.block_alpha(1)}, margin_moves(svm.y_index, 2, spec.coef),
                                tau=c.info["tau"], kkt_tol=svm.kkt_tol, test_norm=float(norm),
                                split=split if kw["spectral"] else None, span=span if use_box else None, **kw)
            known = int(c.info["bound_lower"])
            lo.append(search.root_floor(known, int(min(c.upper, svm.y_index.size))) if c.upper > known else known)
        seconds[name] = round((time.perf_counter() - t0) / len(certs), 3)
        lowers[name] = np.array(lo, dtype=float)
    row = {"points": int(upper.size), "median_upper": float(np.median(upper)), "ingredients": {}}
    for name, lo in lowers.items():
        r = (upper + 1) / (lo + 1)
        row["ingredients"][name] = {
            "median_lower": float(np.median(lo)), "lower_q25_q75": [float(v) for v in np.quantile(lo, [0.25, 0.75])],
            "median_ratio": round(float(np.median(r)), 3),
            "ratio_q25_q75_max": [round(float(v), 3) for v in np.quantile(r, [0.25, 0.75, 1.0])],
            "share_exact": round(float((lo == upper).mean()), 3), "s_per_point": seconds.get(name)}
    return row


if __name__ == "__main__":
    main()
