"""The label-flip problem of kernel ridge regression as a single-level MILP.

The lower level ``min_beta ||Y~ - Q beta||^2 + lambda beta'Q beta`` is solved by the linear
system ``(Q + lambda I) beta = y~`` (binary: ``y~_i = 2 b[i, 1] - 1``; multiclass, one-hot
targets: ``y~^k_i = b[i, k]``). Its optimality condition is linear in the relabelling binaries,
so replacing the lower level by it gives a MILP with no complementarity at all::

    (a) "margin":  minimise  sum_k coef_k q'beta^k   s.t. (Q + lambda I) beta^k = y~^k(b),
                                                          sum_i flip_i(b) <= r
    (b) "radius":  minimise  sum_i flip_i(b)         s.t. (Q + lambda I) beta^k = y~^k(b),
                                                          sum_k coef_k q'beta^k <= tau

It shares the relabelling step and the margin convention with
:mod:`optcert.formulations.svm_label_flip`, and must agree with ScaLabelCert (docs/math/label-linear.md).
"""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo
import scipy.linalg

from .svm_label_flip import QUESTIONS, MarginSpec, add_question, add_relabelling, b_values


def build_krr_label_flip(Q: np.ndarray, lam: float, y_index: np.ndarray, n_classes: int,
                         q: np.ndarray, spec: MarginSpec, *, question: str = "radius",
                         budget: int | None = None, tau: float = 0.0, max_flips: int | None = None,
                         name: str = "krr_label_flip"):
    """The kernel-ridge label-flip MILP for one test point.

    Parameters
    ----------
    Q : (N, N) Gram matrix; lam : ridge ``lambda > 0``.
    y_index : (N,) clean class indices; n_classes : K.
    q : (N,) test column; spec : which blocks make the margin (binary: block 1, sign s).
    question, budget, tau, max_flips : as in
        :func:`~optcert.formulations.svm_label_flip.build_svm_label_flip`.

    Returns
    -------
    pyomo ConcreteModel with ``b``, ``flips``, ``krr[k].beta``, ``margin``, ``objective``.
    """
    if question not in QUESTIONS:
        raise ValueError(f"question must be one of {QUESTIONS}, got {question!r}")
    if question == "margin" and budget is None:
        raise ValueError("question='margin' needs a budget")
    Q = np.asarray(Q, dtype=float)
    q = np.asarray(q, dtype=float).reshape(-1)
    N = Q.shape[0]
    A = Q + float(lam) * np.eye(N)
    Ainv = scipy.linalg.inv(A)
    beta_bound = np.abs(Ainv).sum(axis=1) * (1 + 1e-9) + 1e-12  # |target| <= 1
    blocks = sorted(spec.coef)
    m = pyo.ConcreteModel(name=name)
    add_relabelling(m, y_index, n_classes, blocks, budget if question == "margin" else max_flips)
    binary = n_classes == 2
    m.krr = pyo.Block(blocks)
    for k in blocks:
        blk = m.krr[k]
        blk.beta = pyo.Var(range(N), bounds=lambda _, i: (-beta_bound[i], beta_bound[i]))

        def target(i, k=k):
            return 2 * m.b[i, k] - 1 if binary else m.b[i, k]

        blk.optimality = pyo.Constraint(range(N), rule=lambda _, i, blk=blk, target=target: sum(
            float(A[i, j]) * blk.beta[j] for j in range(N) if A[i, j] != 0.0) == target(i))
    add_question(m, q, lambda k: m.krr[k].beta, spec, question, tau)
    m.ridge_inverse = Ainv
    return m


def set_krr_labelling(m, y_new: np.ndarray) -> None:
    """Warm start: labels ``y_new`` (class indices) and the matching ``beta`` of every block."""
    bv = b_values(m, y_new)
    binary = m.n_classes == 2
    for kk, k in enumerate(m.classes_with_block):
        for i in range(m.N):
            m.b[i, k].set_value(bv[i, kk])
        target = 2 * bv[:, kk] - 1 if binary else bv[:, kk]
        beta = m.ridge_inverse @ target
        for i in range(m.N):
            m.krr[k].beta[i].set_value(float(beta[i]), skip_validation=True)
