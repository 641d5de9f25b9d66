"""Least relabelling that makes a label-linear model predict exactly class t (docs/math/label-linear.md).

For a label-linear model ``F_k = a_k + sum_i w_i [y~_i = k]``::

    minimise    sum_i (1 - x[i, y_i])                        (flips)
    subject to  sum_k x[i, k] = 1                   for all i  (one label per point)
                F_t - F_k >= -tau                   for all k != t  (t wins, near-ties count)
                sum_i (1 - x[i, y_i]) <= U          (optional cutoff from a known attack)
                x[i, k] in {0, 1}

The covering problem that sorting cannot solve exactly when K >= 3 (test vector T4). The
``-tau`` relaxation makes the optimum a sound *lower* bound on the exact flip count; a
solution is an attack only after the exact tie rule and a replay confirm it.
"""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo


def build_target_relabel_milp(offset: np.ndarray, weights: np.ndarray, y_index: np.ndarray,
                              target: int, *, tau: float = 0.0, max_flips: int | None = None,
                              start: np.ndarray | None = None) -> pyo.ConcreteModel:
    """Build the model. offset (K,), weights (N,), y_index (N,) clean class indices.

    ``start`` (N,) class indices, if given, is loaded as the variables' values (a warm start).
    """
    offset = np.asarray(offset, dtype=float)
    w = np.asarray(weights, dtype=float)
    y = np.asarray(y_index, dtype=np.int64)
    K, N, t = offset.size, w.size, int(target)
    m = pyo.ConcreteModel(name=f"relabel_to_{t}")
    m.I = pyo.RangeSet(0, N - 1)
    m.K = pyo.RangeSet(0, K - 1)
    m.x = pyo.Var(m.I, m.K, domain=pyo.Binary)
    m.one_label = pyo.Constraint(m.I, rule=lambda m, i: sum(m.x[i, k] for k in m.K) == 1)

    def F(k):
        return float(offset[k]) + sum(float(w[i]) * m.x[i, k] for i in range(N) if w[i] != 0.0)

    m.t_wins = pyo.Constraint([k for k in range(K) if k != t],
                              rule=lambda m, k: F(t) - F(k) >= -float(tau))
    flips = sum(1 - m.x[i, int(y[i])] for i in range(N))
    if max_flips is not None:
        m.cutoff = pyo.Constraint(expr=flips <= int(max_flips))
    m.flips = pyo.Objective(expr=flips, sense=pyo.minimize)
    if start is not None:
        for i in range(N):
            for k in range(K):
                m.x[i, k].value = 1.0 if int(start[i]) == k else 0.0
    return m


def decode_target_relabel_milp(model: pyo.ConcreteModel, values) -> np.ndarray:
    """New labels (class indices, (N,)) from a report's ``values`` mapping."""
    N, K = len(model.I), len(model.K)
    x = np.array([[values[model.x[i, k].name] for k in range(K)] for i in range(N)])
    return np.argmax(x, axis=1)
