"""The box of the dual variables as a second constraint on a move: multipliers that sharpen the
restoring bound.

The restoring bound (:mod:`optcert.svm.restoring`) places a move ``d = sum_i gamma_i phi_i`` of
the SVM under flips in a ball; it never uses that the retrained SVM's dual variables stay in
``[0, C]``. They do, and from the clean optimum ``alpha*`` that puts every coefficient of the move
in a box: with ``y`` the block's labels, ``y_i gamma_i`` lies in ``[-alpha*_i, C - alpha*_i]`` for a
point that keeps its label and in ``[-C - alpha*_i, -alpha*_i]`` for a flipped one (a point
with a sure margin side has ``alpha*_i`` in ``{0, C}``; on the margin, anything in ``[0, C]``).

For any multipliers ``nu`` the score's drop splits as

    -s q' gamma = -(s q + nu)' gamma + nu' gamma

The first part is the restoring bound with the test column ``s q + nu`` (its factor
``||s q + nu||_(Q^-1)``, :class:`~optcert.svm.span.SpanNorm`) and the second is at most the
box's support ``sum_i max(nu_i lo_i, nu_i hi_i)``: a constant ``K`` over the points that keep
their labels plus, per flip, the change ``delta_i`` of its box. So every ``nu`` keeps the bound
sound for every flip set at once; the multipliers only decide how sharp it is.
:func:`box_multipliers` takes them from the box-constrained maximum for one flip set (the
KKT multipliers of its box at the ball's optimal scale), where they are optimal.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numba import njit

#: coordinate-descent sweeps of the box-constrained maximum (fewer: a weaker, still sound bound)
BOX_SWEEPS = 200


class BoxOffset(NamedTuple):
    """``nu' gamma <= K + sum_{i in F} delta_i`` for every flip set F; ``q`` = ``s q + nu``,
    the test column the restoring bound then runs with (score sign +1), ``test_norm`` a
    certified bound on its ``||q||_(Q^-1)``."""

    q: np.ndarray
    K: float
    delta: np.ndarray
    test_norm: float


def coefficient_boxes(signs: np.ndarray, sgn: np.ndarray, C: float):
    """``(lo, hi, lo_F, hi_F)``: bounds on ``gamma`` (not ``y gamma``) per point, kept and
    flipped. ``sgn``: the sure margin side of the clean optimum (+1: ``alpha* = C``, -1:
    ``alpha* = 0``, 0: anywhere in [0, C])."""
    a_lo = np.where(sgn > 0, C, 0.0)  # alpha* in [a_lo, a_hi]
    a_hi = np.where(sgn < 0, 0.0, C)
    ylo, yhi = -a_hi, C - a_lo  # y gamma, kept
    ylo_F, yhi_F = -C - a_hi, -a_lo  # y gamma, flipped
    pos = signs > 0

    def unsign(lo, hi):
        return np.where(pos, lo, -hi), np.where(pos, hi, -lo)

    return (*unsign(ylo, yhi), *unsign(ylo_F, yhi_F))


def support(nu: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Per point, the largest ``nu_i gamma_i`` over ``gamma_i`` in ``[lo_i, hi_i]``."""
    return np.maximum(nu * lo, nu * hi)


def box_offset(q: np.ndarray, s: float, nu: np.ndarray, signs: np.ndarray, sgn: np.ndarray,
               C: float, span) -> BoxOffset | None:
    """The :class:`BoxOffset` of the multipliers ``nu`` (``span``: the Gram matrix's
    :class:`~optcert.svm.span.SpanNorm`, for the new column's factor); None where that factor
    is not certified or a number is not finite."""
    lo, hi, lo_F, hi_F = coefficient_boxes(signs, sgn, C)
    kept, flipped = support(nu, lo, hi), support(nu, lo_F, hi_F)
    K = float(kept.sum())
    delta = flipped - kept
    q2 = s * np.asarray(q, dtype=float) + nu
    if span is None or span.factor is None or q2.size != span.Q.shape[0]:
        return None
    tn = float(span.bounds(q2[None, :], np.array([np.inf]))[0])  # no k(x, x) for this column
    if not (np.isfinite(K) and np.all(np.isfinite(delta)) and np.all(np.isfinite(q2)) and np.isfinite(tn)):
        return None
    return BoxOffset(q2, K, delta, tn)


def box_multipliers(Q: np.ndarray, q: np.ndarray, s: float, g: np.ndarray, rho: float, factor,
                    signs: np.ndarray, sgn: np.ndarray, C: float, F: np.ndarray,
                    sweeps: int = BOX_SWEEPS) -> np.ndarray | None:
    """Multipliers ``nu`` of the box for the flip set F whose ball is centred at
    ``-(C/2) g`` (coefficients) with radius ``rho``: minimise ``s q' gamma + mu (gamma -
    gamma_c)' Q (gamma - gamma_c)`` over F's box at the ball's own scale ``mu =
    ||s q||_(Q^-1) / (2 rho)`` (``factor``: a Cholesky factor of Q) by coordinate descent and
    return the negated gradient at its end -- the box's KKT multipliers at an optimum, some
    multipliers anywhere (every choice is sound). None where nothing is finite."""
    import scipy.linalg

    sq = s * np.asarray(q, dtype=float)
    if not (rho > 0 and np.isfinite(rho)):
        return None
    norm = float(np.sqrt(max(sq @ scipy.linalg.cho_solve(factor, sq), 0.0)))
    mu = norm / (2.0 * rho)
    if not (mu > 0 and np.isfinite(mu)):
        return None
    lo, hi, lo_F, hi_F = coefficient_boxes(signs, sgn, C)
    lo, hi = lo.copy(), hi.copy()
    lo[F], hi[F] = lo_F[F], hi_F[F]
    centre = -0.5 * C * np.asarray(g, dtype=float)
    gamma = np.clip(centre, lo, hi)
    grad = _box_descent(np.ascontiguousarray(Q, dtype=float), sq, mu, centre, lo, hi, gamma, int(sweeps))
    nu = -grad
    return nu if np.all(np.isfinite(nu)) else None


@njit(cache=True)
def _box_descent(Q, sq, mu, centre, lo, hi, gamma, sweeps):
    """Coordinate descent on ``sq' gamma + mu (gamma - centre)' Q (gamma - centre)`` over the
    box; returns the gradient at the last iterate (``gamma`` is updated in place)."""
    N = Q.shape[0]
    r = Q @ (gamma - centre)
    for _ in range(sweeps):
        moved = 0.0
        for i in range(N):
            if Q[i, i] <= 0.0:
                continue
            grad = sq[i] + 2.0 * mu * r[i]
            new = min(max(gamma[i] - grad / (2.0 * mu * Q[i, i]), lo[i]), hi[i])
            step = new - gamma[i]
            if step != 0.0:
                gamma[i] = new
                for k in range(N):
                    r[k] += Q[i, k] * step  # Q symmetric: its row, contiguous
                moved = max(moved, abs(step) * np.sqrt(Q[i, i]))
        if moved < 1e-14:
            break
    return sq + 2.0 * mu * r
