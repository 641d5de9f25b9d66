"""Collective attacks on label-linear scores (docs/math/collective.md): numbers only, no solvers, no learners.

The scores of a label-linear model at M test points are::

    F_mk(y~) = offset_mk + sum_i W_mi [y~_i = k]          shape (M, K)

and the prediction is ``argmax_k F_mk`` with ties to the smaller index. A binary model
``f = sum_i w_i s_i`` (``s_i = +-1``) is the case K = 2 with offset 0, since ``f = F_1 - F_0``.

This module gives

* :func:`crossing` -- per test point m and rival class t, what crossing needs: the gap
  ``need_mt = F_mc - F_mt - tau_m`` to cover, each training point's best gain and worst harm
  on ``F_mt - F_mc``, the big-M ``H_mt`` (the most ``r`` relabellings can widen the gap) and the
  least number of flips ``k_mt`` that can cover the gap (sorting); the MILPs of
  :mod:`optcert.formulations.collective` are built from these numbers;
* :class:`LinearScores` and :class:`EnsembleScores` -- the predictions after every single
  relabelling at once (vectorised), for the greedy;
* :func:`greedy_collective` -- one flip set of at most r flips changing many predictions at once
  (flips-first greedy, points-first covers, then 1-swap local search). A candidate only: the
  certifier replays it by retraining before it counts;
* :func:`union_of_attacks` -- grow a flip set from per-point attacks, judged by a callback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .label_linear import least_flips_to_cover, pair_gains

logger = logging.getLogger(__name__)

INF = np.inf


# -- what crossing needs ------------------------------------------------------------------------

@dataclass(frozen=True)
class Crossing:
    """Crossing data of M test points against every rival class (arrays; ``t = c_m`` unused).

    Attributes
    ----------
    prediction : (M,) clean class index c_m.
    need : (M, K) ``F_mc - F_mt - tau_m``: how far ``F_mt - F_mc`` must rise; ``inf`` at t = c_m.
    gain : (M, K, N) ``>= 0``, the most relabelling point i raises ``F_mt - F_mc``.
    harm : (M, K, N) ``>= 0``, the most relabelling point i lowers it.
    H : (M, K) sum of the ``r`` largest harms: no labelling of at most r flips lowers
        ``F_mt - F_mc`` by more (the big-M of an inactive crossing row).
    flips : (M, K) least k whose k largest gains cover ``need`` (``inf``: not within N flips);
        no labelling with fewer flips crosses.
    """

    prediction: np.ndarray
    need: np.ndarray
    gain: np.ndarray
    harm: np.ndarray
    H: np.ndarray
    flips: np.ndarray

    @property
    def point_flips(self) -> np.ndarray:
        """(M,) least flips that can change point m's prediction (minimum over rivals)."""
        return self.flips.min(axis=1)


def label_linear_scores(offset, W: np.ndarray, y_index: np.ndarray, K: int) -> np.ndarray:
    """(M, K) scores ``F = offset + W onehot(y)`` (``offset`` None means 0)."""
    F = np.zeros((W.shape[0], K)) if offset is None else np.array(offset, dtype=float, copy=True)
    for k in range(K):
        F[:, k] += W[:, y_index == k].sum(axis=1)
    return F


def top_sum(values: np.ndarray, r: int) -> np.ndarray:
    """Sum of the ``r`` largest entries along the last axis (all of them when r >= length)."""
    n = values.shape[-1]
    if r <= 0 or n == 0:
        return np.zeros(values.shape[:-1])
    if r >= n:
        return values.sum(axis=-1)
    return -np.partition(-values, r - 1, axis=-1)[..., :r].sum(axis=-1)


