"""The largest fall of one SVM block's score over sets of at most b flips, as a number.

The restoring bound (:mod:`optcert.svm.restoring`) with the spectral split
(:mod:`optcert.svm.spectral`) answers "can a set of b flips reach ``need``?" for a score that
one block carries. A one-vs-rest margin ``F_c - F_t`` is carried by two blocks trained apart:
a set S of relabellings changes the signs of at most ``|S|`` points in each, so it lowers
``F_c`` by at most ``V_c(|S|)`` and raises ``F_t`` by at most ``V_t(|S|)``, where ``V_k(b)``
bounds the fall of ``s_k F_k(x)`` over every set of at most b sign flips of block k. No S of
b flips crosses while ``V_c(b) + V_t(b) < need`` -- the two worst sets need not be one set, so
this gives up the coupling, and gains the sharp single-block machinery in each block.

``V(b)`` (:meth:`BlockDrop.value`): for minorants ``(kappa, eps)`` in the restoring bound's box,
every set F of at most b candidates has::

    drop(F) <= base + sum_F lin + ||phi_x|| sqrt(X(F)),   X(F) = A(F)^2 + X_R(F)

(the split ``Q = lam v v' + R``; ``A(F) = a0 + sum_F p_i``). ``X_R(F) <= W(F) = X0 + sum_F xi_i``
with each row's cross terms bounded by its ``b - 1`` largest, and ``sqrt(A^2 + max(W, 0)) <=
max over phi in [0, pi] of cos(phi) A(F) + sin(phi) T(F)`` with ``T(F) = max(0, (W(F) + w) /
(2 sqrt(w)))`` for any ``w > 0``. Swapping the two maxima, for a fixed angle the largest value
over the sets is a sorting problem (two, for the sides of T's max), and over the angle a
branch and bound with the Lipschitz constant :func:`~optcert.svm.spectral.circle_slope`
bounds the maximum from above to a small tolerance. Every choice of minorants and of ``w`` gives
a sound ``V``; the least is kept. :meth:`BlockDrop.sharpen` adds the minorants optimal for the
worst set at a given b (:func:`~optcert.svm.restoring.optimal_minorants`), so alternating
sharpen and bisection walks toward "min over minorants of the max over sets".

:func:`joint_fall_below` takes the coupling back: both blocks' circle bounds over *one* set of
moves, a yes/no test over the square of the two angles (see there).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from ..exceptions import InvalidInputError
from ._restoring_rounds import RestoringProblem
from ._topk import angle_top_sums, joint_angle_top_sums, row_top_prefix
from .margins import SAFETY
from .restoring import MINORANT_ITERATIONS, optimal_minorants
from .spectral import MAX_CELLS, SpectralSplit, circle_slope, split_terms

#: largest flip count a block's value is computed for (its per-row tables hold this many
#: cross terms); beyond it :meth:`BlockDrop.value` is inf (nothing shown)
MAX_BUDGET = 256
#: the circle's branch and bound stops once its upper bound is within this share of the
#: largest value it met (plus its Lipschitz constant)
CIRCLE_TOLERANCE = 2e-3
#: minorant choices kept per block; V is the least over them
KEEP_CHOICES = 2
#: tangent points ``w`` tried per value, each from the worst set of the one before (the split's
#: yes/no test tries :data:`~optcert.svm.spectral.TANGENT_ROUNDS`)
VALUE_TANGENT_ROUNDS = 2
#: cells of the two-angle branch and bound of :func:`joint_fall_below` before it gives up, and
#: its first grid's cells per angle
JOINT_MAX_CELLS = 4096
JOINT_GRID = 16


class _Terms:
    """The restoring quadratic of one choice of minorants, split
    (:func:`~optcert.svm.spectral.split_terms`), with each row's largest cross terms: what every
    ``V(b)`` of that choice reads (kept per b)."""

    __slots__ = ("kappa", "eps", "terms", "tn", "prefix", "scale", "_values")

    def __init__(self, problem: RestoringProblem, split: SpectralSplit, idx: np.ndarray,
                 kappa: np.ndarray, eps: np.ndarray, kmax: int):
        self.kappa, self.eps, self.tn = kappa, eps, float(problem.test_norm)
        self.terms = t = split_terms(split, problem.q, problem.C, problem.s, problem.signs, kappa, eps,
                                     problem.c, idx)
        h = 0.5 * problem.C
        self.prefix = (h * h) * row_top_prefix(split.Q, split.lam, split.v, idx, t.cw, kmax)
        # the rounding slack of V: at the scale of the terms it is made of
        self.scale = abs(t.base) + self.tn * (abs(t.a0) + np.sqrt(abs(t.X0))) + 1.0
        self._values: dict = {}  # per b: (V, worst, the tangent point w V was found with)

    def value(self, b: int) -> tuple[float, np.ndarray | None]:
        """``(V, worst)``: an upper bound on the fall over sets of at most ``b`` candidates, and
        the set (candidate positions) at the worst angle met."""
        if b not in self._values:
            self._values[b] = self.circle(b, self.terms.xi0 + self.prefix[:, b - 1])
        return self._values[b][:2]

    def circle_model(self, b: int) -> tuple[np.ndarray, float]:
        """``(xi, w)`` of :meth:`value` at b: the per-point terms with each row's cross terms and
        the tangent point its value was found with."""
        self.value(b)
        return self.terms.xi0 + self.prefix[:, b - 1], self._values[b][2]

    def circle(self, b: int, xi: np.ndarray) -> tuple[float, np.ndarray | None, float]:
        """``(V, worst, w)`` of :meth:`value` with the per-point terms ``xi`` given (with each
        row's cross terms it is the bound; without them, a guess of the worst set), and the
        tangent point ``w`` V was found with."""
        t = self.terms
        best, worst = np.inf, None
        order = np.argsort(-(t.lin + self.tn * xi), kind="stable")[:b]
        w = max(t.X0 + float(xi[order][xi[order] > 0].sum()), 1e-300)
        w_best = w
        for _ in range(VALUE_TANGENT_ROUNDS):
            top, at = _circle_max(t.lin, t.p, xi, t.a0, t.X0, w, self.tn, b)
            if top < best:
                best, worst, w_best = top, at, w
            if at is None:
                break
            w = max(t.X0 + float(xi[at].sum()), 1e-300)
        if not np.isfinite(best):
            return np.inf, worst, w_best
        v = t.base + best
        return v + SAFETY * (abs(v) + self.scale), worst, w_best


def _circle_max(lin, p, xi, a0, X0, w, tn, b) -> tuple[float, np.ndarray | None]:
    """An upper bound on the largest value over sets, maximised over ``phi`` in [0, pi]
    (:func:`~optcert.svm.spectral._gamma`; its sorting problems compiled,
    :func:`~optcert.svm._topk.angle_top_sums`), by a Lipschitz branch and bound: a cell whose
    bound is within :data:`CIRCLE_TOLERANCE` of the largest value met is closed, and past
    :data:`~optcert.svm.spectral.MAX_CELLS` cells the open ones' bounds are returned. Also the
    worst set at the largest value met; ``(inf, None)`` on non-finite numbers."""
    steep = circle_slope(p, xi, a0, X0, w, tn, b)
    if not (np.isfinite(steep) and np.all(np.isfinite(lin)) and np.isfinite(a0)):  # steep covers p, xi, X0
        return np.inf, None
    r = 1.0 / (2.0 * np.sqrt(w))
    tp, txr = tn * p, tn * xi * r
    lo, width = np.linspace(0.0, np.pi, 17)[:-1], np.pi / 16
    best, worst, closed, cells = -np.inf, None, -np.inf, 0
    while True:
        cos, sin = np.cos(lo + 0.5 * width), np.sin(lo + 0.5 * width)
        one, two = angle_top_sums(cos, sin, lin, tp, txr, b)
        vals = tn * a0 * cos + np.maximum(one, tn * sin * (X0 + w) * r + two)  # spectral._gamma
        if not np.all(np.isfinite(vals)):
            return np.inf, None
        cells += lo.size
        k = int(np.argmax(vals))
        if vals[k] > best:
            best, worst = float(vals[k]), np.argsort(-(lin + cos[k] * tp + sin[k] * txr), kind="stable")[:b]
        upper = vals + steep * 0.5 * width
        open_ = upper > best + CIRCLE_TOLERANCE * (abs(best) + steep)  # steep: the scale where best is 0
        if (~open_).any():
            closed = max(closed, float(upper[~open_].max()))
        if not open_.any() or cells > MAX_CELLS:
            return max(closed, float(upper[open_].max()) if open_.any() else -np.inf), worst
        lo = np.concatenate([lo[open_], lo[open_] + 0.5 * width])
        width *= 0.5


class BlockDrop:
    """``V(b)``: a sound upper bound on the fall of ``s F_k(x)`` over every set of at most b sign
    flips among ``cand`` (a boolean mask) of one block at one model (its ``problem``, see
    :func:`~optcert.svm.restoring.restoring_problem`; ``split`` of the same Gram matrix), for b up
    to ``max_budget`` (at most :data:`MAX_BUDGET`). Holds no minorants until :meth:`sharpen`
    adds some (V is inf until then), at most :data:`KEEP_CHOICES` of them."""

    def __init__(self, problem: RestoringProblem, split: SpectralSplit, cand: np.ndarray, max_budget: int,
                 *, iterations: int = MINORANT_ITERATIONS):
        if not split.splits(problem.Q):
            raise InvalidInputError("BlockDrop: the spectral split was made from another Gram matrix")
        self.problem, self.split, self.iterations = problem, split, int(iterations)
        self.idx = np.flatnonzero(cand).astype(np.int64)
        self.max_budget = max(1, min(int(max_budget), MAX_BUDGET, self.idx.size))
        inputs = (problem.q, problem.c, problem.signs, problem.e_unit, problem.up, problem.down)
        self.finite = split.finite and all(np.all(np.isfinite(x)) for x in inputs) and \
            bool(np.isfinite([problem.test_norm, problem.C]).all()) and problem.test_norm >= 0 and problem.C > 0
        self.choices: list[_Terms] = []

    def seen_from(self, q: np.ndarray, test_norm: float) -> bool:
        """Was this block's bound made for the test column ``q`` and norm ``test_norm``?"""
        return float(test_norm) == float(self.problem.test_norm) and np.array_equal(q, self.problem.q)

    def adopt(self, other: BlockDrop) -> None:
        """Take the minorant choices of ``other`` where it is the same problem (block, model,
        test point) over the same candidates, with smaller tables: a larger flip count later
        keeps the work done for the smaller ones."""
        # the split pins Q (checked at construction): compare the rest, no O(N^2) work
        same = other.split is self.split and all(a is b or np.array_equal(np.asarray(a), np.asarray(b))
                                                 for a, b in zip(other.problem[1:], self.problem[1:]))
        if same and np.array_equal(other.idx, self.idx):
            for terms in other.choices:
                self._add(terms.kappa, terms.eps, 1)

    def _add(self, kappa: np.ndarray, eps: np.ndarray, b: int) -> None:
        """Add a choice of minorants; past :data:`KEEP_CHOICES`, drop the one worst at ``b``."""
        if np.all(np.isfinite(kappa)) and np.all(np.isfinite(eps)):
            self.choices.append(_Terms(self.problem, self.split, self.idx, kappa, eps, self.max_budget - 1))
            if len(self.choices) > KEEP_CHOICES:
                self.choices.remove(max(self.choices, key=lambda terms: terms.value(b)[0]))

    def value(self, b: int) -> float:
        """``V(b)`` (0 for ``b <= 0``; inf past ``max_budget`` or on non-finite inputs)."""
        return self._value(b)[0]

    def _value(self, b: int) -> tuple[float, np.ndarray | None]:
        b = min(int(b), self.idx.size)
        if b <= 0:
            return 0.0, None
        if b > self.max_budget or not self.choices:
            return np.inf, None
        return min((terms.value(b) for terms in self.choices), key=lambda t: t[0])

    def best_choice(self, b: int) -> _Terms | None:
        """The choice of minorants with the least ``V(b)`` (None before any, or past the tables)."""
        b = min(int(b), self.idx.size)
        if b <= 0 or b > self.max_budget or not self.choices:
            return None
        return min(self.choices, key=lambda terms: terms.value(b)[0])

    def sharpen(self, b: int) -> None:
        """Add the minorants optimal for the worst set of ``V(b)``'s best choice (the first time:
        of the minorants that push back nowhere, its cross terms left out -- a guess of the
        worst set, not a bound)."""
        b = min(int(b), self.max_budget)
        if not self.finite or b <= 0:
            return
        if self.choices:
            _, worst = self._value(b)
        else:
            n = self.problem.signs.size
            seed = _Terms(self.problem, self.split, self.idx, np.zeros(n), np.zeros(n), 0)
            _, worst, _ = seed.circle(b, seed.terms.xi0)
        if worst is None:
            return
        kappa, eps = optimal_minorants(self.problem, self.idx[worst], self.iterations,
                                       start=self.choices[-1].kappa if self.choices else None,
                                       sketch=self.split.sketch())
        self._add(kappa, eps, b)


class _Circle(NamedTuple):
    """One block's circle bound at one b over all N points: ``f`` rows ``(lin, tn p, tn xi r)``
    (0 off the block's candidates), ``touch`` (N, M) does move m flip the block, ``head`` the
    constant ``tn a0`` of ``cos``, ``lift`` the constant ``tn (X0 + w) r`` of ``sin`` on the
    positive side, ``steep`` its Lipschitz constant in its angle."""

    f: np.ndarray
    touch: np.ndarray
    head: float
    lift: float
    steep: float


def joint_fall_below(first: BlockDrop, second: BlockDrop, touch_first: np.ndarray, touch_second: np.ndarray,
                     b: int, need: float) -> bool:
    """Does no set of at most ``b`` relabellings lower ``s1 F1(x) + s2 F2(x)`` (the two blocks of
    ``first`` and ``second``: one test point, one Gram matrix) by ``need`` or more?
    ``touch_*``: (N, M), does a point's move m (column m: one relabelling, the same in both)
    flip the block's sign; a point moves at most once. True is a proof; False means "not shown"
    (also for a flip outside a block's candidates, which its V does not bound).

    The two blocks' circle bounds (each block's best choice of minorants at b) summed over *one*
    set of moves, so the blocks stay coupled (:func:`_joint_below`). A set flips at most b signs
    in each block, so each block's per-row cross terms (its ``b - 1`` largest) hold."""
    touch_first, touch_second = np.asarray(touch_first, dtype=bool), np.asarray(touch_second, dtype=bool)
    n = first.problem.signs.size
    if touch_first.shape != touch_second.shape or touch_first.shape[0] != n or second.problem.signs.size != n \
            or first.split is not second.split or not first.seen_from(second.problem.q, second.problem.test_norm):
        return False
    circles, bases, scales = [], 0.0, 0.0
    for drop, touch in ((first, touch_first), (second, touch_second)):
        terms = drop.best_choice(b)
        inside = np.zeros(n, dtype=bool)
        inside[drop.idx] = True
        if terms is None or not drop.finite or (touch & ~inside[:, None]).any():
            return False
        bk = min(int(b), drop.idx.size)  # the set's points among the block's candidates
        xi, w = terms.circle_model(bk)
        t, tn = terms.terms, terms.tn
        r = 1.0 / (2.0 * np.sqrt(w))
        f = np.zeros((3, n))
        f[0, drop.idx], f[1, drop.idx], f[2, drop.idx] = t.lin, tn * t.p, tn * xi * r
        circles.append(_Circle(f, touch, tn * t.a0, tn * (t.X0 + w) * r, circle_slope(t.p, xi, t.a0, t.X0, w, tn, bk)))
        bases += t.base
        scales += terms.scale
    target = need - bases - SAFETY * (abs(need) + scales)
    if not np.isfinite([target, *(x for c in circles for x in (c.head, c.lift, c.steep))]).all() or \
            not all(np.all(np.isfinite(c.f)) for c in circles):
        return False
    return _joint_below(circles[0], circles[1], int(b), float(target))


def _joint_below(one: _Circle, two: _Circle, b: int, target: float) -> bool:
    """Is the largest ``head1 cos1 + head2 cos2 + max over sides (lift sin) + top-b sum of the
    points' best-move scores`` over the square of angles ``[0, pi]^2`` below ``target``?

    At fixed angles and sides the sum over a set is linear in it, so its largest value over b
    points is a sorting problem (:func:`~optcert.svm._topk.joint_angle_top_sums`). A branch and
    bound over the square: a cell's value plus ``(steep1 + steep2)`` times its half width
    bounds it; a centre at or above ``target`` means "not shown", and so does passing
    :data:`JOINT_MAX_CELLS` cells. Each open cell of the first grid is refined over its pool
    (:func:`_pool`): the points that can be among a set's b best anywhere in it."""
    f1, f2, m1, m2 = one.f, two.f, one.touch, two.touch

    def values(c1, c2, rows):
        cos1, sin1, cos2, sin2 = np.cos(c1), np.sin(c1), np.cos(c2), np.sin(c2)
        sums = joint_angle_top_sums(cos1, sin1, cos2, sin2, f1[0, rows], f1[1, rows], f1[2, rows],
                                    f2[0, rows], f2[1, rows], f2[2, rows], m1[rows], m2[rows], b)
        lift = np.stack([np.zeros_like(c1), two.lift * sin2, one.lift * sin1,
                         one.lift * sin1 + two.lift * sin2], axis=1)
        return one.head * cos1 + two.head * cos2 + (sums + lift).max(axis=1)

    steep = one.steep + two.steep
    half = 0.5 * np.pi / JOINT_GRID
    grid = (np.arange(JOINT_GRID) + 0.5) * (np.pi / JOINT_GRID)
    c1, c2 = (a.ravel() for a in np.meshgrid(grid, grid, indexing="ij"))
    vals = values(c1, c2, np.arange(f1.shape[1]))
    if not np.all(vals < target):  # reached (or not a number): not shown
        return False
    cells = c1.size
    lows1, highs1 = _score_ranges(f1, grid, half)
    lows2, highs2 = _score_ranges(f2, grid, half)
    for cell in np.flatnonzero(vals + steep * half >= target):
        j1, j2 = divmod(int(cell), JOINT_GRID)
        rows = _pool(m1, m2, lows1[j1], highs1[j1], lows2[j2], highs2[j2], b)
        a1, a2, h = c1[cell:cell + 1], c2[cell:cell + 1], half
        while a1.size:
            h *= 0.5
            a1 = np.concatenate([a1 - h, a1 - h, a1 + h, a1 + h])
            a2 = np.concatenate([a2 - h, a2 + h, a2 - h, a2 + h])
            cells += a1.size
            if cells > JOINT_MAX_CELLS:
                return False
            v = values(a1, a2, rows)
            if not np.all(v < target):
                return False
            keep = v + steep * h >= target
            a1, a2 = a1[keep], a2[keep]
    return True


def _score_ranges(f: np.ndarray, grid: np.ndarray, half: float) -> tuple[np.ndarray, np.ndarray]:
    """Per angle cell ``grid +- half`` (rows) and point: the least and largest of the block's
    score ``lin + cos p + s sin xr`` over the cell and both sides ``s`` in {0, 1}."""
    lo_a, hi_a = grid - half, grid + half
    cmin, cmax = np.cos(hi_a)[:, None], np.cos(lo_a)[:, None]  # cos falls on [0, pi]
    smin = np.minimum(np.sin(lo_a), np.sin(hi_a))[:, None]
    smax = np.where((lo_a <= 0.5 * np.pi) & (hi_a >= 0.5 * np.pi), 1.0, np.maximum(np.sin(lo_a), np.sin(hi_a)))[:, None]
    lin, p, xr = f[0][None, :], f[1][None, :], f[2][None, :]
    low = lin + np.minimum(cmin * p, cmax * p) + np.minimum(0.0, np.minimum(smin * xr, smax * xr))
    high = lin + np.maximum(cmin * p, cmax * p) + np.maximum(0.0, np.maximum(smin * xr, smax * xr))
    return low, high


def _pool(m1, m2, low1, high1, low2, high2, b) -> np.ndarray:
    """The points whose best move can score among the b largest positive scores somewhere in a
    cell: a point's score lies in ``[low, high]`` there (per block, ``low``/``high`` over the
    cell), so the b-th largest score is at least the b-th largest ``low`` (tau), and a point
    whose ``high`` is below tau (or not positive) is never among the b counted."""
    if m1.shape[1] == 0:
        return np.arange(m1.shape[0])

    def best(x1, x2):
        return np.max(np.where(m1, x1[:, None], 0.0) + np.where(m2, x2[:, None], 0.0), axis=1)

    low, high = best(low1, low2), best(high1, high2)
    low = np.where(np.isnan(low), -np.inf, low)  # a NaN low proves nothing about tau
    k = min(int(b), low.size)
    tau = np.partition(low, low.size - k)[low.size - k] if k > 0 else np.inf
    keep = high >= tau if tau > 0 else high > 0
    return np.flatnonzero(keep | np.isnan(high))
