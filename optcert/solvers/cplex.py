"""CPLEX adapter (the ``cplex`` wheel, loaded from the compiled matrices): LP, MILP, SOS1,
indicators, convex (MI)QP.

Ranged rows are CPLEX range rows; SOS1 sets go to ``SOS.add`` and indicator rows to
``indicator_constraints.add`` (a ranged one becomes two). Early stops run in a generic callback
on the global-progress context, which sees the incumbent and the best bound and aborts (status
OBJECTIVE_LIMIT; a bound it saw stays proven). ``threads`` defaults to 1 (as HiGHS). The
community-edition wheel solves models of at most 1000 variables and 1000 rows: a larger model
is answered UNKNOWN with no bound, no point and a message saying so -- never an exception,
never a certificate.
"""

from __future__ import annotations

import logging
import math
import time

import numpy as np

from ..results import TerminationStatus as TS
from ._base import RawResult, SolveOptions, finite_or_none, size_limited, status_from_table, stop_triggered
from ._form import StandardForm

logger = logging.getLogger(__name__)

#: CPLEX solution status codes -> TerminationStatus (an unlisted code is UNKNOWN)
STATUS = {
    1: TS.OPTIMAL,  # optimal (LP/QP)
    2: TS.UNBOUNDED,
    3: TS.INFEASIBLE,
    4: TS.INFEASIBLE_OR_UNBOUNDED,
    5: TS.UNKNOWN,  # optimal_infeasible: optimal with unscaled infeasibilities
    6: TS.NUMERICAL_ERROR,  # num_best
    10: TS.INTERRUPTED,  # abort_iteration_limit
    11: TS.TIME_LIMIT,
    12: TS.OBJECTIVE_LIMIT,  # abort_obj_limit
    13: TS.INTERRUPTED,  # abort_user
    21: TS.OBJECTIVE_LIMIT,  # abort_primal_obj_limit
    22: TS.OBJECTIVE_LIMIT,  # abort_dual_obj_limit
    25: TS.INTERRUPTED,  # abort_dettime_limit
    101: TS.OPTIMAL,  # MIP_optimal
    102: TS.OPTIMAL,  # optimal_tolerance: within the requested gaps (bound reported)
    103: TS.INFEASIBLE,
    104: TS.SOLUTION_LIMIT,
    105: TS.NODE_LIMIT,
    106: TS.NODE_LIMIT,
    107: TS.TIME_LIMIT,
    108: TS.TIME_LIMIT,
    109: TS.ERROR,  # fail_feasible
    110: TS.ERROR,  # fail_infeasible
    111: TS.INTERRUPTED,  # mem_limit_feasible
    112: TS.INTERRUPTED,
    113: TS.INTERRUPTED,  # MIP_abort_feasible (our callback: OBJECTIVE_LIMIT, see solve_form)
    114: TS.INTERRUPTED,
    115: TS.UNKNOWN,  # MIP_optimal_infeasible
    116: TS.INTERRUPTED,  # fail_feasible_no_tree
    117: TS.INTERRUPTED,
    118: TS.UNBOUNDED,
    119: TS.INFEASIBLE_OR_UNBOUNDED,
    127: TS.UNKNOWN,  # MIP_feasible
    131: TS.INTERRUPTED,  # MIP_dettime_limit_feasible
    132: TS.INTERRUPTED,
    133: TS.INFEASIBLE_OR_UNBOUNDED,  # relaxation_unbounded
}
#: CPLEX error 1016: Community Edition, problem size limits exceeded
SIZE_LIMIT_ERROR = 1016


def probe(name: str = "cplex") -> str:
    """Import cplex and return 'cplex X' (ImportError if absent)."""
    import cplex

    return f"cplex {cplex.Cplex().get_version()}"


def _quiet(c, verbose: bool) -> None:
    if not verbose:
        for stream in (c.set_results_stream, c.set_log_stream, c.set_warning_stream, c.set_error_stream):
            stream(None)


def _build(c, form: StandardForm, mip: bool) -> None:
    import cplex

    inf = cplex.infinity
    lo = np.where(np.isfinite(form.col_lo), form.col_lo, -inf).tolist()
    hi = np.where(np.isfinite(form.col_hi), form.col_hi, inf).tolist()
    kw = {}
    if mip:
        kw["types"] = "".join(("B" if l >= 0 and h <= 1 else "I") if b else "C"
                              for b, l, h in zip(form.is_int, form.col_lo, form.col_hi))
    c.variables.add(obj=form.c.astype(float).tolist(), lb=lo, ub=hi, **kw)
    A = form.A.tocsr()
    rows, senses, rhs, rng = [], [], [], []
    for i in range(form.m):
        sl = slice(A.indptr[i], A.indptr[i + 1])
        l, h = float(form.row_lo[i]), float(form.row_hi[i])
        rows.append(cplex.SparsePair(A.indices[sl].tolist(), A.data[sl].tolist()))
        if math.isfinite(l) and math.isfinite(h):
            senses.append("E" if l == h else "R")
            rhs.append(l)
            rng.append(h - l)
        elif math.isfinite(l):
            senses.append("G")
            rhs.append(l)
            rng.append(0.0)
        else:
            senses.append("L")
            rhs.append(h)
            rng.append(0.0)
    if rows:
        c.linear_constraints.add(lin_expr=rows, senses="".join(senses), rhs=rhs, range_values=rng)
    for idx, w in form.sos1:
        c.SOS.add(type="1", SOS=cplex.SparsePair([int(j) for j in idx], [float(a) for a in w]))
    for ind in form.indicators:
        expr = cplex.SparsePair([int(j) for j in ind.idx], [float(a) for a in ind.coefs])
        comp = 0 if ind.value == 1 else 1
        if math.isfinite(ind.lo) and math.isfinite(ind.hi) and ind.lo == ind.hi:
            c.indicator_constraints.add(lin_expr=expr, sense="E", rhs=float(ind.lo), indvar=int(ind.col),
                                        complemented=comp)
            continue
        if math.isfinite(ind.hi):
            c.indicator_constraints.add(lin_expr=expr, sense="L", rhs=float(ind.hi), indvar=int(ind.col),
                                        complemented=comp)
        if math.isfinite(ind.lo):
            c.indicator_constraints.add(lin_expr=expr, sense="G", rhs=float(ind.lo), indvar=int(ind.col),
                                        complemented=comp)
    if form.Q is not None:  # CPLEX minimises c'x + 0.5 x'Qx, the compiled objective
        Q = form.Q.tocsc()
        c.objective.set_quadratic([cplex.SparsePair(Q.indices[Q.indptr[j]:Q.indptr[j + 1]].tolist(),
                                                    Q.data[Q.indptr[j]:Q.indptr[j + 1]].tolist())
                                   for j in range(form.n)])
    c.objective.set_sense(c.objective.sense.minimize)


