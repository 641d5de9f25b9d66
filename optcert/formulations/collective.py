"""Collective certificates as MILPs (docs/math/collective.md): one flip set, every test point at once.

Every model maximises the (weighted) number of test predictions that one labelling ``y~`` with
at most ``r`` flips changes::

    A(r) = max  sum_m a_m c_m      over labellings within the budget, c_m = [prediction m changed]

and differs in how "changed" is tied to the flips. One builder per model:

* :func:`build_collective_label_linear` -- label-linear scores (kernel ridge, the SVM at C <= C*),
  binary (flip binaries ``z_i``) or multiclass (one-hot ``b_ik``);
* :func:`build_collective_svm` -- the SVM above C*: one KKT block of docs/math/milp.md per
  one-vs-rest SVM (:mod:`optcert.formulations.kkt`), shared by all test points;
* :func:`build_collective_blackbox` -- a partition ensemble whose poisoned partitions vote freely;
* :func:`build_collective_whitebox` -- a partition ensemble of label-linear base models.

Tie rule: a score within ``tau`` of a tie counts as crossed (the safe side for an upper bound on
A(r)); an attack is judged by its replay. Test points whose crossing provably needs more than
``r`` flips get no variable (``c_m = 0``), and training points whose relabelling helps no
modelled crossing are left at their label (an optimum never needs them); each builder's
docstring proves its own. ``decode_*`` and ``*_start`` map labellings out of and into a model.
Formulations never call a solver.
"""

from __future__ import annotations

import logging

import numpy as np
import pyomo.environ as pyo

from ..exact.collective import (
    conflict_cliques,
    crossing,
    label_linear_scores,
    nested_cardinality,
    pair_conflicts,
    relabel_changes,
    top_sum,
)

logger = logging.getLogger(__name__)

ENCODINGS = ("bigm", "indicator")
#: valid-inequality families of the label-linear model (``cuts=True`` adds :data:`DEFAULT_CUTS`)
CUT_FAMILIES = ("cover", "cardinality", "conflict")
DEFAULT_CUTS = ("cover", "cardinality", "conflict")
#: the conflict family is skipped above this many modelled crossings (its pair test is quadratic)
MAX_CONFLICT_PAIRS = 600


# -- the relabelling (upper level) ------------------------------------------------------------------

def _add_relabelling(m, y_index: np.ndarray, K: int, candidates, budget: int, relax: bool) -> None:
    """``z_i`` (binary, K = 2) or one-hot ``b_ik`` (K > 2) for the candidate points, the
    expressions ``label(i, k)`` = [y~_i = k] and ``flip[i]``, and ``sum_i flip_i <= r``."""
    dom = pyo.UnitInterval if relax else pyo.Binary
    m.y_clean = np.asarray(y_index, dtype=np.int64)
    m.n_classes = int(K)
    m.candidates = [int(i) for i in candidates]
    I = m.candidates
    if K == 2:
        m.z = pyo.Var(I, domain=dom)
        m.flip = pyo.Expression(I, rule=lambda _, i: m.z[i])
    else:
        m.b = pyo.Var(I, range(K), domain=dom)
        m.one_label = pyo.Constraint(I, rule=lambda _, i: sum(m.b[i, k] for k in range(K)) == 1)
        m.flip = pyo.Expression(I, rule=lambda _, i: 1 - m.b[i, int(y_index[i])])
    if I:
        m.budget = pyo.Constraint(expr=sum(m.flip[i] for i in I) <= int(budget))


def _label(m, i: int, k: int):
    """[y~_i = k] as an expression (a constant for points without a variable)."""
    y = int(m.y_clean[i])
    if i not in m.flip:
        return 1.0 if y == k else 0.0
    if m.n_classes == 2:
        return 1 - m.z[i] if y == k else m.z[i]
    return m.b[i, k]


def decode_labels(m, values) -> np.ndarray:
    """The labelling (N,) class indices of a solution (``values``: ``var.name -> value``)."""
    y = m.y_clean.copy()
    for i in m.candidates:
        if m.n_classes == 2:
            if values[m.z[i].name] > 0.5:
                y[i] = 1 - y[i]
        else:
            y[i] = int(np.argmax([values[m.b[i, k].name] for k in range(m.n_classes)]))
    return y


