"""Collective certificates (docs/math/collective.md): how many test predictions can one flip set change?

For every budget r, in increasing order, :func:`certify_collective` brackets

    A(r) = max over labellings with at most r flips of  sum_m a_m [prediction m changed]

from both sides and stops as soon as the bracket closes:

1. counting: ``A(r) <= sum_m a_m [R_m < r]`` with each point's proven lower bound on its radius
   (the sample-wise certificates), tightened by the sorting bound of each label-linear point;
2. attacks (lower bound): the previous budget's witness, the sample-wise witnesses that fit, a
   greedy collective attack (:mod:`optcert.exact.collective`) -- each *replayed*: the learner is
   retrained on the labels (``model.refit``) and the changed predictions are counted;
3. the LP relaxation of the model (label-linear and black-box; solved to optimality);
4. the exact MILP of :mod:`optcert.formulations.collective`, warm-started with the best attack:
   its dual bound (``objective_interval``, any status) bounds A(r), its incumbent is replayed.

``A`` is non-decreasing in r, so a witness carries over to larger budgets and an upper bound to
smaller ones. A(0) = 0: zero flips retrain the clean model.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import numpy as np

from ..exact import collective as ec
from ..exceptions import InvalidInputError
from ..results import (
    INF,
    Certificates,
    CollectiveCertificate,
    CollectiveCertificates,
    TerminationStatus,
    budget_to_count,
    objective_interval,
)
from .intervals import floor_dual_bound

logger = logging.getLogger(__name__)

METHODS = ("auto", "milp", "bounds", "bruteforce")
#: sample-wise witnesses replayed per budget when a model has no fast evaluator (each a retraining)
MAX_UNION_REPLAYS = 20


def certify_collective(model, X_test, budgets, *, y_test=None, method: str = "auto", solver: str = "highs",
                       time_limit: float | None = None, tol: float = 1e-9, milp_tol: float = 1e-6,
                       samplewise=None, base: str = "whitebox", relaxation: bool = True,
                       heuristic: bool = True, encoding: str = "bigm", complementarity: str = "bigm",
                       export=None, solver_options=None, cuts=True) -> CollectiveCertificates:
    """Collective certificates of ``model`` on the rows of ``X_test``, one per budget.

    Parameters
    ----------
    model : fitted KernelRidge, KernelSVM (any C) or PartitionEnsemble.
    X_test : (M, d) test inputs (a precomputed kernel: (M, N)).
    budgets : flip counts r (ints, or float fractions of N); answered in increasing order.
    y_test : true labels of the test points: then ``a_m = [prediction m is correct]`` and the
        certificates carry the collective certified accuracy; without, ``a_m = 1``.
    method : "auto" / "milp" (bounds first, the exact MILP where they leave a gap), "bounds"
        (counting, attacks and the LP relaxation only: polynomial), "bruteforce" (retrain on
        every flip set; tiny N).
    solver, time_limit : MILP backend and seconds per budget (per MILP solve); a solve stopped
        by the limit contributes its dual bound and its replayed incumbent only.
    tol, milp_tol : tie tolerance of the sample-wise certificates and of the models (a score
        within ``max(tol, milp_tol) * scale`` of a tie counts as crossed; scale as in ``certify``).
    samplewise : the sample-wise :class:`~optcert.results.Certificates` of these points (default:
        ``optcert.certify(model, X_test)`` is run), or a ``certify`` method name.
    base : ensembles: "whitebox" (label-linear base models; flips move their votes) or
        "blackbox" (a poisoned partition votes anything; one flip each).
    relaxation, heuristic : the LP relaxation bound and the greedy attack (steps 3 and 2).
    encoding : label-linear crossing rows as "bigm" or "indicator" (pyomo.gdp);
        complementarity : the SVM's KKT encoding ("bigm", "sos1", "indicator").
    export : folder, or path pattern with ``{budget}`` and a .mps/.lp suffix: every MILP built.
    solver_options : native backend options.
    cuts : label-linear models: the valid-inequality families of
        :func:`~optcert.formulations.collective.build_collective_label_linear` (True: its defaults;
        False: none; or names from ``CUT_FAMILIES``).

    Returns
    -------
    CollectiveCertificates, one :class:`~optcert.results.CollectiveCertificate` per budget.
    """
    from ..learners import KernelRidge, KernelSVM
    from ..partition import PartitionEnsemble
    from ..validation import check_positive

    if method not in METHODS:
        raise InvalidInputError(f"method must be one of {METHODS}, got {method!r}")
    if base not in ("whitebox", "blackbox"):
        raise InvalidInputError(f"base must be 'whitebox' or 'blackbox', got {base!r}")
    if encoding not in ("bigm", "indicator"):
        raise InvalidInputError(f"encoding must be 'bigm' or 'indicator', got {encoding!r}")
    check_positive(tol, name="tol", strict=False)
    check_positive(milp_tol, name="milp_tol", strict=False)
    if time_limit is not None:
        check_positive(time_limit, name="time_limit")
    if not isinstance(model, (KernelSVM, KernelRidge, PartitionEnsemble)):
        raise InvalidInputError(
            f"certify_collective accepts a fitted optcert.KernelSVM, KernelRidge or PartitionEnsemble; "
            f"got {type(model).__name__}")
    if not hasattr(model, "classes_"):
        from ..exceptions import NotFittedError

        raise NotFittedError(f"{type(model).__name__} is not fitted; call fit(X, y) first")
    ensemble = isinstance(model, PartitionEnsemble)
    X = _check_inputs(model, X_test, ensemble)
    n_train = sum(len(p) for p in model.partitions_) if ensemble else model.X_fit_.shape[0]
    counts = _check_budgets(budgets, n_train)
    clean = model.predict(X)
    a = _weights(model, clean, y_test)
    certs = _samplewise(model, X, samplewise, tol=tol, solver=solver, time_limit=time_limit,
                        base=base if ensemble else None)
    _check_cuts(cuts)
    opts = dict(solver=solver, time_limit=time_limit, tau_rel=max(tol, milp_tol), encoding=encoding,
                complementarity=complementarity, options=solver_options, cuts=cuts)
    from .collective_models import family_for

    fam = family_for(model, X, clean, a, base=base, opts=opts)
    if method == "bruteforce":
        return _bruteforce(fam, model, clean, a, certs, counts, y_test is not None)
    run = _Run(fam, certs, a, opts, method=method, relaxation=relaxation, heuristic=heuristic, export=export)
    out = [run.budget(r) for r in counts]
    return CollectiveCertificates(_monotone(out, n_correct=int(a.sum()) if y_test is not None else None))


# -- inputs ------------------------------------------------------------------------------------

def _check_inputs(model, X_test, ensemble: bool) -> np.ndarray:
    from ..validation import check_array

    if ensemble:
        X = check_array(X_test, name="X_test")
    else:
        from .api import _check_score_range, _check_test_inputs

        X = _check_test_inputs(model, X_test)
        _check_score_range(model, X)
    if X.shape[0] == 0:
        raise InvalidInputError("X_test has no rows: nothing to certify")
    return X


def _check_cuts(cuts) -> None:
    """The builder's own check of ``cuts``, as an InvalidInputError before any work."""
    from ..formulations.collective import cut_families

    try:
        cut_families(cuts)
    except ValueError as exc:
        raise InvalidInputError(str(exc)) from None


