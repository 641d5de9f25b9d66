"""Valid inequalities for the label-flip MILPs: the numbers behind them (docs/math/bounds.md).

Every inequality here holds at the exact KKT point of *every* labelling the model admits (within
its flip cap where one is needed), so adding it changes no optimum and cuts off no attack; the
symmetry family is the one exception, stated there. They come from the project's sound bounds,
evaluated at the clean SVM of each block (``w = sum_j z_j phi_j``, dual ``alpha``, labels
``signs``). Notation: ``n_i = sqrt(Q_ii)``, ``sigma_i`` in {0, 1} is 1 when the block-k sign of
point i differs from its clean sign (a linear expression of the relabelling binaries), and
``eps = sqrt(2 gap)`` with ``gap`` the duality gap of the computed clean dual: by strong
convexity ``||w_computed - w*|| <= eps`` for the exact clean optimum ``w*``, so every clean score
read off the computed model is used with the slack ``||phi|| eps``.

Families (names for ``valid_inequalities=``):

``"knapsack"`` (needs ``||phi_x||``). *Claim*: for every labelling, with ``F_k`` the block scores
at the test point and ``c_i / 2`` the flip factors of the clean block
(:func:`optcert.svm.ball.flip_factors`)::

    margin >= margin_0 - ||phi_x|| eps_sum - sum_k sum_i beta_ik sigma_ik,
    beta_ik = (c_ik / 2) C (coef_k s_ik q_i + |coef_k| n_i ||phi_x||)      (s_ik the clean sign)

*Proof*: the flips of block k are made together from its clean optimum, so by the flip-factor
ball (docs/math/bounds.md) ``d_k = w'_k - w*_k`` lies in ``B(-C v / 2, C ||v|| / 2)`` with
``v = sum_{sigma_ik = 1} c_ik s_ik phi_i``; hence ``coef_k <phi_x, d_k> >= -(C/2) coef_k <v,
phi_x> - |coef_k| (C/2) ||v|| ||phi_x||`` and ``||v|| <= sum c_ik n_i`` (triangle inequality),
which is ``-sum_i beta_ik sigma_ik``. Summing over the blocks of the margin gives the claim. With
``margin <= tau`` (the radius question) it yields the binary knapsack ``sum beta sigma >= gap``
(``gap = margin_0 - slack - tau``) and its cardinality cut ``flips >= k_min``, the least count
whose largest point weights reach ``gap`` (a relabelling of point i adds at most its largest
move weight).

``"restoring"`` (needs ``||phi_x||`` and a flip cap b). *Claim*: ``margin >= margin_0 - slack -
sum_k |coef_k| (K0_k + sum_i omega_ik sigma_ik)`` with ``(K0_k, omega_k)`` the sorting form of
the restoring bound of the clean block k for sets of at most b points
(:func:`optcert.svm.restoring.restoring_bound`, ``s = sign(coef_k)``). *Proof*: that function's
docstring proves ``-s <phi_x, d_k> <= K0_k + sum_{i in F} omega_ik`` for every set F of at most b
points flipped together from the clean optimum; a labelling within the cap flips at most b
points of each block.

``"bounds"`` (needs a flip cap K). *Claim*: while point j keeps its clean label, its score
``p_j`` lies in ``[f_j - n_j eps + (sum of the K smallest T^lo_ij, i != j), f_j + n_j eps +
(sum of the K largest T^hi_ij, i != j)]``; once it is flipped, in the same with its own term
``T_jj`` and the K - 1 extreme others. ``T^lo_ij = (c_i/2) C (-s_i Q_ij - n_i n_j) <= 0``,
``T^hi_ij = (c_i/2) C (-s_i Q_ij + n_i n_j) >= 0``. *Proof*: the ball above with ``phi_j`` in
place of ``phi_x`` gives ``sum_{i in F} T^lo_ij <= <phi_j, d> <= sum_{i in F} T^hi_ij`` for the
flipped set F, of at most K points, which holds j exactly in the flipped state; every term has
the sign that makes the extreme ones the bound. The block then gets the rows of
:func:`optcert.formulations.kkt.add_score_bounds` (margins per label state, alpha fixed where
the margin's side of 1 is sure, smaller big-Ms).

``"scores"``: the same ball rows without a cap, linear in the flips, for every training point:
``f_j - n_j eps + sum_i T^lo_ij sigma_i <= p_j <= f_j + n_j eps + sum_i T^hi_ij sigma_i``
(N^2 entries per block; :func:`optcert.formulations.kkt.add_score_rows`).

``"activation"``: a training point far from the margin band keeps its dual at the bound unless
enough flips happen near it. With the clean margin ``m_j = s_j f_j`` and the moves of the
margin ``w_j`` the ball allows, ``D_ij`` down and ``U_ij`` up per flip of i (``T^lo, T^hi``
above, oriented by ``s_j``), point j kept at its label has ``m_j - n_j eps - sum_{i != j} D_ij
sigma_i <= w_j <= m_j + n_j eps + sum_{i != j} U_ij sigma_i``; flipped, ``w_j`` is in
``-m_j`` plus its own move ``[-U_jj, D_jj]`` and the others'. *Claim* (kept, ``g = m_j - n_j
eps - 1 > 0``): ``alpha_j / C <= sum_{i != j} min(1, D_ij / g) sigma_i + sigma_j``. *Proof*:
``alpha_j > 0`` forces ``w_j <= 1`` (KKT: ``u_j = 0``), so ``sum D_ij sigma_i >= g``, and
then the sum of the ``min(1, D_ij / g)`` over the flipped i is at least 1; ``sigma_j = 1`` is
the other state. The same with ``U`` bounds ``1 - alpha_j / C`` where the margin is surely
below 1, and both in the flipped state with ``1 - sigma_j``; the rows are
:func:`optcert.formulations.kkt.add_activation_rows` (also on ``s``, ``t``).

``"anchors"``: the knapsack row again, from each model one relabelling away from the clean one
(retrained here: N moves, one dual solve each): with ``delta^a_ik = |new block-k sign - sign of
anchor a|`` (linear), ``margin >= margin_a - slack_a - sum beta^a_ik delta^a_ik``. *Proof*: the
flip-factor ball holds from any optimum, here anchor a's; a labelling differs from the anchor
exactly where ``delta^a = 1``. In the radius question also the anchor cardinality cuts
``flips >= k0 + max(0, 1 + k_i - k0) flip_i``: ``k0`` is the knapsack family's least cover, and
``k_i`` the least, over the anchors a of point i, number of points ``j != i`` whose largest
anchor weights reach ``margin_a - slack_a - tau``. *Proof*: every relabelling of i sets its block
signs as one of its anchors does (:func:`optcert.svm.margins.margin_moves` lists every pattern
the margin sees), and then ``delta^a`` is nonzero only at the other flipped points, so an attack
needs ``sum_{j != i} beta^a_j flip_j >= margin_a - slack_a - tau``, i.e. at least ``k_i`` of
them besides i; unflipped, ``flips >= k0`` is the knapsack cut.

``"pairs"`` (binary, the radius question with a flip cap b): conflict rows ``flip_i + flip_j <=
1``. *Claim*: no attack of at most b flips flips both i and j when ``2 + k_ij > b``, with
``k_ij`` the least number of points ``l`` outside {i, j} whose largest knapsack weights from the
model retrained with i and j flipped reach its gap ``margin_ij - slack_ij - tau``; also when the
restoring bound of that model for sets of at most ``b - 2`` of the other points (as in
"restoring": ``|coef| (K0 + the b - 2 largest positive omega)``) stays below that gap.
*Proof*: the knapsack and restoring claims from that model (both hold from any optimum;
``slack_ij`` from its duality gap as above): a labelling that flips i and j differs from it
exactly at its other flipped points, so reaching ``margin <= tau`` needs more than ``b - 2`` of
them. The same with one flip gives ``flip_i <= 0`` where ``1 + k_i > b``; pairs are
tried only among the other points. The N (N - 1) / 2 retrainings are active-set re-solves warm
from the single anchors (:func:`optcert.svm.resolve.resolve_from_partition`).

``"symmetry"``: training points with the same clean label whose swap maps the data to itself
exactly (:func:`identical_groups`: equal Gram entries against every other point, equal diagonal,
equal test kernel -- duplicated inputs) are interchangeable: permuting their new labels permutes
the KKT point and leaves every score, the flip count and the margin unchanged. So ``flip_i >= flip_j``
for ``i < j`` in such a group keeps one labelling of every permutation class (moved points
first): it cuts off attacks, but never the least one's flip count nor the least margin; the
decoded attack is then one of an equivalence class of the same size.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import pyomo.environ as pyo

from ..exceptions import InvalidInputError

logger = logging.getLogger(__name__)

FAMILIES = ("knapsack", "restoring", "bounds", "scores", "activation", "anchors", "pairs", "symmetry")
#: what ``valid_inequalities=True`` means (measured in benchmarks/RESULTS.md, issue 18)
DEFAULT_FAMILIES = frozenset({"knapsack", "restoring", "bounds", "activation", "symmetry"})
#: relative safety on every derived number (rounding in the data, not the mathematics)
SAFETY = 1e-9


def resolve_families(valid_inequalities) -> frozenset:
    """``True`` -> :data:`DEFAULT_FAMILIES`, ``False``/``None`` -> none, else a set of names."""
    if valid_inequalities is None or valid_inequalities is False:
        return frozenset()
    if valid_inequalities is True:
        return DEFAULT_FAMILIES
    if isinstance(valid_inequalities, str):
        valid_inequalities = [valid_inequalities]
    try:
        names = frozenset(valid_inequalities)
    except TypeError:
        raise InvalidInputError(f"valid_inequalities must be True, False or a set of names from {FAMILIES}, "
                                f"got {valid_inequalities!r}") from None
    bad = sorted(str(n) for n in names - set(FAMILIES))
    if bad:
        raise InvalidInputError(f"unknown valid-inequality families {bad}; valid names are {FAMILIES}")
    return names


@dataclass(frozen=True)
class CleanBlock:
    """One SVM block at its clean labels: ``signs`` (+-1), dual ``alpha``, scores ``f = Q (signs
    alpha)``, ``eps = sqrt(2 gap)`` (distance to the exact optimum) and flip factors ``c / 2``."""

    k: int
    signs: np.ndarray
    alpha: np.ndarray
    f: np.ndarray
    eps: float
    factors: np.ndarray


def clean_block(Q: np.ndarray, C: float, signs: np.ndarray, alpha: np.ndarray | None, k: int = 1,
                c_star: float | None = None, warm: np.ndarray | None = None) -> CleanBlock:
    """The :class:`CleanBlock` of labels ``signs``; ``alpha`` is solved for when None (from
    ``warm``). Any ``alpha`` in the box is sound: ``eps`` measures its distance to the optimum."""
    from ..svm.ball import flip_factors
    from ..svm.dual import duality_gap, solve_svm_dual

    signs = np.asarray(signs, dtype=float)
    if alpha is None:
        alpha = solve_svm_dual(Q, signs, C, kkt_tol=1e-10, c_star=c_star, warm_start=warm).alpha
    alpha = np.clip(np.asarray(alpha, dtype=float), 0.0, C)
    f = Q @ (signs * alpha)
    gap = max(duality_gap(signs, alpha, f, C), 0.0)
    return CleanBlock(int(k), signs, alpha, f, float(np.sqrt(2.0 * gap)),
                      flip_factors(signs, alpha, f, C, np.diag(Q)))


def _norms(Q):
    return np.sqrt(np.clip(np.diag(Q), 0.0, None))


def knapsack_weights(q: np.ndarray, Q: np.ndarray, test_norm: float, C: float, blk: CleanBlock,
                 coef: float) -> np.ndarray:
    """``beta_i``: the most a flip of point i's block sign lowers ``coef * F_k(x)`` (knapsack)."""
    n = _norms(Q)
    beta = blk.factors * C * (coef * blk.signs * q + abs(coef) * n * test_norm)
    return beta + SAFETY * np.abs(beta)


