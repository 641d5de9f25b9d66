"""The public contract of results and metrics: predictions are labels, budgets are checked.

Class labels may be any sortable values (strings, {-1, 1}, {2, 7}); a user sees labels in
``Certificates.prediction`` and passes labels as ``y_true``. Budgets are non-negative flip
counts of at most N (or fractions of N where N is known); anything else is an
InvalidInputError naming the budget.
"""

import numpy as np
import pytest

from optcert import (
    Certificate,
    Certificates,
    InvalidInputError,
    KernelRidge,
    KernelSVM,
    PartitionEnsemble,
    budget_to_count,
    certified_accuracy,
    certify,
    median_certified_robustness,
)
from optcert.results import Verdict


def _blobs(n, seed):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, 4))
    return X, (X[:, 0] + 0.3 * X[:, 1] > 0).astype(np.int64)


@pytest.fixture(scope="module")
def binary():
    X, y = _blobs(40, 0)
    Xt, yt = _blobs(12, 1)
    return X, y, Xt, yt


@pytest.mark.parametrize("labels", [np.array([-1, 1]), np.array([2, 7]), np.array(["cat", "dog"])])
@pytest.mark.parametrize("make", [lambda: KernelSVM(C=1e-3), lambda: KernelRidge(alpha=1.0)],
                         ids=["svm", "krr"])
def test_predictions_and_accuracy_are_in_label_space(binary, labels, make):
    X, y, Xt, yt = binary
    ref = certify(make().fit(X, y), Xt)  # the same model on labels 0/1
    model = make().fit(X, labels[y])
    certs = certify(model, Xt)
    assert certs.prediction.dtype.kind == labels.dtype.kind
    np.testing.assert_array_equal(certs.prediction, model.predict(Xt))
    np.testing.assert_array_equal(certs.prediction, labels[ref.prediction])
    # relabelling the classes changes nothing but the names
    np.testing.assert_array_equal(certs.lower, ref.lower)
    budgets = [0, 1, 2, 3]
    acc = certs.certified_accuracy(labels[yt], budgets)
    np.testing.assert_array_equal(acc, ref.certified_accuracy(yt, budgets))
    correct = certs.prediction == labels[yt]
    expected = [np.mean(correct & (certs.lower >= r)) for r in budgets]
    np.testing.assert_array_equal(acc, expected)
    assert acc[0] > acc[-1]  # the fixture has points certified at 0 but not at 3 flips


def test_string_labels_through_an_ensemble_and_the_stability_method():
    rng = np.random.default_rng(3)
    names = np.array(["a", "b", "c"])
    X = rng.standard_normal((60, 3))
    Xt = rng.standard_normal((6, 3))
    y, yt = names[np.argmax(X, axis=1)], names[np.argmax(Xt, axis=1)]
    ens = PartitionEnsemble(KernelRidge(alpha=1.0), 5).fit(X, y)
    certs = certify(ens, Xt)
    np.testing.assert_array_equal(certs.prediction, ens.predict(Xt))
    acc = certs.certified_accuracy(yt, [0])
    assert acc[0] == np.mean(ens.predict(Xt) == yt)

    Xb, yb = _blobs(30, 4)
    Xq, _ = _blobs(5, 5)
    svm = KernelSVM(C=10.0).fit(Xb, np.array(["no", "yes"])[yb])
    certs = certify(svm, Xq, method="stability", witnesses=False)
    assert certs.prediction.dtype.kind == "U"
    np.testing.assert_array_equal(certs.prediction, svm.predict(Xq))


def test_certificates_with_classes_keep_dtype_and_refuse_indices():
    cls = np.array(["cat", "dog"])
    certs = Certificates([Certificate("dog", 1.0, 1.0, "x"), Certificate("cat", 0.0, 2.0, "x")],
                         n_train=5, classes=cls)
    assert certs.prediction.tolist() == ["dog", "cat"]
    assert certs[1:].prediction.tolist() == ["cat"] and certs[1:].classes.tolist() == ["cat", "dog"]
    assert certs[:0].prediction.dtype == cls.dtype and certs[:0].prediction.shape == (0,)
    assert Certificates([]).prediction.shape == (0,)
    with pytest.raises(InvalidInputError, match="not among the classes"):
        Certificates([Certificate(0, 1.0, 1.0, "x")], classes=cls)
    ints = Certificates([Certificate(np.int64(7), 1.0, 1.0, "x")], classes=np.array([2, 7]))
    assert ints.prediction.tolist() == [7]