def crossing(offset, W: np.ndarray, y_index: np.ndarray, K: int, tau: np.ndarray, budget: int) -> Crossing:
    """Crossing data (see :class:`Crossing`) of label-linear scores at budget ``r = budget``.

    ``gain`` and ``harm`` of point i against rival t, with w = W_mi: a point of class c moves to
    t (``+2w``) or to a third class (``+w``); a point of class t moves to c (``-2w``) or away
    (``-w``); any other point moves to t (``+w``), to c (``-w``) or elsewhere (0). So
    ``gain`` = the pair gain of docs/math/label-linear.md and ``harm`` = ``max(0, -2w)``, ``max(0, 2w)``, ``|w|``.
    """
    W = np.asarray(W, dtype=float)
    y_index = np.asarray(y_index, dtype=np.int64)
    M, N = W.shape
    F = label_linear_scores(offset, W, y_index, K)
    pred = np.argmax(F, axis=1)
    tau = np.broadcast_to(np.asarray(tau, dtype=float), (M,))
    need = np.full((M, K), INF)
    gain = np.zeros((M, K, N))
    harm = np.zeros((M, K, N))
    H = np.zeros((M, K))
    flips = np.full((M, K), INF)
    rows = np.arange(M)
    for t in range(K):
        todo = np.flatnonzero(pred != t)
        if todo.size == 0:
            continue
        c = pred[todo]
        w = W[todo]
        yc = y_index[None, :] == c[:, None]
        yt = y_index[None, :] == t
        gain[todo, t] = pair_gains(w, y_index, c, np.full(todo.size, t), K)
        harm[todo, t] = np.where(yc, np.maximum(0.0, -2.0 * w),
                                 np.where(yt, np.maximum(0.0, 2.0 * w), np.abs(w)))
        need[todo, t] = F[rows[todo], c] - F[todo, t] - tau[todo]
        H[todo, t] = top_sum(harm[todo, t], budget)
        flips[todo, t] = least_flips_to_cover(gain[todo, t], need[todo, t])
    return Crossing(pred, need, gain, harm, H, flips)


def nested_cardinality(gain: np.ndarray, need: float, budget: int) -> list[tuple[np.ndarray, int]]:
    """Rows ``sum_{i in U} flip_i >= u * x``: every labelling of at most ``budget`` flips whose
    gains cover ``need`` flips at least u points of U.

    U runs over the sets of the j largest gains. Proof: with u flips in U and at most
    ``budget - u`` outside, the gain is at most ``top_u(U) + top_{budget-u}(outside U)``; u* is
    the least u for which that reaches ``need``, so every covering labelling has ``u >= u*``.
    Returns, for each u = 1..k, the smallest such U (``k`` = the least flips that cover).
    """
    order = np.argsort(-gain, kind="stable")
    g = gain[order]
    g = g[g > 0]
    n = g.size
    if n == 0 or need <= 0:
        return []
    P = np.concatenate([[0.0], np.cumsum(g)])
    j = np.arange(1, n + 1)[:, None]
    u = np.arange(0, min(n, budget) + 1)[None, :]
    reach = P[np.minimum(u, j)] + P[np.minimum(j + budget - u, n)] - P[j]
    ok = (reach >= need) & (u <= j)
    ustar = np.where(ok.any(axis=1), np.argmax(ok, axis=1), -1)  # least u per j, -1: none
    rows, best = [], 0
    for jj in range(n):
        while best < ustar[jj]:
            best += 1
            rows.append((order[:jj + 1].copy(), best))
    return rows


def relabel_changes(W_row: np.ndarray, y_index: np.ndarray, c: int, t: int, K: int) -> np.ndarray:
    """(N, K - 1) change of ``F_t - F_c`` (scores ``sum_i W_i [y~_i = k]``) when point i alone is
    relabelled to its j-th other class (the classes ``k != y_i`` in increasing order)."""
    W_row = np.asarray(W_row, dtype=float)
    y_index = np.asarray(y_index, dtype=np.int64)
    diff = (np.arange(K) == t).astype(float) - (np.arange(K) == c)  # [k = t] - [k = c]
    others = np.array([[k for k in range(K) if k != y] for y in range(K)], dtype=np.int64)[y_index]
    return W_row[:, None] * (diff[others] - diff[y_index][:, None])


def _joint_slack(A: np.ndarray, B: np.ndarray, na: float, nb: np.ndarray, lam: np.ndarray, r: int) -> np.ndarray:
    """``top_r(max_j(lam A + (1 - lam) B)^+) - (lam na + (1 - lam) nb)`` for one row A (N, L)
    against rows B (Q, N, L) with one ``lam`` each (Q,)."""
    L = lam[:, None, None]
    best = np.maximum((L * A[None] + (1.0 - L) * B).max(axis=2), 0.0)
    return top_sum(best, r) - (lam * na + (1.0 - lam) * nb)


