"""Per-partition costs of kernel SVM base models at any C, for EnsembleCert (docs/math/ensembles.md).

``rho[c]`` of a base model at a test point is the least number of relabellings inside its
partition after which the retrained base model votes *exactly* class ``c``. Above its C* the
SVM is not label-linear; this module bounds ``rho[c]`` from below for a block of test points at
once and realises it one flip count at a time, for :mod:`optcert.certify.ensemble`.

**Lower bound (vectorised over test points).** To vote exactly ``c`` the base model must have
``F_c >= F_p`` for every other class ``p`` (binary: the one margin ``s f``), so after the attack
the pair margin ``F_p - F_c`` is at most ``0 <= tau``. For each rival ``p`` the stability bound
and the ball bound with the clean model's flip factors (docs/math/bounds.md,
:mod:`optcert.svm.stability`, :mod:`optcert.svm.ball`) prove that no set of ``L_p`` flips brings
``F_p - F_c`` to ``tau``; hence ``rho[c] >= 1 + max_p L_p`` ("predict exactly c" needs c to
beat every class, the current vote among them).

**Realisation, one flip count at a time.** At depth ``f`` (the current lower bound) the
flip-set search (:class:`TargetSearch`, a :class:`optcert.svm.search.FlipSearch` on the pair
margin ``F_p - F_c`` of the binding rival ``p``) walks the sets of at most ``f`` relabellings,
retraining every node. A labelling whose pair margin reaches ``tau`` is retrained with the
learner's own ``refit``: if the base model then votes exactly ``c`` it is an attack and
``rho[c] = f``; if not (a third class wins, or a near tie) the search goes on past it. A
completed depth proves ``rho[c] >= f + 1``: every set of at most ``f`` flips was pruned (its pair
margin cannot reach ``tau``), retrained above ``tau``, or refitted to another vote. The search
moves a point of ``p`` or ``c`` to one representative of the classes outside the pair (the same
pair margin whichever), and a point of another class only into ``p`` or ``c``: with two or three
classes that is every labelling; with more, a rejected crossing stands for its variants (other
classes outside the pair, spare flips among them) only when a ball bound shows a third class
still beating ``c`` in all of them (:meth:`SVMBase.judge`); a depth with any other rejection
proves nothing, and the next rival is tried.

A stop at the node budget or the deadline leaves the entry *stuck* at its sound lower bound; its
upper cost then comes from the label-linear order of the flips
(:func:`optcert.svm.attacks.ordered_attack`), every candidate refitted. A class that ties the
vote already (a pair margin within ``tau`` at zero flips) cannot be searched for; single
relabellings are refitted instead.
"""

from __future__ import annotations

import copy
import logging

import numpy as np

from ..exact.label_linear import least_flips_to_cover
from ..svm.attacks import ordered_attack
from ..svm.ball import ball_point_weights, block_flip_factors
from ..svm.margins import margin_moves, tie_scale
from ..svm.search import FlipSearch
from ..svm.stability import svm_blocks
from .stability import test_norms, trained_svm

logger = logging.getLogger(__name__)

#: relative tie tolerance floor of the bounds and searches (LabelCert's ``milp_tol``): a margin
#: within ``1e-6 * scale`` of a tie counts as crossed, slack for the retrainings' KKT tolerance
SEARCH_TOL = 1e-6
#: label-linear-order attack for an entry the search cannot settle: retrainings per entry
ATTACK_REFITS = 24
#: single relabellings refitted for an entry tied with the vote (nothing to search against)
SWEEP_REFITS = 400
#: keyword options of every :class:`TargetSearch` (the restoring bound's knobs of FlipSearch;
#: every setting is sound, they trade bound strength for time per node): one round of crossing
#: minorants before the optimised ones, and few gradient steps for those (benchmarks/RESULTS.md)
SEARCH_OPTIONS: dict = {"restoring_rounds": 1, "minorant_iterations": 20}
#: rejected crossings kept per search, as starting points of that attack
KEEP_REJECTED = 3
#: retrainings of one :meth:`SVMBase.probe`
PROBE_NODES = 64


