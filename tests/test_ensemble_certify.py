"""EnsembleCert end to end: white-box base certificates, exact aggregation, replayed attacks."""


import numpy as np
import pytest
from ensemble_cases import ensemble_bruteforce

from optcert import KernelRidge, KernelSVM, certify
from optcert.exact.aggregation import dpa_radius
from optcert.partition import PartitionEnsemble


def _data(rng, N, K, d=2, M=6):
    X = rng.standard_normal((N, d))
    y = np.argmax(X @ rng.standard_normal((d, K)) + 0.3 * rng.standard_normal((N, K)), axis=1)
    y[:K] = np.arange(K)
    return X, y, rng.standard_normal((M, d))




@pytest.mark.parametrize("K,N", [(2, 10), (3, 7)])
@pytest.mark.parametrize("learner", ["krr", "svm"])
def test_ensemble_radius_equals_bruteforce_retraining(K, N, learner):
    rng = np.random.default_rng(K * 10 + N)
    X, y, Xt = _data(rng, N, K)
    base = KernelRidge(alpha=0.5) if learner == "krr" else KernelSVM(C=1e-4)
    ens = PartitionEnsemble(base, 3).fit(X, y)
    certs = certify(ens, Xt)
    assert certs.exact.all()
    np.testing.assert_array_equal(certs.lower, ensemble_bruteforce(ens, X, y, Xt))
    np.testing.assert_array_equal(certs.prediction, ens.predict(Xt))


def test_one_partition_equals_base_certificate():
    rng = np.random.default_rng(5)
    for K in (2, 3, 4):
        X, y, Xt = _data(rng, 40, K, d=3, M=15)
        model = KernelRidge(alpha=0.2).fit(X, y)
        ens = PartitionEnsemble(KernelRidge(alpha=0.2), 1).fit(X, y)
        np.testing.assert_array_equal(certify(ens, Xt).lower, certify(model, Xt).lower)


def test_whitebox_dominates_dpa_and_blackbox_is_dpa():
    rng = np.random.default_rng(9)
    X, y, Xt = _data(rng, 300, 3, d=4, M=40)
    ens = PartitionEnsemble(KernelRidge(alpha=1.0), 7).fit(X, y)
    white = certify(ens, Xt)
    black = certify(ens, Xt, base="blackbox")
    np.testing.assert_array_equal(black.lower, dpa_radius(ens.votes(Xt)))
    assert np.all(white.lower >= black.lower)
    assert np.any(white.lower > black.lower)  # white-box certificates actually help here
    assert white.exact.all()


def test_every_ensemble_witness_replays():
    rng = np.random.default_rng(11)
    X, y, Xt = _data(rng, 120, 4, d=3, M=25)
    ens = PartitionEnsemble(KernelSVM(C=1e-4), 5).fit(X, y)
    for c, x in zip(certify(ens, Xt), Xt):
        if np.isfinite(c.upper):
            assert c.witness is not None and c.witness.size == c.upper + 1
            attacked = PartitionEnsemble(ens.estimator, 5).fit(X, c.witness.apply(y))
            assert attacked.predict(x[None])[0] != c.prediction


def test_polynomial_mode_gives_sound_interval():
    rng = np.random.default_rng(12)
    X, y, Xt = _data(rng, 150, 4, d=3, M=25)
    ens = PartitionEnsemble(KernelRidge(alpha=0.3), 4).fit(X, y)
    fast = certify(ens, Xt, method="scalable")
    exact = certify(ens, Xt)
    assert np.all(fast.lower <= exact.lower) and np.all(exact.upper <= fast.upper)
    assert exact.exact.all()


def test_bad_ensemble_calls():
    rng = np.random.default_rng(0)
    X, y, Xt = _data(rng, 30, 2)
    ens = PartitionEnsemble(KernelRidge(), 2).fit(X, y)
    with pytest.raises(ValueError, match="not available for ensembles"):
        certify(ens, Xt, method="bruteforce")
    with pytest.raises(ValueError, match="base must be"):
        certify(ens, Xt, base="grey")
