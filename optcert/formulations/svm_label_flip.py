"""LabelCert: the bilevel label-flip problem of the bias-free kernel SVM as a MILP (docs/math/milp.md).

The chain, each step a small function with its inverse:

1. upper level -- :func:`add_relabelling`: binaries ``b[i, k]`` (the new label of training
   point i is class k), the flip count and the budget; decoded by :func:`decode_labels`;
2. lower level -> KKT -> linear -- :func:`optcert.formulations.kkt.add_svm_kkt_block`, one
   block per one-vs-rest SVM that the question needs;
3. the question -- :func:`build_svm_label_flip` adds the score ``F_k(x) = sum_j q_j z^k_j``
   and either objective (a) or (b) below;
4. valid inequalities (on by default, switchable) -- rows every attack's KKT point satisfies,
   from the sound bounds of docs/math/bounds.md (:mod:`optcert.formulations.valid_inequalities`).

Binary (classes {0, 1}, one block, ``y~_i = 2 b[i, 1] - 1``, ``s`` = sign of the clean
prediction, ``margin = s * q'z``) -- multiclass (blocks for the current class ``c`` and one
target ``t``, ``y~^k_i = 2 b[i, k] - 1``, ``margin = q'z^c - q'z^t``)::

    (a) "margin":  minimise  margin         s.t.  KKT(b),  sum_i flip_i(b) <= r
    (b) "radius":  minimise  sum_i flip_i(b) s.t.  KKT(b),  margin <= tau

(a) certifies budget r iff its optimum (or dual bound) is ``> tau``; (b) gives ``rho`` (its
optimum) and ``R = rho - 1``. Relabelling a point to a class without a block (multiclass,
``K > 2``) leaves the modelled scores unchanged, so "no block chosen" stands for "any other
class": the model with blocks {c, t} is the exact projection of the K-block model onto what
the question ``F_c - F_t`` depends on.
"""

from __future__ import annotations

import logging

import numpy as np
import pyomo.environ as pyo

from ..svm.margins import MarginSpec, margin_spec  # noqa: F401  (margin_spec: re-exported)
from .kkt import COMPLEMENTARITY, LINEARIZATIONS, SVMBounds, add_svm_kkt_block, kkt_point, set_block_values, svm_bounds
from .valid_inequalities import add_valid_inequalities, resolve_families

logger = logging.getLogger(__name__)

QUESTIONS = ("margin", "radius")


# -- step 1: the upper level ---------------------------------------------------------------

def add_relabelling(m, y_index: np.ndarray, n_classes: int, blocks, budget: int | None = None):
    """Relabelling binaries ``m.b[i, k]`` for ``k`` in ``blocks`` and the flip count.

    Parameters
    ----------
    m : pyomo model receiving ``b``, ``one_label`` and the expression ``flips``
        (and ``budget`` when ``budget`` is given).
    y_index : (N,) clean labels as class indices.
    n_classes : K.
    blocks : classes that get a binary (binary problems: ``[1]``).
    budget : optional flip budget r (``sum_i flip_i <= r``).

    ``flip_i = 1 - b[i, y_i]`` if ``y_i`` has a block, else ``sum_k b[i, k]``.
    """
    y_index = np.asarray(y_index, dtype=np.int64)
    N = y_index.size
    blocks = [int(k) for k in blocks]
    m.N = N
    m.classes_with_block = blocks
    m.n_classes = int(n_classes)
    m.y_clean = y_index
    m.b = pyo.Var(range(N), blocks, domain=pyo.Binary)
    full = len(blocks) == n_classes
    if n_classes > 2 or len(blocks) > 1:
        m.one_label = pyo.Constraint(range(N), rule=lambda _, i: (
            sum(m.b[i, k] for k in blocks) == 1 if full else sum(m.b[i, k] for k in blocks) <= 1))

    def flip(i):
        yi = int(y_index[i])
        if yi in blocks:
            return 1 - m.b[i, yi]
        return sum(m.b[i, k] for k in blocks)

    m.flip = pyo.Expression(range(N), rule=lambda _, i: flip(i))
    m.flips = pyo.Expression(expr=sum(m.flip[i] for i in range(N)))
    if budget is not None:
        m.budget = pyo.Constraint(expr=m.flips <= int(budget))
    return m


