"""The stability certifier: sound lower bounds on the radius of a kernel SVM at *any* C in
polynomial time, and a replayed attack as the upper bound.

Glue over :mod:`optcert.svm`: the fitted :class:`~optcert.learners.KernelSVM` is unpacked once
(:func:`trained_svm`) into the arrays the bounds work on -- the stability bound
(:mod:`optcert.svm.stability`) and the ball bound with the clean model's flip factors
(:mod:`optcert.svm.ball`) -- and the attacks (:mod:`optcert.svm.attacks`: the label-linear
order, then greedy warm re-solves and flip drops) are replayed by the learner's own retraining.
Every bound takes the test point's feature norm only as far as the training features span it
(:func:`test_norms`).
"""

from __future__ import annotations

import logging
import time
import weakref

import numpy as np

from ..svm.attacks import ordered_attack as _ordered_labelling
from ..svm.ball import ball_bounds, block_flip_factors
from ..svm.margins import TrainedSVM, exact_duals, tie_scale
from ..svm.search import SPECTRAL_MAX_N
from ..svm.span import SPAN_MAX_N, SpanNorm
from ..svm.spectral import SpectralSplit
from ..svm.stability import BlockStability, stability_lower_bound
from ..svm.stability import svm_blocks as _svm_blocks
from .intervals import reconcile
from .options import checked_options
from .replay import replay_changes_prediction

logger = logging.getLogger(__name__)


def trained_svm(model) -> TrainedSVM:
    """The arrays of a fitted :class:`~optcert.learners.KernelSVM` that :mod:`optcert.svm` needs,
    its duals re-solved where a loose ``kkt_tol`` left them short of the optimum and the distance
    kept (:func:`~optcert.svm.margins.exact_duals`: every clean margin is read with that slack)."""
    return exact_duals(TrainedSVM(model.gram_, model.encode_labels(model.y_fit_), model.n_classes_,
                                  float(model.C), model.alpha_, model.c_star_, float(model.kkt_tol)))


def span_norm(model) -> SpanNorm | None:
    """The :class:`~optcert.svm.span.SpanNorm` of a fitted model's Gram matrix, or None above
    :data:`~optcert.svm.span.SPAN_MAX_N` training points. Its factorisations cost N^3, so it is
    kept beside the model: a worker certifying chunk after chunk of one model builds it once."""
    if model.gram_.shape[0] > SPAN_MAX_N:
        return None
    span = _SPANS.get(model)
    if span is None or not span.made_from(model.gram_):
        span = _SPANS[model] = SpanNorm(model.gram_)
    return span


#: {model: its SpanNorm}, dropped with the model (not pickled with it, not kept past it)
_SPANS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def test_norms(model, X, Kx, span: SpanNorm | None = None) -> np.ndarray:
    """``||P phi(x)||`` bounded above per row of ``X`` (``Kx``: its kernel columns): the part of
    the test feature the training points span (:class:`~optcert.svm.span.SpanNorm`; ``span``:
    one built for ``model.gram_`` already), which every bound's ``<phi_x, e>`` needs; above
    :data:`~optcert.svm.span.SPAN_MAX_N` training points ``||phi(x)||`` itself."""
    if span is None or not span.made_from(model.gram_):
        span = span_norm(model)
    kxx = model.kernel_.diag(X)
    return np.sqrt(np.clip(kxx, 0.0, None)) if span is None else span.bounds(Kx, kxx)


def svm_blocks(model) -> dict[int, BlockStability]:
    """One :class:`~optcert.svm.stability.BlockStability` per SVM block of a fitted model."""
    return _svm_blocks(trained_svm(model))


def model_flip_factors(model) -> dict:
    """{block k: :func:`~optcert.svm.ball.flip_factors`} of a fitted model (binary: block 1)."""
    return block_flip_factors(trained_svm(model))


