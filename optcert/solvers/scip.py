"""SCIP adapter (PySCIPOpt): LP, MILP, SOS1, indicator constraints, convex (MI)QP.

SOS1 sets go to ``addConsSOS1`` and indicators to ``addConsIndicator`` (a ranged or
equality indicator row becomes two one-sided indicators). A quadratic objective is moved
into an epigraph constraint ``0.5 x'Qx <= t``; the reported incumbent objective is then
recomputed exactly at the returned point, so the epigraph tolerance cannot make it optimistic.
Early stops use SCIP's ``limits/primal`` and ``limits/dual`` parameters (SCIP >= 9), set a
hair inside the threshold so the stop is strict. SCIP runs single-threaded; ``threads``
is ignored.
"""

from __future__ import annotations

import logging
import math
import time

import numpy as np

from ..results import TerminationStatus as TS
from ._base import RawResult, SolveOptions, finite_or_none, status_from_table
from ._form import StandardForm

logger = logging.getLogger(__name__)

STATUS = {
    "optimal": TS.OPTIMAL,
    "gaplimit": TS.OPTIMAL,  # stopped because the requested mip gap is met (bound reported)
    "infeasible": TS.INFEASIBLE,
    "unbounded": TS.UNBOUNDED,
    "inforunbd": TS.INFEASIBLE_OR_UNBOUNDED,
    "timelimit": TS.TIME_LIMIT,
    "nodelimit": TS.NODE_LIMIT,
    "totalnodelimit": TS.NODE_LIMIT,
    "stallnodelimit": TS.NODE_LIMIT,
    "sollimit": TS.SOLUTION_LIMIT,
    "bestsollimit": TS.SOLUTION_LIMIT,
    "primallimit": TS.OBJECTIVE_LIMIT,
    "duallimit": TS.OBJECTIVE_LIMIT,
    "memlimit": TS.INTERRUPTED,
    "restartlimit": TS.INTERRUPTED,
    "userinterrupt": TS.INTERRUPTED,
    "terminate": TS.INTERRUPTED,
    "unknown": TS.UNKNOWN,
}


def probe(name: str = "scip") -> str:
    """Import pyscipopt and return 'pyscipopt X (SCIP Y)' (ImportError if absent)."""
    import pyscipopt

    return f"pyscipopt {pyscipopt.__version__} (SCIP {pyscipopt.Model().version()})"


def _strictly(v: float, direction: int) -> float:
    """``v`` nudged by a relative hair in ``direction`` (SCIP limits are non-strict)."""
    return v + direction * 1e-9 * max(1.0, abs(v))


def _inf(v: float) -> float | None:
    return None if not math.isfinite(v) else float(v)


def _build(m, form: StandardForm):
    from pyscipopt.scip import Expr, ExprCons, Term

    xs = []
    for j in range(form.n):
        vtype = "C"
        if form.is_int[j]:
            vtype = "B" if form.col_lo[j] >= 0 and form.col_hi[j] <= 1 else "I"
        xs.append(m.addVar(name=f"x{j}", vtype=vtype, lb=_inf(form.col_lo[j]), ub=_inf(form.col_hi[j])))
    A = form.A
    for i in range(form.m):
        sl = slice(A.indptr[i], A.indptr[i + 1])
        expr = Expr({Term(xs[j]): float(a) for j, a in zip(A.indices[sl], A.data[sl])})
        m.addCons(ExprCons(expr, lhs=_inf(form.row_lo[i]), rhs=_inf(form.row_hi[i])), name=f"r{i}")
    for k, (idx, w) in enumerate(form.sos1):
        m.addConsSOS1([xs[j] for j in idx], [float(a) for a in w], name=f"sos1_{k}")
    for k, ind in enumerate(form.indicators):
        expr = Expr({Term(xs[j]): float(a) for j, a in zip(ind.idx, ind.coefs)})
        neg = Expr({Term(xs[j]): -float(a) for j, a in zip(ind.idx, ind.coefs)})
        b = xs[ind.col]
        if math.isfinite(ind.hi):
            m.addConsIndicator(ExprCons(expr, rhs=float(ind.hi)), binvar=b, activeone=bool(ind.value),
                               name=f"ind{k}_ub")
        if math.isfinite(ind.lo):
            m.addConsIndicator(ExprCons(neg, rhs=-float(ind.lo)), binvar=b, activeone=bool(ind.value),
                               name=f"ind{k}_lb")
    obj = Expr({Term(xs[j]): float(form.c[j]) for j in np.flatnonzero(form.c)})
    if form.Q is not None:
        t = m.addVar(name="epigraph_t", vtype="C", lb=None, ub=None)
        U = form.Q.tocoo()
        terms: dict[Term, float] = {}
        for i, j, a in zip(U.row, U.col, U.data):
            if i < j:
                continue
            coef = 0.5 * a if i == j else a  # 0.5 x'Qx, Q symmetric: lower triangle doubled
            key = Term(xs[i], xs[j])
            terms[key] = terms.get(key, 0.0) + float(coef)
        terms[Term(t)] = -1.0
        m.addCons(ExprCons(Expr(terms), rhs=0.0), name="epigraph")
        obj = obj + t
    m.setObjective(obj, "minimize")
    return xs


def _warm_start(m, xs, form: StandardForm, start: np.ndarray) -> None:
    known = np.flatnonzero(~np.isnan(start))
    if known.size == 0:
        return
    sol = m.createPartialSol()
    for j in known:
        v = float(np.clip(start[j], form.col_lo[j], form.col_hi[j]))
        m.setSolVal(sol, xs[j], round(v) if form.is_int[j] else v)
    if not m.addSol(sol):
        logger.info("SCIP did not store the warm start")


def solve_form(form: StandardForm, opts: SolveOptions, backend: str = "scip") -> RawResult:
    """Solve ``form`` with SCIP; never raises on a non-optimal stop."""
    import pyscipopt

    m = pyscipopt.Model()
    if not opts.verbose:
        m.hideOutput()
    if opts.time_limit is not None:
        m.setParam("limits/time", float(opts.time_limit))
    m.setParam("limits/gap", float(opts.mip_rel_gap))
    if opts.mip_abs_gap is not None:
        m.setParam("limits/absgap", float(opts.mip_abs_gap))
    if opts.node_limit is not None:
        m.setParam("limits/nodes", int(opts.node_limit))
    if opts.stop_primal_below is not None:
        m.setParam("limits/primal", _strictly(opts.stop_primal_below, -1))
    if opts.stop_dual_above is not None:
        m.setParam("limits/dual", _strictly(opts.stop_dual_above, +1))
    for k, v in (opts.options or {}).items():
        m.setParam(k, v)
    xs = _build(m, form)
    if opts.start is not None and form.is_int.any():
        _warm_start(m, xs, form, opts.start)

    t0 = time.perf_counter()
    m.optimize()
    elapsed = time.perf_counter() - t0
    native = m.getStatus()
    status = status_from_table(STATUS, native)
    x = objective = None
    if m.getNSols() > 0:
        sol = m.getBestSol()
        x = np.array([m.getSolVal(sol, v) for v in xs], dtype=float)
        if form.Q is not None:
            objective = form.objective_at(x) - form.offset
        else:
            objective = finite_or_none(m.getSolObjVal(sol))
    bound = None
    if status is not TS.INFEASIBLE:
        db = m.getDualbound()
        bound = None if m.isInfinity(abs(db)) else finite_or_none(db)
    return RawResult(status=status, objective=objective, bound=bound, x=x, nodes=int(m.getNNodes()),
                     time=elapsed, message=f"scip: {native}")