def _check_budgets(budgets, n_train: int) -> list[int]:
    items = [budgets] if np.ndim(budgets) == 0 else list(np.asarray(budgets, dtype=object).reshape(-1))
    if not items:
        raise InvalidInputError("budgets is empty: pass the flip counts to certify, e.g. budgets=[1, 2, 5]")
    return sorted({budget_to_count(b, n_train) for b in items})


def _weights(model, clean: np.ndarray, y_test) -> np.ndarray:
    """``a_m``: 1 for every point, or [correct] when the true labels are given."""
    if y_test is None:
        return np.ones(clean.shape[0])
    y = np.asarray(y_test)
    if y.shape != clean.shape:
        raise InvalidInputError(f"y_test must hold one label per test point ({clean.shape[0]}), got shape {y.shape}")
    known = set(np.asarray(model.classes_).tolist())
    unknown = [v for v in np.unique(y).tolist() if v not in known]
    if unknown:
        raise InvalidInputError(f"y_test holds labels {unknown[:5]} that are not among the model's "
                                f"classes {sorted(known)[:10]}; pass the labels the model was fitted on")
    return (clean == y).astype(float)


def _samplewise(model, X, samplewise, *, tol, solver, time_limit, base) -> Certificates:
    from .api import certify

    kw = {} if base is None else {"base": base}
    if samplewise is None or isinstance(samplewise, str):
        method = "auto" if samplewise is None else samplewise
        return certify(model, X, method=method, solver=solver, time_limit=time_limit, tol=tol, **kw)
    if not isinstance(samplewise, Certificates) or len(samplewise) != X.shape[0]:
        raise InvalidInputError("samplewise must be None, a certify method name, or the Certificates of "
                                f"these {X.shape[0]} test points")
    return samplewise


