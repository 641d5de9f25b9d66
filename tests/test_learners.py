"""KernelSVM and KernelRidge: duals, KKT conditions, label-linear views, bad input."""

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.kernel_ridge import KernelRidge as SkKernelRidge

from optcert.exceptions import InvalidInputError, NotLabelLinearError
from optcert.kernels import ntk
from optcert.learners import KernelRidge, KernelSVM
from optcert.svm.dual import kkt_violation, solve_svm_dual


def _toy(rng, n=40, d=5, k=2):
    X = rng.standard_normal((n, d))
    y = np.argmax(X[:, :k] + 0.5 * rng.standard_normal((n, k)), axis=1) if k > 2 else (X[:, 0] > 0).astype(int)
    return X, y


def test_T3_small_c_regime(test_vectors):
    t3 = test_vectors["small_c_regime"][0]
    Q = np.array(t3["gram"], dtype=float)
    svm = KernelSVM(C=t3["c_star"], kernel="precomputed")
    for labels in ([0, 0, 0], [1, 0, 1], [1, 1, 0], [0, 1, 1]):
        svm.fit(Q, np.array(labels + [1 - labels[0]])[:3] if len(set(labels)) > 1 else [0, 1, 0])
        assert svm.c_star_ == pytest.approx(t3["c_star"], rel=1e-15)
        np.testing.assert_array_equal(svm.alpha_, t3["dual_at_C_0.25_all_labels"])
    sol = solve_svm_dual(Q, np.ones(3), 0.3)
    np.testing.assert_allclose(sol.alpha, t3["dual_at_C_0.3_labels_all_1"], atol=1e-12)


def test_dual_solution_satisfies_kkt_far_above_c_star(rng):
    X, y = _toy(rng, n=80)
    for C in (0.01, 1.0, 100.0):
        svm = KernelSVM(C=C, depth=2, bias=0.5).fit(X, y)
        assert C > svm.c_star_
        Q = ntk(X, depth=2, bias=0.5)
        s = np.where(y == 1, 1.0, -1.0)
        assert kkt_violation(Q, s, svm.alpha_, C) < 1e-8
        assert np.all((svm.alpha_ >= 0) & (svm.alpha_ <= C))
        # complementarity in margin form: a_i = 0 -> y_i f_i >= 1; a_i = C -> y_i f_i <= 1
        margin = s * (Q @ (svm.alpha_ * s))
        assert np.all(margin[svm.alpha_ == 0] >= 1 - 1e-8)
        assert np.all(margin[svm.alpha_ == C] <= 1 + 1e-8)


def test_dual_beats_generic_box_qp_solver(rng):
    from scipy.optimize import minimize

    X, y = _toy(rng, n=50)
    Q = ntk(X)
    s = np.where(y == 1, 1.0, -1.0)
    H = Q * np.outer(s, s)
    C = 5.0
    def obj(a):
        return 0.5 * a @ H @ a - a.sum()

    ref = minimize(obj, np.zeros(50), jac=lambda a: H @ a - 1, bounds=[(0, C)] * 50, method="L-BFGS-B",
                   options=dict(ftol=1e-15, gtol=1e-12, maxiter=10000))
    ours = solve_svm_dual(Q, s, C)
    assert obj(ours.alpha) <= ref.fun + 1e-9
    np.testing.assert_allclose(ours.alpha, ref.x, atol=1e-4)


def test_one_vs_rest_is_k_binary_svms(rng):
    X, y = _toy(rng, n=45, k=3)
    svm = KernelSVM(C=2.0).fit(X, y)
    assert svm.alpha_.shape == (3, 45)
    Xt = rng.standard_normal((7, 5))
    F = svm.decision_function(Xt)
    for k in range(3):
        bk = KernelSVM(C=2.0).fit(X, (y == k).astype(int))
        np.testing.assert_allclose(F[:, k], bk.decision_function(Xt), atol=1e-9)
    np.testing.assert_array_equal(svm.predict(Xt), np.argmax(F, axis=1))


def test_precomputed_equals_feature_kernel(rng):
    X, y = _toy(rng)
    Xt = rng.standard_normal((6, 5))
    a = KernelSVM(C=3.0, depth=1, bias=1.0).fit(X, y)
    b = KernelSVM(C=3.0, kernel="precomputed").fit(ntk(X, depth=1, bias=1.0), y)
    np.testing.assert_allclose(a.decision_function(Xt),
                               b.decision_function(ntk(Xt, X, depth=1, bias=1.0)), atol=1e-10)


def test_kernel_ridge_matches_scikit_learn(rng):
    X, y = _toy(rng, k=3)
    Xt = rng.standard_normal((9, 5))
    Q, q = ntk(X), ntk(Xt, X)
    ours = KernelRidge(alpha=0.7).fit(X, y)
    ref = SkKernelRidge(alpha=0.7, kernel="precomputed").fit(Q, np.eye(3)[y])
    np.testing.assert_allclose(ours.decision_function(Xt), ref.predict(q), atol=1e-10)
    yb = (y == 1).astype(int)
    ours_b = KernelRidge(alpha=0.7).fit(X, yb)
    ref_b = SkKernelRidge(alpha=0.7, kernel="precomputed").fit(Q, 2.0 * yb - 1)
    np.testing.assert_allclose(ours_b.decision_function(Xt), ref_b.predict(q), atol=1e-10)