def decode_partitions(m, values) -> np.ndarray:
    """Black-box model: the poisoned partitions ``j`` with ``p_j = 1``."""
    return np.array([j for j in m.p if values[m.p[j].name] > 0.5], dtype=np.int64)


def _set_labels(m, y_new: np.ndarray) -> None:
    for i in m.candidates:
        if m.n_classes == 2:
            m.z[i].set_value(float(y_new[i] != m.y_clean[i]))
        else:
            for k in range(m.n_classes):
                m.b[i, k].set_value(float(y_new[i] == k))


# -- label-linear ---------------------------------------------------------------------------------

def build_collective_label_linear(offset, W: np.ndarray, y_index: np.ndarray, K: int, tau, budget: int, *,
                                  weights=None, points=None, encoding: str = "bigm", cuts=True,
                                  relax: bool = False, cliques=None, name: str = "collective_label_linear"):
    """The collective MILP of label-linear scores ``F_mk = offset_mk + sum_i W_mi [y~_i = k]``.

    With ``D_mt = F_mt - F_mc`` (c = c_m the clean prediction; it changes iff some rival t
    reaches ``D_mt >= 0``, near-ties within ``tau_m`` counted) and ``x_mt`` = ``c_m`` (K = 2,
    the one rival) or ``e_mt`` (K > 2)::

        maximise    sum_m a_m c_m
        subject to  sum_i flip_i <= r
                    D_mt(y~) - D_mt(y) >= need_mt x_mt - H_mt (1 - x_mt)       (crossing)
                    sum_i min(g_mti, need_mt) flip_i >= need_mt x_mt              (cover)
                    sum_{i in U_mtu} flip_i >= u x_mt,  u = 1..k_mt               (cardinality)
                    sum_{(m, t) in Q} x_mt <= 1,  Q a clique of conflicts        (conflict)
                    c_m <= sum_t e_mt                                             (K > 2)
                    z, b, c, e binary

    ``need_mt = F_mc - F_mt - tau_m``; ``g_mti`` / ``h_mti`` the most relabelling point i raises /
    lowers ``D_mt`` (:func:`optcert.exact.collective.crossing`); ``H_mt`` = sum of the r largest
    ``h_mti`` (with ``x = 0`` the crossing row is slack for every labelling of at most r flips,
    also fractional ones, so it is a valid big-M in the LP too); ``k_mt`` the least flips whose
    largest gains reach ``need_mt``. ``encoding="indicator"`` writes the crossing row as a
    ``pyomo.gdp`` disjunct instead of with ``H_mt``.

    Valid, proven here: (cover) ``D`` rises by at most ``sum_i g_i flip_i``, so crossing needs
    ``sum g_i flip_i >= need``; a gain above ``need`` may be cut to ``need`` (one such flip alone
    covers). (cardinality) fewer than ``k`` flips among the helpful points cannot cover ``need``.
    (no ``x_mt``) ``k_mt > r``: the pair cannot cross within the budget; a point without rivals
    left gets no ``c_m``. (no variable for point i) ``g_mti = 0`` for every modelled pair:
    relabelling i never raises a modelled ``D``; undoing it keeps every row satisfied.
    (conflict) two crossing rows conflict when no relabelling of at most r candidate points
    satisfies both, proven by a combination of the two rows and the budget
    (:func:`optcert.exact.collective.pair_conflicts`); every labelling crosses at most one
    member of a clique of conflicts (:func:`~optcert.exact.collective.conflict_cliques`).
    ``cuts``: True (the families of :data:`DEFAULT_CUTS`), False, or a collection of names from
    :data:`CUT_FAMILIES`. Cover and cardinality rows are omitted where ``need <= 0``; conflicts
    are not sought among more than :data:`MAX_CONFLICT_PAIRS` modelled crossings.

    Parameters
    ----------
    offset : (M, K) or None (binary ``f = F_1 - F_0``: None); W : (M, N); y_index : (N,)
    tau : (M,) tie tolerances (score units); budget : r
    weights : (M,) ``a_m`` in {0, 1} (default 1); points : test points to model (default all;
        the others have ``c_m = 0``, e.g. proven robust by a sample-wise certificate)
    relax : continuous ``[0, 1]`` variables (the LP relaxation: its optimum bounds A(r) too).
    cliques : the ``conflict_cliques`` of an earlier model with the same data, budget and points
        (skips the pair test; they are lists of modelled ``(m, t)``).
    """
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding must be one of {ENCODINGS}, got {encoding!r}")
    families = cut_families(cuts)
    W = np.asarray(W, dtype=float)
    y_index = np.asarray(y_index, dtype=np.int64)
    M, N = W.shape
    a = np.ones(M) if weights is None else np.asarray(weights, dtype=float)
    cr = crossing(offset, W, y_index, K, tau, budget)
    pts = set(range(M)) if points is None else {int(p) for p in points}
    pairs = [(mm, t) for mm in range(M) for t in range(K)
             if mm in pts and a[mm] > 0 and t != cr.prediction[mm] and cr.flips[mm, t] <= budget]
    modelled = sorted({mm for mm, _ in pairs})
    helpful = np.zeros(N, dtype=bool)
    for mm, t in pairs:
        helpful |= cr.gain[mm, t] > 0
    m = pyo.ConcreteModel(name=name)
    _add_relabelling(m, y_index, K, np.flatnonzero(helpful), budget, relax)
    D0 = _clean_pair_change(W[:, helpful], y_index[helpful], cr.prediction, K)
    dom = pyo.UnitInterval if relax else pyo.Binary
    m.c = pyo.Var(modelled, domain=dom)
    if K > 2:
        m.e = pyo.Var(pairs, domain=dom)
        m.some_rival = pyo.Constraint(modelled, rule=lambda _, mm: m.c[mm] <= sum(
            m.e[mm, t] for (p, t) in pairs if p == mm))

    def x(mm, t):
        return m.c[mm] if K == 2 else m.e[mm, t]

    def D(mm, t):  # D_mt(y~) - D_mt(y), over the points with a variable
        c = int(cr.prediction[mm])
        return sum(float(W[mm, i]) * (_label(m, i, t) - _label(m, i, c)) for i in m.candidates
                   if W[mm, i] != 0.0) - float(D0[mm, t])

    need = {(mm, t): float(cr.need[mm, t]) for mm, t in pairs}
    if encoding == "bigm":
        m.crossing = pyo.Constraint(pairs, rule=lambda _, mm, t: D(mm, t) >= need[mm, t] * x(mm, t)
                                    - float(cr.H[mm, t]) * (1 - x(mm, t)))
    else:
        _indicator_rows(m, pairs, lambda mm, t: D(mm, t) >= need[mm, t], x, K)
    cut = [p for p in pairs if need[p] > 0]
    if "cover" in families:
        m.cover = pyo.Constraint(cut, rule=lambda _, mm, t: sum(
            min(float(cr.gain[mm, t, i]), need[mm, t]) * m.flip[i] for i in m.candidates
            if cr.gain[mm, t, i] > 0) >= need[mm, t] * x(mm, t))
    if "cardinality" in families:
        nested = {(mm, t): [row for row in nested_cardinality(cr.gain[mm, t], need[mm, t], budget)
                            if row[1] in (1, int(cr.flips[mm, t]))] for mm, t in cut}
        keys = [(mm, t, u) for (mm, t), rows in nested.items() for _, u in rows]
        m.cardinality = pyo.Constraint(keys, rule=lambda _, mm, t, u: sum(
            m.flip[int(i)] for i in dict((u2, U) for U, u2 in nested[mm, t])[u]) >= u * x(mm, t))
    m.conflict_cliques = []
    if "conflict" in families and cliques is not None:
        known = set(pairs)
        m.conflict_cliques = [[tuple(p) for p in Q] for Q in cliques if all(tuple(p) in known for p in Q)]
    elif "conflict" in families and 1 < len(pairs) <= MAX_CONFLICT_PAIRS:
        I = np.asarray(m.candidates, dtype=np.int64)
        changes = np.stack([relabel_changes(W[mm, I], y_index[I], int(cr.prediction[mm]), t, K) for mm, t in pairs])
        margin = 1e-9 * np.abs(W[[mm for mm, _ in pairs]]).sum(axis=1) + 1e-12
        conf = pair_conflicts(changes, np.array([need[p] for p in pairs]), budget, margin)
        m.conflict_cliques = [[pairs[j] for j in Q] for Q in conflict_cliques(conf)]
    if m.conflict_cliques:
        m.conflict = pyo.Constraint(range(len(m.conflict_cliques)), rule=lambda _, q: sum(
            x(mm, t) for mm, t in m.conflict_cliques[q]) <= 1)
    m.objective = pyo.Objective(expr=sum(float(a[mm]) * m.c[mm] for mm in modelled), sense=pyo.maximize)
    m.pairs, m.crossing_data, m.weights, m.W, m.D0 = pairs, cr, a, W, D0
    return m