def is_svm_base(est, K: int) -> bool:
    """Base models this module certifies: fitted KernelSVMs (any C) with a kernel and all K classes."""
    from ..learners import KernelSVM

    return (isinstance(est, KernelSVM) and getattr(est, "kernel_", None) is not None
            and len(getattr(est, "classes_", ())) == K)


def _stability_table(block, test_norm_min: float, gap_max: float) -> np.ndarray:
    """``R[L]`` (L = 0..) with ``R[L] >= ||w' - w||`` for every set of at most ``L`` flips,
    non-decreasing (a running maximum of valid bounds is valid). Stops once even the smallest
    test norm times ``R[L]`` reaches ``gap_max``: past that no row can be certified, and the
    table's last value stands for every larger L (the bounds are non-decreasing)."""
    R = [0.0]
    for L in range(1, block.n + 1):
        R.append(max(R[-1], block.rho(L)))
        if test_norm_min * R[-1] >= gap_max:
            break
    return np.asarray(R)


def _safe_flips(move_table: np.ndarray, norms: np.ndarray, gaps: np.ndarray) -> np.ndarray:
    """Per row, the largest ``L`` with ``norm * move(L) < gap`` (0 when ``gap <= 0``).

    ``move_table`` from :func:`_stability_table` (or a sum of two): non-decreasing, and either
    tabulated up to ``n`` or ending at a value no row's gap survives, so the count of tabulated
    entries below ``gap / norm`` is the answer."""
    L = np.zeros(gaps.shape[0], dtype=np.int64)
    pos = gaps > 0
    if pos.any():
        with np.errstate(divide="ignore"):
            ratio = np.where(norms[pos] > 0, gaps[pos] / np.where(norms[pos] > 0, norms[pos], 1.0), np.inf)
        L[pos] = np.searchsorted(move_table[1:], ratio, side="left")
    return L


class _AboveTie(float):
    """A pair margin that reached the tie but whose labelling failed the acceptance test: it
    compares as not crossed (so the search goes on past it) and computes as itself (so its
    subtree is pruned only by what its true margin allows: nothing, as it is already <= tau)."""

    def __le__(self, other):
        return False

    def __lt__(self, other):
        return False

    def __ge__(self, other):
        return True

    def __gt__(self, other):
        return True


class _Rejected(dict):
    """The retrained blocks of a labelling that crossed the pair margin but failed ``accept``."""


class TargetSearch(FlipSearch):
    """:class:`~optcert.svm.search.FlipSearch` for "vote exactly c": a labelling that brings the
    pair margin to ``tau`` is returned only if ``judge(labels, depth)`` accepts it (the
    learner's refit votes c); otherwise the search goes on, through that labelling's subtree too.

    ``judge`` returns ``(accepted, complete)``; ``complete`` says the rejection covers every
    labelling of at most ``depth`` flips with the same pair margin (see
    :meth:`SVMBase.judge`). A depth completed with every rejection complete proves that no
    labelling of at most ``depth`` flips votes c: each one was pruned (its pair margin cannot
    reach ``tau``, so c cannot beat the rival), retrained above ``tau`` (likewise), or is covered
    by a complete rejection. Hooks the search's ``_retrain`` and ``_margin``;
    tests/test_ensemble_svm.py checks the floors against brute force. ``n_rejected`` and
    ``n_incomplete`` count rejections, ``rejected`` keeps the first :data:`KEEP_REJECTED`.
    """

    def __init__(self, *args, judge, **kwargs):
        super().__init__(*args, **kwargs)
        self._judge = judge
        self.depth = 0
        self.rejected: list[np.ndarray] = []
        self.n_rejected = self.n_incomplete = 0

    def run(self, floor: int, limit: int, **kwargs):
        """:meth:`FlipSearch.run` of one depth (``floor == limit``), judged at that depth."""
        self.depth = int(limit)
        return super().run(floor, limit, **kwargs)

    def _retrain(self, labels, parent, i, new, dead_above=None):
        kid = super()._retrain(labels, parent, i, new, dead_above)
        if kid is None or not super()._margin(kid) <= self.tau:
            return kid
        accepted, complete = self._judge(labels, self.depth)
        if accepted:
            return kid
        self.n_rejected += 1
        self.n_incomplete += not complete
        if len(self.rejected) < KEEP_REJECTED:
            self.rejected.append(labels.copy())
        return _Rejected(kid)

    def _margin(self, blocks):
        margin = super()._margin(blocks)
        return _AboveTie(margin) if isinstance(blocks, _Rejected) else margin