# -- one budget ---------------------------------------------------------------------------------

class _Run:
    """The bracket of every budget, carrying witnesses upwards."""

    def __init__(self, fam, certs: Certificates, a: np.ndarray, opts: dict, *, method, relaxation,
                 heuristic, export):
        self.fam, self.a, self.opts = fam, a, opts
        self.method, self.relaxation, self.heuristic, self.export = method, relaxation, heuristic, export
        self.R_lo, self.R_up = certs.lower, certs.upper
        self.attacks = [(i, fam.labels_of(c.witness)) for i, c in enumerate(certs) if c.witness is not None]
        self.best: tuple[float, np.ndarray] | None = None  # (count, labelling) of the best replayed attack
        self.n_correct = None

    def budget(self, r: int) -> CollectiveCertificate:
        t0 = time.perf_counter()
        a, fam = self.a, self.fam
        samplewise = int(a[self.R_lo < r].sum())
        info = {"samplewise_realised": int(a[self.R_up < r].sum())}
        if r == 0:
            return CollectiveCertificate(0, 0, 0, samplewise, a.size, method="zero flips",
                                         runtime=time.perf_counter() - t0, info=info)
        active = (a > 0) & (self.R_lo < r)
        active &= fam.may_change(r)
        upper, method, report = float(a[active].sum()), "counting", None
        self._attack(r, active, info)
        if self._lower() < upper and self.relaxation and self.method != "bruteforce":
            lp = self._solve(r, active, relax=True, info=info)
            if lp is not None and lp < upper:
                upper, method = lp, "lp-relaxation"
        if self._lower() < upper and self.method in ("auto", "milp"):
            hi, report = self._milp(r, active, info)
            if hi < upper:
                upper, method = hi, f"milp:{self.opts['solver']}"
        lower = self._lower()
        if lower > upper:  # a replayed attack is a fact; a proof below it met rounding
            logger.warning("collective upper bound %s at r = %d is below a replayed attack changing %s; "
                           "raising it", upper, r, lower)
            upper = lower
        witness = None if self.best is None else self.fam.attack(self.best[1])
        return CollectiveCertificate(r, int(lower), int(upper), samplewise, a.size, method=method,
                                     witness=witness, report=report, runtime=time.perf_counter() - t0, info=info)

    def _lower(self) -> float:
        return 0.0 if self.best is None else self.best[0]

    def _consider(self, y: np.ndarray, r: int) -> None:
        """Replay a labelling (retraining) and keep it when it changes more predictions."""
        if int((y != self.fam.y_index).sum()) > r:
            return
        count = self.fam.replay(y)
        if self.best is None or count > self.best[0]:
            self.best = (count, y.copy())

    def _attack(self, r: int, active: np.ndarray, info: dict) -> None:
        fam = self.fam
        fits = [y for _, y in self.attacks if int((y != fam.y_index).sum()) <= r]
        ev = fam.evaluator(r, active) if self.heuristic else None
        if ev is None:
            if fits:
                y, _ = ec.union_of_attacks([(np.flatnonzero(y != fam.y_index), y[y != fam.y_index])
                                            for y in fits[:MAX_UNION_REPLAYS]], fam.y_index, r, fam.replay)
                self._consider(y, r)
            return
        starts = fits + ([self.best[1]] if self.best is not None else [])
        order = fam.order(r, active)
        y = ec.greedy_collective(ev, r, order=order, starts=starts)
        ranked = sorted([y] + starts, key=lambda v: -ev.count(ev.state(v)))
        for cand in ranked[:3]:
            self._consider(cand, r)
        info["greedy_model_count"] = ev.count(ev.state(y))

    def _solve(self, r, active, *, relax, info):
        from ..solvers import capabilities, solve

        fam = self.fam
        if not active.any():
            return 0.0
        if relax and ("lp" not in capabilities(self.opts["solver"]) or not fam.relaxable):
            return None
        m = fam.build(r, active, relax=relax)
        if m is None:
            return None
        warm = False
        if not relax and self.best is not None:
            warm = fam.start(m, self.best[1])
        if self.export is not None and not relax:
            self._export(m, r)
        report = solve(m, self.opts["solver"], time_limit=self.opts["time_limit"], warm_start=warm,
                       options=self.opts["options"])
        key = "lp" if relax else "milp"
        info[f"{key}_status"] = report.status.value
        info[f"{key}_seconds"] = report.time
        _, hi = objective_interval(report)
        if relax:
            if report.status is not TerminationStatus.OPTIMAL:
                return None  # an LP stopped early proves nothing here
            self._round(m, report, r, active)
            return floor_dual_bound(hi)
        info["milp_report"] = report
        if report.has_solution and report.status is not TerminationStatus.ERROR:
            self._consider(fam.decode(m, report.values), r)
        return floor_dual_bound(hi)

    def _round(self, m, report, r, active) -> None:
        """The LP optimum's r largest flips, improved by the greedy's local search: an attack."""
        ev = self.fam.evaluator(r, active) if self.heuristic else None
        if ev is None or not report.has_solution or not hasattr(self.fam, "round"):
            return
        y = self.fam.round(m, report.values, r)
        self._consider(ec.local_search(ev, ec.greedy_flips(ev, r, y), r), r)

    def _milp(self, r, active, info):
        hi = self._solve(r, active, relax=False, info=info)
        report = info.pop("milp_report", None)
        return (INF if hi is None else hi), report

    def _export(self, m, r) -> None:
        from ..solvers import export

        dest = str(self.export)
        if Path(dest).suffix.lower() in (".mps", ".lp"):
            path = Path(dest.format(budget=r))
        else:
            path = Path(dest) / f"{m.name}_r{r}.mps"
        export(m, path)
        logger.info("budget %d: wrote the collective model to %s", r, path)