def cut_families(cuts) -> set[str]:
    """The family names ``cuts`` selects (True: :data:`DEFAULT_CUTS`; False/None: none)."""
    if cuts is True:
        return set(DEFAULT_CUTS)
    if cuts is False or cuts is None:
        return set()
    names = {cuts} if isinstance(cuts, str) else set(cuts) if np.iterable(cuts) else None
    if names is None or not names <= set(CUT_FAMILIES):
        raise ValueError(f"cuts must be True, False or names from {CUT_FAMILIES}, got {cuts!r}")
    return names


def _clean_pair_change(W, y_index, pred, K) -> np.ndarray:
    """(M, K) ``sum_i W_mi ([y_i = t] - [y_i = c_m])`` over the points with a variable (the
    columns given): subtracted from their modelled ``sum_i W_mi ([y~_i = t] - [y~_i = c])``, it
    leaves the change of ``D_mt`` (points without a variable keep their label)."""
    S = np.stack([W[:, y_index == k].sum(axis=1) for k in range(K)], axis=1)
    return S - S[np.arange(W.shape[0]), pred][:, None]


def _indicator_rows(m, pairs, row, x, K) -> None:
    """Crossing rows as ``pyomo.gdp`` disjunctions ``[row] v [no row]``; ``x`` is the first
    disjunct's binary (``c_m`` / ``e_mt`` are tied to it)."""
    from pyomo.gdp import Disjunct, Disjunction

    m.crossed = Disjunct(pairs, rule=lambda d, mm, t: setattr(d, "row", pyo.Constraint(expr=row(mm, t))))
    m.not_crossed = Disjunct(pairs)
    m.crossed_or_not = Disjunction(pairs, rule=lambda _, mm, t: [m.crossed[mm, t], m.not_crossed[mm, t]])
    m.link = pyo.Constraint(pairs, rule=lambda _, mm, t: x(mm, t) <= m.crossed[mm, t].binary_indicator_var)