def _compatible_by_witness(delta: np.ndarray, need: np.ndarray, budget: int) -> np.ndarray:
    """(P, P) bool, binary rows ``delta`` (P, N): the union of the two rows' least covers (each
    row's largest moves) has at most ``budget`` points and satisfies both rows -- a labelling
    that proves the pair compatible, so no search is needed."""
    P, N = delta.shape
    k = least_flips_to_cover(np.maximum(delta, 0.0), need)
    S = np.zeros((P, N))
    for p in range(P):
        if np.isfinite(k[p]):
            S[p, np.argsort(-delta[p], kind="stable")[:int(k[p])]] = 1.0
    size = S.sum(axis=1)
    union = size[:, None] + size[None, :] - S @ S.T
    own = (delta * S).sum(axis=1)
    moved = own[:, None] + delta @ S.T - (delta * S) @ S.T  # row p at S_p | S_q
    ok = moved >= need[:, None]
    return (union <= budget) & ok & ok.T & np.isfinite(k)[:, None] & np.isfinite(k)[None, :]


def _joint_witness(a: np.ndarray, na: float, B: np.ndarray, nb: np.ndarray, budget: int) -> np.ndarray:
    """(Q,) bool: the ``budget`` largest positive entries of ``a / na + B_q / nb_q`` (binary rows,
    positive needs) satisfy both ``a . 1_S >= na`` and ``B_q . 1_S >= nb_q``."""
    if na <= 0:
        return np.zeros(B.shape[0], dtype=bool)
    scale = np.where(nb > 0, nb, 1.0)
    comb = a[None, :] / na + B / scale[:, None]
    r = min(budget, a.size)
    if r <= 0:
        return np.zeros(B.shape[0], dtype=bool)
    idx = np.argpartition(-comb, r - 1, axis=1)[:, :r]
    keep = np.take_along_axis(comb, idx, axis=1) > 0
    va = (a[idx] * keep).sum(axis=1)
    vb = (np.take_along_axis(B, idx, axis=1) * keep).sum(axis=1)
    return (va >= na) & (vb >= nb)


def pair_conflicts(changes: np.ndarray, need: np.ndarray, budget: int, margin: np.ndarray,
                   iterations: int = 12) -> np.ndarray:
    """(P, P) bool: rows p and q, ``sum_i change_p(i, y~_i) >= need_p``, provably never hold
    together under a labelling of at most ``budget`` relabellings.

    ``changes`` (P, N, L): row p's left side moves by ``changes[p, i, j]`` when point i is
    relabelled to its j-th option (:func:`relabel_changes`; keeping the label moves nothing);
    the moves of several points add up (label-linear scores). Proof: if a labelling with at most
    r relabellings, set S, satisfies both rows, then for every ``lam`` in [0, 1] the
    ``lam``-combination of the rows holds too, and its left side is at most
    ``sum_{i in S} max_j (lam change_p + (1 - lam) change_q)(i, j)^+``, at most the sum of the r
    largest such maxima. So one ``lam`` whose r largest maxima fall short of the combined need by
    more than ``margin_p + margin_q`` (rounding) proves the pair apart. The shortfall is convex in
    ``lam`` (a maximum of linear functions minus a linear one); a ternary search of
    ``iterations`` steps looks for its minimum. This is the LP of the two rows and the budget, so
    a conflict also holds for fractional labellings. Binary rows (L = 1) first skip the pairs an
    explicit labelling satisfies together (:func:`_compatible_by_witness`).
    """
    changes = np.asarray(changes, dtype=float)
    need = np.asarray(need, dtype=float)
    margin = np.asarray(margin, dtype=float)
    P = need.size
    out = np.zeros((P, P), dtype=bool)
    if P < 2:
        return out
    known = _compatible_by_witness(changes[:, :, 0], need, budget) if changes.shape[2] == 1 else \
        np.zeros((P, P), dtype=bool)
    for p in range(P - 1):
        q = p + 1 + np.flatnonzero(~known[p, p + 1:])
        if q.size == 0:
            continue
        if changes.shape[2] == 1:  # binary: try the r largest moves of the need-scaled sum as a witness
            q = q[~_joint_witness(changes[p, :, 0], need[p], changes[q, :, 0], need[q], budget)]
            if q.size == 0:
                continue
        B, nb, tol = changes[q], need[q], margin[p] + margin[q]
        lo, hi = np.zeros(q.size), np.ones(q.size)
        found = np.zeros(q.size, dtype=bool)
        for lam in (0.0, 0.5, 1.0):
            found |= _joint_slack(changes[p], B, need[p], nb, np.full(q.size, lam), budget) < -tol
        for _ in range(iterations):
            live = np.flatnonzero(~found)
            if live.size == 0:
                break
            m1 = lo[live] + (hi[live] - lo[live]) / 3.0
            m2 = hi[live] - (hi[live] - lo[live]) / 3.0
            f1 = _joint_slack(changes[p], B[live], need[p], nb[live], m1, budget)
            f2 = _joint_slack(changes[p], B[live], need[p], nb[live], m2, budget)
            found[live] |= (f1 < -tol[live]) | (f2 < -tol[live])
            left = f1 > f2  # convex: the minimum is not left of m1
            lo[live[left]] = m1[left]
            hi[live[~left]] = m2[~left]
        out[p, q] = found
    return out | out.T


