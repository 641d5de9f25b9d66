"""Seeded synthetic data with a known geometry, for tests and quick experiments."""

from __future__ import annotations

import logging

import numpy as np

from optcert.exceptions import InvalidInputError

logger = logging.getLogger(__name__)


def _positive_int(value, name: str, minimum: int) -> int:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)) or value < minimum:
        raise InvalidInputError(f"{name} must be an integer >= {minimum}; got {value!r}.")
    return int(value)


def make_gaussian_mixture(
    n_samples: int,
    n_features: int,
    n_classes: int = 2,
    *,
    separation: float = 3.0,
    seed: int | None = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """Isotropic Gaussian classes whose means are pairwise exactly ``separation`` apart.

    The K class means are the vertices of a regular simplex centred at the origin, rotated
    into ``n_features`` dimensions by a seeded random rotation; each point is its class mean
    plus standard normal noise N(0, I). ``separation`` is therefore in units of the noise
    standard deviation: for two classes the Bayes error is Φ(−separation / 2)
    (separation 3 → 6.7 %). Classes are balanced (sizes differ by at most one) and the rows
    are shuffled. The same arguments always give the same arrays.

    Parameters
    ----------
    n_samples : int
        Number of points N ≥ n_classes.
    n_features : int
        Dimension d; must satisfy d ≥ n_classes − 1 so that the means can be equidistant.
    n_classes : int
        Number of classes K ≥ 2.
    separation : float
        Distance between any two class means, ≥ 0.
    seed : int or None
        Seed of numpy's default generator; ``None`` draws fresh entropy.

    Returns
    -------
    X : ndarray of shape (N, d), float64
    y : ndarray of shape (N,), int64, labels 0..K-1
    """
    n_classes = _positive_int(n_classes, "n_classes", 2)
    n_samples = _positive_int(n_samples, "n_samples", n_classes)
    n_features = _positive_int(n_features, "n_features", 1)
    if n_features < n_classes - 1:
        raise InvalidInputError(
            f"n_features={n_features} is too small for {n_classes} equidistant class means; "
            f"need n_features >= n_classes - 1 = {n_classes - 1}."
        )
    try:
        separation = float(separation)
    except (TypeError, ValueError):
        raise InvalidInputError(f"separation must be a number; got {separation!r}.") from None
    if not np.isfinite(separation) or separation < 0:
        raise InvalidInputError(f"separation must be finite and >= 0; got {separation!r}.")
    if seed is not None and (
        isinstance(seed, (bool, np.bool_)) or not isinstance(seed, (int, np.integer)) or seed < 0
    ):
        raise InvalidInputError(f"seed must be a non-negative integer or None; got {seed!r}.")
    rng = np.random.default_rng(seed)

    # Regular simplex: e_k - mean(e) has pairwise distance sqrt(2); express it in K-1 coordinates.
    centred = np.eye(n_classes) - 1.0 / n_classes
    u, s, _ = np.linalg.svd(centred)
    simplex = u[:, : n_classes - 1] * s[: n_classes - 1] * (separation / np.sqrt(2.0))
    basis, _ = np.linalg.qr(rng.standard_normal((n_features, n_classes - 1)))
    means = simplex @ basis.T  # (K, d), pairwise distances = separation

    y = np.arange(n_samples, dtype=np.int64) % n_classes
    y = y[rng.permutation(n_samples)]
    X = means[y] + rng.standard_normal((n_samples, n_features))
    logger.debug(
        "gaussian mixture: N=%d d=%d K=%d separation=%g seed=%s",
        n_samples, n_features, n_classes, separation, seed,
    )
    return X, y
