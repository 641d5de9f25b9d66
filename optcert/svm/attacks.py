"""Attacks on the SVM at any C: labellings that certify/ replays before they become upper bounds.

An attack here is a labelling (class indices, one per training point), never a certificate:

* :func:`ordered_attack` -- the label-linear order of the flips, every candidate checked by a
  ``replay`` callable the caller supplies (the certifiers pass the learner's own retraining);
* :func:`greedy_attack` -- greedy flips, each step the candidate whose retraining
  (:func:`retrained_margin`) lowers the margin most; the caller replays the labelling it returns.
  :func:`greedy_labelling` is the same walk over any retraining (certify/ uses it for kernel ridge).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..exact.label_linear import best_moves, margin_gains
from ..exceptions import InvalidInputError
from ..results import INF
from .dual import solve_svm_dual
from .margins import MarginSpec, TrainedSVM, block_signs, margin_spec

#: greedy attack: flips evaluated by retraining per step (the best label-linear gains)
N_CANDIDATES = 8


def ordered_attack(q: np.ndarray, y_index: np.ndarray, n_classes: int, pred: int,
                   scores: np.ndarray | None, replay: Callable[[np.ndarray], bool], *,
                   max_refits: int = 40, max_targets: int = 2) -> np.ndarray | None:
    """A labelling along the label-linear order of the flips that ``replay`` accepts, or None.

    For each target (binary: the other class) the points are ranked by their label-linear gain
    against the margin (``q``: the test column); the k best are relabelled, k found by doubling
    then bisection, every candidate labelling checked by ``replay`` (True: the prediction
    changes), at most ``max_refits`` per target. Above C* the margin need not fall monotonically
    in k, so the result is an upper bound only. Multiclass: the ``max_targets`` classes closest
    to the prediction in ``scores`` (the clean scores of the test point). Returns the labelling
    with the fewest flips found.
    """
    y_index = np.asarray(y_index)
    K = n_classes
    best: tuple[int, np.ndarray] | None = None
    targets: list[int | None]
    if K == 2:
        targets = [None]
    else:
        if scores is None:
            raise InvalidInputError("a multiclass attack needs the clean scores of the test point")
        gaps = scores[pred] - scores
        targets = [int(t) for t in np.argsort(gaps, kind="stable") if t != pred]
        targets = targets[:max_targets]
    for target in targets:
        coef = margin_spec(K, pred, target).coef
        new = best_moves(q, y_index, K, pred, target)
        gain = margin_gains(q, y_index, new, coef)
        order = np.argsort(-gain, kind="stable")
        order = order[gain[order] > 0]
        limit = order.size if best is None else min(order.size, best[0] - 1)
        found = _fewest_along(order, new, y_index, replay, limit, max_refits)
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    return None if best is None else best[1]


def _fewest_along(order, new, y_index, replay, limit: int, max_refits: int):
    """``(k, labelling)``: the fewest of the first points of ``order`` moved to ``new`` that
    ``replay`` accepts, at most ``limit``, by doubling then bisection; None if none found."""
    refits = 0

    def works(k):
        nonlocal refits
        refits += 1
        idx = np.sort(order[:k])
        labels = y_index.copy()
        labels[idx] = new[idx]
        return (k, labels) if replay(labels) else None

    lo, hi, found = 0, 1, None  # no attack known at lo flips
    while hi <= limit and refits < max_refits:
        found = works(hi)
        if found is not None:
            break
        lo, hi = hi, 2 * hi
    if found is None and limit > lo and refits < max_refits:
        hi = limit
        found = works(hi)
    if found is None:
        return None
    while hi - lo > 1 and refits < max_refits:
        mid = (lo + hi) // 2
        attack = works(mid)
        if attack is not None:
            hi, found = mid, attack
        else:
            lo = mid
    return found


def retrained_margin(svm: TrainedSVM, labels: np.ndarray, q: np.ndarray, coef: dict,
                     warm: dict | None = None) -> tuple[float, dict]:
    """``(sum_k coef[k] F_k(x), {k: alpha_k})`` after retraining the blocks of ``coef`` on
    ``labels`` (class indices) to the model's KKT tolerance; ``warm``: {block: dual} to start
    each block from (None: from zero)."""
    total, alphas = 0.0, {}
    for k, c in coef.items():
        signs = block_signs(labels, svm.n_classes, k)
        a = solve_svm_dual(svm.gram, signs, svm.C, kkt_tol=svm.kkt_tol, c_star=svm.c_star,
                           warm_start=None if warm is None else warm.get(k)).alpha
        alphas[k] = a
        total += c * float(q @ (signs * a))
    return total, alphas


def greedy_attack(svm: TrainedSVM, q: np.ndarray, spec: MarginSpec, *, max_flips: int,
                  n_candidates: int = N_CANDIDATES) -> np.ndarray | None:
    """A labelling of at most ``max_flips`` flips whose retrained SVM crosses ``spec``, or None.

    :func:`greedy_labelling` with the SVM's own retraining (:func:`retrained_margin`), each
    candidate started from the duals of the labelling before it (the clean duals first).
    """
    def retrain(labels, warm):
        return retrained_margin(svm, labels, q, spec.coef, warm)

    warm = {k: svm.block_alpha(k) for k in spec.coef}
    return greedy_labelling(retrain, q, svm.y_index, svm.n_classes, spec, max_flips=max_flips,
                            n_candidates=n_candidates, warm=warm)


def greedy_labelling(retrain: Callable[[np.ndarray, object], tuple[float, object]], q: np.ndarray,
                     y_index: np.ndarray, n_classes: int, spec: MarginSpec, *, max_flips: int,
                     n_candidates: int = N_CANDIDATES, warm: object = None) -> np.ndarray | None:
    """Greedy flips guided by label-linear gains, each step chosen by real retraining.

    ``retrain(labels, warm) -> (margin, state)``: the margin ``sum_k coef[k] F_k(x)`` of the
    learner retrained on ``labels`` (class indices); a non-empty ``state`` is passed as ``warm``
    to the next retrainings. Each step moves one new point to its most damaging relabelling
    (:func:`~optcert.exact.label_linear.best_moves`), chosen among the ``n_candidates`` largest
    label-linear gains as the one whose retrained margin is lowest. The margin has crossed when
    it is ``< 0``, or ``== 0`` where the tie goes to the target (``spec.prediction`` and
    ``spec.target`` say which). After crossing, flips that are not needed are dropped, last
    first. None when no candidate gains or ``max_flips`` steps do not cross: the greedy walk
    is an upper bound only (above C* the margin need not fall with the label-linear gains).
    """
    pred, target = spec.prediction, spec.target
    if pred is None or (n_classes > 2 and target is None):
        raise InvalidInputError("the greedy attack needs the margin's prediction and target (margin_spec)")
    y_index = np.asarray(y_index)
    y = y_index.copy()
    touched = np.zeros(y.size, dtype=bool)
    margin, _ = retrain(y, warm)
    # argmax ties go to the smaller class index: binary class 0, multiclass min(pred, target)
    strict_tie = pred == 0 if n_classes == 2 else (target is not None and target > pred)

    def crossed(mg):
        return mg < 0 or (mg == 0 and not strict_tie)

    new = best_moves(q, y_index, n_classes, pred, target)
    for _ in range(max_flips):
        if crossed(margin):
            break
        gain = margin_gains(q, y, new, spec.coef)
        gain[touched] = -INF
        cand = [i for i in np.argsort(-gain, kind="stable")[:n_candidates] if gain[i] > 0]
        if not cand:
            return None
        trials = []
        for i in cand:
            y2 = y.copy()
            y2[i] = new[i]
            trials.append((*retrain(y2, warm), i))
        margin, state, i = min(trials, key=lambda t: t[0])  # the first of equal margins
        y[i] = new[i]
        touched[i] = True
        warm = state or warm
    if not crossed(margin):
        return None
    for i in np.flatnonzero(touched)[::-1]:  # drop flips that are not needed
        y2 = y.copy()
        y2[i] = y_index[i]
        mg, _ = retrain(y2, warm)
        if crossed(mg):
            y = y2
    return y
