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
  less than ``m - tau`` (the weights do not depend on the model, so this is a prefix sum);
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
    weights : (N, M) ball weights of the moves, or None (no pruning: no ``k(x, x)`` known).
    test_norm : ``||phi(x)||``; with ``weights`` it lets a child be pruned from an unfinished
        re-solve (duality gap), without it every child is solved to the end.
    tau : crossing threshold; tol : KKT tolerance of every retraining.
    """

    def __init__(self, Q, C, c_star, y_index, n_classes, q, coef, alphas, moves, weights, *, tau,
                 tol=1e-9, test_norm: float | None = None):
        self.Q, self.C, self.c_star, self.tol, self.tau = Q, float(C), c_star, tol, float(tau)
        self.y_index, self.K, self.q, self.coef = np.asarray(y_index), n_classes, q, dict(coef)
        self.moves = moves
        point_w = np.full(moves.shape[0], np.inf) if weights is None else np.max(weights, axis=1)
        self.order = np.argsort(-point_w, kind="stable")
        self.point_w = point_w[self.order]
        self.weights = weights
        self.prune = weights is not None
        self.test_norm = test_norm
        self.gap_pruning = self.prune and test_norm is not None
        self.prefix = np.concatenate([[0.0], np.cumsum(self.point_w)]) if self.prune else None
        self.root = {}
        for k in self.coef:
            signs = self._signs(self.y_index, k)
            a = np.asarray(alphas[k], dtype=float)
            beta = signs * a
            self.root[k] = _Block(a, Q @ beta, partition_of(a, self.C), float(q @ beta))
        self.root_margin = self._margin(self.root)
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

    def _dfs(self, pos: int, labels, blocks, margin: float, budget: int):
        """A labelling within ``budget`` more flips (points ``order[pos:]``) reaching tau, or None."""
        need = margin - self.tau
        n = self.order.size
        if self.prune and self.prefix[min(pos + budget, n)] - self.prefix[pos] < need:
            self.pruned += 1
            return None
        last = budget == 1
        for j in range(pos, n):
            if last and self.prune and self.point_w[j] < need:
                break  # weights fall along the order: no later single move reaches tau
            i = int(self.order[j])
            for col, new in enumerate(self.moves[i]):
                if new < 0 or (last and self.prune and self.weights[i, col] < need):
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
