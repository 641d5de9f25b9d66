"""Exact aggregation of per-partition certificates into an ensemble radius (docs/math/ensembles.md).

A partition ensemble has ``Np`` base models; base model ``j`` votes ``v_j`` and
``rho[j, c]`` is the least number of flips inside partition ``j`` that makes it vote ``c``
(``0`` at its own vote, ``inf`` if unreachable).  Because partitions are a function of the
features only, a flip lands in exactly one partition, so an attack on the ensemble is a choice
of a new class per partition at the summed cost.  ``rho(x)`` of the ensemble is the least cost
of an assignment whose plurality winner (ties to the smaller class) differs from the clean
winner ``c*``; the certified radius is ``R = rho - 1``.

Why ``min_t`` over the "t beats c*" problem is exact
----------------------------------------------------
The prediction changes iff *some* class ``t`` beats ``c*`` (``n'_t > n'_{c*}`` when
``t > c*``, ``n'_t >= n'_{c*}`` when ``t < c*``): the winner beats ``c*`` whenever it is not
``c*``, and ``c*`` cannot win once any class beats it.  Hence
``rho = min_t OPT_t`` where ``OPT_t`` only asks ``t`` to beat ``c*`` (docs/math/ensembles.md), and also
``rho = min_t OPT'_t`` where ``OPT'_t`` asks ``t`` to beat *every* class (the optimum attack of
the relaxed problem for ``t`` makes some class ``w`` win, and is feasible for ``OPT'_w``).  The
two per-target values differ when ``K >= 3`` (``OPT_t <= OPT'_t``), their minimum does not.

In the "t beats c*" problem the margin gain of a partition is exactly: a ``c*``-voter moved to
``t``: 2; moved to a third class: 1; another non-``t`` voter moved to ``t``: 1; anything else
is <= 0.  So the three moves of docs/math/ensembles.md are exact, with "cheapest other class" taken over every
class ``u != c*`` (including ``t``: that option is then dominated by the gain-2 move).  The
required gain is ``G_t = n_{c*} - n_t + [t > c*]``.

Two exact solvers of that min-cost multiple-choice covering knapsack are provided:

* ``algorithm="dp"``: the DP over capped gain of docs/math/ensembles.md, ``O(Np * G_t)`` per target
  (reference implementation, vectorised over test points, loop over partitions).
* ``algorithm="sorted"`` (default): ``O(Np log Np)`` per target.  A ``c*``-voter with
  gain-1 cost ``b`` and gain-2 cost ``a >= b`` is *convex* when ``a >= 2b``: it splits into two
  independent unit items ``b`` and ``a - b`` (the cheaper unit is always taken first).  When
  ``a < 2b`` it is *concave*; two concave items at gain 1 can always be replaced by the one
  with smaller ``a`` at gain 2 (``b_j + b_k > a_j/2 + a_k/2 >= min(a)``), so an optimum uses
  at most one concave item at gain 1.  Enumerating the number ``m`` of concave pairs (taken in
  order of ``a``; the single concave item lies either outside the first ``m`` or inside the
  first ``m + 1``) and taking the cheapest units for the rest is exact.

Lower-bound costs
-----------------
Every result is non-decreasing in ``rho``.  With lower bounds on ``rho`` (e.g. from bounds of
base certificates), the returned radius is a sound lower bound on ``R``.
"""

from __future__ import annotations

import itertools
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from ..exceptions import InvalidInputError

logger = logging.getLogger(__name__)

INF = np.inf
_BRUTEFORCE_LIMIT = 2_000_000

__all__ = [
    "AggregationResult",
    "black_box_rho",
    "bruteforce_attack",
    "bruteforce_radius",
    "check_rho",
    "dpa_radius",
    "ensemble_prediction",
    "knapsack_attack",
    "knapsack_radius",
    "vote_counts",
]


