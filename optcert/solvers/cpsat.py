"""OR-Tools CP-SAT adapter: pure integer models, indicators as enforcement literals.

CP-SAT works over bounded integers with integer coefficients. Every row (and the
objective) is scaled by the least common denominator of its coefficients; if that fails
(irrational-looking data, a continuous variable, an unbounded variable) the model is
refused with UnsupportedFeatureError rather than approximated, because an approximated
model would certify the wrong problem. Row bounds of a scaled row are rounded inward
with a 1e-6 relative tolerance. Early stops: a solution callback (incumbent) and the
best-bound callback (dual bound) call ``stop_search``. The response's bound is
trusted only with status OPTIMAL/FEASIBLE (it reads 0 when CP-SAT stops in UNKNOWN);
otherwise only bounds announced through the best-bound callback are reported. CP-SAT cannot prove unboundedness
(every domain is finite), so it never reports UNBOUNDED.
"""

from __future__ import annotations

import logging
import math
import time
from fractions import Fraction

import numpy as np

from ..exceptions import UnsupportedFeatureError
from ..results import TerminationStatus as TS
from ._base import RawResult, SolveOptions, finite_or_none
from ._form import StandardForm

logger = logging.getLogger(__name__)

_MAX_SCALE = 10**9
_MAX_INT = 2**53


def probe(name: str = "cpsat") -> str:
    """Import CP-SAT and return the OR-Tools version."""
    import ortools
    from ortools.sat.python import cp_model  # noqa: F401

    # ortools has py.typed only in subpackages, so mypy sees a namespace package without __version__
    return f"ortools {ortools.__version__} (CP-SAT)"  # type: ignore[attr-defined]


def integer_scale(coefs: np.ndarray, what: str) -> int:
    """Least positive integer ``k`` with ``k * coefs`` integral, or UnsupportedFeatureError."""
    k = 1
    for a in np.asarray(coefs, dtype=float):
        if float(a * k).is_integer():
            continue
        den = Fraction(float(a)).limit_denominator(10**6).denominator
        k = k * den // math.gcd(k, den)
        if k > _MAX_SCALE:
            break
    scaled = np.asarray(coefs, dtype=float) * k
    ok = k <= _MAX_SCALE and np.all(np.abs(scaled - np.round(scaled)) <= 1e-9 * np.maximum(1, np.abs(scaled)))
    if not ok or np.any(np.abs(scaled) > _MAX_INT):
        raise UnsupportedFeatureError(
            f"cpsat needs integer coefficients: {what} has coefficients that no common factor "
            f"<= {_MAX_SCALE} makes integral; use a MILP solver (highs, scip, ortools-scip, ortools-cbc)"
        )
    return k


def _check_integer_model(form: StandardForm) -> None:
    if not form.is_int.all():
        j = int(np.flatnonzero(~form.is_int)[0])
        raise UnsupportedFeatureError(
            f"cpsat handles pure integer models only; variable {form.names[j]!r} is continuous "
            "(use highs, scip, ortools-scip or ortools-cbc)"
        )
    bad = ~(np.isfinite(form.col_lo) & np.isfinite(form.col_hi))
    if bad.any():
        j = int(np.flatnonzero(bad)[0])
        raise UnsupportedFeatureError(
            f"cpsat needs finite bounds on every variable; {form.names[j]!r} is unbounded"
        )
    if form.Q is not None or form.sos1:
        raise UnsupportedFeatureError("cpsat does not take quadratic objectives or SOS1 here")


def _scaled_row(idx, coefs, lo, hi, what):
    k = integer_scale(coefs, what)
    a = np.round(np.asarray(coefs) * k).astype(np.int64)
    lo_s = -math.inf if not math.isfinite(lo) else math.ceil(k * lo - 1e-6 * max(1.0, abs(k * lo)))
    hi_s = math.inf if not math.isfinite(hi) else math.floor(k * hi + 1e-6 * max(1.0, abs(k * hi)))
    return a, lo_s, hi_s


def _add_row(model, xs, idx, coefs, lo, hi, what):
    from ortools.sat.python import cp_model

    a, lo_s, hi_s = _scaled_row(idx, coefs, lo, hi, what)
    expr = cp_model.LinearExpr.weighted_sum([xs[j] for j in idx], [int(v) for v in a])
    lb = cp_model.INT_MIN if lo_s == -math.inf else int(lo_s)
    ub = cp_model.INT_MAX if hi_s == math.inf else int(hi_s)
    return model.add_linear_constraint(expr, lb, ub)


