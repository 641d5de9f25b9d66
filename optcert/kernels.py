"""Kernels: the Neural Tangent Kernel of an infinite-width ReLU MLP, linear and RBF.

All kernels are evaluated in float64 and blockwise over the rows of ``X`` so that the
temporaries stay bounded (about ``block_bytes``) whatever the size of the output; for
outputs that do not fit in memory, iterate :meth:`Kernel.blocks` instead.

The NTK follows docs/math/ntk.md (weight variance 2, bias variance ``bias``)::

    Sigma^0 = x.x' + bias,  Theta^0 = Sigma^0
    for h = 1..depth:
        q = sqrt(Sigma^{h-1}(x, x) Sigma^{h-1}(x', x')),  u = clip(Sigma^{h-1}(x, x') / q, -1, 1)
        Sigma^h = q kappa1(u) + bias,  dSigma^h = kappa0(u),  Theta^h = Theta^{h-1} dSigma^h + Sigma^h

with the diagonals carried exactly: ``Sigma^h(x, x) = Sigma^0(x, x) + h * bias``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np

from .exceptions import InvalidInputError
from .validation import check_array, check_feature_scale, check_finite_numbers, check_int, check_positive

#: Default memory for the temporaries of one block (bytes).
DEFAULT_BLOCK_BYTES = 256 * 2**20


def kappa0(u: np.ndarray) -> np.ndarray:
    """``(pi - arccos u) / pi``: twice the ReLU derivative covariance at correlation ``u``."""
    return (np.pi - np.arccos(u)) / np.pi


def kappa1(u: np.ndarray) -> np.ndarray:
    """``(u (pi - arccos u) + sqrt(1 - u^2)) / pi``: twice the ReLU covariance at correlation ``u``."""
    return (u * (np.pi - np.arccos(u)) + np.sqrt(np.maximum(1.0 - u * u, 0.0))) / np.pi


def _rows_per_block(n_cols: int, n_temporaries: int, block_bytes: int) -> int:
    return max(1, int(block_bytes // (8 * max(1, n_cols) * n_temporaries)))


class Kernel:
    """A positive semi-definite kernel evaluated blockwise.

    Subclasses implement :meth:`_block` (rows of X against all of Z, given the diagonal
    statistics of both) and :meth:`_diag_stats`.
    """

    #: float64 temporaries per output entry in :meth:`_block`, for block sizing.
    n_temporaries = 2
    #: built-in kernels refuse feature magnitudes their float64 arithmetic cannot carry
    #: (:func:`~optcert.validation.check_feature_scale`); every kernel refuses non-finite output.
    checks_feature_scale = True

    def __call__(self, X, Z=None, *, block_bytes: int = DEFAULT_BLOCK_BYTES) -> np.ndarray:
        """The kernel matrix ``K[i, j] = k(X[i], Z[j])`` (``Z = X`` when omitted), shape (n, m)."""
        X, Z, symmetric = self._prepare(X, Z)
        out = np.empty((X.shape[0], Z.shape[0]), dtype=np.float64)
        for rows, block in self._iter_blocks(X, Z, block_bytes, symmetric):
            out[rows] = block
        if symmetric:
            # exact symmetry (blocks round identically, but guard against BLAS asymmetry)
            out = 0.5 * (out + out.T)
        return out

    def blocks(self, X, Z=None, *, block_bytes: int = DEFAULT_BLOCK_BYTES
               ) -> Iterator[tuple[slice, np.ndarray]]:
        """Yield ``(rows, K[rows, :])`` so that huge kernel matrices never sit in memory."""
        X, Z, symmetric = self._prepare(X, Z)
        yield from self._iter_blocks(X, Z, block_bytes, symmetric)

    def diag(self, X) -> np.ndarray:
        """``k(x, x)`` for every row of ``X``, exactly (no full matrix)."""
        X, _, _ = self._prepare(X, None)
        return check_finite_numbers(self._diagonal(X), what=f"the kernel diagonal of {self!r}")

    def row_abs_sums(self, X, *, block_bytes: int = DEFAULT_BLOCK_BYTES) -> np.ndarray:
        """``sum_j |K(x_i, x_j)|`` over the rows of ``X`` without materialising the Gram matrix.

        ``C* = 1 / max(row_abs_sums(X))`` is the small-C threshold of docs/math/learners.md.
        """
        X, Z, _ = self._prepare(X, None)
        sums = np.empty(X.shape[0])
        for rows, block in self._iter_blocks(X, Z, block_bytes, True):
            sums[rows] = np.abs(block).sum(axis=1)
        return sums

    # -- internals -------------------------------------------------------------------------
    def _prepare(self, X, Z):
        X = check_array(X, name="X")
        symmetric = Z is None
        Z = X if symmetric else check_array(Z, name="Z")
        if X.shape[1] != Z.shape[1]:
            raise InvalidInputError(
                f"X has {X.shape[1]} features but Z has {Z.shape[1]}; both must match"
            )
        if self.checks_feature_scale:
            check_feature_scale(X, name="X")
            if not symmetric:
                check_feature_scale(Z, name="Z")
        return X, Z, symmetric

    def _iter_blocks(self, X, Z, block_bytes, symmetric=False):
        """Row blocks of K(X, Z); when Z is X, the diagonal is put in exactly."""
        zstats = self._diag_stats(Z)
        step = _rows_per_block(Z.shape[0], self.n_temporaries, block_bytes)
        for start in range(0, X.shape[0], step):
            rows = slice(start, min(start + step, X.shape[0]))
            Xb = X[rows]
            block = self._block(Xb, self._diag_stats(Xb), Z, zstats)
            if symmetric:
                # the diagonal from the closed form: arccos is ill-conditioned at u = 1
                r = np.arange(rows.stop - rows.start)
                block[r, start + r] = self._diagonal(Xb)
            yield rows, check_finite_numbers(block, what=f"the kernel matrix of {self!r}")

    def _diag_stats(self, X):
        return None

    def _block(self, X, xstats, Z, zstats) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError

    def _diagonal(self, X) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError


class LinearKernel(Kernel):
    """``k(x, z) = x.z + bias``."""

    def __init__(self, bias: float = 0.0):
        self.bias = check_positive(bias, name="bias", strict=False)

    def _block(self, X, xstats, Z, zstats):
        K = X @ Z.T
        if self.bias:
            K += self.bias
        return K

    def _diagonal(self, X):
        return np.einsum("ij,ij->i", X, X) + self.bias

    def __repr__(self):
        return f"LinearKernel(bias={self.bias})"


class RBFKernel(Kernel):
    """``k(x, z) = exp(-gamma |x - z|^2)``."""

    n_temporaries = 2

    def __init__(self, gamma: float = 1.0):
        self.gamma = check_positive(gamma, name="gamma")

    def _diag_stats(self, X):
        return np.einsum("ij,ij->i", X, X)

    def _block(self, X, xsq, Z, zsq):
        D = X @ Z.T
        D *= -2.0
        D += xsq[:, None]
        D += zsq[None, :]
        np.maximum(D, 0.0, out=D)
        D *= -self.gamma
        return np.exp(D, out=D)

    def _diagonal(self, X):
        return np.ones(X.shape[0])

    def __repr__(self):
        return f"RBFKernel(gamma={self.gamma})"


class NTKernel(Kernel):
    """The NTK of an infinite-width fully connected ReLU network (docs/math/ntk.md).

    Parameters
    ----------
    depth : int
        Number of hidden layers ``L >= 0`` (``L = 0`` is the linear kernel ``x.x' + bias``).
    bias : float
        Bias variance ``beta >= 0`` (0: no biases). ``depth=1, bias=1`` is the "MLP" kernel of
        the prior exact-certificate work.
    """

    n_temporaries = 5

    def __init__(self, depth: int = 1, bias: float = 0.0):
        self.depth = check_int(depth, name="depth", minimum=0)
        self.bias = check_positive(bias, name="bias", strict=False)

    def _diag_stats(self, X):
        # Sigma^h(x, x) for h = 0..depth-1, carried exactly through the recursion.
        s0 = np.einsum("ij,ij->i", X, X) + self.bias
        return [s0 + h * self.bias for h in range(max(self.depth, 1))]

    def _block(self, X, xdiag, Z, zdiag):
        # In-place arithmetic on five (n, m) buffers; arccos evaluated once per layer.
        beta = self.bias
        sigma = X @ Z.T
        if beta:
            sigma += beta
        theta = sigma.copy()
        inv_pi = 1.0 / np.pi
        for h in range(self.depth):
            q = np.multiply.outer(np.sqrt(xdiag[h]), np.sqrt(zdiag[h]))
            u = np.divide(sigma, q, out=sigma, where=q > 0)  # sigma is not needed any more
            u[q <= 0] = 0.0
            np.clip(u, -1.0, 1.0, out=u)
            pa = np.arccos(u)
            np.subtract(np.pi, pa, out=pa)  # pi - arccos u
            theta *= pa
            theta *= inv_pi  # Theta^{h-1} * kappa0(u)
            root = np.multiply(u, u)
            np.subtract(1.0, root, out=root)
            np.maximum(root, 0.0, out=root)
            np.sqrt(root, out=root)
            np.multiply(u, pa, out=u)
            u += root
            u *= q
            u *= inv_pi  # q * kappa1(u)
            if beta:
                u += beta
            sigma = u
            theta += sigma
        return theta

    def _diagonal(self, X):
        # On the diagonal u = 1, kappa0 = kappa1 = 1: Sigma^h = Sigma^{h-1} + beta and
        # Theta^h = Theta^{h-1} + Sigma^h, with no rounding from arccos near 1.
        sigma = np.einsum("ij,ij->i", X, X) + self.bias
        theta = sigma.copy()
        for _ in range(self.depth):
            sigma = sigma + self.bias
            theta = theta + sigma
        return theta

    def __repr__(self):
        return f"NTKernel(depth={self.depth}, bias={self.bias})"


def ntk(X, Z=None, *, depth: int = 1, bias: float = 0.0,
        block_bytes: int = DEFAULT_BLOCK_BYTES) -> np.ndarray:
    """The ReLU-MLP Neural Tangent Kernel matrix between the rows of ``X`` and ``Z``.

    Parameters
    ----------
    X : array of shape (n, d)
    Z : array of shape (m, d), optional
        Defaults to ``X`` (then the result is the symmetric Gram matrix with an exact diagonal).
    depth, bias : see :class:`NTKernel`.

    Returns
    -------
    ndarray of shape (n, m), float64
    """
    return NTKernel(depth=depth, bias=bias)(X, Z, block_bytes=block_bytes)


KERNEL_NAMES = ("ntk", "linear", "rbf", "precomputed")


def make_kernel(kernel, *, depth: int = 1, bias: float = 0.0, gamma: float | None = None,
                n_features: int | None = None) -> Kernel | None:
    """Resolve a learner's ``kernel`` parameter to a :class:`Kernel` (``None`` for precomputed).

    ``kernel`` may be a name from :data:`KERNEL_NAMES`, a :class:`Kernel`, or a callable
    ``f(X, Z) -> ndarray`` (wrapped as-is).
    """
    if isinstance(kernel, Kernel):
        return kernel
    if kernel == "ntk":
        return NTKernel(depth=depth, bias=bias)
    if kernel == "linear":
        return LinearKernel(bias=bias)
    if kernel == "rbf":
        if gamma is None:
            gamma = 1.0 / max(1, n_features or 1)
        return RBFKernel(gamma=gamma)
    if kernel == "precomputed":
        return None
    if callable(kernel):
        return CallableKernel(kernel)
    raise InvalidInputError(f"kernel must be one of {KERNEL_NAMES}, a Kernel or a callable; got {kernel!r}")


class CallableKernel(Kernel):
    """Wrap a user function ``f(X, Z) -> (n, m) array`` as a blockwise kernel."""

    checks_feature_scale = False  # the user's function owns its arithmetic; its output is checked

    def __init__(self, func: Callable[[np.ndarray, np.ndarray], np.ndarray]):
        self.func = func

    def _block(self, X, xstats, Z, zstats):
        K = np.asarray(self.func(X, Z), dtype=np.float64)
        if K.shape != (X.shape[0], Z.shape[0]) or not np.all(np.isfinite(K)):
            raise InvalidInputError(
                f"the kernel callable must return a finite array of shape {(X.shape[0], Z.shape[0])}, "
                f"got shape {K.shape}"
            )
        return K

    def _diagonal(self, X):
        return np.array([self._block(X[i:i + 1], None, X[i:i + 1], None)[0, 0] for i in range(len(X))])