def conflict_cliques(conflicts: np.ndarray) -> list[list[int]]:
    """Cliques of the conflict graph covering every edge (greedy): each grows from an uncovered
    edge by the vertex adjacent to all members that covers most uncovered edges. At most one
    member of a clique can hold, so each gives a row ``sum x <= 1``."""
    nbr = [set(np.flatnonzero(row).tolist()) for row in conflicts]
    uncovered = {(i, j) for i in range(len(nbr)) for j in nbr[i] if i < j}
    out = []
    while uncovered:
        i, j = min(uncovered)
        Q, P = [i, j], nbr[i] & nbr[j]
        while P:
            v = max(sorted(P), key=lambda v: (sum((min(v, u), max(v, u)) in uncovered for u in Q), len(nbr[v] & P)))
            Q.append(v)
            P &= nbr[v]
        for u in Q:
            for w in Q:
                uncovered.discard((min(u, w), max(u, w)))
        out.append(sorted(Q))
    return out


# -- evaluating labellings ------------------------------------------------------------------------

def _argmax_changed(F: np.ndarray, clean: np.ndarray) -> np.ndarray:
    """``argmax(F) != clean`` along the last axis (ties to the smaller index); F (..., M, K)."""
    return np.argmax(F, axis=-1) != clean


def _deficit(F: np.ndarray, clean: np.ndarray) -> np.ndarray:
    """``F_c - max_{t != c} F_t`` per point (>= 0 while c still wins); F (..., M, K)."""
    Fc = np.take_along_axis(F, np.broadcast_to(clean[..., None], F.shape[:-1] + (1,)), axis=-1)[..., 0]
    G = F.copy()
    np.put_along_axis(G, np.broadcast_to(clean[..., None], F.shape[:-1] + (1,)), -INF, axis=-1)
    return Fc - G.max(axis=-1)


