"""optcert.nn: finite-width networks whose infinite-width limits are optcert's kernel machines."""

import subprocess
import sys

import numpy as np
import pytest

import optcert
from optcert.exceptions import InvalidInputError, MissingDependencyError, NotFittedError, OptcertError

jax = pytest.importorskip("jax")  # the "test" extra installs it; without it the rest cannot run

from optcert.nn import WideNetwork, box_qp, empirical_ntk  # noqa: E402


def _data(n, d=3, n_classes=2, seed=0):
    X, y = optcert.make_gaussian_mixture(n, d, n_classes, separation=2.5, seed=seed)
    return X / np.sqrt(np.mean(np.sum(X**2, axis=1))), y


X, Y = _data(24)
XT, YT = _data(30, seed=1)


def _objective(net, params):
    """The training objective at ``params``, computed from the network's public outputs."""
    probe = WideNetwork(**net.get_params())
    for name in ("classes_", "n_features_in_", "width_", "depth_", "bias_", "params0_"):
        setattr(probe, name, getattr(net, name))
    probe.params_ = params
    g = probe.decision_function(net.X_fit_).reshape(len(net.y_fit_), -1)
    yi = np.searchsorted(net.classes_, net.y_fit_)
    T = (np.where(yi == 1, 1.0, -1.0)[:, None] if g.shape[1] == 1 else np.eye(g.shape[1])[yi])
    sq = sum(np.sum((a - a0) ** 2) for l, l0 in zip(params, net.params0_) for a, a0 in zip(l, l0))
    if net.loss == "squared":
        return np.sum((g - T) ** 2) + net.alpha * sq
    S = T if g.shape[1] == 1 else 2 * T - 1
    return net.C * np.sum(np.maximum(0, 1 - S * g)) + 0.5 * sq


# -- the empirical NTK ---------------------------------------------------------------------------