def _projected(m, y_new: np.ndarray) -> np.ndarray:
    """``y_new`` on the points with a variable, the clean label elsewhere (never a worse
    attack for the model: the other points' relabellings help no modelled crossing)."""
    y = m.y_clean.copy()
    y[m.candidates] = np.asarray(y_new)[m.candidates]
    return y


def label_linear_start(m, y_new: np.ndarray) -> None:
    """Load labelling ``y_new`` (class indices) and the ``c``/``e`` it makes feasible into a model
    of :func:`build_collective_label_linear` (a MIP start)."""
    y = _projected(m, y_new)
    _set_labels(m, y)
    cr, W, K = m.crossing_data, m.W, m.n_classes
    crossed = {}
    for mm, t in m.pairs:
        c = int(cr.prediction[mm])
        I = m.candidates
        d = float(W[mm, I] @ ((y[I] == t).astype(float) - (y[I] == c))) - float(m.D0[mm, t])
        crossed[mm, t] = d >= cr.need[mm, t]
    for mm in m.c:
        m.c[mm].set_value(float(any(v for (p, _), v in crossed.items() if p == mm)))
    if K > 2:
        for key in m.pairs:
            m.e[key].set_value(float(crossed[key]))
    if hasattr(m, "crossed"):
        for key in m.pairs:
            x = m.c[key[0]].value if K == 2 else m.e[key].value
            m.crossed[key].binary_indicator_var.set_value(float(crossed[key]) if x else 0.0)
            m.not_crossed[key].binary_indicator_var.set_value(0.0 if (crossed[key] and x) else 1.0)


# -- the SVM above C* ---------------------------------------------------------------------------

