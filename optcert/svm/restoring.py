"""The restoring bound: the points that keep their labels push the SVM back.

The flip-factor ball (:mod:`optcert.svm.ball`) drops the hinge's Bregman terms of the points
that keep their labels; this bound keeps their linear minorants, so once a neighbour's margin
would cross 1 the SVM is shown to resist. It is the search's sharpest prune, tried only where
the ball bound does not cut: a sorting bound ``K0 + sum_F omega`` per node, and the quadratic
behind it maximised over each child's sets without retraining (:meth:`RestoringBound.children_may_reach`).
The rounds, the minorant optimisation and the set search are compiled beside this module
(:mod:`._restoring_rounds`, :mod:`._set_search`).
"""

from __future__ import annotations

import numpy as np

from . import _restoring_rounds, _set_search
from ._restoring_rounds import RestoringProblem
from ._set_search import Quadratic
from .ball import top_positive_sum
from .coefficient_box import BoxOffset, box_multipliers, box_offset
from .dual import duality_gap
from .margins import SAFETY
from .spectral import split_set_bound

#: the set search's per-row top table, in entries (32 MB of float64); past it, no set search
SET_SEARCH_ENTRIES = 4_000_000
#: projected-gradient iterations of the minorants optimal for the worst set
MINORANT_ITERATIONS = 200


