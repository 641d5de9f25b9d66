"""Benchmark the root floors of the flip-set search for one-vs-rest margins at large N: the
restoring bound over both blocks (before) against each block's fall bounded as a number and
summed (:mod:`optcert.svm.block_drop`, after).

Bundled Fashion-MNIST (10 classes, one-vs-rest) on N training points, NTK depth 1, bias 1,
C = mult * C*. Per test point: the polynomial lower bound (stability / ball), the root floor of
every target (min over targets, no retraining, no time limit) with the block-drop pass off and
on, its seconds, and the replayed attack's size from ``--uppers`` (a certificates.csv of a run on
the same model), where given. ``--exact-descent``: the minorant descent multiplies by Q itself
(no :class:`~optcert.svm.spectral.GramSketch`); ``--uncoupled``: no coupled two-block test
(:func:`~optcert.svm.block_drop.joint_fall_below`) after the summed falls; ``--no-adopt``: a
block rebuilt for a larger flip count (the second pass over the targets) starts over instead
of keeping its sharpened minorants (:meth:`~optcert.svm.block_drop.BlockDrop.adopt`).

Usage::

    OMP_NUM_THREADS=1 python benchmarks/bench_block_drop.py --n-train 10000 --mult 10 --points 0 1 2 3 4 5 6
"""

from __future__ import annotations

import argparse
import csv
import time

import numpy as np

from optcert.certify import stability
from optcert.data import load_dataset
from optcert.learners import KernelSVM, small_c_threshold
from optcert.svm import block_drop, search, spectral
from optcert.svm.margins import tie_scale
from optcert.svm.spectral import SpectralSplit


def root_floor(svm, q, norm, pred, tau, floor, top, split, span, drops: bool) -> tuple[int, float]:
    """``(L, seconds)``: the least root floor over the targets, minus one (a lower bound on R)."""
    saved = search.FlipSearch.drops_apply
    if not drops:
        search.FlipSearch.drops_apply = lambda self: False
    try:
        t = time.perf_counter()
        rho, _ = stability.search_floor(svm, q, norm, pred, tau, floor, top, deadline=float("inf"),
                                        max_nodes=0, split=split, span=span)
        return rho - 1, time.perf_counter() - t
    finally:
        search.FlipSearch.drops_apply = saved


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", default="fashion-mnist")
    ap.add_argument("--n-train", type=int, default=10_000)
    ap.add_argument("--mult", type=float, default=10.0)
    ap.add_argument("--n-test", type=int, default=200, help="the test subsample the points index (the CLI run's)")
    ap.add_argument("--points", type=int, nargs="+", default=[0, 1, 2, 3, 4, 5, 6])
    ap.add_argument("--uppers", help="certificates.csv of a run on the same model: its upper ends")
    ap.add_argument("--before", action="store_true", help="also the root without the block-drop pass (slow)")
    ap.add_argument("--exact-descent", action="store_true", help="the minorant descent reads Q, not its sketch")
    ap.add_argument("--uncoupled", action="store_true", help="no coupled two-block test after the summed falls")
    ap.add_argument("--no-adopt", action="store_true",
                    help="a block rebuilt for more flips starts over (its sharpened minorants dropped)")
    args = ap.parse_args(argv)
    if args.no_adopt:
        block_drop.BlockDrop.adopt = lambda self, other: None
    if args.exact_descent:
        spectral.SKETCH_MIN_N = 10**12
    if args.uncoupled:
        search.FlipSearch._joint_floor = lambda self, lo, limit: lo
    ds = load_dataset(args.dataset, n_train=args.n_train, n_test=args.n_test, seed=0)
    C = args.mult * small_c_threshold(ds.X_train, depth=1, bias=1)
    t0 = time.perf_counter()
    model = KernelSVM(C=C, depth=1, bias=1).fit(ds.X_train, ds.y_train)
    svm, span = stability.trained_svm(model), stability.span_norm(model)
    split = SpectralSplit(svm.gram)
    print(f"{args.dataset} N={args.n_train} C={args.mult:g} C*: fit, span, split {time.perf_counter() - t0:.1f} s")
    uppers = {}
    if args.uppers:
        with open(args.uppers) as fh:
            uppers = {int(r["index"]): float(r["upper"]) for r in csv.DictReader(fh)}
    X = ds.X_test[args.points]
    Kx = model.cross_kernel(X)
    norms = stability.test_norms(model, X, Kx, span)
    pred = model.predict_index(Kx @ model.dual_coef_.T)
    tau = 1e-9 * tie_scale(Kx, C, svm.n_classes) + svm.margin_slack(norms)
    poly = stability.certify_stability(model, X, witnesses=False)
    print("point | polynomial L | root L before | s | root L after | s | U | (U+1)/(L+1) after")
    for j, p in enumerate(args.points):
        U = uppers.get(p, np.inf)
        top = int(U) if np.isfinite(U) else svm.y_index.size
        lo = int(poly[j].lower)
        row = [p, lo]
        if args.before:
            row += [*(f"{v:g}" if k == 0 else f"{v:.1f}" for k, v in
                      enumerate(root_floor(svm, Kx[j], norms[j], int(pred[j]), float(tau[j]), lo + 1, top,
                                           split, span, False)))]
        else:
            row += ["-", "-"]
        L, s = root_floor(svm, Kx[j], norms[j], int(pred[j]), float(tau[j]), lo + 1, top, split, span, True)
        row += [L, f"{s:.1f}", U, f"{(U + 1) / (L + 1):.2f}"]
        print(" | ".join(str(v) for v in row), flush=True)


if __name__ == "__main__":
    main()