def build_collective_svm(Q: np.ndarray, C: float, y_index: np.ndarray, K: int, q: np.ndarray,
                         prediction: np.ndarray, tau, score_bound, budget: int, *, weights=None, points=None,
                         complementarity: str = "bigm", linearization: str = "mccormick", bounds=None,
                         name: str = "collective_svm"):
    """The collective MILP of the bias-free SVM at any C: LabelCert's KKT block, shared.

    One linearised KKT block of docs/math/milp.md per SVM (binary: block 1; one-vs-rest: every
    class k, with one-hot relabelling ``b_ik``) describes the SVM retrained on ``y~``; the test
    scores ``F_mk = sum_j q_mj z^k_j`` are linear in its variables. With ``S_m`` a bound on
    ``|F_mk|`` for every labelling (``score_bound``)::

        maximise    sum_m a_m c_m
        subject to  sum_i flip_i(b) <= r,    KKT(b) for every block
                    binary:  s_m F_m <= tau_m + (S_m - tau_m)(1 - c_m)             (crossing)
                    K > 2:   F_mt - F_mc >= -tau_m - (2 S_m - tau_m)(1 - e_mt),  c_m <= sum_t e_mt
                    b, c, e (and the block's s, t) binary

    ``s_m = +1`` iff the clean prediction is class 1. The big-Ms are valid: ``s_m F_m <= S_m``
    and ``F_mt - F_mc >= -2 S_m`` always. Sound ``S_m``: ``C sum_j |q_mj|`` (``|z_j| <= C``), or
    ``sqrt(k(x_m, x_m) N C)`` (``||w||^2 = z'Qz <= sum alpha <= N C``, see
    :func:`optcert.formulations.kkt.svm_bounds`) -- the caller passes the smaller.
    ``points`` (default all): the test points to model; the others have ``c_m = 0``.
    """
    from .kkt import add_svm_kkt_block, svm_bounds
    from .svm_label_flip import add_relabelling

    Q = np.asarray(Q, dtype=float)
    q = np.atleast_2d(np.asarray(q, dtype=float))
    M = q.shape[0]
    a = np.ones(M) if weights is None else np.asarray(weights, dtype=float)
    tau = np.broadcast_to(np.asarray(tau, dtype=float), (M,))
    S = np.broadcast_to(np.asarray(score_bound, dtype=float), (M,))
    pts = range(M) if points is None else points
    modelled = sorted(int(p) for p in pts if a[int(p)] > 0)
    blocks = [1] if K == 2 else list(range(K))
    bounds = svm_bounds(Q, C) if bounds is None else bounds
    m = pyo.ConcreteModel(name=name)
    add_relabelling(m, y_index, K, blocks, budget)
    m.svm = pyo.Block(blocks)
    for k in blocks:
        add_svm_kkt_block(m.svm[k], Q, C, {i: m.b[i, k] for i in range(m.N)}, bounds,
                          complementarity=complementarity, linearization=linearization)
    nz = [np.flatnonzero(q[mm]) for mm in range(M)]
    m.score = pyo.Expression(modelled, blocks, rule=lambda _, mm, k: sum(
        float(q[mm, j]) * m.svm[k].z[j] for j in nz[mm]))
    m.c = pyo.Var(modelled, domain=pyo.Binary)
    pred = np.asarray(prediction, dtype=np.int64)
    if K == 2:
        s = {mm: 1.0 if pred[mm] == 1 else -1.0 for mm in modelled}
        m.crossing = pyo.Constraint(modelled, rule=lambda _, mm: s[mm] * m.score[mm, 1] <= float(tau[mm])
                                    + max(float(S[mm] - tau[mm]), 0.0) * (1 - m.c[mm]))
    else:
        pairs = [(mm, t) for mm in modelled for t in range(K) if t != pred[mm]]
        m.e = pyo.Var(pairs, domain=pyo.Binary)
        m.crossing = pyo.Constraint(pairs, rule=lambda _, mm, t: m.score[mm, t] - m.score[mm, int(pred[mm])]
                                    >= -float(tau[mm]) - float(2 * S[mm] - tau[mm]) * (1 - m.e[mm, t]))
        m.some_rival = pyo.Constraint(modelled, rule=lambda _, mm: m.c[mm] <= sum(
            m.e[mm, t] for t in range(K) if t != pred[mm]))
    m.objective = pyo.Objective(expr=sum(float(a[mm]) * m.c[mm] for mm in modelled), sense=pyo.maximize)
    m.gram, m.C, m.prediction, m.blocks = Q, float(C), pred, blocks
    m.candidates = list(range(m.N))
    return m


