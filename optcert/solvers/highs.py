"""HiGHS adapter (highspy, loaded natively from the compiled matrices): LP, MILP, convex QP.

Threads: HiGHS keeps one task scheduler per OS thread, created by the first ``run`` there with
that instance's ``threads`` option; a later ``run`` in the same thread asking for another
nonzero count is refused (status "Not Set", nothing solved). So that optcert works beside a
caller's own HiGHS (``highspy.Highs()``, Pyomo's ``appsi_highs``) whatever its setting, each
solve runs with ``threads`` (default 1); if HiGHS refuses because the caller's scheduler has
another count, the solve is re-run with ``threads=0`` (HiGHS then uses the scheduler in place;
the answer is the same proven optimum). After a solve that did not borrow a caller's scheduler,
the thread's scheduler is reset (``Highs.resetGlobalScheduler``), so a caller's later HiGHS may
again choose any count. Early stops (``stop_primal_below`` / ``stop_dual_above``) use the
MIP interrupt callback, which sees ``mip_primal_bound`` and ``mip_dual_bound``.
"""

from __future__ import annotations

import logging
import math
import os
import sys
import time

import numpy as np
import scipy.sparse as sp

from ..exceptions import UnsupportedFeatureError
from ..results import TerminationStatus as TS
from ._base import RawResult, SolveOptions, finite_or_none, status_from_table
from ._form import StandardForm

logger = logging.getLogger(__name__)

_BANNER_DONE = False
_SOLUTION_FEASIBLE = 2  # HiGHS kSolutionStatusFeasible


def probe(name: str = "highs") -> str:
    """Import highspy and return its version (ImportError if absent)."""
    from importlib.metadata import version

    import highspy  # noqa: F401

    return version("highspy")


def _status_table():
    import highspy

    S = highspy.HighsModelStatus
    return {
        S.kOptimal: TS.OPTIMAL,
        S.kInfeasible: TS.INFEASIBLE,
        S.kUnbounded: TS.UNBOUNDED,
        S.kUnboundedOrInfeasible: TS.INFEASIBLE_OR_UNBOUNDED,
        S.kTimeLimit: TS.TIME_LIMIT,
        S.kIterationLimit: TS.INTERRUPTED,
        S.kSolutionLimit: TS.SOLUTION_LIMIT,
        S.kObjectiveBound: TS.OBJECTIVE_LIMIT,
        S.kObjectiveTarget: TS.OBJECTIVE_LIMIT,
        S.kInterrupt: TS.INTERRUPTED,
        S.kHighsInterrupt: TS.INTERRUPTED,
        S.kMemoryLimit: TS.INTERRUPTED,
        S.kLoadError: TS.ERROR,
        S.kModelError: TS.ERROR,
        S.kPresolveError: TS.ERROR,
        S.kSolveError: TS.ERROR,
        S.kPostsolveError: TS.ERROR,
        S.kModelEmpty: TS.UNKNOWN,  # never reached: empty models are answered before the backend
        S.kNotset: TS.UNKNOWN,
        S.kUnknown: TS.UNKNOWN,
    }


def _new_highs(verbose: bool):
    """A ``highspy.Highs``; the first one in a process prints a banner on C-level stdout
    before any option can be set, so (unless verbose) that construction runs with file
    descriptor 1 pointed at /dev/null."""
    import highspy

    global _BANNER_DONE
    if verbose or _BANNER_DONE:
        return highspy.Highs()
    _BANNER_DONE = True
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError):  # no usable fd 1 (embedded interpreter): just build it
        return highspy.Highs()
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 1)
            return highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def _set(h, name, value) -> None:
    import highspy

    if h.setOptionValue(name, value) != highspy.HighsStatus.kOk:
        raise ValueError(f"HiGHS rejected option {name}={value!r}")


def _load(h, form: StandardForm) -> None:
    import highspy

    lp = highspy.HighsLp()
    lp.num_col_ = form.n
    lp.num_row_ = form.m
    lp.col_cost_ = np.ascontiguousarray(form.c, dtype=float)
    lp.col_lower_ = np.ascontiguousarray(form.col_lo, dtype=float)
    lp.col_upper_ = np.ascontiguousarray(form.col_hi, dtype=float)
    lp.row_lower_ = np.ascontiguousarray(form.row_lo, dtype=float)
    lp.row_upper_ = np.ascontiguousarray(form.row_hi, dtype=float)
    A = form.A.tocsc()
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = A.indptr.astype(np.int32)
    lp.a_matrix_.index_ = A.indices.astype(np.int32)
    lp.a_matrix_.value_ = A.data.astype(float)
    lp.a_matrix_.num_col_ = form.n
    lp.a_matrix_.num_row_ = form.m
    if form.is_int.any():
        lp.integrality_ = [highspy.HighsVarType.kInteger if b else highspy.HighsVarType.kContinuous
                           for b in form.is_int]
    if h.passModel(lp) == highspy.HighsStatus.kError:
        raise RuntimeError("HiGHS passModel failed")
    if form.Q is not None:
        L = sp.tril(form.Q, format="csc")  # HiGHS: lower triangle, column-wise
        hess = highspy.HighsHessian()
        hess.dim_ = form.n
        hess.format_ = highspy.HessianFormat.kTriangular
        hess.start_ = L.indptr.astype(np.int32)
        hess.index_ = L.indices.astype(np.int32)
        hess.value_ = L.data.astype(float)
        if h.passHessian(hess) == highspy.HighsStatus.kError:
            raise RuntimeError("HiGHS passHessian failed (is the objective convex?)")


