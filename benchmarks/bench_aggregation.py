"""Benchmark EnsembleCert aggregation: sorted knapsack vs the naive ILP, and batch throughput.

Not part of the test run::

    /work/venv/bin/python benchmarks/bench_aggregation.py [--points 10000] [--np-list 10 100 1000]

1. knapsack vs ILP (one model per target, HiGHS by default) on the same random matrices at
   Np in ``--np-list`` with K classes; prints mean seconds per point and the ratio.
2. ``--points`` test points x Np = ``--batch-np`` x K aggregated with ``knapsack_radius``
   (votes skewed towards one class, white-box costs 1..60); prints seconds.
"""

from __future__ import annotations

import argparse
import logging
import time

import numpy as np

from optcert.certify.aggregate import aggregate
from optcert.exact.aggregation import black_box_rho, dpa_radius, knapsack_radius, vote_counts

logger = logging.getLogger("bench_aggregation")


def random_rho(rng, P, Np, K, max_cost=60, agree=0.5):
    """Cost matrices whose votes agree on one class with probability ``agree``."""
    true = rng.integers(0, K, (P, 1))
    v = np.where(rng.random((P, Np)) < agree, true, rng.integers(0, K, (P, Np)))
    rho = rng.integers(1, max_cost, (P, Np, K)).astype(float)
    np.put_along_axis(rho, v[..., None], 0, axis=2)
    return rho, v


def bench_vs_ilp(rng, np_list, K, reps, solver, time_limit):
    rows = []
    for Np in np_list:
        rho, _ = random_rho(rng, reps, Np, K)
        t0 = time.perf_counter()
        ks = [aggregate(r, "knapsack") for r in rho]
        t_ks = (time.perf_counter() - t0) / reps
        # the radius alone (what the ILP answers), one matrix per call and amortised in a batch
        t0 = time.perf_counter()
        for r in rho:
            knapsack_radius(r)
        t_rad = (time.perf_counter() - t0) / reps
        batch = np.repeat(rho, max(1, 2000 // reps), axis=0)
        t0 = time.perf_counter()
        knapsack_radius(batch)
        t_batch = (time.perf_counter() - t0) / len(batch)
        t0 = time.perf_counter()
        il = [aggregate(r, "ilp", solver=solver, time_limit=time_limit) for r in rho]
        t_ilp = (time.perf_counter() - t0) / reps
        agree = all(a.lower == b.lower for a, b in zip(ks, il) if b.exact)
        n_exact = sum(b.exact for b in il)
        rows.append((Np, t_ks, t_ilp, t_ilp / t_ks, agree, n_exact, t_rad, t_batch))
        logger.info("Np=%d knapsack+witness %.4fs radius %.5fs batched %.6fs ilp(%s) %.4fs "
                    "ratios %.0fx / %.0fx / %.0fx agree=%s exact=%d/%d", Np, t_ks, t_rad, t_batch,
                    solver, t_ilp, t_ilp / t_ks, t_ilp / t_rad, t_ilp / t_batch, agree, n_exact, reps)
    return rows


def bench_batch(rng, P, Np, K):
    rho, v = random_rho(rng, P, Np, K)
    t0 = time.perf_counter()
    knapsack_radius(rho)
    t_white = time.perf_counter() - t0
    bb = black_box_rho(v, K)
    t0 = time.perf_counter()
    r = knapsack_radius(bb)
    t_black = time.perf_counter() - t0
    assert np.array_equal(r, dpa_radius(vote_counts(v, K)))
    return t_white, t_black


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--np-list", type=int, nargs="+", default=[10, 100, 1000])
    p.add_argument("--classes", type=int, default=10)
    p.add_argument("--reps", type=int, default=3, help="matrices per Np for the ILP comparison")
    p.add_argument("--solver", default="highs")
    p.add_argument("--time-limit", type=float, default=None)
    p.add_argument("--points", type=int, default=10_000)
    p.add_argument("--batch-np", type=int, default=1000)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    rng = np.random.default_rng(args.seed)
    rows = bench_vs_ilp(rng, args.np_list, args.classes, args.reps, args.solver, args.time_limit)
    logger.info("\n%6s %14s %12s %12s %10s %9s %9s %9s %6s", "Np", "ks+witness s", "radius s",
                "batched s", "ILP s", "ratio", "ratio", "ratio", "agree")
    for Np, a, b, ratio, agree, _, rad, bat in rows:
        logger.info("%6d %14.5f %12.6f %12.7f %10.4f %8.0fx %8.0fx %8.0fx %6s", Np, a, rad, bat, b,
                    ratio, b / rad, b / bat, agree)
    t_white, t_black = bench_batch(rng, args.points, args.batch_np, args.classes)
    logger.info("\nbatch %d points x Np=%d x K=%d: white-box %.2fs, black-box (= DPA) %.2fs",
                args.points, args.batch_np, args.classes, t_white, t_black)


if __name__ == "__main__":
    main()
