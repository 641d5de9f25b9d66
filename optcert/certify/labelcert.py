"""LabelCert for the kernel SVM at any C: the stages of one test point, and the two questions.

Each stage is a function over the unpacked learner (:class:`SvmLearner`), the test point
(:class:`~optcert.certify.milp.Point`), the options (:class:`~optcert.certify.milp.MilpOptions`)
and what the point has found so far (:class:`~optcert.certify.milp.Evidence`):

* :func:`bounds_floor` -- L from the polynomial stability and ball bounds (no attack of L flips);
* :func:`greedy_stage` -- the greedy retraining attack of :mod:`optcert.svm.attacks`, replayed;
* :func:`search_stage` -- the flip-set search of :mod:`optcert.svm.search` lifts the floor;
* :func:`build_model` / :func:`set_start` -- the MILP of
  :mod:`optcert.formulations.svm_label_flip` (exported with ``export=``) and its MIP start;
* :func:`certify_radius` and :func:`certify_budget` compose them with the shared solve loops of
  :mod:`optcert.certify.milp` (replays and no-good cuts) into the two questions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np

from ..results import Certificate
from ..svm.attacks import greedy_attack, resolve_attack, retrained_margin
from ..svm.ball import ball_lower_bound, ball_weights, block_flip_factors
from ..svm.margins import MarginSpec, TrainedSVM, margin_moves, tie_scale
from ..svm.search import FlipSearch
from ..svm.stability import BlockStability, stability_lower_bound, svm_blocks
from .milp import (
    Evidence,
    MilpOptions,
    Point,
    attack_stage,
    budget_question,
    certify_points,
    export_model,
    margin_verdict,
    radius_question,
    radius_solves,
    replay_labelling,
    settle,
)
from .stability import trained_svm


@dataclass(frozen=True)
class SvmLearner:
    """A fitted :class:`~optcert.learners.KernelSVM` unpacked once for all its test points.

    ``svm``: the arrays (:class:`~optcert.svm.margins.TrainedSVM`); ``bounds``: the MILP's
    data-derived bounds (:func:`~optcert.formulations.kkt.svm_bounds`); ``flip_factors``: the
    clean model's (:func:`~optcert.svm.ball.block_flip_factors`); ``blocks``: the stability
    bound's per block, None when the bounds are off (``stability=False``, or no ``k(x, x)``
    with a precomputed kernel).
    """

    model: Any
    svm: TrainedSVM
    bounds: Any
    flip_factors: dict
    blocks: dict[int, BlockStability] | None


def svm_learner(model, opts: MilpOptions) -> SvmLearner:
    """Unpack ``model`` for the stages."""
    from ..formulations.kkt import svm_bounds

    svm = trained_svm(model)
    with_bounds = opts.stability and model.kernel_ is not None
    return SvmLearner(model, svm, svm_bounds(svm.gram, svm.C, tighten=opts.tighten_bounds),
                      block_flip_factors(svm), svm_blocks(svm) if with_bounds else None)


def certify_svm_points(model, X_test, opts: MilpOptions, budget: int | None) -> list[Certificate]:
    """One certificate per row of ``X_test``: the radius (``budget=None``) or the verdict at r."""
    learner = svm_learner(model, opts)
    svm = learner.svm

    def norms(X, Kx):  # the bounds need ||P phi(x)||: k(x, x) and the kernel columns, not the test Gram
        from .stability import test_norms
        return test_norms(model, X, Kx)

    return certify_points(model, X_test, opts, budget, learner, certify_radius, certify_budget,
                          scale=lambda q: float(tie_scale(q, svm.C, svm.n_classes)),
                          test_norms=None if model.kernel_ is None else norms)


# -- the stages ------------------------------------------------------------------------------------

def bounds_floor(learner: SvmLearner, point: Point, ev: Evidence, spec: MarginSpec, target,
                 moves: np.ndarray) -> int:
    """L such that no labelling with at most L flips reaches ``margin <= tau_milp`` (0 when the
    bounds are off): the better of the stability and the ball bound. ``moves``: the margin's
    relabellings (:func:`~optcert.svm.margins.margin_moves`)."""
    if point.test_norm is None or learner.blocks is None:
        return 0
    svm = learner.svm
    weights = ball_weights(point.q, svm.gram_diag, point.test_norm, svm.C, svm.y_index, svm.n_classes,
                           spec.coef, moves, factors=learner.flip_factors)
    # the bounds are about the exact optimum: the margin of the duals they read, with their distance
    gap = svm.margin(point.q, spec.coef) - point.tau_milp - float(svm.margin_slack(point.test_norm))
    L = max(stability_lower_bound(learner.blocks, point.test_norm, spec.coef, gap),
            ball_lower_bound(weights, gap))
    ev.info["stability_lower"] = min(ev.info.get("stability_lower", L), L)
    return L


def greedy_stage(learner: SvmLearner, point: Point, ev: Evidence, opts: MilpOptions, spec: MarginSpec,
                 max_flips: int) -> np.ndarray | None:
    """The greedy retraining attack (:func:`~optcert.svm.attacks.greedy_attack`) of at most
    ``max_flips`` flips, shortened by warm re-solves, flip drops and swaps
    (:func:`~optcert.svm.attacks.resolve_attack`), replayed into ``ev``; its labelling (the
    radius model's MIP start), or None (off, or no crossing found). A smaller attack lowers the
    radius model's cap, which makes every solve after it easier."""
    svm = learner.svm

    def flips(labels: np.ndarray | None) -> int | None:
        return None if labels is None else int(np.count_nonzero(labels != svm.y_index))

    def attack() -> np.ndarray | None:
        found = greedy_attack(svm, point.q, spec, max_flips=max_flips, n_candidates=opts.n_candidates)
        # started from an attack, the re-solves only ever shorten it (None only without one)
        best = resolve_attack(svm, point.q, spec, start=found, max_flips=max_flips,
                              n_candidates=opts.n_candidates,
                              deadline=math.inf if point.deadline is None else point.deadline)
        ev.info["greedy_flips"], ev.info["resolve_flips"] = flips(found), flips(best)
        return best

    return attack_stage(learner.model, point, ev, opts, max_flips, attack)


def search_stage(learner: SvmLearner, point: Point, ev: Evidence, opts: MilpOptions, spec: MarginSpec,
                 moves: np.ndarray, floor: int, limit: int) -> int:
    """Raise ``floor`` (no attack below it) by the flip-set search up to ``limit`` flips (and
    below the best attack in hand), at most ``opts.search_nodes`` retrainings.

    Sound like a replay: every node is retrained to the learner's tolerance, pruning uses the
    sound bounds only, and a labelling reaching ``tau_milp`` is replayed
    (:func:`~optcert.certify.milp.replay_labelling`); if that replay fails (a near-tie) the floor
    stops at its size.
    """
    top = int(min(limit, ev.best_k - 1))  # best_k is a flip count or inf
    if opts.search_nodes <= 0 or floor > top:
        return floor
    svm = learner.svm
    search = FlipSearch(svm.gram, svm.C, svm.c_star, svm.y_index, svm.n_classes, point.q, spec.coef,
                        {k: svm.block_alpha(k) for k in spec.coef}, moves,
                        tau=point.tau_milp + float(svm.margin_slack(point.test_norm or 0.0)),
                        kkt_tol=svm.kkt_tol, test_norm=point.test_norm)
    res = search.run(floor, top, max_nodes=opts.search_nodes, deadline=point.deadline)
    ev.info["search_nodes"] = ev.info.get("search_nodes", 0) + res.nodes
    if res.crossing is not None:
        replay_labelling(learner.model, point, ev, res.crossing)
    ev.info["searched_floor"] = res.floor
    return res.floor


def build_model(learner: SvmLearner, point: Point, ev: Evidence, opts: MilpOptions, spec: MarginSpec,
                question: str, budget: int | None, target, *, max_flips: int | None = None,
                min_flips: int | None = None, note: str = ""):
    """The SVM label-flip MILP of one target (``flips <= max_flips``, ``flips >= min_flips``
    when given), written to ``opts.export`` when set."""
    from ..formulations.svm_label_flip import build_svm_label_flip

    svm = learner.svm
    m = build_svm_label_flip(svm.gram, svm.C, svm.y_index, svm.n_classes, point.q, spec, question=question,
                             budget=budget, tau=point.tau_milp, complementarity=opts.complementarity,
                             linearization=opts.linearization, bounds=learner.bounds,
                             max_flips=max_flips, min_flips=min_flips,
                             valid_inequalities=opts.valid_inequalities,
                             alphas={k: svm.block_alpha(k) for k in spec.coef}, test_norm=point.test_norm)
    if opts.export is not None:
        export_model(m, point, ev, opts, question, target, note)
    return m


def set_start(learner: SvmLearner, point: Point, opts: MilpOptions, m, spec: MarginSpec,
              labels: np.ndarray | None, alphas: dict | None = None) -> bool:
    """MIP start at ``labels`` (class indices) with the duals ``alphas`` (None: retrained from
    zero); False when ``warm_start`` is off or there are no labels."""
    from ..formulations.svm_label_flip import set_labelling

    if not opts.warm_start or labels is None:
        return False
    if alphas is None:
        _, alphas = retrained_margin(learner.svm, labels, point.q, spec.coef)
    set_labelling(m, labels, alphas)
    return True


def _moves(learner: SvmLearner, spec: MarginSpec) -> np.ndarray:
    return margin_moves(learner.svm.y_index, learner.svm.n_classes, spec.coef)


# -- question (b): the radius ------------------------------------------------------------------------

def certify_radius(learner: SvmLearner, point: Point, opts: MilpOptions) -> Certificate:
    """Question (b): ``lower <= R <= upper``, per target the bounds, the greedy attack, the
    search and, while undecided, the radius model with the floor as a cut."""
    ev = Evidence.of(point)
    N = learner.svm.gram.shape[0]

    def target_rho(target, spec: MarginSpec) -> float:
        moves = _moves(learner, spec)
        floor = bounds_floor(learner, point, ev, spec, target, moves) + 1  # rho_t >= floor, polynomially
        if floor >= ev.best_k:  # this target cannot beat the attack in hand
            return floor
        y_h = greedy_stage(learner, point, ev, opts, spec, N)
        floor = search_stage(learner, point, ev, opts, spec, moves, floor, N)
        if floor >= ev.best_k or point.time_left() <= 0:
            return min(floor, ev.best_k)
        # Only "is there an attack with fewer than best_k flips?" matters: with the cap the
        # model is infeasible exactly when there is none (rho >= best_k). Sound: every
        # labelling with fewer flips stays feasible, so the bound on min(rho, best_k) holds.
        # Ascending caps ask "flips <= floor" first and lift the floor on each infeasible
        # answer: every model's cap-dependent inequalities are those of the tightest cap.
        while True:
            capped = opts.radius_budget and math.isfinite(ev.best_k)
            cap = (int(min(floor, ev.best_k - 1)) if opts.ascending_caps else int(ev.best_k) - 1) \
                if capped else None
            rho = target_model_rho(target, spec, y_h, floor, cap)
            if cap is None or rho <= cap or point.time_left() <= 0:
                return rho
            floor = cap + 1  # infeasible: no attack of at most cap flips
            if floor >= ev.best_k:
                return floor

    def target_model_rho(target, spec: MarginSpec, y_h, floor: int, cap: int | None) -> float:
        # The cut flips >= floor, but never floor = cap: HiGHS is much slower on "flips == cap"
        # than without the cut, and faster with floor <= cap - 1 (benchmarks/RESULTS.md).
        cut = floor if cap is None else min(floor, cap - 1)
        m = build_model(learner, point, ev, opts, spec, "radius", None, target, max_flips=cap,
                        min_flips=cut if cut > 1 else None)
        # the attack as MIP start, but not under the cap: the capped model excludes it
        start = partial(set_start, learner, point, opts, m, spec, y_h) if y_h is not None and cap is None \
            else (lambda: False)
        return radius_solves(m, learner.model, point, ev, opts, floor, capped=cap is not None, start=start)

    return radius_question(point, ev, target_rho, partial(settle, build_model, learner, point, ev, opts,
                                                          "radius", None))


# -- question (a): the worst margin at budget r ------------------------------------------------------

def certify_budget(learner: SvmLearner, point: Point, opts: MilpOptions, r: int) -> Certificate:
    """Question (a): certified at ``r`` (``lower = r``), broken by a replayed attack of at most r
    flips (``upper < r``), or undecided (``lower = 0``)."""
    ev = Evidence.of(point)

    def target_verdict(target, spec: MarginSpec) -> bool | None:
        moves = _moves(learner, spec)
        safe = bounds_floor(learner, point, ev, spec, target, moves)
        if safe >= r:  # no attack of r flips against this target
            return True
        greedy_stage(learner, point, ev, opts, spec, r)
        if ev.best_k <= r:
            return None
        if search_stage(learner, point, ev, opts, spec, moves, safe + 1, r) > r:
            return True  # every labelling of at most r flips retrained or pruned: none crosses
        if ev.best_k <= r:
            return None
        if point.time_left() <= 0:
            return False
        m = build_model(learner, point, ev, opts, spec, "margin", r, target)
        clean = {k: learner.svm.block_alpha(k) for k in spec.coef}
        warm = set_start(learner, point, opts, m, spec, learner.svm.y_index, clean)
        return margin_verdict(m, learner.model, point, ev, opts, warm)

    return budget_question(point, ev, r, target_verdict, partial(settle, build_model, learner, point, ev, opts,
                                                                 "margin", r))
