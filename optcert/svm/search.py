"""Branch-and-bound over flip sets: small radii of the kernel SVM exactly, by retraining.

LabelCert's hard question is "is there an attack of fewer than k flips?". For a few flips the
fastest exact answer is the search itself, not a MILP (benchmarks/RESULTS.md: at N = 100 "no
attack of one flip" is 100 retrainings, which the MILP did not prove within its time limit). The
search:

* walks sets of relabellings depth first, each node's children in order of decreasing flip-factor
  weight at that node, each child's subtree extended only by the points after it (every set once; a
  child's subtree is bounded by its weight plus the largest later ones, a sliding window);
* retrains every node from its parent (one flip away) by an active-set re-solve
  (:func:`optcert.svm.resolve.resolve_from_partition`), falling back to the full dual solver;
* prunes with the ball bound from the node's own model: with margin ``m`` and ``b`` flips left,
  no descendant can reach ``tau`` while the ``b`` largest weights of the later points sum to
  less than ``m - tau``; the weights are the ball weights scaled by the node's
  :func:`~optcert.svm.ball.flip_factors` (flips made together from one optimum: half
  the ball weight for a point whose margin lies outside [-1, 1]), and a child is skipped
  unsolved when its weight plus the ``b - 1`` largest later ones cannot reach the margin;
  where that does not cut, the restoring bound of the node's model
  (:func:`~optcert.svm.restoring.restoring_bound`: the points that keep their labels push
  back once their margins would cross 1) is tried the same way, and, for a binary margin, the
  bound's own quadratic is maximised over each child's sets by a search without retraining
  (:meth:`~optcert.svm.restoring.RestoringBound.children_may_reach`);
* prunes a child before its re-solve ends when a feasible approximation and the duality gap
  already show its margin beyond that bound (:class:`optcert.svm.resolve.ScoreStop`);
* deepens one flip count at a time, so every completed depth proves "no attack of this many
  flips" and a stop at the node budget or the deadline still leaves a sound floor; the depths the
  root's own bounds cut (the restoring bound with ``root_optimize_rounds`` rounds of optimised
  minorants and the spectral split of :mod:`optcert.svm.spectral`, then once more with the box
  of the dual variables of :mod:`optcert.svm.coefficient_box` when the Gram matrix's
  :class:`~optcert.svm.span.SpanNorm` is given) are skipped first by bisection, without
  retraining (for margins over two blocks, and above :data:`SPECTRAL_MAX_N` points, each block's
  fall is bounded as a number instead, :mod:`optcert.svm.block_drop`, and summed); from
  :data:`NODE_SPLIT_MIN_N` points on, the split also cuts
  the children of every node with :data:`NODE_SPLIT_MIN_BUDGET` or more flips left from the first
  one whose suffix of later points cannot reach the margin.

A labelling whose retrained margin reaches ``tau`` is returned, not trusted: the caller replays
it with the learner's own ``refit`` before it becomes an attack. The tuning knobs (restoring
rounds, minorant optimisation, the set search's node budget) are keyword arguments whose
defaults are the module constants below; their measured effect is in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass

import numpy as np

from ..exceptions import InvalidInputError
from .ball import ball_weight_blocks, combine_ball_weights, flip_factors, suffix_top_sums, top_positive_sum
from .block_drop import MAX_BUDGET, BlockDrop, joint_fall_below
from .dual import solve_svm_dual
from .resolve import ScoreStop, partition_of, resolve_from_partition
from .restoring import MINORANT_ITERATIONS, box_offset_for, restoring_bound, restoring_problem
from .span import SpanNorm
from .spectral import SpectralSplit

#: restoring bound: choices of the pushing-back set per node (more rounds: the same nodes)
RESTORING_ROUNDS = 2
#: restoring bound: one more round from the minorants best for the worst set
OPTIMIZE_MINORANTS = True
#: nodes of the restoring bound's own set search per search node
SET_SEARCH_NODES = 100_000
#: restoring bound at the root: rounds of minorants optimal for the worst set (nodes: one)
ROOT_OPTIMIZE_ROUNDS = 6
#: from this N on, the spectral split also cuts each node's suffix of children (bisection), at
#: nodes with at least NODE_SPLIT_MIN_BUDGET flips left: below either, its cost outweighs the
#: retrainings it saves (N = 100; small radii at N = 750: benchmarks/RESULTS.md)
NODE_SPLIT_MIN_N = 500
NODE_SPLIT_MIN_BUDGET = 10
#: passes of the root's bisection with the box of the dual variables, each with multipliers for
#: the worst set the pass before left
BOX_ROUNDS = 1
#: largest N for the root's spectral split test of a single-block margin (each test builds the
#: candidates' remainder, up to N x N) and for the restoring bound over a two-block margin at
#: the root; above it only, and after it for margins over two blocks, the root bounds each
#: block's fall by :class:`~optcert.svm.block_drop.BlockDrop`
SPECTRAL_MAX_N = 4000
#: rounds of "sharpen every block's minorants for its worst set at the next flip count, then
#: bisect" of the root's block-drop pass
DROP_ROUNDS = 3


@dataclass
class SearchResult:
    """``floor``: no labelling of fewer flips reaches ``tau`` (every one retrained, or cut by a
    sound bound: the root's, or a node's ball, restoring or split bounds). ``crossing``:
    class-index labels of one that does (to replay), or None. ``nodes``: retrainings;
    ``pruned``: subtrees and children cut at the nodes (the root's counts not included)."""

    floor: int
    crossing: np.ndarray | None
    nodes: int
    pruned: int


class _Stop(Exception):
    pass


class _Block:
    """One SVM block at one node: dual variables, ``Q beta`` and the active set."""

    __slots__ = ("alpha", "f", "partition", "score")

    def __init__(self, alpha, f, partition, score):
        self.alpha, self.f, self.partition, self.score = alpha, f, partition, score


class FlipSearch:
    """Search for the fewest relabellings that bring ``sum_k coef[k] F_k(x)`` to ``<= tau``.

    Parameters
    ----------
    Q : (N, N) training Gram matrix; C : box bound; c_star : the small-C threshold.
    y_index : (N,) clean labels as class indices; n_classes : K (2 = one binary block 1).
    q : (N,) test column ``k(x_i, x)``; coef : the margin's blocks and signs.
    alphas : {block: clean dual solution}; moves : (N, M) from
        :func:`~optcert.svm.margins.margin_moves`.
    test_norm : ``||phi(x)||``, or None (no ``k(x, x)`` known: no pruning, every labelling up
        to the depth is retrained).
    tau : crossing threshold; kkt_tol : KKT tolerance of every retraining.
    gap_pruning : prune children from unfinished re-solves (duality gap); needs ``test_norm``.
    restoring_rounds, optimize_minorants, set_search_nodes, minorant_iterations,
        root_optimize_rounds : the restoring bound's knobs (:data:`RESTORING_ROUNDS`,
        :data:`OPTIMIZE_MINORANTS`, :data:`SET_SEARCH_NODES`,
        :data:`optcert.svm.restoring.MINORANT_ITERATIONS`, :data:`ROOT_OPTIMIZE_ROUNDS`).
    spectral : use the :class:`~optcert.svm.spectral.SpectralSplit` of Q: the root's split
        test (up to :data:`SPECTRAL_MAX_N` points), the nodes' suffix cut (from
        :data:`NODE_SPLIT_MIN_N`) and the root's block-drop pass; ``split``: that split when the
        caller holds it already (one per Gram matrix, not per search).
    span : the :class:`~optcert.svm.span.SpanNorm` of Q; with it (and the split) the root's
        bisection runs a second time with the box of the dual variables.
    drops : {(block, sign): :class:`~optcert.svm.block_drop.BlockDrop`} of the root's block-drop
        pass, shared by the searches of one test point (block c of ``F_c - F_t`` is the same for
        every target t); filled as the pass needs them.
    """

    def __init__(self, Q: np.ndarray, C: float, c_star: float | None, y_index: np.ndarray, n_classes: int,
                 q: np.ndarray, coef: dict, alphas: dict, moves: np.ndarray, *, tau: float,
                 kkt_tol: float = 1e-9, test_norm: float | None = None, gap_pruning: bool = True,
                 restoring_rounds: int = RESTORING_ROUNDS, optimize_minorants: bool = OPTIMIZE_MINORANTS,
                 set_search_nodes: int = SET_SEARCH_NODES,
                 minorant_iterations: int = MINORANT_ITERATIONS,
                 root_optimize_rounds: int = ROOT_OPTIMIZE_ROUNDS, spectral: bool = True,
                 split: SpectralSplit | None = None, span: SpanNorm | None = None,
                 drops: dict | None = None) -> None:
        self.Q, self.C, self.c_star, self.kkt_tol, self.tau = Q, float(C), c_star, kkt_tol, float(tau)
        self.y_index, self.K, self.q, self.coef = np.asarray(y_index), n_classes, q, dict(coef)
        self.moves = moves
        if not (np.all(np.isfinite(q)) and np.all(np.isfinite(np.diag(Q)))) or \
                (test_norm is not None and not (np.isfinite(test_norm) and test_norm >= 0)):
            raise InvalidInputError("FlipSearch: the test column, the Gram matrix's diagonal and the test "
                                    "norm must be finite (and the norm >= 0); nothing is shown from other numbers")
        self.prune = test_norm is not None  # every bound needs ||phi_x||
        self.gap_pruning = self.prune and gap_pruning
        self.test_norm = test_norm
        self.diag = np.diag(Q).copy()
        if test_norm is not None:  # == self.prune
            self.ball_tables = ball_weight_blocks(q, self.diag, test_norm, C, self.y_index, n_classes, coef, moves)
            self.touched = {k: (moves >= 0) & ((n_classes == 2) | (self.y_index[:, None] == k) | (moves == k))
                            for k in self.coef}
            self.point_w = np.max(combine_ball_weights(self.ball_tables, moves), axis=1)  # from any model
        else:
            self.point_w = np.full(moves.shape[0], np.inf)
        self.order = np.argsort(-self.point_w, kind="stable")
        self.root = {}
        for k in self.coef:
            signs = self._signs(self.y_index, k)
            a = np.asarray(alphas[k], dtype=float)
            beta = signs * a
            self.root[k] = _Block(a, Q @ beta, partition_of(a, self.C), float(q @ beta))
        self.root_margin = self._margin(self.root)
        self.rounds = int(restoring_rounds)
        self.optimize_minorants = bool(optimize_minorants)
        self.minorant_iterations = int(minorant_iterations)
        self.inner_limit = int(set_search_nodes)
        self.root_optimize_rounds = int(root_optimize_rounds)
        if split is not None and not split.splits(Q):
            raise InvalidInputError("FlipSearch: the spectral split was made from another Gram matrix")
        self.spectral, self._spectral = bool(spectral), split
        if span is not None and not span.made_from(Q):
            raise InvalidInputError("FlipSearch: the span norm was made from another Gram matrix")
        self.span = span
        self.drops = {} if drops is None else drops
        self._coupled_tried = False  # the root's restoring bound over a two-block margin (done once)
        self.node_split = Q.shape[0] >= NODE_SPLIT_MIN_N
        self.nodes = self.pruned = self.inner_nodes = 0
        self._max_nodes: int = 10**9  # set by run()
        self._deadline: float | None = None

    def _signs(self, labels, k):
        return np.where(labels == k, 1.0, -1.0)

    def _margin(self, blocks) -> float:
        return sum(c * blocks[k].score for k, c in self.coef.items())

    def _retrain(self, labels, parent: dict, i: int, new: int, dead_above: float | None = None):
        """The blocks after relabelling point i; None if the child is provably dead.

        Dead: its margin exceeds ``dead_above`` (= tau + what its subtree could still lose),
        shown by a feasible approximation and the duality gap (``F* >= F~ - ||phi_x||
        sqrt(2 gap)``) -- first from the parent's duals under the new labels, then after every
        active-set round -- so most pruned children never finish their re-solve.
        """
        old = int(self.y_index[i])
        touched = [k for k in parent if self.K == 2 or k in (old, new)]
        signs = {k: self._signs(labels, k) for k in touched}
        if dead_above is not None:
            assert self.test_norm is not None  # dead_above comes only with gap pruning, which needs test_norm
            low = sum(c * parent[k].score for k, c in self.coef.items() if k not in touched)
            for k in touched:
                blk = parent[k]  # a_i stays feasible when only the sign of y_i changes
                f = blk.f + self.Q[:, i] * (2.0 * signs[k][i] * blk.alpha[i])
                low += ScoreStop(self.q, self.coef[k], 0.0, dead_above, self.test_norm).score_low(
                    signs[k], blk.alpha, f, self.C)
            if low > dead_above:
                return None
        out = dict(parent)
        for n_done, k in enumerate(touched):
            blk = parent[k]
            guess = blk.partition
            # the relabelled point: its margin in this block becomes -a_i; below 1 it violates
            # (a_i = C), above 1 it rests (a_i = 0) -- one active-set round saved per node
            if guess[i] != (2 if blk.f[i] * signs[k][i] < 1.0 else 0):
                guess = guess.copy()
                guess[i] = 2 if blk.f[i] * signs[k][i] < 1.0 else 0
            stop = None
            if dead_above is not None and n_done == len(touched) - 1:  # the others are exact now
                assert self.test_norm is not None  # as above
                rest = sum(c * out[kk].score for kk, c in self.coef.items() if kk != k)
                stop = ScoreStop(self.q, self.coef[k], rest, dead_above, self.test_norm)
            res = resolve_from_partition(self.Q, signs[k], self.C, guess, kkt_tol=self.kkt_tol, stop=stop)
            if res == "stopped":
                return None
            if res is None:
                a = solve_svm_dual(self.Q, signs[k], self.C, kkt_tol=self.kkt_tol, c_star=self.c_star,
                                   warm_start=blk.alpha).alpha
                res = (a, self.Q @ (signs[k] * a), partition_of(a, self.C))
            a, f, part = res
            out[k] = _Block(a, f, part, float(self.q @ (signs[k] * a)))
        return out

    def run(self, floor: int, limit: int, *, max_nodes: int, deadline: float | None = None,
            root: bool = True, root_rounds: int = DROP_ROUNDS) -> SearchResult:
        """Deepen from ``floor`` flips (fewer are known not to cross) up to ``limit``.

        Stops at the first crossing labelling, after ``max_nodes`` retrainings, or at
        ``deadline`` (``time.perf_counter()`` seconds); the floor then counts completed depths.
        ``root``: skip the depths the root's bounds cut first (:meth:`root_floor`, with
        ``root_rounds`` rounds of the blocks' falls); off when a run before this one did.
        """
        self.nodes = self.pruned = self.inner_nodes = 0
        self._max_nodes, self._deadline = max_nodes, deadline
        floor = max(int(floor), 1)
        if self.root_margin <= self.tau:
            return SearchResult(0, self.y_index.copy(), 0, 0)
        n = self.order.size
        limit = min(int(limit), n)
        if root:
            floor = max(floor, self.root_floor(floor - 1, limit, rounds=root_rounds) + 1)
            # a run without retraining ends here where the root node's own bounds cost seconds
            # (two blocks at large N) and add little to the root's floor (they may cut a depth
            # by sliding windows over the children that the root's bisection does not try)
            if max_nodes <= 0 and self.drops_apply():
                return SearchResult(floor, None, 0, 0)
        while floor <= limit:
            try:
                hit = self._dfs(self.order, self.y_index.copy(), self.root, self.root_margin, floor)
            except _Stop:
                break
            if hit is not None:
                return SearchResult(floor, hit, self.nodes, self.pruned)
            floor += 1
        return SearchResult(floor, None, self.nodes, self.pruned)

    def root_floor(self, known: int, limit: int, rounds: int = DROP_ROUNDS, *, deadline: float | None = None) -> int:
        """A flip count in ``[known, limit]`` (at least ``known``, already proven) of which no
        attack exists by the root's bounds alone -- the ball bounds and the restoring bound with
        ``root_optimize_rounds`` rounds of optimised minorants -- found by bisection; no retraining.

        Sound whatever the bisection meets: a count is returned only where its check cut. The
        checks need not be monotone in the count (the minorants move with it), so the bisection
        may stop below the largest such count; it also stops at the deadline of :meth:`run`.
        Where the root bounds each block's fall (:meth:`drops_apply`), ``rounds`` rounds of it,
        and a later call goes on from the blocks' minorants so far. ``deadline``
        (``time.perf_counter()`` seconds) replaces the one of the last :meth:`run`."""
        if deadline is not None:
            self._deadline = deadline
        if not self.prune or limit <= known:
            return known
        if self.drops_apply():
            return self._drop_floor(known, limit, rounds)
        lo = self._bisect(known, limit, self._root_cuts)
        box = None
        for _ in range(BOX_ROUNDS if self._split_if_tried() is not None and self.span is not None else 0):
            if lo >= limit or (self._deadline is not None and time.perf_counter() > self._deadline):
                break
            box = self._box(lo + 1, box)  # multipliers for the worst set the last box left
            if box is None:
                break
            lo = self._bisect(lo, limit, lambda budget, box=box: self._root_cuts(budget, box))
        return lo

    def drops_apply(self) -> bool:
        """Does the root bound each block's fall (:meth:`_drop_floor`) rather than run the
        restoring bound over the margin? For margins over two blocks, and single blocks above
        :data:`SPECTRAL_MAX_N` points (where the split's test is too large to build)."""
        return self.prune and self.spectral and self.optimize_minorants and \
            (len(self.coef) > 1 or self.Q.shape[0] > SPECTRAL_MAX_N)

    def _drop_floor(self, known: int, limit: int, rounds: int) -> int:
        """:meth:`root_floor` from the blocks' falls: the ball bounds first (and, on the first
        call, the restoring bound over the margin up to :data:`SPECTRAL_MAX_N` points), then
        ``rounds`` rounds of "sharpen each block's :class:`~optcert.svm.block_drop.BlockDrop`
        at the next flip count, bisect" (no set of b flips crosses while ``sum_k |coef_k|
        V_k(b) < need``: the blocks are trained apart), then the two blocks coupled upward from
        there (:meth:`_joint_floor`)."""
        # the restoring bound over the whole margin where it is cheap (it keeps the blocks coupled)
        if self.Q.shape[0] <= SPECTRAL_MAX_N and not self._coupled_tried:
            self._coupled_tried = True
            lo = self._bisect(known, limit, self._root_cuts)
        else:  # the ball bounds only: milliseconds, so past the deadline too
            lo = self._bisect(known, limit, self._ball_cuts, timed=False)
        for _ in range(rounds):
            if lo >= limit or self._past_deadline():
                break
            for k, c in self.coef.items():
                if self._past_deadline():
                    break
                self._block_drop(k, c, limit).sharpen(lo + 1)
            # (the ball bounds grow with the count: past lo they cut nothing)
            lo = self._bisect(lo, limit, lambda budget: self._drop_cuts(budget, limit))
        return self._joint_floor(lo, limit)

    def _past_deadline(self) -> bool:
        return self._deadline is not None and time.perf_counter() > self._deadline

    def _block_drop(self, k: int, c: float, limit: int) -> BlockDrop:
        """The root's :class:`~optcert.svm.block_drop.BlockDrop` of block k with the margin's
        sign of ``c``, from the shared ``drops`` (built there if missing)."""
        assert self.test_norm is not None  # root_floor runs its passes only when pruning
        key = (k, float(np.sign(c)))
        cand = self.touched[k].any(axis=1)
        drop = self.drops.get(key)
        signs = self._signs(self.y_index, k)
        if drop is not None and not (drop.split is self._gram_split() and drop.problem.C == self.C and
                                     drop.seen_from(self.q, self.test_norm) and
                                     np.array_equal(drop.problem.margins, signs * self.root[k].f)):
            drop = None  # another model or test point: nothing of it carries over
        if drop is None or drop.max_budget < min(limit, MAX_BUDGET, int(cand.sum())) or \
                not np.array_equal(drop.idx, np.flatnonzero(cand)):
            blk = self.root[k]
            problem = restoring_problem(self.Q, self.q, self.test_norm, self.C, key[1], signs, blk.alpha, blk.f,
                                        self._root_factors[k])
            old, drop = drop, BlockDrop(problem, self._gram_split(), cand, limit, iterations=self.minorant_iterations)
            if old is not None:  # the same problem with smaller tables: keep its minorants
                drop.adopt(old)
            self.drops[key] = drop
        return drop

    def _ball_cuts(self, budget: int) -> bool:
        """Do the root's ball weights (from any model, and from the root's) show that no set of
        ``budget`` flips reaches ``tau``?"""
        need = self.root_margin - self.tau
        if top_positive_sum(self.point_w, budget) < need:
            return True
        return top_positive_sum(self._root_node_w, budget) < need

    def _drop_cuts(self, budget: int, limit: int) -> bool:
        """Is ``sum_k |coef_k| V_k(budget) < need`` (the blocks' falls, :meth:`_drop_floor`)?"""
        need = self.root_margin - self.tau
        total = 0.0
        for k, c in self.coef.items():
            total += abs(c) * self._block_drop(k, c, limit).value(budget)
            if not total < need:
                return False
        return True

    def _joint_floor(self, lo: int, limit: int) -> int:
        """``lo`` raised one flip count at a time while the two blocks' coupled bound
        (:func:`~optcert.svm.block_drop.joint_fall_below`, one set of moves for both blocks)
        stays below ``need``. It can only add counts above the summed falls' floor, and each
        test costs more than theirs, so it runs after their bisection."""
        if len(self.coef) != 2 or any(abs(c) != 1.0 for c in self.coef.values()):
            return lo
        need = self.root_margin - self.tau
        (k1, c1), (k2, c2) = self.coef.items()
        while lo < limit and not self._past_deadline() and \
                joint_fall_below(self._block_drop(k1, c1, limit), self._block_drop(k2, c2, limit),
                                 self.touched[k1], self.touched[k2], lo + 1, need):
            lo += 1
        return lo

    def _bisect(self, lo: int, limit: int, cuts, *, timed: bool = True) -> int:
        """The bisection of :meth:`root_floor` over ``(lo, limit]`` (``lo`` proven); ``timed``:
        stop at the deadline of :meth:`run` (off for checks that cost next to nothing)."""
        hi = limit + 1  # not shown
        while hi - lo > 1 and not (timed and self._past_deadline()):
            mid = (lo + hi) // 2
            if cuts(mid):
                lo = mid
            else:
                hi = mid
        return lo

    def _box(self, budget: int, previous=None):
        """The box of the dual variables (:func:`~optcert.svm.restoring.box_offset_for`) with
        multipliers for the worst set of ``budget`` flips of the root's restoring bound (with the
        ``previous`` box, if any), or None."""
        assert self.test_norm is not None  # root_floor runs its passes only when pruning
        (k, c), = self.coef.items()
        labels, factors = self.y_index, self._root_factors
        need = self.root_margin - self.tau
        _, rest_w, _ = self._restoring(labels, self.root, factors, self.order, budget, need, box=previous)
        w = np.max(rest_w, axis=1)
        F = self.order[np.argsort(-w, kind="stable")[:budget]]
        blk = self.root[k]
        problem = restoring_problem(self.Q, self.q, self.test_norm, self.C, float(np.sign(c)),
                                    self._signs(labels, k), blk.alpha, blk.f, factors[k])
        return box_offset_for(problem, F, self.span)

    def _root_cuts(self, budget: int, box=None) -> bool:
        """Do the root's bounds show that no set of ``budget`` flips reaches ``tau``? With
        ``box`` (:meth:`_box`) only the restoring bound is tried, with the box's support."""
        need = self.root_margin - self.tau
        allowed = self.order
        labels = self.y_index
        factors = self._root_factors
        if box is None and self._ball_cuts(budget):
            return True
        K0, rest_w, single = self._restoring(labels, self.root, factors, allowed, budget, need,
                                             optimize_rounds=self.root_optimize_rounds, split=self._split_if_tried(),
                                             box=box)
        if K0 + top_positive_sum(np.max(rest_w, axis=1), budget) < need:
            return True
        return single is not None and single[0].cut

    def _gram_split(self) -> SpectralSplit:
        """The Gram matrix's :class:`~optcert.svm.spectral.SpectralSplit` (given, or built once)."""
        if self._spectral is None:
            self._spectral = SpectralSplit(self.Q)
        return self._spectral

    def _split_if_tried(self):
        """The Gram matrix's :class:`~optcert.svm.spectral.SpectralSplit` (given, or built once);
        None above :data:`SPECTRAL_MAX_N` points, with ``spectral`` off, or where it is not tried
        (margins over two blocks; without ``optimize_minorants``, whose minorants it uses)."""
        single_block = len(self.coef) == 1 and self.moves.shape[1] == 1  # where the split is tried
        if not (self.spectral and single_block and self.optimize_minorants) or self.Q.shape[0] > SPECTRAL_MAX_N:
            return None
        return self._gram_split()

    def _suffix_cut(self, labels, blocks, factors, ordered, budget: int, need: float, end: int) -> int:
        """The first child ``r0`` (in enumeration order, in ``[1, end]``) from which on every
        subtree is cut: no set of at most ``budget`` of ``ordered[r0:]`` reaches ``need`` by the
        restoring bound with the spectral split (bisection; the whole node, ``r0 = 0``, is known
        not cut; ``end``: the suffix from there is known cut already)."""
        def cut(r: int) -> bool:
            _, _, single = self._restoring(labels, blocks, factors, ordered[r:], budget, need,
                                           split=self._split_if_tried())
            return single is not None and single[0].cut

        lo, hi = 0, end
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if cut(mid):
                hi = mid
            else:
                lo = mid
        return hi

    @functools.cached_property
    def _root_factors(self) -> dict:
        """{block: flip factors} of the root's model (every root bound reads them)."""
        return self._factors(self.y_index, self.root)

    @functools.cached_property
    def _root_node_w(self) -> np.ndarray:
        """Per point, its largest ball weight from the root's model (its flip factors)."""
        return np.max(combine_ball_weights(self.ball_tables, self.moves, self._root_factors), axis=1)

    def _factors(self, labels, blocks) -> dict:
        return {k: flip_factors(self._signs(labels, k), blocks[k].alpha, blocks[k].f, self.C, self.diag)
                for k in self.ball_tables}

    def _restoring(self, labels, blocks, factors, later, budget: int, need: float, optimize_rounds: int = 1,
                   split=None, box=None):
        """``(K0, weights, single)``: flips of at most ``budget`` moves of the points ``later``
        made together from this node lower the margin by at most ``K0`` plus the sum of their
        weights, (len(later), M) (:func:`~optcert.svm.restoring.restoring_bound` per touched
        block). ``single``: ``(bound, |coef|, candidates)`` when one block carries the margin
        and every later point is a candidate (the set search of the bound applies), else None.
        ``box``: the :class:`~optcert.svm.coefficient_box.BoxOffset` of :meth:`_box` (one block only)."""
        assert self.test_norm is not None  # called only when self.prune, i.e. test_norm given
        K0, weights, single = 0.0, np.zeros((later.size, self.moves.shape[1])), None
        for k, c in self.coef.items():
            touched = self.touched[k][later]
            cand = np.zeros(self.moves.shape[0], dtype=bool)
            cand[later[touched.any(axis=1)]] = True
            if not cand.any():
                continue
            b = min(budget, int(cand.sum()))
            offset = box if len(self.coef) == 1 else None  # the box's column replaces q (one block)
            bound = restoring_bound(self.Q, self.q, self.test_norm, self.C, float(np.sign(c)),
                                    self._signs(labels, k), blocks[k].alpha, blocks[k].f,
                                    factors[k], cand, b, rounds=self.rounds,
                                    enough=need / abs(c) if len(self.coef) == 1 else -np.inf,
                                    optimize=self.optimize_minorants and len(self.coef) == 1,
                                    minorant_iterations=self.minorant_iterations,
                                    optimize_rounds=optimize_rounds,
                                    split=split if len(self.coef) == 1 else None, offset=offset)
            full = np.zeros(self.moves.shape[0])
            full[cand] = bound.omega
            K0 += abs(c) * bound.K0
            weights += abs(c) * np.where(touched, full[later][:, None], 0.0)
            if len(self.coef) == 1 and self.moves.shape[1] == 1 and touched.all():
                single = (bound, abs(c), np.flatnonzero(cand))
        return K0, np.where(self.moves[later] >= 0, weights, -np.inf), single

    def _dfs(self, allowed, labels, blocks, margin: float, budget: int):
        """A labelling within ``budget`` more flips of the points ``allowed`` reaching tau, or None.

        Children are taken in order of decreasing weight at this node and child ``r`` may extend
        only by the points after it, so every set is met once and a child's subtree is bounded by
        its own weight plus the ``budget - 1`` largest weights *after* it -- a sliding window
        that, once below the margin, cuts every later child too."""
        need = margin - self.tau
        if self.prune:
            root_w = self.point_w[allowed]
            if top_positive_sum(root_w, budget) < need:
                self.pruned += 1
                return None
            factors = self._factors(labels, blocks)
            node_w = combine_ball_weights(self.ball_tables, self.moves, factors)[allowed]  # (len(allowed), M)
            later = np.max(node_w, axis=1)
            if top_positive_sum(later, budget) < need:
                self.pruned += 1
                return None
            # children by their flip-factor weight at this node (not by their restoring weights:
            # many more retrainings, benchmarks/RESULTS.md)
            order = np.argsort(-later, kind="stable")
            viable = self._viable(node_w[order], later[order], root_w[order], budget, need)
            # the sharper bound, only where the cheap one fails (and not over two blocks above
            # SPECTRAL_MAX_N points, where one node's restoring bound costs seconds)
            if viable.any() and (len(self.coef) == 1 or self.Q.shape[0] <= SPECTRAL_MAX_N):
                split = self._split_if_tried() if self.node_split and budget >= NODE_SPLIT_MIN_BUDGET else None
                K0, rest_w, single = self._restoring(labels, blocks, factors, allowed, budget, need, split=split)
                best = np.max(rest_w, axis=1)
                if K0 + top_positive_sum(best, budget) < need or (single is not None and single[0].cut):
                    self.pruned += 1
                    return None
                viable &= ~(K0 + rest_w[order] + suffix_top_sums(best[order], budget - 1)[:, None] < need)  # NaN: kept
                if single is not None and budget > 1:
                    viable[:, 0] &= self._sets_may_reach(single, allowed[order], viable[:, 0], budget, need)
                if split is not None and single is not None and viable.any():  # the whole node was not cut
                    r0 = self._suffix_cut(labels, blocks, factors, allowed[order], budget, need,
                                          int(np.flatnonzero(viable.any(axis=1))[-1]) + 1)
                    viable[r0:] = False
            allowed, root_w = allowed[order], root_w[order]
            self.pruned += int(np.count_nonzero(~viable & (self.moves[allowed] >= 0)))
            rows = np.flatnonzero(viable.any(axis=1))
            # a child's margin must beat tau + what its subtree can lose from any model
            subtree = suffix_top_sums(root_w, budget - 1)
        else:
            rows = np.arange(allowed.size)
        last = budget == 1
        for r in rows:
            i = int(allowed[r])
            for col, new in enumerate(self.moves[i]):
                if new < 0 or (self.prune and not viable[r, col]):
                    continue
                self._tick()
                child = labels.copy()
                child[i] = new
                dead_above = self.tau + subtree[r] if self.gap_pruning else None
                kid = self._retrain(child, blocks, i, int(new), dead_above)
                if kid is None:
                    self.pruned += 1
                    continue
                m = self._margin(kid)
                if m <= self.tau:
                    return child
                if not last:
                    hit = self._dfs(allowed[r + 1:], child, kid, m, budget - 1)
                    if hit is not None:
                        return hit
        return None

    def _sets_may_reach(self, single, allowed, viable, budget: int, need: float) -> np.ndarray:
        """Per child (rows of ``allowed``, enumeration order): can some set of it and at most
        ``budget - 1`` points after it reach the margin by the restoring bound's own quadratic
        (:meth:`~optcert.svm.restoring.RestoringBound.children_may_reach`)? A search without
        retraining, ``inner_limit`` nodes per search node; past that a child stays viable."""
        bound, scale, cand = single
        ok, used = bound.children_may_reach(need / scale, budget, np.searchsorted(cand, allowed),
                                            np.flatnonzero(viable), self.inner_limit)
        self.inner_nodes += used
        return viable & ok

    @staticmethod
    def _viable(node_w, later, root_w, budget: int, need: float) -> np.ndarray:
        """Children (rows, in enumeration order) whose subtree may still reach the margin:
        their node weight plus the largest ``budget - 1`` later ones (node weights, or the ball
        weights that hold from any model)."""
        more = np.minimum(suffix_top_sums(later, budget - 1), suffix_top_sums(root_w, budget - 1))
        return ~(node_w + more[:, None] < need)  # a NaN sum shows nothing: the child stays

    def _tick(self):
        self.nodes += 1
        if self.nodes > self._max_nodes or (self._deadline is not None and time.perf_counter() > self._deadline):
            raise _Stop