@pytest.mark.parametrize("k", [2, 3])
def test_label_linear_view_reproduces_retrained_scores(rng, k):
    X, y = _toy(rng, n=30, k=k)
    Xt = rng.standard_normal((5, 5))
    probe = KernelSVM(C=1.0).fit(X, y)
    for model in (KernelRidge(alpha=0.3).fit(X, y), KernelSVM(C=0.9 * probe.c_star_).fit(X, y)):
        view = model.label_linear_view(Xt)
        for _ in range(5):
            y2 = rng.integers(0, k, size=30)
            y2[:k] = np.arange(k)  # keep every class present
            np.testing.assert_allclose(view.scores(y2), model.refit(y2).decision_function(Xt), atol=1e-10)


def test_svm_above_c_star_is_not_label_linear(rng):
    X, y = _toy(rng)
    svm = KernelSVM(C=10.0).fit(X, y)
    with pytest.raises(NotLabelLinearError, match="C\\*="):
        svm.label_linear_view(X[:2])


def test_small_c_svm_needs_no_gram_matrix(rng):
    X, y = _toy(rng, n=60)
    c_star = KernelSVM(C=1.0).fit(X, y).c_star_
    svm = KernelSVM(C=c_star).fit(X, y)
    assert svm._gram_cache is None  # fit at C <= C* never builds the Gram matrix
    np.testing.assert_array_equal(svm.alpha_, np.full(60, c_star))


def test_scikit_learn_conventions(rng):
    X, y = _toy(rng)
    m = KernelSVM(C=2.0, depth=2)
    assert clone(m).get_params() == m.get_params()
    assert m.fit(X, y) is m and hasattr(m, "alpha_") and hasattr(m, "classes_")
    assert 0.0 <= m.score(X, y) <= 1.0
    labels = np.array(["cat", "dog"])[y]
    assert set(KernelRidge().fit(X, labels).predict(X)) <= {"cat", "dog"}


@pytest.mark.parametrize("make,match", [
    (lambda X, y: KernelSVM(C=0).fit(X, y), "C must be"),
    (lambda X, y: KernelSVM(C=-1.0).fit(X, y), "C must be"),
    (lambda X, y: KernelRidge(alpha=0).fit(X, y), "alpha must be"),
    (lambda X, y: KernelSVM(depth=-1).fit(X, y), "depth must be"),
    (lambda X, y: KernelSVM().fit(np.where(X > 1, np.nan, X), y), "NaN"),
    (lambda X, y: KernelSVM().fit(np.where(X > 1, np.inf, X), y), "NaN or infinite"),
    (lambda X, y: KernelSVM().fit(X, y[:-1]), "labels but X has"),
    (lambda X, y: KernelSVM().fit(X, np.zeros_like(y)), "at least 2 classes"),
    (lambda X, y: KernelSVM(kernel="precomputed").fit(X @ X.T + np.triu(np.ones((len(X),) * 2), 1), y), "symmetric"),
    (lambda X, y: KernelSVM(kernel="precomputed").fit(-(X @ X.T), y), "positive semi-definite"),
    (lambda X, y: KernelSVM(kernel="precomputed").fit(X, y), "square"),
    (lambda X, y: KernelSVM().fit(X, y).predict(X[:, :2]), "features"),
    (lambda X, y: KernelSVM().fit(X, y).refit(y + 5), "outside the fitted classes"),
    (lambda X, y: KernelSVM().predict(X), "not fitted"),
    (lambda X, y: KernelSVM(dual_solver="smo").fit(X, y), "dual_solver"),
])
def test_bad_input_raises_clear_value_error(rng, make, match):
    X, y = _toy(rng, n=20)
    with pytest.raises(ValueError, match=match):
        make(X, y)


@pytest.mark.parametrize("qp_solver", ["highs", "scip"])
def test_dedicated_solver_agrees_with_explicit_pyomo_qp(rng, qp_solver):
    X, y = _toy(rng, n=35, k=3)
    for C in (0.05, 1.0, 20.0):
        cd = KernelSVM(C=C, depth=1, bias=1.0).fit(X, y)
        qp = KernelSVM(C=C, depth=1, bias=1.0, dual_solver="qp", qp_solver=qp_solver).fit(X, y)
        assert C > cd.c_star_
        assert cd.kkt_violation_ < 1e-9
        Q = ntk(X, depth=1, bias=1.0)
        for k in range(3):
            s = cd.signs_[k]
            H = Q * np.outer(s, s)
            def obj(a, H=H):
                return 0.5 * a @ H @ a - a.sum()

            # same optimum value; the interior-point/NLP backends stop at their own tolerances
            assert obj(qp.alpha_[k]) == pytest.approx(obj(cd.alpha_[k]), rel=1e-6)
            assert obj(cd.alpha_[k]) <= obj(qp.alpha_[k]) + 1e-12
        if qp_solver == "highs":
            np.testing.assert_allclose(qp.alpha_, cd.alpha_, atol=1e-6 * max(C, 1.0))


