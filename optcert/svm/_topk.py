"""Compiled top-k selections (numba) shared by the sorting bounds, the restoring rounds and
the restoring bound's set search: short descending buffers instead of numpy sorts, whose
per-call overhead dominates on vectors of a hundred entries."""

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
    """``out[r]``: sum of the ``k`` largest positive entries of ``values[r + 1:]``."""
    n = values.size
    out = np.zeros(n)
    buf = np.zeros(max(k, 1))
    size = 0
    acc = 0.0
    for r in range(n - 1, -1, -1):
        out[r] = acc
        v = values[r]
        if v > 0.0 and k > 0 and (size < k or v > buf[size - 1]):
            size = insert_desc(buf, size, k, v)
            acc = 0.0
            for p in range(size):
                acc += buf[p]
    return out


@njit(cache=True)
def top_positive_picks(values, start, k, buf, picks):
    """Indices of the ``k`` largest positive ``values[start:]`` (ties: lower index) into
    ``picks``; returns their count."""
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