def _stop_callback(opts: SolveOptions, seen: dict):
    """A generic callback that aborts once an early-stop threshold is met; it records the
    best bound it saw (proven whenever it was seen)."""
    import cplex

    info = cplex.callbacks.Context.info

    class Stop:
        def invoke(self, context):
            bound = finite_or_none(context.get_double_info(info.best_bound))
            obj = finite_or_none(context.get_double_info(info.best_solution)) \
                if context.get_int_info(info.feasible) else None
            if bound is not None:
                seen["bound"] = bound if seen["bound"] is None else max(seen["bound"], bound)
            if stop_triggered(opts, obj, bound):
                seen["stopped"] = True
                context.abort()

    return Stop()


def solve_form(form: StandardForm, opts: SolveOptions, backend: str = "cplex") -> RawResult:
    """Solve ``form`` with CPLEX; never raises on a non-optimal stop or a license size limit."""
    import cplex
    from cplex.exceptions import CplexSolverError

    mip = bool(form.is_int.any()) or bool(form.sos1) or bool(form.indicators)
    c = cplex.Cplex()
    try:
        _quiet(c, opts.verbose)
        p = c.parameters
        p.threads.set(int(opts.threads) if opts.threads else 1)
        if opts.time_limit is not None:
            p.timelimit.set(float(opts.time_limit))
        p.mip.tolerances.mipgap.set(float(opts.mip_rel_gap))
        if opts.mip_abs_gap is not None:
            p.mip.tolerances.absmipgap.set(float(opts.mip_abs_gap))
        if opts.node_limit is not None:
            p.mip.limits.nodes.set(int(opts.node_limit))
        for k, v in (opts.options or {}).items():  # dotted parameter names: "mip.strategy.search"
            param = p
            for part in k.split("."):
                param = getattr(param, part)
            param.set(v)
        _build(c, form, mip)
        if opts.start is not None and mip:
            known = np.flatnonzero(~np.isnan(opts.start))
            if known.size:
                vals = np.clip(opts.start[known], form.col_lo[known], form.col_hi[known])
                vals = np.where(form.is_int[known], np.round(vals), vals)
                c.MIP_starts.add(cplex.SparsePair(known.tolist(), vals.tolist()), c.MIP_starts.effort_level.auto)
        seen = {"bound": None, "stopped": False}
        if opts.has_stop and mip:
            c.set_callback(_stop_callback(opts, seen), cplex.callbacks.Context.id.global_progress)
        t0 = time.perf_counter()
        try:
            c.solve()
        except CplexSolverError as exc:
            if exc.args[2] != SIZE_LIMIT_ERROR:
                raise
            return size_limited("cplex", form, f"the community edition's limits ({exc.args[0].strip()})",
                                "a full CPLEX", t0, logger)
        elapsed = time.perf_counter() - t0
        sol = c.solution
        native = int(sol.get_status())
        status = status_from_table(STATUS, native)
        if seen["stopped"] and native in (13, 113, 114):
            status = TS.OBJECTIVE_LIMIT
        x = objective = None
        if sol.get_solution_type() != sol.type.none and sol.is_primal_feasible():
            x = np.array(sol.get_values(), dtype=float)
            objective = finite_or_none(sol.get_objective_value())
        bound = None
        if status is not TS.INFEASIBLE:
            if mip:
                try:
                    bound = finite_or_none(sol.MIP.get_best_objective())
                except CplexSolverError:
                    bound = None
                if seen["bound"] is not None and (bound is None or seen["bound"] > bound):
                    bound = seen["bound"]  # a bound seen during the search stays proven
            elif status is TS.OPTIMAL:
                bound = objective
        nodes = int(sol.progress.get_num_nodes_processed()) if mip else None
        msg = f"cplex: {sol.get_status_string()}"
        if seen["stopped"]:
            msg += " (early stop on objective threshold)"
        return RawResult(status=status, objective=objective, bound=bound, x=x, nodes=nodes, time=elapsed,
                         message=msg)
    finally:
        c.end()
