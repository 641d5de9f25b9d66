"""EnsembleCert: certify a partition ensemble from per-partition costs (docs/math/ensembles.md).

Input is the cost matrix ``rho`` of one test point (rows partitions, columns classes, 0 at the
vote, ``inf`` unreachable), or a stack of them.  Methods:

``"knapsack"``  exact, polynomial (:mod:`optcert.exact.aggregation`); the default.
``"ilp"``       the naive ILP per target through :func:`optcert.solvers.solve` on any MILP
                backend (``"highs"``, ``"scip"``, ``"cpsat"``, ``"ortools-scip"``,
                ``"ortools-cbc"``).  Bounds come from :func:`optcert.results.objective_interval`
                only (a time-limited solve gives a sound interval); an incumbent counts only as
                an upper bound, after it is replayed on the votes.
``"bruteforce"`` enumeration of all ``K^Np`` assignments (tiny ensembles).
``"dpa"``       the black-box DPA certificate from the vote counts alone.

Witnesses are *partition-level*: ``Attack.indices`` are partition indices and
``Attack.labels`` their new votes, not training points.  Turning one into training-label flips
means applying, in each listed partition, the base attack that realises that vote.

Lower-bound costs: if ``rho`` holds lower bounds, pass the realised costs as ``rho_upper``
(``rho_upper[j, c]`` = size of a known attack making base model ``j`` vote exactly ``c``);
the certificate is then ``[R(rho), R(rho_upper)]`` with a witness from ``rho_upper``.
"""

from __future__ import annotations

import logging
import time

import numpy as np
from numpy.typing import ArrayLike

from ..exact import aggregation as agg
from ..exceptions import InvalidInputError
from ..results import INF, Attack, Certificate, Certificates, objective_interval
from .intervals import ceil_dual_bound, reconcile

logger = logging.getLogger(__name__)

METHODS = ("knapsack", "ilp", "bruteforce", "dpa")

__all__ = ["METHODS", "aggregate", "aggregate_many"]


def _witness(result: agg.AggregationResult) -> Attack | None:
    if result.assignment is None:
        return None
    idx = result.changed
    return Attack(idx, result.assignment[idx])


def _replay(arr, votes, attack: Attack) -> tuple[float, int]:
    """Cost and ensemble vote of a partition-level attack."""
    assign = votes.copy()
    assign[attack.indices] = attack.labels
    cost = float(arr[np.arange(len(assign)), assign].sum())
    return cost, int(agg.ensemble_prediction(agg.vote_counts(assign, arr.shape[1])))


def _exact_cert(result: agg.AggregationResult, method: str, **kw) -> Certificate:
    return Certificate(
        prediction=result.prediction, lower=result.radius, upper=result.radius, method=method,
        witness=_witness(result),
        info={"level": "partition", "target": result.target, "winner": result.winner, "rho": result.cost},
        **kw,
    )


def _dpa(arr, v) -> Certificate:
    """Black-box certificate: every change of a base vote costs >= 1 flip (0-cost switches kept)."""
    K = arr.shape[1]
    counts = agg.vote_counts(v, K)
    off = np.ones_like(arr, dtype=bool)
    off[np.arange(len(v)), v] = False
    if (arr[off] == 0).any():  # free switches: aggregate the costs min(rho, 1) instead
        lower = agg.knapsack_radius(np.minimum(arr, 1.0), v)
    else:
        lower = agg.dpa_radius(counts)
    black_box = bool((arr[off] == 1).all())
    upper = lower if black_box else INF
    witness = _witness(agg.knapsack_attack(arr, v)) if black_box else None
    return Certificate(
        prediction=agg.ensemble_prediction(counts), lower=float(lower), upper=float(upper), method="dpa",
        witness=witness, info={"level": "partition", "black_box": black_box},
    )


def _ilp(arr, v, solver, time_limit, beat) -> Certificate:
    from ..formulations.ensemble_ilp import build_ensemble_ilp, decode_ensemble_ilp
    from ..solvers import solve

    K = arr.shape[1]
    cstar = agg.ensemble_prediction(agg.vote_counts(v, K))
    lo_best, hi_best, witness, best_t = INF, INF, None, None
    reports = {}
    for t in range(K):
        if t == cstar:
            continue
        model = build_ensemble_ilp(arr, t, votes=v, beat=beat)
        report = solve(model, solver, time_limit=time_limit)
        reports[t] = report
        lo, _ = objective_interval(report)
        lo = ceil_dual_bound(lo)
        lo_best = min(lo_best, lo)
        if report.has_solution:
            idx, lab = decode_ensemble_ilp(model, report.values)
            attack = Attack(idx, lab)
            cost, winner = _replay(arr, v, attack)
            if winner == cstar or (beat == "all" and winner != t):
                logger.warning("%s incumbent for target %d does not realise its target; ignored", solver, t)
            elif cost < hi_best:
                hi_best, witness, best_t = cost, attack, t
    lower, upper = lo_best - 1.0, hi_best - 1.0
    lower, upper = reconcile(lower, upper, source=f"ensemble ILP ({solver})")
    key = best_t if best_t is not None else (min(reports, key=lambda t: objective_interval(reports[t])[0])
                                             if reports else None)
    return Certificate(
        prediction=cstar, lower=lower, upper=upper, method=f"ilp:{solver}", witness=witness,
        report=reports.get(key) if key is not None else None,
        info={"level": "partition", "target": best_t, "beat": beat, "reports": reports},
    )