class LinearScores:
    """Predictions of label-linear scores under relabellings, with a greedy's score.

    ``value = sum_m a_m [changed_m] + potential``, where the potential (< 1 in total, so counts
    come first) rewards unchanged points in ``reach`` for closing their clean deficit.
    """

    def __init__(self, offset, W: np.ndarray, y_index: np.ndarray, K: int, a: np.ndarray,
                 reach: np.ndarray | None = None):
        self.W = np.asarray(W, dtype=float)
        self.y0 = np.asarray(y_index, dtype=np.int64)
        self.K = int(K)
        self.offset = offset
        F = label_linear_scores(offset, self.W, self.y0, self.K)
        self.clean = np.argmax(F, axis=1)
        self.a = np.asarray(a, dtype=float)
        self.reach = np.ones(self.W.shape[0], bool) if reach is None else np.asarray(reach, bool)
        self.d0 = np.maximum(_deficit(F, self.clean), 1e-300)
        self._norm = float(self.a.sum()) + 1.0

    @property
    def n_train(self) -> int:
        return self.y0.size

    def state(self, y: np.ndarray) -> np.ndarray:
        return label_linear_scores(self.offset, self.W, y, self.K)

    def _value(self, F: np.ndarray) -> np.ndarray:
        changed = _argmax_changed(F, self.clean)
        progress = np.clip(1.0 - _deficit(F, self.clean) / self.d0, 0.0, 1.0)
        live = self.a * self.reach * ~changed
        return (self.a * changed).sum(axis=-1) + (live * progress).sum(axis=-1) / self._norm

    def value(self, F: np.ndarray) -> float:
        return float(self._value(F))

    def count(self, F: np.ndarray) -> float:
        return float((self.a * _argmax_changed(F, self.clean)).sum())

    def changed(self, F: np.ndarray) -> np.ndarray:
        return _argmax_changed(F, self.clean)

    def apply(self, F: np.ndarray, y: np.ndarray, i: int, k: int) -> None:
        """Relabel point i to class k in place (``F`` and ``y``)."""
        F[:, y[i]] -= self.W[:, i]
        F[:, k] += self.W[:, i]
        y[i] = k

    def score_moves(self, F: np.ndarray, y: np.ndarray, movable: np.ndarray) -> np.ndarray:
        """(N, K) value after relabelling i to k (``-inf`` where not movable or k = y_i)."""
        out = np.full((self.n_train, self.K), -INF)
        idx = np.flatnonzero(movable)
        for s in range(0, idx.size, 256):
            ii = idx[s:s + 256]
            w = self.W[:, ii].T  # (n, M)
            for k in range(self.K):
                sel = y[ii] != k
                if not sel.any():
                    continue
                jj, wk = ii[sel], w[sel]
                G = np.repeat(F[None], jj.size, axis=0)  # (n, M, K)
                G[np.arange(jj.size), :, y[jj]] -= wk
                G[:, :, k] += wk
                out[jj, k] = self._value(G)
        return out


