"""Shared tiny optimisation instances with known optima, for every solver backend.

Each builder returns a fresh Pyomo model; ``CASES`` lists (name, builder, expected) where
``expected`` is the optimal objective, or a TerminationStatus set for infeasible/unbounded.
Larger "hard" instances come with an independent reference optimum (a knapsack DP).
"""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo
import pytest

from optcert.results import TerminationStatus as TS


def knapsack():
    """max 10a+13b+7c+8d+9e + 1, weights 3,4,2,3,3 <= 8 (binaries). Optimum 27 (a, c, e)."""
    v, w = [10, 13, 7, 8, 9], [3, 4, 2, 3, 3]
    m = pyo.ConcreteModel(name="knapsack")
    m.x = pyo.Var(range(5), within=pyo.Binary)
    m.cap = pyo.Constraint(expr=sum(w[i] * m.x[i] for i in range(5)) <= 8)
    m.obj = pyo.Objective(expr=sum(v[i] * m.x[i] for i in range(5)) + 1, sense=pyo.maximize)
    return m


def lp():
    """min 2x + 3y + 5 s.t. 1 <= x + y <= 4 (ranged), x - y == 0.5, x + y + z >= 2 with z fixed
    at 1; optimum at x = .75, y = .25: 7.25."""
    m = pyo.ConcreteModel(name="lp")
    m.x = pyo.Var(bounds=(0, 10))
    m.y = pyo.Var(within=pyo.NonNegativeReals)
    m.z = pyo.Var(initialize=1.0)
    m.z.fix(1.0)
    m.ranged = pyo.Constraint(expr=pyo.inequality(1, m.x + m.y, 4))
    m.eq = pyo.Constraint(expr=m.x - m.y == 0.5)
    m.withfixed = pyo.Constraint(expr=m.x + m.y + m.z >= 2)
    m.obj = pyo.Objective(expr=2 * m.x + 3 * m.y + 5)
    return m


def infeasible_milp():
    """2x + 2y == 3 over integers: infeasible."""
    m = pyo.ConcreteModel(name="infeasible")
    m.x = pyo.Var(within=pyo.Integers, bounds=(0, 10))
    m.y = pyo.Var(within=pyo.Integers, bounds=(0, 10))
    m.c = pyo.Constraint(expr=2 * m.x + 2 * m.y == 3)
    m.obj = pyo.Objective(expr=m.x + m.y)
    return m


def unbounded_lp():
    """min -x - y s.t. x - y <= 1, x, y >= 0: unbounded below."""
    m = pyo.ConcreteModel(name="unbounded")
    m.x = pyo.Var(within=pyo.NonNegativeReals)
    m.y = pyo.Var(within=pyo.NonNegativeReals)
    m.c = pyo.Constraint(expr=m.x - m.y <= 1)
    m.obj = pyo.Objective(expr=-m.x - m.y)
    return m


def qp_min():
    """min (x-1)^2 + (y-2)^2 s.t. x + y <= 2: projection (0.5, 1.5), optimum 0.5."""
    m = pyo.ConcreteModel(name="qp_min")
    m.x = pyo.Var(bounds=(-5, 5))
    m.y = pyo.Var(bounds=(-5, 5))
    m.c = pyo.Constraint(expr=m.x + m.y <= 2)
    m.obj = pyo.Objective(expr=(m.x - 1) ** 2 + (m.y - 2) ** 2)
    return m


def qp_max():
    """SVM-dual-like: max 2x + 2y - x^2 - y^2 - xy, 0 <= x, y <= 1: x = y = 2/3, optimum 4/3."""
    m = pyo.ConcreteModel(name="qp_max")
    m.x = pyo.Var(bounds=(0, 1))
    m.y = pyo.Var(bounds=(0, 1))
    m.obj = pyo.Objective(expr=2 * m.x + 2 * m.y - m.x**2 - m.y**2 - m.x * m.y, sense=pyo.maximize)
    return m


def sos1():
    """max x + 2y, x <= 3, y <= 1, SOS1{x, y}: x = 3 alone, optimum 3 (relaxation: 5)."""
    m = pyo.ConcreteModel(name="sos1")
    m.v = pyo.Var(["x", "y"], bounds=lambda m, i: (0, 3) if i == "x" else (0, 1))
    m.s = pyo.SOSConstraint(var=m.v, sos=1)
    m.obj = pyo.Objective(expr=m.v["x"] + 2 * m.v["y"], sense=pyo.maximize)
    return m


