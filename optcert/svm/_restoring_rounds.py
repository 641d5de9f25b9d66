"""Compiled loops of the restoring bound (numba): its rounds of minorant choices and the
minorants optimal for one flip set (see :func:`optcert.svm.restoring.restoring_bound`).

Records cross the numba boundary as plain tuples and are renamed inside (:class:`RestoringProblem`
``(*record)``): numba types a plain tuple on its dispatcher's fast path, a NamedTuple argument
on the slow one (benchmarks/RESULTS.md, issue 13).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numba import njit

from ._topk import insert_desc, top_positive_picks


class RestoringProblem(NamedTuple):
    """One SVM block at one model, seen from one test score (every array (N,), float64).

    ``Q`` Gram matrix, ``q`` test column, ``test_norm`` ``||phi_x||``, ``C`` box bound, ``s`` the
    score's sign in the margin, ``signs`` the block's +-1 labels, ``margins`` ``m = signs f``,
    ``sgn`` the sure margin side (+1: ``m < 1``, -1: ``m > 1``, 0: on the margin), ``e_unit`` a
    bound on ``|1 - m*|``, ``up`` / ``down`` the slopes of the margin points' minorants, ``c``
    twice the flip factors.
    """

    Q: np.ndarray
    q: np.ndarray
    test_norm: float
    C: float
    s: float
    signs: np.ndarray
    margins: np.ndarray
    sgn: np.ndarray
    e_unit: np.ndarray
    up: np.ndarray
    down: np.ndarray
    c: np.ndarray


@njit(cache=True)
def restoring_rounds(record, cand, b, rounds, enough, kappa, eps):
    """The rounds of :func:`optcert.svm.restoring.restoring_bound` (see there) for the
    :class:`RestoringProblem` ``record``, the first from the minorants ``kappa t - eps`` given:
    per round the minorants of the points that keep their labels give the quadratic ``(base,
    lin, X0, xi, cross)`` over ``cand`` and its sorting bound ``(K0, omega)``; the round with the
    smallest value at its best set is returned, as ``(value, K0, omega, base, lin, X0, xi0,
    cross)`` (``xi0``: the per-point terms without the cross terms, which ``cross`` holds); a
    round counts only where its numbers are finite, and with none ``value``, ``K0`` and ``base``
    are inf."""
    p = RestoringProblem(*record)
    Q, q, tn, C, s, signs = p.Q, p.q, p.test_norm, p.C, p.s, p.signs
    N = Q.shape[0]
    nc = cand.size
    half = 0.5 * C
    kappa = kappa.copy()
    eps = eps.copy()
    # no finite round: the bound stays inf (nothing is shown from non-finite numbers)
    best_value = np.inf
    best_K0, best_base, best_X0 = np.inf, np.inf, np.inf
    best_omega, best_lin, best_xi0 = np.zeros(nc), np.zeros(nc), np.zeros(nc)
    best_cross = np.zeros((nc, nc))
    k = min(max(b - 1, 0), nc - 1)
    buf = np.zeros(max(b, 1) + 1)
    picks = np.zeros(max(b, 1) + 1, np.int64)
    npick = 0
    for _ in range(rounds):
        g_u = kappa * signs
        Qg = Q @ g_u
        X0 = half * half * (g_u @ Qg) + C * eps.sum()
        cw = np.empty(nc)
        for a in range(nc):
            i = cand[a]
            cw[a] = (p.c[i] - kappa[i]) * signs[i]
        cross = np.empty((nc, nc))
        xi0 = np.empty(nc)
        xi = np.empty(nc)
        lin = np.empty(nc)
        for a in range(nc):
            i = cand[a]
            for bb in range(nc):
                cross[a, bb] = half * half * cw[a] * Q[i, cand[bb]] * cw[bb]
            d = cross[a, a]
            cross[a, a] = 0.0
            xi0[a] = 2.0 * half * half * cw[a] * Qg[i] + d - C * eps[i]
            size = 0
            for bb in range(nc):
                if cross[a, bb] > 0.0 and k > 0:
                    size = insert_desc(buf, size, k, cross[a, bb])
            acc = 0.0
            for pp in range(size):
                acc += buf[pp]
            xi[a] = xi0[a] + acc
            lin[a] = half * s * cw[a] * q[i]
        base = half * s * (q @ g_u)
        npick = top_positive_picks(xi, 0, b, buf, picks)
        total = 0.0
        for pp in range(npick):
            total += xi[picks[pp]]
        x_bar = max(X0 + total, 1e-300)
        for _ in range(2):  # the tangent point: the linearised X of the best set so far
            root = np.sqrt(x_bar)
            omega = lin + tn * xi / (2.0 * root)
            K0 = base + tn * (root + (X0 - x_bar) / (2.0 * root))
            npick = top_positive_picks(omega, 0, b, buf, picks)
            value = K0
            total = 0.0
            for pp in range(npick):
                value += omega[picks[pp]]
                total += xi[picks[pp]]
            if not (np.isfinite(K0) and np.isfinite(base) and np.isfinite(X0) and np.all(np.isfinite(omega))):
                value = np.inf
            if value < best_value:
                best_value, best_K0, best_base, best_X0 = value, K0, base, X0
                best_omega, best_lin, best_xi0, best_cross = omega, lin, xi0, cross
            x_bar = max(X0 + total, 1e-300)
        if best_value < enough:
            break
        # next minorants: the pieces of D_j active at the worst move of this round's ball
        g = g_u.copy()
        drop_eps = 0.0
        for pp in range(npick):
            i = cand[picks[pp]]
            g[i] += cw[picks[pp]]
            drop_eps += eps[i]
        Qgg = Q @ g
        rad2 = half * half * (g @ Qgg) + C * (eps.sum() - drop_eps)
        shift = np.sqrt(max(rad2, 0.0)) * s / tn if tn > 0 else 0.0
        for j in range(N):
            rise = signs[j] * (-half * Qgg[j] - shift * q[j])  # margin change of point j
            moved = p.margins[j] + rise
            theta = 1.0 if (p.sgn[j] > 0 and moved > 1.0) or (p.sgn[j] < 0 and moved < 1.0) else 0.0
            kappa[j] = theta * p.sgn[j] + (p.up[j] if rise > 0 else p.down[j])
            eps[j] = theta * p.e_unit[j]
    return best_value, best_K0, best_omega, best_base, best_lin, best_X0, best_xi0, best_cross


@njit(cache=True)
def _minorant_value(z, p, U, w, d, slope, sure, g_F, grad):
    """The restoring quadratic's value at a fixed set as a function of the minorant variables
    ``z`` (see :func:`optimal_minorants`); its gradient into ``grad``. With factors (``U`` has
    columns) ``Q g`` is read from the model ``U diag(w) U' + diag(d)`` of Q, else from Q."""
    Q, q, tn, C, s, signs, e_unit = p.Q, p.q, p.test_norm, p.C, p.s, p.signs, p.e_unit
    N = z.size
    half = 0.5 * C
    g = g_F + slope * z * signs
    if U.shape[1] > 0:
        Qg = U @ (w * (U.T @ g)) + d * g
    else:
        Qg = Q @ g
    X = half * half * (g @ Qg)
    for j in range(N):
        if sure[j]:
            X += C * z[j] * e_unit[j]
    root = np.sqrt(max(X, 1e-300))
    for j in range(N):
        dg = half * s * q[j] + tn * half * half * Qg[j] / root
        grad[j] = slope[j] * signs[j] * dg + (tn * C * e_unit[j] / (2.0 * root) if sure[j] else 0.0)
    return half * s * (q @ g) + tn * root


