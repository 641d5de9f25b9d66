"""Brute force: retrain on every labelling within the budget (tiny N only).

The independent reference every other method is tested against. It never uses a shortcut:
each candidate labelling is a real ``fit`` of the learner.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from typing import Any

import numpy as np

from ..exceptions import InvalidInputError
from ..results import INF, Attack, Certificate
from .options import checked_options

#: refuse instances whose enumeration would exceed this many retrainings
MAX_LABELLINGS = 200_000


def labellings_with_flips(y_index: np.ndarray, n_classes: int,
                          k: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Yield (indices, new class indices) for every labelling with exactly k flips."""
    for idx in itertools.combinations(range(y_index.size), k):
        choices = [[c for c in range(n_classes) if c != y_index[i]] for i in idx]
        for new in itertools.product(*choices):
            yield np.array(idx), np.array(new)


def _labellings_by_flips(y_index: np.ndarray, n_classes: int, max_flips: int):
    """Yield (k, indices, new class indices) for every labelling with exactly k flips, k = 1.."""
    for k in range(1, max_flips + 1):
        for idx, new in labellings_with_flips(y_index, n_classes, k):
            yield k, idx, new


def count_labellings(N: int, n_classes: int, max_flips: int) -> int:
    """Labellings with at most ``max_flips`` flips."""
    from math import comb

    return sum(comb(N, k) * (n_classes - 1) ** k for k in range(max_flips + 1))


@checked_options
def certify_bruteforce(model: Any, X_test: np.ndarray, *, max_flips: int | None = None) -> list[Certificate]:
    """Exact radii by enumeration: ``rho`` = the least k whose some k-flip labelling changes
    the prediction; every labelling is retrained with the model's own ``fit``.
    """
    y_index = model.encode_labels(model.y_fit_)
    N, K = y_index.size, model.n_classes_
    max_flips = N if max_flips is None else int(max_flips)
    total = count_labellings(N, K, max_flips)
    if total > MAX_LABELLINGS:
        raise InvalidInputError(
            f"brute force would retrain {total} labellings (N={N}, K={K}, up to {max_flips} flips); "
            f"it is meant for tiny instances (at most {MAX_LABELLINGS})"
        )
    t0 = time.perf_counter()
    clean = model.predict(X_test)
    M = clean.shape[0]
    rho = np.full(M, INF)
    witness: list[Attack | None] = [None] * M
    for k, idx, new in _labellings_by_flips(y_index, K, max_flips):
        if np.all(rho < k):
            break
        attack = Attack(idx, model.classes_[new])
        pred = model.refit(attack.apply(model.y_fit_)).predict(X_test)
        hit = (pred != clean) & (rho > k)
        for m in np.flatnonzero(hit).tolist():
            rho[m] = k
            witness[m] = attack
    per_point = (time.perf_counter() - t0) / max(M, 1)
    certs = []
    for m in range(M):
        r = rho[m] - 1.0
        if not np.isfinite(rho[m]) and max_flips < N:
            lo, up = float(max_flips), INF  # nothing within the enumerated budget
        else:
            lo = up = r
        label = clean[m].item() if hasattr(clean[m], "item") else clean[m]
        certs.append(Certificate(label, lo, up, "bruteforce", witness[m], runtime=per_point))
    return certs