def score_terms(Q: np.ndarray, C: float, blk: CleanBlock) -> tuple[np.ndarray, np.ndarray]:
    """``(T_lo, T_hi)``, (N, N): ``T[i, j]`` bounds the move of ``p_j`` when point i flips."""
    n = _norms(Q)
    scale = (blk.factors * C)[:, None]
    cross = blk.signs[:, None] * Q
    nn = n[:, None] * n[None, :]
    T_lo, T_hi = scale * (-cross - nn), scale * (-cross + nn)
    return T_lo - SAFETY * np.abs(T_lo), T_hi + SAFETY * np.abs(T_hi)


def score_slack(Q: np.ndarray, blk: CleanBlock) -> np.ndarray:
    """``n_j eps`` plus rounding: how far the computed clean scores may be from the exact ones."""
    return _norms(Q) * blk.eps + SAFETY * (1.0 + np.abs(blk.f))


def score_intervals(Q: np.ndarray, C: float, blk: CleanBlock, cap: int):
    """Per label state, bounds on every training score for all labellings with at most ``cap``
    flips of this block: ``(lo, hi)`` arrays of shape (2, N), row 1 where point j's block sign is
    +1 (``b_j = 1``), row 0 where it is -1. In its clean state point j is not flipped, so its
    own term is left out of the ``cap`` largest; flipped, its own term is in and ``cap - 1``
    others."""
    T_lo, T_hi = score_terms(Q, C, blk)
    N = Q.shape[0]
    K = int(min(max(cap, 0), N))
    sl = score_slack(Q, blk)
    own_lo, own_hi = np.diag(T_lo).copy(), np.diag(T_hi).copy()
    off_lo, off_hi = T_lo.copy(), T_hi.copy()
    np.fill_diagonal(off_lo, 0.0)
    np.fill_diagonal(off_hi, 0.0)
    srt_lo = np.sort(off_lo, axis=0)  # ascending: the most negative first
    srt_hi = -np.sort(-off_hi, axis=0)  # descending

    def top(srt, k):
        return srt[:k].sum(axis=0) if k > 0 else np.zeros(N)

    kept = (blk.f - sl + top(srt_lo, K), blk.f + sl + top(srt_hi, K))  # not flipped: cap others
    if K >= 1:
        flipped = (blk.f - sl + own_lo + top(srt_lo, K - 1), blk.f + sl + own_hi + top(srt_hi, K - 1))
    else:  # no flip allowed: the flipped state never occurs; keep it as wide as the kept one
        flipped = kept
    plus = blk.signs > 0  # the clean state is b = 1 for these points
    lo = np.vstack([np.where(plus, flipped[0], kept[0]), np.where(plus, kept[0], flipped[0])])
    hi = np.vstack([np.where(plus, flipped[1], kept[1]), np.where(plus, kept[1], flipped[1])])
    return lo, hi


