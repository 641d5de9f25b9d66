"""Test-set metrics over certified radii (SPEC section 1)."""

from __future__ import annotations

import numpy as np


def certified_accuracy(prediction, y_true, radius, budgets) -> np.ndarray:
    """Share of test points predicted correctly *and* with radius >= r, for each r in budgets.

    ``radius`` holds the certified radius R (or a sound lower bound of it) per point.
    """
    prediction = np.asarray(prediction)
    y_true = np.asarray(y_true)
    radius = np.asarray(radius, dtype=float)
    if not (prediction.shape == y_true.shape == radius.shape) or prediction.ndim != 1:
        raise ValueError(
            "prediction, y_true and radius must be 1-D arrays of one length, got shapes "
            f"{prediction.shape}, {y_true.shape}, {radius.shape}"
        )
    budgets = np.atleast_1d(np.asarray(budgets, dtype=float))
    if prediction.size == 0:
        raise ValueError("certified accuracy of an empty test set is undefined")
    correct = prediction == y_true
    return np.array([np.mean(correct & (radius >= r)) for r in budgets])


def median_certified_robustness(prediction, y_true, radius) -> float:
    """MCR: the largest r whose certified accuracy is >= 50 %, or -1 if none.

    Misclassified points count as R = -1. This is the SPEC convention (a radius); the DPA
    reference code prints MCR + 1 (a flip count that breaks the median point).
    """
    prediction = np.asarray(prediction)
    y_true = np.asarray(y_true)
    radius = np.where(prediction == y_true, np.asarray(radius, dtype=float), -1.0)
    # certified accuracy at r is mean(radius >= r); the largest r with share >= 1/2 is the
    # upper median of the radii (the ceil(n/2)-th largest).
    n = radius.size
    if n == 0:
        raise ValueError("MCR of an empty test set is undefined")
    k = (n + 1) // 2  # need at least k points with radius >= r  (k/n >= 0.5)
    kth_largest = np.sort(radius)[::-1][k - 1]
    return float(kth_largest)