def decode_svm_labels(m, values) -> np.ndarray:
    """The labelling (N,) class indices of a solution of :func:`build_collective_svm`."""
    from .svm_label_flip import decode_labels as decode

    return decode(m, values)


def set_svm_start(m, y_new: np.ndarray, alphas: dict, changed: np.ndarray, rivals: dict | None = None) -> None:
    """MIP start of :func:`build_collective_svm`: labels, each block's retrained dual
    ``alphas[k]`` and the outcome ``changed[m]`` (``rivals[(m, t)]`` for K > 2)."""
    from .svm_label_flip import set_labelling

    set_labelling(m, y_new, alphas)
    for mm in m.c:
        m.c[mm].set_value(float(changed[mm]))
    if hasattr(m, "e"):
        for key in m.e:
            m.e[key].set_value(float((rivals or {}).get(key, 0.0)))


# -- ensembles ------------------------------------------------------------------------------------

def build_collective_blackbox(votes: np.ndarray, K: int, budget: int, *, weights=None, points=None,
                              relax: bool = False, name: str = "collective_blackbox"):
    """Black-box partition ensembles: a poisoned partition (one flip) may vote anything anywhere.

    ``votes`` (M, Np) are the clean base votes, ``n_mk`` their counts, ``c_m`` the clean winner.
    A poisoned set P changes point m iff some rival t then beats c_m, i.e. with every poisoned
    partition voting t, ``n_mt + #{j in P: v_jm != t} >= n_mc - #{j in P: v_jm = c} + [t > c]``::

        maximise    sum_m a_m c_m
        subject to  sum_j p_j <= r
                    sum_j kappa_jmt p_j >= G_mt e_mt                 (t reaches the plurality)
                    c_m <= sum_t e_mt
                    p, e, c binary

    ``kappa_jmt = [v_jm != t] + [v_jm = c_m]`` in {0, 1, 2}, ``G_mt = n_mc - n_mt + [t > c_m]``.
    Exact (one direction: if t reaches the plurality the prediction is not c; the other: a new
    winner w beats c, and the row for t = w holds). ``e_mt`` is omitted where the r largest
    ``kappa`` fall short of ``G_mt`` (the row forces it to 0). Integer coefficients throughout;
    ``relax=True`` gives the LP relaxation.
    """
    V = np.asarray(votes, dtype=np.int64)
    M, Np = V.shape
    a = np.ones(M) if weights is None else np.asarray(weights, dtype=float)
    n = np.stack([(V == k).sum(axis=1) for k in range(K)], axis=1)
    c = np.argmax(n, axis=1)
    pts = range(M) if points is None else points
    dom = pyo.UnitInterval if relax else pyo.Binary
    kappa, G, pairs = {}, {}, []
    for mm in pts:
        mm = int(mm)
        if a[mm] <= 0:
            continue
        for t in range(K):
            if t == c[mm]:
                continue
            kap = (V[mm] != t).astype(int) + (V[mm] == c[mm]).astype(int)
            g = int(n[mm, c[mm]] - n[mm, t] + (t > c[mm]))
            if top_sum(kap.astype(float), budget) >= g:
                pairs.append((mm, t))
                kappa[mm, t], G[mm, t] = kap, g
    modelled = sorted({mm for mm, _ in pairs})
    m = pyo.ConcreteModel(name=name)
    m.p = pyo.Var(range(Np), domain=dom)
    m.budget = pyo.Constraint(expr=sum(m.p[j] for j in range(Np)) <= int(budget))
    m.c = pyo.Var(modelled, domain=dom)
    m.e = pyo.Var(pairs, domain=dom)
    m.plurality = pyo.Constraint(pairs, rule=lambda _, mm, t: sum(
        int(kappa[mm, t][j]) * m.p[j] for j in range(Np) if kappa[mm, t][j]) >= G[mm, t] * m.e[mm, t])
    m.some_rival = pyo.Constraint(modelled, rule=lambda _, mm: m.c[mm] <= sum(
        m.e[mm, t] for (p, t) in pairs if p == mm))
    m.objective = pyo.Objective(expr=sum(float(a[mm]) * m.c[mm] for mm in modelled), sense=pyo.maximize)
    m.votes, m.winner, m.n_classes, m.kappa, m.G = V, c, int(K), kappa, G
    return m


