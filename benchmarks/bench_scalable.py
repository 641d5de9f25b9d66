"""Benchmark ScaLabelCert at scale: certify vs evaluating the test-by-train kernel alone.

    python benchmarks/bench_scalable.py --n-train 50000 --n-test 10000 --dim 512

Small-C NTK SVM (label-linear, no Gram matrix needed), binary and 10-class, synthetic
Gaussian-mixture features. Reports seconds, the ratio certify / kernel and peak memory
(ru_maxrss). Not part of the test run.
"""

from __future__ import annotations

import argparse
import resource
import time

import numpy as np

from optcert import KernelSVM, certify
from optcert.data import make_gaussian_mixture


def peak_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n-train", type=int, default=50000)
    ap.add_argument("--n-test", type=int, default=10000)
    ap.add_argument("--dim", type=int, default=512)
    ap.add_argument("--classes", type=int, nargs="+", default=[2, 10])
    ap.add_argument("--witnesses", action="store_true", help="also build and replay every witness")
    args = ap.parse_args()
    for K in args.classes:
        X, y = make_gaussian_mixture(args.n_train + args.n_test, args.dim, K, separation=4.0, seed=K)
        X /= np.sqrt(args.dim)
        Xtr, ytr, Xte = X[:args.n_train], y[:args.n_train], X[args.n_train:]
        t = time.perf_counter()
        probe = KernelSVM(C=1e-12, depth=1, bias=1.0).fit(Xtr, ytr)  # computes C* blockwise
        model = probe.set_params(C=probe.c_star_)
        model.alpha_ = np.full_like(probe.alpha_, probe.c_star_)
        t_fit = time.perf_counter() - t
        t = time.perf_counter()
        for _, _block in model.kernel_.blocks(Xte, Xtr, block_bytes=128 * 2**20):
            pass
        t_kernel = time.perf_counter() - t
        t = time.perf_counter()
        certs = certify(model, Xte, witnesses=args.witnesses)
        t_cert = time.perf_counter() - t
        R = certs.lower
        print(f"K={K}: N={args.n_train} M={args.n_test} d={args.dim}: fit (C* by blockwise row sums) "
              f"{t_fit:.1f}s; test-by-train kernel {t_kernel:.1f}s; certify {t_cert:.1f}s "
              f"(ratio {t_cert / t_kernel:.2f}x); exact {certs.exact.mean():.3f}; median R "
              f"{np.median(R):.0f}; peak RSS {peak_gb():.2f} GB; witnesses={args.witnesses}")


if __name__ == "__main__":
    main()
