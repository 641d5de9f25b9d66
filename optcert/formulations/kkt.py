"""Step 2 of the LabelCert chain: the lower-level SVM replaced by its KKT conditions, linearised.

For one bias-free SVM block with labels ``y~_i = 2 b_i - 1`` (``b`` binary, owned by the
upper level) the dual ``max 1'a - 1/2 a'(y~y~' o Q)a, 0 <= a <= C`` is optimal iff
(docs/math/milp.md)::

    w_i - u_i + v_i = 1,      w_i = y~_i p_i,   p_i = sum_j Q_ij z_j,   z_j = y~_j alpha_j
    0 <= alpha_i <= C,  u_i, v_i >= 0,  u_i alpha_i = 0,  v_i (C - alpha_i) = 0

``w_i`` is the margin of training point i, ``u_i = max(w_i - 1, 0)`` where ``alpha_i = 0`` and
``v_i = max(1 - w_i, 0)`` where ``alpha_i = C``. The products with a binary are linearised
exactly (McCormick with the binary):

* ``linearization="mccormick"`` (O(N) extra rows): ``z_j`` from ``alpha_j`` and ``b_j`` (|z| <= C)
  and ``w_i`` from ``p_i`` and ``b_i`` (|p_i| <= P_i);
* ``linearization="pairwise"`` (O(N^2) variables, for comparison): ``e_ij = y~_i z_j`` for every
  ``Q_ij != 0`` and ``w_i = sum_j Q_ij e_ij`` (``e_ii = alpha_i``).

Complementarity encodings: ``"bigm"`` (binaries ``s_i`` = [alpha_i may be > 0],
``t_i`` = [alpha_i = C], with data-derived ``M^u, M^v``), ``"sos1"`` (Pyomo ``SOSConstraint``
pairs ``{u_i, alpha_i}`` and ``{v_i, g_i}`` with ``g_i = C - alpha_i``) or ``"indicator"``
(``pyomo.gdp`` disjunctions ``[alpha_i = 0] v [u_i = 0]`` and ``[v_i = 0] v [alpha_i = C]``;
``s_i, t_i`` are the binary indicators of the second disjuncts). The indicator model is a GDP:
optcert's solvers hand its disjuncts to SCIP as native indicator constraints and to the others
through ``TransformationFactory("gdp.bigm")``, whose Ms come from the variable bounds -- the
same data-derived ``C, M^u, M^v`` as the big-M encoding. Other Pyomo tools need that
transformation first (Pyomo's HiGHS and SCIP interfaces skip active disjunctions silently).

Every function here is pure modelling: :func:`svm_bounds` (numbers), :func:`kkt_point`
(numbers), :func:`add_svm_kkt_block` (build), :func:`set_block_values` (warm start) and
:func:`decode_block` (read back). Valid inequalities on one block, given sound bounds on its
training scores (:mod:`optcert.formulations.valid_inequalities` derives them):
:func:`add_score_bounds` (an interval per point), :func:`add_score_rows` (rows linear in the
flips) and :func:`add_activation_rows` (a dual leaves its bound only if enough flips happen).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import pyomo.environ as pyo
from pyomo.gdp import Disjunct, Disjunction

logger = logging.getLogger(__name__)

COMPLEMENTARITY = ("bigm", "sos1", "indicator")
LINEARIZATIONS = ("mccormick", "pairwise")
#: features a solver needs for each complementarity encoding (beyond "milp")
#: (the indicator encoding runs everywhere: solvers without native indicators get gdp.bigm)
ENCODING_FEATURE = {"bigm": "milp", "sos1": "sos1", "indicator": "milp"}
#: relative safety added to every derived bound (rounding in Q, not the mathematics)
_BOUND_SAFETY = 1e-9
#: a margin bound must clear 1 by this much before alpha is fixed from it
_FIX_MARGIN = 1e-7


@dataclass(frozen=True)
class SVMBounds:
    """Valid bounds for one SVM block, for *every* labelling (arrays of shape (N,)).

    Attributes
    ----------
    P : |p_i| <= P_i (and |w_i| <= P_i).
    Mu : u_i <= Mu_i (big-M of ``u_i alpha_i = 0``).
    Mv : v_i <= Mv_i (big-M of ``v_i (C - alpha_i) = 0``).
    """

    P: np.ndarray
    Mu: np.ndarray
    Mv: np.ndarray


def svm_bounds(Q: np.ndarray, C: float, *, tighten: bool = True) -> SVMBounds:
    """Data-derived bounds on ``p, u, v`` valid for every labelling.

    ``tighten=False`` gives the bounds of docs/math/milp.md exactly: ``P_i = C sum_j |Q_ij|``,
    ``M^u_i = max(P_i - 1, 0)``, ``M^v_i = P_i + 1``.

    ``tighten=True`` (default) intersects them with three further valid facts:

    * ``||w||^2 = z'Qz <= sum_i alpha_i <= N C`` at every KKT point (multiply stationarity by
      ``alpha_i`` and sum: ``z'Qz = 1'alpha - C 1'v``), so by Cauchy-Schwarz
      ``|p_i| <= sqrt(Q_ii N C)``;
    * ``u_i > 0`` forces ``alpha_i = 0``, so ``u_i = y~_i sum_{j != i} Q_ij z_j - 1
      <= C sum_{j != i} |Q_ij| - 1``;
    * ``v_i > 0`` forces ``alpha_i = C``, so ``v_i = 1 - C Q_ii - y~_i sum_{j != i} Q_ij z_j
      <= 1 - C Q_ii + C sum_{j != i} |Q_ij|``.

    Parameters
    ----------
    Q : (N, N) PSD Gram matrix.
    C : SVM box bound.
    """
    Q = np.asarray(Q, dtype=float)
    N = Q.shape[0]
    row = np.abs(Q).sum(axis=1)
    P = C * row
    if not tighten:
        P = P * (1 + _BOUND_SAFETY)
        return SVMBounds(P, np.maximum(P - 1.0, 0.0), P + 1.0)
    diag = np.clip(np.diag(Q), 0.0, None)
    off = row - np.abs(np.diag(Q))
    P = np.minimum(P, np.sqrt(diag * N * C)) * (1 + _BOUND_SAFETY) + 1e-12
    Mu = np.maximum(np.minimum(C * off, P) * (1 + _BOUND_SAFETY) - 1.0, 0.0)
    Mv = np.maximum(1.0 + np.minimum(C * off - C * diag, P) * (1 + _BOUND_SAFETY), 0.0)
    return SVMBounds(P, Mu, Mv)


def kkt_point(Q: np.ndarray, C: float, signs: np.ndarray, alpha: np.ndarray, *,
              snap: float = 1e-9) -> dict[str, np.ndarray]:
    """All KKT quantities of a dual solution ``alpha`` for labels ``signs`` (+-1), shape (N,).

    ``alpha`` within ``snap * C`` of 0 or C is snapped to the bound; ``u`` and ``v`` are then
    read off stationarity. Returns a dict with ``b, alpha, z, p, w, u, v, s, t, g``.
    """
    signs = np.asarray(signs, dtype=float)
    a = np.clip(np.asarray(alpha, dtype=float), 0.0, C)
    at0 = a <= snap * C
    atC = a >= C * (1 - snap)
    a = np.where(at0, 0.0, np.where(atC, C, a))
    z = signs * a
    p = Q @ z
    w = signs * p
    u = np.where(at0, np.maximum(w - 1.0, 0.0), 0.0)
    v = np.where(atC, np.maximum(1.0 - w, 0.0), 0.0)
    return {"b": (signs > 0).astype(float), "alpha": a, "z": z, "p": p, "w": w, "u": u, "v": v,
            "s": (~at0).astype(float), "t": atC.astype(float), "g": C - a}


def add_svm_kkt_block(blk, Q: np.ndarray, C: float, b, bounds: SVMBounds, *,
                      complementarity: str = "bigm", linearization: str = "mccormick"):
    """Add the linearised KKT system of one SVM block to the Pyomo block ``blk``.

    Parameters
    ----------
    blk : pyomo Block (or model) receiving the components ``alpha, z, p, w, u, v`` (and
        ``s, t`` / ``g`` / ``e`` depending on the encoding; for "indicator" the disjuncts
        ``alpha_zero, u_zero, v_zero, alpha_at_C`` and disjunctions ``support, at_bound``).
    Q : (N, N) Gram matrix.
    C : box bound.
    b : indexable of N binary Pyomo variables; ``y~_i = 2 b_i - 1``.
    bounds : :class:`SVMBounds` for ``Q, C``.
    complementarity : "bigm", "sos1" or "indicator".
    linearization : "mccormick" (O(N)) or "pairwise" (O(N^2)).
    """
    if complementarity not in COMPLEMENTARITY:
        raise ValueError(f"complementarity must be one of {COMPLEMENTARITY}, got {complementarity!r}")
    if linearization not in LINEARIZATIONS:
        raise ValueError(f"linearization must be one of {LINEARIZATIONS}, got {linearization!r}")
    Q = np.asarray(Q, dtype=float)
    N = Q.shape[0]
    C = float(C)
    P, Mu, Mv = bounds.P, bounds.Mu, bounds.Mv
    I = range(N)
    blk.alpha = pyo.Var(I, bounds=(0.0, C))
    blk.z = pyo.Var(I, bounds=(-C, C))
    blk.w = pyo.Var(I, bounds=lambda _, i: (max(-P[i], 1.0 - Mv[i]), min(P[i], 1.0 + Mu[i])))
    blk.u = pyo.Var(I, bounds=lambda _, i: (0.0, Mu[i]))
    blk.v = pyo.Var(I, bounds=lambda _, i: (0.0, Mv[i]))
    a, z, w, u, v = blk.alpha, blk.z, blk.w, blk.u, blk.v

    # z_j = y~_j alpha_j (McCormick with the binary; exact)
    blk.z_le_alpha = pyo.Constraint(I, rule=lambda _, j: z[j] <= a[j])
    blk.z_ge_neg_alpha = pyo.Constraint(I, rule=lambda _, j: z[j] >= -a[j])
    blk.z_ge_alpha_if_pos = pyo.Constraint(I, rule=lambda _, j: z[j] >= a[j] - 2 * C * (1 - b[j]))
    blk.z_le_neg_alpha_if_neg = pyo.Constraint(I, rule=lambda _, j: z[j] <= -a[j] + 2 * C * b[j])
    blk.stationarity = pyo.Constraint(I, rule=lambda _, i: w[i] - u[i] + v[i] == 1.0)

    if linearization == "mccormick":
        blk.p = pyo.Var(I, bounds=lambda _, i: (-P[i], P[i]))
        p = blk.p
        rows = [np.flatnonzero(Q[i]) for i in I]
        blk.p_def = pyo.Constraint(
            I, rule=lambda _, i: p[i] == sum(float(Q[i, j]) * z[j] for j in rows[i]))
        # w_i = y~_i p_i
        blk.w_minus_p_le = pyo.Constraint(I, rule=lambda _, i: w[i] - p[i] <= 2 * P[i] * (1 - b[i]))
        blk.w_minus_p_ge = pyo.Constraint(I, rule=lambda _, i: w[i] - p[i] >= -2 * P[i] * (1 - b[i]))
        blk.w_plus_p_le = pyo.Constraint(I, rule=lambda _, i: w[i] + p[i] <= 2 * P[i] * b[i])
        blk.w_plus_p_ge = pyo.Constraint(I, rule=lambda _, i: w[i] + p[i] >= -2 * P[i] * b[i])
    else:
        pairs = [(i, j) for i in I for j in I if i != j and Q[i, j] != 0.0]
        blk.E = pyo.Set(initialize=pairs, dimen=2, ordered=True)
        blk.e = pyo.Var(blk.E, bounds=(-C, C))
        e = blk.e
        blk.e_minus_z_le = pyo.Constraint(blk.E, rule=lambda _, i, j: e[i, j] - z[j] <= 2 * C * (1 - b[i]))
        blk.e_minus_z_ge = pyo.Constraint(blk.E, rule=lambda _, i, j: e[i, j] - z[j] >= -2 * C * (1 - b[i]))
        blk.e_plus_z_le = pyo.Constraint(blk.E, rule=lambda _, i, j: e[i, j] + z[j] <= 2 * C * b[i])
        blk.e_plus_z_ge = pyo.Constraint(blk.E, rule=lambda _, i, j: e[i, j] + z[j] >= -2 * C * b[i])
        by_row = {i: [j for (r, j) in pairs if r == i] for i in I}
        blk.w_def = pyo.Constraint(I, rule=lambda _, i: w[i] == float(Q[i, i]) * a[i]
                                   + sum(float(Q[i, j]) * e[i, j] for j in by_row[i]))

    if complementarity == "sos1":
        blk.g = pyo.Var(I, bounds=(0.0, C))
        blk.g_def = pyo.Constraint(I, rule=lambda _, i: blk.g[i] == C - a[i])
        blk.sos_u_alpha = pyo.SOSConstraint(I, rule=lambda _, i: [u[i], a[i]], sos=1)
        blk.sos_v_g = pyo.SOSConstraint(I, rule=lambda _, i: [v[i], blk.g[i]], sos=1)
        return blk
    if complementarity == "bigm":
        blk.s = pyo.Var(I, domain=pyo.Binary)
        blk.t = pyo.Var(I, domain=pyo.Binary)
        s, t = blk.s, blk.t
        blk.t_le_s = pyo.Constraint(I, rule=lambda _, i: t[i] <= s[i])  # alpha = C > 0
        blk.alpha_le_Cs = pyo.Constraint(I, rule=lambda _, i: a[i] <= C * s[i])
        blk.u_le_Mu = pyo.Constraint(I, rule=lambda _, i: u[i] <= Mu[i] * (1 - s[i]))
        blk.alpha_ge_Ct = pyo.Constraint(I, rule=lambda _, i: a[i] >= C * t[i])
        blk.v_le_Mv = pyo.Constraint(I, rule=lambda _, i: v[i] <= Mv[i] * t[i])
        return blk
    # "indicator": u_i alpha_i = 0 as [alpha_i <= 0] v [u_i <= 0], v_i (C - alpha_i) = 0 as
    # [v_i <= 0] v [alpha_i >= C]; exactly one disjunct of each pair holds.
    def alpha_zero(d, i):
        d.alpha_le_0 = pyo.Constraint(expr=a[i] <= 0.0)

    def u_zero(d, i):
        d.u_le_0 = pyo.Constraint(expr=u[i] <= 0.0)

    def v_zero(d, i):
        d.v_le_0 = pyo.Constraint(expr=v[i] <= 0.0)

    def alpha_at_C(d, i):
        d.alpha_ge_C = pyo.Constraint(expr=a[i] >= C)

    blk.alpha_zero = Disjunct(I, rule=alpha_zero)
    blk.u_zero = Disjunct(I, rule=u_zero)
    blk.v_zero = Disjunct(I, rule=v_zero)
    blk.alpha_at_C = Disjunct(I, rule=alpha_at_C)
    blk.support = Disjunction(I, rule=lambda _, i: [blk.alpha_zero[i], blk.u_zero[i]])
    blk.at_bound = Disjunction(I, rule=lambda _, i: [blk.v_zero[i], blk.alpha_at_C[i]])
    # s_i, t_i: the binaries of u_zero[i], alpha_at_C[i] (no Reference: writers would see them twice)
    blk.t_le_s = pyo.Constraint(I, rule=lambda _, i: blk.alpha_at_C[i].binary_indicator_var
                                <= blk.u_zero[i].binary_indicator_var)  # alpha = C > 0
    return blk


def _complementarity_binaries(blk, i):
    """``(s_i, t_i)`` of the big-M or indicator encoding, or ``(None, None)`` (SOS1)."""
    if hasattr(blk, "s"):
        return blk.s[i], blk.t[i]
    if hasattr(blk, "u_zero"):
        return blk.u_zero[i].binary_indicator_var, blk.alpha_at_C[i].binary_indicator_var
    return None, None


def add_score_bounds(blk, b, lo: np.ndarray, hi: np.ndarray, C: float, *,
                     lo0: np.ndarray | None = None, hi0: np.ndarray | None = None) -> int:
    """Valid inequalities from intervals on the training scores ``p_i`` that hold at the KKT
    point of every labelling the model admits: ``lo_i <= p_i <= hi_i`` when ``b_i = 1`` and
    ``lo0_i <= p_i <= hi0_i`` when ``b_i = 0`` (default: the same interval). Returns the rows.

    With ``b_i = 1`` the margin is ``w_i = p_i``, with ``b_i = 0`` it is ``-p_i``, so (each row
    checked in both states of the binary ``b_i``)::

        p_i >= lo_i b_i + lo0_i (1 - b_i),      p_i <= hi_i b_i + hi0_i (1 - b_i)
        w_i >= lo_i b_i - hi0_i (1 - b_i),      w_i <= hi_i b_i - lo0_i (1 - b_i)
        u_i <= (hi_i - 1)^+ b_i + (-lo0_i - 1)^+ (1 - b_i)     (u_i = (w_i - 1)^+ or 0)
        v_i <= (1 - lo_i)^+ b_i + (1 + hi0_i)^+ (1 - b_i)      (v_i = (1 - w_i)^+ or 0)

    and where a state's margin is surely above 1 (``w > 1`` forces ``u > 0``, hence
    ``alpha = 0``, ``s = t = 0``) or surely below 1 (``v > 0``: ``alpha = C``, ``s = t = 1``),
    alpha and the complementarity binaries are fixed in that state (e.g. ``lo_i > 1``:
    ``alpha_i <= C (1 - b_i)``, ``s_i <= 1 - b_i``). The big-M rows get the smaller constants
    ``M^u_i = max w_i - 1``, ``M^v_i = 1 - min w_i`` (floored at 0), and the variable bounds of
    ``p, w, u, v`` are intersected with the intervals (the indicator encoding's ``gdp.bigm``
    reads its Ms from them).
    """
    lo1, hi1 = np.asarray(lo, dtype=float), np.asarray(hi, dtype=float)
    lo0 = lo1 if lo0 is None else np.asarray(lo0, dtype=float)
    hi0 = hi1 if hi0 is None else np.asarray(hi0, dtype=float)
    N = lo1.size
    a, w, u, v = blk.alpha, blk.w, blk.u, blk.v
    rows = pyo.ConstraintList()
    blk.score_bound_rows = rows
    tight = _FIX_MARGIN

    def clip_bounds(var, lb, ub):
        new_lb = lb if var.lb is None else max(var.lb, lb)
        new_ub = ub if var.ub is None else min(var.ub, ub)
        if new_lb <= new_ub:
            var.setlb(new_lb)
            var.setub(new_ub)

    for i in range(N):
        l1, h1, l0, h0 = float(lo1[i]), float(hi1[i]), float(lo0[i]), float(hi0[i])
        if not (l1 <= h1 and l0 <= h0):
            continue
        w_max, w_min = max(h1, -l0), min(l1, -h0)
        bi = b[i]
        if hasattr(blk, "p"):
            clip_bounds(blk.p[i], min(l1, l0), max(h1, h0))
            rows.add(blk.p[i] >= l1 * bi + l0 * (1 - bi))
            rows.add(blk.p[i] <= h1 * bi + h0 * (1 - bi))
        clip_bounds(w[i], w_min, w_max)
        clip_bounds(u[i], 0.0, max(w_max - 1.0, 0.0))
        clip_bounds(v[i], 0.0, max(1.0 - w_min, 0.0))
        rows.add(w[i] >= l1 * bi - h0 * (1 - bi))
        rows.add(w[i] <= h1 * bi - l0 * (1 - bi))
        rows.add(u[i] <= max(h1 - 1.0, 0.0) * bi + max(-l0 - 1.0, 0.0) * (1 - bi))
        rows.add(v[i] <= max(1.0 - l1, 0.0) * bi + max(1.0 + h0, 0.0) * (1 - bi))
        s_i, t_i = _complementarity_binaries(blk, i)
        if hasattr(blk, "s"):
            rows.add(u[i] <= max(w_max - 1.0, 0.0) * (1 - s_i))
            rows.add(v[i] <= max(1.0 - w_min, 0.0) * t_i)
        # state b_i = 1: w = p in [l1, h1]; state b_i = 0: w = -p in [-h0, -l0]
        for state, w_lo, w_hi in ((bi, l1, h1), (1 - bi, -h0, -l0)):
            if w_lo > 1.0 + tight:  # margin surely above 1: alpha = 0, s = t = 0
                rows.add(a[i] <= C * (1 - state))
                if s_i is not None:
                    rows.add(s_i <= 1 - state)
            elif w_hi < 1.0 - tight:  # surely below 1: alpha = C, s = t = 1
                rows.add(a[i] >= C * state)
                if t_i is not None:
                    rows.add(t_i >= state)
    return len(rows)


def add_score_rows(blk, b, clean_signs: np.ndarray, base_lo: np.ndarray, base_hi: np.ndarray,
                   T_lo: np.ndarray, T_hi: np.ndarray, Q: np.ndarray | None = None) -> int:
    """Rows ``base_lo_j + sum_i T_lo[i, j] sigma_i <= p_j <= base_hi_j + sum_i T_hi[i, j] sigma_i``
    for every training point j, with ``sigma_i = |b_i - [clean_signs_i > 0]|`` (point i's sign
    flipped). Valid when, for every labelling, the scores obey them (the ball rows of
    :mod:`optcert.formulations.valid_inequalities`). Without a ``p`` variable (pairwise
    linearisation) ``p_j`` is written ``sum_i Q_ji z_i`` (``Q`` needed). Returns the rows added.
    """
    N = len(base_lo)
    pos = np.asarray(clean_signs) > 0
    # sigma_i = (1 - b_i) where the clean sign is +1, b_i where it is -1
    const_lo = np.asarray(base_lo, dtype=float) + T_lo[pos].sum(axis=0)
    const_hi = np.asarray(base_hi, dtype=float) + T_hi[pos].sum(axis=0)
    sgn = np.where(pos, -1.0, 1.0)

    if hasattr(blk, "p"):
        def score(j):
            return blk.p[j]
    else:
        Qa = np.asarray(Q, dtype=float)

        def score(j):
            return sum(float(Qa[j, i]) * blk.z[i] for i in np.flatnonzero(Qa[j]))

    blk.score_rows_lo = pyo.Constraint(range(N), rule=lambda _, j: score(j) >= float(const_lo[j]) + sum(
        float(sgn[i] * T_lo[i, j]) * b[i] for i in range(N) if T_lo[i, j] != 0.0))
    blk.score_rows_hi = pyo.Constraint(range(N), rule=lambda _, j: score(j) <= float(const_hi[j]) + sum(
        float(sgn[i] * T_hi[i, j]) * b[i] for i in range(N) if T_hi[i, j] != 0.0))
    return 2 * N


def add_activation_rows(blk, b, clean_signs: np.ndarray, rules, C: float) -> int:
    """Rows "point j's dual leaves its bound only if enough flips happen near j". Returns the rows.

    ``rules``: tuples ``(j, kind, flipped, coef)``; ``kind`` "zero" claims that at every KKT
    point with point j in the given state (``flipped``: its sign is not the clean one)
    ``alpha_j > 0`` (or ``u_j = 0``) needs ``sum_i coef_i sigma_i >= 1``, "cap" claims the same
    of ``alpha_j < C`` (or ``v_j = 0``); ``sigma_i = |b_i - [clean_signs_i > 0]|``,
    ``coef_j = 0``. Each becomes, with ``e_j = sigma_j`` for the clean state and ``1 - sigma_j``
    for the flipped one (so the row is void in the other state)::

        "zero":  alpha_j / C <= sum_i coef_i sigma_i + e_j,     s_j <= the same
        "cap":   1 - alpha_j / C <= sum_i coef_i sigma_i + e_j,  1 - t_j <= the same

    Valid: where the claim's premise holds the right side is >= 1 >= the left; elsewhere the
    left side is 0 (``alpha_j = 0``, ``s_j = 0``; ``alpha_j = C``, ``t_j = 1``).
    """
    pos = np.asarray(clean_signs) > 0

    def sigma(i):
        return (1 - b[i]) if pos[i] else b[i]

    rows = pyo.ConstraintList()
    blk.activation_rows = rows
    for j, kind, flipped, coef in rules:
        rhs = sum(float(coef[i]) * sigma(i) for i in np.flatnonzero(coef)) + ((1 - sigma(j)) if flipped else sigma(j))
        s_j, t_j = _complementarity_binaries(blk, j)
        if kind == "zero":
            rows.add(blk.alpha[j] <= C * rhs)
            if s_j is not None:
                rows.add(s_j <= rhs)
        else:
            rows.add(C - blk.alpha[j] <= C * rhs)
            if t_j is not None:
                rows.add(1 - t_j <= rhs)
    return len(rows)


def set_block_values(blk, point: dict[str, np.ndarray]) -> None:
    """Write a :func:`kkt_point` into the block's variables (a warm start)."""
    N = len(point["alpha"])
    for name in ("alpha", "z", "p", "w", "u", "v", "s", "t", "g"):
        var = getattr(blk, name, None)
        if var is None:
            continue
        for i in range(N):
            var[i].set_value(float(point[name][i]), skip_validation=True)
    if hasattr(blk, "alpha_zero"):  # indicator encoding: s, t are the disjuncts' binaries
        for i in range(N):
            s_i, t_i = float(point["s"][i]), float(point["t"][i])
            blk.alpha_zero[i].binary_indicator_var.set_value(1.0 - s_i)
            blk.u_zero[i].binary_indicator_var.set_value(s_i)
            blk.v_zero[i].binary_indicator_var.set_value(1.0 - t_i)
            blk.alpha_at_C[i].binary_indicator_var.set_value(t_i)
    if hasattr(blk, "e"):
        signs = 2 * point["b"] - 1
        for (i, j) in blk.E:
            blk.e[i, j].set_value(float(signs[i] * point["z"][j]), skip_validation=True)


def decode_block(blk, values) -> dict[str, np.ndarray]:
    """Arrays ``alpha, z, w, u, v`` (N,) of one block from a report's ``values`` (by name)."""
    N = len(blk.alpha)
    out = {}
    for name in ("alpha", "z", "w", "u", "v"):
        var = getattr(blk, name)
        out[name] = np.array([values[var[i].name] for i in range(N)], dtype=float)
    return out
