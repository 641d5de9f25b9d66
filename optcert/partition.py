"""Label-independent partitioners and the partition ensemble (docs/math/ensembles.md).

A partition is a deterministic function of the *features only*, so a label flip changes the
training set of exactly one base model.  Three schemes:

* ``hash_partition(X, Np, scheme="pixel-sum")``: DPA's hash, ``sum(x) mod Np`` over
  integer-valued features (e.g. uint8 pixels; for [0, 1] floats pass ``np.rint(255 * X)``, as
  the DPA code does).  Non-integer features are rejected rather than silently rounded.
* ``hash_partition(X, Np, scheme="bytes")``: a stable cryptographic hash (BLAKE2b) of the
  float64 bytes of each row (``-0.0`` normalised to ``0.0``), for any real features; the same
  on every machine and run (unlike Python's ``hash``).
* ``sorted_round_robin_partition(X, Np)``: SS-DPA; rank the rows in lexicographic order of
  their features and deal the ranks round-robin.  Needs distinct rows (a duplicate's rank would
  depend on its index, not its features), so duplicates raise.
"""

from __future__ import annotations

import hashlib
import inspect
import logging

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, clone

from .exceptions import InvalidInputError, NotFittedError

logger = logging.getLogger(__name__)

__all__ = ["ConstantClassifier", "PartitionEnsemble", "hash_partition", "sorted_round_robin_partition"]


def _check_X(X) -> np.ndarray:
    try:
        X = np.asarray(X)
    except Exception as exc:  # pragma: no cover - exotic inputs
        raise InvalidInputError("X must be array-like") from exc
    if X.ndim == 1:
        raise InvalidInputError("X must be 2-D (n_samples, n_features); reshape a single feature with X[:, None]")
    if X.ndim > 2:
        X = X.reshape(X.shape[0], -1)  # images: flatten each sample
    if X.shape[0] == 0:
        raise InvalidInputError("X has no samples")
    if not np.issubdtype(X.dtype, np.number) or np.issubdtype(X.dtype, np.complexfloating):
        raise InvalidInputError(f"X must be real numeric, got dtype {X.dtype}")
    if np.issubdtype(X.dtype, np.floating) and not np.isfinite(X).all():
        raise InvalidInputError("X contains NaN or inf; partitions need finite features")
    return X


def _check_np(n_partitions) -> int:
    if isinstance(n_partitions, bool) or int(n_partitions) != n_partitions or n_partitions < 1:
        raise InvalidInputError(f"n_partitions must be a positive integer, got {n_partitions!r}")
    return int(n_partitions)


def hash_partition(X, n_partitions: int, scheme: str = "pixel-sum") -> np.ndarray:
    """Partition index ``(n_samples,)`` of each row of ``X`` by a hash of its features.

    Parameters
    ----------
    X : array-like, shape (n_samples, n_features) (higher dims are flattened per sample)
    n_partitions : int
    scheme : {"pixel-sum", "bytes"}
        ``"pixel-sum"``: ``sum of features mod Np`` (DPA), features must be integer-valued;
        ``"bytes"``: BLAKE2b of the float64 row bytes, ``mod Np``.
    """
    X = _check_X(X)
    Np = _check_np(n_partitions)
    if scheme == "pixel-sum":
        if np.issubdtype(X.dtype, np.floating) and not np.array_equal(X, np.rint(X)):
            raise InvalidInputError(
                "scheme='pixel-sum' needs integer-valued features (e.g. uint8 pixels); for [0, 1] "
                "floats pass np.rint(255 * X), or use scheme='bytes'"
            )
        total = X.astype(np.int64).sum(axis=1)  # int64: no uint8 overflow
        return np.mod(total, Np).astype(np.int64)
    if scheme == "bytes":
        rows = np.ascontiguousarray(X, dtype=np.float64) + 0.0  # -0.0 -> 0.0
        out = np.empty(rows.shape[0], dtype=np.int64)
        for i, row in enumerate(rows):
            digest = hashlib.blake2b(row.tobytes(), digest_size=8).digest()
            out[i] = int.from_bytes(digest, "little") % Np
        return out
    raise InvalidInputError(f"scheme must be 'pixel-sum' or 'bytes', got {scheme!r}")


def sorted_round_robin_partition(X, n_partitions: int) -> np.ndarray:
    """SS-DPA partition index ``(n_samples,)``: lexicographic rank of each row, mod ``Np``.

    Raises
    ------
    InvalidInputError
        If two rows are identical (their order would depend on indices, not features).
    """
    X = _check_X(X)
    Np = _check_np(n_partitions)
    rows = X.astype(np.float64) + 0.0
    order = np.lexsort(rows.T[::-1]) if rows.shape[1] else np.arange(rows.shape[0])
    srt = rows[order]
    dup = np.flatnonzero((srt[1:] == srt[:-1]).all(axis=1)) if len(srt) > 1 else np.zeros(0, int)
    if dup.size:
        i, j = sorted((int(order[dup[0]]), int(order[dup[0] + 1])))
        raise InvalidInputError(
            f"sorted round-robin needs distinct inputs; rows {i} and {j} are identical "
            "(deduplicate X or use hash_partition)"
        )
    part = np.empty(rows.shape[0], dtype=np.int64)
    part[order] = np.arange(rows.shape[0]) % Np
    return part


class ConstantClassifier(BaseEstimator, ClassifierMixin):
    """Predicts one class: the fallback for a partition whose labels are all one class."""

    def __init__(self, label=0):
        self.label = label

    def fit(self, X, y=None):
        self.classes_ = np.array([self.label])
        return self

    def predict(self, X):
        return np.full(np.asarray(X).shape[0], self.label)


