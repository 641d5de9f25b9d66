"""LabelCert: certificates from the bilevel label-flip MILPs (docs/math/milp.md).

Per test point (SVM): the polynomial bounds L (:mod:`optcert.svm.stability`, :mod:`optcert.svm.ball`:
no attack of L flips) and a cheap greedy attack (:func:`optcert.svm.attacks.greedy_attack`, real
retraining, replayed: an upper bound and a warm start); then the branch-and-bound over flip sets
of :mod:`optcert.svm.search` (retraining, pruned by the ball bound), each completed flip count
lifting the floor, within a node budget; only then the MILP of
:mod:`optcert.formulations.svm_label_flip` (or :mod:`~optcert.formulations.krr_label_flip`),
with the floor as a cut, answers

* ``budget=None`` -- question (b), the radius: ``rho >= ceil(dual bound)`` always (sound under
  any limit), ``rho <= k`` only for a replayed attack of k flips;
* ``budget=r`` -- question (a), the worst margin: certified at r iff the dual bound is
  ``> tau``; "not certified" only with a replayed attack of ``k <= r`` flips.

Soundness rules: bounds come from :func:`optcert.results.objective_interval` only; the MILP uses
the tolerance ``tau_milp = max(tau, milp_tol * scale) >= tau`` (a larger tolerance only enlarges
the feasible set of attacks, so its bounds stay sound despite solver feasibility tolerances);
an incumbent is never a certificate; an incumbent whose replay does not change the prediction
(a near-tie or a solver-tolerance artefact) is excluded by a no-good cut and the model is
re-solved (at most ``max_replays`` times) -- the re-solve's bound stays sound because the cut
removes a labelling proven not to be an attack. If no replay succeeds, ``upper`` falls back to
the heuristic attack or ``inf``.
A solve that ends in status ERROR (a backend failure) proves nothing: the solver layer logs it
as a warning, the point keeps the bounds proven without it, and ``info["status"]`` lists it.

Multiclass (one-vs-rest): one model per target class t, with only the blocks c (current
class) and t, since ``F_c - F_t`` depends on nothing else; targets are visited from the most
threatened and each solve stops as soon as its dual bound shows it cannot beat the best
attack so far (``stop_dual_above``). ``rho = min_t rho_t``.

The code: this module holds the entry point :func:`certify_milp`, its options
(:class:`MilpOptions`, validated once) and the stages every learner shares -- the loop over the
test points (:func:`certify_points`), the test point (:class:`Point`), the greedy attack replayed,
the two MILP solve loops with their replays and no-good cuts, the two questions over the targets
(:func:`radius_question`, :func:`budget_question`), export, the certificate. :mod:`optcert.certify.labelcert` composes the SVM pipeline
(bounds, greedy attack, flip-set search, MILP), :mod:`optcert.certify.milp_ridge` the kernel
ridge one (greedy attack, MILP).
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..exceptions import InvalidInputError, UnsupportedFeatureError
from ..results import INF, Attack, Certificate, SolveReport, objective_interval
from ..svm.attacks import N_CANDIDATES
from ..svm.margins import MarginSpec, margin_spec
from ..validation import check_int, check_positive
from .intervals import ceil_dual_bound, reconcile
from .options import checked_options
from .replay import replay_changes_prediction

logger = logging.getLogger(__name__)


@checked_options
def certify_milp(model, X_test, *, budget: int | None = None, solver: str = "highs",
                 time_limit: float | None = None, tol: float = 1e-9, complementarity: str = "bigm",
                 linearization: str = "mccormick", tighten_bounds: bool = True, milp_tol: float = 1e-6,
                 warm_start: bool = True, heuristic: bool = True, early_stop: bool = True,
                 max_replays: int = 3, export=None, solver_options=None,
                 n_candidates: int = N_CANDIDATES, radius_budget: bool = True,
                 ascending_caps: bool = False, stability: bool = True, search_nodes: int = 2_000_000,
                 valid_inequalities=True) -> list[Certificate]:
    """LabelCert certificates (``lower <= R <= upper``) for every row of ``X_test``.

    Parameters
    ----------
    model : fitted :class:`~optcert.learners.KernelSVM` (any C) or
        :class:`~optcert.learners.KernelRidge`.
    X_test : (M, d) features (or (M, N) test-by-train kernel for a precomputed kernel).
    budget : None -> the radius (question b); int r >= 0 -> certified at r? (question a).
    solver : optcert solver name; needs "milp" and the encoding's feature.
    time_limit : seconds per test point, for the flip-set search and every MILP solve together
        (each solve gets what is left; None = no limit). A point out of time keeps the sound
        interval it has.
    tol : relative tie tolerance, ``tau = tol * scale`` with ``scale = sum_i |w_i|`` of the
        label-linear weights (``C sum|q|`` binary SVM, ``2 C sum|q|`` one-vs-rest,
        ``sum |(Q + lambda I)^{-1} q|`` ridge) -- the same tau as ScaLabelCert.
    complementarity : "bigm", "sos1" or "indicator" (SVM only; "indicator" is native on scip and
        Pyomo's gdp.bigm reformulation elsewhere and in exported files).
    linearization : "mccormick" (O(N)) or "pairwise" (O(N^2)).
    tighten_bounds : use the tightened data-derived bounds (see ``kkt.svm_bounds``).
    milp_tol : relative tolerance of the MILP's crossing test (``tau_milp``).
    warm_start : pass the clean solution (a) or the heuristic attack (b) as a MIP start.
    heuristic : run the greedy retraining attack first.
    early_stop : stop each solve as soon as its question is decided.
    max_replays : re-solves after an incumbent failed its replay.
    export : folder, or path pattern with ``{point}``, ``{target}``, ``{question}`` and a
        ``.mps``/``.lp`` suffix; every built model is written there (one info log line per file).
        A target that the bounds, the flip-set search or an attack in hand settled without a
        model still gets one: the plain model of the question (no cap, no cut -- what
        :func:`optcert.formulations.label_flip_model` builds), built only to be written.
    solver_options : native options passed to the backend.
    n_candidates : flips evaluated by retraining per greedy step.
    radius_budget : question (b), SVM, once an attack of k flips is known: add ``flips <= k - 1``
        to the model, so the solve asks only whether a smaller attack exists (infeasible = no).
        No MIP start then (the known attack lies outside that model); False gives the uncapped
        model with the attack as start (benchmarks/RESULTS.md compares the two).
    ascending_caps : with ``radius_budget``: ask ``flips <= floor`` first and, on each
        infeasible answer (no attack of that many flips), lift the floor by one, up to
        ``best_k - 1``; each model's cap-dependent inequalities are then those of the tightest
        cap. More solves, so slower to the exact radius, but a point that runs out of time
        keeps a higher floor (benchmarks/RESULTS.md). False: one model capped at ``best_k - 1``.
    stability : SVM with a kernel (not precomputed): first the polynomial bounds of
        :mod:`optcert.svm.stability` and :mod:`optcert.svm.ball` (no attack of at most L flips). A
        point whose attack has L + 1 flips is then exact without a model; otherwise the search
        and the radius model start at ``flips >= L + 1`` and question (a) at ``r <= L`` is
        certified at once.
    search_nodes : SVM: before any model, the flip-set search of :mod:`optcert.svm.search`
        with at most this many retrainings per target: each completed flip count lifts the
        floor, a labelling reaching ``margin <= tau_milp`` is replayed as an attack. Small flip
        counts are where the search beats the MILP by far (benchmarks/RESULTS.md: retrainings
        per second, and the MILP against the search at N = 100). 0 turns it off (the MILP alone).
    valid_inequalities : SVM: True (the default families), False, or a set of family names of
        :mod:`optcert.formulations.valid_inequalities` added to every model (each proven there;
        none cuts off an attack, so the certificates are the same).
    """
    from ..learners import KernelRidge, KernelSVM

    if not isinstance(model, (KernelSVM, KernelRidge)):
        raise InvalidInputError(f"method='milp' needs a KernelSVM or KernelRidge, got {type(model).__name__}")
    if budget is not None:
        if isinstance(budget, bool) or not isinstance(budget, (int, np.integer)) or budget < 0:
            raise InvalidInputError(f"budget must be a non-negative int (a flip count), got {budget!r}")
        budget = int(budget)
    opts = MilpOptions(solver=solver, time_limit=time_limit, tol=tol, complementarity=complementarity,
                       linearization=linearization, tighten_bounds=tighten_bounds, milp_tol=milp_tol,
                       warm_start=warm_start, heuristic=heuristic, early_stop=early_stop,
                       max_replays=max_replays, export=export, solver_options=solver_options,
                       n_candidates=n_candidates, radius_budget=radius_budget,
                       ascending_caps=ascending_caps, stability=stability,
                       search_nodes=search_nodes, valid_inequalities=valid_inequalities)
    if isinstance(model, KernelSVM):
        from .labelcert import certify_svm_points

        _check_solver(opts, svm=True)
        return certify_svm_points(model, X_test, opts, budget)
    from .milp_ridge import certify_ridge_points

    _check_solver(opts, svm=False)
    return certify_ridge_points(model, X_test, opts, budget)


# -- options -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MilpOptions:
    """The options of :func:`certify_milp` (each documented there), checked once on creation.

    A frozen record the stages read: an unknown name is refused by the constructor, a bad value
    is an :class:`~optcert.exceptions.InvalidInputError`; counts are ints, switches bools.
    """

    solver: str = "highs"
    time_limit: float | None = None
    tol: float = 1e-9
    complementarity: str = "bigm"
    linearization: str = "mccormick"
    tighten_bounds: bool = True
    milp_tol: float = 1e-6
    warm_start: bool = True
    heuristic: bool = True
    early_stop: bool = True
    max_replays: int = 3
    export: str | os.PathLike | None = None
    solver_options: Mapping[str, Any] | None = None
    n_candidates: int = N_CANDIDATES
    radius_budget: bool = True
    ascending_caps: bool = False
    stability: bool = True
    search_nodes: int = 2_000_000
    valid_inequalities: Any = True

    def __post_init__(self) -> None:
        from ..formulations.kkt import COMPLEMENTARITY, LINEARIZATIONS
        from ..formulations.valid_inequalities import resolve_families

        object.__setattr__(self, "valid_inequalities", resolve_families(self.valid_inequalities))

        if not isinstance(self.solver, str):
            raise InvalidInputError(f"solver must be a solver name, got {self.solver!r}")
        if self.complementarity not in COMPLEMENTARITY:
            raise InvalidInputError(f"complementarity must be one of {COMPLEMENTARITY}, got {self.complementarity!r}")
        if self.linearization not in LINEARIZATIONS:
            raise InvalidInputError(f"linearization must be one of {LINEARIZATIONS}, got {self.linearization!r}")
        if self.time_limit is not None:
            check_positive(self.time_limit, name="time_limit")
        check_positive(self.tol, name="tol", strict=False)
        check_positive(self.milp_tol, name="milp_tol", strict=False)
        for name in ("max_replays", "n_candidates", "search_nodes"):
            object.__setattr__(self, name, check_int(getattr(self, name), name=name))
        for name in ("tighten_bounds", "warm_start", "heuristic", "early_stop", "radius_budget", "ascending_caps",
                     "stability"):
            object.__setattr__(self, name, bool(getattr(self, name)))
        if self.export is not None and not isinstance(self.export, (str, os.PathLike)):
            raise InvalidInputError(f"export must be a folder or a path pattern, got {self.export!r}")
        if self.solver_options is not None and not isinstance(self.solver_options, Mapping):
            raise InvalidInputError(f"solver_options must be a mapping of native options, got {self.solver_options!r}")


def _check_solver(opts: MilpOptions, *, svm: bool) -> None:
    """The solver handles MILPs and, for the SVM, the complementarity encoding."""
    from ..formulations.kkt import ENCODING_FEATURE
    from ..solvers import capabilities, solver_names

    need = {"milp", ENCODING_FEATURE[opts.complementarity]} if svm else {"milp"}
    caps = capabilities(opts.solver)
    if not need <= caps:
        able = [s for s in solver_names() if need <= capabilities(s)]
        raise UnsupportedFeatureError(
            f"solver {opts.solver!r} supports {sorted(caps)}; complementarity={opts.complementarity!r} "
            f"needs {sorted(need)} (use complementarity='bigm', or one of the solvers {able})")


# -- the test point and what it has found ------------------------------------------------------

@dataclass(frozen=True)
class Point:
    """One test point as every stage sees it.

    ``index``: its row in ``X_test`` (export file names); ``q``: (N,) test column ``k(x_i, x)``;
    ``prediction``: class index, ``label`` its value in ``classes_``; ``tau`` / ``tau_milp``:
    the tie tolerances (``tol`` and ``max(tol, milp_tol)`` times the tie scale); ``targets``:
    ``(target, MarginSpec)`` pairs from the most threatened (binary: one, target None);
    ``target_margin``: each target's clean margin; ``test_norm``: ``||phi(x)||`` or None (no
    ``k(x, x)``: no bounds); ``deadline``: ``time.perf_counter()`` value or None.
    """

    index: int
    x_row: np.ndarray
    q: np.ndarray
    prediction: int
    label: Any
    tau: float
    tau_milp: float
    targets: tuple[tuple[int | None, MarginSpec], ...]
    target_margin: dict[int | None, float]
    test_norm: float | None = None
    deadline: float | None = None

    def time_left(self) -> float:
        return INF if self.deadline is None else self.deadline - time.perf_counter()


def make_point(model, index: int, x_row: np.ndarray, q: np.ndarray, scale: float, opts: MilpOptions, *,
               test_norm: float | None = None, deadline: float | None = None) -> Point:
    """The :class:`Point` of one test row: clean prediction, tolerances (``scale``: the tie
    scale of this learner), targets ordered by their clean margin."""
    scores = model.decision_function(x_row[None, :])
    pred = int(model.predict_index(scores)[0])
    scores = scores[0]
    K = model.n_classes_
    tau = opts.tol * scale
    tau_milp = max(tau, opts.milp_tol * scale)
    targets: tuple[tuple[int | None, MarginSpec], ...]
    target_margin: dict[int | None, float]
    if K == 2:
        targets = ((None, margin_spec(2, pred)),)
        target_margin = {None: float(scores) * (1.0 if pred == 1 else -1.0)}
    else:
        gaps = scores[pred] - scores
        order = [int(t) for t in np.argsort(gaps, kind="stable") if t != pred]
        targets = tuple((t, margin_spec(K, pred, t)) for t in order)
        target_margin = {t: float(gaps[t]) for t in order}
    return Point(index, x_row, q, pred, model.classes_[pred], tau, tau_milp, targets, target_margin,
                 test_norm, deadline)


def certify_points(model, X_test, opts: MilpOptions, budget: int | None, learner,
                   radius: Callable[..., Certificate], at_budget: Callable[..., Certificate], *,
                   scale: Callable[[np.ndarray], float],
                   test_norms: Callable[[Any, np.ndarray], np.ndarray] | None = None) -> list[Certificate]:
    """One certificate per row of ``X_test``: ``radius(learner, point, opts)`` (``budget=None``)
    or ``at_budget(learner, point, opts, budget)``, each point with its own deadline and runtime.
    ``scale(q)``: the learner's tie scale of a test column; ``test_norms(X_test, Kx)``: the test
    features' norms the bounds use, per row, from the rows and their kernel columns (None: no
    ``k(x, x)``, no bounds)."""
    Kx = model.cross_kernel(X_test)
    norms = None if test_norms is None else test_norms(X_test, Kx)
    X = np.asarray(X_test)
    certs = []
    for j in range(Kx.shape[0]):
        t0 = time.perf_counter()
        q = Kx[j]
        point = make_point(model, j, X[j], q, scale(q), opts,
                           test_norm=None if norms is None else float(norms[j]), deadline=deadline(opts, t0))
        cert = radius(learner, point, opts) if budget is None else at_budget(learner, point, opts, budget)
        certs.append(with_runtime(cert, t0))
    return certs


@dataclass
class Evidence:
    """What one point has found so far: the best replayed attack (``best_k`` flips, ``witness``),
    the solver reports, the ``info`` of its certificate, the targets whose model was exported."""

    best_k: float = INF
    witness: Attack | None = None
    reports: list[SolveReport] = field(default_factory=list)
    info: dict = field(default_factory=dict)
    exported: set = field(default_factory=set)

    @classmethod
    def of(cls, point: Point) -> Evidence:
        return cls(info={"tau": point.tau, "tau_milp": point.tau_milp, "solves": 0, "replay_failures": 0})


# -- stages every learner shares -----------------------------------------------------------------

def replay_labelling(model, point: Point, ev: Evidence, y_new: np.ndarray) -> bool:
    """Replay labels ``y_new`` (class indices) by real retraining; keep it if it is better.

    True when it has fewer flips than the best attack so far and the retrained model predicts
    another class: it becomes ``ev``'s witness. A failed replay is counted in
    ``info["replay_failures"]``.
    """
    idx = np.flatnonzero(y_new != model.encode_labels(model.y_fit_))
    if idx.size == 0 or idx.size >= ev.best_k:
        return False
    attack = Attack(idx, model.classes_[y_new[idx]])
    if replay_changes_prediction(model, point.x_row, attack, point.label):
        ev.best_k, ev.witness = idx.size, attack
        return True
    ev.info["replay_failures"] += 1
    return False


def attack_stage(model, point: Point, ev: Evidence, opts: MilpOptions, max_flips: int,
                 attack: Callable[[], np.ndarray | None]) -> np.ndarray | None:
    """The learner's greedy retraining attack ``attack()`` (of at most ``max_flips`` flips),
    replayed into ``ev``; its labelling (the radius model's MIP start), or None (off, or no
    crossing found)."""
    if not opts.heuristic or max_flips <= 0:
        return None
    y = attack()
    if y is not None:
        replay_labelling(model, point, ev, y)
    return y


def export_model(m, point: Point, ev: Evidence, opts: MilpOptions, question: str, target,
                 note: str = "") -> None:
    """Write ``m`` to ``opts.export`` (a folder, or a pattern with ``{point}``, ``{target}``,
    ``{question}``), one info log line per file."""
    from ..solvers import export

    dest = str(opts.export)
    fields = {"point": point.index, "target": "b" if target is None else target, "question": question}
    if Path(dest).suffix.lower() in (".mps", ".lp"):
        path = Path(dest.format(**fields))
    else:
        path = Path(dest) / "{}_p{point}_t{target}_{question}.mps".format(m.name, **fields)
    export(m, path)
    ev.exported.add(target)
    logger.info("point %d, target %s: wrote the %s model to %s%s", point.index, fields["target"],
                question, path, note)


#: the note of a model exported for a target settled without one (``export=``)
SETTLED_NOTE = " (settled without it: the plain model, built only to be written)"


def solve_model(m, point: Point, ev: Evidence, opts: MilpOptions, warm: bool, **stops) -> SolveReport:
    """One solve with what is left of the point's time; the report joins ``ev``."""
    from .. import solvers

    if not opts.early_stop:
        stops = {}
    left = point.time_left()
    report = solvers.solve(m, opts.solver, time_limit=None if left == INF else max(left, 1e-3),
                           warm_start=warm, options=opts.solver_options, **stops)
    ev.reports.append(report)
    ev.info["solves"] += 1
    return report


