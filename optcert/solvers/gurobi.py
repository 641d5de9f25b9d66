"""Gurobi adapter (gurobipy, loaded from the compiled matrices): LP, MILP, SOS1, indicators, (MI)QP.

SOS1 sets go to ``addSOS`` and indicator rows to ``addGenConstrIndicator`` (a ranged indicator
row becomes two). Early stops use ``BestObjStop`` / ``BestBdStop``, nudged a hair inside the
threshold because Gurobi's tests are non-strict; both end in USER_OBJ_LIMIT. ``threads``
defaults to 1 (as HiGHS). The pip wheel carries a size-limited license (2000 variables and 2000
rows at the time of writing): a larger model is answered UNKNOWN with no bound, no point and a
message saying so -- never an exception, never a certificate.
"""

from __future__ import annotations

import logging
import math
import time

import numpy as np

from ..results import TerminationStatus as TS
from ._base import RawResult, SolveOptions, finite_or_none, size_limited, status_from_table
from ._form import StandardForm

logger = logging.getLogger(__name__)

#: GRB.Status -> TerminationStatus (an unlisted code is UNKNOWN)
STATUS = {
    1: TS.UNKNOWN,  # LOADED: nothing solved
    2: TS.OPTIMAL,
    3: TS.INFEASIBLE,
    4: TS.INFEASIBLE_OR_UNBOUNDED,
    5: TS.UNBOUNDED,
    6: TS.OBJECTIVE_LIMIT,  # CUTOFF (a user Cutoff): the bound and incumbent say the rest
    7: TS.INTERRUPTED,  # ITERATION_LIMIT
    8: TS.NODE_LIMIT,
    9: TS.TIME_LIMIT,
    10: TS.SOLUTION_LIMIT,
    11: TS.INTERRUPTED,
    12: TS.NUMERICAL_ERROR,  # NUMERIC
    13: TS.UNKNOWN,  # SUBOPTIMAL: tolerances not met; point and bound kept as they are
    14: TS.UNKNOWN,  # INPROGRESS
    15: TS.OBJECTIVE_LIMIT,  # USER_OBJ_LIMIT: BestObjStop / BestBdStop reached
    16: TS.INTERRUPTED,  # WORK_LIMIT
    17: TS.INTERRUPTED,  # MEM_LIMIT
    18: TS.UNKNOWN,  # LOCALLY_OPTIMAL (nonconvex only)
    19: TS.UNKNOWN,  # LOCALLY_INFEASIBLE
}
#: GRB_ERROR_SIZE_LIMIT_EXCEEDED: the model is larger than the license allows
SIZE_LIMIT_ERROR = 10010


def probe(name: str = "gurobi") -> str:
    """Import gurobipy and return 'gurobipy X.Y.Z' (ImportError if absent)."""
    import gurobipy

    return "gurobipy {}.{}.{}".format(*gurobipy.gurobi.version())


def _strictly(v: float, direction: int) -> float:
    return v + direction * 1e-9 * max(1.0, abs(v))


def _env(verbose: bool):
    import gurobipy as gp

    env = gp.Env(empty=True)
    env.setParam("OutputFlag", 1 if verbose else 0)
    env.start()
    return env


def _rows(A, lo, hi):
    """Split ``lo <= A x <= hi`` into Gurobi rows: (matrix, senses, rhs) of '=', '>' and '<' rows."""
    import scipy.sparse as sp

    eq = np.isfinite(lo) & np.isfinite(hi) & (lo == hi)
    ge = np.isfinite(lo) & ~eq
    le = np.isfinite(hi) & ~eq
    parts = [(eq, "=", lo), (ge, ">", lo), (le, "<", hi)]
    mats = [A[m] for m, _, _ in parts if m.any()]
    if not mats:
        return None, None, None
    senses = np.concatenate([np.full(int(m.sum()), s) for m, s, _ in parts if m.any()])
    rhs = np.concatenate([r[m] for m, _, r in parts if m.any()])
    return sp.vstack(mats, format="csr"), senses, rhs


