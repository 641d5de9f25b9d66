"""The :class:`Dataset` container and the shared preparation pipeline.

Every loader in :mod:`optcert.data` ends here: select classes, split (when the source has no
official split), subsample (seeded, stratified), then scale the features with statistics of
the *training inputs only*. Scaling never looks at a label, so it cannot leak the labels that
a poisoning adversary controls.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from optcert.exceptions import InvalidInputError

logger = logging.getLogger(__name__)

#: Recognised values of :attr:`Dataset.scaling`.
SCALINGS = ("unit-interval", "standardized", "none")


@dataclass(frozen=True, eq=False, repr=False)
class Dataset:
    """A train/test split ready for a learner: float64 features, int64 labels 0..K-1.

    The arrays are made read-only, so a dataset can be shared (and cached) safely.

    Attributes
    ----------
    X_train, X_test : ndarray of shape (n_train, d), (n_test, d), float64
        Scaled features: ``X = (raw - feature_offset) / feature_scale``.
    y_train, y_test : ndarray of shape (n_train,), (n_test,), int64
        Labels in ``0..K-1``; label ``k`` means ``classes[k]``.
    classes : tuple of str
        Human-readable name of each label, ``K = len(classes)``.
    name, description : str
        Short identifier and one-line description (source, relabelling).
    scaling : {"unit-interval", "standardized", "none"}
        ``unit-interval``: pixels divided by their maximum (255, or 16 for ``digits``);
        ``standardized``: per-feature mean 0 / std 1 on the training inputs (constant
        features get scale 1, as in scikit-learn).
    feature_offset, feature_scale : ndarray of shape (d,), float64
        The affine map applied to the raw features, for undoing or reapplying the scaling.
    image_shape : tuple of int or None
        Shape of one image before flattening (``(28, 28)``, ``(3, 32, 32)`` channel-first for
        CIFAR-10), ``None`` for tabular data.
    """

    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    classes: tuple[str, ...]
    name: str
    description: str = ""
    scaling: str = "none"
    feature_offset: np.ndarray | None = None
    feature_scale: np.ndarray | None = None
    image_shape: tuple[int, ...] | None = None

    def __post_init__(self) -> None:
        d: int | None = None
        for part in ("train", "test"):
            X = np.asarray(getattr(self, f"X_{part}"), dtype=np.float64)
            y = np.asarray(getattr(self, f"y_{part}"), dtype=np.int64)
            if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0]:
                raise InvalidInputError(
                    f"Dataset {self.name!r}: X_{part} must be 2-D and y_{part} 1-D with the same "
                    f"number of rows; got shapes {X.shape} and {y.shape}."
                )
            if d is not None and X.shape[1] != d:
                raise InvalidInputError(
                    f"Dataset {self.name!r}: X_train has {d} features but X_test has {X.shape[1]}."
                )
            d = X.shape[1]
            if y.size and (y.min() < 0 or y.max() >= len(self.classes)):
                raise InvalidInputError(
                    f"Dataset {self.name!r}: y_{part} must lie in 0..{len(self.classes) - 1}; "
                    f"got values in {y.min()}..{y.max()}."
                )
            X.setflags(write=False)
            y.setflags(write=False)
            object.__setattr__(self, f"X_{part}", X)
            object.__setattr__(self, f"y_{part}", y)
        if self.scaling not in SCALINGS:
            raise InvalidInputError(f"scaling must be one of {SCALINGS}; got {self.scaling!r}.")
        object.__setattr__(self, "classes", tuple(str(c) for c in self.classes))
        assert d is not None  # set by the loop above
        for field, default in (("feature_offset", 0.0), ("feature_scale", 1.0)):
            value = getattr(self, field)
            arr = np.full(d, default) if value is None else np.asarray(value, dtype=np.float64)
            arr = np.broadcast_to(arr, (d,)).copy()
            arr.setflags(write=False)
            object.__setattr__(self, field, arr)

    @property
    def n_classes(self) -> int:
        """Number of classes K."""
        return len(self.classes)

    @property
    def n_features(self) -> int:
        """Number of features d."""
        return int(self.X_train.shape[1])

    @property
    def n_train(self) -> int:
        """Number of training points."""
        return int(self.X_train.shape[0])

    @property
    def n_test(self) -> int:
        """Number of test points."""
        return int(self.X_test.shape[0])

    def __repr__(self) -> str:
        return (
            f"Dataset(name={self.name!r}, n_train={self.n_train}, n_test={self.n_test}, "
            f"n_features={self.n_features}, n_classes={self.n_classes}, scaling={self.scaling!r})"
        )


def _rng(seed: int | None, stream: int) -> np.random.Generator:
    """An independent generator per purpose (split, train subsample, test subsample)."""
    if seed is None:
        return np.random.default_rng()
    if isinstance(seed, (bool, np.bool_)) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise InvalidInputError(f"seed must be a non-negative integer or None; got {seed!r}.")
    return np.random.default_rng([int(seed), stream])


def _allocate(counts: np.ndarray, n: int) -> np.ndarray:
    """Split ``n`` over classes proportionally to ``counts`` (largest remainder, ties to the
    smaller class index), then give every class at least one point when ``n >= K``."""
    exact = n * counts / counts.sum()
    alloc = np.floor(exact).astype(np.int64)
    order = np.lexsort((np.arange(len(counts)), -(exact - alloc)))
    alloc[order[: n - alloc.sum()]] += 1
    for k in np.flatnonzero((alloc == 0) & (counts > 0)):
        if n >= np.count_nonzero(counts):
            alloc[int(np.argmax(alloc))] -= 1
            alloc[k] += 1
    return alloc


def stratified_subsample(y: np.ndarray, n: int, *, seed: int | None = 0, _stream: int = 0) -> np.ndarray:
    """Indices of a seeded, stratified subsample of size ``n``, in increasing order.

    Class shares are kept as exactly as integers allow (largest-remainder rounding), and every
    class present keeps at least one point when ``n`` is at least the number of classes.

    Parameters
    ----------
    y : array-like of shape (N,)
        Integer labels.
    n : int
        Subsample size, ``1 <= n <= N``.
    seed : int or None
        Same seed, same indices.

    Returns
    -------
    ndarray of shape (n,), int64
    """
    y = np.asarray(y)
    n_total = y.shape[0]
    if isinstance(n, (bool, np.bool_)) or not isinstance(n, (int, np.integer)) or not 1 <= n <= n_total:
        raise InvalidInputError(f"subsample size must be an integer in 1..{n_total}; got {n!r}.")
    labels, inverse, counts = np.unique(y, return_inverse=True, return_counts=True)
    rng = _rng(seed, _stream)
    alloc = _allocate(counts, int(n))
    chosen = [
        rng.permutation(np.flatnonzero(inverse == k))[: alloc[k]] for k in range(len(labels))
    ]
    return np.sort(np.concatenate(chosen)).astype(np.int64)


def resolve_classes(
    selection: Sequence[int | str] | None, names: Sequence[str]
) -> list[int] | None:
    """Turn ``classes=`` (original label indices or class names) into original indices."""
    if selection is None:
        return None
    if isinstance(selection, np.ndarray):
        selection = selection.tolist()
    if isinstance(selection, (str, bytes)) or not isinstance(selection, Sequence):
        raise InvalidInputError(
            f"classes must be a sequence of labels or class names; got {selection!r}."
        )
    out: list[int] = []
    for c in selection:
        if isinstance(c, str):
            if c not in names:
                raise InvalidInputError(f"Unknown class name {c!r}; known names: {list(names)}.")
            k = list(names).index(c)
        elif isinstance(c, (int, np.integer)) and not isinstance(c, (bool, np.bool_)):
            k = int(c)
            if not 0 <= k < len(names):
                raise InvalidInputError(f"Class {k} is out of range 0..{len(names) - 1}.")
        else:
            raise InvalidInputError(f"classes entries must be int or str; got {c!r}.")
        if k in out:
            raise InvalidInputError(f"Class {c!r} is selected twice in classes={list(selection)}.")
        out.append(k)
    if len(out) < 2:
        raise InvalidInputError(f"classes must select at least 2 classes; got {list(selection)}.")
    return out


def select_classes(X: np.ndarray, y: np.ndarray, keep: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Keep rows whose label is in ``keep`` and relabel ``keep[j] -> j``."""
    mapping = np.full(int(max(y.max(initial=0), max(keep))) + 1, -1, dtype=np.int64)
    mapping[keep] = np.arange(len(keep))
    rows = np.flatnonzero(mapping[y] >= 0)
    return X[rows], mapping[y[rows]]