def test_explicit_qp_reproduces_T3(test_vectors):
    t3 = test_vectors["small_c_regime"][0]
    Q = np.array(t3["gram"], dtype=float)
    from optcert.formulations.svm_dual_qp import build_svm_dual_qp, decode_svm_dual_qp
    from optcert.solvers import solve

    model = build_svm_dual_qp(Q, np.ones(3), 0.3)
    np.testing.assert_allclose(decode_svm_dual_qp(model, solve(model, "highs")),
                               t3["dual_at_C_0.3_labels_all_1"], atol=1e-7)


def test_small_c_threshold_is_the_fitted_threshold(rng):
    from optcert import PartitionEnsemble, small_c_threshold

    X, y = _toy(rng, n=40)
    for params in ({"depth": 1, "bias": 0.0}, {"depth": 2, "bias": 1.0}, {"kernel": "rbf", "gamma": 0.3}):
        fitted = KernelSVM(C=1.0, **params).fit(X, y).c_star_
        assert small_c_threshold(X, **params) == pytest.approx(fitted, rel=1e-12)
    Q = KernelSVM(C=1.0).fit(X, y).gram_
    assert small_c_threshold(Q, kernel="precomputed") == pytest.approx(KernelSVM(C=1.0).fit(X, y).c_star_)
    ens = PartitionEnsemble(KernelSVM(C=1.0), n_partitions=4).fit(X, y)
    per_base = min(e.c_star_ for e in ens.estimators_)
    assert small_c_threshold(X, groups=ens.assign_partitions(X)) == pytest.approx(per_base, rel=1e-12)
    # C = 1 x the ensemble threshold keeps every base model label-linear; 1.5 x does not for some
    at = PartitionEnsemble(KernelSVM(C=per_base), n_partitions=4).fit(X, y)
    assert all(e.is_label_linear for e in at.estimators_)
    above = PartitionEnsemble(KernelSVM(C=1.5 * per_base), n_partitions=4).fit(X, y)
    assert not all(e.is_label_linear for e in above.estimators_)
    with pytest.raises(InvalidInputError, match="groups"):
        small_c_threshold(X, groups=[0, 1])


@pytest.mark.parametrize("make", [lambda c: KernelSVM(C=10.0 * c), lambda c: KernelSVM(C=c),
                                  lambda c: KernelRidge(alpha=0.1)], ids=["svm-above", "svm-small-c", "krr"])
def test_refit_leaves_the_parent_untouched(rng, make):
    X, y = _toy(rng, n=30)
    parent = make(KernelSVM(C=1.0).fit(X, y).c_star_).fit(X, y)
    before = dict(vars(parent))
    child = parent.refit(1 - y)
    assert vars(parent).keys() == before.keys()
    assert all(vars(parent)[k] is v for k, v in before.items())
    np.testing.assert_allclose(child.decision_function(X[:5]),
                               type(parent)(**parent.get_params()).fit(X, 1 - y).decision_function(X[:5]),
                               atol=1e-8)


@pytest.mark.parametrize("tol", [1e-9, 0.3])
def test_an_svm_refit_starts_from_its_parents_duals_and_ends_at_the_optimum(rng, tol):
    """A refit keeps the duals of the blocks whose labels did not change and starts the others
    from them; it must end where a fit from zero does (to the learner's KKT tolerance)."""
    X = rng.normal(size=(40, 3))
    y = rng.integers(0, 3, size=40)
    parent = KernelSVM(C=20.0 * KernelSVM(C=1.0).fit(X, y).c_star_, kkt_tol=tol).fit(X, y)
    y2 = y.copy()
    y2[np.flatnonzero(y == 0)[:3]] = 1  # blocks 0 and 1 change, block 2 does not
    child = parent.refit(y2)
    assert child.kkt_violation_ <= tol
    assert np.array_equal(child.alpha_[2], parent.alpha_[2])
    assert not np.array_equal(child.alpha_[0], parent.alpha_[0])
    if tol < 1e-3:
        np.testing.assert_allclose(child.alpha_, KernelSVM(**parent.get_params()).fit(X, y2).alpha_, atol=1e-8)


def test_learner_parameters_are_keyword_only():
    with pytest.raises(TypeError):
        KernelSVM(1.0)
    with pytest.raises(TypeError):
        KernelRidge(0.1)


def test_gram_is_a_public_fitted_attribute(rng):
    from optcert.exceptions import NotFittedError

    X, y = _toy(rng, n=12)
    m = KernelRidge(alpha=0.5).fit(X, y)
    np.testing.assert_allclose(m.gram_, ntk(X))
    assert not hasattr(KernelRidge(), "gram_")
    with pytest.raises(NotFittedError):
        _ = KernelRidge().gram_