def indicator():
    """max x - 3b + y + 10c over x in 0..10, y in 0..5 (integers), b, c binary, with the
    conditional rows (b == 0 => x <= 2) and (c == 1 => x + y == 4) as pyomo.gdp disjunctions
    (b, c are the binary indicators of ``large`` and ``four``). Optimum 14 (b=0, c=1, x+y=4)."""
    from pyomo.gdp import Disjunct, Disjunction

    m = pyo.ConcreteModel(name="indicator")
    m.x = pyo.Var(within=pyo.Integers, bounds=(0, 10))
    m.y = pyo.Var(within=pyo.Integers, bounds=(0, 5))
    m.small, m.large = Disjunct(), Disjunct()  # b = 0, b = 1
    m.small.x_small = pyo.Constraint(expr=m.x <= 2)
    m.b_choice = Disjunction(expr=[m.small, m.large])
    m.other, m.four = Disjunct(), Disjunct()  # c = 0, c = 1
    m.four.sum_four = pyo.Constraint(expr=m.x + m.y == 4)
    m.c_choice = Disjunction(expr=[m.other, m.four])
    b, c = m.large.binary_indicator_var, m.four.binary_indicator_var
    m.obj = pyo.Objective(expr=m.x - 3 * b + m.y + 10 * c, sense=pyo.maximize)
    return m


CASES = [
    ("knapsack", knapsack, 27.0),
    ("lp", lp, 7.25),
    ("infeasible", infeasible_milp, {TS.INFEASIBLE, TS.INFEASIBLE_OR_UNBOUNDED}),
    ("unbounded", unbounded_lp, {TS.UNBOUNDED, TS.INFEASIBLE_OR_UNBOUNDED}),
    ("qp_min", qp_min, 0.5),
    ("qp_max", qp_max, 4.0 / 3.0),
    ("sos1", sos1, 3.0),
    ("indicator", indicator, 14.0),
]


def hard_knapsack(n: int = 60, seed: int = 0):
    """A strongly correlated 0/1 knapsack as a *minimisation* (min -value), with its optimum.

    Returns (model, optimum); the optimum comes from an exact dynamic programme, independent
    of every solver.
    """
    rng = np.random.default_rng(seed)
    w = rng.integers(1000, 10000, n)
    v = w + 1000
    cap = int(w.sum() // 2)
    m = pyo.ConcreteModel(name="hard_knapsack")
    m.x = pyo.Var(range(n), within=pyo.Binary)
    m.cap = pyo.Constraint(expr=sum(int(w[i]) * m.x[i] for i in range(n)) <= cap)
    m.obj = pyo.Objective(expr=-sum(int(v[i]) * m.x[i] for i in range(n)))
    best = np.zeros(cap + 1, dtype=np.int64)
    for wi, vi in zip(w, v):
        best[wi:] = np.maximum(best[wi:], best[:-wi] + vi)
    return m, -float(best.max())


def multi_knapsack(n: int = 40, k: int = 5, seed: int = 0):
    """A 0/1 multi-dimensional knapsack (min -value) that no backend closes at the root."""
    rng = np.random.default_rng(seed)
    W = rng.integers(10, 100, (k, n))
    v = rng.integers(10, 100, n)
    cap = W.sum(axis=1) // 2
    m = pyo.ConcreteModel(name="multi_knapsack")
    m.x = pyo.Var(range(n), within=pyo.Binary)
    m.cap = pyo.Constraint(range(k), rule=lambda m, r: sum(int(W[r, i]) * m.x[i] for i in range(n)) <= int(cap[r]))
    m.obj = pyo.Objective(expr=-sum(int(v[i]) * m.x[i] for i in range(n)))
    return m


def pyomo_optimum(m, name: str) -> float:
    """Optimum by ``SolverFactory(name)`` (inf when infeasible), the solution loaded into ``m``."""
    opt = pyo.SolverFactory(name)
    if not opt.available(exception_flag=False):
        pytest.skip(f"Pyomo's {name} interface is not available here")
    res = opt.solve(m, load_solutions=False)
    tc = str(res.solver.termination_condition)
    if tc == "infeasible":
        return np.inf
    assert tc == "optimal", tc
    m.solutions.load_from(res)
    return pyo.value(m.objective)