class EnsembleScores:
    """Predictions of a partition ensemble of label-linear base models under relabellings.

    ``bases`` holds, per partition, ``(indices, offset, W)`` with the base scores
    ``offset + W onehot(y[indices])`` at the M test points; a flip of a training point moves
    only the base model of its partition. Votes are each base's argmax, the ensemble predicts
    the plurality (ties to the smaller index). The state is ``(base scores, votes, counts)``.
    """

    def __init__(self, bases: Sequence[tuple], y_index: np.ndarray, K: int, a: np.ndarray):
        self.bases = [(np.asarray(ix, dtype=np.int64), off, np.asarray(Wj, dtype=float)) for ix, off, Wj in bases]
        self.y0 = np.asarray(y_index, dtype=np.int64)
        self.K = int(K)
        self.a = np.asarray(a, dtype=float)
        self.part = np.empty(self.y0.size, dtype=np.int64)
        self.local = np.empty(self.y0.size, dtype=np.int64)
        for j, (ix, _, _) in enumerate(self.bases):
            self.part[ix] = j
            self.local[ix] = np.arange(ix.size)
        F, V, n = self.state(self.y0)
        self.clean = np.argmax(n, axis=1)
        self.d0 = np.maximum(_deficit(n.astype(float), self.clean), 1.0)
        self._norm = float(self.a.sum()) + 1.0

    @property
    def n_train(self) -> int:
        return self.y0.size

    def state(self, y: np.ndarray):
        F = [label_linear_scores(off, Wj, y[ix], self.K) for ix, off, Wj in self.bases]
        V = np.stack([np.argmax(Fj, axis=1) for Fj in F], axis=1)  # (M, Np)
        n = np.stack([(V == k).sum(axis=1) for k in range(self.K)], axis=1)
        return F, V, n

    def _value_counts(self, n: np.ndarray) -> np.ndarray:
        changed = _argmax_changed(n.astype(float), self.clean)
        progress = np.clip(1.0 - _deficit(n.astype(float), self.clean) / self.d0, 0.0, 1.0)
        live = self.a * ~changed
        return (self.a * changed).sum(axis=-1) + (live * progress).sum(axis=-1) / self._norm

    def value(self, st) -> float:
        return float(self._value_counts(st[2]))

    def count(self, st) -> float:
        return float((self.a * _argmax_changed(st[2].astype(float), self.clean)).sum())

    def changed(self, st) -> np.ndarray:
        return _argmax_changed(st[2].astype(float), self.clean)

    def apply(self, st, y: np.ndarray, i: int, k: int) -> None:
        F, V, n = st
        j, li = self.part[i], self.local[i]
        Wj = self.bases[j][2]
        F[j][:, y[i]] -= Wj[:, li]
        F[j][:, k] += Wj[:, li]
        y[i] = k
        rows = np.arange(V.shape[0])
        n[rows, V[:, j]] -= 1
        V[:, j] = np.argmax(F[j], axis=1)
        n[rows, V[:, j]] += 1

    def score_moves(self, st, y: np.ndarray, movable: np.ndarray) -> np.ndarray:
        F, V, n = st
        out = np.full((self.n_train, self.K), -INF)
        M = V.shape[0]
        rows = np.arange(M)
        for j, (ix, _, Wj) in enumerate(self.bases):
            loc = np.flatnonzero(movable[ix])
            if loc.size == 0:
                continue
            base = n.copy()
            base[rows, V[:, j]] -= 1  # counts without base j
            for k in range(self.K):
                sel = loc[y[ix[loc]] != k]
                if sel.size == 0:
                    continue
                G = np.repeat(F[j][None], sel.size, axis=0)  # (n, M, K)
                G[np.arange(sel.size), :, y[ix[sel]]] -= Wj[:, sel].T
                G[:, :, k] += Wj[:, sel].T
                votes = np.argmax(G, axis=2)  # (n, M)
                cnt = np.repeat(base[None], sel.size, axis=0)
                np.add.at(cnt, (np.arange(sel.size)[:, None], rows[None, :], votes), 1)
                out[ix[sel], k] = self._value_counts(cnt)
        return out


# -- the greedy --------------------------------------------------------------------------------------

def _best_move(scores: np.ndarray) -> tuple[int, int, float]:
    i, k = divmod(int(np.argmax(scores)), scores.shape[1])
    return int(i), int(k), float(scores[i, k])


def greedy_flips(ev, budget: int, y_start: np.ndarray | None = None) -> np.ndarray:
    """Flips-first greedy: add the single relabelling that most raises the evaluator's value
    while it rises and the budget lasts. Returns the labelling (class indices)."""
    y = ev.y0.copy() if y_start is None else y_start.copy()
    st = ev.state(y)
    cur = ev.value(st)
    while int((y != ev.y0).sum()) < budget:
        S = ev.score_moves(st, y, y == ev.y0)
        i, k, v = _best_move(S)
        if not v > cur + 1e-12:
            break
        ev.apply(st, y, i, k)
        cur = v
    return y


def local_search(ev, y: np.ndarray, budget: int, max_evaluations: int | None = None) -> np.ndarray:
    """1-swap local search (first improvement): undo one flip and make the best single
    relabelling instead, or add one while the budget allows, whenever that raises the value.
    Stops after a pass without improvement or ``max_evaluations`` move tables (default 3r)."""
    y = y.copy()
    st = ev.state(y)
    cur = ev.value(st)
    left = 3 * max(budget, 1) if max_evaluations is None else max_evaluations
    improved = True
    while improved and left > 0:
        improved = False
        if int((y != ev.y0).sum()) < budget:
            left -= 1
            i, k, v = _best_move(ev.score_moves(st, y, y == ev.y0))
            if v > cur + 1e-12:
                ev.apply(st, y, i, k)
                cur, improved = v, True
                continue
        for f in np.flatnonzero(y != ev.y0):
            if left <= 0:
                break
            left -= 1
            y2 = y.copy()
            y2[f] = ev.y0[f]
            st2 = ev.state(y2)
            i, k, v = _best_move(ev.score_moves(st2, y2, y2 == ev.y0))
            v0 = ev.value(st2)
            if max(v, v0) > cur + 1e-12:
                if v > v0:
                    ev.apply(st2, y2, i, k)
                y, st, cur, improved = y2, st2, max(v, v0), True
                break
    return y


