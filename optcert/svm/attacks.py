"""Attacks on the SVM at any C: labellings that certify/ replays before they become upper bounds.

An attack here is a labelling (class indices, one per training point), never a certificate:

* :func:`ordered_attack` -- the label-linear order of the flips, every candidate checked by a
  ``replay`` callable the caller supplies (the certifiers pass the learner's own retraining);
* :func:`greedy_attack` -- greedy flips, each step the candidate whose retraining
  (:func:`retrained_margin`) lowers the margin most; the caller replays the labelling it returns.
  :func:`greedy_labelling` is the same walk over any retraining (certify/ uses it for kernel ridge).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..exact.label_linear import best_moves, margin_gains
from ..exceptions import InvalidInputError
from ..results import INF
from .dual import solve_svm_dual
from .margins import MarginSpec, TrainedSVM, block_signs, margin_spec

#: greedy attack: flips evaluated by retraining per step (the best label-linear gains)
N_CANDIDATES = 8
#: warm_retrain: the active-set re-solve up to this many training points; above it the dual is
#: re-solved by coordinate descent from the active set, where the active-set rounds fail at
#: large N (experiments/RESULTS.md, Fashion-MNIST at N = 10 000)
ACTIVE_SET_MAX_N = 2000
#: ordered attack with a screen: replays of the labellings from the screen's answer on
SCREEN_REPLAYS = 3


def ordered_attack(q: np.ndarray, y_index: np.ndarray, n_classes: int, pred: int,
                   scores: np.ndarray | None, replay: Callable[[np.ndarray], bool], *,
                   max_refits: int = 40, max_targets: int = 2,
                   screen: Callable[[np.ndarray, int | None], bool] | None = None,
                   floor: int = 0) -> np.ndarray | None:
    """A labelling along the label-linear order of the flips that ``replay`` accepts, or None.

    For each target (binary: the other class) the points are ranked by their label-linear gain
    against the margin (``q``: the test column); the k best are relabelled, k found by doubling
    then bisection, every candidate labelling checked by ``replay`` (True: the prediction
    changes), at most ``max_refits`` per target. Above C* the margin need not fall monotonically
    in k, so the result is an upper bound only. Multiclass: the ``max_targets`` classes closest
    to the prediction in ``scores`` (the clean scores of the test point). Returns the labelling
    with the fewest flips found.

    ``screen(labels, target)``: a cheap stand-in for ``replay`` (e.g. warm re-solves of the two
    blocks of the margin). With it the doubling and bisection run on the screen, and only the
    labelling they end on is replayed (then the next ones along the order, doubling, while the
    replay refuses them, ``SCREEN_REPLAYS`` replays in all): a few retrainings of the learner per
    target instead of one per step, and every labelling returned is still one ``replay`` accepted.
    ``floor``: with a screen, its doubling starts at ``floor + 1`` flips (a proven lower bound on
    the radius: fewer cannot work).
    """
    y_index = np.asarray(y_index)
    K = n_classes
    best: tuple[int, np.ndarray] | None = None
    targets: list[int | None]
    if K == 2:
        targets = [None]
    else:
        if scores is None:
            raise InvalidInputError("a multiclass attack needs the clean scores of the test point")
        gaps = scores[pred] - scores
        targets = [int(t) for t in np.argsort(gaps, kind="stable") if t != pred]
        targets = targets[:max_targets]
    for target in targets:
        coef = margin_spec(K, pred, target).coef
        new = best_moves(q, y_index, K, pred, target)
        gain = margin_gains(q, y_index, new, coef)
        order = np.argsort(-gain, kind="stable")
        order = order[gain[order] > 0]
        limit = order.size if best is None else min(order.size, best[0] - 1)
        if screen is None:
            found = _fewest_along(order, new, y_index, replay, limit, max_refits)
        else:
            found = _screened_fewest_along(order, new, y_index, replay, limit, max_refits,
                                           lambda labels, t=target: screen(labels, t), floor)
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    return None if best is None else best[1]


def _fewest_along(order, new, y_index, replay, limit: int, max_refits: int, floor: int = 0):
    """``(k, labelling)``: the fewest of the first points of ``order`` moved to ``new`` that
    ``replay`` accepts, at most ``limit``, by doubling from ``floor + 1`` (fewer flips known
    not to work) then bisection; None if none found."""
    refits = 0

    def works(k):
        nonlocal refits
        refits += 1
        idx = np.sort(order[:k])
        labels = y_index.copy()
        labels[idx] = new[idx]
        return (k, labels) if replay(labels) else None

    lo, hi, found = floor, floor + 1, None  # no attack known at lo flips
    while hi <= limit and refits < max_refits:
        found = works(hi)
        if found is not None:
            break
        lo, hi = hi, 2 * hi
    if found is None and limit > lo and refits < max_refits:
        hi = limit
        found = works(hi)
    if found is None:
        return None
    while hi - lo > 1 and refits < max_refits:
        mid = (lo + hi) // 2
        attack = works(mid)
        if attack is not None:
            hi, found = mid, attack
        else:
            lo = mid
    return found


def _screened_fewest_along(order, new, y_index, replay, limit: int, max_refits: int, screen,
                           floor: int = 0):
    """:func:`_fewest_along` on ``screen``, then ``replay`` on its answer: ``(k, labelling)`` of
    the first k (from the screen's, doubling) that ``replay`` accepts, at most ``SCREEN_REPLAYS``
    replays and ``limit`` flips; None if none is accepted."""
    found = _fewest_along(order, new, y_index, screen, limit, max_refits, floor)
    if found is None:
        return None
    k = found[0]
    for _ in range(SCREEN_REPLAYS):
        idx = np.sort(order[:k])
        labels = y_index.copy()
        labels[idx] = new[idx]
        if replay(labels):
            return k, labels
        if k >= limit:
            return None
        k = min(2 * k, limit)
    return None


def retrained_margin(svm: TrainedSVM, labels: np.ndarray, q: np.ndarray, coef: dict,
                     warm: "dict | WarmState | None" = None) -> tuple[float, dict]:
    """``(sum_k coef[k] F_k(x), {k: alpha_k})`` after retraining the blocks of ``coef`` on
    ``labels`` (class indices) to the model's KKT tolerance; ``warm``: {block: dual} to start
    each block from (None: from zero), or a :class:`WarmState` (its duals, and its scores
    updated at the changed labels: no product with all of Q; a screen, replayed anyway)."""
    total, alphas = 0.0, {}
    for k, c in coef.items():
        signs = block_signs(labels, svm.n_classes, k)
        if isinstance(warm, WarmState):
            scores = _scores_after(svm, warm, k, signs)
            a = solve_svm_dual(svm.gram, signs, svm.C, kkt_tol=svm.kkt_tol, c_star=svm.c_star,
                               warm_start=warm.alpha[k], warm_scores=scores,
                               final_product=scores is None).alpha
        else:
            a = solve_svm_dual(svm.gram, signs, svm.C, kkt_tol=svm.kkt_tol, c_star=svm.c_star,
                               warm_start=None if warm is None else warm.get(k)).alpha
        alphas[k] = a
        total += c * float(q @ (signs * a))
    return total, alphas


def greedy_attack(svm: TrainedSVM, q: np.ndarray, spec: MarginSpec, *, max_flips: int,
                  n_candidates: int = N_CANDIDATES) -> np.ndarray | None:
    """A labelling of at most ``max_flips`` flips whose retrained SVM crosses ``spec``, or None.

    :func:`greedy_labelling` with the SVM's own retraining (:func:`retrained_margin`), each
    candidate started from the duals of the labelling before it (the clean duals first).
    """
    def retrain(labels, warm):
        return retrained_margin(svm, labels, q, spec.coef, warm)

    warm = {k: svm.block_alpha(k) for k in spec.coef}
    return greedy_labelling(retrain, q, svm.y_index, svm.n_classes, spec, max_flips=max_flips,
                            n_candidates=n_candidates, warm=warm)


def greedy_labelling(retrain: Callable[[np.ndarray, object], tuple[float, object]], q: np.ndarray,
                     y_index: np.ndarray, n_classes: int, spec: MarginSpec, *, max_flips: int,
                     n_candidates: int = N_CANDIDATES, warm: object = None) -> np.ndarray | None:
    """Greedy flips guided by label-linear gains, each step chosen by real retraining.

    ``retrain(labels, warm) -> (margin, state)``: the margin ``sum_k coef[k] F_k(x)`` of the
    learner retrained on ``labels`` (class indices); a non-empty ``state`` is passed as ``warm``
    to the next retrainings. Each step moves one new point to its most damaging relabelling
    (:func:`~optcert.exact.label_linear.best_moves`), chosen among the ``n_candidates`` largest
    label-linear gains as the one whose retrained margin is lowest. The margin has crossed when
    it is ``< 0``, or ``== 0`` where the tie goes to the target (``spec.prediction`` and
    ``spec.target`` say which). After crossing, flips that are not needed are dropped, last
    first. None when no candidate gains or ``max_flips`` steps do not cross: the greedy walk
    is an upper bound only (above C* the margin need not fall with the label-linear gains).
    """
    if spec.prediction is None or (n_classes > 2 and spec.target is None):
        raise InvalidInputError("the greedy attack needs the margin's prediction and target (margin_spec)")
    y_index = np.asarray(y_index)
    crossed = crossed_margin(spec, n_classes)
    walk = _greedy_walk(retrain, q, y_index, n_classes, spec, max_flips, n_candidates, warm, crossed)
    if walk is None:
        return None
    y, touched, warm = walk
    for i in np.flatnonzero(touched)[::-1]:  # drop flips that are not needed
        y2 = y.copy()
        y2[i] = y_index[i]
        mg, _ = retrain(y2, warm)
        if crossed(mg):
            y = y2
    return y


class WarmState(dict):
    """{block: active set} of a re-solved labelling (what :func:`warm_retrain` returns and
    starts from), with each block's ``signs``, duals ``alpha`` and training scores ``f``: a
    block whose labels did not change is the same problem, and a changed one starts from its
    duals and updates its scores at the changed points only."""

    def __init__(self, partitions: dict, signs: dict | None = None, alpha: dict | None = None,
                 f: dict | None = None):
        super().__init__(partitions)
        self.signs, self.alpha, self.f = signs or {}, alpha or {}, f or {}


def _scores_after(svm: TrainedSVM, warm: WarmState, k: int, signs: np.ndarray) -> np.ndarray | None:
    """``Q (signs * alpha)`` for ``warm``'s duals of block ``k`` under new ``signs``: its scores
    updated at the points whose sign changed (None where ``warm`` holds none)."""
    f = warm.f.get(k)
    if f is None:
        return None
    a, old = warm.alpha[k], warm.signs[k]
    moved = np.flatnonzero(signs != old)
    return f + ((signs[moved] - old[moved]) * a[moved]) @ svm.gram[moved]


def warm_retrain(svm: TrainedSVM, q: np.ndarray, coef: dict) -> Callable:
    """``retrain(labels, warm) -> (margin, state)`` for :func:`greedy_labelling` and
    :func:`drop_flips`: each block re-solved by the active-set method of
    :func:`~optcert.svm.resolve.resolve_from_partition` from ``warm`` ({block: partition}, the
    labelling it came from), falling back to :func:`~optcert.svm.dual.solve_svm_dual` started
    from that labelling's duals (a :class:`WarmState`) or its active set (0, C, C/2 where free).
    Above ``ACTIVE_SET_MAX_N`` training points only the fallback runs. A block whose labels
    ``warm`` shares is the same problem and is not re-solved. Every solution meets the model's KKT tolerance; certify/
    replays the labelling anyway."""
    from .resolve import partition_of, resolve_from_partition

    active_set = svm.y_index.size <= ACTIVE_SET_MAX_N

    def retrain(labels, warm):
        total, parts, signs_of, alpha_of, f_of = 0.0, {}, {}, {}, {}
        for k, c in coef.items():
            signs = block_signs(labels, svm.n_classes, k)
            part = None if warm is None else warm.get(k)
            known = getattr(warm, "alpha", {}).get(k)
            f = None
            if known is not None and np.array_equal(signs, warm.signs[k]):
                a, parts[k], f = known, part, warm.f.get(k)  # the same problem: its solution
            else:
                out = None if part is None or not active_set else \
                    resolve_from_partition(svm.gram, signs, svm.C, part, kkt_tol=svm.kkt_tol)
                if out is None or isinstance(out, str):
                    start = known if known is not None else \
                        None if part is None else np.choose(part, [0.0, 0.5 * svm.C, svm.C])
                    scores = None if known is None else _scores_after(svm, warm, k, signs)
                    sol = solve_svm_dual(svm.gram, signs, svm.C, kkt_tol=svm.kkt_tol, c_star=svm.c_star,
                                         warm_start=start, warm_scores=scores,
                                         final_product=scores is None)
                    a, f = sol.alpha, sol.scores
                    parts[k] = partition_of(a, svm.C)
                else:
                    a, f, parts[k] = out
            signs_of[k], alpha_of[k] = signs, a
            if f is not None:
                f_of[k] = f
            total += c * float(q @ (signs * a))
        return total, WarmState(parts, signs_of, alpha_of, f_of)
    return retrain


def clean_partitions(svm: TrainedSVM, coef: dict) -> WarmState:
    """The clean labelling's :class:`WarmState`: the ``warm`` of the first :func:`warm_retrain`."""
    from .resolve import partition_of

    signs = {k: block_signs(svm.y_index, svm.n_classes, k) for k in coef}
    alpha = {k: np.asarray(svm.block_alpha(k), dtype=float) for k in coef}
    return WarmState({k: partition_of(alpha[k], svm.C) for k in coef}, signs, alpha,
                     {k: svm.gram @ (signs[k] * alpha[k]) for k in coef})


def crossed_margin(spec: MarginSpec, n_classes: int) -> Callable[[float], bool]:
    """``crossed(margin)``: the prediction changes (``< 0``, or ``== 0`` where the argmax tie
    goes to the target: binary class 0, multiclass the smaller class index)."""
    pred, target = _prediction(spec), spec.target
    strict_tie = pred == 0 if n_classes == 2 else (target is not None and target > pred)
    return lambda mg: mg < 0 or (mg == 0 and not strict_tie)


def _prediction(spec: MarginSpec) -> int:
    if spec.prediction is None:
        raise InvalidInputError("the re-solve attacks need the margin's prediction (margin_spec)")
    return int(spec.prediction)


def drop_flips(retrain: Callable, y_index: np.ndarray, labels: np.ndarray, crossed: Callable,
               order: np.ndarray | None = None, *, deadline: float = INF,
               warm: object = None) -> np.ndarray:
    """Local search on an attack: undo one flip of ``labels`` at a time (in ``order``, default
    by index), re-solve, and keep the undo while ``crossed(margin)``; repeated until a full pass
    keeps nothing or ``time.perf_counter()`` passes ``deadline``. Returns a labelling with no
    more flips than ``labels`` (an upper bound only after certify/ replays it)."""
    import time

    y = np.asarray(labels).copy()
    y_index = np.asarray(y_index)
    state = warm
    changed = True
    while changed:
        changed = False
        flips = np.flatnonzero(y != y_index)
        if order is not None:
            rank = np.empty(y.size, dtype=np.int64)
            rank[np.asarray(order)] = np.arange(len(order))
            flips = flips[np.argsort(rank[flips], kind="stable")]
        for i in flips:
            if time.perf_counter() > deadline or np.count_nonzero(y != y_index) <= 1:
                return y
            y2 = y.copy()
            y2[i] = y_index[i]
            mg, st = retrain(y2, state)
            if crossed(mg):
                y, state, changed = y2, st or state, True
    return y


def resolve_attack(svm: TrainedSVM, q: np.ndarray, spec: MarginSpec, *, start: np.ndarray | None = None,
                   max_flips: int = 10**9, n_candidates: int = N_CANDIDATES,
                   deadline: float = INF, swaps: bool = True) -> np.ndarray | None:
    """The least attack found by warm re-solves before ``deadline`` (a ``time.perf_counter()``
    value): the greedy walk of :func:`greedy_labelling` over :func:`warm_retrain`, stopped at the
    flip count of ``start`` (an attack known already, e.g. :func:`ordered_attack`'s), then
    :func:`drop_flips` on the smaller of the two, undoing the flips of least label-linear gain
    first, then (``swaps``) :func:`swap_flips`. None if neither crosses. An upper bound only after certify/ replays it."""
    import time

    retrain = warm_retrain(svm, q, spec.coef)
    warm0 = clean_partitions(svm, spec.coef)
    crossed = crossed_margin(spec, svm.n_classes)
    y_index = np.asarray(svm.y_index)
    best = None if start is None else np.asarray(start).copy()
    cap = max_flips if best is None else min(max_flips, int(np.count_nonzero(best != y_index)) - 1)
    if cap > 0 and time.perf_counter() < deadline:
        walk = _greedy_walk(retrain, q, y_index, svm.n_classes, spec, cap, n_candidates, warm0,
                            crossed, deadline, svm)
        if walk is not None:
            best = walk[0]
    if best is None:
        return None
    new = best_moves(q, y_index, svm.n_classes, _prediction(spec), spec.target)
    gain = margin_gains(q, y_index, new, spec.coef)
    best = drop_flips(retrain, y_index, best, crossed, np.argsort(gain, kind="stable"),
                      deadline=deadline, warm=warm0)
    if swaps:
        best = swap_flips(svm, q, spec, retrain, best, crossed, deadline=deadline, warm=warm0,
                          n_candidates=n_candidates)
    return best


def swap_flips(svm: TrainedSVM, q: np.ndarray, spec: MarginSpec, retrain: Callable, labels: np.ndarray,
               crossed: Callable, *, deadline: float = INF, warm: object = None, n_weak: int = 6,
               n_candidates: int = N_CANDIDATES) -> np.ndarray:
    """Local search "two out, one in" on an attack: undo two of its ``n_weak`` weakest flips
    (those whose single undo leaves the lowest margin) and move one new point (the largest
    :func:`bound_flip_drops` and label-linear gains), kept when the re-solved margin still
    crosses; repeated until no pair helps or ``deadline``. Each step has one flip fewer."""
    import itertools
    import time

    y_index = np.asarray(svm.y_index)
    new = best_moves(q, y_index, svm.n_classes, _prediction(spec), spec.target)
    y = np.asarray(labels).copy()
    _, state = retrain(y, warm)
    while time.perf_counter() < deadline:
        flips = np.flatnonzero(y != y_index)
        if flips.size < 2:
            break
        undo = []
        for i in flips:
            if time.perf_counter() > deadline:
                return y
            y2 = y.copy()
            y2[i] = y_index[i]
            undo.append((retrain(y2, state)[0], i))
        weak = [i for _, i in sorted(undo, key=lambda t: t[0])[:n_weak]]
        improved = False
        for a, b in itertools.combinations(weak, 2):
            if time.perf_counter() > deadline:
                return y
            y2 = y.copy()
            y2[[a, b]] = y_index[[a, b]]
            _, st2 = retrain(y2, state)
            free = (y2 == y_index) & (new >= 0)
            free[[a, b]] = False
            gain = np.where(free, margin_gains(q, y2, np.where(new >= 0, new, y2), spec.coef), -INF)
            drop = np.where(free, bound_flip_drops(svm, q, spec.coef, y2, new, st2 or state), -INF)
            cand = list(dict.fromkeys([int(i) for i in np.argsort(-drop, kind="stable")[:n_candidates]
                                       if drop[i] > 0] +
                                      [int(i) for i in np.argsort(-gain, kind="stable")[:n_candidates]
                                       if gain[i] > 0]))
            for j in cand:
                y3 = y2.copy()
                y3[j] = new[j]
                mg, st3 = retrain(y3, st2 or state)
                if crossed(mg):
                    y, state, improved = y3, st3 or state, True
                    break
            if improved:
                break
        if not improved:
            break
    return y


def _greedy_walk(retrain, q, y_index, n_classes, spec, max_flips, n_candidates, warm, crossed,
                 deadline=INF, svm=None):
    """The greedy walk of :func:`greedy_labelling` (stopped at ``deadline``; with ``svm`` the
    candidates also include the largest :func:`bound_flip_drops`): ``(labels, touched, warm)``
    once ``crossed``, None when a step finds no candidate or the walk ends uncrossed."""
    import time

    y = y_index.copy()
    touched = np.zeros(y.size, dtype=bool)
    margin, _ = retrain(y, warm)
    new = best_moves(q, y_index, n_classes, spec.prediction, spec.target)
    for _ in range(max_flips):
        if crossed(margin) or time.perf_counter() > deadline:
            break
        gain = margin_gains(q, y, new, spec.coef)
        gain[touched] = -INF
        cand = [i for i in np.argsort(-gain, kind="stable")[:n_candidates] if gain[i] > 0]
        if svm is not None and warm:
            drop = bound_flip_drops(svm, q, spec.coef, y, new, warm)
            drop[touched] = -INF
            cand += [i for i in np.argsort(-drop, kind="stable")[:n_candidates]
                     if drop[i] > 0 and i not in cand]
        if not cand:
            return None
        trials = []
        for i in cand:
            y2 = y.copy()
            y2[i] = new[i]
            trials.append((*retrain(y2, warm), i))
        margin, state, i = min(trials, key=lambda t: t[0])  # the first of equal margins
        y[i] = new[i]
        touched[i] = True
        warm = state or warm
    return (y, touched, warm) if crossed(margin) else None


def bound_flip_drops(svm: TrainedSVM, q: np.ndarray, coef: dict, labels: np.ndarray, new: np.ndarray,
                     partitions: dict) -> np.ndarray:
    """Per point, the first-order fall of the margin when it moves to ``new`` with the active
    set ``partitions`` held: a point at ``a_i = C`` changes ``beta_i`` by ``C (s'_i - s_i)``, the
    free points absorb it (``y_j f_j = 1`` kept), so the margin moves by
    ``coef * dbeta_i * (q_i - q_F^T Q_FF^{-1} Q_Fi)``. Other points: 0. A ranking only."""
    out = np.zeros(labels.size)
    mv = new >= 0
    for k, c in coef.items():
        part = partitions[k]
        s_old = block_signs(labels, svm.n_classes, k)
        s_new = np.where(mv, block_signs(np.where(mv, new, labels), svm.n_classes, k), s_old)
        F = np.flatnonzero(part == 1)
        qt = np.asarray(q, dtype=float).copy()
        if F.size:
            try:
                w = np.linalg.solve(svm.gram[np.ix_(F, F)], q[F])
                qt -= svm.gram[:, F] @ w
            except np.linalg.LinAlgError:
                pass
        dbeta = np.where(part == 2, svm.C * (s_new - s_old), 0.0)
        out -= c * dbeta * qt
    return out
