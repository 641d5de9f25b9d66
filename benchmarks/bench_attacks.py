"""Benchmark the attacks on a kernel SVM above C* at large N, and the retraining behind them.

Bundled Fashion-MNIST (10 classes, one-vs-rest) on N training points, NTK depth 1, bias 1,
C = mult * C*. Per test point: the label-linear-order attack (screened by warm re-solves of the
margin's two blocks, then replayed), the re-solve attack started from it (greedy warm re-solves,
flip drops, swaps; replayed), their flip counts and seconds. Then the replay's retraining on the
ordered attack's labels: a refit (each block from the clean duals, unchanged blocks kept)
against every block solved from zero, with the largest difference of their duals.

Usage::

    OMP_NUM_THREADS=1 python benchmarks/bench_attacks.py --n-train 10000 --mult 10 --points 0 1 2 3 5
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from optcert.certify import stability
from optcert.data import load_dataset
from optcert.learners import KernelSVM, small_c_threshold
from optcert.svm.dual import solve_svm_dual


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", default="fashion-mnist")
    ap.add_argument("--n-train", type=int, default=10_000)
    ap.add_argument("--mult", type=float, default=10.0)
    ap.add_argument("--points", type=int, nargs="+", default=[0, 1, 2, 3, 5])
    ap.add_argument("--resolve-seconds", type=float, default=60.0)
    args = ap.parse_args(argv)
    ds = load_dataset(args.dataset, n_train=args.n_train, n_test=max(args.points) + 1, seed=0)
    C = args.mult * small_c_threshold(ds.X_train, depth=1, bias=1)
    t0 = time.perf_counter()
    model = KernelSVM(C=C, depth=1, bias=1).fit(ds.X_train, ds.y_train)
    print(f"{args.dataset} N={args.n_train} C={args.mult:g} C*: fit {time.perf_counter() - t0:.1f} s")
    X = ds.X_test[args.points]
    Kx = model.cross_kernel(X)
    scores = Kx @ model.dual_coef_.T
    pred = model.predict_index(scores)
    print("point | ordered flips | s | resolve flips | s | refit s | from zero s | max |d alpha|")
    for j, p in enumerate(args.points):
        t = time.perf_counter()
        ordered = stability.ordered_attack(model, X[j], Kx[j], int(pred[j]), scores[j])
        t_ordered = time.perf_counter() - t
        t = time.perf_counter()
        better = stability.resolve_attack(model, X[j], Kx[j], int(pred[j]), scores[j], start=ordered,
                                          deadline=time.perf_counter() + args.resolve_seconds)
        t_resolve = time.perf_counter() - t
        row = [p, None if ordered is None else ordered.size, f"{t_ordered:.1f}",
               None if better is None else better.size, f"{t_resolve:.1f}"]
        if ordered is not None:
            labels = ordered.apply(model.y_fit_)
            t = time.perf_counter()
            warm = model.refit(labels)
            t_warm = time.perf_counter() - t
            t = time.perf_counter()
            cold = np.vstack([solve_svm_dual(model.gram_, s, C, kkt_tol=model.kkt_tol, c_star=model.c_star_).alpha
                              for s in np.atleast_2d(warm.signs_)])
            t_cold = time.perf_counter() - t
            row += [f"{t_warm:.2f}", f"{t_cold:.2f}", f"{np.abs(cold - np.atleast_2d(warm.alpha_)).max():.1e}"]
        print(" | ".join(str(v) for v in row), flush=True)


if __name__ == "__main__":
    main()