def points_first(ev: LinearScores, budget: int, order: np.ndarray, seeds: int = 6) -> np.ndarray:
    """Cover points one at a time: for each point (in ``order``) not yet changed, relabel the
    fewest untouched points (largest pair gains against its nearest rival) that change it, if
    the budget allows and the weighted count rises. Restarted from the first ``seeds`` points
    of ``order``; returns the best labelling found."""
    best_y, best_v = ev.y0.copy(), -INF
    order = np.asarray(order, dtype=np.int64)
    for s in range(min(seeds, order.size)):
        seq = np.concatenate([order[s:s + 1], np.delete(order, s)])
        y = ev.y0.copy()
        F = ev.state(y)
        count = ev.count(F)
        for m in seq:
            used = int((y != ev.y0).sum())
            if used >= budget:
                break
            if ev.changed(F)[m]:
                continue
            c = int(ev.clean[m])
            touched = y != ev.y0
            best = None
            for t in range(ev.K):
                if t == c:
                    continue
                g = pair_gains(ev.W[m][None], y, np.array([c]), np.array([t]), ev.K)[0]
                g[touched] = 0.0
                k = least_flips_to_cover(g[None], np.array([F[m, c] - F[m, t]]), strict=t > c)[0]
                if np.isfinite(k) and used + k <= budget and (best is None or k < best[0]):
                    best = (int(k), t, g)
            if best is None:
                continue
            k, t, g = best
            idx = np.argsort(-g, kind="stable")[:k]
            y2, F2 = y.copy(), F.copy()
            for i in idx:
                w = ev.W[m, i]
                new = t if y2[i] == c else c if y2[i] == t else (t if w >= 0 else c)
                ev.apply(F2, y2, int(i), int(new))
            c2 = ev.count(F2)
            if c2 > count:
                y, F, count = y2, F2, c2
        v = ev.value(F)
        if v > best_v:
            best_y, best_v = y, v
    return best_y


def greedy_collective(ev, budget: int, *, order: np.ndarray | None = None, seeds: int = 6,
                      starts: Sequence[np.ndarray] = (), search: bool = True, n_starts: int = 3) -> np.ndarray:
    """A labelling (class indices) of at most ``budget`` flips changing many predictions of
    ``ev`` (a :class:`LinearScores` or :class:`EnsembleScores`): the best of the flips-first
    greedy, the points-first covers (label-linear only, points in ``order``) and the greedy
    continued from the ``n_starts`` best of ``starts`` (e.g. the previous budget's attack, the
    per-point attacks), improved by :func:`local_search`."""
    cands = [greedy_flips(ev, budget)]
    if isinstance(ev, LinearScores) and order is not None and len(order):
        cands.append(points_first(ev, budget, order, seeds))
    fits = [y for y in starts if int((y != ev.y0).sum()) <= budget]
    for y in sorted(fits, key=lambda v: -ev.value(ev.state(v)))[:n_starts]:
        cands.append(greedy_flips(ev, budget, y))
    best = max(cands, key=lambda y: ev.value(ev.state(y)))
    return local_search(ev, best, budget) if search else best


def union_of_attacks(attacks: Sequence[tuple[np.ndarray, np.ndarray]], y_index: np.ndarray, budget: int,
                     count: Callable[[np.ndarray], float]) -> tuple[np.ndarray, float]:
    """Grow one labelling from per-point attacks ``(indices, new labels)`` (smallest first): add an
    attack's relabellings when the union stays within ``budget`` flips and ``count(labels)``
    rises. Returns the labelling and its count (``count`` is called once per tried union)."""
    y = np.asarray(y_index, dtype=np.int64).copy()
    best = 0.0
    for idx, new in sorted(attacks, key=lambda a: len(a[0])):
        y2 = y.copy()
        y2[idx] = new
        if int((y2 != y_index).sum()) > budget or np.array_equal(y2, y):
            continue
        c = count(y2)
        if c > best:
            y, best = y2, c
    return y, best
