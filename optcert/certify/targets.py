"""Per-target flip counts ``rho^t``: the least flips making a model predict exactly class t.

Ensembles need them for every base model (docs/math/ensembles.md). For a label-linear model:

* two classes: ``rho^t`` of the other class is the change radius, exact by sorting;
* ``K >= 3``: a covering problem. Sound lower bound: the pairwise sorted covers against every
  rival (:func:`optcert.exact.label_linear.target_rho_lower`); upper bound: a greedy attack
  checked with the exact tie rule; exact value: a small MILP through the solver layer
  (:mod:`optcert.formulations.relabel_milp`), used only where the bounds differ.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..exact import label_linear as ll
from ..results import INF, SolveReport, TerminationStatus, objective_interval
from .intervals import ceil_dual_bound
from .label_linear import tolerance

if TYPE_CHECKING:
    from ..learners import LabelLinearView

logger = logging.getLogger(__name__)


@dataclass
class TargetBounds:
    """Bounds on ``rho^t`` for a batch of test points against one label-linear model.

    lower, upper : (M, K) float; 0 at the predicted class, ``inf`` upper where no attack is known.
    prediction : (M,) class index.
    """

    lower: np.ndarray
    upper: np.ndarray
    prediction: np.ndarray
    scores: np.ndarray
    weights: np.ndarray
    tau: np.ndarray


def target_lower_bounds(view: LabelLinearView, y_index: np.ndarray, tol: float) -> TargetBounds:
    """Vectorised lower bounds on every ``rho^t`` (exact for two classes); uppers unknown yet."""
    K = view.n_classes
    scores = view.scores(y_index)
    W = view.weights
    tau = tolerance(W, tol)
    if view.binary:
        # binary view f = F_1 - F_0 with F_k = sum_i w_i [y~_i = k]: the same weights, no offset
        scores = np.stack([W @ (y_index == 0), W @ (y_index == 1)], axis=1).astype(float)
    M = W.shape[0]
    prediction = np.argmax(scores, axis=1)
    lower = np.zeros((M, K))
    upper = np.full((M, K), INF)
    upper[np.arange(M), prediction] = 0.0
    for t in range(K):
        lower[:, t] = ll.target_rho_lower(scores, W, y_index, t, tau)
    lower[np.arange(M), prediction] = 0.0
    return TargetBounds(lower, upper, prediction, scores, W, tau)


def realise_target(bounds: TargetBounds, m: int, y_index: np.ndarray,
                   target: int) -> tuple[np.ndarray, np.ndarray] | None:
    """A concrete attack making point ``m`` predict exactly ``target`` (class indices), or None.

    Two classes: the top-gain flips (optimal); more: the greedy of
    :func:`optcert.exact.label_linear.target_attack_greedy`. Checked with the exact tie rule.
    """
    scores, w = bounds.scores[m], bounds.weights[m]
    K = scores.size
    pred = int(bounds.prediction[m])
    if target == pred:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    if K == 2:
        lo, up, _, _ = ll.multiclass_rho(scores[None], w[None], y_index, 0.0)
        if not np.isfinite(up[0]):
            return None
        idx, new = ll.multiclass_attack(w, y_index, pred, target, int(up[0]))
    else:
        found = ll.target_attack_greedy(scores, w, y_index, target)
        if found is None:
            return None
        idx, new = found
    return (idx, new) if attack_reaches(scores, w, y_index, idx, new, target) else None


def attack_reaches(scores: np.ndarray, w: np.ndarray, y_index: np.ndarray, idx: np.ndarray, new: np.ndarray,
                   target: int) -> bool:
    """Exact check: after relabelling ``idx`` to ``new``, does ``target`` win the argmax?"""
    F = np.array(scores, dtype=float)
    np.subtract.at(F, y_index[idx], w[idx])
    np.add.at(F, new, w[idx])
    return int(np.argmax(F)) == int(target)


def exact_target(bounds: TargetBounds, m: int, y_index: np.ndarray, target: int, *,
                 solver: str = "highs", time_limit: float | None = None,
                 known_attack: tuple[np.ndarray, np.ndarray] | None = None,
                 ) -> tuple[float, tuple[np.ndarray, np.ndarray] | None, SolveReport]:
    """Solve the relabelling MILP for one point and target.

    Returns ``(lower, attack_or_None, report)``: ``lower`` is a sound lower bound on
    ``rho^t`` from the dual bound (exact when the solve is optimal and the attack checks out).
    """
    from ..formulations.relabel_milp import build_target_relabel_milp, decode_target_relabel_milp
    from ..solvers import solve

    scores, w = bounds.scores[m], bounds.weights[m]
    offset = scores - np.array([w[y_index == k].sum() for k in range(scores.size)])
    start = None
    cutoff = None
    if known_attack is not None:
        start = y_index.copy()
        start[known_attack[0]] = known_attack[1]
        cutoff = int(len(known_attack[0]))
    model = build_target_relabel_milp(offset, w, y_index, target, tau=float(bounds.tau[m]),
                                      max_flips=cutoff, start=start)
    report: SolveReport = solve(model, solver, time_limit=time_limit, warm_start=start is not None)
    lo, _ = objective_interval(report)
    lower = ceil_dual_bound(lo)
    attack = None
    if report.has_solution and report.status is not TerminationStatus.ERROR:
        new_labels = decode_target_relabel_milp(model, report.values)
        idx = np.flatnonzero(new_labels != y_index)
        if attack_reaches(scores, w, y_index, idx, new_labels[idx], target):
            attack = (idx, new_labels[idx])
    if report.status is TerminationStatus.INFEASIBLE and cutoff is not None:
        # infeasible under the cutoff only means no attack beats the known one
        lower = float(cutoff)
    return float(lower), attack, report
