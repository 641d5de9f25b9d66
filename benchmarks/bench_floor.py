"""Benchmark the floor: NTK throughput and SVM training (dedicated solver vs Pyomo/HiGHS QP).

    python benchmarks/bench_floor.py --sizes 2000 10000 --qp-max 2000

Not part of the test run. Prints one line per measurement and the ratios.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from optcert.data import make_gaussian_mixture
from optcert.formulations.svm_dual_qp import build_svm_dual_qp, decode_svm_dual_qp
from optcert.kernels import NTKernel
from optcert.learners import small_c_threshold
from optcert.solvers import solve
from optcert.svm.dual import kkt_violation, solve_svm_dual


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    ap.add_argument("--dim", type=int, default=784)
    ap.add_argument("--qp-max", type=int, default=2000, help="largest N for the Pyomo QP")
    ap.add_argument("--c-factor", type=float, default=10.0, help="C as a multiple of C*")
    args = ap.parse_args()
    kern = NTKernel(depth=1, bias=1.0)
    for N in args.sizes:
        X, labels = make_gaussian_mixture(N, args.dim, 2, separation=1.5, seed=N)
        X /= np.sqrt(args.dim)
        y = np.where(labels == 1, 1.0, -1.0)
        t = time.perf_counter()
        Q = kern(X)
        tk = time.perf_counter() - t
        print(f"N={N}: NTK Gram {N}x{N}x{args.dim}: {tk:.2f}s = {N * N / tk / 1e6:.1f} M entries/s")
        C = small_c_threshold(Q, kernel="precomputed") * args.c_factor
        t = time.perf_counter()
        sol = solve_svm_dual(Q, y, C)
        tcd = time.perf_counter() - t
        print(f"N={N}: dedicated dual (C = {args.c_factor} C*): {tcd:.2f}s, KKT residual "
              f"{kkt_violation(Q, y, sol.alpha, C):.1e}, {int((sol.alpha > 0).sum())} support vectors, "
              f"{int(((sol.alpha > 0) & (sol.alpha < C)).sum())} free")
        if N <= args.qp_max:
            t = time.perf_counter()
            model = build_svm_dual_qp(Q, y, C)
            tb = time.perf_counter() - t
            report = solve(model, "highs")
            ts = time.perf_counter() - t - tb
            a = decode_svm_dual_qp(model, report)
            H = Q * np.outer(y, y)
            def obj(v, H=H):
                return 0.5 * v @ H @ v - v.sum()

            print(f"N={N}: Pyomo QP build {tb:.1f}s + HiGHS {report.time:.1f}s (solve call {ts:.1f}s), "
                  f"status {report.status.value}, objective gap {obj(a) - obj(sol.alpha):.1e}; "
                  f"ratio (Pyomo+HiGHS) / dedicated = {(tb + ts) / tcd:.0f}x")
        else:
            print(f"N={N}: Pyomo QP skipped (N^2/2 = {N * N // 2} quadratic terms; > --qp-max)")


if __name__ == "__main__":
    main()