# ----------------------------------------------------------------------------- validation
def check_rho(rho: ArrayLike, votes: ArrayLike | None = None, *,
              allow_batch: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Validate a cost matrix and return ``(rho, votes)`` as float64 / int64 arrays.

    Parameters
    ----------
    rho : array-like, shape (Np, K) or (n_points, Np, K)
        ``rho[j, c] >= 0`` integer-valued (floats allowed), ``inf`` for unreachable classes.
    votes : array-like of int, shape (Np,) or (n_points, Np), optional
        The vote of each partition.  If omitted, each row must hold exactly one zero, whose
        column is the vote.  Pass ``votes`` when other zeros are meaningful (lower-bound costs
        of a free switch); ``rho[j, votes[j]]`` must then be 0.
    allow_batch : bool
        Accept the 3-D (batched) form.

    Raises
    ------
    InvalidInputError
        Wrong ndim, empty axes, NaN, negative or non-integer costs, a row without its zero,
        an ambiguous vote (several zeros and no ``votes``), or inconsistent ``votes``.
    """
    try:
        arr = np.asarray(rho, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise InvalidInputError(f"rho must be a numeric array, got {type(rho).__name__}") from exc
    ndims = (2, 3) if allow_batch else (2,)
    if arr.ndim not in ndims:
        raise InvalidInputError(
            f"rho must be {' or '.join(f'{d}-D' for d in ndims)} (partitions x classes"
            f"{', batched over test points' if allow_batch else ''}), got shape {arr.shape}"
        )
    if arr.shape[-1] < 1 or arr.shape[-2] < 1 or (arr.ndim == 3 and arr.shape[0] < 1):
        raise InvalidInputError(f"rho needs at least one partition and one class, got shape {arr.shape}")
    lowest = arr.min()  # NaN propagates
    if np.isnan(lowest):
        raise InvalidInputError("rho contains NaN; use inf for an unreachable class")
    if lowest < 0:
        raise InvalidInputError("rho must be >= 0 (a number of flips)")
    if not np.array_equal(arr, np.floor(arr)):  # inf == floor(inf); NaN excluded above
        raise InvalidInputError("rho must be integer-valued (flip counts); round lower bounds up")
    K = arr.shape[-1]
    if votes is None:
        nz = np.zeros(arr.shape[:-1], dtype=np.int64)
        v = np.zeros(arr.shape[:-1], dtype=np.int64)
        for k in range(K - 1, -1, -1):  # a loop over classes: fast on the strided layout
            zk = arr[..., k] == 0
            nz += zk
            np.copyto(v, k, where=zk)  # ends at the smallest zero column
        if (nz == 0).any():
            where = np.argwhere(nz == 0)[0].tolist()
            raise InvalidInputError(f"row {where} of rho has no zero: every partition needs its vote (cost 0)")
        if (nz > 1).any():
            where = np.argwhere(nz > 1)[0].tolist()
            raise InvalidInputError(
                f"row {where} of rho has several zeros, so its vote is ambiguous; pass votes= explicitly"
            )
    else:
        v = np.asarray(votes)
        if v.shape != arr.shape[:-1]:
            raise InvalidInputError(f"votes must have shape {arr.shape[:-1]}, got {v.shape}")
        if v.size and not np.issubdtype(v.dtype, np.integer):
            if not np.array_equal(v, np.rint(v)):
                raise InvalidInputError("votes must be integer class indices")
        v = v.astype(np.int64)
        if ((v < 0) | (v >= arr.shape[-1])).any():
            raise InvalidInputError(f"votes must lie in 0..{arr.shape[-1] - 1}")
        if not (np.take_along_axis(arr, v[..., None], axis=-1) == 0).all():
            raise InvalidInputError("rho[j, votes[j]] must be 0 (a partition keeps its vote for free)")
    return arr, v


def vote_counts(votes: np.ndarray, n_classes: int) -> np.ndarray:
    """Vote counts ``(..., K)`` from votes ``(..., Np)``."""
    votes = np.asarray(votes, dtype=np.int64)
    flat = votes.reshape(-1, votes.shape[-1]) if votes.ndim else votes.reshape(1, 1)
    offset = flat + n_classes * np.arange(flat.shape[0])[:, None]
    counts = np.bincount(offset.ravel(), minlength=flat.shape[0] * n_classes)
    return counts.reshape(votes.shape[:-1] + (n_classes,)).astype(np.int64)


def ensemble_prediction(counts: ArrayLike) -> np.ndarray | int:
    """Plurality winner of vote counts ``(..., K)``; ties go to the smaller class index.

    To predict from a cost matrix use ``ensemble_prediction(vote_counts(votes, K))`` with the
    votes of :func:`check_rho`.
    """
    c = np.asarray(counts)
    if c.ndim < 1 or c.shape[-1] < 1:
        raise InvalidInputError(f"counts must have a class axis, got shape {c.shape}")
    out = np.argmax(c, axis=-1)  # first maximum = smallest index
    return int(out) if out.ndim == 0 else out.astype(np.int64)


def black_box_rho(votes: ArrayLike, n_classes: int) -> np.ndarray:
    """The black-box (DPA) cost matrix: 0 at the vote, 1 elsewhere; shape ``votes.shape + (K,)``."""
    votes = np.asarray(votes, dtype=np.int64)
    return (votes[..., None] != np.arange(n_classes)).astype(np.float64)


# ------------------------------------------------------------------------------- DPA
def dpa_radius(counts: ArrayLike) -> np.ndarray | float:
    """Black-box DPA radius ``min_t floor((n_{c*} - n_t - [t < c*]) / 2)`` of vote counts.

    ``counts`` has shape ``(K,)`` or ``(n_points, K)``; returns a float (``inf`` when ``K = 1``)
    or a float array.
    """
    c = np.asarray(counts)
    if c.ndim not in (1, 2) or c.shape[-1] < 1:
        raise InvalidInputError(f"counts must be (K,) or (n_points, K), got shape {c.shape}")
    if not np.issubdtype(c.dtype, np.integer):
        if not np.array_equal(c, np.rint(c)):
            raise InvalidInputError("vote counts must be integers")
    c = c.astype(np.int64)
    if (c < 0).any():
        raise InvalidInputError("vote counts must be >= 0")
    if (c.sum(axis=-1) == 0).any():
        raise InvalidInputError("an ensemble needs at least one vote")
    c2 = np.atleast_2d(c)
    cstar = np.argmax(c2, axis=1)
    nstar = c2[np.arange(len(c2)), cstar][:, None]
    k = np.arange(c2.shape[1])
    margin = nstar - c2 - (k[None, :] < cstar[:, None])
    r = np.floor_divide(margin, 2).astype(np.float64)
    r[np.arange(len(c2)), cstar] = INF
    out = r.min(axis=1)
    return float(out[0]) if c.ndim == 1 else out


# ------------------------------------------------------------------ shared per-target data
def _required_gain(counts, cstar, t):
    P = counts.shape[0]
    return counts[np.arange(P), cstar] - counts[:, t] + (t > cstar).astype(np.int64)


def _inf_mask(mask, dtype):
    """``+inf`` where ``mask`` else ``-inf`` (so ``np.maximum(x, m)`` masks without branching)."""
    out = mask.astype(dtype)
    out -= 0.5
    out *= np.inf
    return out


_SHIFT = 2.0**25  # packs a pair (a, b) of integers < 2**24 into one exact float64 sort key


class _Batch:
    """Quantities shared by every target of a 3-D batch (votes, counts, gain-1 costs).

    Costs are held class-major, ``aT[t] = rho[:, :, t]``, in float32 when every sum the
    algorithm forms stays below ``2**24`` (integers are then exact), else in float64.
    """

    def __init__(self, arr, v):
        P, Np, K = arr.shape
        self.P, self.Np, self.K = P, Np, K
        self.v = v
        self.counts = vote_counts(v, K)
        self.cstar = ensemble_prediction(self.counts)
        self.is_c = v == self.cstar[:, None]
        self.aT = np.empty((K, P, Np), dtype=np.float64)
        for k in range(K):
            self.aT[k] = arr[:, :, k]
        finite = np.where(np.isfinite(self.aT), self.aT, 0.0)
        top = float(finite.max())
        self.packed = top * (2 * Np + 2) < 2**24
        self.dtype = np.float32 if self.packed else np.float64
        if self.packed:
            self.aT = self.aT.astype(np.float32)
        b = np.full((P, Np), INF, dtype=self.dtype)
        for k in range(K):  # cheapest move to a class other than c* (t included), c*-voters
            np.minimum(b, self.aT[k], out=b, where=(self.cstar != k)[:, None])
        self.b = b
        self.twob = np.where(self.is_c, 2 * b, np.nan).astype(self.dtype)  # NaN: never convex
        self.b_safe = np.where(np.isfinite(b), b, 0).astype(self.dtype)  # b = inf implies a = inf
        self.b_c = np.where(self.is_c, b, INF).astype(self.dtype)
        self.c_inf = _inf_mask(self.is_c, self.dtype)


def _sorted_pairs(B: "_Batch", a, concave, M):
    """The ``M`` cheapest concave items by ``a``: ``(pa, pb, tail_b)`` per point.

    ``pa``, ``pb`` have shape (P, M) (``inf`` past the point's concave items); ``tail_b`` is the
    least ``b`` among the concave items beyond the first ``M``.
    """
    P, Np = a.shape
    if B.packed:  # one float64 key a * 2**25 + b sorts by a and carries b, no gathers
        key = a.astype(np.float64)
        key *= _SHIFT
        key += B.b_safe
        np.maximum(key, _inf_mask(~concave, np.float64), out=key)
        if M < Np:
            key = np.partition(key, M - 1, axis=1)
            tail = key[:, M:]
            tail_b = np.fmin.reduce(tail - np.floor(tail / _SHIFT) * _SHIFT, axis=1)
            tail_b[np.isnan(tail_b)] = INF
            key = key[:, :M]
        else:
            tail_b = np.full(P, INF)
        key = np.sort(key, axis=1)
        pa = np.floor(key / _SHIFT)
        pb = key - pa * _SHIFT
        pb[~np.isfinite(key)] = INF
        return pa, pb, tail_b
    pa_all = np.where(concave, a, INF)
    order = np.argsort(pa_all, axis=1)
    pa = np.take_along_axis(pa_all, order, axis=1).astype(np.float64)
    pb = np.where(np.isfinite(pa), np.take_along_axis(B.b_safe, order, axis=1), INF)
    tail_b = pb[:, M:].min(axis=1) if M < Np else np.full(P, INF)
    return pa[:, :M], pb[:, :M], tail_b


def _sorted_target(B: _Batch, t: int) -> np.ndarray:
    """Exact ``OPT_t`` (t beats c*) for every point of a batch by the sorted algorithm."""
    P, Np = B.P, B.Np
    a = B.aT[t]
    G = _required_gain(B.counts, B.cstar, t)
    convex = a >= B.twob  # c*-voters with a >= 2b (comparisons with NaN are False)
    concave = a < B.twob
    units = np.empty((P, 2 * Np), dtype=B.dtype)
    first, second = units[:, :Np], units[:, Np:]
    # first units: other non-t voters at cost a, convex c*-voters at cost b
    np.maximum(a, B.c_inf, out=first)
    np.maximum(first, _inf_mask(B.v == t, B.dtype), out=first)
    np.minimum(first, np.maximum(B.b_c, _inf_mask(concave, B.dtype)), out=first)
    # second units: convex c*-voters at cost a - b
    np.maximum(a - B.b_safe, _inf_mask(~convex, B.dtype), out=second)
    units.sort(axis=1)
    ucum = np.zeros((P, 2 * Np + 1), dtype=B.dtype)
    np.cumsum(units, axis=1, out=ucum[:, 1:])

    def u_at(k):  # cost of the k cheapest units, k of shape (P, M)
        return np.take_along_axis(ucum, np.clip(k, 0, 2 * Np), axis=1)

    best = u_at(G[:, None])[:, 0].astype(np.float64)
    # more than ceil(G / 2) concave pairs never pay; case B looks one pair further
    M = min(int(np.count_nonzero(concave, axis=1).max()), (int(G.max()) + 1) // 2 + 1)
    if M > 0:
        pa, pb, tail_b = _sorted_pairs(B, a, concave, M)
        valid = np.isfinite(pa)
        pcum = np.zeros((P, M + 1))
        np.cumsum(pa, axis=1, out=pcum[:, 1:])
        m = np.arange(M + 1)[None, :]
        cost0 = pcum + u_at(G[:, None] - 2 * m)
        # single concave item outside the first m pairs
        sufmin = np.minimum.accumulate(np.concatenate([pb, tail_b[:, None]], axis=1)[:, ::-1], axis=1)
        sufmin = sufmin[:, ::-1][:, :M]
        rest = u_at(G[:, None] - 2 * m[:, :M] - 1)
        cost_a = pcum[:, :M] + sufmin + rest
        # single concave item among the first m + 1 (the others are the m pairs)
        diff = np.where(valid, pb - np.where(valid, pa, 0.0), INF)
        premin = np.minimum.accumulate(diff, axis=1)
        cost_b = pcum[:, 1:] + premin + rest
        best = np.minimum(best, np.minimum(cost0.min(axis=1), np.minimum(cost_a, cost_b).min(axis=1)))
    return best


def _dp_target(B: _Batch, t: int) -> np.ndarray:
    """Exact ``OPT_t`` (t beats c*) by the DP over capped gain (reference)."""
    P, Np, v, is_c, cstar, counts = B.P, B.Np, B.v, B.is_c, B.cstar, B.counts
    a = B.aT[t]
    excl = B.aT.copy()
    excl[cstar, np.arange(P), :] = INF
    excl[t] = INF
    third = excl.min(axis=0)  # a c*-voter to its cheapest class other than c* and t
    is_b = ~is_c & (v != t)
    cost2 = np.where(is_c, a, INF)
    cost1 = np.where(is_c, third, np.where(is_b, a, INF))
    G = _required_gain(counts, cstar, t)
    gmax = int(max(G.max(), 0))
    dp = np.full((P, gmax + 1), INF)
    dp[:, 0] = 0.0  # dp[:, g] = least cost of gain >= g so far
    idx1 = np.maximum(np.arange(gmax + 1) - 1, 0)
    idx2 = np.maximum(np.arange(gmax + 1) - 2, 0)
    for j in range(Np):
        dp = np.minimum(dp, np.minimum(cost1[:, j, None] + dp[:, idx1], cost2[:, j, None] + dp[:, idx2]))
    return dp[np.arange(P), np.maximum(G, 0)]


def _target_costs(arr, v, algorithm):
    """``(cstar, costs)`` with ``costs[p, t] = OPT_t`` (inf at ``t = c*``) for a 3-D batch."""
    B = _Batch(arr, v)
    costs = np.full((B.P, B.K), INF)
    for t in range(B.K):
        if (B.cstar == t).all():
            continue
        with np.errstate(invalid="ignore"):
            costs[:, t] = _sorted_target(B, t) if algorithm == "sorted" else _dp_target(B, t)
    costs[np.arange(B.P), B.cstar] = INF
    return B.cstar, costs


def knapsack_radius(
    rho: ArrayLike, votes: ArrayLike | None = None, *, algorithm: str = "sorted", chunk_size: int = 1024,
    n_jobs: int | None = None,
) -> float | np.ndarray:
    """Exact ensemble radius ``R = min_t OPT_t - 1`` (``inf`` if no assignment changes the vote).

    Parameters
    ----------
    rho : array-like, shape (Np, K) or (n_points, Np, K)
        Per-partition costs (see :func:`check_rho`); lower bounds give a sound lower bound.
    votes : array-like, optional
        Explicit votes, see :func:`check_rho`.
    algorithm : {"sorted", "dp"}
        ``"sorted"``: exact ``O(K Np log Np)`` per point; ``"dp"``: the knapsack's DP over
        capped gain, ``O(K Np^2)`` per point (reference).
    chunk_size : int
        Test points processed at once (bounds memory).
    n_jobs : int, optional
        Threads over chunks (default: the number of CPUs).

    Returns
    -------
    float or ndarray of shape (n_points,)
    """
    if algorithm not in ("sorted", "dp"):
        raise InvalidInputError(f"algorithm must be 'sorted' or 'dp', got {algorithm!r}")
    arr = np.asarray(rho)
    if arr.ndim == 2:
        arr, v = check_rho(arr, votes, allow_batch=False)
        return float(_target_costs(arr[None], v[None], algorithm)[1].min() - 1.0)
    if arr.ndim != 3:
        check_rho(arr, votes)  # raises the uniform message
    if votes is not None:
        votes = np.asarray(votes)
        if votes.shape != arr.shape[:-1]:
            raise InvalidInputError(f"votes must have shape {arr.shape[:-1]}, got {votes.shape}")
    step = max(int(chunk_size), 1)
    out = np.empty(arr.shape[0])

    def run(s):
        chunk, v = check_rho(arr[s : s + step], None if votes is None else votes[s : s + step])
        out[s : s + step] = _target_costs(chunk, v, algorithm)[1].min(axis=1) - 1.0

    starts = range(0, arr.shape[0], step)
    workers = min(len(starts), n_jobs if n_jobs is not None else (os.cpu_count() or 1))
    if workers <= 1:
        for s in starts:
            run(s)
    else:  # numpy releases the GIL in sorts and ufuncs: threads scale over chunks
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(run, starts))
    logger.debug("aggregated %d points (Np=%d, K=%d)", arr.shape[0], arr.shape[1], arr.shape[2])
    return out


# -------------------------------------------------------------------------- witnesses
@dataclass(frozen=True)
class AggregationResult:
    """An exact aggregation with its witness (partition level).

    Attributes
    ----------
    radius : float
        ``R = rho - 1`` (``inf`` if no assignment changes the vote).
    prediction : int
        Clean ensemble vote ``c*``.
    target : int or None
        The target ``t`` whose problem attains the minimum.
    assignment : ndarray of int, shape (Np,) or None
        New vote of every partition under the optimal attack (``None`` if ``radius = inf``).
    winner : int or None
        The ensemble vote under ``assignment`` (differs from ``prediction``; may differ from
        ``target`` when ``K >= 3``).
    cost : float
        ``rho`` of the ensemble, the summed cost of ``assignment``.
    votes : ndarray of int, shape (Np,)
        The clean votes.
    """

    radius: float
    prediction: int
    target: int | None
    assignment: np.ndarray | None
    winner: int | None
    cost: float

    votes: np.ndarray | None = None

    @property
    def changed(self) -> np.ndarray:
        """Indices of the partitions whose vote the attack changes."""
        if self.assignment is None or self.votes is None:
            return np.zeros(0, dtype=np.int64)
        return np.flatnonzero(self.assignment != self.votes)


def _plan_target(rho, v, cstar, counts, t):
    """Cheapest "t beats c*" assignment of one matrix: the sorted algorithm with its argmin."""
    assign = v.copy()
    G = int(counts[cstar] - counts[t] + (t > cstar))
    excl = rho.copy()
    excl[:, cstar] = INF
    b, bcls, a = excl.min(axis=1), excl.argmin(axis=1), rho[:, t]
    is_c = v == cstar
    with np.errstate(invalid="ignore"):
        convex = is_c & (a >= 2 * b)
        second = np.where(np.isfinite(b), a - b, INF)
    concave = is_c & (a < 2 * b)
    cj, bj = np.flatnonzero(convex), np.flatnonzero(~is_c & (v != t))
    cost = np.concatenate([b[cj], a[bj], second[cj]])
    part = np.concatenate([cj, bj, cj])
    late = np.concatenate([np.zeros(cj.size + bj.size, bool), np.ones(cj.size, bool)])
    order = np.lexsort((late, cost))  # by cost; a second unit after its first on ties
    ucum = np.concatenate([[0.0], np.cumsum(cost[order])])

    def u_at(k):
        k = np.maximum(np.asarray(k), 0)
        return np.where(k < ucum.size, ucum[np.minimum(k, ucum.size - 1)], INF)

    pairs = np.flatnonzero(concave)
    pairs = pairs[np.argsort(a[pairs], kind="stable")]
    pa, pb, n = a[pairs], b[pairs], pairs.size
    pcum = np.concatenate([[0.0], np.cumsum(pa)])
    m = np.arange(n + 1)
    options = [(pcum + u_at(G - 2 * m), "none")]
    if n:
        rest = u_at(G - 2 * m[:n] - 1)
        options.append((pcum[:n] + np.minimum.accumulate(pb[::-1])[::-1] + rest, "outside"))
        options.append((pcum[1:] + np.minimum.accumulate(pb - pa) + rest, "inside"))
    best, kind, mm = INF, None, 0
    for costs, name in options:
        i = int(np.argmin(costs))
        if costs[i] < best:
            best, kind, mm = float(costs[i]), name, i
    if kind is None:
        return INF, None
    k = G - 2 * mm
    chosen = list(pairs[:mm])
    if kind == "outside":
        s = pairs[mm + int(np.argmin(pb[mm:]))]
        assign[s], k = bcls[s], k - 1
    elif kind == "inside":
        i = int(np.argmin((pb - pa)[: mm + 1]))
        chosen = [j for q, j in enumerate(pairs[: mm + 1]) if q != i]
        assign[pairs[i]], k = bcls[pairs[i]], k - 1
    assign[np.asarray(chosen, dtype=np.int64)] = t
    taken = np.bincount(part[order[: max(k, 0)]], minlength=len(v))
    for j in np.flatnonzero(taken):
        assign[j] = t if (taken[j] == 2 or not is_c[j]) else bcls[j]
    return best, assign


def knapsack_attack(rho: ArrayLike, votes: ArrayLike | None = None) -> AggregationResult:
    """Exact radius of one cost matrix ``(Np, K)`` with an optimal partition-level attack."""
    arr, v = check_rho(rho, votes, allow_batch=False)
    Np, K = arr.shape
    counts = vote_counts(v, K)
    cstar = int(ensemble_prediction(counts))
    best: tuple[float, int | None, np.ndarray | None] = (INF, None, None)
    for t in range(K):
        if t == cstar:
            continue
        cost, assign = _plan_target(arr, v, cstar, counts, t)
        if cost < best[0]:
            best = (cost, t, assign)
    cost, t_best, assign = best
    if assign is None:
        return AggregationResult(INF, cstar, None, None, None, INF, v)
    real = float(arr[np.arange(Np), assign].sum())
    winner = int(ensemble_prediction(vote_counts(assign, K)))
    if real != cost or winner == cstar:  # pragma: no cover - internal consistency guard
        raise AssertionError(f"knapsack witness inconsistent: cost {cost} vs {real}, winner {winner}")
    return AggregationResult(cost - 1.0, cstar, t_best, assign, winner, cost, v)


# ------------------------------------------------------------------------ brute force
def bruteforce_attack(rho: ArrayLike, votes: ArrayLike | None = None) -> AggregationResult:
    """Exact radius of one tiny matrix by enumerating all ``K^Np`` assignments (reference)."""
    arr, v = check_rho(rho, votes, allow_batch=False)
    Np, K = arr.shape
    if K**Np > _BRUTEFORCE_LIMIT:
        raise InvalidInputError(f"brute force over {K}^{Np} assignments is too large (limit {_BRUTEFORCE_LIMIT})")
    clean = np.bincount(v, minlength=K)
    cstar = int(np.argmax(clean))
    best_cost, best = INF, None
    for assign in itertools.product(range(K), repeat=Np):
        cost = sum(arr[j, c] for j, c in enumerate(assign))
        if cost >= best_cost:
            continue
        n = np.bincount(np.asarray(assign), minlength=K)
        if int(np.argmax(n)) != cstar:
            best_cost, best = cost, np.asarray(assign, dtype=np.int64)
    if best is None:
        return AggregationResult(INF, cstar, None, None, None, INF, v)
    winner = int(np.argmax(np.bincount(best, minlength=K)))
    return AggregationResult(float(best_cost) - 1.0, cstar, winner, best, winner, float(best_cost), v)


def bruteforce_radius(rho: ArrayLike, votes: ArrayLike | None = None) -> float:
    """Exact radius of one tiny matrix by enumeration, ``O(K^Np)``."""
    return bruteforce_attack(rho, votes).radius