def activation_rules(Q: np.ndarray, C: float, blk: CleanBlock) -> list:
    """The rules of the "activation" family for :func:`optcert.formulations.kkt.add_activation_rows`:
    ``(j, kind, flipped, coef)`` wherever point j's margin is surely off 1 in a state."""
    T_lo, T_hi = score_terms(Q, C, blk)
    pos = blk.signs > 0
    # per flip of i, how far the margin w_j of a kept point j can fall (D) or rise (U)
    D = np.where(pos[None, :], -T_lo, T_hi)
    U = np.where(pos[None, :], T_hi, -T_lo)
    m = blk.signs * blk.f
    sl = score_slack(Q, blk)
    rules = []

    def coef(moves, j, g):
        c = np.minimum(1.0, np.clip(moves[:, j], 0.0, None) / g) * (1.0 + SAFETY)
        c[j] = 0.0
        return c

    for j in range(m.size):
        if m[j] - sl[j] > 1.0:  # kept: surely above 1 unless flips push it down
            rules.append((j, "zero", False, coef(D, j, m[j] - sl[j] - 1.0)))
        elif m[j] + sl[j] < 1.0:  # kept: surely below 1 unless flips push it up
            rules.append((j, "cap", False, coef(U, j, 1.0 - m[j] - sl[j])))
        top = -m[j] + D[j, j] + sl[j]  # flipped: w_j <= top + the others' rises (D: w_j moves by -s_j dp)
        bottom = -m[j] - U[j, j] - sl[j]
        if top < 1.0:
            rules.append((j, "cap", True, coef(D, j, 1.0 - top)))
        elif bottom > 1.0:
            rules.append((j, "zero", True, coef(U, j, bottom - 1.0)))
    return rules


