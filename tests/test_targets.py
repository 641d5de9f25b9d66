"""rho^t (predict exactly class t) for label-linear models: bounds, greedy, MILP, brute force."""

import itertools

import numpy as np
import pytest

from optcert.certify.targets import exact_target, realise_target, target_lower_bounds
from optcert.learners import KernelRidge, LabelLinearView

MILP_SOLVERS = ["highs", "scip", "ortools-scip", "ortools-cbc", "cpsat"]


def brute_target(scores, w, y, t):
    """Least flips making t the argmax (ties to the smaller index), by enumeration."""
    K, N = scores.size, y.size
    for k in range(0, N + 1):
        for idx in itertools.combinations(range(N), k):
            for new in itertools.product(*[[c for c in range(K) if c != y[i]] for i in idx]):
                F = scores.copy()
                for i, c in zip(idx, new):
                    F[y[i]] -= w[i]
                    F[c] += w[i]
                if int(np.argmax(F)) == t:
                    return k
    return np.inf


@pytest.mark.parametrize("solver", MILP_SOLVERS)
def test_T4_exact_targets_on_every_backend(test_vectors, solver):
    v = test_vectors["multiclass_label_linear"][0]
    w = np.array([v["weights"]])
    y = np.array(v["labels"])
    bounds = target_lower_bounds(LabelLinearView(w, np.zeros((1, v["K"])), v["K"]), y, 0.0)
    assert bounds.prediction[0] == v["prediction"]
    assert bounds.lower[0, 1] == v["rho_pairwise_lower_bound_target_1"]
    for t, rho in v["rho_exact_target"].items():
        lower, attack, report = exact_target(bounds, 0, y, int(t), solver=solver)
        assert lower == rho and attack is not None and len(attack[0]) == rho


def test_bounds_bracket_brute_force_and_milp_closes_the_gap():
    rng = np.random.default_rng(3)
    gaps = 0
    for trial in range(25):
        K, N = 3 + trial % 2, 6
        X = rng.standard_normal((N, 2))
        y = rng.integers(0, K, N)
        y[:K] = np.arange(K)
        model = KernelRidge(alpha=float(rng.choice([0.1, 1.0]))).fit(X, y)
        xt = rng.standard_normal((1, 2))
        view = model.label_linear_view(xt)
        b = target_lower_bounds(view, y, 0.0)
        for t in range(K):
            truth = brute_target(b.scores[0].copy(), b.weights[0], y, t)
            assert b.lower[0, t] <= truth
            attack = realise_target(b, 0, y, t)
            if attack is not None:
                assert len(attack[0]) >= truth
                # the realised attack, retrained for real, predicts t
                y2 = y.copy()
                y2[attack[0]] = attack[1]
                assert model.refit(y2).predict(xt)[0] == t
            if t == b.prediction[0]:
                continue
            lower, milp_attack, _ = exact_target(b, 0, y, t, known_attack=attack)
            assert lower == truth
            if np.isfinite(truth):
                best = milp_attack if milp_attack is not None else attack
                assert len(best[0]) == truth
            gaps += b.lower[0, t] < truth
    assert gaps > 0  # the instances exercise the case sorting cannot solve
