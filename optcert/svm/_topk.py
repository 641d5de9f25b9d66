"""Compiled top-k selections (numba) shared by the sorting bounds, the restoring rounds, the
restoring bound's set search and the blocks' falls (row tables, sums per angle): short
descending buffers or heaps instead of numpy sorts, whose per-call overhead dominates on
vectors of a hundred entries. A sum over values that hold a NaN is NaN, never a finite number
that skipped it (a bound read from it would be too small)."""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True)
def insert_desc(buf, size, cap, v):
    """Insert ``v`` into the descending ``buf[:size]`` keeping at most ``cap``; new size."""
    if size == cap:
        if cap == 0 or v <= buf[cap - 1]:
            return size
        size -= 1
    p = size
    while p > 0 and buf[p - 1] < v:
        buf[p] = buf[p - 1]
        p -= 1
    buf[p] = v
    return size + 1


@njit(cache=True)
def suffix_top_sums(values, k):
    """``out[r]``: sum of the ``k`` largest positive entries of ``values[r + 1:]`` (NaN once
    that suffix holds a NaN)."""
    n = values.size
    out = np.zeros(n)
    buf = np.zeros(max(k, 1))
    size = 0
    acc = 0.0
    for r in range(n - 1, -1, -1):
        out[r] = acc
        v = values[r]
        if v != v and k > 0:  # NaN: every longer suffix has no sum to report
            out[:r] = np.nan
            break
        if v > 0.0 and k > 0 and (size < k or v > buf[size - 1]):
            size = insert_desc(buf, size, k, v)
            acc = 0.0
            for p in range(size):
                acc += buf[p]
    return out


@njit(cache=True)
def top_positive_picks(values, start, k, buf, picks):
    """Indices of the ``k`` largest positive ``values[start:]`` (ties: lower index) into
    ``picks``; returns their count. NaN entries are never picked: the callers check that the
    values are finite before they read a bound from the picks."""
    size = 0
    for t in range(start, values.size):
        if values[t] > 0.0:
            size = insert_desc(buf, size, k, values[t])
    if size == 0:
        return 0
    cut = buf[size - 1]
    count = 0
    for t in range(start, values.size):
        if values[t] > cut and count < size:
            picks[count] = t
            count += 1
    for t in range(start, values.size):
        if count >= size:
            break
        if values[t] == cut:
            picks[count] = t
            count += 1
    return count


@njit(cache=True)
def _sift_down(heap, size, p):
    """Restore the min-heap ``heap[:size]`` below position ``p``."""
    while True:
        c = 2 * p + 1
        if c >= size:
            return
        if c + 1 < size and heap[c + 1] < heap[c]:
            c += 1
        if heap[p] <= heap[c]:
            return
        heap[p], heap[c] = heap[c], heap[p]
        p = c