def least_cover(weights: np.ndarray, gap: float) -> int:
    """Least k whose k largest ``weights`` sum to at least ``gap`` (N + 1 when none; 0 if gap <= 0)."""
    if gap <= 0:
        return 0
    cs = np.cumsum(np.sort(np.clip(weights, 0.0, None))[::-1])
    hit = np.flatnonzero(cs >= gap)
    return int(hit[0]) + 1 if hit.size else weights.size + 1


def identical_groups(Q: np.ndarray, y_index: np.ndarray, q: np.ndarray | None = None) -> list[np.ndarray]:
    """Groups (index arrays, size >= 2) of interchangeable training points: same clean label, and
    swapping any two of them maps the data to itself *exactly* -- ``Q_ii = Q_jj``, ``Q_ik = Q_jk``
    for every other k, ``Q_ij = Q_ji`` and ``q_i = q_j`` (bitwise; a duplicated input whose kernel
    rounds differently is not grouped)."""
    Q = np.asarray(Q, dtype=float)
    N = Q.shape[0]
    y_index = np.asarray(y_index)
    seen = np.zeros(N, dtype=bool)
    groups = []

    def swappable(i, j):
        others = np.ones(N, dtype=bool)
        others[[i, j]] = False
        return (Q[i, i] == Q[j, j] and Q[i, j] == Q[j, i] and np.array_equal(Q[i, others], Q[j, others])
                and np.array_equal(Q[others, i], Q[others, j]) and (q is None or q[i] == q[j]))

    for i in range(N):
        if seen[i]:
            continue
        group = [i] + [j for j in range(i + 1, N) if not seen[j] and y_index[j] == y_index[i] and swappable(i, j)]
        seen[group] = True
        if len(group) >= 2:
            groups.append(np.array(group))
    return groups


