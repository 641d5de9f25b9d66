"""What every adapter receives and returns, and how its answer becomes a SolveReport.

Adapters solve the compiled *minimisation* without the objective constant and return a
:class:`RawResult`; :func:`build_report` adds the constant back, flips the sign of a
maximisation, recomputes the gap uniformly and attaches variable names. Keeping this in
one place means a sign or offset slip cannot hide in one backend only.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..results import SolveReport, TerminationStatus
from ._form import StandardForm

_INT_ROUND_TOL = 1e-5
_CROSS_TOL = 1e-6


@dataclass(frozen=True)
class SolveOptions:
    """Backend-independent options, thresholds already in the compiled (min, no offset) space.

    ``stop_primal_below``: stop once an incumbent has compiled objective ``< value``.
    ``stop_dual_above``: stop once the dual bound is ``> value``. ``start``: per-column
    start values (``nan`` = unknown) or ``None``. ``node_limit``: branch-and-bound nodes
    (1: the root only, so ``bound`` is the root bound after presolve and cuts).
    """

    time_limit: float | None = None
    mip_rel_gap: float = 0.0
    mip_abs_gap: float | None = None
    threads: int | None = None
    start: np.ndarray | None = None
    stop_primal_below: float | None = None
    stop_dual_above: float | None = None
    node_limit: int | None = None
    verbose: bool = False
    options: Mapping[str, Any] = field(default_factory=dict)

    @property
    def has_stop(self) -> bool:
        return self.stop_primal_below is not None or self.stop_dual_above is not None


@dataclass
class RawResult:
    """An adapter's answer, in the compiled space (min, objective constant excluded).

    ``bound`` must be a *proven* lower bound (or ``None``); ``x`` the incumbent or ``None``.
    """

    status: TerminationStatus
    objective: float | None = None
    bound: float | None = None
    x: np.ndarray | None = None
    nodes: int | None = None
    time: float = 0.0
    message: str = ""


def finite_or_none(v) -> float | None:
    """``float(v)`` when finite, else ``None`` (backends encode 'no value' as +-inf or 1e20)."""
    if v is None:
        return None
    v = float(v)
    return v if math.isfinite(v) and abs(v) < 1e20 else None


def status_from_table(table: Mapping[Any, TerminationStatus], native) -> TerminationStatus:
    """Look a native status up; anything not listed is UNKNOWN (never promoted to success)."""
    return table.get(native, TerminationStatus.UNKNOWN)


def size_limited(solver: str, form: StandardForm, limit: str, remedy: str, t0: float,
                 log: logging.Logger) -> RawResult:
    """UNKNOWN without a bound for a model over a size-limited license (``limit``: what it
    exceeds, with the native message), logged as a warning on the adapter's ``log``: never raised."""
    msg = (f"{solver}: the model ({form.n} variables, {form.m} rows) exceeds {limit}; no bound -- use "
           f"{remedy} or another solver (highs, scip)")
    log.warning(msg)
    return RawResult(status=TerminationStatus.UNKNOWN, time=time.perf_counter() - t0, message=msg)


def stop_triggered(opts: SolveOptions, objective: float | None, bound: float | None) -> bool:
    """Whether an incumbent/bound pair meets one of the early-stop thresholds."""
    if opts.stop_primal_below is not None and objective is not None and objective < opts.stop_primal_below:
        return True
    if opts.stop_dual_above is not None and bound is not None and bound > opts.stop_dual_above:
        return True
    return False


def build_report(solver: str, form: StandardForm, raw: RawResult) -> SolveReport:
    """Turn a :class:`RawResult` into a :class:`SolveReport` in the original sense."""
    sign = form.sign
    objective = values = None
    if raw.x is not None and raw.objective is not None and math.isfinite(raw.objective):
        objective = sign * (float(raw.objective) + form.offset)
        x = np.asarray(raw.x, dtype=float)
        near = np.abs(x - np.round(x)) <= _INT_ROUND_TOL
        x = np.where(form.is_int & near, np.round(x), x)
        values = dict(zip(form.names, x.tolist()))
        values.update(form.fixed)
    bound = finite_or_none(raw.bound)
    message = raw.message
    if bound is not None and raw.objective is not None and math.isfinite(raw.objective) and raw.x is not None:
        # In the compiled (min) space a proven bound never exceeds an incumbent; one that
        # does by more than tolerance is not a bound we can trust, so drop it (sound).
        if bound > raw.objective + _CROSS_TOL * max(1.0, abs(raw.objective)):
            message += f" [dropped dual bound {bound!r} above incumbent {raw.objective!r}]"
            bound = None
    if bound is not None:
        bound = sign * (bound + form.offset)
    gap = None
    if objective is not None:
        gap = math.inf if bound is None else abs(objective - bound) / max(abs(objective), 1e-10)
    return SolveReport(
        solver=solver, status=raw.status, sense=form.sense, objective=objective, bound=bound,
        gap=gap, time=float(raw.time), nodes=raw.nodes, values=values, message=message,
    )
