"""OR-Tools ``pywraplp`` adapter: the bundled SCIP and CBC (MILP), and GLOP (LP only).

**Guard.** GLOP, PDLP and CLP are continuous LP solvers: handed a MILP, pywraplp drops the
integrality and reports OPTIMAL for the relaxation -- an unsound "certificate". This
module refuses any integer, SOS or indicator model on them (:func:`create_solver`),
independently of the capability table, so the mistake cannot happen by mis-routing.

Notes: pywraplp's default relative MIP gap is 1e-4, so it is always set explicitly.
Early stops use SCIP's ``limits/primal`` / ``limits/dual`` through solver-specific
parameters on ``ortools-scip``; CBC ignores them (the solve runs to its normal end, which
is only slower, never unsound). pywraplp's FEASIBLE / NOT_SOLVED do not say why the solve
stopped; they become TIME_LIMIT when the time limit was reached, OBJECTIVE_LIMIT when a
requested threshold is met, and UNKNOWN otherwise. INFEASIBLE is confirmed by a re-solve
with a zero objective (GLOP reports an unbounded LP as INFEASIBLE).
"""

from __future__ import annotations

import logging
import time
from typing import Any

import numpy as np

from ..exceptions import UnsupportedFeatureError
from ..results import TerminationStatus as TS
from ._base import RawResult, SolveOptions, finite_or_none, stop_triggered
from ._form import StandardForm

logger = logging.getLogger(__name__)

BACKENDS = {"ortools-scip": "SCIP", "ortools-cbc": "CBC", "ortools-glop": "GLOP"}
LP_ONLY = frozenset({"GLOP", "PDLP", "CLP"})


def probe(name: str = "ortools-scip") -> str:
    """Import OR-Tools, check the bundled backend exists, return its version string."""
    from ortools.linear_solver import pywraplp

    s = pywraplp.Solver.CreateSolver(BACKENDS[name])
    if s is None:
        raise ImportError(f"OR-Tools was built without the {BACKENDS[name]} backend")
    import ortools

    # ortools has py.typed only in subpackages, so mypy sees a namespace package without __version__
    return f"ortools {ortools.__version__} ({s.SolverVersion()})"  # type: ignore[attr-defined]


def create_solver(backend_id: str, form: StandardForm) -> Any:
    """``pywraplp.Solver`` for ``backend_id``; refuses integer models on LP-only backends."""
    from ortools.linear_solver import pywraplp

    needs_mip = bool(form.is_int.any()) or bool(form.sos1) or bool(form.indicators)
    if backend_id.upper() in LP_ONLY and needs_mip:
        raise UnsupportedFeatureError(
            f"OR-Tools {backend_id.upper()} is a continuous LP solver: it would silently drop the "
            "integrality of this model and report the relaxation as OPTIMAL. Use a MILP solver "
            "(highs, scip, ortools-scip, ortools-cbc, cpsat)."
        )
    s = pywraplp.Solver.CreateSolver(backend_id.upper())
    if s is None:
        raise RuntimeError(f"OR-Tools could not create the {backend_id} backend")
    return s


def _status_table():
    from ortools.linear_solver import pywraplp

    S = pywraplp.Solver
    return {
        S.OPTIMAL: TS.OPTIMAL,
        S.INFEASIBLE: TS.INFEASIBLE,
        S.UNBOUNDED: TS.UNBOUNDED,
        S.ABNORMAL: TS.ERROR,
        S.MODEL_INVALID: TS.ERROR,
        # FEASIBLE and NOT_SOLVED: resolved in _resolve_status (why it stopped is not said)
    }


def _build(s, form: StandardForm):
    inf = s.infinity()

    def b(v):
        return max(min(float(v), inf), -inf)

    xs = []
    for j in range(form.n):
        lo, hi = b(form.col_lo[j]), b(form.col_hi[j])
        xs.append(s.IntVar(lo, hi, f"x{j}") if form.is_int[j] else s.NumVar(lo, hi, f"x{j}"))
    A = form.A
    for i in range(form.m):
        ct = s.RowConstraint(b(form.row_lo[i]), b(form.row_hi[i]), f"r{i}")
        sl = slice(A.indptr[i], A.indptr[i + 1])
        for j, a in zip(A.indices[sl], A.data[sl]):
            ct.SetCoefficient(xs[j], float(a))
    obj = s.Objective()
    for j in np.flatnonzero(form.c).tolist():
        obj.SetCoefficient(xs[j], float(form.c[j]))
    obj.SetMinimization()
    return xs


def _resolve_status(native, table, opts: SolveOptions, elapsed: float, objective, bound):
    from ortools.linear_solver import pywraplp

    if native in table:
        return table[native]
    if native in (pywraplp.Solver.FEASIBLE, pywraplp.Solver.NOT_SOLVED):
        if opts.time_limit is not None and elapsed >= 0.95 * opts.time_limit:
            return TS.TIME_LIMIT
        if stop_triggered(opts, objective, bound):
            return TS.OBJECTIVE_LIMIT
    return TS.UNKNOWN