# -- the rows, added to a built label-flip model ------------------------------------------------

def _sigma(m, i: int, k: int, plus: bool):
    """``1`` when the block-k sign of point i differs from ``plus`` (its sign in some model)."""
    return (1 - m.b[i, k]) if plus else m.b[i, k]


def add_valid_inequalities(m, Q: np.ndarray, C: float, q: np.ndarray, spec, families, *, tau: float,
                           cap: int | None = None, alphas: dict | None = None,
                           test_norm: float | None = None) -> dict:
    """Add the ``families`` (see the module docstring) to a built SVM label-flip model ``m``.

    ``cap``: the flip cap every admitted labelling obeys (the budget, or the radius question's
    ``max_flips``); "bounds" and "restoring" need it. ``alphas``: {block: clean dual}, solved for
    when missing. ``test_norm``: ``||phi_x||``; "knapsack", "restoring" and "anchors" need it.
    Families that lack what they need are skipped (debug log). Returns ``{family: rows}`` (also
    stored as ``m.valid_inequalities``).
    """
    from ..svm.dual import c_star_from_row_sums

    families = resolve_families(families)
    Q = np.asarray(Q, dtype=float)
    N = Q.shape[0]
    y = np.asarray(m.y_clean)
    coef = {int(k): float(c) for k, c in spec.coef.items()}
    c_star = c_star_from_row_sums(np.abs(Q).sum(axis=1))
    alphas = alphas or {}
    clean = {k: clean_block(Q, C, np.where(y == k, 1.0, -1.0), alphas.get(k), k, c_star) for k in coef}
    added: dict[str, int] = {}
    skipped = []
    m.vi = pyo.ConstraintList()

    def add(family, expr):
        m.vi.add(expr)
        added[family] = added.get(family, 0) + 1

    radius = getattr(m, "question", None) == "radius"
    margin0 = sum(c * float(q @ (clean[k].signs * clean[k].alpha)) for k, c in coef.items())
    slack0 = sum(abs(c) * (test_norm or 0.0) * clean[k].eps for k, c in coef.items()) + SAFETY * (1 + abs(margin0))
    has_x = test_norm is not None and np.isfinite(test_norm)
    tn = float(test_norm) if test_norm is not None and has_x else 0.0  # read only where has_x

    if "knapsack" in families and has_x:
        beta = {k: knapsack_weights(q, Q, tn, C, clean[k], c) for k, c in coef.items()}
        drop = sum(float(beta[k][i]) * _sigma(m, i, k, clean[k].signs[i] > 0) for k in coef for i in range(N))
        add("knapsack", m.margin >= margin0 - slack0 - drop)
        if radius:
            gap = margin0 - slack0 - float(tau)
            add("knapsack", drop >= gap)
            k_min = least_cover(_point_weights(y, m.n_classes, coef, beta), gap)
            if k_min > 1:
                add("knapsack", m.flips >= min(k_min, N + 1))
    elif "knapsack" in families:
        skipped.append("knapsack")

    if "restoring" in families and has_x and cap is not None:
        from ..svm.restoring import restoring_bound

        total, K0 = 0, 0.0
        for k, c in coef.items():
            blk = clean[k]
            bound = restoring_bound(Q, q, tn, C, float(np.sign(c)), blk.signs, blk.alpha, blk.f,
                                    blk.factors, np.ones(N, dtype=bool), int(min(cap, N)), rounds=3)
            K0 += abs(c) * bound.K0
            total = total + sum(abs(c) * float(bound.omega[i]) * _sigma(m, i, k, blk.signs[i] > 0)
                                for i in range(N) if bound.omega[i] != 0.0)
        add("restoring", m.margin >= margin0 - slack0 - K0 - total)
        if radius:
            add("restoring", total >= margin0 - slack0 - K0 - float(tau))
    elif "restoring" in families:
        skipped.append("restoring")

    if "bounds" in families and cap is not None:
        from .kkt import add_score_bounds

        for k in coef:
            lo, hi = score_intervals(Q, C, clean[k], cap)
            added["bounds"] = added.get("bounds", 0) + add_score_bounds(
                m.svm[k], {i: m.b[i, k] for i in range(N)}, lo[1], hi[1], C, lo0=lo[0], hi0=hi[0])
    elif "bounds" in families:
        skipped.append("bounds")

    if "scores" in families:
        from .kkt import add_score_rows

        for k in coef:
            blk = clean[k]
            T_lo, T_hi = score_terms(Q, C, blk)
            sl = score_slack(Q, blk)
            added["scores"] = added.get("scores", 0) + add_score_rows(
                m.svm[k], {i: m.b[i, k] for i in range(N)}, blk.signs, blk.f - sl, blk.f + sl, T_lo, T_hi, Q)

    if "activation" in families:
        from .kkt import add_activation_rows

        for k in coef:
            added["activation"] = added.get("activation", 0) + add_activation_rows(
                m.svm[k], {i: m.b[i, k] for i in range(N)}, clean[k].signs,
                activation_rules(Q, C, clean[k]), C)

    if "anchors" in families and has_x:
        covers = np.full(N, np.inf)
        for i, expr, k_a in _anchor_rows(m, Q, C, q, coef, clean, tn, c_star, float(tau)):
            add("anchors", expr)
            covers[i] = min(covers[i], k_a)
        if radius:  # flips >= k0 + (1 + k_i - k0) flip_i: a flipped i needs k_i more flips
            beta0 = {k: knapsack_weights(q, Q, tn, C, clean[k], c) for k, c in coef.items()}
            k0 = least_cover(_point_weights(y, m.n_classes, coef, beta0), margin0 - slack0 - float(tau))
            k0 = min(k0, N + 1)
            for i in range(N):
                lift = int(min(covers[i], N)) + 1 - k0
                if lift > 0:
                    add("anchors", m.flips >= k0 + lift * m.flip[i])
    elif "anchors" in families:
        skipped.append("anchors")

    if "pairs" in families and radius and has_x and cap is not None and m.n_classes == 2:
        for pair in pair_conflicts(Q, C, q, coef, clean, tn, c_star, float(tau), int(cap)):
            add("pairs", sum(m.flip[i] for i in pair) <= len(pair) - 1)
    elif "pairs" in families:
        skipped.append("pairs")

    if "symmetry" in families:
        for group in identical_groups(Q, y, q):
            for i, j in zip(group[:-1], group[1:]):
                add("symmetry", m.flip[int(i)] >= m.flip[int(j)])

    if skipped:
        logger.debug("valid inequalities %s skipped (no ||phi_x||, no flip cap, not the binary radius "
                     "question)", skipped)
    m.valid_inequalities = dict(added)
    return dict(added)


