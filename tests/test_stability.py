"""The stability certifier (optcert.certify.stability, method='stability') and its use in LabelCert."""

from __future__ import annotations

import numpy as np
import pytest

from optcert.certify.api import certify
from optcert.certify.replay import replay_changes_prediction
from optcert.data import make_gaussian_mixture
from optcert.learners import KernelSVM


def test_milp_with_and_without_stability_agree(small_svm):
    model, Xt = small_svm(8, 2, 10, seed=0, sep=4.0)
    on = certify(model, Xt, method="milp", search_nodes=0)
    off = certify(model, Xt, method="milp", stability=False, search_nodes=0)
    assert np.array_equal(on.lower, off.lower) and np.array_equal(on.upper, off.upper)
    budget_on = certify(model, Xt, method="milp", budget=1, search_nodes=0)
    budget_off = certify(model, Xt, method="milp", budget=1, stability=False, search_nodes=0)
    assert np.array_equal(budget_on.certified(1), budget_off.certified(1))


def test_method_stability_through_the_api(small_svm, stability_lower_bounds):
    model, Xt = small_svm(10, 2, 1.3, 0, sep=6.0)
    certs = certify(model, Xt, method="stability")
    # the method takes the better of the stability and the ball bound (tol only lowers)
    assert np.all(certs.lower >= stability_lower_bounds(model, Xt))
    assert np.array_equal(certs.prediction, model.predict(Xt))
    bf = certify(model, Xt, method="bruteforce")
    assert np.all(certs.lower <= bf.lower) and np.all(bf.upper <= certs.upper)
    assert np.isfinite(certs.upper).all()
    for j, c in enumerate(certs):  # every upper bound stands on a replayed attack of that size
        assert c.witness.size == c.upper + 1
        assert replay_changes_prediction(model, Xt[j], c.witness, c.prediction)
    lower_only = certify(model, Xt, method="stability", witnesses=False)
    assert np.all(np.isinf(lower_only.upper)) and np.array_equal(lower_only.lower, certs.lower)
    model3, Xt3 = small_svm(9, 3, 1.2, 1, sep=12.0)
    c3 = certify(model3, Xt3, method="stability")
    bf3 = certify(model3, Xt3, method="bruteforce")
    assert np.all(c3.lower <= bf3.lower) and c3.lower.max() >= 1
    assert np.all(bf3.upper <= c3.upper)
    for j, c in enumerate(c3):
        if np.isfinite(c.upper):
            assert replay_changes_prediction(model3, Xt3[j], c.witness, c.prediction)


def test_method_stability_refuses_what_it_cannot_bound():
    from optcert.exceptions import InvalidInputError, UnsupportedFeatureError
    from optcert.learners import KernelRidge

    X, y = make_gaussian_mixture(12, 3, 2, seed=0)
    with pytest.raises(InvalidInputError, match="KernelSVM"):
        certify(KernelRidge().fit(X, y), X[:2], method="stability")
    Q = X @ X.T
    svm = KernelSVM(C=1.0, kernel="precomputed").fit(Q, y)
    with pytest.raises(UnsupportedFeatureError, match="precomputed"):
        certify(svm, Q[:2], method="stability")
    with pytest.raises(InvalidInputError, match="unknown option"):
        certify(svm, Q[:2], method="stability", solver_options={})


def test_auto_above_c_star_uses_the_milp_on_small_n_and_stability_beyond(small_svm):
    from optcert.certify.api import AUTO_MILP_MAX_N

    small, Xs = small_svm(8, 2, 10, 0, sep=4.0, points=2)
    assert {c.method for c in certify(small, Xs)} == {"milp"}
    big, Xb = small_svm(AUTO_MILP_MAX_N + 20, 2, 1.5, 0, sep=6.0, points=3)
    certs = certify(big, Xb, witnesses=False)
    assert {c.method for c in certs} == {"stability"}
    assert certs.lower.min() >= 1  # well separated, just above C*: informative



@pytest.mark.parametrize("seed, mult", [(0, 10.0), (1, 3.0)])
def test_duals_short_of_the_optimum_are_read_with_their_distance_to_it(small_svm, seed, mult):
    """Duals far from the optimum (as a loose ``kkt_tol`` leaves them; here the exact ones
    scaled) give scores up to 4x the exact SVM's. The bounds reason about the exact optimum, so
    no certificate of that model may claim more than the exact model's own, nor anything where
    the two predict differently. (Read without the distance, one point each went above.)"""
    from optcert.certify.stability import certify_stability, trained_svm

    model, Xt = small_svm(60, 2, mult, seed, sep=2.0, points=20)
    exact = KernelSVM(**model.get_params()).fit(model.X_fit_, model.y_fit_)
    model.alpha_ = np.clip(4.0 * exact.alpha_, 0.0, model.C)  # feasible, not optimal
    svm = trained_svm(model)
    assert np.allclose(svm.alpha, exact.alpha_, atol=1e-8) and svm.eps < 1e-6  # re-solved for the bounds
    loose = np.array([c.lower for c in certify_stability(model, Xt, witnesses=False)])
    tight = np.array([c.lower for c in certify_stability(exact, Xt, witnesses=False)])
    assert tight.max() >= 4  # the bounds do certify here
    assert np.all(loose <= tight)
    assert np.all(loose[model.predict(Xt) != exact.predict(Xt)] == 0)
    trained_loosely = KernelSVM(C=model.C, kkt_tol=0.3).fit(model.X_fit_, model.y_fit_)
    assert np.allclose(trained_svm(trained_loosely).alpha, exact.alpha_, atol=1e-8)  # the learner's own loose duals


def test_duals_that_cannot_be_re_solved_switch_the_bounds_off(small_svm, monkeypatch, caplog):
    """Where the clean dual cannot be brought to rounding level, the training margins and the
    active set the bounds read are not known: every lower bound is 0, and the log says why."""
    from optcert.certify.stability import certify_stability, trained_svm
    from optcert.svm import margins

    model, Xt = small_svm(40, 2, 10.0, 0, sep=2.0, points=10)
    assert max(c.lower for c in certify_stability(model, Xt, witnesses=False)) >= 2
    model.alpha_ = 0.5 * model.alpha_  # short of the optimum: re-solved, to a target it cannot meet
    monkeypatch.setattr(margins, "REFINE_KKT", 0.0)
    assert np.isinf(trained_svm(model).eps)
    with caplog.at_level("WARNING"):
        certs = certify_stability(model, Xt, witnesses=False)
    assert all(c.lower == 0 for c in certs) and "bounds are off" in caplog.text