def aggregate(rho: ArrayLike, method: str = "knapsack", *, votes: ArrayLike | None = None,
              rho_upper: ArrayLike | None = None, solver: str = "highs",
              time_limit: float | None = None, beat: str = "all") -> Certificate:
    """Certify one ensemble prediction from its per-partition cost matrix.

    Parameters
    ----------
    rho : array-like, shape (Np, K)
        ``rho[j, c]`` = least flips in partition ``j`` making base model ``j`` vote ``c``
        (exact, or lower bounds when ``rho_upper`` is given); 0 at the vote, ``inf`` allowed.
    method : {"knapsack", "ilp", "bruteforce", "dpa"}
    votes : array-like of int, shape (Np,), optional
        Explicit votes when ``rho`` has several zeros in a row.
    rho_upper : array-like, shape (Np, K), optional
        Costs of realised base attacks (``>= rho``); gives the upper bound and the witness.
    solver, time_limit, beat
        For ``method="ilp"``: backend, seconds per target, and the constraint set of
        :func:`optcert.formulations.ensemble_ilp.build_ensemble_ilp`.

    Returns
    -------
    Certificate
        ``prediction`` = ensemble vote ``c*``; ``lower <= R <= upper``; ``witness`` a
        partition-level :class:`Attack` of cost ``upper + 1``; ``report`` the solver report
        (ILP, target of the witness); ``info["reports"]`` every target's report.
    """
    if method not in METHODS:
        raise InvalidInputError(f"method must be one of {METHODS}, got {method!r}")
    t0 = time.perf_counter()
    arr, v = agg.check_rho(rho, votes, allow_batch=False)
    if method == "knapsack":
        cert = _exact_cert(agg.knapsack_attack(arr, v), "knapsack")
    elif method == "bruteforce":
        cert = _exact_cert(agg.bruteforce_attack(arr, v), "bruteforce")
    elif method == "dpa":
        cert = _dpa(arr, v)
    else:
        cert = _ilp(arr, v, solver, time_limit, beat)
    if rho_upper is not None:
        cert = _with_upper(cert, arr, v, rho_upper)
    return _timed(cert, time.perf_counter() - t0)


def _with_upper(cert: Certificate, arr, v, rho_upper) -> Certificate:
    """Upper bound and witness from realised costs only (``rho`` then holds lower bounds)."""
    up_arr, _ = agg.check_rho(rho_upper, v, allow_batch=False)
    if up_arr.shape != arr.shape or (up_arr < arr).any():
        raise InvalidInputError("rho_upper must have the shape of rho and be >= rho entrywise")
    res = agg.knapsack_attack(up_arr, v)  # >= R(rho) >= cert.lower by monotonicity
    info = dict(cert.info, upper_from="rho_upper")
    return Certificate(cert.prediction, cert.lower, max(res.radius, cert.lower), cert.method,
                       _witness(res), cert.report, cert.runtime, info)


def _timed(cert: Certificate, seconds: float) -> Certificate:
    return Certificate(cert.prediction, cert.lower, cert.upper, cert.method, cert.witness, cert.report,
                       seconds, cert.info)


def aggregate_many(rho: ArrayLike, method: str = "knapsack", *, votes: ArrayLike | None = None,
                   rho_upper: ArrayLike | None = None, witnesses: bool = False,
                   solver: str = "highs", time_limit: float | None = None, beat: str = "all",
                   n_jobs: int | None = None) -> Certificates:
    """Certify many test points, ``rho`` of shape (n_points, Np, K).

    ``"knapsack"`` and ``"dpa"`` are vectorised (witnesses only with ``witnesses=True``, one
    exact attack per point); other methods loop over :func:`aggregate`.  Runtimes are
    amortised over the batch.
    """
    if method not in METHODS:
        raise InvalidInputError(f"method must be one of {METHODS}, got {method!r}")
    arr = np.asarray(rho)
    if arr.ndim != 3:
        raise InvalidInputError(f"rho must be 3-D (points x partitions x classes), got shape {arr.shape}")
    vv = None if votes is None else np.asarray(votes)
    P = arr.shape[0]
    if method not in ("knapsack", "dpa") or witnesses or rho_upper is not None:
        certs = [aggregate(arr[p], method, votes=None if vv is None else vv[p],
                           rho_upper=None if rho_upper is None else np.asarray(rho_upper)[p],
                           solver=solver, time_limit=time_limit, beat=beat) for p in range(P)]
        return Certificates(certs)
    t0 = time.perf_counter()
    if method == "knapsack":
        radius = np.asarray(agg.knapsack_radius(arr, vv, n_jobs=n_jobs))  # batch: an array
        lower = upper = radius
    else:
        arr, v = agg.check_rho(arr, vv)
        K = arr.shape[2]
        off = np.ones(arr.shape, dtype=bool)
        np.put_along_axis(off, v[..., None], False, axis=2)
        if (arr[off] == 0).any():
            lower = np.asarray(agg.knapsack_radius(np.minimum(arr, 1.0), v, n_jobs=n_jobs))
        else:
            lower = np.asarray(agg.dpa_radius(agg.vote_counts(v, K)))
        black_box = np.where(off, arr == 1, True).all(axis=(1, 2))
        upper = np.where(black_box, lower, INF)
    if vv is None:
        vv = _votes_of(arr)
    pred = np.asarray(agg.ensemble_prediction(agg.vote_counts(vv, arr.shape[2])))
    each = (time.perf_counter() - t0) / max(P, 1)
    return Certificates([
        Certificate(int(pred[p]), float(lower[p]), float(upper[p]), method, None, None, each,
                    {"level": "partition"}) for p in range(P)
    ])


def _votes_of(arr) -> np.ndarray:
    """Votes of an already validated batch (the column of the single zero)."""
    return np.argmax(np.asarray(arr) == 0, axis=-1).astype(np.int64)
