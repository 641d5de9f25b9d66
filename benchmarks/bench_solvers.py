"""Compile/load cost and solve time of every MILP backend (run: python benchmarks/bench_solvers.py).

Two questions: (1) how long does compiling a dense N x N model (the size of the LabelCert
stationarity rows, p = Q z) and loading it into each backend take; (2) how fast does each
backend close a hard 0/1 knapsack whose optimum is known from a DP.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pyomo.environ as pyo

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from solver_cases import hard_knapsack, multi_knapsack  # noqa: E402

from optcert.results import objective_interval  # noqa: E402
from optcert.solvers import available_solvers, capabilities, compile_model, solve  # noqa: E402


def dense_model(n: int, seed: int = 0):
    """min sum z s.t. p_i = sum_j Q_ij z_j, |z| <= 1, p_i >= -1, z integer (loading cost only)."""
    Q = np.random.default_rng(seed).integers(-5, 6, (n, n))
    m = pyo.ConcreteModel()
    m.I = pyo.RangeSet(0, n - 1)
    m.z = pyo.Var(m.I, within=pyo.Integers, bounds=(-1, 1))
    m.p = pyo.Var(m.I, within=pyo.Integers, bounds=(-1, 5 * n))
    m.stat = pyo.Constraint(m.I, rule=lambda m, i: m.p[i] == sum(int(Q[i, j]) * m.z[j] for j in range(n)))
    m.obj = pyo.Objective(expr=sum(m.z[i] for i in m.I))
    return m


def main() -> None:
    solvers = [s for s in available_solvers() if "milp" in capabilities(s)]
    for n in (100, 300):
        model = dense_model(n)
        t = time.perf_counter()
        form = compile_model(model)
        print(f"dense n={n}: compile {time.perf_counter() - t:.2f}s ({form.A.nnz} nnz)")
        for s in solvers:
            t = time.perf_counter()
            r = solve(form, s, time_limit=0.0 if s != "cpsat" else 0.01)
            total = time.perf_counter() - t
            print(f"  {s:<13} load+stop {total - r.time:6.2f}s  (status {r.status.value})")
    for name, (model_fn, optimum) in {
        "hard_knapsack n=60": (lambda: hard_knapsack()[0], hard_knapsack()[1]),
        "multi_knapsack 40x5": (multi_knapsack, None),
    }.items():
        print(name)
        for s in solvers:
            r = solve(model_fn(), s, time_limit=30)
            lo, hi = objective_interval(r)
            ok = "" if optimum is None else ("sound" if lo - 1e-6 <= optimum <= hi + 1e-6 else "UNSOUND")
            print(f"  {s:<13} {r.status.value:<10} obj {r.objective} bound {r.bound} "
                  f"nodes {r.nodes} {r.time:6.2f}s {ok}")


if __name__ == "__main__":
    main()