class PartitionEnsemble(BaseEstimator, ClassifierMixin):
    """One clone of ``estimator`` per label-independent partition; plurality vote.

    Parameters
    ----------
    estimator : scikit-learn classifier
        Cloned (``sklearn.base.clone``) and fitted once per partition, on labels encoded as
        class indices ``0..K-1``.
    n_partitions : int
    partitioner : {"hash", "pixel-sum", "round-robin"} or callable
        ``"hash"``: :func:`hash_partition` with ``scheme="bytes"`` (any real features);
        ``"pixel-sum"``: DPA's hash (integer features); ``"round-robin"``: SS-DPA;
        a callable ``f(X, n_partitions) -> (n_samples,) ints`` is used as given (it must not
        look at labels).

    Attributes
    ----------
    classes_ : ndarray (K,)
        Sorted classes; votes and predictions index into it.
    partitions_ : list of ndarray
        Training indices of each partition (all non-empty).
    estimators_ : list
        Fitted base models.  A partition whose labels are all one class gets a
        :class:`ConstantClassifier` for that class (most estimators refuse one class).

    Notes
    -----
    Empty partitions raise at ``fit``: a missing voter would silently change the vote counts
    that every certificate relies on.  Ties between classes go to the smaller index.
    """

    def __init__(self, estimator, n_partitions: int = 10, partitioner="hash"):
        self.estimator = estimator
        self.n_partitions = n_partitions
        self.partitioner = partitioner

    def assign_partitions(self, X) -> np.ndarray:
        """The partition index of every row of ``X``, from the features alone (never a label)."""
        p, Np = self.partitioner, _check_np(self.n_partitions)
        if callable(p):
            part = np.asarray(p(X, Np))
        elif p == "hash":
            part = hash_partition(X, Np, scheme="bytes")
        elif p == "pixel-sum":
            part = hash_partition(X, Np, scheme="pixel-sum")
        elif p == "round-robin":
            part = sorted_round_robin_partition(X, Np)
        else:
            raise InvalidInputError(
                f"partitioner must be 'hash', 'pixel-sum', 'round-robin' or a callable, got {p!r}")
        if part.shape != (np.asarray(X).shape[0],) or not np.issubdtype(part.dtype, np.integer) \
                or part.min() < 0 or part.max() >= Np:
            raise InvalidInputError(f"the partitioner must return one index in 0..{Np - 1} per sample")
        return part.astype(np.int64)

    def fit(self, X, y, *, client=None):
        """Partition ``X`` (features only), fit one base model per partition; returns self.

        ``client``: a ``dask.distributed.Client`` fits the base models as tasks on its workers
        (one per partition; the same models as a serial fit). None fits them here.
        """
        if client is not None:
            from .distributed import check_client

            check_client(client)
        X = _check_X(X)
        y = np.asarray(y)
        if y.shape != (X.shape[0],):
            raise InvalidInputError(f"y must have shape ({X.shape[0]},), got {y.shape}")
        self.classes_ = np.unique(y)
        y_idx = np.searchsorted(self.classes_, y)
        part = self.assign_partitions(X)
        Np = _check_np(self.n_partitions)
        self.partitions_ = [np.flatnonzero(part == j) for j in range(Np)]
        empty = [j for j, idx in enumerate(self.partitions_) if idx.size == 0]
        if empty:
            raise InvalidInputError(
                f"{len(empty)} of {Np} partitions are empty (first: {empty[0]}); use fewer partitions")
        n_classes = len(self.classes_)
        jobs = ((self.estimator, X[idx], y_idx[idx], n_classes, j) for j, idx in enumerate(self.partitions_))
        if client is None:
            self.estimators_ = [_fit_base(*job) for job in jobs]
        else:
            from .distributed import map_ordered

            self.estimators_ = map_ordered(client, _fit_base, jobs)
        self.n_features_in_ = X.shape[1]
        return self

    def _check_fitted(self):
        if not hasattr(self, "estimators_"):
            raise NotFittedError("PartitionEnsemble is not fitted yet; call fit(X, y) first")

    def base_predictions(self, X) -> np.ndarray:
        """Vote of every base model, class indices of shape (n_points, Np)."""
        self._check_fitted()
        X = _check_X(X)
        if X.shape[1] != self.n_features_in_:
            raise InvalidInputError(f"X has {X.shape[1]} features, the ensemble was fitted on {self.n_features_in_}")
        return np.stack([np.asarray(e.predict(X)).astype(np.int64) for e in self.estimators_], axis=1)

    def votes(self, X) -> np.ndarray:
        """Vote counts (n_points, K), columns in the order of ``classes_``."""
        from .exact.aggregation import vote_counts

        return vote_counts(self.base_predictions(X), len(self.classes_))

    def predict(self, X) -> np.ndarray:
        """Plurality vote, ties to the smaller class index, as labels from ``classes_``."""
        self._check_fitted()
        return self.classes_[np.argmax(self.votes(X), axis=1)]


def _fit_base(estimator, X, y_idx, n_classes: int, j: int):
    """The fitted base model of partition ``j`` (a clone of ``estimator``) on its rows."""
    all_classes = np.arange(n_classes)
    if "classes" in inspect.signature(estimator.fit).parameters and n_classes >= 2:
        # the base model knows every class, even those missing from its partition: an
        # attacker may relabel to any of them, and white-box certificates need them.
        return clone(estimator).fit(X, y_idx, classes=all_classes)
    labels = np.unique(y_idx)
    if labels.size == 1:
        logger.debug("partition %d has one class (%d): constant voter", j, labels[0])
        return ConstantClassifier(int(labels[0])).fit(X, y_idx)
    return clone(estimator).fit(X, y_idx)