def _build(model, form: StandardForm):
    import gurobipy as gp
    from gurobipy import GRB

    vtype = np.where(form.is_int, np.where((form.col_lo >= 0) & (form.col_hi <= 1), GRB.BINARY, GRB.INTEGER),
                     GRB.CONTINUOUS)
    lo = np.where(np.isfinite(form.col_lo), form.col_lo, -GRB.INFINITY)
    hi = np.where(np.isfinite(form.col_hi), form.col_hi, GRB.INFINITY)
    x = model.addMVar(form.n, lb=lo, ub=hi, vtype=vtype)
    A, senses, rhs = _rows(form.A.tocsr(), form.row_lo, form.row_hi)
    if A is not None:
        model.addMConstr(A, x, senses, rhs)
    xs = x.tolist()
    for idx, w in form.sos1:
        weights = [float(a) for a in w] if len(set(w.tolist())) == len(w) else list(range(1, len(idx) + 1))
        model.addSOS(GRB.SOS_TYPE1, [xs[j] for j in idx], weights)
    for ind in form.indicators:
        expr = gp.LinExpr([float(a) for a in ind.coefs], [xs[j] for j in ind.idx])
        b = xs[ind.col]
        if math.isfinite(ind.lo) and math.isfinite(ind.hi) and ind.lo == ind.hi:
            model.addGenConstrIndicator(b, bool(ind.value), expr, GRB.EQUAL, float(ind.lo))
            continue
        if math.isfinite(ind.hi):
            model.addGenConstrIndicator(b, bool(ind.value), expr, GRB.LESS_EQUAL, float(ind.hi))
        if math.isfinite(ind.lo):
            model.addGenConstrIndicator(b, bool(ind.value), expr, GRB.GREATER_EQUAL, float(ind.lo))
    if form.Q is not None:
        model.setMObjective(0.5 * form.Q.tocsr(), form.c, 0.0, sense=GRB.MINIMIZE)
    else:
        model.setMObjective(None, form.c, 0.0, sense=GRB.MINIMIZE)
    return x


def _attr(model, name):
    try:
        return getattr(model, name)
    except Exception:  # the attribute is not available for this status / model type
        return None


def solve_form(form: StandardForm, opts: SolveOptions, backend: str = "gurobi") -> RawResult:
    """Solve ``form`` with Gurobi; never raises on a non-optimal stop or a license size limit."""
    import gurobipy as gp

    mip = bool(form.is_int.any()) or bool(form.sos1) or bool(form.indicators)
    with _env(opts.verbose) as env, gp.Model(env=env) as model:
        model.Params.Threads = int(opts.threads) if opts.threads else 1
        if opts.time_limit is not None:
            model.Params.TimeLimit = float(opts.time_limit)
        model.Params.MIPGap = float(opts.mip_rel_gap)
        if opts.mip_abs_gap is not None:
            model.Params.MIPGapAbs = float(opts.mip_abs_gap)
        if opts.node_limit is not None:
            model.Params.NodeLimit = float(opts.node_limit)
        if opts.stop_primal_below is not None:
            model.Params.BestObjStop = _strictly(opts.stop_primal_below, -1)
        if opts.stop_dual_above is not None:
            model.Params.BestBdStop = _strictly(opts.stop_dual_above, +1)
        for k, v in (opts.options or {}).items():
            model.setParam(k, v)
        x = _build(model, form)
        if opts.start is not None and mip:
            known = ~np.isnan(opts.start)
            vals = np.clip(np.where(known, opts.start, 0.0), form.col_lo, form.col_hi)
            vals = np.where(form.is_int, np.round(vals), vals)
            x.Start = np.where(known, vals, gp.GRB.UNDEFINED)
        t0 = time.perf_counter()
        try:
            model.optimize()
        except gp.GurobiError as exc:
            if exc.errno != SIZE_LIMIT_ERROR:
                raise
            return size_limited("gurobi", form, f"this Gurobi license ({exc})", "a full license", t0, logger)
        elapsed = time.perf_counter() - t0
        native = int(model.Status)
        status = status_from_table(STATUS, native)
        xval = objective = None
        if (_attr(model, "SolCount") or 0) > 0:
            xval = np.array(x.X, dtype=float)
            objective = finite_or_none(model.ObjVal)
        bound = None
        if status is not TS.INFEASIBLE:
            if mip:
                bound = finite_or_none(_attr(model, "ObjBound"))
            elif status is TS.OPTIMAL:
                bound = objective
        nodes = int(model.NodeCount) if mip else None
    return RawResult(status=status, objective=objective, bound=bound, x=xval, nodes=nodes, time=elapsed,
                     message=f"gurobi: status {native}")
