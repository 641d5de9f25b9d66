"""Test-set metrics over certified radii (docs/math/threat-model.md).

Predictions and true values are labels (ints, strings... whatever the model was fitted on),
compared as values; budgets are flip counts.
"""

from __future__ import annotations

import numpy as np

from .exceptions import InvalidInputError

#: dtype kinds whose values can equal each other: numbers with numbers, str with str.
_LABEL_FAMILIES = {"b": "number", "i": "number", "u": "number", "f": "number", "U": "str", "S": "bytes"}


def _labels_and_radius(prediction, y_true, radius, what: str):
    """1-D label arrays of one length whose values can be compared, and a float radius."""
    prediction = np.asarray(prediction)
    y_true = np.asarray(y_true)
    try:
        radius = np.asarray(radius, dtype=float)
    except (TypeError, ValueError):
        raise InvalidInputError("radius must hold numbers (certified radii)") from None
    if not (prediction.shape == y_true.shape == radius.shape) or prediction.ndim != 1:
        raise InvalidInputError(
            "prediction, y_true and radius must be 1-D arrays of one length, got shapes "
            f"{prediction.shape}, {y_true.shape}, {radius.shape}"
        )
    if prediction.size == 0:
        raise InvalidInputError(f"{what} of an empty test set is undefined")
    if np.isnan(radius).any():
        raise InvalidInputError("radius contains NaN")
    fp = _LABEL_FAMILIES.get(prediction.dtype.kind)
    ft = _LABEL_FAMILIES.get(y_true.dtype.kind)
    if fp is not None and ft is not None and fp != ft:
        raise InvalidInputError(
            f"y_true holds {ft} labels but the predictions are {fp} labels "
            f"(e.g. {y_true[0]!r} vs {prediction[0]!r}); pass the labels the model was fitted on"
        )
    return prediction, y_true, radius


def _check_budgets(budgets, n_train: int | None) -> np.ndarray:
    """Budgets as a 1-D float array of non-negative whole flip counts (at most N when known)."""
    try:
        b = np.atleast_1d(np.asarray(budgets, dtype=float))
    except (TypeError, ValueError):
        raise InvalidInputError(f"budgets must be flip counts (non-negative integers), got {budgets!r}") from None
    if b.ndim != 1:
        raise InvalidInputError(f"budgets must be a 1-D list of flip counts, got shape {b.shape}")
    bad = b[~np.isfinite(b) | (b < 0) | (b != np.round(b))]
    if bad.size:
        raise InvalidInputError(
            f"budgets must be non-negative whole flip counts, got {bad[0]:g}; for a fraction of N "
            "use Certificates.certified_accuracy or budget_to_count"
        )
    if n_train is not None and b.size and b.max() > n_train:
        raise InvalidInputError(
            f"budget of {b.max():g} flips exceeds the N = {n_train} training labels an attacker can flip")
    return b


def certified_accuracy(prediction, y_true, radius, budgets, *, n_train: int | None = None) -> np.ndarray:
    """Share of test points predicted correctly *and* with radius >= r, for each r in budgets.

    Parameters
    ----------
    prediction, y_true : array-like of shape (M,)
        Predicted and true labels (the same kind of values: both numbers or both strings).
    radius : array-like of shape (M,)
        The certified radius R (or a sound lower bound of it) per point.
    budgets : int or sequence of int
        Flip counts r >= 0.
    n_train : int, optional
        The number N of training labels; budgets above N are refused when given.

    Returns
    -------
    ndarray of shape (len(budgets),)
    """
    prediction, y_true, radius = _labels_and_radius(prediction, y_true, radius, "certified accuracy")
    budgets = _check_budgets(budgets, n_train)
    correct = prediction == y_true
    return np.array([np.mean(correct & (radius >= r)) for r in budgets])


def median_certified_robustness(prediction, y_true, radius) -> float:
    """MCR: the largest r whose certified accuracy is >= 50 %, or -1 if none.

    Misclassified points count as R = -1. This is optcert's convention (a radius); the DPA
    reference code prints MCR + 1 (a flip count that breaks the median point).
    """
    prediction, y_true, radius = _labels_and_radius(prediction, y_true, radius, "MCR")
    radius = np.where(prediction == y_true, radius, -1.0)
    # certified accuracy at r is mean(radius >= r); the largest r with share >= 1/2 is the
    # upper median of the radii (the ceil(n/2)-th largest).
    n = radius.size
    k = (n + 1) // 2  # need at least k points with radius >= r  (k/n >= 0.5)
    kth_largest = np.sort(radius)[::-1][k - 1]
    return float(kth_largest)
