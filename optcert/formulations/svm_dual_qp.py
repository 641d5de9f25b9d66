"""The bias-free SVM dual as an explicit Pyomo QP (docs/math/learners.md).

    minimise   1/2 sum_ij H_ij alpha_i alpha_j - sum_i alpha_i
    subject to 0 <= alpha_i <= C,          H = diag(y) Q diag(y)

The same problem :mod:`optcert.svm.dual` solves with a dedicated method; this explicit model
is the cross-check (and an exportable instance). It has N^2 / 2 quadratic terms, so it is
meant for N in the low thousands.
"""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo


def build_svm_dual_qp(Q: np.ndarray, y: np.ndarray, C: float) -> pyo.ConcreteModel:
    """Pyomo model of the dual for Gram matrix ``Q`` (N, N), labels ``y`` in {-1, +1}, box ``C``."""
    Q = np.asarray(Q, dtype=float)
    y = np.asarray(y, dtype=float)
    N = Q.shape[0]
    H = Q * np.outer(y, y)
    m = pyo.ConcreteModel(name="svm_dual_qp")
    m.I = pyo.RangeSet(0, N - 1)
    m.alpha = pyo.Var(m.I, bounds=(0.0, float(C)), initialize=0.0)
    iu, ju = np.triu_indices(N, k=1)
    coef = H[iu, ju]
    keep = coef != 0.0
    a = m.alpha
    quad = pyo.quicksum(0.5 * H[i, i] * a[i] * a[i] for i in range(N) if H[i, i] != 0.0)
    quad += pyo.quicksum(float(c) * a[int(i)] * a[int(j)] for i, j, c in zip(iu[keep], ju[keep], coef[keep]))
    m.objective = pyo.Objective(expr=quad - pyo.quicksum(a[i] for i in range(N)), sense=pyo.minimize)
    return m


def decode_svm_dual_qp(model: pyo.ConcreteModel, report) -> np.ndarray:
    """The dual vector ``alpha`` (N,) from a solver report's values."""
    N = len(model.I)
    values = report.values
    return np.clip(np.array([values[model.alpha[i].name] for i in range(N)]), 0.0, None)
