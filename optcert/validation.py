"""Input checks at the public boundary, with messages that name the parameter.

Every check raises :class:`~optcert.exceptions.InvalidInputError` (a ``ValueError``), so a user
sees what is wrong with their call instead of a traceback from deep inside numpy or a solver.
"""

from __future__ import annotations

import numbers

import numpy as np
import scipy.linalg

from .exceptions import InvalidInputError, NumericalRangeError

#: Largest and smallest nonzero row magnitude (max |x_ij| over a row) a built-in kernel accepts:
#: squared norms, their products and sums over up to ~1e6 features then stay normal float64
#: numbers, far from overflow and from the subnormal range where precision is lost.
FEATURE_MAGNITUDE_RANGE = (1e-100, 1e100)

RESCALE_HINT = ("rescale the features (e.g. standardise each feature to zero mean and unit variance, "
                "or divide by their largest magnitude)")


def check_array(X, *, name: str = "X", ndim: int = 2, allow_empty: bool = False) -> np.ndarray:
    """Return ``X`` as a finite float64 array with ``ndim`` dimensions."""
    if X is None:
        raise InvalidInputError(f"{name} is required, got None")
    try:
        arr = np.asarray(X, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise InvalidInputError(f"{name} must be numeric array-like: {exc}") from None
    if ndim == 2 and arr.ndim == 1:
        raise InvalidInputError(
            f"{name} must be 2-D (n_samples, n_features), got a 1-D array of shape {arr.shape}; "
            "reshape with X.reshape(-1, 1) for one feature or X.reshape(1, -1) for one sample"
        )
    if arr.ndim != ndim:
        raise InvalidInputError(f"{name} must be {ndim}-D, got shape {arr.shape}")
    if not allow_empty and arr.size == 0:
        raise InvalidInputError(f"{name} is empty (shape {arr.shape})")
    if not np.all(np.isfinite(arr)):
        bad = int(np.size(arr) - np.count_nonzero(np.isfinite(arr)))
        raise InvalidInputError(f"{name} contains {bad} NaN or infinite value(s)")
    return arr


def check_labels(y, *, n_samples: int | None = None, name: str = "y") -> np.ndarray:
    """Return ``y`` as a 1-D array of labels (any hashable, sortable values; no NaN)."""
    if y is None:
        raise InvalidInputError(f"{name} is required, got None")
    arr = np.asarray(y)
    if arr.ndim == 2 and arr.shape[1] == 1:
        arr = arr.ravel()
    if arr.ndim != 1:
        raise InvalidInputError(f"{name} must be 1-D, got shape {arr.shape}")
    if arr.dtype.kind == "f":
        if not np.all(np.isfinite(arr)):
            raise InvalidInputError(f"{name} contains NaN or infinite labels")
        if not np.all(arr == np.round(arr)):
            raise InvalidInputError(f"{name} must hold class labels; got non-integer floats")
        arr = arr.astype(np.int64)
    elif arr.dtype.kind not in "iubUSO":
        raise InvalidInputError(f"{name} must hold class labels, got dtype {arr.dtype}")
    if n_samples is not None and arr.shape[0] != n_samples:
        raise InvalidInputError(f"{name} has {arr.shape[0]} labels but X has {n_samples} samples")
    return arr



def class_set(y: np.ndarray, classes=None) -> np.ndarray:
    """The sorted class set of a classifier trained on labels ``y``: the labels present, or
    ``classes`` when given (a partition may miss classes an attacker can still relabel to),
    which must contain every label of ``y``; at least two classes."""
    present = np.unique(y)
    if classes is None:
        classes = present
    else:
        classes = np.unique(check_labels(classes, name="classes"))
        missing = np.setdiff1d(present, classes)
        if missing.size:
            raise InvalidInputError(f"y has labels {missing.tolist()[:5]} that are not in classes")
    if classes.size < 2:
        raise InvalidInputError(
            f"y must contain at least 2 classes to train a classifier; got only {classes.tolist()}"
            " (pass classes=... to fix the class set explicitly)")
    return classes


def check_positive(value, *, name: str, strict: bool = True) -> float:
    """A finite real number > 0 (or >= 0 when ``strict=False``)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise InvalidInputError(f"{name} must be a real number, got {value!r}")
    v = float(value)
    if not np.isfinite(v) or (v <= 0 if strict else v < 0):
        cmp = "> 0" if strict else ">= 0"
        raise InvalidInputError(f"{name} must be finite and {cmp}, got {value!r}")
    return v


def check_int(value, *, name: str, minimum: int = 0) -> int:
    """An integer >= ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise InvalidInputError(f"{name} must be an integer, got {value!r}")
    if int(value) < minimum:
        raise InvalidInputError(f"{name} must be >= {minimum}, got {value}")
    return int(value)


def check_gram(K, *, name: str = "X (precomputed kernel)", square: bool = True,
               psd_tol: float = 1e-8) -> np.ndarray:
    """A precomputed training Gram matrix: finite, square, symmetric and PSD (up to tolerance)."""
    K = check_array(K, name=name)
    if not square:
        return K
    if K.shape[0] != K.shape[1]:
        raise InvalidInputError(f"{name} must be a square Gram matrix, got shape {K.shape}")
    scale = max(1.0, float(np.max(np.abs(K))))
    asym = float(np.max(np.abs(K - K.T)))
    if asym > 1e-10 * scale:
        raise InvalidInputError(f"{name} must be symmetric; max |K - K.T| = {asym:.3g}")
    # PSD up to rounding: a Cholesky factorisation of K + jitter*I exists (O(N^3 / 3), about
    # 3x cheaper than an eigendecomposition and enough to reject indefinite kernels).
    jitter = psd_tol * scale * K.shape[0]
    try:
        scipy.linalg.cholesky(K + jitter * np.eye(K.shape[0]), lower=True, check_finite=False)
    except np.linalg.LinAlgError:
        lam_min = float(scipy.linalg.eigvalsh(K, subset_by_index=[0, 0])[0])
        raise InvalidInputError(
            f"{name} must be positive semi-definite; its smallest eigenvalue is {lam_min:.3g}"
        ) from None
    return K


def check_feature_scale(X: np.ndarray, *, name: str = "X") -> np.ndarray:
    """Refuse feature rows whose magnitude would overflow or underflow a kernel's float64 arithmetic.

    A row's magnitude is its largest absolute entry; all-zero rows are fine. Outside
    :data:`FEATURE_MAGNITUDE_RANGE` squared norms overflow to inf (and the kernel to NaN) or sink
    into subnormal numbers, and any certificate computed from them would be false.
    """
    if X.size == 0:
        return X
    mag = np.max(np.abs(X), axis=1)
    lo, hi = FEATURE_MAGNITUDE_RANGE
    too_big = mag > hi
    too_small = (mag > 0) & (mag < lo)
    if too_big.any() or too_small.any():
        bad = int(np.argmax(too_big | too_small))
        side = "large" if too_big[bad] else "small"
        raise NumericalRangeError(
            f"{name} has {int(too_big.sum() + too_small.sum())} row(s) whose features are too {side} for "
            f"float64 kernel arithmetic (row {bad}: largest |x| = {mag[bad]:.3g}; accepted nonzero "
            f"magnitudes are {lo:g} to {hi:g}); {RESCALE_HINT}"
        )
    return X


def check_finite_numbers(values, *, what: str) -> np.ndarray:
    """Refuse non-finite intermediate numbers (kernel values, dual coefficients, scores).

    A certificate is never computed from NaN or inf: comparisons with NaN are all false, which
    would read as "no flip set changes the prediction".
    """
    arr = np.asarray(values, dtype=np.float64)
    if not np.all(np.isfinite(arr)):
        bad = int(arr.size - np.count_nonzero(np.isfinite(arr)))
        raise NumericalRangeError(
            f"{what} has {bad} non-finite value(s) (overflow or NaN in float64); {RESCALE_HINT}, "
            "or choose a kernel bias, C or alpha of moderate size"
        )
    return arr