def _point_weights(y: np.ndarray, n_classes: int, coef: dict, beta: dict) -> np.ndarray:
    """Per point, the largest knapsack weight of any of its relabellings (touched blocks summed)."""
    from ..svm.margins import margin_moves

    moves = margin_moves(y, n_classes, coef)
    out = np.zeros(y.size)
    for col in range(moves.shape[1]):
        mv = moves[:, col]
        w = sum(np.where((y == k) | (mv == k), beta[k], 0.0) for k in coef) if n_classes > 2 \
            else beta[next(iter(coef))]
        out = np.maximum(out, np.where(mv >= 0, w, 0.0))
    return out


def _anchor_rows(m, Q, C, q, coef, clean, test_norm, c_star, tau):
    """The knapsack row of every model one relabelling away from the clean one: ``(i, row,
    k_a)`` with ``k_a`` the least number of *other* points whose anchor weights reach the
    anchor's gap ``margin_a - slack_a - tau`` (N when none do)."""
    from ..svm.margins import margin_moves

    y = np.asarray(m.y_clean)
    N = y.size
    moves = margin_moves(y, m.n_classes, coef)
    for i in range(N):
        for mv in moves[i]:
            if mv < 0:
                continue
            labels = y.copy()
            labels[i] = mv
            blocks = {}
            for k in coef:
                signs = np.where(labels == k, 1.0, -1.0)
                blocks[k] = clean[k] if np.array_equal(signs, clean[k].signs) else \
                    clean_block(Q, C, signs, None, k, c_star, warm=clean[k].alpha)
            margin_a = sum(c * float(q @ (blocks[k].signs * blocks[k].alpha)) for k, c in coef.items())
            slack_a = sum(abs(c) * test_norm * blocks[k].eps for k, c in coef.items()) + SAFETY * (1 + abs(margin_a))
            drop = 0
            betas = {}
            for k, c in coef.items():
                beta = betas[k] = knapsack_weights(q, Q, test_norm, C, blocks[k], c)
                drop = drop + sum(float(beta[j]) * _sigma(m, j, k, blocks[k].signs[j] > 0)
                                  for j in range(N) if beta[j] != 0.0)
            others = np.delete(_point_weights(y, m.n_classes, coef, betas), i)
            yield i, m.margin >= margin_a - slack_a - drop, min(least_cover(others, margin_a - slack_a - tau), N)