def test_y_true_of_another_kind_than_the_predictions_is_refused(caplog):
    certs = Certificates([Certificate("dog", 1.0, 1.0, "x"), Certificate("cat", 0.0, 2.0, "x")],
                         classes=np.array(["cat", "dog"]))
    with pytest.raises(InvalidInputError, match="y_true holds number labels but the predictions are str"):
        certs.certified_accuracy([1, 0], [0])
    assert "not among the model's classes" in caplog.text
    with pytest.raises(InvalidInputError, match="y_true holds str labels"):
        certified_accuracy([0, 1], ["0", "1"], [1, 1], [0])
    with pytest.raises(InvalidInputError, match="y_true holds str"):
        median_certified_robustness([0, 1], ["0", "1"], [1, 1])
    assert certs.certified_accuracy(["dog", "dog"], [0, 1, 2]).tolist() == [0.5, 0.5, 0.0]


def test_metrics_on_labels_and_bad_shapes():
    pred = np.array([-1, 1, 1, -1])
    y = np.array([-1, 1, -1, -1])
    radius = np.array([3.0, 0.0, 5.0, np.inf])
    assert certified_accuracy(pred, y, radius, [0, 1, 4]).tolist() == [0.75, 0.5, 0.25]
    # radii 3, 0, -1 (misclassified), inf: two of four points reach 3
    assert median_certified_robustness(pred, y, radius) == 3.0
    assert median_certified_robustness(pred, np.array([1, -1, -1, 1]), radius) == -1.0
    with pytest.raises(InvalidInputError, match="empty test set"):
        certified_accuracy([], [], [], [0])
    with pytest.raises(InvalidInputError, match="empty test set"):
        median_certified_robustness([], [], [])
    with pytest.raises(InvalidInputError, match="one length"):
        certified_accuracy([0, 1], [0], [1, 1], [0])
    with pytest.raises(InvalidInputError, match="NaN"):
        certified_accuracy([0], [0], [np.nan], [0])


@pytest.mark.parametrize("budgets,msg", [
    ([-1], "non-negative whole flip counts, got -1"),
    ([0, 1.5], "got 1.5"),
    ([np.inf], "got inf"),
    (["a"], "flip counts"),
    ([[0, 1]], "1-D"),
])
def test_certified_accuracy_refuses_bad_budgets(budgets, msg):
    with pytest.raises(InvalidInputError, match=msg):
        certified_accuracy([0, 1], [0, 1], [1.0, 2.0], budgets)


def test_budgets_above_n_are_refused_and_n_itself_is_allowed():
    assert certified_accuracy([0, 1], [0, 1], [1.0, np.inf], [0, 3], n_train=3).tolist() == [1.0, 0.5]
    with pytest.raises(InvalidInputError, match="budget of 4 flips exceeds the N = 3"):
        certified_accuracy([0, 1], [0, 1], [1.0, 2.0], [0, 4], n_train=3)
    assert budget_to_count(10, 10) == 10 and budget_to_count(0.999, 10) == 9
    assert budget_to_count(2.0, 10) == 2 and budget_to_count(0.0, 10) == 0
    with pytest.raises(InvalidInputError, match="budget of 11 flips exceeds the N = 10"):
        budget_to_count(11, 10)
    with pytest.raises(InvalidInputError, match="exceeds"):
        budget_to_count(11.0, 10)
    for bad in (-1, -0.5, np.int64(-3), True, "3", 1.5, np.nan):
        with pytest.raises(InvalidInputError):
            budget_to_count(bad, 10)


def test_certificates_check_budgets_against_n(binary):
    X, y, Xt, yt = binary
    model = KernelSVM(C=1e-3).fit(X, y)
    certs = certify(model, Xt)
    N = len(X)
    for bad in (-1, N + 1):
        with pytest.raises(InvalidInputError):
            certs.certified(bad)
        with pytest.raises(InvalidInputError):
            certs.certified_accuracy(yt, [0, bad])
        with pytest.raises(InvalidInputError):
            certify(model, Xt, budget=bad)
    with pytest.raises(InvalidInputError, match="bound must be"):
        certs.certified_accuracy(yt, [0], bound="middle")
    # a float below 1 is a fraction of N, as in certified(): 0.05 * 40 = 2 flips
    np.testing.assert_array_equal(certs.certified_accuracy(yt, [0.05]), certs.certified_accuracy(yt, [2]))
    assert certs.certified(0.05) == certs.certified(2)
    assert certs.certified(N) == [Verdict.YES if c.lower >= N else Verdict.NO if c.upper < N
                                  else Verdict.UNKNOWN for c in certs]
    with pytest.raises(InvalidInputError):
        certs[0].certified(-1)
    unsized = Certificates(list(certs))
    with pytest.raises(InvalidInputError, match="fraction of N when n_train is known"):
        unsized.certified(0.5)
    with pytest.raises(InvalidInputError, match=">= 0"):
        unsized.certified_accuracy(yt, [-2])


def test_result_type_errors_are_invalid_input():
    with pytest.raises(InvalidInputError, match="out of order"):
        Certificate(0, 2.0, 1.0, "x")
    with pytest.raises(InvalidInputError, match="known only within"):
        _ = Certificate(0, 1.0, 2.0, "x").radius