def _confirm_infeasible(s, params):
    """Re-solve with a zero objective: only a proven-infeasible feasibility problem counts.

    pywraplp reports INFEASIBLE for some unbounded models (measured: GLOP on an unbounded
    LP), which would turn into the interval (inf, inf) -- unsound. A problem with a zero
    objective cannot be unbounded, so INFEASIBLE there is genuine.
    """
    from ortools.linear_solver import pywraplp

    s.Objective().Clear()
    again = s.Solve(params)
    if again == pywraplp.Solver.INFEASIBLE:
        return TS.INFEASIBLE, ""
    if again in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
        return TS.INFEASIBLE_OR_UNBOUNDED, " (feasible with a zero objective: reported INFEASIBLE means unbounded)"
    return TS.UNKNOWN, " (infeasibility not confirmed by a zero-objective re-solve)"


def solve_form(form: StandardForm, opts: SolveOptions, backend: str = "ortools-scip") -> RawResult:
    """Solve ``form`` with a pywraplp backend; never raises on a non-optimal stop."""
    from ortools.linear_solver import pywraplp

    backend_id = BACKENDS[backend]
    s = create_solver(backend_id, form)
    if form.Q is not None or form.sos1 or form.indicators:
        raise UnsupportedFeatureError(f"{backend} handles linear models without SOS1/indicator only")
    s.EnableOutput() if opts.verbose else s.SuppressOutput()
    if opts.time_limit is not None:
        s.SetTimeLimit(max(1, int(round(opts.time_limit * 1000))))
    if opts.threads is not None:
        s.SetNumThreads(int(opts.threads))
    params = pywraplp.MPSolverParameters()
    mip = bool(form.is_int.any())
    if mip:
        params.SetDoubleParam(params.RELATIVE_MIP_GAP, float(opts.mip_rel_gap))
    native_opts = dict(opts.options or {})
    if backend_id == "SCIP":
        if opts.mip_abs_gap is not None:
            native_opts.setdefault("limits/absgap", opts.mip_abs_gap)
        if opts.stop_primal_below is not None:
            native_opts.setdefault("limits/primal", opts.stop_primal_below - 1e-9 * max(1, abs(opts.stop_primal_below)))
        if opts.stop_dual_above is not None:
            native_opts.setdefault("limits/dual", opts.stop_dual_above + 1e-9 * max(1, abs(opts.stop_dual_above)))
    elif opts.has_stop:
        logger.info("%s: early-stop thresholds are not supported; solving to the normal end", backend)
    if opts.node_limit is not None:
        # measured: pywraplp reports SCIP stopped at its node limit without an incumbent as ABNORMAL,
        # with a best bound above the optimum; so no node limit here (the solve runs to its end)
        logger.info("%s: node_limit is not supported; solving to the normal end", backend)
    if native_opts:
        text = "\n".join(f"{k} = {v!r}" if isinstance(v, str) else f"{k} = {v}" for k, v in native_opts.items())
        if not s.SetSolverSpecificParametersAsString(text):
            raise ValueError(f"{backend} rejected solver-specific parameters {native_opts}")
    xs = _build(s, form)
    if opts.start is not None and mip:
        known = np.flatnonzero(~np.isnan(opts.start))
        vals = np.clip(opts.start[known], form.col_lo[known], form.col_hi[known])
        vals = np.where(form.is_int[known], np.round(vals), vals)
        s.SetHint([xs[j] for j in known], [float(v) for v in vals])

    t0 = time.perf_counter()
    native = s.Solve(params)
    elapsed = time.perf_counter() - t0
    x = objective = bound = None
    has_point = native in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE)
    if has_point:
        x = np.array([v.solution_value() for v in xs], dtype=float)
        objective = finite_or_none(s.Objective().Value())
    if native != pywraplp.Solver.INFEASIBLE:
        if mip:
            bound = finite_or_none(s.Objective().BestBound())
        elif native == pywraplp.Solver.OPTIMAL:
            bound = objective
    status = _resolve_status(native, _status_table(), opts, elapsed, objective, bound)
    note = ""
    if native == pywraplp.Solver.INFEASIBLE:
        status, note = _confirm_infeasible(s, params)
    if backend_id == "CBC" and mip and not form.is_int.all() and status in (
            TS.OPTIMAL, TS.INFEASIBLE):
        # Measured here: OR-Tools' bundled CBC claimed OPTIMAL at 4 flips on a 9-point KKT
        # label-flip MILP whose optimum is 1 (HiGHS, SCIP and brute force agree). Its proofs on
        # mixed-integer models are not trusted: keep the incumbent, drop bound and status.
        note += "; CBC's proof on a mixed-integer model is not trusted (bound dropped)"
        status, bound = TS.UNKNOWN, None
    nodes = int(s.nodes()) if mip else None
    names = {getattr(pywraplp.Solver, k): k for k in ("OPTIMAL", "FEASIBLE", "INFEASIBLE", "UNBOUNDED",
                                                      "ABNORMAL", "MODEL_INVALID", "NOT_SOLVED")}
    return RawResult(status=status, objective=objective, bound=bound, x=x, nodes=nodes, time=elapsed,
                     message=f"{backend}: {names.get(native, native)}{note}")