def build_collective_whitebox(bases, y_index: np.ndarray, K: int, tau: np.ndarray, budget: int, *,
                              weights=None, points=None, name: str = "collective_whitebox"):
    """Partition ensembles of label-linear base models, white-box: flips move base votes.

    ``bases[j] = (indices, offset_j, W_j)``: partition j's training points and its base scores
    ``F^j_mk = offset_jmk + sum_{i in P_j} W_jmi [y~_i = k]`` at the M test points (binary bases:
    offset None, ``f = F_1 - F_0``). Flips ``z_i`` (K = 2) or ``b_ik``; base votes ``v_jmk``;
    counts ``n_mk = sum_j v_jmk``; ``c_m`` the clean plurality winner::

        maximise    sum_m a_m c_m
        subject to  sum_i flip_i <= r,    sum_k v_jmk = 1
                    v_jmk = 1  =>  F^j_mk - F^j_mk' >= -tau_jm   for all k' != k       (argmax)
                    e_mt = 1   =>  n_mt - n_mc >= [t > c_m],      c_m <= sum_t e_mt
                    z, b, v, e, c binary

    ``v_jmk = 1 =>`` is written with the big-M ``max(0, -tau - L)``, ``L`` the least
    ``F^j_mk - F^j_mk'`` any r flips inside partition j reach (clean value minus the r largest
    harms, as in :func:`optcert.exact.collective.crossing`); ``e_mt = 1 =>`` with ``Np + 1``.
    Near-ties within ``tau`` let a vote go either way (a superset of the real outcomes: an upper
    bound). A vote k that r flips cannot lift to within ``tau`` of every rival is fixed to 0
    (sound by the same bound on the gains); a partition none of whose votes can move keeps its
    flips at 0 (they change nothing the model sees). Exact up to near-ties.
    """
    y_index = np.asarray(y_index, dtype=np.int64)
    tau = np.asarray(tau, dtype=float)
    Np = len(bases)
    M = np.asarray(bases[0][2]).shape[0]
    a = np.ones(M) if weights is None else np.asarray(weights, dtype=float)
    pts = sorted(int(p) for p in (range(M) if points is None else points) if a[int(p)] > 0)
    clean_votes = np.zeros((M, Np), dtype=np.int64)
    free = {}  # (j, mm) -> list of votes k the model leaves open
    lower = {}  # (j, mm, k, k2) -> least F_k - F_k2 within the budget
    movable_part = np.zeros(Np, dtype=bool)
    for j, (ix, off, Wj) in enumerate(bases):
        Wj = np.asarray(Wj, dtype=float)
        yl = y_index[np.asarray(ix)]
        F = label_linear_scores(off, Wj, yl, K)
        clean_votes[:, j] = np.argmax(F, axis=1)
        for mm in pts:
            ks = []
            for k in range(K):
                ok = True
                for k2 in range(K):
                    if k2 == k:
                        continue
                    w = Wj[mm]
                    gain = np.where(yl == k2, np.maximum(0, 2 * w), np.where(yl == k, np.maximum(0, -2 * w), np.abs(w)))
                    harm = np.where(yl == k2, np.maximum(0, -2 * w), np.where(yl == k, np.maximum(0, 2 * w), np.abs(w)))
                    d = F[mm, k] - F[mm, k2]
                    lower[j, mm, k, k2] = d - top_sum(harm, budget)
                    if d + top_sum(gain, budget) < -tau[j, mm]:
                        ok = False
                if ok or k == clean_votes[mm, j]:
                    ks.append(k)
            free[j, mm] = ks
            if len(ks) > 1:
                movable_part[j] = True
    counts = np.stack([(clean_votes == k).sum(axis=1) for k in range(K)], axis=1)
    winner = np.argmax(counts, axis=1)
    cand = np.concatenate([np.asarray(bases[j][0]) for j in range(Np) if movable_part[j]] or [np.zeros(0, int)])
    m = pyo.ConcreteModel(name=name)
    _add_relabelling(m, y_index, K, np.sort(cand), budget, False)
    vidx = [(j, mm, k) for (j, mm), ks in free.items() if len(ks) > 1 for k in ks]
    m.v = pyo.Var(vidx, domain=pyo.Binary)
    m.one_vote = pyo.Constraint(sorted({(j, mm) for j, mm, _ in vidx}), rule=lambda _, j, mm: sum(
        m.v[j, mm, k] for k in free[j, mm]) == 1)

    def score_diff(j, mm, k, k2):
        ix, off, Wj = bases[j]
        Wj = np.asarray(Wj, dtype=float)
        base = float(off[mm, k] - off[mm, k2]) if off is not None else 0.0
        return base + sum(float(Wj[mm, li]) * (_label(m, int(i), k) - _label(m, int(i), k2))
                          for li, i in enumerate(ix) if Wj[mm, li] != 0.0)

    rows = [(j, mm, k, k2) for (j, mm, k) in vidx for k2 in range(K) if k2 != k]
    m.argmax = pyo.Constraint(rows, rule=lambda _, j, mm, k, k2: score_diff(j, mm, k, k2) >= -float(tau[j, mm])
                              - max(0.0, -float(tau[j, mm]) - float(lower[j, mm, k, k2])) * (1 - m.v[j, mm, k]))

    def vote(j, mm, k):
        if (j, mm, k) in m.v:
            return m.v[j, mm, k]
        return 1.0 if clean_votes[mm, j] == k else 0.0

    def n(mm, k):
        return sum(vote(j, mm, k) for j in range(Np))

    pairs = []
    for mm in pts:
        c = winner[mm]
        for t in range(K):
            if t == c:
                continue
            gains = [2 if (clean_votes[mm, j] == c and t in free[j, mm]) else
                     1 if (clean_votes[mm, j] == c and len(free[j, mm]) > 1) or
                     (clean_votes[mm, j] != t and t in free[j, mm]) else 0 for j in range(Np)]
            if top_sum(np.array(gains, dtype=float), budget) >= counts[mm, c] - counts[mm, t] + (t > c):
                pairs.append((mm, t))
    modelled = sorted({mm for mm, _ in pairs})
    m.c = pyo.Var(modelled, domain=pyo.Binary)
    m.e = pyo.Var(pairs, domain=pyo.Binary)
    m.plurality = pyo.Constraint(pairs, rule=lambda _, mm, t: n(mm, t) - n(mm, int(winner[mm]))
                                 >= int(t > winner[mm]) - (Np + 1) * (1 - m.e[mm, t]))
    m.some_rival = pyo.Constraint(modelled, rule=lambda _, mm: m.c[mm] <= sum(
        m.e[mm, t] for (p, t) in pairs if p == mm))
    m.objective = pyo.Objective(expr=sum(float(a[mm]) * m.c[mm] for mm in modelled), sense=pyo.maximize)
    m.votes, m.winner, m.bases = clean_votes, winner, bases
    return m


