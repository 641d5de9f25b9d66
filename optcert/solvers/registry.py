"""The solver table and the one entry point, :func:`solve`.

Why a table: capability checks, error messages ("which solvers do support SOS1?") and the
CLI listing all read the same rows, and adding a backend is one row plus one adapter.
Backends are imported only when a solve or a probe asks for them, never at import time.
"""

from __future__ import annotations

import importlib
import logging
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..exceptions import InvalidInputError, SolverUnavailableError, UnsupportedFeatureError
from ..results import SolveReport, TerminationStatus
from ._base import RawResult, SolveOptions, build_report
from ._form import StandardForm, compile_model

logger = logging.getLogger(__name__)

FEATURES = ("lp", "milp", "qp", "sos1", "indicator")


@dataclass(frozen=True)
class SolverSpec:
    """One row of the solver table."""

    name: str
    module: str  # adapter module under optcert.solvers
    capabilities: frozenset
    description: str


_TABLE = {
    s.name: s
    for s in (
        SolverSpec("highs", "highs", frozenset({"lp", "milp", "qp"}),
                   "HiGHS via highspy (dual simplex / IPM / branch-and-cut; convex QP)"),
        SolverSpec("scip", "scip", frozenset({"lp", "milp", "qp", "sos1", "indicator"}),
                   "SCIP via PySCIPOpt (native SOS1 and indicator constraints)"),
        SolverSpec("ortools-scip", "ortools_mip", frozenset({"lp", "milp"}),
                   "SCIP bundled in OR-Tools, via pywraplp"),
        SolverSpec("ortools-cbc", "ortools_mip", frozenset({"lp", "milp"}),
                   "COIN-OR CBC bundled in OR-Tools, via pywraplp"),
        SolverSpec("ortools-glop", "ortools_mip", frozenset({"lp"}),
                   "GLOP (OR-Tools simplex): continuous LPs only, integer models refused"),
        SolverSpec("cpsat", "cpsat", frozenset({"milp", "indicator"}),
                   "OR-Tools CP-SAT: pure integer models with integral (scalable) coefficients"),
        SolverSpec("gurobi", "gurobi", frozenset({"lp", "milp", "qp", "sos1", "indicator"}),
                   "Gurobi via gurobipy (the pip wheel's license is size-limited)"),
        SolverSpec("cplex", "cplex", frozenset({"lp", "milp", "qp", "sos1", "indicator"}),
                   "IBM CPLEX via the cplex wheel (community edition: size-limited)"),
    )
}

REQUIRED_SOLVERS = ("highs", "scip", "cpsat", "ortools-scip", "ortools-cbc", "gurobi", "cplex")


def solver_names() -> tuple[str, ...]:
    """Every solver name optcert knows (installed or not)."""
    return tuple(_TABLE)


def _spec(solver: str) -> SolverSpec:
    if not isinstance(solver, str) or solver.lower() not in _TABLE:
        raise InvalidInputError(f"unknown solver {solver!r}; valid names are {', '.join(_TABLE)}")
    return _TABLE[solver.lower()]


def capabilities(solver: str) -> frozenset:
    """Features ``solver`` handles: subset of {"lp", "milp", "qp", "sos1", "indicator"}."""
    return _spec(solver).capabilities


def _adapter(spec: SolverSpec):
    """The adapter module, with its backend probed (SolverUnavailableError if absent)."""
    mod = importlib.import_module(f"{__package__}.{spec.module}")
    try:
        mod.probe(spec.name)
    except Exception as exc:  # ImportError, missing bundled backend, broken install
        raise SolverUnavailableError(
            f"solver {spec.name!r} is not available: {type(exc).__name__}: {exc}"
        ) from exc
    return mod


def _version(spec: SolverSpec) -> str | None:
    try:
        mod = _adapter(spec)
    except SolverUnavailableError:
        return None
    return mod.probe(spec.name)


def available_solvers() -> dict[str, frozenset]:
    """Installed backends -> capabilities (probed now, on every call)."""
    return {name: spec.capabilities for name, spec in _TABLE.items() if _version(spec) is not None}


def solver_info() -> list[dict[str, Any]]:
    """One dict per known solver: name, installed, version, capabilities, description (for the CLI)."""
    rows = []
    for name, spec in _TABLE.items():
        ver = _version(spec)
        rows.append({"name": name, "installed": ver is not None, "version": ver,
                     "capabilities": sorted(spec.capabilities), "description": spec.description})
    return rows


def check_features(form: StandardForm, solver: str) -> None:
    """Raise UnsupportedFeatureError if ``form`` needs a feature ``solver`` lacks."""
    spec = _spec(solver)
    missing = sorted(form.features - spec.capabilities)
    if missing:
        feat = missing[0]
        others = [n for n, s in _TABLE.items() if form.features <= s.capabilities]
        alt = ", ".join(others) if others else "none of the optcert solvers"
        raise UnsupportedFeatureError(
            f"solver {spec.name!r} does not support {feat!r} (model needs {sorted(form.features)}); "
            f"solvers that support this model: {alt}"
        )


def _threshold(name: str, value, form: StandardForm) -> float | None:
    if value is None:
        return None
    value = float(value)
    if math.isnan(value):
        raise InvalidInputError(f"{name} must be a number, got nan")
    if form.sense != "min":
        raise InvalidInputError(
            f"{name} is defined for minimisation models; this model maximises "
            "(negate the objective, or drop the early stop)"
        )
    return value - form.offset  # compiled space excludes the objective constant


