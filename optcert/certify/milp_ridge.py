"""LabelCert for kernel ridge: a greedy retraining attack, then the single-level MILP.

Kernel ridge is label-linear (docs/math/milp.md, "Kernel ridge as a single-level MILP"): its
retrained scores are ``q^T (Q + lambda I)^{-1} y~``, so there are no stability bounds and no
flip-set search to run first. Per target the greedy attack
(:func:`optcert.svm.attacks.greedy_labelling` over the ridge's own solve, replayed) gives an
upper bound and a MIP start; the model of :mod:`optcert.formulations.krr_label_flip` answers
the question through the shared solve loops of :mod:`optcert.certify.milp`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np
import scipy.linalg

from ..results import Certificate
from ..svm.attacks import greedy_labelling
from ..svm.margins import MarginSpec, block_signs
from .milp import (
    Evidence,
    MilpOptions,
    Point,
    attack_stage,
    budget_question,
    certify_points,
    export_model,
    margin_verdict,
    radius_question,
    radius_solves,
    settle,
)


@dataclass(frozen=True)
class RidgeLearner:
    """A fitted :class:`~optcert.learners.KernelRidge` unpacked once: Gram matrix ``gram``,
    clean class indices ``y_index``, ``n_classes``, ridge ``lam`` (the model keeps its Cholesky
    factor ``cho_``)."""

    model: Any
    gram: np.ndarray
    y_index: np.ndarray
    n_classes: int
    lam: float


def ridge_learner(model) -> RidgeLearner:
    return RidgeLearner(model, model.gram_, model.encode_labels(model.y_fit_), model.n_classes_,
                        float(model.alpha))


def _solve(learner: RidgeLearner, rhs: np.ndarray) -> np.ndarray:
    """``(Q + lambda I)^{-1} rhs`` from the model's Cholesky factor."""
    return scipy.linalg.cho_solve(learner.model.cho_, rhs, check_finite=False)


def certify_ridge_points(model, X_test, opts: MilpOptions, budget: int | None) -> list[Certificate]:
    """One certificate per row of ``X_test``: the radius (``budget=None``) or the verdict at r."""
    learner = ridge_learner(model)
    # the tie scale: sum_i |w_i| of the label-linear weights w = (Q + lambda I)^{-1} q
    return certify_points(model, X_test, opts, budget, learner, certify_radius, certify_budget,
                          scale=lambda q: float(np.abs(_solve(learner, q)).sum()))


# -- the stages ------------------------------------------------------------------------------------

def ridge_margin(learner: RidgeLearner, labels: np.ndarray, q: np.ndarray, coef: dict) -> float:
    """``sum_k coef[k] F_k(x)`` of the ridge refitted on ``labels`` (class indices): targets
    +-1 binary, one-hot 0/1 one-vs-rest."""
    total = 0.0
    for k, c in coef.items():
        signs = block_signs(labels, learner.n_classes, k)
        target = signs if learner.n_classes == 2 else (signs > 0).astype(float)
        total += c * float(q @ _solve(learner, target))
    return total


def greedy_stage(learner: RidgeLearner, point: Point, ev: Evidence, opts: MilpOptions, spec: MarginSpec,
                 max_flips: int) -> np.ndarray | None:
    """The greedy retraining attack of at most ``max_flips`` flips, replayed into ``ev``; its
    labelling (the radius model's MIP start), or None."""
    def retrain(labels, warm):
        return ridge_margin(learner, labels, point.q, spec.coef), None

    return attack_stage(learner.model, point, ev, opts, max_flips, lambda: greedy_labelling(
        retrain, point.q, learner.y_index, learner.n_classes, spec, max_flips=max_flips,
        n_candidates=opts.n_candidates))


def build_model(learner: RidgeLearner, point: Point, ev: Evidence, opts: MilpOptions, spec: MarginSpec,
                question: str, budget: int | None, target, note: str = ""):
    """The kernel-ridge label-flip MILP of one target, written to ``opts.export`` when set."""
    from ..formulations.krr_label_flip import build_krr_label_flip

    m = build_krr_label_flip(learner.gram, learner.lam, learner.y_index, learner.n_classes, point.q, spec,
                             question=question, budget=budget, tau=point.tau_milp)
    if opts.export is not None:
        export_model(m, point, ev, opts, question, target, note)
    return m


def set_start(opts: MilpOptions, m, labels: np.ndarray | None) -> bool:
    """MIP start at ``labels`` (class indices); False when ``warm_start`` is off or no labels."""
    from ..formulations.krr_label_flip import set_krr_labelling

    if not opts.warm_start or labels is None:
        return False
    set_krr_labelling(m, labels)
    return True


# -- the two questions -----------------------------------------------------------------------------

def certify_radius(learner: RidgeLearner, point: Point, opts: MilpOptions) -> Certificate:
    """Question (b): per target the greedy attack, then the uncapped radius model with the
    attack as MIP start (``rho >= 1`` holds without proof)."""
    ev = Evidence.of(point)
    N = learner.gram.shape[0]
    floor = 1  # zero flips never change the prediction

    def target_rho(target, spec: MarginSpec) -> float:
        if floor >= ev.best_k:  # a one-flip attack in hand: nothing smaller exists
            return floor
        y_h = greedy_stage(learner, point, ev, opts, spec, N)
        if floor >= ev.best_k or point.time_left() <= 0:
            return min(floor, ev.best_k)
        m = build_model(learner, point, ev, opts, spec, "radius", None, target)
        start = partial(set_start, opts, m, y_h)
        return radius_solves(m, learner.model, point, ev, opts, floor, capped=False, start=start)

    return radius_question(point, ev, target_rho, partial(settle, build_model, learner, point, ev, opts,
                                                          "radius", None))


def certify_budget(learner: RidgeLearner, point: Point, opts: MilpOptions, r: int) -> Certificate:
    """Question (a): certified at ``r``, broken by a replayed attack of at most r flips, or
    undecided (``lower = 0``)."""
    ev = Evidence.of(point)

    def target_verdict(target, spec: MarginSpec) -> bool | None:
        greedy_stage(learner, point, ev, opts, spec, r)
        if ev.best_k <= r:
            return None
        if point.time_left() <= 0:
            return False
        m = build_model(learner, point, ev, opts, spec, "margin", r, target)
        return margin_verdict(m, learner.model, point, ev, opts, set_start(opts, m, learner.y_index))

    return budget_question(point, ev, r, target_verdict, partial(settle, build_model, learner, point, ev, opts,
                                                                 "margin", r))