def radius_solves(m, model, point: Point, ev: Evidence, opts: MilpOptions, floor: int, *,
                  capped: bool, start: Callable[[], bool]) -> float:
    """Question (b) on the built model ``m``: a sound lower bound on ``rho`` of this target.

    ``floor``: ``rho >= floor`` is proven already. ``capped``: the model holds
    ``flips <= best_k - 1``, so it is infeasible exactly when no smaller attack exists, and no
    early stop (an infeasible search ends with an infinite dual bound, which an early stop would
    report as no bound at all; INFEASIBLE itself is the proof). ``start()`` sets the MIP start
    and says whether there is one; it is called again after each no-good cut. An incumbent below
    the best attack is replayed (:func:`replay_labelling`); one that fails is cut off and the
    model re-solved, at most ``opts.max_replays`` times.
    """
    from ..formulations.svm_label_flip import decode_labels, exclude_labelling

    warm = start()
    lb = float(floor)
    for _ in range(1 + opts.max_replays):
        if point.time_left() <= 0:
            break
        stop = {"stop_dual_above": ev.best_k - 0.5} if math.isfinite(ev.best_k) and not capped else {}
        report = solve_model(m, point, ev, opts, warm, **stop)
        lo, hi = objective_interval(report)
        lb = max(lb, ceil_dual_bound(lo))
        if not (report.has_solution and hi < ev.best_k - 0.5):
            break
        y_new = decode_labels(m, report.values)
        if replay_labelling(model, point, ev, y_new) or lb >= ev.best_k:
            break
        exclude_labelling(m, y_new)  # proven not an attack: the next bound stays sound
        warm = start()
    return lb


