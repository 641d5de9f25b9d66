"""The warm re-solve of the SVM dual from a guessed active set, with an early stop.

The flip-set search retrains thousands of labellings, each one flip away from a labelling
already solved: from the neighbour's active set (0 / free / C per point) a primal-dual
active-set method settles in a few small solves. Each round solves the free block exactly
(Cholesky) and moves the violators; the rounds are compiled (numba), the per-call overhead of
numpy being most of their cost at the sizes the search handles. With a :class:`ScoreStop`,
every round's iterate, clipped into the box, is feasible, so the duality gap bounds its
distance to the optimum, and a re-solve ends as soon as that proves a test score beyond a
threshold (the search needs no more of a child it will prune).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numba import njit

from .dual import duality_gap


class ScoreStop(NamedTuple):
    """Stop a re-solve once its iterate proves ``offset + coef <q, beta*> > threshold``: the
    clipped iterate is feasible, so ``<q, beta*> >= <q, beta~> - ||phi_x|| sqrt(2 gap)``
    (:func:`~optcert.svm.dual.duality_gap`). ``q``: the test column ``k(x_i, x)``;
    ``test_norm``: ``||phi_x||``."""

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


def partition_of(alpha: np.ndarray, C: float) -> np.ndarray:
    """0 / 1 / 2 for ``a_i = 0`` / free / ``a_i = C`` (the active set of a dual solution)."""
    return np.where(alpha <= 0.0, 0, np.where(alpha >= C, 2, 1)).astype(np.int8)


def resolve_from_partition(Q: np.ndarray, y: np.ndarray, C: float, partition: np.ndarray, *,
                           kkt_tol: float = 1e-9, max_rounds: int = 25, stop: ScoreStop | None = None):
    """Re-solve the dual for labels ``y`` from a guess of its active set; None if that fails.

    ``partition`` holds 0 (``a_i = 0``), 1 (free) or 2 (``a_i = C``) per point, typically the
    optimum of a labelling one flip away. Works with ``beta = y * a`` and ``Q`` itself (no
    ``diag(y) Q diag(y)`` per call). Returns ``(alpha, Q @ beta, partition)`` at a point with
    KKT violation ``<= kkt_tol``, or None (cycling, or a singular free block): the caller falls
    back to :func:`~optcert.svm.dual.solve_svm_dual`. With ``stop``, every round's iterate
    clipped into the box is checked against it and a proof ends the re-solve with ``"stopped"``.
    """
    y = np.ascontiguousarray(y, dtype=np.float64)
    state = np.asarray(partition, dtype=np.int8).copy()
    if stop is None:
        record, use_stop = (np.zeros(y.size), 0.0, 0.0, 0.0, 0.0), False
    else:
        record = (np.ascontiguousarray(stop.q, dtype=np.float64), float(stop.coef), float(stop.offset),
                  float(stop.threshold), float(stop.test_norm))
        use_stop = True
    # the record crosses into numba as a plain tuple: a NamedTuple argument is typed on the
    # dispatcher's slow path (benchmarks/RESULTS.md, issue 13)
    status, alpha, f = _active_set_rounds(np.ascontiguousarray(Q, dtype=np.float64), y, float(C), state,
                                          float(kkt_tol), int(max_rounds), record, use_stop)
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
def _active_set_rounds(Q, y, C, state, kkt_tol, max_rounds, stop_record, use_stop):
    """The rounds of :func:`resolve_from_partition`; ``state`` is updated in place.
    Status 0: converged (``alpha``, ``f``); 1: failed; 2: stopped (:meth:`ScoreStop.score_low`
    of the clipped iterate above ``threshold``)."""
    stop = ScoreStop(*stop_record)
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
            if (state[i] == 0 and g[i] < -kkt_tol) or (state[i] == 2 and g[i] > kkt_tol):
                new[i] = 1
            if new[i] != state[i]:
                changed = True
        if not changed:
            viol = 0.0
            for i in range(N):
                viol = max(viol, abs(alpha[i] - min(max(alpha[i] - g[i], 0.0), C)))
            return (0 if viol <= kkt_tol else 1), alpha, f
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
                score += stop.q[j] * y[j] * clipped[j]
            err = stop.test_norm * np.sqrt(2.0 * max(gap, 0.0)) * (1 + 1e-9)
            low = stop.offset + stop.coef * score - abs(stop.coef) * err - 1e-12
            if low > stop.threshold:
                return 2, alpha, f
        state[:] = new
    return 1, beta, beta