def whitebox_start(m, y_new: np.ndarray) -> None:
    """Load labelling ``y_new`` and the votes, ``e`` and ``c`` it produces into a model of
    :func:`build_collective_whitebox` (a MIP start)."""
    y = _projected(m, y_new)
    _set_labels(m, y)
    K = m.n_classes
    votes = np.stack([np.argmax(label_linear_scores(off, np.asarray(Wj, float), y[np.asarray(ix)], K), axis=1)
                      for ix, off, Wj in m.bases], axis=1)
    for (j, mm, k) in m.v:
        m.v[j, mm, k].set_value(float(votes[mm, j] == k))
    _set_plurality(m, votes)


def blackbox_start(m, poisoned) -> None:
    """Load poisoned partitions, and the ``e`` and ``c`` they make feasible, into a model of
    :func:`build_collective_blackbox` (a MIP start)."""
    P = np.zeros(m.votes.shape[1])
    P[np.asarray(list(poisoned), dtype=np.int64)] = 1.0
    for j in m.p:
        m.p[j].set_value(P[j])
    for key in m.e:
        m.e[key].set_value(float(m.kappa[key] @ P >= m.G[key]))
    for mm in m.c:
        m.c[mm].set_value(float(any(m.e[p, t].value for (p, t) in m.e if p == mm)))


def _set_plurality(m, votes: np.ndarray) -> None:
    K = m.n_classes
    counts = np.stack([(votes == k).sum(axis=1) for k in range(K)], axis=1)
    for (mm, t) in m.e:
        c = int(m.winner[mm])
        m.e[mm, t].set_value(float(counts[mm, t] - counts[mm, c] >= int(t > c)))
    for mm in m.c:
        m.c[mm].set_value(float(any(m.e[p, t].value for (p, t) in m.e if p == mm)))
