"""ScaLabelCert: exact flip counts for label-linear models by sorting (docs/math/label-linear.md).

Every function here works on arrays only -- a :class:`~optcert.learners.LabelLinearView`'s
weights and the clean labels as class indices -- so it is independent of learners and solvers.

Success rule with the tolerance ``tau`` (docs/math/threat-model.md): an attack succeeds when the
attacked score margin ends at or below ``tau`` (``tau > 0`` makes near-ties count as successes,
the safe side for a certificate). ``tau = 0`` is the exact tie rule: a class that would win
a tie (smaller index) needs margin ``<= 0``, one that would lose it needs ``< 0``.
"""

from __future__ import annotations

import numpy as np

INF = np.inf


def least_flips_to_cover(gains: np.ndarray, need: np.ndarray, strict: np.ndarray | bool = False,
                         *, first_chunk: int = 16) -> np.ndarray:
    """Least ``k`` such that the sum of the ``k`` largest gains reaches ``need`` (row-wise).

    Parameters
    ----------
    gains : (B, N) non-negative.
    need : (B,) the amount to cover; ``need <= 0`` (or ``< 0`` when strict) gives 0.
    strict : bool or (B,) bool; when true the sum must exceed ``need`` instead of reaching it.

    Returns
    -------
    (B,) float array of counts (``inf`` where even all gains fall short).

    Uses partial selection (``np.partition``) on a growing prefix, so rows with small answers
    cost O(N) instead of O(N log N).
    """
    gains = np.asarray(gains, dtype=np.float64)
    B, N = gains.shape
    need = np.broadcast_to(np.asarray(need, dtype=np.float64), (B,))
    strict = np.broadcast_to(np.asarray(strict, dtype=bool), (B,))
    out = np.full(B, INF)

    def reached(total, nd, st):
        return np.where(st, total > nd, total >= nd)

    done0 = reached(np.zeros(B), need, strict)
    out[done0] = 0.0
    total = gains.sum(axis=1)
    possible = reached(total, need, strict) & ~done0
    todo = np.flatnonzero(possible)
    k = min(first_chunk, N)
    while todo.size:
        G = gains[todo]
        if k < N:
            top = -np.partition(-G, k - 1, axis=1)[:, :k]
            top = -np.sort(-top, axis=1)
        else:
            top = -np.sort(-G, axis=1)
        csum = np.cumsum(top, axis=1)
        hit = reached(csum, need[todo, None], strict[todo, None])
        found = hit.any(axis=1)
        first = np.argmax(hit, axis=1)
        out[todo[found]] = first[found] + 1.0
        if k >= N:
            # with the full sort every possible row is found; guard rounding of total vs cumsum
            out[todo[~found]] = float(N)
            break
        todo = todo[~found]
        k = min(4 * k, N)
    return out


def _top_prefix_sums(gains: np.ndarray, m: int) -> np.ndarray:
    """(B, min(m, N)) sums of the 1, 2, ... largest gains of each row."""
    m = min(m, gains.shape[1])
    top = -np.partition(-gains, m - 1, axis=1)[:, :m] if m < gains.shape[1] else gains.copy()
    return np.cumsum(-np.sort(-top, axis=1), axis=1)


def top_gain_indices(gains: np.ndarray, k: int) -> np.ndarray:
    """Indices of the ``k`` largest entries of a 1-D gain vector (the attack realising ``k``)."""
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    order = np.argsort(-gains, kind="stable")
    return order[:k].astype(np.int64)


# -- binary --------------------------------------------------------------------------------

def binary_gains(weights: np.ndarray, signs: np.ndarray, prediction: np.ndarray) -> np.ndarray:
    """``g_i = max(0, 2 s y_i w_i)``: how far flipping point i moves ``s f`` towards the boundary.

    weights (B, N); signs (N,) in {-1, +1}; prediction (B,) class index in {0, 1}.
    """
    s = np.where(prediction == 1, 1.0, -1.0)
    return np.maximum(0.0, 2.0 * s[:, None] * weights * signs[None, :])