@njit(cache=True)
def optimal_minorants(record, U, w, d, slope, sure, g_F, lo, hi, max_iter, start):
    """Minimise :func:`_minorant_value` of the :class:`RestoringProblem` ``record`` over the box
    ``[lo, hi]`` by spectral projected gradient (Barzilai-Borwein steps, Armijo backtracking)
    from ``start`` (projected on the box); returns the final ``z`` (in the box, so sound
    whatever the convergence, and whatever model ``U, w, d`` of Q the descent read)."""
    p = RestoringProblem(*record)
    N = lo.size
    z = np.minimum(np.maximum(start, lo), hi)
    g = np.zeros(N)
    g_new = np.zeros(N)
    f = _minorant_value(z, p, U, w, d, slope, sure, g_F, g)
    step = 1.0
    big = 0.0
    for j in range(N):
        big = max(big, abs(g[j]))
    if big > 0.0:
        step = 1.0 / big
    for _ in range(max_iter):
        dz = np.minimum(np.maximum(z - step * g, lo), hi) - z
        if np.max(np.abs(dz)) < 1e-10:
            break
        slope_dz = g @ dz
        lam = 1.0
        z_new = z + dz
        f_new = _minorant_value(z_new, p, U, w, d, slope, sure, g_F, g_new)
        while f_new > f + 1e-4 * lam * slope_dz and lam > 1e-8:
            lam *= 0.5
            z_new = z + lam * dz
            f_new = _minorant_value(z_new, p, U, w, d, slope, sure, g_F, g_new)
        if f_new > f:
            break
        sv = z_new - z
        yv = g_new - g
        sy = sv @ yv
        step = min(max((sv @ sv) / sy, 1e-12), 1e12) if sy > 0.0 else 1e12
        z, f = z_new, f_new
        g[:] = g_new
    return z