def labels_from_b(m, bvals: np.ndarray) -> np.ndarray:
    """New class-index labels (N,) from a (N, n_blocks) 0/1 array of ``b`` values."""
    blocks = m.classes_with_block
    y = np.array(m.y_clean, copy=True)
    outside = [k for k in range(m.n_classes) if k not in blocks]
    for i in range(m.N):
        chosen = [k for kk, k in enumerate(blocks) if bvals[i, kk] > 0.5]
        if chosen:
            y[i] = chosen[0]
        elif y[i] in blocks:
            y[i] = outside[0]  # "some class without a block": the smallest one
    return y


def decode_labels(m, values) -> np.ndarray:
    """The relabelling (N,) class indices encoded by a report's ``values``."""
    blocks = m.classes_with_block
    bvals = np.array([[values[m.b[i, k].name] for k in blocks] for i in range(m.N)], dtype=float)
    return labels_from_b(m, bvals)


def b_values(m, y_new: np.ndarray) -> np.ndarray:
    """The (N, n_blocks) 0/1 values of ``b`` encoding labels ``y_new`` (class indices)."""
    return np.array([[1.0 if y_new[i] == k else 0.0 for k in m.classes_with_block]
                     for i in range(m.N)])


def exclude_labelling(m, y_new: np.ndarray) -> None:
    """No-good cut: forbid the ``b`` pattern of ``y_new`` (an attack that failed its replay)."""
    if not hasattr(m, "nogood"):
        m.nogood = pyo.ConstraintList()
    bv = b_values(m, y_new)
    terms = []
    for i in range(m.N):
        for kk, k in enumerate(m.classes_with_block):
            terms.append(1 - m.b[i, k] if bv[i, kk] > 0.5 else m.b[i, k])
    m.nogood.add(sum(terms) >= 1)


# -- the whole model -------------------------------------------------------------------------

def build_svm_label_flip(Q: np.ndarray, C: float, y_index: np.ndarray, n_classes: int,
                         q: np.ndarray, spec: MarginSpec, *, question: str = "radius",
                         budget: int | None = None, tau: float = 0.0,
                         complementarity: str = "bigm", linearization: str = "mccormick",
                         bounds: SVMBounds | None = None, tighten: bool = True,
                         max_flips: int | None = None, min_flips: int | None = None,
                         valid_inequalities=True, alphas: dict | None = None,
                         test_norm: float | None = None, name: str = "svm_label_flip"):
    """The LabelCert MILP for one test point and one margin.

    Parameters
    ----------
    Q : (N, N) training Gram matrix.
    C : SVM box bound.
    y_index : (N,) clean labels (class indices).
    n_classes : K (2 = binary SVM with ``y~ = 2 b - 1``; K > 2 = one-vs-rest blocks).
    q : (N,) test column ``Theta(X, x)``.
    spec : :class:`MarginSpec` (which blocks, with which signs, make the margin).
    question : "margin" -- (a) minimise the margin s.t. ``flips <= budget``;
        "radius" -- (b) minimise the flips s.t. ``margin <= tau``.
    budget : r, required for "margin".
    tau : tie tolerance of the "radius" constraint (absolute, score units).
    complementarity, linearization : see :mod:`optcert.formulations.kkt`.
    bounds : precomputed :func:`~optcert.formulations.kkt.svm_bounds` (else derived here).
    max_flips : "radius" only: add ``flips <= max_flips``. With one flip fewer than a known
        attack, (b) becomes "is there a smaller attack?", infeasible exactly when none exists.
    min_flips : "radius" only: add ``flips >= min_flips``, a valid cut when no labelling with
        fewer flips reaches ``margin <= tau`` (for example from
        :mod:`optcert.certify.stability`); it lifts the LP bound the solver starts from.
    valid_inequalities : True (the default families, ``DEFAULT_FAMILIES``), False, or a set of
        names from ``FAMILIES`` of :mod:`optcert.formulations.valid_inequalities` ("knapsack",
        "restoring", "bounds", "scores", "activation", "anchors", "pairs", "symmetry"); each is
        proven there and cuts off no attack (symmetry: no least attack). The flip cap they may
        use is ``budget`` ("margin") or ``max_flips``.
    alphas : {block: clean dual (N,)} of the fitted SVM (solved for when missing).
    test_norm : ``||phi_x|| = sqrt(k(x, x))``; the families on the test score need it (skipped
        without it).

    Returns
    -------
    pyomo ConcreteModel with ``b``, ``flips``, ``svm[k]`` blocks, ``margin``, ``objective``
    (a ``pyomo.gdp`` model for the indicator encoding, see :mod:`optcert.formulations.kkt`).
    """
    if question not in QUESTIONS:
        raise ValueError(f"question must be one of {QUESTIONS}, got {question!r}")
    if question == "margin" and budget is None:
        raise ValueError("question='margin' needs a budget")
    if complementarity not in COMPLEMENTARITY:
        raise ValueError(f"complementarity must be one of {COMPLEMENTARITY}, got {complementarity!r}")
    if linearization not in LINEARIZATIONS:
        raise ValueError(f"linearization must be one of {LINEARIZATIONS}, got {linearization!r}")
    Q = np.asarray(Q, dtype=float)
    q = np.asarray(q, dtype=float).reshape(-1)
    bounds = svm_bounds(Q, C, tighten=tighten) if bounds is None else bounds
    blocks = sorted(spec.coef)
    m = pyo.ConcreteModel(name=name)
    add_relabelling(m, y_index, n_classes, blocks, budget if question == "margin" else max_flips)
    m.svm = pyo.Block(blocks)
    for k in blocks:
        add_svm_kkt_block(m.svm[k], Q, C, {i: m.b[i, k] for i in range(m.N)}, bounds,
                          complementarity=complementarity, linearization=linearization)
    add_question(m, q, lambda k: m.svm[k].z, spec, question, tau)
    if question == "radius" and min_flips:
        m.min_flips = pyo.Constraint(expr=m.flips >= int(min_flips))
    m.gram, m.C, m.q = Q, float(C), q
    families = resolve_families(valid_inequalities)
    if families:
        add_valid_inequalities(m, Q, float(C), q, spec, families, tau=tau,
                               cap=budget if question == "margin" else max_flips, alphas=alphas,
                               test_norm=test_norm)
    return m