@pytest.mark.parametrize("depth, bias, n_classes", [(1, 1.0, 2), (2, 0.5, 3), (0, 1.0, 3)])
def test_tangent_kernel_is_the_jacobian_gram_matrix(depth, bias, n_classes):
    """The structured kernel (no Jacobian formed) equals J J^T from jax.jacobian, output by output."""
    from jax.flatten_util import ravel_pytree

    from optcert.nn._jax import compiled, x64

    Xs, ys = _data(9, n_classes=n_classes)
    net = WideNetwork(width=7, depth=depth, bias=bias, max_iter=3, random_state=1).fit(Xs, ys)
    K = net.tangent_kernel(Xs[:5], Xs[3:])
    k = 1 if n_classes == 2 else n_classes
    fns = compiled(depth, 7, bias)
    with x64():
        flat, unravel = ravel_pytree(net.params_)
        J5 = np.asarray(jax.jacobian(lambda v: fns.forward(unravel(v), Xs[:5]))(flat)).reshape(5 * k, -1)
        J6 = np.asarray(jax.jacobian(lambda v: fns.forward(unravel(v), Xs[3:]))(flat)).reshape(6 * k, -1)
    np.testing.assert_allclose(K.reshape(5 * k, 6 * k), J5 @ J6.T, rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("depth, bias", [(1, 1.0), (2, 0.0)])
def test_empirical_ntk_approaches_the_analytic_ntk(depth, bias):
    Xs = X[:6]
    exact = optcert.ntk(Xs, depth=depth, bias=bias)

    def err(width):
        return np.mean([np.abs(empirical_ntk(Xs, width=width, depth=depth, bias=bias, random_state=s)
                               - exact).max() for s in range(3)]) / np.abs(exact).max()

    small, large = err(8), err(1024)
    assert large < small / 3  # Monte Carlo error ~ 1/sqrt(width): a factor ~11 between them
    assert large < 0.1


# -- training converges --------------------------------------------------------------------------

@pytest.mark.parametrize("loss", ["squared", "hinge"])
def test_training_reaches_a_local_minimum(loss):
    net = WideNetwork(width=64, loss=loss, alpha=0.5, C=0.05, bias=1.0, random_state=0).fit(X, Y)
    assert net.converged_ and net.stationarity_ <= 1e-10
    base = _objective(net, net.params_)
    assert base == pytest.approx(net.objective_, rel=1e-10)
    rng = np.random.default_rng(0)
    for _ in range(4):  # no small move in a random direction lowers the objective
        d = [tuple(rng.standard_normal(a.shape) for a in layer) for layer in net.params_]
        norm = np.sqrt(sum(np.sum(a**2) for layer in d for a in layer))
        for eps in (1e-3, -1e-3):  # (a smooth minimum would allow only O(eps^2) = 1e-6)
            moved = tuple(tuple(a + eps / norm * da for a, da in zip(l, dl)) for l, dl in zip(net.params_, d))
            # ReLU kinks: the minimum sits on kinks, where the training stalls within ~1e-5 of it
            assert _objective(net, moved) >= base - 1e-4 * base
    if loss == "hinge":  # the network's SVM dual: c = a * s with 0 <= a <= C
        s = np.where(Y == 1, 1.0, -1.0)
        a = net.dual_coef_ * s
        assert np.all(a >= -1e-12) and np.all(a <= net.C + 1e-12) and a.max() > 0


def test_refit_is_training_from_the_same_init_on_new_labels():
    net = WideNetwork(width=64, bias=1.0, alpha=0.5, random_state=3).fit(X, Y)
    y2 = Y.copy()
    y2[:4] = 1 - y2[:4]
    again = net.refit(y2)
    np.testing.assert_array_equal(again.params0_[0][0], net.params0_[0][0])
    fresh = WideNetwork(width=64, bias=1.0, alpha=0.5, random_state=3).fit(X, y2)
    np.testing.assert_allclose(again.decision_function(XT), fresh.decision_function(XT), atol=1e-12)
    assert np.abs(again.decision_function(XT) - net.decision_function(XT)).max() > 1e-3
    warm = net.refit(y2, warm_start=True)  # another path to a stationary point of the same objective
    assert warm.converged_ and warm.objective_ == pytest.approx(again.objective_, rel=1e-2)


# -- the infinite-width limit --------------------------------------------------------------------

@pytest.mark.parametrize("loss", ["squared", "hinge"])
def test_decision_values_approach_the_kernel_machine(loss):
    if loss == "squared":
        km = optcert.KernelRidge(alpha=0.5, depth=1, bias=1.0).fit(X, Y)
    else:
        km = optcert.KernelSVM(depth=1, bias=1.0).fit(X, Y)
        km = km.set_params(C=10 * km.c_star_).fit(X, Y)  # above C*: the dual depends on the labels
        assert not km.is_label_linear
    fk = km.decision_function(XT)

    def fit(width, seed):
        return WideNetwork(width=width, depth=1, bias=1.0, loss=loss, alpha=0.5, C=getattr(km, "C", 1.0),
                           random_state=seed).fit(X, Y)

    def err(width):
        return np.mean([np.linalg.norm(fit(width, s).decision_function(XT) - fk) for s in (0, 1)])

    large = fit(2048, 0).decision_function(XT)
    assert err(16) > 2 * err(2048)
    assert np.mean(np.sign(large) == np.sign(fk)) >= 0.95
    assert np.linalg.norm(large - fk) < 0.1 * np.linalg.norm(fk)


@pytest.mark.parametrize("loss", ["squared", "hinge"])
def test_multiclass_network_matches_one_hot_and_one_vs_rest_kernel_machines(loss):
    X3, y3 = _data(18, n_classes=3)
    Xt3, _ = _data(30, n_classes=3, seed=2)
    km = (optcert.KernelRidge(alpha=0.5, bias=1.0) if loss == "squared"
          else optcert.KernelSVM(C=0.05, bias=1.0)).fit(X3, y3)
    net = WideNetwork(width=2048, bias=1.0, loss=loss, alpha=0.5, C=0.05, random_state=0).fit(X3, y3)
    F, Fk = net.decision_function(Xt3), km.decision_function(Xt3)
    assert F.shape == Fk.shape == (30, 3)
    assert np.linalg.norm(F - Fk) < 0.1 * np.linalg.norm(Fk)
    assert np.mean(net.predict(Xt3) == km.predict(Xt3)) >= 0.95


def test_any_labels_and_classes_():
    labels = np.array(["cat", "dog"])[Y]
    net = WideNetwork(width=32, random_state=0).fit(X, labels)
    assert list(net.classes_) == ["cat", "dog"]
    ref = WideNetwork(width=32, random_state=0).fit(X, Y)
    np.testing.assert_array_equal(net.predict(XT), np.array(["cat", "dog"])[ref.predict(XT)])


def test_box_qp_solves_the_svm_dual():
    rng = np.random.default_rng(0)
    A = rng.standard_normal((12, 5))
    H, p, C = A @ A.T + 0.1 * np.eye(12), rng.standard_normal(12), 0.7
    v = box_qp(H, p, C)
    g = H @ v - p  # KKT: g >= 0 at 0, g <= 0 at C, g = 0 in between
    assert np.all((v > 1e-12) | (g >= -1e-9)) and np.all((v < C - 1e-12) | (g <= 1e-9))
    inner = (v > 1e-12) & (v < C - 1e-12)
    assert inner.any() and np.abs(g[inner]).max() < 1e-9


@pytest.mark.parametrize("seed", range(6))
def test_box_qp_reaches_the_optimum_from_a_warm_start(seed):
    """Warm starts with variables inside the box whose optimum is on a bound, on ill-conditioned
    SVM duals like the training's: the solver reaches the KKT point, which the SVM dual solver of
    optcert.svm (coordinate descent) confirms. (Holding such a variable fixed inside the box
    stalled the iteration short of the optimum.)"""
    from optcert.svm.dual import solve_svm_dual

    rng = np.random.default_rng(seed)
    Xs, ys = optcert.make_gaussian_mixture(40, 5, separation=1.0, seed=seed)
    K = optcert.ntk(Xs / np.sqrt(np.mean(np.sum(Xs**2, axis=1))), depth=1, bias=1.0)
    t = np.where(ys == 1, 1.0, -1.0)
    H, C = K * np.outer(t, t), 0.1
    v0 = rng.uniform(0, C, 40) * (rng.random(40) < 0.5)
    for p in (np.ones(40), 1 - 0.3 * t * rng.standard_normal(40)):
        v = box_qp(H, p, C, v0)
        g = H @ v - p
        assert np.all((v >= 0) & (v <= C))
        assert np.max(np.abs(v - np.clip(v - g, 0.0, C))) < 1e-9  # KKT: the convex QP's optimum
    ref = solve_svm_dual(K, t, C, kkt_tol=1e-10).alpha  # p = 1: the bias-free SVM dual
    v = box_qp(H, np.ones(40), C, v0)
    assert 0.5 * v @ H @ v - v.sum() == pytest.approx(0.5 * ref @ H @ ref - ref.sum(), rel=1e-9, abs=1e-12)


# -- errors --------------------------------------------------------------------------------------

@pytest.mark.parametrize("params, match", [
    (dict(loss="logistic"), "loss"), (dict(width=0), "width"), (dict(depth=-1), "depth"),
    (dict(bias=-1.0), "bias"), (dict(alpha=0.0), "alpha"), (dict(loss="hinge", C=-1), "C"),
    (dict(max_iter=0), "max_iter"), (dict(tol=0), "tol"), (dict(random_state="x"), "random_state"),
])
def test_bad_parameters_are_refused(params, match):
    with pytest.raises(InvalidInputError, match=match):
        WideNetwork(**params).fit(X, Y)


def test_bad_inputs_are_refused():
    net = WideNetwork(width=8)
    with pytest.raises(NotFittedError):
        net.predict(XT)
    Xn = X.copy()
    Xn[0, 0] = np.nan
    with pytest.raises(InvalidInputError, match="NaN"):
        net.fit(Xn, Y)
    with pytest.raises(InvalidInputError, match="at least 2 classes"):
        net.fit(X, np.zeros(len(X), dtype=int))
    with pytest.raises(InvalidInputError, match="labels"):
        net.fit(X, Y[:-1])
    net.fit(X, Y)
    with pytest.raises(InvalidInputError, match="features"):
        net.decision_function(XT[:, :2])
    with pytest.raises(InvalidInputError, match="outside the fitted classes"):
        net.refit(np.where(Y == 1, 5, 0))
    with pytest.raises(InvalidInputError, match="at"):
        net.tangent_kernel(XT, at="later")


def test_import_optcert_without_jax_and_a_clear_error_on_use():
    code = (
        "import sys; sys.modules['jax'] = None\n"
        "import numpy as np, optcert, optcert.nn\n"
        "try:\n"
        "    optcert.nn.WideNetwork(width=4).fit(np.eye(3), [0, 1, 0])\n"
        "except optcert.OptcertError as e:\n"
        "    print(type(e).__name__, e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("MissingDependencyError") and 'pip install "optcert[nn]"' in out.stdout
    assert issubclass(MissingDependencyError, OptcertError)
