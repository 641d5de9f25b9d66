"""No certificate from numbers float64 cannot carry: overflow, underflow, non-finite scores.

Features of magnitude 1e160-1e200 once overflowed the kernel to NaN, and every comparison with
NaN read as "no flip set changes the prediction": lower = upper = inf, "exact". Such inputs are
refused with a message saying how to rescale; inside the accepted range the answers are the
same as on rescaled data, and near-duplicate inputs still agree with brute force.
"""

from __future__ import annotations

import numpy as np
import pytest

import optcert
from optcert.cli import main as cli_main
from optcert.exceptions import InvalidInputError, NumericalRangeError
from optcert.partition import PartitionEnsemble


def _data(rng, n=14, d=3, scale=1.0):
    X = rng.normal(size=(n, d))
    y = np.where(X[:, 0] + 0.5 * rng.normal(size=n) > 0, 1, 0)
    X_test = rng.normal(size=(4, d))
    return X * scale, y, X_test * scale


def _radii(certs):
    return [(c.prediction, c.lower, c.upper) for c in certs]


LEARNERS = [
    lambda: optcert.KernelRidge(alpha=1.0),
    lambda: optcert.KernelRidge(alpha=1.0, kernel="linear", bias=1.0),
    lambda: optcert.KernelSVM(C=10.0),
    lambda: optcert.KernelSVM(C=1e-4, kernel="rbf"),
]


@pytest.mark.parametrize("scale", [1e160, 1e200, 1e-170, 1e-200])
@pytest.mark.parametrize("make", LEARNERS)
def test_out_of_range_training_features_are_refused(rng, make, scale):
    X, y, _ = _data(rng, scale=scale)
    with pytest.raises(NumericalRangeError, match="rescale"):
        make().fit(X, y)


@pytest.mark.parametrize("scale", [1e170, 1e-170])
@pytest.mark.parametrize("method", ["auto", "stability", "bruteforce"])
def test_out_of_range_test_features_give_no_certificate(rng, scale, method):
    X, y, X_test = _data(rng)
    model = optcert.KernelSVM(C=10.0).fit(X, y)
    with pytest.raises(NumericalRangeError, match="rescale"):
        optcert.certify(model, X_test * scale, method=method)


def test_out_of_range_features_in_an_ensemble_are_refused(rng):
    X, y, X_test = _data(rng, n=30)
    ens = PartitionEnsemble(optcert.KernelRidge(alpha=0.5), n_partitions=3).fit(X, y)
    with pytest.raises(NumericalRangeError):
        optcert.certify(ens, X_test * 1e180)
    with pytest.raises(NumericalRangeError):
        PartitionEnsemble(optcert.KernelRidge(alpha=0.5), n_partitions=3).fit(X * 1e-180, y)


def test_the_error_is_one_cli_line(tmp_path, rng, capsys):
    X, y, X_test = _data(rng, n=20)
    path = tmp_path / "huge.npz"
    np.savez(path, X_train=X * 1e170, y_train=y, X_test=X_test * 1e170, y_test=y[:4])
    code = cli_main(["certify", "--npz", str(path), "--model", "krr", "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "rescale" in err[0], err


def test_ntk_scale_invariance_inside_the_range(rng):
    """The bias-free NTK is 2-homogeneous: K(cx, cz) = c^2 K(x, z). Ridge with alpha c^2 and the
    SVM with C / c^2 are then the same classifiers, so their certificates must be identical --
    at c = 1e40 and 1e-40, far from 1 but inside the accepted range."""
    X, y, X_test = _data(rng, n=12)
    base_krr = optcert.certify(optcert.KernelRidge(alpha=0.3).fit(X, y), X_test)
    base_svm = optcert.certify(optcert.KernelSVM(C=5.0).fit(X, y), X_test, method="milp", search_nodes=10**6)
    assert all(c.exact for c in base_svm)
    for c in (1e40, 1e-40):
        krr = optcert.certify(optcert.KernelRidge(alpha=0.3 * c * c).fit(X * c, y), X_test * c)
        assert _radii(krr) == _radii(base_krr)
        svm = optcert.KernelSVM(C=5.0 / (c * c)).fit(X * c, y)
        assert not svm.is_label_linear
        scaled = optcert.certify(svm, X_test * c, method="milp", search_nodes=10**6)
        assert _radii(scaled) == _radii(base_svm)


@pytest.mark.parametrize("model", [optcert.KernelRidge(alpha=0.05), optcert.KernelSVM(C=50.0)],
                         ids=["krr", "svm-above-cstar"])
def test_near_duplicate_inputs_agree_with_brute_force(rng, model):
    X, y, X_test = _data(rng, n=6)
    X = np.vstack([X, X + 1e-12 * rng.normal(size=X.shape)])  # six pairs 1e-12 apart
    y = np.concatenate([y, y])
    y[5] = 1 - y[5]                                            # one pair with opposite labels
    X_test = np.vstack([X_test, X[:2] + 1e-13])
    fitted = model.fit(X, y)
    fast = optcert.certify(fitted, X_test)
    brute = optcert.certify(fitted, X_test, method="bruteforce")
    assert _radii(fast) == _radii(brute)
    assert max(c.lower for c in brute) >= 1  # not only trivial radii


def test_non_finite_dual_coefficients_give_no_certificate(rng):
    X, y, X_test = _data(rng)
    model = optcert.KernelRidge(alpha=1.0).fit(X, y)
    model.dual_coef_ = model.dual_coef_.copy()
    model.dual_coef_[0] = np.inf
    with pytest.raises(NumericalRangeError):
        optcert.certify(model, X_test)


def test_a_kernel_that_overflows_is_refused(rng):
    X, y, _ = _data(rng)
    with pytest.raises(NumericalRangeError, match="kernel"):
        optcert.KernelRidge(alpha=1.0, depth=3, bias=1e307).fit(X, y)


@pytest.mark.parametrize("method", ["auto", "stability"])
def test_scores_that_would_overflow_are_refused(rng, method):
    """Finite features, kernel and coefficients whose products overflow: no certificate."""
    X, y, X_test = _data(rng)
    model = optcert.KernelSVM(C=10.0).fit(X * 1e50, y)
    model.alpha_ = np.full_like(model.alpha_, 1e300)  # finite, but scores ~1e400
    with pytest.raises(NumericalRangeError, match="scores"):
        optcert.certify(model, X_test * 1e50, method=method)


def test_numerical_range_error_is_invalid_input():
    assert issubclass(NumericalRangeError, InvalidInputError)
    assert issubclass(NumericalRangeError, ValueError)


def test_time_limit_is_validated_for_ensembles_too(rng):
    X, y, X_test = _data(rng, n=30)
    ens = PartitionEnsemble(optcert.KernelRidge(alpha=0.5), n_partitions=3).fit(X, y)
    for bad in (0, -1.0, float("nan")):
        with pytest.raises(InvalidInputError, match="time_limit"):
            optcert.certify(ens, X_test, time_limit=bad)