def _warm_start(h, form: StandardForm, start: np.ndarray) -> None:
    import highspy

    known = np.flatnonzero(~np.isnan(start))
    if known.size == 0:
        return
    vals = np.clip(start[known], form.col_lo[known], form.col_hi[known])
    vals = np.where(form.is_int[known], np.round(vals), vals)
    st = h.setSolution(int(known.size), known.astype(np.int32), vals.astype(float))
    if st == highspy.HighsStatus.kError:
        logger.warning("HiGHS did not accept the warm start")


def _refused(h, run_status) -> bool:
    import highspy

    return run_status == highspy.HighsStatus.kError and h.getModelStatus() == highspy.HighsModelStatus.kNotset


def _run(h, threads: int):
    """``h.run()`` beside any HiGHS scheduler already in this thread; returns
    ``(run status, model status, borrowed)``.

    A refusal with status Not Set before any solving means this thread's scheduler was made by
    someone else's HiGHS with another thread count: re-run with ``threads=0``, which uses that
    scheduler (``borrowed``). Otherwise the scheduler is reset afterwards, so optcert leaves
    none behind that could refuse a caller's later HiGHS.
    """
    import highspy

    run_status = h.run()
    borrowed = _refused(h, run_status)
    if borrowed:
        logger.log(logging.WARNING if threads != 1 else logging.INFO,
                   "HiGHS in this thread already has a task scheduler with another thread count "
                   "(a caller's own HiGHS); solving on it instead of threads=%d", threads)
        _set(h, "threads", 0)
        run_status = h.run()
    else:
        highspy.Highs.resetGlobalScheduler(True)
    return run_status, h.getModelStatus(), borrowed


def solve_form(form: StandardForm, opts: SolveOptions, backend: str = "highs") -> RawResult:
    """Solve ``form`` with HiGHS; never raises on a non-optimal stop."""
    import highspy

    mip = bool(form.is_int.any())
    if mip and form.Q is not None:
        raise UnsupportedFeatureError(
            "highs cannot solve a quadratic objective with integer variables (MIQP); use solver='scip'"
        )
    h = _new_highs(opts.verbose)
    _set(h, "output_flag", bool(opts.verbose))
    threads = int(opts.threads) if opts.threads else 1
    _set(h, "threads", threads)
    if opts.time_limit is not None:
        _set(h, "time_limit", float(opts.time_limit))
    _set(h, "mip_rel_gap", float(opts.mip_rel_gap))
    if opts.mip_abs_gap is not None:
        _set(h, "mip_abs_gap", float(opts.mip_abs_gap))
    if opts.node_limit is not None and mip:
        _set(h, "mip_max_nodes", int(opts.node_limit))
    for k, v in (opts.options or {}).items():
        _set(h, k, v)
    _load(h, form)
    if opts.start is not None and mip:
        _warm_start(h, form, opts.start)

    seen = {"primal": math.inf, "dual": -math.inf, "stopped": False}
    if opts.has_stop and mip:
        def on_interrupt(e):
            d = e.data_out
            seen["primal"] = min(seen["primal"], d.mip_primal_bound)
            seen["dual"] = max(seen["dual"], d.mip_dual_bound)
            if ((opts.stop_primal_below is not None and d.mip_primal_bound < opts.stop_primal_below)
                    or (opts.stop_dual_above is not None and d.mip_dual_bound > opts.stop_dual_above)):
                seen["stopped"] = True
                e.interrupt()

        h.cbMipInterrupt.subscribe(on_interrupt)

    t0 = time.perf_counter()
    run_status, native, borrowed = _run(h, threads)
    elapsed = time.perf_counter() - t0
    if run_status == highspy.HighsStatus.kError and native == highspy.HighsModelStatus.kNotset:
        return RawResult(status=TS.ERROR, objective=None, bound=None, x=None, nodes=None, time=elapsed,
                         message="highs: run refused (status Not Set) even on the scheduler in place")
    status = status_from_table(_status_table(), native)
    if status is TS.INTERRUPTED and seen["stopped"]:
        status = TS.OBJECTIVE_LIMIT
    if status is TS.SOLUTION_LIMIT and opts.node_limit is not None and mip \
            and h.getInfo().mip_node_count >= opts.node_limit:
        status = TS.NODE_LIMIT  # HiGHS reports its node limit as a solution limit
    info = h.getInfo()
    x = objective = None
    if info.primal_solution_status == _SOLUTION_FEASIBLE:
        x = np.array(h.getSolution().col_value, dtype=float)
        objective = finite_or_none(info.objective_function_value)
    if mip and seen["stopped"] and objective is None and (
            seen["dual"] == np.inf or info.mip_dual_bound == np.inf):
        # the early stop fired on a dual bound of +inf: the search proved there is no point
        status = TS.INFEASIBLE
    if mip:
        bound = finite_or_none(info.mip_dual_bound)
        cb_bound = finite_or_none(seen["dual"])
        if cb_bound is not None and (bound is None or cb_bound > bound):
            bound = cb_bound  # a bound seen during the search stays proven
        nodes = int(info.mip_node_count)
    else:
        bound = objective if status is TS.OPTIMAL else None
        nodes = None
    msg = f"highs: {h.modelStatusToString(native)}"
    if seen["stopped"]:
        msg += " (early stop on objective threshold)"
    if borrowed:
        msg += " (on the task scheduler of a HiGHS already running in this thread)"
    return RawResult(status=status, objective=objective, bound=bound, x=x, nodes=nodes,
                     time=elapsed, message=msg)
