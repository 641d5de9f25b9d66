"""The polynomial stability bound of the SVM at any C (optcert.certify.stability)."""

from __future__ import annotations

import numpy as np
import pytest

from optcert.certify.api import certify
from optcert.certify.replay import replay_changes_prediction
from optcert.certify.stability import svm_blocks
from optcert.data import make_gaussian_mixture
from optcert.learners import KernelSVM
from optcert.svm.dual import solve_svm_dual
from optcert.svm.stability import BlockStability, max_safe_flips, stability_lower_bound


def _svm(N, K, mult, seed, sep=6.0, points=6, dim=3):
    X, y = make_gaussian_mixture(N + points, dim, K, separation=sep, seed=seed)
    Xt, X, y = X[:points], X[points:], y[points:]
    c_star = KernelSVM(C=1.0).fit(X, y).c_star_
    return KernelSVM(C=mult * c_star).fit(X, y), Xt


def _lower_bounds(model, Xt):
    """The stability bound on R for every test point (tau = 0), all targets."""
    blocks = svm_blocks(model)
    norms = np.sqrt(model.kernel_.diag(Xt))
    scores = model.decision_function(Xt)
    out = []
    for j in range(Xt.shape[0]):
        if model.n_classes_ == 2:
            s = 1.0 if scores[j] > 0 else -1.0
            out.append(stability_lower_bound(blocks, norms[j], {1: s}, s * scores[j]))
        else:
            c = int(np.argmax(scores[j]))
            out.append(min(stability_lower_bound(blocks, norms[j], {c: 1.0, t: -1.0},
                                                 scores[j, c] - scores[j, t])
                           for t in range(model.n_classes_) if t != c))
    return np.array(out, dtype=float)


@pytest.mark.parametrize("mult", [3.0, 30.0])
def test_weight_change_never_exceeds_rho(mult):
    """The derivation itself: ||w' - w|| <= rho_K for random flip sets of every size K."""
    model, _ = _svm(40, 2, mult, seed=1, sep=3.0)
    Q, C = model.gram_, model.C
    y = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    z0 = y * model.alpha_
    block = svm_blocks(model)[1]
    rng = np.random.default_rng(0)
    ratios = []
    for K in (1, 2, 3, 5, 8):
        for _ in range(15):
            F = rng.choice(40, K, replace=False)
            y2 = y.copy()
            y2[F] *= -1
            d = y2 * solve_svm_dual(Q, y2, C, kkt_tol=1e-12).alpha - z0
            change = float(np.sqrt(max(d @ Q @ d, 0.0)))
            assert change <= block.rho(K) + 1e-9
            ratios.append(change / block.rho(K))
    # the refinement is not the plain Cauchy-Schwarz bound, and the bound is not vacuous
    assert block.rho(3) < 2 * C * np.sort(np.sqrt(np.diag(Q)))[::-1][:3].sum()
    assert max(ratios) > 0.05


@pytest.mark.parametrize("K,N,mult,seed,sep", [(2, 10, 1.3, 0, 6.0), (2, 12, 1.5, 2, 8.0), (2, 8, 10, 0, 4.0),
                                                (3, 8, 1.1, 0, 12.0), (3, 9, 1.2, 1, 12.0)])
def test_lower_bound_never_exceeds_bruteforce(K, N, mult, seed, sep):
    model, Xt = _svm(N, K, mult, seed, sep=sep)
    assert model.C > model.c_star_
    bf = certify(model, Xt, method="bruteforce")
    lb = _lower_bounds(model, Xt)
    assert np.all(lb <= bf.lower), (lb, bf.lower)
    if mult < 2:  # near C* the bound is informative (checked values: 1 on most points)
        assert lb.max() >= 1


def test_lower_bound_is_informative_at_moderate_n():
    """Well-separated data at C slightly above C*: most points get a positive radius."""
    model, Xt = _svm(60, 2, 1.5, seed=0, sep=6.0, points=10)
    lb = _lower_bounds(model, Xt)
    ub = certify(model, Xt, method="milp", time_limit=1, stability=False, search_nodes=0).upper
    assert np.all(lb <= ub)
    assert (lb >= 1).sum() >= 5, lb


def test_milp_with_and_without_stability_agree():
    model, Xt = _svm(8, 2, 10, seed=0, sep=4.0)
    on = certify(model, Xt, method="milp", search_nodes=0)
    off = certify(model, Xt, method="milp", stability=False, search_nodes=0)
    assert np.array_equal(on.lower, off.lower) and np.array_equal(on.upper, off.upper)
    budget_on = certify(model, Xt, method="milp", budget=1, search_nodes=0)
    budget_off = certify(model, Xt, method="milp", budget=1, stability=False, search_nodes=0)
    assert np.array_equal(budget_on.certified(1), budget_off.certified(1))


def test_max_safe_flips_matches_a_scan():
    rng = np.random.default_rng(3)
    for _ in range(50):
        n = int(rng.integers(1, 40))
        steps = np.concatenate([[0.0], np.cumsum(rng.random(n))])
        gap = float(rng.random() * steps[-1] * 1.2)
        expected = max(k for k in range(n + 1) if steps[k] < gap) if gap > 0 else 0
        assert max_safe_flips(lambda k: steps[k], gap, n) == expected


def test_rho_is_monotone_and_zero_at_zero():
    b = BlockStability(np.array([1.0, 2.0, 0.5, 3.0]), 0.3, np.array([0.2, 1.5, -0.4, 1.0]))
    rhos = [b.rho(k) for k in range(6)]
    assert rhos[0] == 0.0
    assert all(a <= c for a, c in zip(rhos, rhos[1:]))


def test_method_stability_through_the_api():
    model, Xt = _svm(10, 2, 1.3, 0, sep=6.0)
    certs = certify(model, Xt, method="stability")
    # the method takes the better of the stability and the ball bound (tol only lowers)
    assert np.all(certs.lower >= _lower_bounds(model, Xt))
    assert np.array_equal(certs.prediction, model.predict(Xt))
    bf = certify(model, Xt, method="bruteforce")
    assert np.all(certs.lower <= bf.lower) and np.all(bf.upper <= certs.upper)
    assert np.isfinite(certs.upper).all()
    for j, c in enumerate(certs):  # every upper bound stands on a replayed attack of that size
        assert c.witness.size == c.upper + 1
        assert replay_changes_prediction(model, Xt[j], c.witness, c.prediction)
    lower_only = certify(model, Xt, method="stability", witnesses=False)
    assert np.all(np.isinf(lower_only.upper)) and np.array_equal(lower_only.lower, certs.lower)
    model3, Xt3 = _svm(9, 3, 1.2, 1, sep=12.0)
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


def test_auto_above_c_star_uses_the_milp_on_small_n_and_stability_beyond():
    from optcert.certify.api import AUTO_MILP_MAX_N

    small, Xs = _svm(8, 2, 10, 0, sep=4.0, points=2)
    assert {c.method for c in certify(small, Xs)} == {"milp"}
    big, Xb = _svm(AUTO_MILP_MAX_N + 20, 2, 1.5, 0, sep=6.0, points=3)
    certs = certify(big, Xb, witnesses=False)
    assert {c.method for c in certs} == {"stability"}
    assert certs.lower.min() >= 1  # well separated, just above C*: informative