def binary_rho(weights: np.ndarray, signs: np.ndarray,
               tau: np.ndarray | float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Least flips that change a binary label-linear prediction, as (lower, upper, prediction).

    ``f = weights @ signs``, prediction = class 1 iff ``f > 0``. ``lower`` counts near-ties
    within ``tau`` as successes (sound lower bound on rho); ``upper`` uses the exact tie rule
    (what a realised attack needs). They are equal unless an attack ends within ``tau`` of a tie.
    """
    weights = np.atleast_2d(np.asarray(weights, dtype=np.float64))
    f = weights @ signs
    prediction = (f > 0).astype(np.int64)
    margin = np.where(prediction == 1, f, -f)  # >= 0
    gains = binary_gains(weights, signs, prediction)
    tau = np.broadcast_to(np.asarray(tau, dtype=float), f.shape)
    # zero flips leave the clean model, so rho >= 1 whatever the tolerance says
    lower = np.maximum(least_flips_to_cover(gains, margin - tau, strict=(prediction == 0) & (tau == 0)), 1.0)
    # exact rule: class 1 -> 0 succeeds at f' <= 0 (cover margin); class 0 -> 1 needs f' > 0
    upper = least_flips_to_cover(gains, margin, strict=(prediction == 0))
    return lower, upper, prediction


def binary_attack(weights_row: np.ndarray, y_index: np.ndarray, prediction: int,
                  k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` flips of largest gain for one test point: (indices, new class indices)."""
    signs = np.where(y_index == 1, 1.0, -1.0)
    g = binary_gains(weights_row[None, :], signs, np.array([prediction]))[0]
    idx = top_gain_indices(g, k)
    return idx, 1 - y_index[idx]


# -- multiclass: change the prediction -------------------------------------------------------

def pair_gains(weights: np.ndarray, y_index: np.ndarray, winner: np.ndarray, target: np.ndarray,
               n_classes: int) -> np.ndarray:
    """Best per-point increase of ``F_t - F_c`` by relabelling point i (docs/math/label-linear.md).

    ``y_i = c``: relabel to t, gain ``2 w_i``; ``y_i = t``: relabel to c, gain ``-2 w_i``;
    otherwise relabel to t (gain ``w_i``) or to c (gain ``-w_i``): ``|w_i|``. Clipped at 0.
    With two classes the "otherwise" case cannot occur.
    weights (B, N); y_index (N,); winner, target (B,) class indices with winner != target.
    """
    yc = y_index[None, :] == winner[:, None]
    yt = y_index[None, :] == target[:, None]
    g = np.where(yc, 2.0 * weights, np.where(yt, -2.0 * weights, np.abs(weights)))
    return np.maximum(g, 0.0, out=g)


def pair_relabel(weights_row: np.ndarray, y_index: np.ndarray, winner: int, target: int,
                 idx: np.ndarray) -> np.ndarray:
    """New labels realising :func:`pair_gains` for the chosen points ``idx``."""
    w = weights_row[idx]
    y = y_index[idx]
    return np.where(y == winner, target, np.where(y == target, winner, np.where(w >= 0, target, winner)))


def best_moves(weights_row: np.ndarray, y_index: np.ndarray, n_classes: int, winner: int,
               target: int | None) -> np.ndarray:
    """Each point's most damaging relabelling against ``F_winner - F_target`` (binary: the flip)."""
    if n_classes == 2:
        return 1 - y_index
    if target is None:
        raise ValueError("best_moves needs a target class when n_classes > 2.")
    return pair_relabel(weights_row, y_index, winner, target, np.arange(y_index.size))


def margin_gains(weights_row: np.ndarray, y_from: np.ndarray, y_to: np.ndarray, coef: dict) -> np.ndarray:
    """Per point: how much relabelling it from ``y_from`` to ``y_to`` lowers the margin
    ``sum_k coef[k] F_k`` in the label-linear view (one-vs-rest signs; binary block 1)."""
    g = np.zeros(weights_row.shape)
    for k, c in coef.items():
        g += c * weights_row * (np.where(y_from == k, 1.0, -1.0) - np.where(y_to == k, 1.0, -1.0))
    return g


def _pair_need(scores: np.ndarray, winner: np.ndarray, target: np.ndarray):
    """Margin ``F_c - F_t`` to cover and whether covering must be strict (t > c loses ties)."""
    rows = np.arange(scores.shape[0])
    need = scores[rows, winner] - scores[rows, target]
    return need, target > winner


def multiclass_rho(scores: np.ndarray, weights: np.ndarray, y_index: np.ndarray,
                   tau: np.ndarray | float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Least flips that change an argmax prediction, exactly (min over targets of sorting).

    Parameters
    ----------
    scores : (B, K) clean scores F_k.
    weights : (B, N) label-linear weights.
    y_index : (N,) clean labels as class indices.
    tau : tolerance; near-ties within tau count as successes for ``lower``.

    Returns
    -------
    lower, upper : (B,) float; rho under the tau rule and under the exact tie rule.
    prediction : (B,) int.
    best_target : (B,) int, the target class realising ``upper`` (-1 where none).
    """
    B, K = scores.shape
    prediction = np.argmax(scores, axis=1)
    tau = np.broadcast_to(np.asarray(tau, dtype=float), (B,))
    lower = np.full(B, INF)
    upper = np.full(B, INF)
    best_target = np.full(B, -1, dtype=np.int64)
    # Universal bound: every pair gain is <= 2|w_i|, so rho_t >= least k whose top-k sum of
    # 2|w| covers the need. Targets are visited from the most threatened; a target whose bound
    # cannot beat the best found so far is skipped (prefix sums computed once for all targets).
    gap = scores[np.arange(B), prediction][:, None] - scores  # (B, K) >= 0
    order = np.argsort(gap + np.where(np.arange(K)[None, :] == prediction[:, None], INF, 0.0), axis=1)
    prefix = None
    for rank in range(K - 1):
        target = order[:, rank]
        need, strict = _pair_need(scores, prediction, target)
        if rank == 0:
            active = np.arange(B)
        else:
            if prefix is None:
                prefix = _top_prefix_sums(2.0 * np.abs(weights), 64)
            nd = need - tau
            bound = np.where(nd > 0, (prefix < nd[:, None]).sum(axis=1) + 1.0, 0.0)
            active = np.flatnonzero(bound < upper)
        if active.size == 0:
            continue
        g = pair_gains(weights[active], y_index, prediction[active], target[active], K)
        lo = np.maximum(least_flips_to_cover(g, need[active] - tau[active],
                                             strict=strict[active] & (tau[active] == 0)), 1.0)
        up = least_flips_to_cover(g, need[active], strict=strict[active])
        better_up = up < upper[active]
        upper[active] = np.minimum(upper[active], up)
        best_target[active[better_up]] = target[active[better_up]]
        lower[active] = np.minimum(lower[active], lo)
    return lower, upper, prediction, best_target


def multiclass_attack(weights_row: np.ndarray, y_index: np.ndarray, winner: int, target: int,
                      k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` best relabellings making ``target`` beat ``winner``: (indices, new labels)."""
    g = pair_gains(weights_row[None, :], y_index, np.array([winner]), np.array([target]), 0)[0]
    idx = top_gain_indices(g, k)
    return idx, pair_relabel(weights_row, y_index, winner, target, idx)


# -- multiclass: predict exactly class t (needed by ensembles) -------------------------------

def target_rho_lower(scores: np.ndarray, weights: np.ndarray, y_index: np.ndarray, target: int,
                     tau: float | np.ndarray = 0.0) -> np.ndarray:
    """Sound lower bound on the flips making the prediction exactly ``target``.

    ``target`` must beat every other class k; each pairwise requirement alone needs at least
    the sorted cover of its pair gains, so the maximum over k is a lower bound (a bound that
    uses only the current winner; the maximum is never weaker). Returns (B,), 0 where the
    prediction already is ``target``.
    """
    B, K = scores.shape
    tau = np.broadcast_to(np.asarray(tau, dtype=float), (B,))
    lower = np.zeros(B)
    tgt = np.full(B, target)
    for k in range(K):
        if k == target:
            continue
        comp = np.full(B, k)
        need = scores[:, k] - scores[:, target]
        g = pair_gains(weights, y_index, comp, tgt, K)
        strict = (target > k) & (tau == 0)  # exact tie rule: t loses a tie to a smaller index
        lower = np.maximum(lower, least_flips_to_cover(g, need - tau, strict=strict))
    # zero flips leave the clean prediction, so every other target needs at least one flip
    not_pred = np.argmax(scores, axis=1) != target
    lower[not_pred] = np.maximum(lower[not_pred], 1.0)
    return lower


def target_wins(scores_row: np.ndarray, target: int) -> bool:
    """Does ``target`` win the argmax (ties to the smaller index)?"""
    return int(np.argmax(scores_row)) == target


def target_attack_greedy(scores_row: np.ndarray, weights_row: np.ndarray, y_index: np.ndarray,
                         target: int, max_flips: int | None = None) -> tuple[np.ndarray, np.ndarray] | None:
    """A concrete attack making the prediction exactly ``target`` (upper bound on rho^t).

    Greedy: relabel, among the points not yet touched, the one whose move (to ``target``, or
    away from the strongest rival) most increases ``min_k (F_t - F_k)``; stop when ``target``
    wins. Returns (indices, new labels) or ``None`` if the greedy stalls.
    """
    F = np.array(scores_row, dtype=float)
    K = F.size
    w = weights_row
    y = y_index.copy()
    N = y.size
    touched = np.zeros(N, dtype=bool)
    flips_idx: list[int] = []
    flips_lab: list[int] = []
    limit = N if max_flips is None else max_flips
    others = np.array([k for k in range(K) if k != target])
    while not target_wins(F, target):
        if len(flips_idx) >= limit:
            return None
        best = (-INF, -1, -1)
        cand = np.flatnonzero(~touched)
        if cand.size == 0:
            return None
        for b in range(K):
            # effect of relabelling every candidate i from y_i to b
            valid = y[cand] != b
            if not valid.any():
                continue
            ci = cand[valid]
            Fn = np.repeat(F[None, :], ci.size, axis=0)
            Fn[np.arange(ci.size), y[ci]] -= w[ci]
            Fn[:, b] += w[ci]
            margin = Fn[:, target][:, None] - Fn[:, others]
            worst = margin.min(axis=1)
            j = int(np.argmax(worst))
            if worst[j] > best[0]:
                best = (worst[j], int(ci[j]), b)
        _, i, b = best
        if i < 0:
            return None
        F[y[i]] -= w[i]
        F[b] += w[i]
        flips_idx.append(i)
        flips_lab.append(b)
        y[i] = b
        touched[i] = True
    return np.array(flips_idx, dtype=np.int64), np.array(flips_lab, dtype=np.int64)