def ordered_attack(model, x_row, q: np.ndarray, pred: int, scores=None, *, max_refits: int = 40,
                   max_targets: int = 2, screen: bool = True, floor: int = 0, svm: TrainedSVM | None = None):
    """A replayed :class:`~optcert.results.Attack` along the label-linear order of the flips, or
    None (:func:`optcert.svm.attacks.ordered_attack`, the attack it returns replayed by
    :func:`~optcert.certify.replay.replay_changes_prediction`). With ``screen`` the order is
    walked on the margin's two blocks re-solved from the clean duals
    (:func:`optcert.svm.attacks.retrained_margin`)
    and only where they stop is the learner retrained: at large N a retraining of every block
    costs far more than re-solving the two blocks from the clean duals. Without it every
    candidate is replayed. ``floor``: a proven lower bound on the radius, where the screened walk
    starts; ``svm``: the model's :func:`trained_svm`, when the caller holds it."""
    from ..results import Attack
    from ..svm.attacks import clean_partitions, crossed_margin, retrained_margin
    from ..svm.margins import margin_spec
    from .replay import replay_changes_prediction

    y_index = model.encode_labels(model.y_fit_)
    label = model.classes_[pred]
    check = None
    if screen:
        svm = trained_svm(model) if svm is None else svm

        starts: dict = {}  # per target: the clean duals and scores every screened re-solve starts from

        def check(labels, target) -> bool:
            spec = margin_spec(model.n_classes_, pred, target)
            if target not in starts:
                starts[target] = clean_partitions(svm, spec.coef)
            margin, _ = retrained_margin(svm, labels, q, spec.coef, starts[target])
            return crossed_margin(spec, model.n_classes_)(margin)

    def to_attack(labels):
        idx = np.flatnonzero(labels != y_index)
        return Attack(idx, model.classes_[labels[idx]])

    def replay(labels) -> bool:
        return replay_changes_prediction(model, x_row, to_attack(labels), label)

    labels = _ordered_labelling(q, y_index, model.n_classes_, pred, scores, replay,
                                max_refits=max_refits, max_targets=max_targets, screen=check,
                                floor=floor if screen else 0)
    return None if labels is None else to_attack(labels)


#: share of a point's ``time_limit`` for the attacks; the flip-set search gets the rest
ATTACK_SHARE = 0.3


def _labels_attack(model, labels):
    from ..results import Attack

    y_index = model.encode_labels(model.y_fit_)
    idx = np.flatnonzero(labels != y_index)
    return Attack(idx, model.classes_[labels[idx]])


def search_floor(svm: TrainedSVM, q: np.ndarray, test_norm: float, pred: int, tau: float, floor: int,
                 top: int, *, deadline: float, max_nodes: int = 10**9, split=None, span=None):
    """``(rho, labelling)``: no labelling of fewer than ``rho`` flips brings any margin of the
    prediction to ``<= tau``, by the flip-set search (:class:`~optcert.svm.search.FlipSearch`,
    the LabelCert search stage) from ``floor`` up to ``top`` flips until ``deadline``; min over
    targets. ``labelling``: a crossing of ``rho`` flips it found (to replay), or None.

    Two passes: every target's root bounds first (no retraining; the blocks' falls of
    :mod:`optcert.svm.block_drop` one round per target, then more rounds for the targets that
    hold rho), then the retraining search one depth at a time over the targets that hold rho, so
    that no target's work spends the time the others need; ``max_nodes`` retrainings per target
    and depth.

    Proof: the search's floor counts the depths it completed, every node retrained to the
    model's KKT tolerance and pruned by the sound bounds only; a margin ``<= tau`` covers every
    changed prediction (``tau >= 0``), so ``R >= rho - 1``. Depths past ``top`` are not searched
    (``rho = top + 1``: the caller holds an attack of ``top + 1`` flips). ``split``: the Gram
    matrix's :class:`~optcert.svm.spectral.SpectralSplit`, shared by the model's searches; ``span``
    its :class:`~optcert.svm.span.SpanNorm` (the root's box of the dual variables needs it)."""
    from ..svm.margins import margin_moves, margin_spec
    from ..svm.search import DROP_ROUNDS, FlipSearch

    K = svm.n_classes
    # the closest targets first: they bind, and every later one searches only below their floor
    targets: list = [None]
    if K > 2:
        scores = svm.dual_coef @ q
        targets = [int(t) for t in np.argsort(scores[pred] - scores, kind="stable") if t != pred]
    drops: dict = {}  # the blocks' falls at the root, shared by the targets (block c is in every margin)

    def search_for(t):
        spec = margin_spec(K, pred, t)
        return FlipSearch(svm.gram, svm.C, svm.c_star, svm.y_index, K, q, spec.coef,
                          {k: svm.block_alpha(k) for k in spec.coef}, margin_moves(svm.y_index, K, spec.coef),
                          tau=tau, kkt_tol=svm.kkt_tol, test_norm=float(test_norm), split=split, span=span,
                          drops=drops)

    searches: list = []  # per target: its FlipSearch, or None where it was not needed yet
    floors, rho, hit = [], INF_INT, None
    for t in targets:
        if min(top, rho - 1) < floor:  # nothing to search below rho: the target holds floor
            searches.append(None)
            floors.append(floor)
            continue
        search = search_for(t)
        res = search.run(floor, min(top, rho - 1), max_nodes=0, deadline=deadline, root_rounds=1)
        searches.append(search)
        floors.append(res.floor)
        if res.floor < rho:
            rho, hit = res.floor, res.crossing
    # more rounds of the blocks' falls, breadth first, for the targets that hold rho (a target
    # not worked on yet gets its root here): the time goes where the floor binds
    for _ in range(DROP_ROUNDS - 1):
        if hit is not None or rho > top or time.perf_counter() > deadline:
            break
        for n, t in enumerate(targets):
            if floors[n] != rho or time.perf_counter() > deadline:
                continue
            fresh = searches[n] is None
            search = searches[n] = searches[n] or search_for(t)
            if fresh or search.drops_apply():
                floors[n] = max(floors[n], search.root_floor(floors[n] - 1, top, rounds=1, deadline=deadline) + 1)
        rho = min(floors)
    while hit is None and max_nodes > 0 and rho <= top and time.perf_counter() < deadline:
        for n, t in enumerate(targets):
            if floors[n] > rho:
                continue
            search = searches[n] = searches[n] or search_for(t)
            res = search.run(rho, rho, max_nodes=max_nodes, deadline=deadline, root=False)
            if res.crossing is not None or res.floor == rho:  # a crossing of rho flips, or stopped
                return (min(rho, top + 1), res.crossing)
            floors[n] = res.floor
        rho = min(floors)
    return (min(rho, top + 1), hit)