def margin_solves(m, model, point: Point, ev: Evidence, opts: MilpOptions, warm: bool) -> bool:
    """Question (a) on the built model ``m`` (budget r inside it): True when its dual bound
    proves the worst margin ``> tau_milp``. An incumbent at or below ``tau_milp`` is replayed:
    one that changes the prediction becomes ``ev``'s witness (``ev.best_k`` drops) and ends the
    loop, one that fails is cut off and the model re-solved, at most ``opts.max_replays`` times."""
    from ..formulations.svm_label_flip import decode_labels, exclude_labelling

    for _ in range(1 + opts.max_replays):
        if point.time_left() <= 0:
            break
        report = solve_model(m, point, ev, opts, warm, stop_dual_above=point.tau_milp,
                             stop_primal_below=-point.tau_milp)
        lo, hi = objective_interval(report)
        if lo > point.tau_milp:
            return True
        if not (report.has_solution and hi <= point.tau_milp):
            break
        y_new = decode_labels(m, report.values)
        if replay_labelling(model, point, ev, y_new):
            return False
        exclude_labelling(m, y_new)
    return False


def margin_verdict(m, model, point: Point, ev: Evidence, opts: MilpOptions, warm: bool) -> bool | None:
    """:func:`margin_solves` as a target's verdict for :func:`budget_question`: True proven,
    False undecided, None when an incumbent replayed as an attack (``ev.best_k`` dropped)."""
    before = ev.best_k
    proven = margin_solves(m, model, point, ev, opts, warm)
    return None if ev.best_k < before else proven


