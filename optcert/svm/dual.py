"""A dedicated solver for the bias-free soft-margin SVM dual.

    minimise  1/2 a^T H a - 1^T a   subject to  0 <= a <= C,   H = diag(y) Q diag(y)

There is no bias, hence no equality constraint: a box-constrained convex QP. We solve it by
greedy coordinate descent (the LIBSVM working-set rule with one variable, since no equality
couples the coordinates) to a loose tolerance, then *polish* on the identified active set
(solve the free block exactly, move violators, repeat), which ends at a point whose KKT
residual is at rounding level. Exact duals matter: certificates replay attacks by retraining.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import scipy.linalg

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DualSolution:
    """The dual variables and how well they satisfy the KKT conditions."""

    alpha: np.ndarray
    kkt_violation: float
    iterations: int
    small_c: bool
    scores: np.ndarray | None = None  # Q (y * alpha) from the returned gradient (None at C <= C*)


def c_star_from_row_sums(row_abs_sums: np.ndarray) -> float:
    """``C* = 1 / max_i sum_j |Q_ij|``: below it ``alpha = C 1`` for every labelling."""
    m = float(np.max(row_abs_sums))
    return np.inf if m <= 0 else 1.0 / m


def kkt_violation(Q: np.ndarray, y: np.ndarray, alpha: np.ndarray, C: float) -> float:
    """Largest violation of the box-QP optimality conditions (projected gradient norm).

    With ``g = H a - 1``: ``g_i >= 0`` where ``a_i = 0``, ``g_i <= 0`` where ``a_i = C``,
    ``g_i = 0`` in between; measured by the natural residual ``|a - clip(a - g, 0, C)|``.
    """
    g = y * (Q @ (y * alpha)) - 1.0
    return _projected_gradient_violation(g, alpha, C)


def _projected_gradient_violation(g, alpha, C):
    """Natural residual ``max_i |a_i - clip(a_i - g_i, 0, C)|``: 0 exactly at the optimum.

    Continuous in ``a`` (unlike the projected gradient), so a solver that leaves ``a_i = 1e-10``
    where the optimum has ``a_i = 0`` is not charged the full gradient.
    """
    if alpha.size == 0:
        return 0.0
    return float(np.max(np.abs(alpha - np.clip(alpha - g, 0.0, C))))


def solve_svm_dual(Q: np.ndarray, y: np.ndarray, C: float, *, kkt_tol: float = 1e-9,
                   c_star: float | None = None, max_sweeps: int = 200,
                   warm_start: np.ndarray | None = None,
                   warm_scores: np.ndarray | None = None, final_product: bool = True) -> DualSolution:
    """Solve the bias-free SVM dual for labels ``y`` in {-1, +1}.

    Parameters
    ----------
    Q : (N, N) PSD Gram matrix.
    y : (N,) array of +-1.
    C : box bound, > 0.
    kkt_tol : KKT tolerance of the returned point (in margin units).
    c_star : the small-C threshold if already known; at ``C <= c_star`` the answer is
        ``C * 1`` exactly (every labelling) and no iteration runs.
    warm_start : a starting point (clipped to the box); ``warm_scores``: ``Q (y * warm_start)``
        when the caller knows it (a re-solve a few flips away), which saves a product with Q.
    final_product : the polish checks the point it converged to with a full product with Q
        (False: with the gradient it updated, exact up to rounding; for searches whose answers
        are replayed by a full retraining anyway).
    """
    N = Q.shape[0]
    y = np.asarray(y, dtype=np.float64)
    if c_star is None:
        c_star = c_star_from_row_sums(np.abs(Q).sum(axis=1))
    if C <= c_star:
        return DualSolution(np.full(N, float(C)), 0.0, 0, True)

    alpha = np.zeros(N) if warm_start is None else np.clip(np.asarray(warm_start, float), 0.0, C)
    known = warm_scores is not None and warm_start is not None and np.array_equal(alpha, warm_start)
    # H = diag(y) Q diag(y) is never formed: a dense N x N copy (and a temporary) per call is
    # most of a retraining's time at large N. Every entry of H is +-Q_ij exactly, so the
    # products below are the same numbers H gave.
    g = y * np.asarray(warm_scores, dtype=float) - 1.0 if known else _h_times(Q, y, alpha) - 1.0
    diag = np.maximum(np.diag(Q).copy(), 1e-300)  # H_ii = Q_ii
    iterations = _coordinate_descent(Q, y, diag, alpha, g, C, max(kkt_tol, 1e-3), max_sweeps * N)
    alpha, g, polish_iters = _polish(Q, y, alpha, g, C, kkt_tol, final_product=final_product)
    iterations += polish_iters
    viol = _projected_gradient_violation(g, alpha, C)
    if viol > kkt_tol:
        # polishing failed to settle (degenerate active set): finish by coordinate descent
        iterations += _coordinate_descent(Q, y, diag, alpha, g, C, kkt_tol, max_sweeps * N)
        g = _h_times(Q, y, alpha) - 1.0
        viol = _projected_gradient_violation(g, alpha, C)
        if viol > kkt_tol:
            logger.warning("SVM dual stopped with KKT violation %.3g > kkt_tol %.3g", viol, kkt_tol)
    return DualSolution(alpha, viol, iterations, False, y * (g + 1.0))


def _h_times(Q, y, a):
    """``H a`` with ``H = diag(y) Q diag(y)``, without forming ``H``."""
    return y * (Q @ (y * a))


def _coordinate_descent(Q, y, diag, alpha, g, C, kkt_tol, max_iter) -> int:
    """Greedy coordinate descent in place on ``alpha`` and its gradient ``g = H alpha - 1``
    (``H = diag(y) Q diag(y)``; column i of H is ``y_i y Q[:, i]``).

    Each step minimises exactly along the coordinate with the largest projected gradient
    (the box makes every one-dimensional problem a clipped Newton step). Returns the steps.
    """
    steps = 0
    for _ in range(max_iter):
        pg = np.where(alpha <= 0.0, np.minimum(g, 0.0), np.where(alpha >= C, np.maximum(g, 0.0), g))
        i = int(np.argmax(np.abs(pg)))
        if abs(pg[i]) <= kkt_tol:
            break
        new = min(max(alpha[i] - g[i] / diag[i], 0.0), C)
        delta = new - alpha[i]
        if delta == 0.0:
            break
        alpha[i] = new
        g += delta * (Q[:, i] * y * y[i])
        steps += 1
    return steps


def _polish(Q, y, alpha, g, C, kkt_tol, max_rounds: int = 50, final_product: bool = True):
    """Active-set refinement: solve the free block exactly, move KKT violators, repeat
    (``H = diag(y) Q diag(y)`` only ever formed on the free block). ``final_product``: the
    final gradient from a full product with Q, else from the rounds' updates."""
    N = Q.shape[0]
    lower = (alpha <= 0.0) | ((alpha < 1e-12 * C) & (g > 0))
    upper = (alpha >= C) | ((alpha > C * (1 - 1e-12)) & (g < 0))
    best = (alpha, g, _projected_gradient_violation(g, alpha, C))
    a_prev, g_prev = alpha, g
    rounds = 0
    for rounds in range(1, max_rounds + 1):  # noqa: B007 (rounds is returned after the loop)
        free = ~(lower | upper)
        a = np.zeros(N)
        a[upper] = C
        if free.any():
            yf = y[free]
            rhs = 1.0 - yf * (Q[np.ix_(free, upper)] @ (y[upper] * a[upper]))
            Hff = Q[np.ix_(free, free)] * yf[:, None] * yf[None, :]
            try:
                a[free] = scipy.linalg.solve(Hff, rhs, assume_a="pos", check_finite=False)
            except (np.linalg.LinAlgError, ValueError):
                a[free] = np.linalg.lstsq(Hff, rhs, rcond=None)[0]
        g_new = _gradient_from(Q, y, a, a_prev, g_prev)
        a_prev, g_prev = a, g_new
        out_low = free & (a < 0.0)
        out_up = free & (a > C)
        bad_low = lower & (g_new < -kkt_tol)
        bad_up = upper & (g_new > kkt_tol)
        if not (out_low.any() or out_up.any() or bad_low.any() or bad_up.any()):
            a = np.clip(a, 0.0, C)
            g_new = _h_times(Q, y, a) - 1.0 if final_product else _gradient_from(Q, y, a, a_prev, g_prev)
            viol = _projected_gradient_violation(g_new, a, C)
            if viol < best[2]:
                best = (a, g_new, viol)
            break
        # primal-dual active-set step: free variables that left the box become bound,
        # bound variables whose gradient says they should move become free.
        lower = (lower & ~bad_low) | out_low
        upper = (upper & ~bad_up) | out_up
    return best[0], best[1], rounds


