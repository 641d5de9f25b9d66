"""Compiled set search of the restoring bound (numba): its quadratic maximised over the flip
sets of each child of a search node, a small branch and bound with no retraining (see
:meth:`optcert.svm.restoring.RestoringBound.children_may_reach`).

Its nodes do O(n budget) work on vectors of about a hundred entries, where numpy's per-call
overhead would dominate. The :class:`Quadratic` crosses the numba boundary as a plain tuple and
is renamed inside (numba types a plain tuple on its dispatcher's fast path).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numba import njit

from ._topk import insert_desc, top_positive_picks


class Quadratic(NamedTuple):
    """The restoring bound's quadratic over its candidates: the drop of a set F is at most
    ``base + sum_F lin + test_norm sqrt(X0 + sum_F xi + sum_{i != j in F} cross_ij)``."""

    base: float
    lin: np.ndarray
    X0: float
    xi: np.ndarray
    cross: np.ndarray
    test_norm: float


class _Node(NamedTuple):
    """A set of the search: its linear part ``L``, its ``X`` under the root, its cross sums
    with every candidate, the first candidate it may still take and the members left."""

    L: float
    X: float
    cross_sums: np.ndarray
    start: int
    left: int


class _Scratch(NamedTuple):
    """Work buffers of one set search (overwritten by every node)."""

    xiR: np.ndarray
    omega: np.ndarray
    suf: np.ndarray
    buf: np.ndarray
    picks: np.ndarray


@njit(cache=True)
def _row_tops(cross, kmax):
    """``tops[s, t, k]``: sum of the ``k`` largest positive ``cross[t, s:]`` (t >= s)."""
    n = cross.shape[0]
    tops = np.zeros((n + 1, n, kmax + 1))
    buf = np.zeros((n, max(kmax, 1)))
    size = np.zeros(n, np.int64)
    for s in range(n - 1, -1, -1):
        for t in range(n):
            v = cross[t, s]
            if v > 0.0 and kmax > 0:
                size[t] = insert_desc(buf[t], size[t], kmax, v)
        for t in range(s, n):
            acc = 0.0
            for k in range(kmax + 1):
                tops[s, t, k] = acc
                if k < size[t]:
                    acc += buf[t, k]
    return tops


@njit(cache=True)
def _expand(node, quad, tops, need, safety, kids, work):
    """One node: -1 if its own set reaches ``need``, else the number of children written to
    ``kids`` (in order) whose subtrees may (0: none may)."""
    lin, xi, tn = quad.lin, quad.xi, quad.test_norm
    LP, XP, cP, start, bp = node.L, node.X, node.cross_sums, node.start, node.left
    xiR, omega, suf, buf, picks = work.xiR, work.omega, work.suf, work.buf, work.picks
    n = lin.size
    v = LP + tn * np.sqrt(max(XP, 0.0))
    if v + safety * (abs(LP) + 1.0) >= need - safety * abs(need):
        return -1
    if bp == 0 or start >= n:
        return 0
    for t in range(start, n):
        xiR[t] = xi[t] + 2.0 * cP[t] + tops[start, t, bp - 1]
    x_bar = XP
    for p in range(top_positive_picks(xiR, start, bp, buf, picks)):
        x_bar += xiR[picks[p]]
    x_bar = max(x_bar, 1e-300)
    K = 0.0
    slack = 0.0
    for _ in range(2):  # tangents of the square root, each an upper bound
        root = np.sqrt(x_bar)
        K = LP + tn * (root + (XP - x_bar) / (2.0 * root))
        total = 0.0
        for t in range(start, n):
            omega[t] = lin[t] + tn * xiR[t] / (2.0 * root)
            total += abs(omega[t])
        slack = safety * (abs(K) + total + 1.0)
        best = 0.0
        picked = 0.0  # the xi of the bp largest positive omega
        for p in range(top_positive_picks(omega, start, bp, buf, picks)):
            best += omega[picks[p]]
            picked += xiR[picks[p]]
        if K + best + slack < need:
            return 0
        x_bar = max(XP + picked, 1e-300)
    # by first member: its omega plus the bp - 1 largest after it
    size = 0
    acc = 0.0
    for t in range(n - 1, start - 1, -1):
        suf[t] = acc
        if omega[t] > 0.0 and bp > 1:
            size = insert_desc(buf, size, bp - 1, omega[t])
            acc = 0.0
            for p in range(size):
                acc += buf[p]
    count = 0
    for t in range(start, n):
        if K + omega[t] + suf[t] + slack >= need:
            kids[count] = t
            count += 1
    return count


@njit(cache=True)
def children_may_reach(record, need, budget, rows, limit, safety):
    """``(ok, nodes)`` over the candidates in enumeration order for the :class:`Quadratic`
    ``record`` (see :meth:`optcert.svm.restoring.RestoringBound.children_may_reach`)."""
    quad = Quadratic(*record)
    lin, xi, cross = quad.lin, quad.xi, quad.cross
    n = lin.size
    ok = np.ones(n, np.bool_)
    depth_max = max(budget, 1)
    tops = _row_tops(cross, max(budget - 2, 0))
    LPs = np.zeros(depth_max)
    XPs = np.zeros(depth_max)
    cPs = np.zeros((depth_max, n))
    starts = np.zeros(depth_max, np.int64)
    kids = np.zeros((depth_max, n), np.int64)
    nkids = np.zeros(depth_max, np.int64)
    ptr = np.zeros(depth_max, np.int64)
    work = _Scratch(np.zeros(n), np.zeros(n), np.zeros(n), np.zeros(max(budget, 1) + 1),
                    np.zeros(max(budget, 1) + 1, np.int64))
    nodes = 0
    for r in rows:
        if nodes >= limit:
            break
        nodes += 1
        LPs[0], XPs[0], starts[0] = quad.base + lin[r], quad.X0 + xi[r], r + 1
        for t in range(n):
            cPs[0, t] = cross[t, r]
        res = _expand(_Node(LPs[0], XPs[0], cPs[0], starts[0], budget - 1), quad, tops, need, safety,
                      kids[0], work)
        if res < 0:
            continue  # stays True
        nkids[0], ptr[0] = res, 0
        depth = 0
        found = False
        spent = False
        while depth >= 0:
            if ptr[depth] >= nkids[depth]:
                depth -= 1
                continue
            t = kids[depth, ptr[depth]]
            ptr[depth] += 1
            nodes += 1
            if nodes > limit:
                spent = True
                break
            d = depth + 1
            LPs[d] = LPs[depth] + lin[t]
            XPs[d] = XPs[depth] + xi[t] + 2.0 * cPs[depth, t]
            for u in range(n):
                cPs[d, u] = cPs[depth, u] + cross[u, t]
            starts[d] = t + 1
            res = _expand(_Node(LPs[d], XPs[d], cPs[d], starts[d], budget - 1 - d), quad, tops, need,
                          safety, kids[d], work)
            if res < 0:
                found = True
                break
            if res > 0:
                nkids[d], ptr[d] = res, 0
                depth = d
        if spent:
            break
        ok[r] = found
    return ok, nodes