def radius_question(point: Point, ev: Evidence, target_rho: Callable[[Any, MarginSpec], float],
                    settle_at: Callable[[float, float], Certificate]) -> Certificate:
    """Question (b) over the targets: ``target_rho(target, spec)`` proves ``rho_t >=`` its value
    (recording attacks in ``ev``); ``settle_at(lower, upper)`` makes the certificate of
    :func:`radius_bounds`."""
    rho_lo = INF
    for target, spec in point.targets:
        rho_lo = min(rho_lo, target_rho(target, spec))
    return settle_at(*radius_bounds(rho_lo, ev))


def budget_question(point: Point, ev: Evidence, r: int, target_verdict: Callable[[Any, MarginSpec], bool | None],
                    settle_at: Callable[[float, float], Certificate]) -> Certificate:
    """Question (a) over the targets: certified at ``r`` (``lower = r``) when every
    ``target_verdict(target, spec)`` is True (no attack of at most r flips), broken
    (``lower = 0``, ``upper < r``) as soon as one is None (a replayed attack of at most r flips),
    else undecided (``lower = 0``). ``settle_at(lower, upper)`` makes the certificate."""
    def done(lower):
        return settle_at(lower, ev.best_k - 1.0)

    if r == 0:
        return done(0.0)  # zero flips never change the prediction
    decided = True
    for target, spec in point.targets:
        verdict = target_verdict(target, spec)
        if verdict is None:
            return done(0.0)
        decided = decided and verdict
    return done(float(r) if decided else 0.0)