def solve_form(form: StandardForm, opts: SolveOptions, backend: str = "cpsat") -> RawResult:
    """Solve ``form`` with CP-SAT; never raises on a non-optimal stop."""
    from ortools.sat.python import cp_model

    _check_integer_model(form)
    model = cp_model.CpModel()
    xs = []
    for j in range(form.n):
        lo, hi = int(form.col_lo[j]), int(form.col_hi[j])
        if 0 <= lo and hi <= 1:
            b = model.new_bool_var(f"x{j}")
            if lo == hi:
                model.add(b == lo)
            xs.append(b)
        else:
            xs.append(model.new_int_var(lo, hi, f"x{j}"))
    A = form.A
    for i in range(form.m):
        sl = slice(A.indptr[i], A.indptr[i + 1])
        _add_row(model, xs, A.indices[sl], A.data[sl], form.row_lo[i], form.row_hi[i], f"row {form.row_names[i]!r}")
    for ind in form.indicators:
        ct = _add_row(model, xs, ind.idx, ind.coefs, ind.lo, ind.hi, f"indicator {ind.name!r}")
        lit = xs[ind.col] if ind.value == 1 else xs[ind.col].Not()
        ct.only_enforce_if(lit)
    nz = np.flatnonzero(form.c)
    k_obj = integer_scale(form.c[nz], "the objective") if nz.size else 1
    model.minimize(cp_model.LinearExpr.weighted_sum([xs[j] for j in nz],
                                                    [int(round(form.c[j] * k_obj)) for j in nz]))
    if opts.start is not None:
        for j in np.flatnonzero(~np.isnan(opts.start)).tolist():
            model.add_hint(xs[j], int(round(np.clip(opts.start[j], form.col_lo[j], form.col_hi[j]))))

    solver = cp_model.CpSolver()
    p = solver.parameters
    p.log_search_progress = bool(opts.verbose)
    if opts.time_limit is not None:
        p.max_time_in_seconds = float(opts.time_limit)
    if opts.threads is not None:
        p.num_workers = int(opts.threads)
    p.relative_gap_limit = float(opts.mip_rel_gap)
    if opts.mip_abs_gap is not None:
        p.absolute_gap_limit = float(opts.mip_abs_gap)
    for key, val in (opts.options or {}).items():
        setattr(p, key, val)

    stopped = {"flag": False}
    seen_bound = {"value": -math.inf}
    callback = None
    if opts.stop_primal_below is not None:
        class _Stop(cp_model.CpSolverSolutionCallback):
            def on_solution_callback(self):
                if self.objective_value / k_obj < opts.stop_primal_below:
                    stopped["flag"] = True
                    self.stop_search()

        callback = _Stop()

    def on_bound(b):
        # Bounds announced during the search are proven; record them because the final
        # response's bound field is an unset 0 when CP-SAT stops in UNKNOWN.
        seen_bound["value"] = max(seen_bound["value"], b / k_obj)
        if opts.stop_dual_above is not None and b / k_obj > opts.stop_dual_above:
            stopped["flag"] = True
            solver.stop_search()

    solver.best_bound_callback = on_bound

    t0 = time.perf_counter()
    native = solver.solve(model, callback)
    elapsed = time.perf_counter() - t0
    x = objective = bound = None
    if native in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        x = np.array([solver.value(v) for v in xs], dtype=float)
        objective = solver.objective_value / k_obj
    if native in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        bound = finite_or_none(solver.best_objective_bound)
        bound = None if bound is None else bound / k_obj
    if native != cp_model.INFEASIBLE and math.isfinite(seen_bound["value"]):
        bound = seen_bound["value"] if bound is None else max(bound, seen_bound["value"])
    if native == cp_model.OPTIMAL:
        status = TS.OPTIMAL
    elif native == cp_model.INFEASIBLE:
        status = TS.INFEASIBLE
    elif native == cp_model.MODEL_INVALID:
        status = TS.ERROR
    elif native in (cp_model.FEASIBLE, cp_model.UNKNOWN) and stopped["flag"]:
        status = TS.OBJECTIVE_LIMIT
    elif native in (cp_model.FEASIBLE, cp_model.UNKNOWN) and opts.time_limit is not None \
            and elapsed >= 0.95 * opts.time_limit:
        status = TS.TIME_LIMIT
    else:
        status = TS.UNKNOWN
    return RawResult(status=status, objective=objective, bound=bound, x=x, nodes=int(solver.num_branches),
                     time=elapsed, message=f"cpsat: {solver.status_name(native)}")