INF_INT = 2**62


def resolve_attack(model, x_row, q: np.ndarray, pred: int, scores=None, *, start=None,
                   deadline: float = float("inf"), max_targets: int = 2, svm: TrainedSVM | None = None):
    """A replayed :class:`~optcert.results.Attack` from :func:`optcert.svm.attacks.resolve_attack`
    (greedy warm re-solves, then flip drops, from ``start``: an Attack known already), the
    fewest flips over the ``max_targets`` closest targets (binary: one), or None. ``svm``: the
    model's :func:`trained_svm`, when the caller holds it."""
    from ..results import Attack
    from ..svm.attacks import resolve_attack as _resolve
    from ..svm.margins import margin_spec
    from .replay import replay_changes_prediction

    svm = trained_svm(model) if svm is None else svm
    y_index = svm.y_index
    K = svm.n_classes
    targets = [None] if K == 2 else [int(t) for t in np.argsort(scores[pred] - scores, kind="stable")
                                     if t != pred][:max_targets]
    begin = None
    if start is not None:
        begin = y_index.copy()
        begin[start.indices] = np.searchsorted(model.classes_, start.labels)
    best = None
    for t in targets:
        labels = _resolve(svm, q, margin_spec(K, pred, t), start=begin, deadline=deadline)
        if labels is None:
            continue
        idx = np.flatnonzero(labels != y_index)
        attack = Attack(idx, model.classes_[labels[idx]])
        if (best is None or attack.size < best.size) and (start is None or attack.size < start.size) and \
                replay_changes_prediction(model, x_row, attack, model.classes_[pred]):
            best = attack
    return best