def _monotone(certs: list[CollectiveCertificate], n_correct) -> list[CollectiveCertificate]:
    """A is non-decreasing in r: a larger budget's upper bound caps a smaller one's. Fills in
    ``n_correct``."""
    import dataclasses

    out = []
    cap = INF
    for c in reversed(certs):
        cap = min(cap, c.upper)
        upper = int(max(c.lower, cap))
        out.append(dataclasses.replace(c, upper=upper, n_correct=n_correct,
                                       method=c.method if upper == c.upper else c.method + "+monotone"))
    return out[::-1]


# -- brute force --------------------------------------------------------------------------------

def _bruteforce(fam, model, clean, a, certs, counts, with_accuracy) -> CollectiveCertificates:
    """Exact A(r) by retraining on every labelling within the largest budget (tiny N)."""
    from .bruteforce import MAX_LABELLINGS, count_labellings, labellings_with_flips

    N, K = fam.y_index.size, fam.n_classes
    top = max(counts)
    total = count_labellings(N, K, top)
    if total > MAX_LABELLINGS:
        raise InvalidInputError(f"brute force would retrain {total} labellings (N={N}, K={K}, up to {top} "
                                f"flips); it is meant for tiny instances (at most {MAX_LABELLINGS})")
    t0 = time.perf_counter()
    best = {0: (0.0, fam.y_index.copy())}
    for k in range(1, top + 1):
        cur = best[k - 1]
        for idx, new in labellings_with_flips(fam.y_index, K, k):
            y = fam.y_index.copy()
            y[idx] = new
            c = fam.replay(y)
            if c > cur[0]:
                cur = (c, y)
        best[k] = cur
    elapsed = time.perf_counter() - t0
    out = []
    for r in counts:
        c, y = best[r]
        out.append(CollectiveCertificate(r, int(c), int(c), int(a[certs.lower < r].sum()), a.size,
                                         n_correct=int(a.sum()) if with_accuracy else None, method="bruteforce",
                                         witness=fam.attack(y) if c > 0 else None, runtime=elapsed / len(counts)))
    return CollectiveCertificates(out)


__all__ = ["METHODS", "certify_collective"]
