"""Attacks on the SVM at any C: labellings that certify/ replays before they become upper bounds.

An attack here is a labelling (class indices, one per training point); whether it changes the
prediction is decided by a ``replay`` callable the caller supplies -- the certifiers pass the
learner's own retraining, so every decision the attack takes stands on a real refit.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..exact.label_linear import best_moves, margin_gains
from .margins import margin_spec


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
    if K == 2:
        targets = [None]
    else:
        gaps = scores[pred] - scores
        targets = [int(t) for t in np.argsort(gaps, kind="stable") if t != pred][:max_targets]
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