def _check_size(value, name: str, total: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)) or value < 1:
        raise InvalidInputError(f"{name} must be a positive integer or None; got {value!r}.")
    if value > total:
        raise InvalidInputError(f"{name}={value} exceeds the {total} points available.")
    return int(value)


def prepare(
    raw_train: tuple[np.ndarray, np.ndarray],
    raw_test: tuple[np.ndarray, np.ndarray] | None,
    *,
    names: Sequence[str],
    name: str,
    description: str,
    scaling: str,
    pixel_max: float | None = None,
    image_shape: tuple[int, ...] | None = None,
    test_size: float | int | None = None,
    n_train: int | None = None,
    n_test: int | None = None,
    classes: Sequence[int | str] | None = None,
    seed: int | None = 0,
) -> Dataset:
    """Select classes, split, subsample and scale raw arrays into a :class:`Dataset`.

    ``raw_test=None`` means the source has no official split: a stratified split with
    ``test_size`` (a fraction in (0, 1) or a count; default 0.25) is drawn. With an official
    split, ``test_size`` must stay ``None``. Raw arrays are converted to float64 only after
    subsampling, so a small subsample of a large image set stays cheap.
    """
    X, y = raw_train
    keep = resolve_classes(classes, names)
    if keep is not None:
        names = [names[k] for k in keep]
        X, y = select_classes(X, y, keep)
    if raw_test is None:
        if test_size is None:
            test_size = 0.25
        total = y.shape[0]
        if isinstance(test_size, (float, np.floating)) and 0.0 < test_size < 1.0:
            n_hold = int(math.ceil(test_size * total))
        elif isinstance(test_size, (int, np.integer)) and not isinstance(test_size, bool) and 0 < test_size < total:
            n_hold = int(test_size)
        else:
            raise InvalidInputError(
                f"test_size must be a fraction in (0, 1) or a count in 1..{total - 1}; got {test_size!r}."
            )
        test_idx = stratified_subsample(y, n_hold, seed=seed, _stream=0)
        mask = np.ones(total, dtype=bool)
        mask[test_idx] = False
        Xtr, ytr, Xte, yte = X[mask], y[mask], X[test_idx], y[test_idx]
    else:
        if test_size is not None:
            raise InvalidInputError(
                f"Dataset {name!r} has an official train/test split; test_size must be None "
                f"(use n_train / n_test to subsample)."
            )
        Xtr, ytr = X, y
        Xte, yte = raw_test
        if keep is not None:
            Xte, yte = select_classes(Xte, yte, keep)
    n_train = _check_size(n_train, "n_train", ytr.shape[0])
    n_test = _check_size(n_test, "n_test", yte.shape[0])
    if n_train is not None:
        idx = stratified_subsample(ytr, n_train, seed=seed, _stream=1)
        Xtr, ytr = Xtr[idx], ytr[idx]
    if n_test is not None:
        idx = stratified_subsample(yte, n_test, seed=seed, _stream=2)
        Xte, yte = Xte[idx], yte[idx]
    # Always copy (raw arrays may be cached), then scale in place to keep the peak memory low.
    Xtr = np.array(Xtr, dtype=np.float64).reshape(len(ytr), -1)
    Xte = np.array(Xte, dtype=np.float64).reshape(len(yte), -1)
    d = Xtr.shape[1]
    if scaling == "unit-interval":
        if pixel_max is None:
            raise InvalidInputError("scaling='unit-interval' needs pixel_max.")
        offset, scale = np.zeros(d), np.full(d, float(pixel_max))
    elif scaling == "standardized":
        offset = Xtr.mean(axis=0)
        scale = Xtr.std(axis=0)
        scale[scale == 0.0] = 1.0
    else:
        offset, scale = np.zeros(d), np.ones(d)
    for arr in (Xtr, Xte):
        arr -= offset
        arr /= scale
    logger.info(
        "dataset %s: %d train, %d test, %d features, %d classes (%s)",
        name, len(ytr), len(yte), d, len(names), scaling,
    )
    return Dataset(
        X_train=Xtr, y_train=ytr, X_test=Xte, y_test=yte, classes=tuple(names), name=name,
        description=description, scaling=scaling, feature_offset=offset, feature_scale=scale,
        image_shape=image_shape,
    )