@njit(cache=True)
def _heap_offer(heap, size, k, x):
    """Put ``x`` into the min-heap ``heap[:size]`` of the ``k`` largest (past ``k`` it replaces
    the least, which the caller has checked ``x`` exceeds); the new size."""
    if size < k:
        c = size
        heap[c] = x
        while c > 0 and heap[(c - 1) // 2] > heap[c]:
            heap[(c - 1) // 2], heap[c] = heap[c], heap[(c - 1) // 2]
            c = (c - 1) // 2
        return size + 1
    heap[0] = x
    _sift_down(heap, size, 0)
    return size


@njit(cache=True)
def row_top_prefix(Q, lam, v, idx, w, k):
    """Per row ``a``, the prefix sums of the ``k`` largest positive entries of
    ``w_a (Q_ij - lam v_i v_j) w_b`` (``i = idx[a]``, ``j = idx[b]``, ``b != a``): ``(n, k + 1)``,
    column ``r`` the sum of the ``r`` largest (fewer when fewer are positive; NaN where a row
    holds a NaN; a row with ``w_a = 0`` is 0, unread: the callers check Q is finite). One pass
    over the rows of Q with a min-heap of the k largest, no ``n x n`` temporary."""
    n = idx.size
    out = np.zeros((n, k + 1))
    heap = np.zeros(max(k, 1))
    row = np.empty(n)
    vi = v[idx]
    whole = n == Q.shape[0] and (n == 0 or (idx[0] == 0 and idx[n - 1] == n - 1))  # idx = 0..n-1
    for a in range(n):
        i = idx[a]
        wa, va = w[a], lam * v[i]
        size = 0
        if k > 0 and wa != 0.0:
            if whole:  # contiguous rows: a loop the compiler vectorises
                for b in range(n):
                    row[b] = wa * (Q[i, b] - va * vi[b]) * w[b]
            else:
                for b in range(n):
                    row[b] = wa * (Q[i, idx[b]] - va * vi[b]) * w[b]
            row[a] = 0.0
            thr = 0.0  # an entry enters only above it: 0 until the heap is full, then its least
            for b in range(n):
                x = row[b]
                if x != x:  # NaN: the row has no sums to report (a heap could drop it)
                    size = -1
                    break
                if x <= thr:
                    continue
                size = _heap_offer(heap, size, k, x)
                if size == k:
                    thr = heap[0]
        if size < 0:
            out[a, 1:] = np.nan
            continue
        top = np.sort(heap[:size])[::-1]
        acc = 0.0
        for r in range(size):
            acc += top[r]
            out[a, r + 1] = acc
        for r in range(size, k):
            out[a, r + 1] = acc
    return out


@njit(cache=True)
def _heap_top_sum(values, k, heap):
    """Sum of the ``k`` largest positive ``values`` (a min-heap of them in ``heap``); NaN if any
    value is NaN."""
    size = 0
    thr = 0.0
    for x in values:
        if x != x:  # NaN: no sum to report (a heap could drop it and report a finite one)
            return np.nan
        if x <= thr:
            continue
        size = _heap_offer(heap, size, k, x)
        if size == k:
            thr = heap[0]
    acc = 0.0
    for r in range(size):
        acc += heap[r]
    return acc


@njit(cache=True)
def angle_top_sums(cos, sin, lin, p, xr, k):
    """Per angle ``t``: the sums of the ``k`` largest positive ``lin + cos_t p`` and of
    ``lin + cos_t p + sin_t xr`` (the two sorting problems of the split's circle bound)."""
    one = np.zeros(cos.size)
    two = np.zeros(cos.size)
    heap = np.zeros(max(k, 1))
    head = np.empty(lin.size)
    full = np.empty(lin.size)
    for t in range(cos.size):
        for i in range(lin.size):
            head[i] = lin[i] + cos[t] * p[i]
            full[i] = head[i] + sin[t] * xr[i]
        if k > 0:
            one[t] = _heap_top_sum(head, k, heap)
            two[t] = _heap_top_sum(full, k, heap)
    return one, two


@njit(cache=True)
def joint_angle_top_sums(cos1, sin1, cos2, sin2, lin1, p1, xr1, lin2, p2, xr2, touch1, touch2, k):
    """Per pair of angles ``t`` and per side pair ``(b1, b2)`` of the two blocks' circle bounds
    (column ``2 b1 + b2``): the sum of the ``k`` largest positive per-point scores, a point's
    score its best move's ``touch1 h1 + touch2 h2`` with ``h = lin + cos p + b sin xr`` per
    block (``touch``: (N, M), does move m flip the block's sign; a point no move touches
    scores 0)."""
    n, m = touch1.shape
    out = np.zeros((cos1.size, 4))
    heap = np.zeros(max(k, 1))
    score = np.empty(n)
    head1, head2, up1, up2 = np.empty(n), np.empty(n), np.empty(n), np.empty(n)
    for t in range(cos1.size):
        for i in range(n):
            head1[i] = lin1[i] + cos1[t] * p1[i]
            head2[i] = lin2[i] + cos2[t] * p2[i]
            up1[i] = sin1[t] * xr1[i]
            up2[i] = sin2[t] * xr2[i]
        for side in range(4):
            s1, s2 = side // 2, side % 2
            for i in range(n):
                h1 = head1[i] + up1[i] if s1 else head1[i]
                h2 = head2[i] + up2[i] if s2 else head2[i]
                best = 0.0
                for j in range(m):
                    v = (h1 if touch1[i, j] else 0.0) + (h2 if touch2[i, j] else 0.0)
                    if j == 0 or v > best or v != v:
                        best = v
                score[i] = best
            if k > 0:
                out[t, side] = _heap_top_sum(score, k, heap)
    return out