def solve(model, solver: str = "highs", *, time_limit: float | None = None, mip_rel_gap: float = 0.0,
          mip_abs_gap: float | None = None, threads: int | None = None, warm_start: bool = False,
          stop_primal_below: float | None = None, stop_dual_above: float | None = None,
          node_limit: int | None = None, verbose: bool = False,
          options: Mapping[str, Any] | None = None) -> SolveReport:
    """Solve a Pyomo model (or a compiled :class:`StandardForm`) with one backend.

    Parameters
    ----------
    model : pyomo ConcreteModel or StandardForm
        See the package docstring for what a model may contain.
    solver : str
        One of :func:`solver_names`.
    time_limit : float, optional
        Seconds, passed to the backend.
    mip_rel_gap, mip_abs_gap : float
        Termination gaps; the default relative gap 0 makes "optimal" mean proven.
    threads : int, optional
        Backend threads (HiGHS: default 1; see :mod:`optcert.solvers.highs` for a caller's own HiGHS).
    warm_start : bool
        Pass the current Pyomo variable values (where not ``None``) as a MIP start.
    stop_primal_below, stop_dual_above : float, optional
        Minimisation only: stop once an incumbent has objective ``< stop_primal_below``
        or the dual bound is ``> stop_dual_above``; status OBJECTIVE_LIMIT. Ignored (the
        solve just runs on) by backends that cannot do it -- see the package docstring.
    node_limit : int, optional
        Branch-and-bound nodes (MILP); 1 stops after the root, so ``bound`` is the root bound.
        Status NODE_LIMIT when it stops the search (highs, scip, gurobi, cplex; ignored by the
        OR-Tools backends and cpsat).
    verbose : bool
        Let the backend log to the console.
    options : mapping, optional
        Native backend options, passed through unchecked.

    Returns
    -------
    SolveReport
        Never raises on a non-optimal stop; a backend exception gives status ERROR, which is
        logged as a warning (it proves nothing, so it must not pass unnoticed).
    """
    spec = _spec(solver)
    form = compile_model(model, native_indicators="indicator" in spec.capabilities)
    check_features(form, spec.name)
    for name, v in (("time_limit", time_limit), ("mip_rel_gap", mip_rel_gap), ("mip_abs_gap", mip_abs_gap)):
        if v is not None and not (isinstance(v, (int, float)) and v >= 0):
            raise InvalidInputError(f"{name} must be a non-negative number, got {v!r}")
    for name, v in (("threads", threads), ("node_limit", node_limit)):
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v < 1):
            raise InvalidInputError(f"{name} must be a positive integer, got {v!r}")
    opts = SolveOptions(
        time_limit=None if time_limit is None else float(time_limit),
        mip_rel_gap=float(mip_rel_gap), mip_abs_gap=None if mip_abs_gap is None else float(mip_abs_gap),
        threads=None if threads is None else int(threads),
        start=form.start_values() if warm_start else None,
        stop_primal_below=_threshold("stop_primal_below", stop_primal_below, form),
        stop_dual_above=_threshold("stop_dual_above", stop_dual_above, form),
        node_limit=None if node_limit is None else int(node_limit),
        verbose=bool(verbose), options=dict(options or {}),
    )
    adapter = _adapter(spec)
    if form.infeasible_reason is not None:
        raw = RawResult(TerminationStatus.INFEASIBLE, message=f"optcert: {form.infeasible_reason}")
    elif form.n == 0:
        raw = RawResult(TerminationStatus.OPTIMAL, objective=0.0, bound=0.0, x=np.zeros(0),
                        message="optcert: no free variables; objective is constant")
    else:
        t0 = time.perf_counter()
        try:
            raw = adapter.solve_form(form, opts, spec.name)
        except (UnsupportedFeatureError, InvalidInputError):
            raise
        except Exception as exc:  # a backend failure is a result, not a crash
            logger.exception("solver %s failed", spec.name)
            raw = RawResult(TerminationStatus.ERROR, time=time.perf_counter() - t0,
                            message=f"{spec.name}: {type(exc).__name__}: {exc}")
    report = build_report(spec.name, form, raw)
    if report.status is TerminationStatus.ERROR:
        logger.warning("solver %s failed on %s (no solution, no bound): %s", spec.name,
                       getattr(model, "name", "the model"), report.message)
    logger.debug("%s: %s obj=%s bound=%s in %.3fs", spec.name, report.status.value,
                 report.objective, report.bound, report.time)
    return report


def load_values(model, report: SolveReport) -> int:
    """Write the incumbent of ``report`` into the Pyomo variables of ``model``.

    Returns the number of variables set. Raises InvalidInputError when the report holds
    no solution or names a variable the model does not have.
    """
    import pyomo.environ as pyo
    from pyomo.gdp import Disjunct

    if report.values is None:
        raise InvalidInputError(f"report has no solution to load (status {report.status.value})")
    by_name = {v.name: v for v in model.component_data_objects(pyo.Var, descend_into=(pyo.Block, Disjunct))}
    count = 0
    for name, val in report.values.items():
        var = by_name.get(name)
        if var is None:
            raise InvalidInputError(f"variable {name!r} from the report is not in the model")
        if var.fixed:
            continue
        var.set_value(val, skip_validation=True)
        count += 1
    return count