def add_question(m, q: np.ndarray, coefficients, spec: MarginSpec, question: str, tau: float) -> None:
    """The upper level: score ``F_k = sum_j q_j coefficients(k)_j``, margin, and the question.

    ``"margin"``: minimise the margin ``sum_k coef_k F_k`` (flips bounded by the budget);
    ``"radius"``: minimise the flips subject to ``margin <= tau`` (the boundary is crossed).
    """
    nz = np.flatnonzero(q)
    blocks = sorted(spec.coef)
    m.score = pyo.Expression(blocks, rule=lambda _, k: sum(float(q[j]) * coefficients(k)[j] for j in nz))
    m.margin = pyo.Expression(expr=sum(spec.coef[k] * m.score[k] for k in blocks))
    if question == "margin":
        m.objective = pyo.Objective(expr=m.margin, sense=pyo.minimize)
    else:
        m.crossed = pyo.Constraint(expr=m.margin <= float(tau))
        m.objective = pyo.Objective(expr=m.flips, sense=pyo.minimize)
    m.question = question


def set_labelling(m, y_new: np.ndarray, alphas: dict) -> None:
    """Warm start: labels ``y_new`` (class indices) and the dual ``alphas[k]`` (N,) of each block.

    The remaining variables (``z, p, w, u, v, s, t``) are derived by
    :func:`~optcert.formulations.kkt.kkt_point`.
    """
    bv = b_values(m, y_new)
    for i in range(m.N):
        for kk, k in enumerate(m.classes_with_block):
            m.b[i, k].set_value(bv[i, kk])
    for kk, k in enumerate(m.classes_with_block):
        signs = 2 * bv[:, kk] - 1
        set_block_values(m.svm[k], kkt_point(m.gram, m.C, signs, alphas[k]))


def model_size(m) -> dict:
    """Counts of variables (binary / continuous), constraints, SOS1 sets and indicator rows
    (constraints inside active disjuncts, each binding when its disjunct is chosen)."""
    from pyomo.gdp import Disjunct

    vars_ = {id(v): v for v in m.component_data_objects(pyo.Var, descend_into=(pyo.Block, Disjunct))}
    nb = sum(1 for v in vars_.values() if v.is_binary())
    disjuncts = list(m.component_data_objects(Disjunct, active=True, descend_into=True))
    return {"variables": len(vars_), "binaries": nb, "continuous": len(vars_) - nb,
            "constraints": sum(1 for _ in m.component_data_objects(pyo.Constraint, active=True,
                                                                    descend_into=True)),
            "sos1": sum(1 for _ in m.component_data_objects(pyo.SOSConstraint, descend_into=True)),
            "indicators": sum(1 for d in disjuncts for _ in d.component_data_objects(
                pyo.Constraint, active=True, descend_into=True))}
