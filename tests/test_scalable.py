"""ScaLabelCert (docs/math/label-linear.md) against the test vectors and brute-force retraining."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optcert.certify.api import certify
from optcert.exact import label_linear as ll
from optcert.exceptions import NotLabelLinearError
from optcert.learners import KernelRidge, KernelSVM
from optcert.results import Attack, Verdict, budget_to_count


@pytest.mark.parametrize("case", ["T1", "T2"])
def test_binary_vectors(test_vectors, case):
    v = next(c for c in test_vectors["binary_label_linear"] if c["id"] == case)
    w = np.array([v["weights"]])
    signs = np.where(np.array(v["labels"]) == 1, 1.0, -1.0)
    lower, upper, pred = ll.binary_rho(w, signs)
    assert pred[0] == v["prediction"]
    assert lower[0] - 1 == v["radius"] and upper[0] - 1 == v["radius"]


def test_multiclass_vector_T4(test_vectors):
    v = test_vectors["multiclass_label_linear"][0]
    w = np.array([v["weights"]])
    y = np.array(v["labels"])
    K = v["K"]
    scores = np.array([[w[0][y == k].sum() for k in range(K)]])
    lower, upper, pred, _ = ll.multiclass_rho(scores, w, y)
    assert pred[0] == v["prediction"]
    assert lower[0] == upper[0] == v["rho_change"]
    assert ll.target_rho_lower(scores, w, y, 1)[0] == v["rho_pairwise_lower_bound_target_1"]
    for t, rho in v["rho_exact_target"].items():
        idx, lab = ll.target_attack_greedy(scores[0], w[0], y, int(t))
        assert len(idx) >= rho  # a realised attack can never beat the exact value
        assert ll.target_rho_lower(scores, w, y, int(t))[0] <= rho


def _instance(rng, N, K, d=3):
    X = rng.standard_normal((N, d))
    y = rng.integers(0, K, N)
    y[:K] = np.arange(K)
    return X, y, rng.standard_normal((6, d))


@pytest.mark.parametrize("K", [2, 3])
@pytest.mark.parametrize("learner", ["krr", "svm"])
def test_equals_bruteforce_retraining(learner, K):
    rng = np.random.default_rng(100 + K)
    for _trial in range(6):
        N = 9 if K == 2 else 7
        X, y, Xt = _instance(rng, N, K)
        if learner == "krr":
            model = KernelRidge(alpha=float(rng.choice([0.05, 1.0, 10.0])), depth=2, bias=0.5).fit(X, y)
        else:
            c_star = KernelSVM().fit(X, y).c_star_
            model = KernelSVM(C=c_star * float(rng.uniform(0.2, 1.0))).fit(X, y)
        fast = certify(model, Xt, method="scalable")
        slow = certify(model, Xt, method="bruteforce")
        np.testing.assert_array_equal(fast.prediction, slow.prediction)
        np.testing.assert_array_equal(fast.lower, slow.lower)
        np.testing.assert_array_equal(fast.upper, slow.upper)
        for c in fast:
            if np.isfinite(c.upper):
                assert c.witness is not None and c.witness.size == c.upper + 1


def test_witnesses_replay(rng):
    X, y, Xt = _instance(rng, 40, 3)
    model = KernelRidge(alpha=0.5).fit(X, y)
    for c, x in zip(certify(model, Xt), Xt):
        if c.witness is not None:
            retrained = model.refit(c.witness.apply(y))
            assert retrained.predict(x[None])[0] != c.prediction


def test_auto_picks_scalable_and_refuses_svm_above_c_star(rng):
    X, y, Xt = _instance(rng, 30, 2)
    svm = KernelSVM(C=1.0).fit(X, y)
    c_star = svm.c_star_
    with pytest.raises(NotLabelLinearError, match=f"C\\*={c_star:.6g}"):
        certify(svm, Xt, method="scalable")
    small = KernelSVM(C=c_star).fit(X, y)
    assert all(c.method == "scalable" for c in certify(small, Xt))


def test_small_c_certificate_does_not_depend_on_c(rng):
    X, y, Xt = _instance(rng, 50, 3)
    c_star = KernelSVM().fit(X, y).c_star_
    ref = certify(KernelSVM(C=c_star).fit(X, y), Xt)
    for C in (c_star * 1e-3, c_star * 0.5):
        other = certify(KernelSVM(C=C).fit(X, y), Xt)
        np.testing.assert_array_equal(other.lower, ref.lower)
        np.testing.assert_array_equal(other.prediction, ref.prediction)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), K=st.sampled_from([2, 3, 4]), lam=st.floats(0.01, 10.0))
def test_verdicts_monotone_in_budget(seed, K, lam):
    rng = np.random.default_rng(seed)
    X, y, Xt = _instance(rng, 25, K)
    certs = certify(KernelRidge(alpha=lam).fit(X, y), Xt)
    for c in certs:
        verdicts = [c.certified(b) for b in range(0, 27)]
        # YES ... YES (UNKNOWN ...) NO ... NO: once not YES never YES again; once NO always NO
        seen_not_yes = seen_no = False
        for v in verdicts:
            assert not (seen_not_yes and v is Verdict.YES)
            assert not (seen_no and v is not Verdict.NO)
            seen_not_yes |= v is not Verdict.YES
            seen_no |= v is Verdict.NO


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10_000), K=st.sampled_from([2, 3]))
def test_radius_monotone_in_budget_against_retraining(seed, K):
    """At budget R the top attacks fail when retrained; at R + 1 the witness succeeds."""
    rng = np.random.default_rng(seed)
    X, y, Xt = _instance(rng, 20, K)
    c_star = KernelSVM().fit(X, y).c_star_
    model = KernelSVM(C=c_star).fit(X, y)
    view = model.label_linear_view(Xt)
    for j, c in enumerate(certify(model, Xt)):
        if not np.isfinite(c.upper):
            continue
        assert c.witness.size == c.upper + 1
        if c.lower >= 1:
            # the strongest attack with one flip fewer must not change the prediction
            yi = model.encode_labels(y)
            pred = int(np.searchsorted(model.classes_, c.prediction))
            k = int(c.lower)
            if K == 2:
                idx, new = ll.binary_attack(view.weights[j], yi, pred, k)
                attack = Attack(idx, model.classes_[new])
                assert model.refit(attack.apply(y)).predict(Xt[j:j + 1])[0] == c.prediction


def test_relative_budget_floor_guard():
    assert budget_to_count(0.29, 100) == 29
    assert budget_to_count(0.1, 55) == 5
    assert budget_to_count(3, 10) == 3
    with pytest.raises(ValueError, match="fraction"):
        budget_to_count(1.5, 10)
    with pytest.raises(ValueError, match=">= 0"):
        budget_to_count(-1, 10)


def test_certify_rejects_bad_calls(rng):
    X, y, Xt = _instance(rng, 20, 2)
    model = KernelRidge().fit(X, y)
    with pytest.raises(ValueError, match="method must be"):
        certify(model, Xt, method="fast")
    with pytest.raises(ValueError, match="2-D"):
        certify(model, Xt[0])
    with pytest.raises(ValueError, match="features"):
        certify(model, Xt[:, :2])
    with pytest.raises(ValueError, match="not fitted"):
        certify(KernelRidge(), Xt)
    with pytest.raises(ValueError, match="NaN"):
        certify(model, np.full((2, 3), np.nan))


def test_vectorised_over_many_points_matches_per_point(rng):
    X, y, _ = _instance(rng, 200, 4)
    Xt = rng.standard_normal((300, 3))
    model = KernelRidge(alpha=0.3).fit(X, y)
    batch = certify(model, Xt, witnesses=False)
    few = certify(model, Xt[::37], witnesses=False)
    np.testing.assert_array_equal(batch.lower[::37], few.lower)
    from optcert.certify.label_linear import certify_label_linear

    small_blocks = certify_label_linear(model, Xt[:50], witnesses=False, block_bytes=1)
    np.testing.assert_array_equal([c.lower for c in small_blocks], batch.lower[:50])


def test_relative_budget_queries(rng):
    X, y, Xt = _instance(rng, 100, 2)
    certs = certify(KernelRidge(alpha=1.0).fit(X, y), Xt)
    r = int(certs[0].lower)
    assert certs.certified(0.0)[0] is Verdict.YES
    assert certs.certified((r + 1) / 100 + 0.001)[0] is Verdict.NO  # floor(eps N) = r + 1 > R
    assert certs.certified(r / 100)[0] is Verdict.YES
    with pytest.raises(ValueError, match="non-negative int"):
        certs[0].certified(-1)
    with pytest.raises(ValueError, match="budget"):
        certs.certified("3")