@checked_options
def certify_stability(model, X_test, *, tol: float = 1e-9, witnesses: bool = True,
                      block_rows: int = 1024, time_limit: float | None = None) -> list:
    """Sound lower bounds on the radius of a kernel SVM at any C, in polynomial time: the
    better of the stability and the ball bound, per target.

    ``tau = tol * tie_scale`` (:func:`optcert.svm.margins.tie_scale`, the scale of the MILP and
    ScaLabelCert). With ``witnesses``, ``upper`` is the least replayed attack of two: the
    label-linear order (:func:`ordered_attack`), then greedy warm re-solves and flip drops
    (:func:`resolve_attack`) until ``time_limit`` seconds per point (None: until they stop);
    otherwise ``upper = inf``. ``info``: ``bound_lower`` (the polynomial bound), ``lower_from``
    ("stability" or "ball"), ``upper_from``
    ("ordered", "resolve" or None) and both attacks' sizes.

    With a ``time_limit`` the rest of the point's time (after ``ATTACK_SHARE`` of it for the
    attacks) goes to the flip-set search (:func:`search_floor`), which lifts ``lower``
    (``lower_from = "search"``) and may find an attack (``upper_from = "search"``, replayed).
    Without one (binary, up to ``SPECTRAL_MAX_N`` training points), the search's root bounds alone
    (:meth:`~optcert.svm.search.FlipSearch.root_floor`: no retraining) may lift ``lower``
    (``lower_from = "root"``; ``info["root_floor"]``, like ``searched_floor``: no attack of fewer
    flips).
    """
    from ..exceptions import InvalidInputError, UnsupportedFeatureError
    from ..learners import KernelSVM
    from ..results import INF, Certificate

    if not isinstance(model, KernelSVM):
        raise InvalidInputError(f"method='stability' needs a KernelSVM, got {type(model).__name__}")
    if model.kernel_ is None:
        raise UnsupportedFeatureError("method='stability' needs k(x, x) of the test points; with "
                                      "kernel='precomputed' use method='milp'")
    svm = trained_svm(model)
    blocks = _svm_blocks(svm)
    factors = block_flip_factors(svm)  # once, not per block of test rows
    binary = svm.n_classes == 2
    # without a time limit only the root's bounds run, where they are strong and cheap: binary,
    # with the split's test; with one, every search shares the split (one per model)
    root_pass = binary and svm.y_index.size <= SPECTRAL_MAX_N
    split = SpectralSplit(svm.gram) if root_pass or time_limit is not None else None
    span = span_norm(model)
    certs = []
    for start in range(0, X_test.shape[0], block_rows):
        t0 = time.perf_counter()
        X = X_test[start:start + block_rows]
        Kx = model.cross_kernel(X)
        norms = test_norms(model, X, Kx, span)
        scores = Kx @ model.dual_coef_.T  # = decision_function(X), kernel evaluated once
        pred = model.predict_index(scores)
        tau = tol * tie_scale(Kx, svm.C, svm.n_classes)
        # the bounds are about the exact optimum: they read the margins of the duals they work
        # from (re-solved where the model's were loose), with those duals' distance to it
        bound_scores = scores if svm.alpha is model.alpha_ else Kx @ svm.dual_coef.T
        tau_bound = tau + svm.margin_slack(norms)
        lowers = []
        for j in range(X.shape[0]):
            c = int(pred[j])
            if binary:
                s = 1.0 if c == 1 else -1.0
                margins = [({1: s}, s * bound_scores[j] - tau_bound[j])]
            else:
                margins = [({c: 1.0, t: -1.0}, bound_scores[j, c] - bound_scores[j, t] - tau_bound[j])
                           for t in range(svm.n_classes) if t != c]
            lowers.append(min(stability_lower_bound(blocks, norms[j], coef, gap) for coef, gap in margins))
        stab = np.array(lowers, dtype=float)
        ball = ball_bounds(svm, Kx, norms, bound_scores, pred, tau_bound, factors)
        lowers = np.maximum(stab, ball)
        elapsed = (time.perf_counter() - t0) / max(1, X.shape[0])
        for j, lo in enumerate(lowers):
            t1 = time.perf_counter()
            info: dict[str, object] = {"tau": float(tau[j]), "lower_from": "stability" if stab[j] >= ball[j] else "ball",
                    "bound_lower": float(lo)}
            attack, source = None, None
            if witnesses:
                deadline = INF if time_limit is None else t1 + ATTACK_SHARE * float(time_limit)
                attack = ordered_attack(model, X[j], Kx[j], int(pred[j]), scores[j],
                                        floor=int(min(lo, svm.y_index.size - 1)), svm=svm)
                source = None if attack is None else "ordered"
                info["ordered_flips"] = None if attack is None else int(attack.size)
                if attack is None or attack.size - 1 > lo:
                    better = resolve_attack(model, X[j], Kx[j], int(pred[j]), scores[j], start=attack,
                                            deadline=deadline, svm=svm)
                    info["resolve_flips"] = None if better is None else int(better.size)
                    if better is not None and (attack is None or better.size < attack.size):
                        attack, source = better, "resolve"
            # the search starts only while the point has time left: past its deadline it would
            # still build its root bounds (costly at large N) before its first check. Without a
            # time limit only its root bounds run (no retraining: max_nodes = 0), where they
            # are strong: binary, with the spectral split.
            point_end = INF if time_limit is None else t1 + float(time_limit)
            searching = time_limit is not None and time.perf_counter() < point_end
            if (searching or (time_limit is None and root_pass)) and \
                    (attack is None or attack.size - 1 > lo):
                top = svm.y_index.size if attack is None else attack.size - 1
                rho, hit = search_floor(svm, Kx[j], norms[j], int(pred[j]), float(tau_bound[j]), int(lo) + 1, top,
                                        deadline=point_end, max_nodes=10**9 if searching else 0, split=split,
                                        span=span)
                info["searched_floor" if searching else "root_floor"] = rho
                if rho - 1 > lo:
                    lo, info["lower_from"] = float(rho - 1), "search" if searching else "root"
                if hit is not None and witnesses:
                    found = _labels_attack(model, hit)
                    if replay_changes_prediction(model, X[j], found, model.classes_[int(pred[j])]) and \
                            (attack is None or found.size < attack.size):
                        attack, source = found, "search"
            info["upper_from"] = source
            upper = INF if attack is None else float(attack.size - 1)
            lo, upper = reconcile(float(lo), upper, source="stability")
            label = model.classes_[int(pred[j])]
            certs.append(Certificate(prediction=label.item() if hasattr(label, "item") else label,
                                     lower=float(lo), upper=upper, method="stability", witness=attack,
                                     runtime=elapsed + time.perf_counter() - t1, info=info))
    return certs
