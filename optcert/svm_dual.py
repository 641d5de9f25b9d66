"""A dedicated solver for the bias-free soft-margin SVM dual (SPEC section 3).

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
from numba import njit

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DualSolution:
    """The dual variables and how well they satisfy the KKT conditions."""

    alpha: np.ndarray
    kkt_violation: float
    iterations: int
    small_c: bool


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


def solve_svm_dual(Q: np.ndarray, y: np.ndarray, C: float, *, tol: float = 1e-9,
                   c_star: float | None = None, max_sweeps: int = 200,
                   warm_start: np.ndarray | None = None) -> DualSolution:
    """Solve the bias-free SVM dual for labels ``y`` in {-1, +1}.

    Parameters
    ----------
    Q : (N, N) PSD Gram matrix.
    y : (N,) array of +-1.
    C : box bound, > 0.
    tol : KKT tolerance of the returned point (in margin units).
    c_star : the small-C threshold if already known; at ``C <= c_star`` the answer is
        ``C * 1`` exactly (SPEC section 3) and no iteration runs.
    """
    N = Q.shape[0]
    y = np.asarray(y, dtype=np.float64)
    if c_star is None:
        c_star = c_star_from_row_sums(np.abs(Q).sum(axis=1))
    if C <= c_star:
        return DualSolution(np.full(N, float(C)), 0.0, 0, True)

    alpha = np.zeros(N) if warm_start is None else np.clip(np.asarray(warm_start, float), 0.0, C)
    Qy = Q * y[:, None] * y[None, :]  # H, dense (the learner holds Q anyway)
    g = Qy @ alpha - 1.0
    diag = np.maximum(np.diag(Qy).copy(), 1e-300)
    iterations = _coordinate_descent(Qy, diag, alpha, g, C, max(tol, 1e-3), max_sweeps * N)
    alpha, g, polish_iters = _polish(Qy, alpha, g, C, tol)
    iterations += polish_iters
    viol = _projected_gradient_violation(g, alpha, C)
    if viol > tol:
        # polishing failed to settle (degenerate active set): finish by coordinate descent
        iterations += _coordinate_descent(Qy, diag, alpha, g, C, tol, max_sweeps * N)
        g = Qy @ alpha - 1.0
        viol = _projected_gradient_violation(g, alpha, C)
        if viol > tol:
            logger.warning("SVM dual stopped with KKT violation %.3g > tol %.3g", viol, tol)
    return DualSolution(alpha, viol, iterations, False)


def _coordinate_descent(H, diag, alpha, g, C, tol, max_iter) -> int:
    """Greedy coordinate descent in place on ``alpha`` and its gradient ``g = H alpha - 1``.

    Each step minimises exactly along the coordinate with the largest projected gradient
    (the box makes every one-dimensional problem a clipped Newton step). Returns the steps.
    """
    steps = 0
    for _ in range(max_iter):
        pg = np.where(alpha <= 0.0, np.minimum(g, 0.0), np.where(alpha >= C, np.maximum(g, 0.0), g))
        i = int(np.argmax(np.abs(pg)))
        if abs(pg[i]) <= tol:
            break
        new = min(max(alpha[i] - g[i] / diag[i], 0.0), C)
        delta = new - alpha[i]
        if delta == 0.0:
            break
        alpha[i] = new
        g += delta * H[:, i]
        steps += 1
    return steps


def _polish(H, alpha, g, C, tol, max_rounds: int = 50):
    """Active-set refinement: solve the free block exactly, move KKT violators, repeat."""
    N = H.shape[0]
    lower = (alpha <= 0.0) | ((alpha < 1e-12 * C) & (g > 0))
    upper = (alpha >= C) | ((alpha > C * (1 - 1e-12)) & (g < 0))
    best = (alpha, g, _projected_gradient_violation(g, alpha, C))
    rounds = 0
    for rounds in range(1, max_rounds + 1):
        free = ~(lower | upper)
        a = np.zeros(N)
        a[upper] = C
        if free.any():
            rhs = 1.0 - H[np.ix_(free, upper)] @ a[upper]
            Hff = H[np.ix_(free, free)]
            try:
                a[free] = scipy.linalg.solve(Hff, rhs, assume_a="pos", check_finite=False)
            except (np.linalg.LinAlgError, ValueError):
                a[free] = np.linalg.lstsq(Hff, rhs, rcond=None)[0]
        g_new = H @ a - 1.0
        out_low = free & (a < 0.0)
        out_up = free & (a > C)
        bad_low = lower & (g_new < -tol)
        bad_up = upper & (g_new > tol)
        if not (out_low.any() or out_up.any() or bad_low.any() or bad_up.any()):
            a = np.clip(a, 0.0, C)
            g_new = H @ a - 1.0
            viol = _projected_gradient_violation(g_new, a, C)
            if viol < best[2]:
                best = (a, g_new, viol)
            break
        # primal-dual active-set step: free variables that left the box become bound,
        # bound variables whose gradient says they should move become free.
        lower = (lower & ~bad_low) | out_low
        upper = (upper & ~bad_up) | out_up
    return best[0], best[1], rounds


def duality_gap(y: np.ndarray, alpha: np.ndarray, f: np.ndarray, C: float) -> float:
    """Primal minus dual objective at a feasible ``0 <= alpha <= C`` with ``f = Q (y * alpha)``.

    ``sum_i alpha_i g_i + C sum_i max(0, -g_i)`` with ``g = y f - 1``. By strong convexity of the
    primal, ``||w(alpha) - w*||^2 <= 2 gap``, so every score of the approximate model is within
    ``||phi(x)|| sqrt(2 gap)`` of the optimum's: a sound bound without solving to the end.
    """
    g = y * f - 1.0
    return float(alpha @ g + C * np.maximum(-g, 0.0).sum())


@dataclass(frozen=True)
class ScoreStop:
    """Stop a re-solve once its iterate proves ``offset + coef <q, beta*> > threshold``: the
    clipped iterate is feasible, so ``<q, beta*> >= <q, beta~> - ||phi_x|| sqrt(2 gap)``
    (:func:`duality_gap`). ``q``: the test column ``k(x_i, x)``; ``test_norm``: ``||phi_x||``."""

    q: np.ndarray
    coef: float
    offset: float
    threshold: float
    test_norm: float

    def score_low(self, y: np.ndarray, alpha: np.ndarray, f: np.ndarray, C: float) -> float:
        """``offset + coef <q, beta*>`` from below, at a feasible ``alpha`` with ``f = Q (y alpha)``
        (the test :func:`_active_set_rounds` makes in compiled code, every round)."""
        err = self.test_norm * np.sqrt(2.0 * max(duality_gap(y, alpha, f, C), 0.0)) * (1 + 1e-9)
        return self.offset + self.coef * float(self.q @ (y * alpha)) - abs(self.coef) * err - 1e-12


def resolve_from_partition(Q: np.ndarray, y: np.ndarray, C: float, partition: np.ndarray, *,
                           tol: float = 1e-9, max_rounds: int = 25, stop: ScoreStop | None = None):
    """Re-solve the dual for labels ``y`` from a guess of its active set; None if that fails.

    ``partition`` holds 0 (``a_i = 0``), 1 (free) or 2 (``a_i = C``) per point, typically the
    optimum of a labelling one flip away. Works with ``beta = y * a`` and ``Q`` itself (no
    ``diag(y) Q diag(y)`` per call): each round solves the free block exactly (Cholesky) and
    moves the violators (primal-dual active set), so a one-flip change settles in a few small
    solves -- the flip-set search of :mod:`optcert.certify.flipsearch` retrains thousands of
    neighbours, so the rounds are compiled (numba: ~60 us instead of ~1 ms at N = 60).
    Returns ``(alpha, Q @ beta, partition)`` at a point with KKT violation ``<= tol``, or None
    (cycling, or a singular free block): the caller falls back to :func:`solve_svm_dual`.
    With ``stop``, every round's iterate clipped into the box is checked against it and a
    proof ends the re-solve with ``"stopped"``.
    """
    y = np.ascontiguousarray(y, dtype=np.float64)
    state = np.asarray(partition, dtype=np.int8).copy()
    if stop is None:
        args = (np.zeros(y.size), 0.0, 0.0, 0.0, 0.0, False)
    else:
        args = (np.ascontiguousarray(stop.q, dtype=np.float64), float(stop.coef), float(stop.offset),
                float(stop.threshold), float(stop.test_norm), True)
    status, alpha, f = _active_set_rounds(np.ascontiguousarray(Q, dtype=np.float64), y, float(C), state,
                                          float(tol), int(max_rounds), *args)
    if status == 0:
        return alpha, f, state
    return "stopped" if status == 2 else None


@njit(cache=True)
def _cholesky_solve(A, b):
    """``(x, ok)`` with ``A x = b`` for symmetric positive definite ``A`` (ok False if not)."""
    n = b.size
    L = np.zeros((n, n))
    for j in range(n):
        d = A[j, j]
        for k in range(j):
            d -= L[j, k] * L[j, k]
        if not d > 0.0:
            return b, False
        L[j, j] = np.sqrt(d)
        for i in range(j + 1, n):
            v = A[i, j]
            for k in range(j):
                v -= L[i, k] * L[j, k]
            L[i, j] = v / L[j, j]
    x = b.copy()
    for i in range(n):
        for k in range(i):
            x[i] -= L[i, k] * x[k]
        x[i] /= L[i, i]
    for i in range(n - 1, -1, -1):
        for k in range(i + 1, n):
            x[i] -= L[k, i] * x[k]
        x[i] /= L[i, i]
    return x, True


@njit(cache=True)
def _active_set_rounds(Q, y, C, state, tol, max_rounds, q, coef, offset, threshold, test_norm, use_stop):
    """The rounds of :func:`resolve_from_partition`; ``state`` is updated in place.
    Status 0: converged (``alpha``, ``f``); 1: failed; 2: stopped (:meth:`ScoreStop.score_low`
    of the clipped iterate above ``threshold``)."""
    N = y.size
    beta = np.zeros(N)
    free = np.zeros(N, np.int64)
    for _ in range(max_rounds):
        nf = 0
        for i in range(N):
            beta[i] = C * y[i] if state[i] == 2 else 0.0
            if state[i] == 1:
                free[nf] = i
                nf += 1
        if nf > 0:
            A = np.empty((nf, nf))
            rhs = np.empty(nf)
            for a in range(nf):
                i = free[a]
                v = y[i]
                for j in range(N):
                    if state[j] == 2:
                        v -= Q[i, j] * beta[j]
                rhs[a] = v
                for b in range(nf):
                    A[a, b] = Q[i, free[b]]
            x, ok = _cholesky_solve(A, rhs)
            if not ok:
                return 1, beta, beta
            for a in range(nf):
                beta[free[a]] = x[a]
        f = Q @ beta
        alpha = y * beta
        g = y * f - 1.0
        new = state.copy()
        for a in range(nf):
            i = free[a]
            if alpha[i] < 0.0:
                new[i] = 0
            elif alpha[i] > C:
                new[i] = 2
        changed = False
        for i in range(N):
            if (state[i] == 0 and g[i] < -tol) or (state[i] == 2 and g[i] > tol):
                new[i] = 1
            if new[i] != state[i]:
                changed = True
        if not changed:
            viol = 0.0
            for i in range(N):
                viol = max(viol, abs(alpha[i] - min(max(alpha[i] - g[i], 0.0), C)))
            return (0 if viol <= tol else 1), alpha, f
        if use_stop:
            clipped = alpha.copy()
            f_c = f.copy()
            for a in range(nf):
                i = free[a]
                c_i = min(max(alpha[i], 0.0), C)
                if c_i != alpha[i]:
                    clipped[i] = c_i
                    step = y[i] * (c_i - alpha[i])
                    for j in range(N):
                        f_c[j] += Q[j, i] * step
            gap = 0.0
            score = 0.0
            for j in range(N):
                g_c = y[j] * f_c[j] - 1.0
                gap += clipped[j] * g_c + C * max(-g_c, 0.0)
                score += q[j] * y[j] * clipped[j]
            err = test_norm * np.sqrt(2.0 * max(gap, 0.0)) * (1 + 1e-9)
            low = offset + coef * score - abs(coef) * err - 1e-12
            if low > threshold:
                return 2, alpha, f
        state[:] = new
    return 1, beta, beta


def partition_of(alpha: np.ndarray, C: float) -> np.ndarray:
    """0 / 1 / 2 for ``a_i = 0`` / free / ``a_i = C`` (the active set of a dual solution)."""
    return np.where(alpha <= 0.0, 0, np.where(alpha >= C, 2, 1)).astype(np.int8)