def _gradient_from(Q, y, a, a_prev, g_prev):
    """``H a - 1`` from the gradient ``g_prev`` at ``a_prev``: a round of the polish moves few
    coordinates (the free block and the violators), so ``O(N)`` per moved one instead of a
    product with all of ``Q``; the polish checks its final point with the full product."""
    moved = np.flatnonzero(a != a_prev)
    if moved.size > Q.shape[0] // 8:
        return _h_times(Q, y, a) - 1.0
    return g_prev + y * ((y[moved] * (a[moved] - a_prev[moved])) @ Q[moved])  # rows: Q symmetric


def duality_gap(y: np.ndarray, alpha: np.ndarray, f: np.ndarray, C: float) -> float:
    """Primal minus dual objective at a feasible ``0 <= alpha <= C`` with ``f = Q (y * alpha)``.

    ``sum_i alpha_i g_i + C sum_i max(0, -g_i)`` with ``g = y f - 1``. By strong convexity of the
    primal, ``||w(alpha) - w*||^2 <= 2 gap``, so every score of the approximate model is within
    ``||phi(x)|| sqrt(2 gap)`` of the optimum's: a sound bound without solving to the end.
    """
    g = y * f - 1.0
    return float(alpha @ g + C * np.maximum(-g, 0.0).sum())