def free_slopes(Q: np.ndarray, alpha: np.ndarray, C: float, gap: float,
                sgn: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Slopes of sound minorants ``D_j >= up_j t`` (t > 0) and ``D_j >= down_j t`` (t < 0) of
    the points on the margin (``sgn == 0``), 0 elsewhere or when not provable.

    At the optimum a free point has ``m*_j = 1`` and ``D_j = a*_j max(0, t) + (1 - a*_j)
    max(0, -t)``. Every other point has a sure side, so ``a*_j = a~_j`` there (checked) and
    ``w* - w~ = C sum_free (a*_j - a~_j) y_j phi_j``: ``|a* - a~| <= sqrt(2 gap) / (C
    sqrt(lambda_min(Q_free)))``. Where that interval ``[lo, hi]`` lies inside (0, 1),
    ``up = lo`` and ``down = -(1 - hi)``.
    """
    up, down = np.zeros(sgn.size), np.zeros(sgn.size)
    free = np.flatnonzero(sgn == 0)
    a = alpha / C
    sure_ok = np.all(np.where(sgn > 0, a == 1.0, True)) and np.all(np.where(sgn < 0, a == 0.0, True))
    if free.size == 0 or not sure_ok:
        return up, down
    Qf = Q[np.ix_(free, free)]
    lam = float(np.linalg.eigvalsh(Qf)[0]) - 1e-12 * free.size * float(np.abs(Qf).max())
    if lam <= 0:
        return up, down
    err = np.sqrt(2.0 * gap) / (C * np.sqrt(lam)) + 1e-9
    lo, hi = a[free] - err, a[free] + err
    ok = (lo > 0) & (hi < 1)
    up[free[ok]], down[free[ok]] = lo[ok], -(1.0 - hi[ok])
    return up, down


class RestoringBound:
    """The restoring bound of one SVM block (:func:`restoring_bound`), over its candidates.

    ``K0 + sum_F omega``: the sorting bound. :meth:`value` of F: the bound before the per-row
    cross-term relaxation and the tangent, the :class:`~optcert.svm._set_search.Quadratic`
    ``quad`` -- convex in F, so its maximum over sets is a small search of its own
    (:meth:`children_may_reach`), with no retraining."""

    __slots__ = ("K0", "omega", "quad", "cut")

    def __init__(self, K0: float, omega: np.ndarray, quad: Quadratic, cut: bool = False) -> None:
        self.K0, self.omega, self.quad = K0, omega, quad
        #: no set reaches ``enough``: shown by the sorting bound or by
        #: :func:`optcert.svm.spectral.split_set_bound`
        self.cut = cut

    def value(self, F: np.ndarray) -> float:
        """The bound on the drop of the set ``F`` (indices into the candidates): the quadratic
        read directly, an oracle for the tests (the search maximises it by the set search)."""
        F = np.asarray(F, dtype=int)
        quad = self.quad
        X = quad.X0 + float(quad.xi[F].sum()) + float(quad.cross[np.ix_(F, F)].sum())
        v = quad.base + float(quad.lin[F].sum()) + quad.test_norm * np.sqrt(max(X, 0.0))
        return v + SAFETY * (abs(v) + 1.0)

    def children_may_reach(self, need: float, budget: int, seq: np.ndarray, rows: np.ndarray,
                           limit: int) -> tuple[np.ndarray, int]:
        """``(ok, nodes)``: ``ok[r]`` is False (for r in ``rows``) only when no set of
        ``seq[r]`` and at most ``budget - 1`` of ``seq[r + 1:]`` (candidate indices) has
        :meth:`value` ``>= need``. A search over those sets in the order of ``seq`` whose nodes
        bound their extensions like the sorting bound (per-row cross terms, a tangent) but with
        the chosen points' cross terms exact (compiled: :mod:`optcert.svm._set_search`); the
        rows left when ``limit`` nodes are spent, and the one being searched, stay True."""
        seq = np.asarray(seq, dtype=np.int64)
        if seq.size == 0 or (seq.size + 1) * seq.size * max(budget - 1, 1) > SET_SEARCH_ENTRIES:
            return np.ones(seq.size, dtype=bool), 0
        quad = self.quad
        record = (float(quad.base), np.ascontiguousarray(quad.lin[seq]), float(quad.X0),
                  np.ascontiguousarray(quad.xi[seq]), np.ascontiguousarray(quad.cross[np.ix_(seq, seq)]),
                  float(quad.test_norm))
        ok, nodes = _set_search.children_may_reach(record, float(need), int(budget),
                                                   np.asarray(rows, dtype=np.int64), int(limit), SAFETY)
        return ok, int(nodes)


def restoring_bound(Q: np.ndarray, q: np.ndarray, test_norm: float, C: float, s: float,
                    signs: np.ndarray, alpha: np.ndarray, f: np.ndarray, factors: np.ndarray,
                    cand: np.ndarray, b: int, *, rounds: int = 3, enough: float = -np.inf,
                    optimize: bool = False, minorant_iterations: int = MINORANT_ITERATIONS,
                    optimize_rounds: int = 1, split=None, offset: BoxOffset | None = None) -> RestoringBound:
    """For every set F of at most ``b`` points of ``cand`` whose labels flip together in this
    SVM block, the score ``s F(x)`` falls by at most ``K0 + sum_{i in F} omega_i`` (``omega``
    over ``cand``, indexed like it) and by at most :meth:`RestoringBound.value` of F.

    For a point j outside F with a sure margin side (``m_j < 1``: ``D_j = max(0, m'_j - 1)``,
    ``sgn_j = +1``; ``m_j > 1``: ``D_j = max(0, 1 - m'_j)``, ``sgn_j = -1``) and any
    ``theta_j`` in [0, 1], ``D_j >= theta_j (sgn_j y_j <d, phi_j> - |1 - m_j|)``: the SVM pushes
    back once a neighbour's margin would cross 1 (points on the margin: slopes from
    :func:`free_slopes`, no offset; below, ``theta_j sgn_j`` stands for the slope). With
    ``U = sum_j theta_j sgn_j y_j phi_j``, ``E = sum_j theta_j |1 - m_j|`` and
    ``w_i = (c_i - theta_i sgn_i) y_i phi_i``, ``g_F = U + sum_{i in F} w_i``::

        ||d + C g_F / 2||^2 <= (C / 2)^2 ||g_F||^2 + C (E - sum_{i in F} theta_i |1 - m_i|)

    and ``-s <phi_x, d> <= (C / 2) s <phi_x, g_F> + ||phi_x|| sqrt(that)``. Summed over F: the
    cross terms ``<w_i, w_j>`` are bounded per row by the ``b - 1`` largest, and the square
    root by its tangent at the value of the best set (concavity), so the bound is linear in F
    -- a sorting bound; without those two steps it is the quadratic kept in the result.
    ``theta`` is chosen by ``rounds`` rounds of "the points whose margin crosses 1 at the worst
    move of the previous round's ball" (compiled:
    :func:`optcert.svm._restoring_rounds.restoring_rounds`); every round is sound and the best
    is kept (the rounds stop once the best set's bound is below ``enough``); with ``optimize``,
    ``optimize_rounds`` more rounds, each from the minorants that are best for the worst set of
    the round before (:func:`optimal_minorants`, at most ``minorant_iterations`` gradient
    steps: any minorants in the box are sound, fewer steps only a weaker bound). The worst set
    moves with the minorants, so later rounds can find a smaller bound: an alternating descent on
    "min over minorants of the max over sets", the best round kept. With ``split`` (a
    :class:`~optcert.svm.spectral.SpectralSplit` of Q) each optimised round's minorants are also
    tried by :func:`~optcert.svm.spectral.split_set_bound` against ``enough`` (where it fails,
    the next round optimises the minorants for its worst set); ``cut`` says whether it showed
    that no set of at most ``b`` candidates reaches ``enough``. Margins count as sure only beyond the
    duality-gap slack of this solution. ``factors``: the block's
    :func:`~optcert.svm.ball.flip_factors` at this model.

    ``offset``: the box of the dual variables (:class:`~optcert.svm.coefficient_box.BoxOffset`):
    the bound then runs with its column, score sign +1 and its factor in place of ``q``, ``s``
    and ``test_norm``, and every bound above gains ``offset.K`` plus ``offset.delta`` per flip
    (the box's support).
    """
    if offset is not None:
        q, s, test_norm = offset.q, 1.0, offset.test_norm
    cand = np.flatnonzero(cand)
    problem = restoring_problem(Q, q, test_norm, C, s, signs, alpha, f, factors)
    m = problem.margins
    record = tuple(problem)
    cand64 = cand.astype(np.int64)

    def rounds_from(kappa, eps, n_rounds):
        return _restoring_rounds.restoring_rounds(record, cand64, int(b), int(n_rounds), float(enough),
                                                  kappa, eps)

    K_off = 0.0 if offset is None else float(offset.K)
    d_off = np.zeros(cand.size) if offset is None else np.asarray(offset.delta, dtype=float)[cand]

    def sorting_value(K0, omega):  # the rounds' own value, with the box's support when given
        return K0 + K_off + top_positive_sum(omega + d_off, b)

    value, K0, omega, *quad = rounds_from(np.zeros(m.size), np.zeros(m.size), rounds)
    value = sorting_value(K0, omega)
    last, cut = omega, False
    for _ in range(int(optimize_rounds) if optimize and b > 0 else 0):
        if value < enough:
            break
        picks = np.argsort(-(last + d_off), kind="stable")[:b]
        top = cand[picks[(last + d_off)[picks] > 0]]
        kappa, eps = optimal_minorants(problem, top, minorant_iterations)
        value2, K2, last, *quad2 = rounds_from(kappa, eps, 1)
        value2 = sorting_value(K2, last)
        if value2 < value:
            value, K0, omega, quad = value2, K2, last, quad2
        if split is not None and value >= enough:
            mask = np.zeros(m.size, dtype=bool)
            mask[cand] = True
            cut, worst = split_set_bound(split, np.asarray(q, dtype=float), test_norm, C, s, signs, kappa, eps,
                                         problem.c, mask, b, enough, offset=offset)
            if cut:
                break
            if worst is not None:  # the next minorants: those best for the split's worst set
                last = np.full(cand.size, -np.inf)
                last[np.searchsorted(cand, worst)] = np.inf  # picked whatever the box adds
    safe_K0 = K0 + K_off + SAFETY * (abs(K0) + abs(K_off))  # the slack at each part's own scale
    safe_omega = omega + d_off + SAFETY * (np.abs(omega) + np.abs(d_off))
    # the sorting bound shows it by the same rule the search applies to (safe_K0, safe_omega)
    shown = bool(np.isfinite(value) and safe_K0 + top_positive_sum(safe_omega, b) + SAFETY < enough)
    base, lin, *rest = quad
    quad = [base + K_off, lin + d_off, *rest]
    return RestoringBound(safe_K0, safe_omega, Quadratic._make([*quad, test_norm]), cut=cut or shown)


def restoring_problem(Q: np.ndarray, q: np.ndarray, test_norm: float, C: float, s: float,
                      signs: np.ndarray, alpha: np.ndarray, f: np.ndarray, factors: np.ndarray) -> RestoringProblem:
    """The :class:`~optcert.svm._restoring_rounds.RestoringProblem` of one block at one model:
    margins, their sure sides beyond the duality-gap slack, the minorants' offsets and slopes."""
    signs, f = np.asarray(signs, dtype=float), np.asarray(f, dtype=float)
    alpha = np.asarray(alpha, dtype=float)
    m = signs * f
    n = np.sqrt(np.clip(np.diag(Q), 0.0, None))
    gap = max(duality_gap(signs, alpha, f, C), 0.0)
    slack = n * np.sqrt(2.0 * gap) + 1e-9 * (1.0 + np.abs(m))
    dist = np.abs(1.0 - m)
    sgn = np.where(dist > slack, np.where(m < 1.0, 1.0, -1.0), 0.0)
    e_unit = dist + slack  # >= |1 - m*_j|: the minorant stays below D_j at the optimum
    up, down = free_slopes(Q, alpha, C, gap, sgn)
    return RestoringProblem(np.ascontiguousarray(Q, dtype=float), np.ascontiguousarray(q, dtype=float),
                            float(test_norm), float(C), float(s), signs, m, sgn, e_unit, up, down,
                            2.0 * np.asarray(factors, dtype=float))


def box_offset_for(problem: RestoringProblem, F: np.ndarray, span,
                   iterations: int = MINORANT_ITERATIONS) -> BoxOffset | None:
    """The box of the dual variables (:mod:`optcert.svm.coefficient_box`) with multipliers
    optimal for the flip set F under its optimal minorants (``span``: the Gram matrix's
    :class:`~optcert.svm.span.SpanNorm`); None where nothing is certified. Sound for every flip
    set, sharpest near F."""
    if span is None or span.factor is None or not span.made_from(problem.Q):
        return None
    F = np.asarray(F, dtype=int)
    kappa, eps = optimal_minorants(problem, F, iterations)
    C, signs = problem.C, problem.signs
    g = kappa * signs
    g[F] = problem.c[F] * signs[F]
    off = np.ones(signs.size, dtype=bool)
    off[F] = False
    rho = float(np.sqrt(max((0.5 * C) ** 2 * float(g @ problem.Q @ g) + C * float(eps[off].sum()), 0.0)))
    nu = box_multipliers(problem.Q, problem.q, problem.s, g, rho, span.factor, signs, problem.sgn, C, F)
    if nu is None:
        return None
    return box_offset(problem.q, problem.s, nu, signs, problem.sgn, C, span)


def optimal_minorants(problem: RestoringProblem, F: np.ndarray, iterations: int = MINORANT_ITERATIONS,
                      start: np.ndarray | None = None, sketch=None) -> tuple[np.ndarray, np.ndarray]:
    """Minorants ``(kappa, eps)`` that minimise the restoring quadratic's value at the set F
    (the descent starts from the minorants ``start``, a ``kappa`` of the same problem, where
    given: sharpening for a nearby set converges in fewer steps). ``sketch``: a
    :class:`~optcert.svm.spectral.GramSketch` of Q the descent reads instead of Q (its products
    cost O(N r), not O(N^2)); the minorants it ends on are as sound as any in the box.

    Every choice in the box is sound (sure points: ``theta_j`` in [0, 1], ``kappa_j = theta_j
    sgn_j``, ``eps_j = theta_j |1 - m_j|``; points on the margin: ``kappa_j`` in ``[down_j,
    up_j]``); the value at F, ``(C/2) s <q, g> + ||phi_x|| sqrt((C/2)^2 g'Qg + C sum eps)``
    with ``g = sum kappa_j y_j e_j`` off F and ``c_i y_i`` on F, is minimised over the box
    (compiled spectral projected gradient, :func:`optcert.svm._restoring_rounds.optimal_minorants`).
    Where the margins of aligned points push back together, this can halve the bound the
    crossing rounds give."""
    signs, sgn, up, down, c, e_unit = (problem.signs, problem.sgn, problem.up, problem.down, problem.c,
                                       problem.e_unit)
    N = signs.size
    off = np.ones(N, dtype=bool)
    off[F] = False
    sure = (sgn != 0) & off
    free = (sgn == 0) & off & ((up != 0) | (down != 0))
    lo = np.where(sure, 0.0, np.where(free, down, 0.0))
    hi = np.where(sure, 1.0, np.where(free, up, 0.0))
    g_F = np.zeros(N)
    g_F[F] = c[F] * signs[F]
    slope = np.where(sure, sgn, 0.0) + free  # d kappa / d z
    z0 = np.zeros(N) if start is None else np.nan_to_num(slope * np.asarray(start, dtype=float))  # slope is 0, 1 or -1
    if sketch is None:
        U, w, d = np.zeros((N, 0)), np.zeros(0), np.zeros(N)
    else:
        U, w, d = sketch.U, sketch.w, sketch.d
    z = _restoring_rounds.optimal_minorants(tuple(problem), U, w, d, slope, sure, g_F, lo, hi, int(iterations), z0)
    z = np.clip(z, lo, hi)
    return slope * z, np.where(sure, z * e_unit, 0.0)
