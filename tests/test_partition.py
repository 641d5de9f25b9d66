"""Label-independent partitioners and PartitionEnsemble (docs/math/ensembles.md)."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier

from optcert.certify.aggregate import aggregate_many
from optcert.exact.aggregation import black_box_rho, dpa_radius
from optcert.exceptions import InvalidInputError, NotFittedError
from optcert.partition import (
    ConstantClassifier,
    PartitionEnsemble,
    hash_partition,
    sorted_round_robin_partition,
)


@pytest.fixture
def data():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(240, 4))
    y = (X[:, 0] > 0).astype(int) + (X[:, 1] > 0.8)
    return X, y


def test_pixel_sum_is_dpa_hash():
    X = np.array([[1, 2, 3], [255, 255, 0], [0, 0, 0]], dtype=np.uint8)
    assert hash_partition(X, 4).tolist() == [6 % 4, 510 % 4, 0]
    assert np.array_equal(hash_partition(X.astype(float), 4), hash_partition(X, 4))
    images = np.arange(2 * 3 * 3).reshape(2, 3, 3)
    assert hash_partition(images, 5).tolist() == [36 % 5, 117 % 5]
    with pytest.raises(InvalidInputError, match="integer-valued"):
        hash_partition(np.array([[0.5, 1.0]]), 3)


def test_bytes_hash_is_stable_and_deterministic(data):
    X, _ = data
    a = hash_partition(X, 7, scheme="bytes")
    assert np.array_equal(a, hash_partition(X.copy(), 7, scheme="bytes"))
    assert np.array_equal(a[::-1], hash_partition(X[::-1], 7, scheme="bytes"))  # per-row function
    assert a.min() >= 0 and a.max() < 7 and len(np.unique(a)) == 7
    assert hash_partition([[-0.0, 1.0]], 97, "bytes")[0] == hash_partition([[0.0, 1.0]], 97, "bytes")[0]
    # a fixed value: BLAKE2b does not depend on the process (unlike Python's hash)
    import hashlib

    expect = int.from_bytes(hashlib.blake2b(np.array([1.0, 2.0]).tobytes(), digest_size=8).digest(), "little")
    assert hash_partition([[1.0, 2.0]], 1000, "bytes")[0] == expect % 1000


def test_round_robin_sorted_and_balanced(data):
    X, _ = data
    part = sorted_round_robin_partition(X, 7)
    order = np.lexsort(X.T[::-1])
    assert np.array_equal(part[order], np.arange(len(X)) % 7)
    sizes = np.bincount(part, minlength=7)
    assert sizes.max() - sizes.min() <= 1
    perm = np.random.default_rng(1).permutation(len(X))
    assert np.array_equal(sorted_round_robin_partition(X[perm], 7), part[perm])  # depends on features only
    with pytest.raises(InvalidInputError, match="distinct"):
        sorted_round_robin_partition(np.vstack([X, X[3:4]]), 7)


@pytest.mark.parametrize("bad", [0, -2, 2.5, True])
def test_bad_partition_count(bad, data):
    with pytest.raises(InvalidInputError):
        hash_partition(data[0], bad, "bytes")


@pytest.mark.parametrize("partitioner", ["hash", "round-robin"])
def test_partitions_never_depend_on_labels(data, partitioner):
    X, y = data
    rng = np.random.default_rng(2)
    a = PartitionEnsemble(KNeighborsClassifier(3), 6, partitioner).fit(X, y)
    b = PartitionEnsemble(KNeighborsClassifier(3), 6, partitioner).fit(X, rng.permutation(y))
    c = PartitionEnsemble(KNeighborsClassifier(3), 6, partitioner).fit(X, (y + 1) % 3)
    for other in (b, c):
        assert all(np.array_equal(p, q) for p, q in zip(a.partitions_, other.partitions_))


def test_ensemble_fit_predict_votes(data):
    X, y = data
    ens = PartitionEnsemble(LogisticRegression(), 5, "round-robin")
    assert ens.fit(X, y) is ens
    assert np.array_equal(ens.classes_, [0, 1, 2])
    assert len(ens.estimators_) == 5 and sorted(np.concatenate(ens.partitions_)) == list(range(len(X)))
    votes = ens.votes(X[:20])
    assert votes.shape == (20, 3) and (votes.sum(axis=1) == 5).all()
    assert np.array_equal(ens.predict(X[:20]), ens.classes_[np.argmax(votes, axis=1)])
    assert (ens.predict(X) == y).mean() > 0.7
    params = clone(ens).get_params()
    assert params["n_partitions"] == 5 and params["partitioner"] == "round-robin"


def test_string_labels_and_black_box_certificate(data):
    X, y = data
    names = np.array(["cat", "dog", "eel"])[y]
    ens = PartitionEnsemble(KNeighborsClassifier(1), 9).fit(X, names)
    assert set(ens.predict(X[:10])) <= set(names)
    base = ens.base_predictions(X[:30])
    certs = aggregate_many(black_box_rho(base, 3), "knapsack")
    assert np.array_equal(certs.lower, dpa_radius(ens.votes(X[:30])))
    assert np.array_equal(ens.classes_[certs.prediction], ens.predict(X[:30]))


def test_single_class_partition_votes_constant():
    X = np.arange(12, dtype=float)[:, None] * np.array([[1.0, 2.0]])
    y = np.array([0, 1] * 3 + [1] * 6)
    ens = PartitionEnsemble(LogisticRegression(), 2, lambda X, n: (np.arange(len(X)) >= 6).astype(int)).fit(X, y)
    assert isinstance(ens.estimators_[1], ConstantClassifier)
    assert (ens.base_predictions(X)[:, 1] == 1).all()


def test_empty_partition_and_not_fitted(data):
    X, y = data
    with pytest.raises(InvalidInputError, match="empty"):
        PartitionEnsemble(KNeighborsClassifier(1), 3, lambda X, n: np.zeros(len(X), int)).fit(X, y)
    with pytest.raises(NotFittedError):
        PartitionEnsemble(KNeighborsClassifier(1), 3).predict(X)
    with pytest.raises(InvalidInputError, match="partitioner"):
        PartitionEnsemble(KNeighborsClassifier(1), 3, "nope").fit(X, y)
