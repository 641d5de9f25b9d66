"""How much of a test point's feature the training points can see: ``||phi_x||`` restricted to
the span of the training features, a sharper factor for every bound of the form
``<phi_x, e> <= ||phi_x|| ||e||``.

Every model the bounds compare is bias-free, ``w = sum_i beta_i phi_i``, so every difference
``e`` between two of them (a move ``d = w' - w``, its deviation from a ball's centre, the gap
between an iterate and the optimum) lies in ``S = span{phi_i}``, and
``<phi_x, e> = <P phi_x, e> <= ||P phi_x|| ||e||`` with P the projection onto S. In the
coordinates ``e = sum gamma_i phi_i`` this is plain linear algebra on the arrays the models
are computed from: the score moves by ``q' gamma`` with ``||e||^2 = gamma' Q gamma``, and
``max |q' gamma| / sqrt(gamma' Q gamma) = sqrt(q' Q^-1 q) = ||P phi_x||``. Whatever of the test
feature lies outside the span no move can reach, so every bound's radius term shrinks by it.

A *sound* upper bound ``p >= ||P phi_x||`` (:meth:`SpanNorm.bounds`), whatever the rounding:
for ``e = sum gamma_i phi_i``, any ``z`` and ``r = q - Q z`` (``q_i = k(x_i, x)``)::

    <phi_x, e> = gamma' Q z + gamma' r <= ||e|| sqrt(z' Q z) + ||gamma|| ||r||

and ``||e||^2 = gamma' Q gamma >= lambda_min ||gamma||^2``, so
``p = sqrt(z' Q z) + ||r|| / sqrt(lambda_min)`` with ``z`` from a Cholesky solve (small ``r``).
``lambda_min >= mu_cert > 0`` is certified by a Cholesky factorisation of ``Q - mu I`` that
succeeds, with its backward error (``L L' = A + E``, ``|E| <= gamma_{N+1} |L| |L'|``, so
``||E||_2 <= gamma_{N+1} trace(L L')``); the floating-point errors of ``z' Q z`` and ``r`` are
added. Where no ``mu > 0`` is certified (a singular Gram matrix: duplicate training points) or
any number is not finite, the bound is ``||phi_x||`` itself.
"""

from __future__ import annotations

import numpy as np
import scipy.linalg

#: largest N the certifiers build a SpanNorm for: up to four N^3 factorisations, once per model
#: (above it they keep ``||phi_x||``)
SPAN_MAX_N = 10_000
#: inverse-iteration steps of the estimate of lambda_min that the shifted Cholesky then certifies
INVERSE_STEPS = 20
#: shifts tried, each a tenth of the one before, starting at half the estimate
SHIFT_TRIES = 3

_EPS = float(np.finfo(float).eps)


class SpanNorm:
    """A sound upper bound on ``||P phi_x||`` for test columns of one Gram matrix ``Q``."""

    __slots__ = ("Q", "factor", "mu", "n")

    def __init__(self, Q: np.ndarray):
        Q = np.asarray(Q, dtype=float)  # held, not copied (a Gram matrix of 10^4 points is 800 MB)
        self.Q, self.factor, self.mu = Q, None, 0.0
        self.n = np.sqrt(np.clip(np.diag(Q), 0.0, None))  # |Q_ij| <= n_i n_j (positive semidefinite)
        n = Q.shape[0]
        if n == 0 or not np.all(np.isfinite(Q)) or not np.array_equal(Q, Q.T):
            return  # the factorisations read one triangle: a symmetric Q only
        try:
            factor = scipy.linalg.cho_factor(Q, lower=True)
        except np.linalg.LinAlgError:
            return  # not positive definite in floating point: no projection
        mu = _certified_lambda_min(Q, factor)
        if mu > 0:
            self.factor, self.mu = factor, mu

    def made_from(self, Q: np.ndarray) -> bool:
        """Was this bound made from ``Q`` (the same array, or an equal one)?"""
        return Q is self.Q or (Q.shape == self.Q.shape and np.array_equal(Q, self.Q))

    def bounds(self, q: np.ndarray, kxx: np.ndarray) -> np.ndarray:
        """Per row of ``q`` (test columns, (M, N)) with ``kxx = k(x, x)`` (M,): a bound
        ``p >= ||P phi_x||``, at most ``sqrt(kxx)`` (no sharper where nothing is certified)."""
        q = np.atleast_2d(np.asarray(q, dtype=float))
        full = np.sqrt(np.clip(np.asarray(kxx, dtype=float), 0.0, None))
        if self.factor is None or q.shape[1] != self.Q.shape[0]:
            return full
        n = self.Q.shape[0]
        gamma = (n + 2) * _EPS / (1.0 - (n + 2) * _EPS)
        Z = scipy.linalg.cho_solve(self.factor, q.T)  # (N, M)
        QZ = self.Q @ Z
        zQz = np.einsum("nm,nm->m", Z, QZ)
        absZ = np.abs(Z)
        AZ = 2.0 * np.outer(self.n, self.n @ absZ)  # >= |Q| |Z| (Q certified positive definite; 2: slack)
        zQz_err = gamma * np.einsum("nm,nm->m", absZ, AZ)
        R = q.T - QZ
        r_err = gamma * (AZ + np.abs(q.T))
        r_norm = np.linalg.norm(R, axis=0) + np.linalg.norm(r_err, axis=0)
        p = np.sqrt(np.clip(zQz + zQz_err, 0.0, None)) + r_norm / np.sqrt(self.mu)
        p = p * (1.0 + 4.0 * (n + 2) * _EPS)  # the rounding of the norms, the square root and the sum
        ok = np.isfinite(p)
        return np.where(ok, np.minimum(full, np.where(ok, p, np.inf)), full)


def _certified_lambda_min(Q: np.ndarray, factor) -> float:
    """A certified ``mu > 0`` with ``lambda_min(Q) >= mu``, or 0: a shift below the
    inverse-iteration estimate for which the Cholesky factorisation of ``Q - mu I`` succeeds,
    less its backward error."""
    n = Q.shape[0]
    x = np.random.default_rng(0).standard_normal(n)
    for _ in range(INVERSE_STEPS):
        x = scipy.linalg.cho_solve(factor, x)
        norm = np.linalg.norm(x)
        if not np.isfinite(norm) or norm == 0:
            return 0.0
        x /= norm
    estimate = float(x @ Q @ x)  # a Rayleigh quotient: >= lambda_min, certified below
    gamma = (n + 1) * _EPS / (1.0 - (n + 1) * _EPS)
    shift = 0.5 * estimate
    for _ in range(SHIFT_TRIES):
        if not np.isfinite(shift) or shift <= 0:
            return 0.0
        A = Q.copy()  # Q - mu I, shifted in place: one N x N copy, factorised over itself
        A.flat[::n + 1] -= shift
        trace = float(np.trace(A))
        try:
            scipy.linalg.cholesky(A, lower=True, overwrite_a=True, check_finite=False)
        except np.linalg.LinAlgError:
            shift *= 0.1
            continue
        finally:
            del A
        diag_err = _EPS * float(np.max(np.abs(np.diag(Q)))) + _EPS * shift  # rounding of Q - mu I
        mu = shift - 2.0 * gamma * abs(trace) * (1.0 + gamma) - diag_err
        return mu if np.isfinite(mu) and mu > 0 else 0.0
    return 0.0
