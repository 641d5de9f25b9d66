"""Compile a Pyomo model once into a matrix form that every adapter loads natively.

Why: each backend then receives the same numbers (no per-backend Pyomo writer, no
silent differences in how ranged rows or fixed variables are treated), and the map
from column index to Pyomo variable is kept so results can be reported by name.

The compiled problem is always a *minimisation*::

    minimise    c @ x + 0.5 * x @ Q @ x          (+ offset, reported, not passed)
    subject to  row_lo <= A @ x <= row_hi
                col_lo <= x <= col_hi,  x[j] integer where is_int[j]
                SOS1 sets, indicator rows (binary == value  =>  lo <= a @ x <= hi)

A maximisation is negated on the way in (``sign = -1``) and flipped back when the
report is built, so adapters never deal with the sense.

Conditional rows are Pyomo's own: ``pyomo.gdp`` disjuncts. Compiled natively, each constraint
of an active Disjunct is an indicator row on that disjunct's ``binary_indicator_var`` and each
Disjunction a row on those binaries (= 1 with xor, >= 1 without); for backends without
indicators, :func:`bigm_reformulation` (Pyomo's ``gdp.bigm`` on a copy) comes first.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp

from ..exceptions import InvalidInputError, UnsupportedFeatureError

logger = logging.getLogger(__name__)

#: the former side channel for indicator rows, now refused (it was invisible to other Pyomo tools)
_OLD_INDICATOR_ATTR = "optcert_indicators"
_FEAS_TOL = 1e-9


@dataclass(frozen=True)
class IndicatorRow:
    """``x[col] == value  =>  lo <= coefs @ x[idx] <= hi`` (``col`` is a binary column)."""

    col: int
    value: int
    idx: np.ndarray
    coefs: np.ndarray
    lo: float
    hi: float
    name: str


@dataclass
class StandardForm:
    """A compiled model (see module docstring); build it with :func:`compile_model`.

    Attributes
    ----------
    sense : {"min", "max"}
        Sense of the *original* objective.
    sign : int
        ``+1`` for min, ``-1`` for max: the compiled objective is ``sign * original``.
    c, offset : ndarray (n,), float
        Linear objective of the compiled (min) problem and its constant.
    Q : scipy.sparse.csc_matrix (n, n) or None
        Symmetric Hessian of the compiled objective ``0.5 x'Qx``.
    A : scipy.sparse.csr_matrix (m, n); row_lo, row_hi : ndarray (m,)
    col_lo, col_hi : ndarray (n,); is_int : bool ndarray (n,)
    names : list of str
        ``var.name`` of each column; ``variables`` holds the Pyomo VarData objects.
    fixed : dict
        Referenced variables that were fixed (name -> value); reported with the solution.
    infeasible_reason : str or None
        Set when compilation alone proves infeasibility (a constant row violated).
    """

    sense: str
    sign: int
    c: np.ndarray
    offset: float
    Q: Any
    A: Any
    row_lo: np.ndarray
    row_hi: np.ndarray
    row_names: list
    col_lo: np.ndarray
    col_hi: np.ndarray
    is_int: np.ndarray
    names: list
    variables: list
    sos1: list = field(default_factory=list)
    indicators: list = field(default_factory=list)
    fixed: dict = field(default_factory=dict)
    infeasible_reason: str | None = None

    @property
    def n(self) -> int:
        return len(self.names)

    @property
    def m(self) -> int:
        return int(self.A.shape[0])

    @property
    def features(self) -> frozenset:
        """Capabilities a backend needs: subset of {"lp","milp","qp","sos1","indicator"}."""
        f = {"milp" if bool(self.is_int.any()) else "lp"}
        if self.Q is not None:
            f.add("qp")
        if self.sos1:
            f.add("sos1")
        if self.indicators:
            f.add("indicator")
        return frozenset(f)

    def start_values(self) -> np.ndarray:
        """Current Pyomo values of the columns (``nan`` where ``None``), for a MIP start."""
        return np.array([np.nan if v.value is None else float(v.value) for v in self.variables], dtype=float)

    def objective_at(self, x: np.ndarray) -> float:
        """Compiled (min-form) objective at ``x``, offset included."""
        val = float(self.c @ x) + self.offset
        if self.Q is not None:
            val += 0.5 * float(x @ (self.Q @ x))
        return val


class _Columns:
    """Assigns column indices to Pyomo variables in order of first appearance."""

    def __init__(self) -> None:
        self.index: dict[int, int] = {}
        self.vars: list = []
        self.fixed: dict[str, float] = {}

    def col(self, var) -> int:
        key = id(var)
        j = self.index.get(key)
        if j is None:
            j = len(self.vars)
            self.index[key] = j
            self.vars.append(var)
        return j


def _linear_parts(expr, cols: _Columns, what: str, quadratic: bool = False):
    """Standard repn of ``expr``: (constant, idx, coefs, quad) with fixed vars folded in."""
    from pyomo.repn import generate_standard_repn

    repn = generate_standard_repn(expr, compute_values=True, quadratic=quadratic)
    if repn.nonlinear_expr is not None or (not quadratic and repn.quadratic_vars):
        kind = "quadratic" if repn.quadratic_vars and repn.nonlinear_expr is None else "nonlinear"
        raise UnsupportedFeatureError(
            f"{what} is {kind}; optcert solvers accept linear constraints and a linear or "
            "convex quadratic objective only"
        )
    acc: dict[int, float] = {}
    for v, a in zip(repn.linear_vars, repn.linear_coefs):
        j = cols.col(v)
        acc[j] = acc.get(j, 0.0) + float(a)
    quad = []
    for (v1, v2), a in zip(repn.quadratic_vars, repn.quadratic_coefs):
        quad.append((cols.col(v1), cols.col(v2), float(a)))
    idx = np.fromiter(acc.keys(), dtype=np.int64, count=len(acc))
    val = np.fromiter(acc.values(), dtype=float, count=len(acc))
    keep = val != 0.0
    return float(repn.constant), idx[keep], val[keep], quad


def _check_components(model) -> None:
    """Refuse active components that would otherwise be silently ignored (logic, nested GDP...)."""
    import pyomo.environ as pyo
    from pyomo.core.base.component import ActiveComponent
    from pyomo.gdp import Disjunct, Disjunction

    if getattr(model, _OLD_INDICATOR_ATTR, None) is not None:
        raise UnsupportedFeatureError(
            f"model.{_OLD_INDICATOR_ATTR} is no longer read (no other Pyomo tool saw those rows); "
            "write each conditional row as a constraint of a pyomo.gdp Disjunct instead")
    understood = (pyo.Constraint, pyo.Objective, pyo.SOSConstraint, pyo.Block, pyo.Suffix,
                  Disjunct, Disjunction)
    in_disjunct = (pyo.Constraint, pyo.Block, pyo.Suffix)

    def refuse(comp, where=""):
        raise UnsupportedFeatureError(
            f"model component {comp.name!r} of type {comp.ctype.__name__}{where} is not supported by "
            "optcert solvers (transform it to linear constraints first)")

    for comp in model.component_objects(active=True, descend_into=True):
        ctype = comp.ctype
        if isinstance(ctype, type) and issubclass(ctype, ActiveComponent) and ctype not in understood:
            refuse(comp)
    in_disjunction = {id(d) for dj in model.component_data_objects(Disjunction, active=True, descend_into=True)
                      for d in dj.disjuncts}
    for d in model.component_data_objects(Disjunct, active=True, descend_into=True):
        if id(d) not in in_disjunction:
            raise UnsupportedFeatureError(
                f"disjunct {d.name!r} belongs to no active Disjunction; gdp.bigm would leave it as it "
                "is and other tools would drop its rows (put it in a Disjunction, or deactivate it)")
        for comp in d.component_objects(active=True, descend_into=True):
            ctype = comp.ctype
            if isinstance(ctype, type) and issubclass(ctype, ActiveComponent) and ctype not in in_disjunct:
                refuse(comp, " inside a disjunct")


def has_disjunctions(model: Any) -> bool:
    """Whether ``model`` has an active ``pyomo.gdp`` Disjunct or Disjunction."""
    from pyomo.gdp import Disjunct, Disjunction

    return any(True for _ in model.component_data_objects((Disjunct, Disjunction), active=True,
                                                            descend_into=True))


def bigm_reformulation(model: Any) -> Any:
    """A copy of ``model`` with its disjunctions replaced by Pyomo's ``gdp.bigm`` rows.

    The Ms come from the variable bounds by interval arithmetic, so they are valid whenever the
    bounds are (optcert's formulations bound every variable from the data). Same variable
    names and values as ``model``. UnsupportedFeatureError when a bound is missing.
    """
    import pyomo.environ as pyo
    from pyomo.gdp import GDP_Error

    try:
        return pyo.TransformationFactory("gdp.bigm").create_using(model)
    except GDP_Error as exc:
        msg = " ".join(str(exc).split())
        raise UnsupportedFeatureError(f"cannot reformulate the model's disjunctions with big-M: {msg}") from None


def _the_objective(model):
    import pyomo.environ as pyo

    objs = list(model.component_data_objects(pyo.Objective, active=True, descend_into=True))
    if len(objs) != 1:
        raise InvalidInputError(f"the model must have exactly one active Objective, found {len(objs)}")
    return objs[0]


def _bounds(c) -> tuple[float, float]:
    lo = -math.inf if c.lb is None else float(c.lb)
    hi = math.inf if c.ub is None else float(c.ub)
    return lo, hi


def compile_model(model: Any, *, native_indicators: bool = True) -> StandardForm:
    """Compile a concrete Pyomo model to a :class:`StandardForm`.

    Parameters
    ----------
    model : pyomo ConcreteModel
        One active objective; linear constraints (ranged and equalities allowed);
        continuous, binary and integer variables; optional SOS1 constraints; optional
        ``pyomo.gdp`` disjuncts and disjunctions (not nested; see the package doc).
    native_indicators : bool
        True: disjunct constraints become indicator rows (``StandardForm.indicators``);
        False: the model is first reformulated by :func:`bigm_reformulation`.

    Returns
    -------
    StandardForm
    """
    import pyomo.environ as pyo
    from pyomo.gdp import Disjunct, Disjunction

    if isinstance(model, StandardForm):
        return model
    if not hasattr(model, "component_data_objects"):
        raise InvalidInputError(f"expected a Pyomo ConcreteModel, got {type(model).__name__}")
    _check_components(model)
    if not native_indicators and has_disjunctions(model):
        model = bigm_reformulation(model)
    cols = _Columns()
    obj = _the_objective(model)
    sense = "min" if obj.sense == pyo.minimize else "max"
    sign = 1 if sense == "min" else -1
    const0, oidx, oval, quad = _linear_parts(obj.expr, cols, f"objective {obj.name!r}", quadratic=True)

    rows_idx, rows_val, row_lo, row_hi, row_names = [], [], [], [], []
    infeasible_reason = None

    def add_row(name, const, idx, val, lo, hi):
        nonlocal infeasible_reason
        lo, hi = lo - const, hi - const
        if idx.size == 0:
            if lo > _FEAS_TOL * max(1.0, abs(lo)) or hi < -_FEAS_TOL * max(1.0, abs(hi)):
                infeasible_reason = infeasible_reason or f"constraint {name!r} is violated by constants"
            return
        rows_idx.append(idx)
        rows_val.append(val)
        row_lo.append(lo)
        row_hi.append(hi)
        row_names.append(name)

    for con in model.component_data_objects(pyo.Constraint, active=True, descend_into=True):
        lo, hi = _bounds(con)
        if lo == -math.inf and hi == math.inf:
            continue
        const, idx, val, _ = _linear_parts(con.body, cols, f"constraint {con.name!r}")
        add_row(con.name, const, idx, val, lo, hi)

    sos1 = []
    for s in model.component_data_objects(pyo.SOSConstraint, active=True, descend_into=True):
        if s.level != 1:
            raise UnsupportedFeatureError(f"SOS{s.level} constraint {s.name!r}: only SOS1 is supported")
        free, weights, nonzero_fixed = [], [], []
        for v, w in s.get_items():
            if v.fixed:
                if v.value != 0:
                    nonzero_fixed.append(v)
                continue
            free.append(cols.col(v))
            weights.append(float(w))
        if nonzero_fixed:
            # A fixed nonzero member forces every other member to zero (or is infeasible).
            if len(nonzero_fixed) > 1:
                infeasible_reason = infeasible_reason or f"SOS1 {s.name!r} has two fixed nonzero members"
            for j in free:
                add_row(f"{s.name}_fixed_zero_{j}", 0.0, np.array([j]), np.array([1.0]), 0.0, 0.0)
        elif len(free) > 1:
            sos1.append((np.array(free, dtype=np.int64), np.array(weights, dtype=float)))

    for dj in model.component_data_objects(Disjunction, active=True, descend_into=True):
        chosen = sum(d.binary_indicator_var for d in dj.disjuncts)
        const, idx, val, _ = _linear_parts(chosen, cols, f"disjunction {dj.name!r}")
        add_row(f"{dj.name}_chosen", const, idx, val, 1.0, 1.0 if dj.xor else math.inf)

    indicators = []
    for d in model.component_data_objects(Disjunct, active=True, descend_into=True):
        bvar = d.binary_indicator_var
        for con in d.component_data_objects(pyo.Constraint, active=True, descend_into=True):
            lo, hi = _bounds(con)
            if lo == -math.inf and hi == math.inf:
                continue
            const, idx, val, _ = _linear_parts(con.body, cols, f"constraint {con.name!r}")
            name = f"{con.name}_if_{bvar.name}"
            if bvar.fixed:  # chosen for sure (a plain row) or excluded (no row)
                if round(bvar.value) == 1:
                    add_row(name, const, idx, val, lo, hi)
                continue
            col = cols.col(bvar)
            if idx.size == 0:  # constant row: redundant, or it forbids choosing this disjunct
                lo_c, hi_c = lo - const, hi - const
                if lo_c > _FEAS_TOL * max(1.0, abs(lo_c)) or hi_c < -_FEAS_TOL * max(1.0, abs(hi_c)):
                    add_row(name, 0.0, np.array([col]), np.array([1.0]), 0.0, 0.0)
                continue
            indicators.append(IndicatorRow(col, 1, idx, val, lo - const, hi - const, name))

    # Columns: bounds from the variable (domain included), integrality rounded inward.
    n = len(cols.vars)
    col_lo = np.empty(n)
    col_hi = np.empty(n)
    is_int = np.zeros(n, dtype=bool)
    fixed = {}
    for j, v in enumerate(cols.vars):
        if not v.is_continuous() and not v.is_integer():
            raise UnsupportedFeatureError(f"variable {v.name!r} has an unsupported domain {v.domain}")
        lb, ub = v.bounds
        lb = -math.inf if lb is None else float(lb)
        ub = math.inf if ub is None else float(ub)
        if v.is_integer():
            is_int[j] = True
            lb = math.ceil(lb - 1e-9) if math.isfinite(lb) else lb
            ub = math.floor(ub + 1e-9) if math.isfinite(ub) else ub
        if v.fixed:  # only reachable through SOS membership; keep as a fixed column
            lb = ub = float(v.value)
            fixed[v.name] = float(v.value)
        col_lo[j], col_hi[j] = lb, ub

    m = len(rows_idx)
    if m:
        indptr = np.concatenate([[0], np.cumsum([len(r) for r in rows_idx])])
        A = sp.csr_matrix((np.concatenate(rows_val), np.concatenate(rows_idx), indptr), shape=(m, n))
    else:
        A = sp.csr_matrix((0, n))
    A.sum_duplicates()

    c = np.zeros(n)
    np.add.at(c, oidx, oval)
    Q = None
    if quad:
        qt, qu, qw = zip(*quad)
        qi, qj, qv = np.array(qt), np.array(qu), np.array(qw)
        diag = qi == qj
        # a * xi * xj  ->  0.5 x'Qx with Q symmetric: Q_ii = 2a, Q_ij = Q_ji = a.
        ri = np.concatenate([qi[diag], qi[~diag], qj[~diag]])
        rj = np.concatenate([qj[diag], qj[~diag], qi[~diag]])
        rv = np.concatenate([2 * qv[diag], qv[~diag], qv[~diag]])
        Q = sp.csc_matrix((sign * rv, (ri, rj)), shape=(n, n))
        Q.sum_duplicates()
        Q.eliminate_zeros()
        if Q.nnz == 0:
            Q = None
    for v in model.component_data_objects(pyo.Var, descend_into=True):
        if v.fixed and id(v) not in cols.index and v.value is not None:
            fixed.setdefault(v.name, float(v.value))

    form = StandardForm(
        sense=sense, sign=sign, c=sign * c, offset=sign * const0, Q=Q, A=A,
        row_lo=np.array(row_lo, dtype=float), row_hi=np.array(row_hi, dtype=float), row_names=row_names,
        col_lo=col_lo, col_hi=col_hi, is_int=is_int, names=[v.name for v in cols.vars],
        variables=list(cols.vars), sos1=sos1, indicators=indicators, fixed=fixed,
        infeasible_reason=infeasible_reason,
    )
    logger.debug("compiled %s: %d columns (%d integer), %d rows, %d nnz, features %s",
                 getattr(model, "name", "model"), form.n, int(is_int.sum()), m, A.nnz, sorted(form.features))
    return form
