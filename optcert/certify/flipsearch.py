"""Branch-and-bound over flip sets: small radii of the kernel SVM exactly, by retraining.

LabelCert's hard question is "is there an attack of fewer than k flips?". For a few flips the
fastest exact answer is the search itself, not a MILP (HiGHS could not prove "no attack of one
flip" at N = 100 in 600 s, which is 100 retrainings). The search:

* walks sets of relabellings depth first, points in order of decreasing ball weight
  (:func:`optcert.certify.stability.ball_weights`), each set extended only by later points;
* retrains every node from its parent (one flip away) by an active-set re-solve
  (:func:`optcert.svm_dual.resolve_from_partition`), falling back to the full dual solver;
* prunes with the ball bound from the node's own model: with margin ``m`` and ``b`` flips left,
  no descendant can reach ``tau`` while the ``b`` largest weights of the later points sum to
  less than ``m - tau``; the weights are the ball weights scaled by the node's
  :func:`~optcert.certify.stability.flip_factors` (flips made together from one optimum: half
  the ball weight for a point whose margin lies outside [-1, 1]), and a child is skipped
  unsolved when its weight plus the ``b - 1`` largest later ones cannot reach the margin;
  where that does not cut, the restoring bound of the node's model
  (:func:`~optcert.certify.stability.restoring_weights`: the points that keep their labels push
  back once their margins would cross 1) is tried the same way -- at N = 100 it cuts the
  retrainings for "no attack of 8 flips" from ~59 000 to ~260;
* prunes a child before its re-solve ends when a feasible approximation and the duality gap
  already show its margin beyond that bound (:func:`optcert.svm_dual.duality_gap`);
* deepens one flip count at a time, so every completed depth proves "no attack of this many
  flips" and a stop at the node budget or the deadline still leaves a sound floor.

A labelling whose retrained margin reaches ``tau`` is returned, not trusted: the caller replays
it with the learner's own ``refit`` before it becomes an attack.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from ..svm_dual import duality_gap, partition_of, resolve_from_partition, solve_svm_dual
from .stability import (ball_weight_blocks, combine_ball_weights, flip_factors, restoring_weights,
                        top_positive_sum)


@dataclass
class SearchResult:
    """``floor``: no labelling of fewer flips reaches ``tau`` (retrained, every one, or pruned
    by the ball bound). ``crossing``: class-index labels of one that does (to replay), or None.
    ``nodes``: retrainings; ``pruned``: subtrees cut by the ball bound."""

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
    alphas : {block: clean dual solution}; moves : (N, M) from ``margin_moves``.
    test_norm : ``||phi(x)||``, or None (no ``k(x, x)`` known: no pruning, every labelling up
        to the depth is retrained).
    tau : crossing threshold; tol : KKT tolerance of every retraining.
    """

    def __init__(self, Q, C, c_star, y_index, n_classes, q, coef, alphas, moves, *, tau,
                 tol=1e-9, test_norm: float | None = None):
        self.Q, self.C, self.c_star, self.tol, self.tau = Q, float(C), c_star, tol, float(tau)
        self.y_index, self.K, self.q, self.coef = np.asarray(y_index), n_classes, q, dict(coef)
        self.moves = moves
        self.prune = self.gap_pruning = self.restoring = test_norm is not None
        self.test_norm = test_norm
        self.diag = np.diag(Q).copy()
        if self.prune:
            self.blocks = ball_weight_blocks(q, self.diag, test_norm, C, self.y_index, n_classes, coef, moves)
            self.weights = combine_ball_weights(self.blocks, moves)
            self.touched = {k: (moves >= 0) & ((n_classes == 2) | (self.y_index[:, None] == k) | (moves == k))
                            for k in self.coef}
            point_w = np.max(self.weights, axis=1)
        else:
            self.weights, point_w = None, np.full(moves.shape[0], np.inf)
        self.order = np.argsort(-point_w, kind="stable")
        self.point_w = point_w[self.order]
        self.prefix = np.concatenate([[0.0], np.cumsum(self.point_w)]) if self.prune else None
        self.root = {}
        for k in self.coef:
            signs = self._signs(self.y_index, k)
            a = np.asarray(alphas[k], dtype=float)
            beta = signs * a
            self.root[k] = _Block(a, Q @ beta, partition_of(a, self.C), float(q @ beta))
        self.root_margin = self._margin(self.root)
        self.rounds = 2  # restoring bound: choices of the pushing-back set per node (3, 5: same nodes)
        self.nodes = self.pruned = 0

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
            low = sum(c * parent[k].score for k, c in self.coef.items() if k not in touched)
            for k in touched:
                blk = parent[k]  # a_i stays feasible when only the sign of y_i changes
                f = blk.f + self.Q[:, i] * (2.0 * signs[k][i] * blk.alpha[i])
                low += self._score_low(k, signs[k], blk.alpha, f)
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
                rest = sum(c * out[kk].score for kk, c in self.coef.items() if kk != k)
                sk = signs[k]
                stop = lambda a, f, k=k, sk=sk, rest=rest: rest + self._score_low(k, sk, a, f) > dead_above
            res = resolve_from_partition(self.Q, signs[k], self.C, guess, tol=self.tol, stop=stop)
            if res == "stopped":
                return None
            if res is None:
                a = solve_svm_dual(self.Q, signs[k], self.C, tol=self.tol, c_star=self.c_star,
                                   warm_start=blk.alpha).alpha
                res = (a, self.Q @ (signs[k] * a), partition_of(a, self.C))
            a, f, part = res
            out[k] = _Block(a, f, part, float(self.q @ (signs[k] * a)))
        return out

    def _score_low(self, k, signs, alpha, f) -> float:
        """Lower bound on ``coef_k F_k(x)`` at the optimum, from a feasible ``alpha``."""
        c = self.coef[k]
        err = self.test_norm * np.sqrt(2.0 * max(duality_gap(signs, alpha, f, self.C), 0.0))
        return c * float(self.q @ (signs * alpha)) - abs(c) * err * (1 + 1e-9) - 1e-12

    def run(self, floor: int, limit: int, *, max_nodes: int, deadline: float | None = None) -> SearchResult:
        """Deepen from ``floor`` flips (fewer are known not to cross) up to ``limit``.

        Stops at the first crossing labelling, after ``max_nodes`` retrainings, or at
        ``deadline`` (``time.perf_counter()`` seconds); the floor then counts completed depths.
        """
        self.nodes = self.pruned = 0
        self._max_nodes, self._deadline = max_nodes, deadline
        floor = max(int(floor), 1)
        if self.root_margin <= self.tau:
            return SearchResult(0, self.y_index.copy(), 0, 0)
        n = self.order.size
        limit = min(int(limit), n)
        while floor <= limit:
            try:
                hit = self._dfs(0, self.y_index.copy(), self.root, self.root_margin, floor)
            except _Stop:
                break
            if hit is not None:
                return SearchResult(floor, hit, self.nodes, self.pruned)
            floor += 1
        return SearchResult(floor, None, self.nodes, self.pruned)

    def _factors(self, labels, blocks) -> dict:
        return {k: flip_factors(self._signs(labels, k), blocks[k].alpha, blocks[k].f, self.C, self.diag)
                for k in self.blocks}

    def _restoring(self, labels, blocks, factors, pos: int, budget: int, need: float):
        """``(K0, weights)``: flips of at most ``budget`` later moves made together from this
        node lower the margin by at most ``K0`` plus the sum of their weights, (n - pos, M) in
        search order (:func:`~optcert.certify.stability.restoring_weights` per touched block)."""
        later = self.order[pos:]
        K0, weights = 0.0, np.zeros((later.size, self.moves.shape[1]))
        for k, c in self.coef.items():
            touched = self.touched[k][later]
            cand = np.zeros(self.moves.shape[0], dtype=bool)
            cand[later[touched.any(axis=1)]] = True
            if not cand.any():
                continue
            b = min(budget, int(cand.sum()))
            K0_k, omega = restoring_weights(self.Q, self.q, self.test_norm, self.C, float(np.sign(c)),
                                            self._signs(labels, k), blocks[k].alpha, blocks[k].f,
                                            factors[k], cand, b, rounds=self.rounds,
                                            enough=need if len(self.coef) == 1 else -np.inf)
            full = np.zeros(self.moves.shape[0])
            full[cand] = omega
            K0 += abs(c) * K0_k
            weights += abs(c) * np.where(touched, full[later][:, None], 0.0)
        return K0, np.where(self.moves[later] >= 0, weights, -np.inf)

    def _dfs(self, pos: int, labels, blocks, margin: float, budget: int):
        """A labelling within ``budget`` more flips (points ``order[pos:]``) reaching tau, or None."""
        need = margin - self.tau
        n = self.order.size
        js = np.arange(pos, n)
        if self.prune:
            if self.prefix[min(pos + budget, n)] - self.prefix[pos] < need:
                self.pruned += 1
                return None
            factors = self._factors(labels, blocks)
            node_w = combine_ball_weights(self.blocks, self.moves, factors)[self.order[pos:]]  # (n - pos, M)
            later = np.max(node_w, axis=1)
            if top_positive_sum(later, budget) < need:
                self.pruned += 1
                return None
            # a child's whole subtree, bounded from this node's model: its own weight plus what
            # budget - 1 later flips can add (node weights, or the ball weights' prefix sums)
            more = np.minimum(top_positive_sum(later[1:], budget - 1),
                              self.prefix[np.minimum(js + budget, n)] - self.prefix[js + 1])
            viable = node_w + more[:, None] >= need
            if self.restoring and viable.any():  # the sharper bound, only where the cheap one fails
                K0, rest_w = self._restoring(labels, blocks, factors, pos, budget, need)
                best = np.max(rest_w, axis=1)
                if K0 + top_positive_sum(best, budget) < need:
                    self.pruned += 1
                    return None
                viable &= K0 + rest_w + top_positive_sum(best[1:], budget - 1) >= need
            self.pruned += int(np.count_nonzero(~viable & (self.moves[self.order[pos:]] >= 0)))
            rows = np.flatnonzero(viable.any(axis=1))
        else:
            rows = np.arange(n - pos)
        last = budget == 1
        for r in rows:
            j = pos + int(r)
            i = int(self.order[j])
            for col, new in enumerate(self.moves[i]):
                if new < 0 or (self.prune and not viable[r, col]):
                    continue
                self._tick()
                child = labels.copy()
                child[i] = new
                dead_above = None
                if self.gap_pruning:  # the child's margin must beat tau + its subtree's weights
                    dead_above = self.tau + self.prefix[min(j + budget, n)] - self.prefix[j + 1]
                kid = self._retrain(child, blocks, i, int(new), dead_above)
                if kid is None:
                    self.pruned += 1
                    continue
                m = self._margin(kid)
                if m <= self.tau:
                    return child
                if not last:
                    hit = self._dfs(j + 1, child, kid, m, budget - 1)
                    if hit is not None:
                        return hit
        return None

    def _tick(self):
        self.nodes += 1
        if self.nodes > self._max_nodes or (self._deadline is not None and time.perf_counter() > self._deadline):
            raise _Stop