def pair_conflicts(Q: np.ndarray, C: float, q: np.ndarray, coef: dict, clean: dict, test_norm: float,
                   c_star: float, tau: float, cap: int) -> list[tuple[int, ...]]:
    """The "pairs" family (binary): every ``(i,)`` and ``(i, j)`` that no attack of at most
    ``cap`` flips flips (together), from the knapsack and restoring bounds of the model
    retrained so."""
    from ..svm.resolve import partition_of, resolve_from_partition
    from ..svm.restoring import restoring_bound

    ((k, c),) = coef.items()
    N = Q.shape[0]
    if cap < 1:
        return []

    def anchor(signs, warm: CleanBlock):
        solved = resolve_from_partition(Q, signs, C, partition_of(warm.alpha, C), kkt_tol=1e-10)
        alpha = solved[0] if isinstance(solved, tuple) else None
        blk = clean_block(Q, C, signs, alpha, k, c_star, warm=warm.alpha)
        margin = c * float(q @ (signs * blk.alpha))
        gap = margin - abs(c) * test_norm * blk.eps - SAFETY * (1 + abs(margin)) - tau
        return blk, gap

    def unreachable(blk: CleanBlock, gap: float, flipped: list[int], b: int) -> bool:
        """No set of at most ``b`` more flips (outside ``flipped``) lowers the margin by ``gap``."""
        if gap <= 0:
            return False
        if b <= 0:
            return True
        if least_cover(np.delete(knapsack_weights(q, Q, test_norm, C, blk, c), flipped), gap) > b:
            return True
        cand = np.ones(N, dtype=bool)
        cand[flipped] = False
        bound = restoring_bound(Q, q, test_norm, C, float(np.sign(c)), blk.signs, blk.alpha, blk.f, blk.factors,
                                cand, b, rounds=3, enough=gap / abs(c))
        top = np.sort(np.clip(bound.omega, 0.0, None))[::-1][:b].sum()
        return abs(c) * (bound.K0 + float(top)) < gap

    singles = {}
    out: list[tuple[int, ...]] = []
    for i in range(N):
        signs = clean[k].signs.copy()
        signs[i] = -signs[i]
        blk, gap = anchor(signs, clean[k])
        if unreachable(blk, gap, [i], cap - 1):
            out.append((i,))
        else:
            singles[i] = blk
    alive = sorted(singles) if cap >= 2 else []
    for a, i in enumerate(alive):
        for j in alive[a + 1:]:
            signs = singles[i].signs.copy()
            signs[j] = -signs[j]
            blk, gap = anchor(signs, singles[i])
            if unreachable(blk, gap, [i, j], cap - 2):
                out.append((i, j))
    return out
