"""The NTK of docs/math/ntk.md against a wide finite network, plus kernel algebra."""

import numpy as np
import pytest

from optcert import kernels
from optcert.exceptions import InvalidInputError
from optcert.kernels import LinearKernel, NTKernel, RBFKernel, kappa0, kappa1, ntk


def empirical_ntk(X, width, depth, bias, rng):
    """Gradient inner products of f at the rows of X, for one random wide ReLU network.

    z1 = W1 x + sqrt(b) b1;  z_{l+1} = sqrt(2/n) W_{l+1} relu(z_l) + sqrt(b) b_{l+1};
    f = sqrt(2/n) v . relu(z_L) + sqrt(b) b_out, all parameters N(0, 1).
    """
    n, d = width, X.shape[1]
    sb = np.sqrt(bias)
    Ws = [rng.standard_normal((n, d))] + [rng.standard_normal((n, n)) for _ in range(depth - 1)]
    bs = [rng.standard_normal(n) for _ in range(depth)]
    v = rng.standard_normal(n)
    c = np.sqrt(2.0 / n)
    # forward for all points: z[l] (P, n), a[l] (P, n)
    a_prev, zs, acts = X, [], [X]
    for l in range(depth):
        scale = 1.0 if l == 0 else c
        z = scale * a_prev @ Ws[l].T + sb * bs[l]
        zs.append(z)
        a_prev = np.maximum(z, 0.0)
        acts.append(a_prev)
    theta = c * c * acts[-1] @ acts[-1].T + bias  # output weights and bias
    delta = c * v[None, :] * (zs[-1] > 0)  # df/dz_L, (P, n)
    for l in range(depth - 1, -1, -1):
        scale = 1.0 if l == 0 else c
        dd = delta @ delta.T
        theta += scale**2 * dd * (acts[l] @ acts[l].T) + bias * dd
        if l > 0:
            delta = c * (delta @ Ws[l]) * (zs[l - 1] > 0)
    return theta


@pytest.mark.parametrize("depth,bias", [(1, 0.0), (1, 1.0), (2, 0.5)])
def test_analytic_ntk_matches_wide_network(depth, bias):
    rng = np.random.default_rng(7)
    X = rng.standard_normal((6, 4)) / 2.0
    exact = ntk(X, depth=depth, bias=bias)
    errors = []
    for width in (64, 512, 4096):
        errs = [np.abs(empirical_ntk(X, width, depth, bias, rng) - exact).max() / np.abs(exact).max()
                for _ in range(4)]
        errors.append(np.mean(errs))
    # Monte Carlo error shrinks like width^-1/2: 64x wider should cut it well below half
    assert errors[2] < errors[0] / 3, errors
    assert errors[2] < 0.06, errors


def test_ntk_depth_zero_is_linear_kernel_plus_bias():
    rng = np.random.default_rng(0)
    X = rng.standard_normal((5, 3))
    np.testing.assert_allclose(ntk(X, depth=0, bias=0.5), X @ X.T + 0.5)


def test_ntk_closed_form_one_hidden_layer():
    # hand computation for two orthogonal unit vectors, beta = 0: u = 0,
    # kappa0 = 1/2, kappa1 = 1/pi; Theta = 0 * 1/2 + 1 * 1/pi
    X = np.eye(2)
    K = ntk(X, depth=1, bias=0.0)
    np.testing.assert_allclose(K[0, 1], 1.0 / np.pi, rtol=1e-15)
    # diagonal: Sigma^0 = 1, Sigma^1 = 1, Theta^1 = 1 * 1 + 1 = 2
    np.testing.assert_allclose(np.diag(K), [2.0, 2.0], rtol=0)


def test_ntk_diagonal_exact_and_recursion():
    rng = np.random.default_rng(1)
    X = rng.standard_normal((7, 5))
    for depth, bias in [(1, 0.0), (2, 1.0), (3, 0.3)]:
        k = NTKernel(depth, bias)
        s = (X * X).sum(1) + bias
        theta = s.copy()
        for _h in range(depth):
            s = s + bias
            theta = theta + s
        np.testing.assert_allclose(k.diag(X), theta, rtol=1e-15)
        np.testing.assert_array_equal(np.diag(k(X)), k.diag(X))
        # cross kernel of X with itself agrees with the Gram matrix up to arccos rounding at u=1
        np.testing.assert_allclose(k(X, X), k(X), rtol=1e-6)


def test_kernels_symmetric_psd_and_blockwise_invariant():
    rng = np.random.default_rng(2)
    X = rng.standard_normal((60, 8))
    Z = rng.standard_normal((13, 8))
    for k in (NTKernel(1, 1.0), NTKernel(3, 0.0), LinearKernel(0.2), RBFKernel(0.3)):
        K = k(X)
        np.testing.assert_array_equal(K, K.T)
        assert np.linalg.eigvalsh(K)[0] > -1e-9 * np.abs(K).max()
        small = k(X, Z, block_bytes=8 * 13 * 8)  # forces one-row blocks
        np.testing.assert_allclose(small, k(X, Z), rtol=1e-13, atol=0)
        rows = np.vstack([b for _, b in k.blocks(X, Z, block_bytes=1000)])
        np.testing.assert_allclose(rows, k(X, Z), rtol=1e-13)
        np.testing.assert_allclose(k.row_abs_sums(X, block_bytes=2000), np.abs(K).sum(1), rtol=1e-12)


def test_kappas_at_known_points():
    assert kappa0(np.array(1.0)) == 1.0 and kappa0(np.array(-1.0)) == 0.0
    np.testing.assert_allclose(kappa1(np.array([1.0, 0.0, -1.0])), [1.0, 1.0 / np.pi, 0.0], atol=1e-15)


def test_rbf_matches_definition():
    rng = np.random.default_rng(3)
    X, Z = rng.standard_normal((4, 3)), rng.standard_normal((5, 3))
    ref = np.exp(-0.7 * ((X[:, None, :] - Z[None, :, :]) ** 2).sum(-1))
    np.testing.assert_allclose(RBFKernel(0.7)(X, Z), ref, rtol=1e-12)


@pytest.mark.parametrize("bad,match", [
    (dict(depth=-1), "depth"), (dict(bias=-0.5), "bias"), (dict(depth=1.5), "depth")])
def test_ntk_rejects_bad_parameters(bad, match):
    with pytest.raises(InvalidInputError, match=match):
        ntk(np.ones((2, 2)), **bad)


def test_kernel_rejects_bad_inputs():
    with pytest.raises(ValueError, match="NaN"):
        ntk(np.array([[np.nan, 1.0]]))
    with pytest.raises(ValueError, match="features"):
        ntk(np.ones((2, 3)), np.ones((2, 4)))
    with pytest.raises(ValueError, match="2-D"):
        ntk(np.ones(3))
    with pytest.raises(ValueError, match="kernel must be"):
        kernels.make_kernel("poly")