class SVMBase:
    """Bounds and attacks on ``rho[m, c]`` for one fitted KernelSVM base model and a block of
    test points (rows ``m``); class indices are the ensemble's (the base knows all K classes).

    ``lower`` (M, K): sound lower bounds, 0 at the base's vote; rows whose vote disagrees with the
    ensemble's record of it (rounding at a tie) keep the trivial bound 1 and are neither searched
    nor attacked (``refinable[m]`` False).
    """

    kind = "svm"

    def __init__(self, est, K: int, X_block: np.ndarray, votes: np.ndarray, tol: float):
        self.est, self.K = est, K
        self.svm = trained_svm(est)
        self.y_index = self.svm.y_index
        self.N = self.y_index.size
        self.X = X_block
        self.Kx = est.cross_kernel(X_block)
        self.norms = test_norms(est, X_block, self.Kx)
        raw = self.Kx @ est.dual_coef_.T
        self.pred = est.predict_index(raw)
        # the bounds read the scores of the duals they work from (re-solved where the model's were loose)
        if self.svm.alpha is not est.alpha_:
            raw = self.Kx @ self.svm.dual_coef.T
        self.F = np.stack([np.zeros_like(raw), raw], axis=1) if K == 2 else raw  # binary: F_1 - F_0 = f
        self.tau = max(float(tol), SEARCH_TOL) * tie_scale(self.Kx, self.svm.C, K)
        M = X_block.shape[0]
        rows = np.arange(M)
        self.refinable = self.pred == votes
        # pair_floor[m, p, c]: no set of fewer flips brings F_p - F_c to tau (proven)
        self.pair_floor = np.ones((M, K, K), dtype=np.int64)
        self._bound_pairs()
        self.lower = self.pair_floor.max(axis=1).astype(float)
        self.lower[self.lower > self.N] = np.inf  # no set of training points beats that rival
        self.lower[~self.refinable] = 1.0
        self.lower[rows, votes] = 0.0
        self._searches: dict = {}
        self._attacks: dict = {}
        self.stuck: set = set()

    # -- lower bounds -------------------------------------------------------------------------
    def margin(self, m, p, c):
        return self.F[m, p] - self.F[m, c]

    def _bound_pairs(self):
        """Stability and ball bounds on every pair margin ``F_p - F_c`` that is above ``tau``."""
        svm, K = self.svm, self.K
        factors = block_flip_factors(svm)
        blocks = svm_blocks(svm)
        diag = svm.gram_diag
        pairs = [(p, c) for p in range(K) for c in range(K) if p != c and (K > 2 or p == 1 - c)]
        slack = svm.margin_slack(self.norms)  # the bounds are about the exact optimum
        gaps = {pc: self.F[:, pc[0]] - self.F[:, pc[1]] - self.tau - slack for pc in pairs}
        gap_max = max(float(np.max(g)) for g in gaps.values())
        if not gap_max > 0:
            return
        nmin = float(self.norms.min())
        tables = {k: _stability_table(b, nmin, gap_max) for k, b in blocks.items()}
        for p, c in pairs:
            gap = gaps[(p, c)]
            r = np.flatnonzero((gap > 0) & self.refinable)
            if r.size == 0:
                continue
            if K == 2:
                move = tables[1]
                w = ball_point_weights(self.Kx[r], self.norms[r], diag, svm.C, self.y_index, 2,
                                       np.full(r.size, p), factors=factors)
            else:
                a, b = tables[p], tables[c]
                n = max(a.size, b.size)
                move = np.pad(a, (0, n - a.size), mode="edge") + np.pad(b, (0, n - b.size), mode="edge")
                w = ball_point_weights(self.Kx[r], self.norms[r], diag, svm.C, self.y_index, K,
                                       np.full(r.size, p), np.full(r.size, c), factors=factors)
            stab = _safe_flips(move, self.norms[r], gap[r])
            ball = np.clip(least_flips_to_cover(w, gap[r]) - 1.0, 0.0, self.N).astype(np.int64)
            self.pair_floor[r, p, c] = np.maximum(stab, ball) + 1

    # -- realisation -------------------------------------------------------------------------
    def vote_after(self, m: int, labels: np.ndarray) -> int:
        """The base model's vote at test row ``m`` after retraining on ``labels`` (its own refit)."""
        return int(self.est.refit(labels).predict(self.X[m][None, :])[0])

    def judge(self, m: int, c: int, p: int, labels: np.ndarray, depth: int) -> tuple[bool, bool]:
        """``(accepted, complete)`` for a labelling whose pair margin ``F_p - F_c`` reached ``tau``.

        Accepted: the refit votes exactly ``c``. A rejection is *complete* when no labelling of at
        most ``depth`` flips with the same pair margin (the same labels wherever they are p or c)
        votes ``c`` either -- the search walks only one of them (a point leaving the pair goes to
        one representative class, a point of a third class only into the pair). Always so with
        at most three classes (there are no others). With more, such a variant differs from
        ``labels`` on at most ``r + e`` points: the ``r`` that left the pair (any class outside it)
        and ``e = depth - flips`` more of the points outside the pair; it has the same ``F_p`` and
        ``F_c``. For a class ``u`` outside the pair the ball bound (docs/math/bounds.md: each
        changed label moves the block's score by at most ``C (sigma_i q_i + n_i ||phi_x||)``
        from any model) caps how far ``F_u`` can fall over those points: if even then ``F_u``
        stays above ``F_c`` by more than ``tau``, ``u`` beats ``c`` in every variant.
        """
        scores = self.est.refit(labels).decision_function(self.X[m][None, :])[0]
        if self.K == 2:
            scores = np.array([0.0, scores])
        vote = int(np.argmax(scores))
        if vote == c:
            return True, True
        if self.K <= 3:
            return False, True
        moved = labels != self.y_index
        in_pair = (labels == p) | (labels == c)
        left = moved & ~in_pair  # left the pair for a representative class
        free = ~moved & ~in_pair  # outside the pair, unmoved: a variant may move them at one flip
        budget = int(np.count_nonzero(left)) + max(int(depth) - int(np.count_nonzero(moved)), 0)
        cand = left | free
        if budget == 0:
            return False, True
        C, q, x_norm = self.svm.C, self.Kx[m], float(self.norms[m])
        n = np.sqrt(np.clip(self.svm.gram_diag, 0.0, None))
        for u in range(self.K):
            if u in (p, c) or not scores[u] - scores[c] > self.tau[m]:
                continue
            sigma = np.where(labels == u, 1.0, -1.0)
            w = C * (sigma * q + n * x_norm)
            w = (w + 1e-9 * np.abs(w))[cand]
            k = min(budget, w.size)
            drop = float(np.sum(np.clip(np.partition(w, w.size - k)[w.size - k:], 0.0, None))) if k else 0.0
            if scores[u] - drop - scores[c] > self.tau[m]:
                return False, True
        return False, False

    def _rivals(self, m: int, c: int) -> list[int]:
        """Classes that ``c`` must still overtake, the binding one first (largest proven floor,
        then largest margin)."""
        ps = [p for p in range(self.K) if p != c and (self.K > 2 or p == self.pred[m])
              and self.margin(m, p, c) > self.tau[m]]
        return sorted(ps, key=lambda p: (-self.pair_floor[m, p, c], -self.margin(m, p, c)))

    def _search(self, m: int, c: int, p: int) -> "TargetSearch":
        """The flip-set search of entry ``(m, c)`` on the pair margin ``F_p - F_c`` of rival ``p``
        (the vote, for two classes), accepting only labellings whose refit votes ``c``."""
        key = (m, c, p)
        if key not in self._searches:
            svm = self.svm
            if self.K == 2:
                coef = {1: 1.0 if p == 1 else -1.0}
            else:
                coef = {int(p): 1.0, int(c): -1.0}
            moves = margin_moves(self.y_index, self.K, coef)
            if self.K > 2:
                # the one representative "any other class" of the pair: the lowest-scoring one,
                # the least likely to end up winning (every choice gives the same pair margin)
                other = next(int(k) for k in np.argsort(self.F[m], kind="stable") if k not in (p, c))
                in_pair = (self.y_index == p) | (self.y_index == c)
                moves[:, 1] = np.where(in_pair, other, moves[:, 1])
            self._searches[key] = TargetSearch(
                svm.gram, svm.C, svm.c_star, self.y_index, self.K, self.Kx[m], coef,
                {k: svm.block_alpha(k) for k in coef}, moves,
                tau=float(self.tau[m] + svm.margin_slack(self.norms[m])),
                kkt_tol=svm.kkt_tol, test_norm=float(self.norms[m]),
                judge=lambda labels, depth: self.judge(m, c, p, labels, depth), **SEARCH_OPTIONS)
        return self._searches[key]

    def refine(self, m: int, c: int, lower: float, budget):
        """One step on entry ``(m, c)`` at depth ``f = lower[m, c]``.

        Returns ``(lower, attack)``: ``f + 1`` when a search completed depth ``f`` with a proof
        (no set of at most ``f`` relabellings refits to a vote of exactly ``c``), or ``f`` and the
        attack ``(local indices, new class indices)`` found. The rivals are tried from the
        binding one; a depth counts as a proof only if every crossing rejected in it was
        rejected completely (:meth:`judge`). The entry becomes stuck when no rival decides it,
        or the ``budget`` (``nodes``, ``deadline``) runs out.
        """
        f = self.lower[m, c]
        if (m, c) in self.stuck or not self.refinable[m] or not (1 <= f < np.inf):
            return f, None
        f = int(f)
        # no rival above tau: c ties the vote already (only an attack can tell)
        for p in self._rivals(m, c):
            if budget.nodes <= 0 or budget.time_left() <= 0:
                budget.exhausted = True
                break
            search = self._search(m, c, p)
            incomplete = search.n_incomplete
            res = search.run(f, f, max_nodes=budget.nodes, deadline=budget.deadline)
            budget.nodes -= res.nodes
            budget.search_nodes += res.nodes
            crossing = res.crossing
            idx = None if crossing is None else np.flatnonzero(crossing != self.y_index)
            if crossing is not None and idx is not None and idx.size:  # accepted: its refit votes exactly c
                return float(f), (idx, crossing[idx])
            if idx is None and res.floor <= f:  # out of nodes or time at this depth
                budget.exhausted = True
                break
            if idx is not None:
                break  # a crossing at zero flips: rounding at the tie
            if search.n_incomplete == incomplete:  # depth f completed, a proof
                self.lower[m, c] = f + 1 if f < self.N else np.inf
                return float(self.lower[m, c]), None
        self.stuck.add((m, c))
        return float(f), None

    def probe(self, m: int, c: int, budget, nodes: int = PROBE_NODES):
        """:meth:`refine` of entry ``(m, c)`` with at most ``nodes`` retrainings, leaving the entry
        open (not stuck) when they run out: a cheap look for an attack at the entry's bound.

        For the ensemble loop's tie candidates (entries at the plan's largest cost): one of them
        realised at its bound spares the full-depth proofs of the others. A probe that completes
        its depth raises the bound like :meth:`refine`. Returns ``(lower, attack)``; the nodes
        spent are charged to ``budget``."""
        if (m, c) in self.stuck:
            return float(self.lower[m, c]), None
        sub = copy.copy(budget)
        sub.nodes, sub.search_nodes, sub.exhausted = min(int(nodes), int(budget.nodes)), 0, False
        out = self.refine(m, c, self.lower[m, c], sub)
        self.stuck.discard((m, c))
        budget.nodes -= sub.search_nodes
        budget.search_nodes += sub.search_nodes
        return out

    def stuck_at(self, m: int) -> int:
        """Entries of row ``m`` the search could not decide."""
        return sum(1 for mm, _ in self.stuck if mm == m)

    def release(self, m: int) -> None:
        """Drop the searches and attacks of row ``m`` (its certificate is done)."""
        for key in [k for k in self._searches if k[0] == m]:
            del self._searches[key]
        for key in [k for k in self._attacks if k[0] == m]:
            del self._attacks[key]

    def attack(self, m: int, c: int, *, quick: bool = False):
        """An attack making the base vote exactly ``c`` at row ``m``, or None: the label-linear
        order of the flips from the clean labels, and (unless ``quick``) from the first crossings
        the search rejected (a repair); ``(local indices, new class indices)``, cached."""
        key = (m, c)
        if key not in self._attacks:
            best = None
            if self.refinable[m]:
                starts = [lab for (mm, cc, _), s in self._searches.items() if (mm, cc) == key
                          for lab in s.rejected]
                for start in [None] + ([] if quick else starts[:KEEP_REJECTED]):
                    att = self._ordered(m, c, start)
                    if att is not None and (best is None or len(att[0]) < len(best[0])):
                        best = att
                if (best is None or len(best[0]) > 1) and not quick and not self._rivals(m, c):
                    best = self._single_flip(m, c) or best
            self._attacks[key] = best
        return self._attacks[key]

    def _single_flip(self, m: int, c: int):
        """At a tie between the vote and ``c`` (no rival to search against): every single
        relabelling refitted, at most :data:`SWEEP_REFITS`; the first that votes ``c``, or None."""
        for n, (i, k) in enumerate((i, k) for i in range(self.N) for k in range(self.K) if k != self.y_index[i]):
            if n >= SWEEP_REFITS:
                break
            labels = self.y_index.copy()
            labels[i] = k
            if self.vote_after(m, labels) == c:
                return np.array([i]), np.array([k])
        return None

    def _ordered(self, m: int, c: int, start: np.ndarray | None):
        """:func:`optcert.svm.attacks.ordered_attack` towards ``c`` from ``start`` (clean: None),
        every candidate retrained; replay = the base votes exactly ``c``."""
        y0 = self.y_index if start is None else start
        pred = int(self.pred[m]) if start is None else self.vote_after(m, start)
        labels: np.ndarray | None
        if pred == c:
            labels = y0
        else:
            near = np.full(self.K, -np.inf)  # ordered_attack tries the classes nearest the vote
            near[[pred, c]] = 0.0            # first: only c is near
            labels = ordered_attack(self.Kx[m], y0, self.K, pred, near,
                                    lambda lab: self.vote_after(m, lab) == c,
                                    max_refits=ATTACK_REFITS, max_targets=1)
        if labels is None:
            return None
        idx = np.flatnonzero(labels != self.y_index)
        return (idx, labels[idx]) if idx.size else None