def settle(build: Callable[..., Any], learner, point: Point, ev: Evidence, opts: MilpOptions, question: str,
           budget: int | None, lower: float, upper: float) -> Certificate:
    """The certificate; with ``export=``, first the plain model of each target settled without
    one (``build``: the learner's ``build_model``), so that every point and target has its file
    however the point was decided."""
    if opts.export is not None:
        for target, spec in point.targets:
            if target not in ev.exported:
                build(learner, point, ev, opts, spec, question, budget, target, note=SETTLED_NOTE)
    return certificate(point, ev, lower, upper)


def radius_bounds(rho_lo: float, ev: Evidence) -> tuple[float, float]:
    """``(lower, upper)`` on ``R = rho - 1`` from the least proven ``rho_t`` over the targets and
    the best replayed attack."""
    rho_lo = min(rho_lo, ev.best_k)
    # zero flips retrain the clean model bit for bit: rho >= 1 (see optcert.results)
    return max(rho_lo, 1.0) - 1.0, ev.best_k - 1.0


def certificate(point: Point, ev: Evidence, lower: float, upper: float) -> Certificate:
    """The point's :class:`~optcert.results.Certificate` (a lower bound above a replayed attack
    is reconciled onto it, :func:`~optcert.certify.intervals.reconcile`)."""
    lower, upper = reconcile(lower, upper, source="MILP")
    label = point.label.item() if hasattr(point.label, "item") else point.label
    ev.info["status"] = [r.status.value for r in ev.reports]
    return Certificate(prediction=label, lower=float(lower), upper=float(upper), method="milp",
                       witness=ev.witness if math.isfinite(upper) else None,
                       report=ev.reports[-1] if ev.reports else None, info=dict(ev.info))


def deadline(opts: MilpOptions, t0: float) -> float | None:
    """When a point started at ``t0`` runs out of time (None: no limit)."""
    return None if opts.time_limit is None else t0 + float(opts.time_limit)


def with_runtime(cert: Certificate, t0: float) -> Certificate:
    """``cert`` with the seconds since ``t0`` as its ``runtime``."""
    return cert.__class__(**{**cert.__dict__, "runtime": time.perf_counter() - t0})
