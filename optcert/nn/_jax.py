"""The JAX side of :mod:`optcert.nn`: the network's forward pass, its Jacobian products and its
empirical tangent kernel, compiled once per architecture and always run in float64.

Imported only when a network is used, so ``import optcert`` works without JAX.
"""

from __future__ import annotations

import contextlib
import functools

from ..exceptions import MissingDependencyError

INSTALL_HINT = 'pip install "optcert[nn]"'


def require_jax():
    """The ``jax`` module, or a :class:`MissingDependencyError` naming the extra to install."""
    try:
        import jax
    except ImportError as exc:
        raise MissingDependencyError(
            f"optcert.nn needs JAX, which is not installed ({exc}); install the extra with "
            f"{INSTALL_HINT}") from None
    return jax


def x64():
    """A context in which JAX computes in float64 without changing the caller's global setting."""
    jax = require_jax()
    enable = getattr(jax, "enable_x64", None)
    if enable is None:  # jax < 0.6
        from jax.experimental import enable_x64 as enable
    try:
        return enable(True)
    except TypeError:  # pragma: no cover - a version whose context takes no argument
        return contextlib.nullcontext() if jax.config.jax_enable_x64 else enable()


@functools.lru_cache(maxsize=32)
def compiled(depth: int, width: int, bias: float):
    """Jitted functions of the network with ``depth`` hidden layers of ``width`` units.

    Parameters are a tuple of layers ``(W, b)`` (``b`` absent when ``bias == 0``), all entries
    N(0, 1) at initialisation; the scalings of the NTK parametrisation are applied here::

        z^1 = W^1 x + sqrt(bias) b^1,  z^{h+1} = sqrt(2/width) W^{h+1} relu(z^h) + sqrt(bias) b^{h+1}

    Returns an object with ``forward(params, X) -> (n, K)``, ``jvp(params, tangent, X)``,
    ``vjp(params, X, cotangent) -> params-shaped`` and ``ntk(params, X, Z) -> (n, K, m, K)``.
    """
    jax = require_jax()
    import jax.numpy as jnp

    root_b = float(bias) ** 0.5
    scale_hidden = (2.0 / width) ** 0.5

    def layer_scale(h):  # h = 0 for the input layer
        return 1.0 if h == 0 else scale_hidden

    def affine(layer, a, h):
        z = layer_scale(h) * a @ layer[0].T
        if len(layer) == 2:
            z = z + root_b * layer[1]
        return z

    def forward(params, X):
        a = X
        for h, layer in enumerate(params[:-1]):
            a = jax.nn.relu(affine(layer, a, h))
        return affine(params[-1], a, len(params) - 1)

    def jvp(params, tangent, X):
        return jax.jvp(lambda p: forward(p, X), (params,), (tangent,))[1]

    def vjp(params, X, cotangent):
        return jax.vjp(lambda p: forward(p, X), params)[1](cotangent)[0]

    def signals(params, X):
        """Per-layer inputs ``a^{h-1}`` and backward signals ``G^h = d f / d z^h`` (n, K, units)."""
        acts, masks = [X], []
        a = X
        for h, layer in enumerate(params[:-1]):
            z = affine(layer, a, h)
            masks.append((z > 0).astype(X.dtype))
            a = jax.nn.relu(z)
            acts.append(a)
        n_out = params[-1][0].shape[0]
        G = jnp.broadcast_to(jnp.eye(n_out, dtype=X.dtype), (X.shape[0], n_out, n_out))
        grads = [G]
        for h in range(len(params) - 1, 0, -1):
            G = scale_hidden * (G @ params[h][0]) * masks[h - 1][:, None, :]
            grads.append(G)
        return acts, grads[::-1]

    def ntk(params, X, Z):
        """Empirical NTK ``sum over parameters of df_k(x)/dtheta df_k'(z)/dtheta``, (n, K, m, K).

        Layer h's weights contribute ``(G^h(x) . G^h(z)) (scale_h^2 a^{h-1}(x) . a^{h-1}(z))``
        and its biases ``(G^h(x) . G^h(z)) bias``: J J^T without forming J.
        """
        ax, gx = signals(params, X)
        az, gz = signals(params, Z)
        out = 0.0
        for h in range(len(params)):
            inner = layer_scale(h) ** 2 * (ax[h] @ az[h].T)
            if len(params[h]) == 2:
                inner = inner + bias
            out = out + jnp.einsum("iku,jlu->ikjl", gx[h], gz[h]) * inner[:, None, :, None]
        return out

    return _Compiled(jax.jit(forward), jax.jit(jvp), jax.jit(vjp), jax.jit(ntk))


class _Compiled:
    __slots__ = ("forward", "jvp", "vjp", "ntk")

    def __init__(self, forward, jvp, vjp, ntk):
        self.forward, self.jvp, self.vjp, self.ntk = forward, jvp, vjp, ntk
