"""A polynomial lower bound on the radius of the kernel SVM at *any* C (stability of the primal).

Above C* the SVM is not label-linear and SPEC section 4 does not apply; this bound needs no
solver and costs O(N log N) per flip count. It is weaker than the MILP but sound, so LabelCert
uses it to decide easy points without a model and to start every radius model at
``flips >= bound + 1`` (a valid cut: "bound tightening from a polynomial certificate").

Derivation (bias-free SVM, primal ``J_y(w) = 1/2 ||w||^2 + C sum_i max(0, 1 - y_i <w, phi_i>)``,
1-strongly convex in the RKHS norm). Let ``w`` minimise ``J_y`` and ``w'`` minimise
``J_y~`` where ``y~`` flips the points of F. Adding the two strong-convexity inequalities at the
two minimisers::

    ||w' - w||^2 <= Delta(w) - Delta(w'),   Delta(v) = J_y~(v) - J_y(v) = C sum_{i in F} psi(y_i <v, phi_i>)

with ``psi(a) = max(0, 1 + a) - max(0, 1 - a)`` increasing and 2-Lipschitz. Hence, with
``a_i = y_i f(x_i)`` the clean margins and ``n_i = sqrt(Q_ii)``:

* ``||w' - w|| <= rho_0 = 2 C sum_{i in F} n_i`` (Cauchy-Schwarz), and
* ``rho^2 <= C sum_{i in F} g_i(rho)``, ``g_i(rho) = psi(a_i) - psi(a_i - rho n_i)``, which is
  increasing in rho: iterating ``rho <- sqrt(C * top_K sum g(rho))`` from ``rho_0`` stays
  above the true ``||w' - w||`` for every F of at most K points.

A test score moves by at most ``||phi_x|| rho_K`` (one-vs-rest: a relabelling touches the blocks
of its old and new class, and ``F_c - F_t`` moves by at most ``||phi_x|| (rho^c_K + rho^t_K)``).
No attack of K flips exists while that is below ``margin - tau``.

**Ball bound** (per flip, sharper in direction). For one flip F = {i} the change of the margin
of i under its old label, ``u = y_i <d, phi_i>``, cannot be positive (the left side above is
non-negative and psi is increasing), and psi is 2-Lipschitz, so ``||d||^2 <= -2 C u``, i.e.::

    d in B(-C y_i phi_i, C n_i)      (centre: half the label-linear move; radius C n_i)

The ball does not depend on the model the flip starts from. Flipping F one point at a time,
every intermediate model optimal for its labels, the total move lies in the Minkowski sum of
the balls of F, so the score ``s f(x)`` falls by at most ``sum_{i in F} w_i`` with
``w_i = C (s y_i k(x_i, x) + n_i ||phi_x||)``: a sorting bound at any C (one-vs-rest: the balls
of the two blocks a relabelling touches). :func:`ball_weights` gives the weights; the flip-set
search of :mod:`optcert.certify.flipsearch` prunes with them from every retrained node.

**Flip factors** (flips made together from one known optimum ``w = C sum_j a_j y_j phi_j``,
``a_j = alpha_j / C``). Keep the hinge's Bregman terms in the strong-convexity inequality of
``J_y`` at w (each ``>= 0``); for i in F they cancel against ``J_y~ - J_y`` up to
``max(0, 1 + m_i) - max(0, 1 + m'_i) + a_i (m_i - m'_i) <= c_i (m_i - m'_i)`` with
``c_i = sigma_i + a_i`` (``sigma_i`` a subgradient of ``max(0, 1 + .)`` at the margin ``m_i``,
convexity), and ``m_i - m'_i = -y_i <d, phi_i>``. So ``||d||^2 <= -C <d, v>``,
``v = sum_{i in F} c_i y_i phi_i``: ``d`` lies in ``B(-C v / 2, C ||v|| / 2)`` and the score
falls by at most ``sum_{i in F} (c_i / 2) w_i``. ``c_i = 1`` when ``m_i > 1`` (``a_i = 0``) or
``m_i < -1`` (``sigma_i = 0``), else ``c_i <= 2``: a flip of a point outside the margin band
moves the SVM half as far as the ball allows. :func:`flip_factors` gives ``c_i / 2``, with the
margins' distance to the optimum's (duality gap) as slack; the stability method applies them
at the clean model, the search at every node.
"""

from __future__ import annotations

import logging
import time

import numpy as np

from . import compiled

logger = logging.getLogger(__name__)

_SAFETY = 1e-9  # relative slack on every rho (floating-point rounding, not mathematics)
_ITERATIONS = 60
_SET_SEARCH_ENTRIES = 4_000_000  # the set search's per-row top table (32 MB); past it, no set search


def _psi(a: np.ndarray) -> np.ndarray:
    return a + np.clip(a, -1.0, 1.0)


class BlockStability:
    """``rho_K``: a bound on ``||w' - w||`` of one SVM block over all flip sets of size <= K.

    Parameters
    ----------
    gram_diag : (N,) ``Q_ii``.
    C : box bound.
    margins : (N,) clean training margins ``a_i = y~_i f(x_i)`` of this block.
    """

    def __init__(self, gram_diag: np.ndarray, C: float, margins: np.ndarray):
        self.norms = np.sqrt(np.clip(np.asarray(gram_diag, dtype=float), 0.0, None))
        self.C = float(C)
        self.margins = np.asarray(margins, dtype=float)
        self._psi_a = _psi(self.margins)
        self._cs = 2.0 * self.C * np.cumsum(np.sort(self.norms)[::-1])
        self._cache: dict[int, float] = {}

    @property
    def n(self) -> int:
        return self.norms.size

    def rho(self, k: int) -> float:
        """The refined bound for at most ``k`` flips (0 for k = 0), cached."""
        k = int(min(max(k, 0), self.n))
        if k == 0:
            return 0.0
        if k not in self._cache:
            rho = self._cs[k - 1]
            for _ in range(_ITERATIONS):
                g = self._psi_a - _psi(self.margins - rho * self.norms)
                top = np.partition(g, self.n - k)[self.n - k:] if k < self.n else g
                new = float(np.sqrt(self.C * max(top.sum(), 0.0)))
                if new >= rho * (1 - 1e-12):
                    rho = min(rho, new)
                    break
                rho = new
            self._cache[k] = rho * (1 + _SAFETY)
        return self._cache[k]


def max_safe_flips(move, gap: float, n: int) -> int:
    """Largest ``K`` in ``[0, n]`` with ``move(K) < gap`` (``move`` non-decreasing, ``move(0) = 0``).

    No attack of K flips exists while the score can move less than the gap, so the radius is
    at least the returned value (``gap <= 0`` gives 0: zero flips never change the prediction).
    """
    if gap <= 0 or move(1) >= gap:
        return 0
    lo, hi = 1, 2  # move(lo) < gap
    while hi <= n and move(hi) < gap:
        lo, hi = hi, 2 * hi
    hi = min(hi, n + 1)
    while hi - lo > 1:  # move(lo) < gap <= move(hi) (or hi = n + 1)
        mid = (lo + hi) // 2
        if move(mid) < gap:
            lo = mid
        else:
            hi = mid
    return lo


def _model_blocks(model):
    """``(k, signs, alpha, f = Q (signs * alpha))`` per SVM block of a fitted :class:`KernelSVM`
    (binary: block 1; one-vs-rest: every class)."""
    Q = model._gram()
    y_index = model.encode_labels(model.y_fit_)
    alpha = np.atleast_2d(model.alpha_)
    for k in ([1] if model.n_classes_ == 2 else range(model.n_classes_)):
        signs = np.where(y_index == k, 1.0, -1.0)
        a = alpha[0] if model.n_classes_ == 2 else alpha[k]
        yield int(k), signs, a, Q @ (signs * a)


def svm_blocks(model) -> dict[int, BlockStability]:
    """One :class:`BlockStability` per SVM block (binary: ``{1: ...}``; one-vs-rest: per class)."""
    diag = np.diag(model._gram())
    return {k: BlockStability(diag, model.C, signs * f) for k, signs, _, f in _model_blocks(model)}


def margin_moves(y_index: np.ndarray, n_classes: int, coef: dict) -> np.ndarray:
    """The relabellings that matter for the margin ``sum_k coef[k] F_k``: (N, M), -1 = none.

    Binary: the flip. One-vs-rest with ``coef`` on blocks c and t: a point of c or t moves to
    the other of the two or to one representative of "any other class" (the margin sees only
    blocks c and t, so every other class is the same move); any other point moves into c or t.
    """
    y_index = np.asarray(y_index)
    if n_classes == 2:
        return (1 - y_index)[:, None].astype(np.int64)
    c, t = (int(k) for k in coef)
    other = next(k for k in range(n_classes) if k not in (c, t))
    moves = np.empty((y_index.size, 2), dtype=np.int64)
    moves[:, 0] = np.where(y_index == c, t, c)
    moves[:, 1] = np.where((y_index == c) | (y_index == t), other, t)
    return moves


def ball_weight_blocks(q: np.ndarray, gram_diag: np.ndarray, test_norm: float, C: float,
                       y_index: np.ndarray, n_classes: int, coef: dict, moves: np.ndarray) -> dict:
    """Per SVM block k, the ball weight each move (from :func:`margin_moves`) draws from k:
    ``C (coef_k sigma_k q_i + |coef_k| n_i ||phi_x||)`` where the move touches block k, else 0
    (``sigma_k = +1`` iff the point was in class k; binary: block 1). {k: (N, M)}."""
    n = np.sqrt(np.clip(np.asarray(gram_diag, dtype=float), 0.0, None))
    y_index = np.asarray(y_index)
    out = {}
    for k, c in coef.items():
        sigma = np.where(y_index == k, 1.0, -1.0)
        w_k = C * (c * sigma * q + abs(c) * n * test_norm)
        if n_classes == 2:
            touched = np.ones(moves.shape, dtype=bool)
        else:
            touched = (y_index[:, None] == k) | (moves == k)
        out[k] = np.where(touched, w_k[:, None], 0.0)
    return out


def combine_ball_weights(blocks: dict, moves: np.ndarray, factors: dict | None = None) -> np.ndarray:
    """Move weights from :func:`ball_weight_blocks`, each block scaled by its
    :func:`flip_factors` when given (the model the flips start from); -inf where no move."""
    weights = np.zeros(moves.shape)
    for k, w_k in blocks.items():
        weights += w_k if factors is None else w_k * factors[k][:, None]
    weights += _SAFETY * np.abs(weights)  # rounding in the retrained margins, not mathematics
    return np.where(moves >= 0, weights, -np.inf)


def ball_weights(q: np.ndarray, gram_diag: np.ndarray, test_norm: float, C: float,
                 y_index: np.ndarray, n_classes: int, coef: dict, moves: np.ndarray,
                 factors: dict | None = None) -> np.ndarray:
    """Ball weights of ``moves`` (from :func:`margin_moves`): how much each can lower the margin.

    ``sum over touched blocks k of C (coef_k sigma_k q_i + |coef_k| n_i ||phi_x||)``, with
    ``sigma_k = +1`` iff the point was in class k (binary: block 1); -inf where no move. With
    ``factors`` ({k: :func:`flip_factors`} of one model) they bound flips made together from
    that model; without, flips from any model (one at a time, in any order).
    """
    return combine_ball_weights(
        ball_weight_blocks(q, gram_diag, test_norm, C, y_index, n_classes, coef, moves), moves, factors)


def flip_factors(signs: np.ndarray, alpha: np.ndarray, f: np.ndarray, C: float,
                 gram_diag: np.ndarray) -> np.ndarray:
    """Per training point, ``c_i / 2`` in {1/2, 1}: the share of its ball weight that a flip made
    from this SVM block (dual ``alpha``, ``f = Q (signs * alpha)``) can use; the module docstring
    derives it. 1/2 where the margin ``m_i = signs_i f_i`` is provably outside [-1, 1]: the
    margins of this approximate solution are within ``n_i sqrt(2 gap)`` of the optimum's."""
    from ..svm_dual import duality_gap

    m = np.asarray(signs, dtype=float) * np.asarray(f, dtype=float)
    n = np.sqrt(np.clip(np.asarray(gram_diag, dtype=float), 0.0, None))
    gap = max(duality_gap(signs, alpha, f, C), 0.0)
    slack = n * np.sqrt(2.0 * gap) + 1e-9 * (1.0 + np.abs(m))
    return np.where((m > 1.0 + slack) | (m < -1.0 - slack), 0.5, 1.0)


def model_flip_factors(model) -> dict:
    """{block k: :func:`flip_factors`} of a fitted :class:`KernelSVM` (binary: block 1)."""
    diag = np.diag(model._gram())
    return {k: flip_factors(signs, a, f, model.C, diag) for k, signs, a, f in _model_blocks(model)}


def ball_point_weights(Kx: np.ndarray, test_norms: np.ndarray, gram_diag: np.ndarray, C: float,
                       y_index: np.ndarray, n_classes: int, pred: np.ndarray,
                       target: np.ndarray | None = None, factors: dict | None = None) -> np.ndarray:
    """Per test row and training point, the largest ball weight of any relabelling of that point
    (the row maximum of :func:`ball_weights`), for many test points at once: (R, N).

    Binary: ``C (s y_i q_i + n_i ||phi_x||)``. One-vs-rest, margin ``F_c - F_t``: with
    ``A_c = C (sigma_c q + n ||phi_x||)`` and ``A_t = C (-sigma_t q + n ||phi_x||)`` (both >= 0),
    a point of c or t can move between them (``A_c + A_t``), any other point into one of them
    (``max(A_c, A_t)``). ``factors``: :func:`model_flip_factors` of the model, for flips made
    together from it (:func:`ball_weights`).
    """
    n = np.sqrt(np.clip(np.asarray(gram_diag, dtype=float), 0.0, None))
    iso = n[None, :] * np.asarray(test_norms, dtype=float)[:, None]
    pred = np.asarray(pred)
    if n_classes == 2:
        s = np.where(pred == 1, 1.0, -1.0)[:, None]
        w = C * (s * np.where(y_index == 1, 1.0, -1.0)[None, :] * Kx + iso)
        if factors is not None:
            w = w * factors[1][None, :]
    else:
        in_c = y_index[None, :] == pred[:, None]
        in_t = y_index[None, :] == np.asarray(target)[:, None]
        a_c = C * (np.where(in_c, 1.0, -1.0) * Kx + iso)
        a_t = C * (np.where(in_t, -1.0, 1.0) * Kx + iso)
        if factors is not None:
            table = np.stack([factors[k] for k in range(n_classes)])
            a_c, a_t = a_c * table[pred], a_t * table[np.asarray(target)]
        w = np.where(in_c | in_t, a_c + a_t, np.maximum(a_c, a_t))
    return w + _SAFETY * np.abs(w)


def ball_lower_bound(weights: np.ndarray, gap: float) -> int:
    """Largest K such that the K largest point weights sum to less than ``gap`` (no attack of K)."""
    from ..exact.label_linear import least_flips_to_cover

    point = np.max(weights, axis=1)[None, :]
    return int(np.clip(least_flips_to_cover(point, np.array([gap]))[0] - 1.0, 0.0, point.shape[1]))


def stability_lower_bound(blocks: dict[int, BlockStability], test_norm: float, coef: dict,
                          gap: float) -> int:
    """Lower bound on the radius for one margin ``sum_k coef[k] F_k`` with ``gap = margin - tau``."""
    def move(K):
        return test_norm * sum(abs(c) * blocks[k].rho(K) for k, c in coef.items())

    return max_safe_flips(move, gap, next(iter(blocks.values())).n)


def ordered_attack(model, x_row, q: np.ndarray, pred: int, scores=None, *, max_refits: int = 40,
                   max_targets: int = 2):
    """A replayed attack along the label-linear order of the flips, or None.

    For each target (binary: the other class) the points are ranked by their label-linear gain
    against the margin; the k best are flipped, k found by doubling then bisection, every
    candidate checked by real retraining (:func:`optcert.certify.replay.replay_changes_prediction`).
    Above C* the margin need not fall monotonically in k, so the result is an upper bound only.
    Multiclass: the ``max_targets`` classes closest to the prediction in ``scores`` (each refit
    retrains all K one-vs-rest blocks).
    """
    from ..exact.label_linear import best_moves, margin_gains
    from ..results import Attack
    from .replay import replay_changes_prediction

    y_index = model.encode_labels(model.y_fit_)
    K = model.n_classes_
    label = model.classes_[pred]
    best = None
    if K == 2:
        targets = [None]
    else:
        gaps = scores[pred] - scores
        targets = [int(t) for t in np.argsort(gaps, kind="stable") if t != pred][:max_targets]
    for target in targets:
        coef = {1: 1.0 if pred == 1 else -1.0} if K == 2 else {pred: 1.0, target: -1.0}
        new = best_moves(q, y_index, K, pred, target)
        gain = margin_gains(q, y_index, new, coef)
        order = np.argsort(-gain, kind="stable")
        order = order[gain[order] > 0]
        limit = order.size if best is None else min(order.size, best.size - 1)
        refits = [0]

        def works(k):
            refits[0] += 1
            idx = np.sort(order[:k])
            attack = Attack(idx, model.classes_[new[idx]])
            return attack if replay_changes_prediction(model, x_row, attack, label) else None

        lo, hi, found = 0, 1, None  # no attack known at lo flips
        while hi <= limit and refits[0] < max_refits:
            found = works(hi)
            if found is not None:
                break
            lo, hi = hi, 2 * hi
        if found is None and limit > lo and refits[0] < max_refits:
            hi = limit
            found = works(hi)
        if found is None:
            continue
        while hi - lo > 1 and refits[0] < max_refits:
            mid = (lo + hi) // 2
            attack = works(mid)
            if attack is not None:
                hi, found = mid, attack
            else:
                lo = mid
        if best is None or found.size < best.size:
            best = found
    return best


def _ball_bounds(model, Kx, norms, scores, pred, tau, diag, y_index, factors) -> np.ndarray:
    """The ball bound of every row (min over targets): no attack of that many flips. ``factors``:
    :func:`model_flip_factors` (every attack flips its set together from the clean model)."""
    from ..exact.label_linear import least_flips_to_cover

    if model.n_classes_ == 2:
        gaps = np.where(pred == 1, 1.0, -1.0) * np.ravel(scores) - tau
        cover = least_flips_to_cover(ball_point_weights(Kx, norms, diag, model.C, y_index, 2, pred, factors=factors), gaps)
        return np.clip(cover - 1.0, 0.0, Kx.shape[1])
    rows = np.arange(Kx.shape[0])
    out = np.full(Kx.shape[0], np.inf)
    for t in range(model.n_classes_):
        r = rows[pred != t]
        if r.size == 0:
            continue
        gaps = scores[r, pred[r]] - scores[r, t] - tau[r]
        w = ball_point_weights(Kx[r], norms[r], diag, model.C, y_index, model.n_classes_, pred[r], np.full(r.size, t),
                               factors=factors)
        out[r] = np.minimum(out[r], np.clip(least_flips_to_cover(w, gaps) - 1.0, 0.0, Kx.shape[1]))
    return out


def certify_stability(model, X_test, *, tol: float = 1e-9, witnesses: bool = True,
                      block_rows: int = 1024) -> list:
    """Sound lower bounds on the radius of a kernel SVM at any C, in polynomial time: the
    better of the stability and the ball bound, per target.

    ``tau = tol * scale`` with the scale of the MILP and ScaLabelCert (``C sum|q|``,
    one-vs-rest ``2 C sum|q|``). With ``witnesses`` an attack along the label-linear order is
    replayed by retraining (:func:`ordered_attack`) and gives ``upper``; otherwise ``upper = inf``.
    """
    from ..exceptions import InvalidInputError, UnsupportedFeatureError
    from ..learners import KernelSVM
    from ..results import INF, Certificate

    if not isinstance(model, KernelSVM):
        raise InvalidInputError(f"method='stability' needs a KernelSVM, got {type(model).__name__}")
    if model.kernel_ is None:
        raise UnsupportedFeatureError("method='stability' needs k(x, x) of the test points; with "
                                      "kernel='precomputed' use method='milp'")
    blocks = svm_blocks(model)
    factors = model_flip_factors(model)  # once, not per block of test rows
    binary = model.n_classes_ == 2
    diag = np.diag(model._gram())
    y_index = model.encode_labels(model.y_fit_)
    certs = []
    for start in range(0, X_test.shape[0], block_rows):
        t0 = time.perf_counter()
        X = X_test[start:start + block_rows]
        Kx = model.cross_kernel(X)
        norms = np.sqrt(np.clip(model.kernel_.diag(X), 0.0, None))
        scores = Kx @ model.dual_coef_.T  # = decision_function(X), kernel evaluated once
        pred = model.predict_index(scores)
        tau = tol * (1.0 if binary else 2.0) * model.C * np.abs(Kx).sum(axis=1)
        lowers = []
        for j in range(X.shape[0]):
            c = int(pred[j])
            if binary:
                s = 1.0 if c == 1 else -1.0
                margins = [({1: s}, s * scores[j] - tau[j])]
            else:
                margins = [({c: 1.0, t: -1.0}, scores[j, c] - scores[j, t] - tau[j])
                           for t in range(model.n_classes_) if t != c]
            lowers.append(min(stability_lower_bound(blocks, norms[j], coef, gap) for coef, gap in margins))
        lowers = np.maximum(np.array(lowers, dtype=float),
                            _ball_bounds(model, Kx, norms, scores, pred, tau, diag, y_index, factors))
        elapsed = (time.perf_counter() - t0) / max(1, X.shape[0])
        for j, lo in enumerate(lowers):
            t1 = time.perf_counter()
            attack = ordered_attack(model, X[j], Kx[j], int(pred[j]), scores[j]) if witnesses else None
            upper = INF if attack is None else float(attack.size - 1)
            if upper < lo:  # only through rounding at a near-tie: keep the replayed attack
                logger.warning("stability bound %s exceeds a replayed attack %s; lowering it", lo, upper)
                lo = upper
            label = model.classes_[int(pred[j])]
            certs.append(Certificate(prediction=label.item() if hasattr(label, "item") else label,
                                     lower=float(lo), upper=upper, method="stability", witness=attack,
                                     runtime=elapsed + time.perf_counter() - t1,
                                     info={"tau": float(tau[j])}))
    return certs


def top_positive_sum(values: np.ndarray, k: int) -> float:
    """Sum of the ``k`` largest positive entries (a set of at most k may take fewer)."""
    if k <= 0 or values.size == 0:
        return 0.0
    if k < values.size:
        values = np.partition(values, values.size - k)[values.size - k:]
    return float(values[values > 0].sum())


def suffix_top_sums(values: np.ndarray, k: int) -> np.ndarray:
    """``out[r]``: sum of the ``k`` largest positive entries of ``values[r + 1:]``.

    What the rest of a set can add when sets are enumerated by their first member: the bound of
    child ``r`` of a search node sees only the points after it (compiled: O(n k))."""
    return compiled.suffix_top_sums(np.ascontiguousarray(values, dtype=float), int(k))


def _free_slopes(Q, alpha, C, gap, sgn):
    """Slopes of sound minorants ``D_j >= up_j t`` (t > 0) and ``D_j >= down_j t`` (t < 0) of
    the points on the margin (``sgn == 0``), 0 elsewhere or when not provable.

    At the optimum a free point has ``m*_j = 1`` and ``D_j = a*_j max(0, t) + (1 - a*_j)
    max(0, -t)``. Every other point has a sure side, so ``a*_j = a~_j`` there (checked) and
    ``w* - w~ = C sum_free (a*_j - a~_j) y_j phi_j``: ``|a* - a~| <= sqrt(2 gap) / (C
    sqrt(lambda_min(Q_free)))``. Where that interval ``[lo, hi]`` lies inside (0, 1),
    ``up = lo`` and ``down = -(1 - hi)``.
    """
    up, down = np.zeros(sgn.size), np.zeros(sgn.size)
    free = np.flatnonzero(sgn == 0)
    a = alpha / C
    sure_ok = np.all(np.where(sgn > 0, a == 1.0, True)) and np.all(np.where(sgn < 0, a == 0.0, True))
    if free.size == 0 or not sure_ok:
        return up, down
    Qf = Q[np.ix_(free, free)]
    lam = float(np.linalg.eigvalsh(Qf)[0]) - 1e-12 * free.size * float(np.abs(Qf).max())
    if lam <= 0:
        return up, down
    err = np.sqrt(2.0 * gap) / (C * np.sqrt(lam)) + 1e-9
    lo, hi = a[free] - err, a[free] + err
    ok = (lo > 0) & (hi < 1)
    up[free[ok]], down[free[ok]] = lo[ok], -(1.0 - hi[ok])
    return up, down


class RestoringBound:
    """The restoring bound of one SVM block (:func:`restoring_bound`), over its candidates.

    ``K0 + sum_F omega``: the sorting bound. :meth:`value` of F: the bound before the per-row
    cross-term relaxation and the tangent, ``base + sum_F lin + ||phi_x|| sqrt(X0 + sum_F xi +
    sum_{i != j in F} cross_ij)`` -- convex in F, so its maximum over sets is a small search of
    its own (:meth:`children_may_reach`), with no retraining: at N = 100 it rules out most of the search
    nodes whose sorting bound does not."""

    __slots__ = ("K0", "omega", "base", "lin", "X0", "xi", "cross", "test_norm")

    def __init__(self, K0, omega, base, lin, X0, xi, cross, test_norm):
        self.K0, self.omega, self.base, self.lin, self.X0 = K0, omega, base, lin, X0
        self.xi, self.cross, self.test_norm = xi, cross, test_norm

    def value(self, F) -> float:
        """The bound on the drop of the set ``F`` (indices into the candidates)."""
        F = np.asarray(F, dtype=int)
        X = self.X0 + float(self.xi[F].sum()) + float(self.cross[np.ix_(F, F)].sum())
        v = self.base + float(self.lin[F].sum()) + self.test_norm * np.sqrt(max(X, 0.0))
        return v + _SAFETY * (abs(v) + 1.0)

    def children_may_reach(self, need: float, budget: int, seq: np.ndarray, rows: np.ndarray,
                           limit: int) -> tuple[np.ndarray, int]:
        """``(ok, nodes)``: ``ok[r]`` is False (for r in ``rows``) only when no set of
        ``seq[r]`` and at most ``budget - 1`` of ``seq[r + 1:]`` (candidate indices) has
        :meth:`value` ``>= need``. A search over those sets in the order of ``seq`` whose nodes
        bound their extensions like the sorting bound (per-row cross terms, a tangent) but with
        the chosen points' cross terms exact (compiled: :mod:`optcert.certify.compiled`); the
        rows left when ``limit`` nodes are spent, and the one being searched, stay True."""
        seq = np.asarray(seq, dtype=np.int64)
        if seq.size == 0 or (seq.size + 1) * seq.size * max(budget - 1, 1) > _SET_SEARCH_ENTRIES:
            return np.ones(seq.size, dtype=bool), 0
        ok, nodes = compiled.children_may_reach(
            np.ascontiguousarray(self.lin[seq]), np.ascontiguousarray(self.xi[seq]),
            np.ascontiguousarray(self.cross[np.ix_(seq, seq)]), float(self.base), float(self.X0),
            float(self.test_norm), float(need), int(budget), np.asarray(rows, dtype=np.int64),
            int(limit), _SAFETY)
        return ok, int(nodes)


def restoring_bound(Q: np.ndarray, q: np.ndarray, test_norm: float, C: float, s: float,
                    signs: np.ndarray, alpha: np.ndarray, f: np.ndarray, factors: np.ndarray,
                    cand: np.ndarray, b: int, *, rounds: int = 3, enough: float = -np.inf,
                    optimize: bool = False) -> RestoringBound:
    """For every set F of at most ``b`` points of ``cand`` whose labels flip together in this
    SVM block, the score ``s F(x)`` falls by at most ``K0 + sum_{i in F} omega_i`` (``omega``
    over ``cand``, indexed like it) and by at most :meth:`RestoringBound.value` of F.

    The flip-factor ball (module docstring) drops the hinge's Bregman terms of the points
    that keep their labels; this bound keeps their linear minorants. For a point j outside F
    with a sure margin side (``m_j < 1``: ``D_j = max(0, m'_j - 1)``, ``sgn_j = +1``;
    ``m_j > 1``: ``D_j = max(0, 1 - m'_j)``, ``sgn_j = -1``) and any ``theta_j`` in [0, 1],
    ``D_j >= theta_j (sgn_j y_j <d, phi_j> - |1 - m_j|)``: the SVM pushes back once a
    neighbour's margin would cross 1 (points on the margin: slopes from :func:`_free_slopes`,
    no offset; below, ``theta_j sgn_j`` stands for the slope). With ``U = sum_j theta_j sgn_j y_j phi_j``,
    ``E = sum_j theta_j |1 - m_j|`` and ``w_i = (c_i - theta_i sgn_i) y_i phi_i``,
    ``g_F = U + sum_{i in F} w_i``::

        ||d + C g_F / 2||^2 <= (C / 2)^2 ||g_F||^2 + C (E - sum_{i in F} theta_i |1 - m_i|)

    and ``-s <phi_x, d> <= (C / 2) s <phi_x, g_F> + ||phi_x|| sqrt(that)``. Summed over F: the
    cross terms ``<w_i, w_j>`` are bounded per row by the ``b - 1`` largest, and the square
    root by its tangent at the value of the best set (concavity), so the bound is linear in F
    -- a sorting bound; without those two steps it is the quadratic kept in the result.
    ``theta`` is chosen by a few rounds of "the points whose margin crosses 1 at the worst move
    of the previous round's ball" (compiled: :func:`optcert.certify.compiled.restoring_rounds`);
    every round is sound and the best is kept (the rounds stop once the best set's bound is
    below ``enough``); with ``optimize``, one more round from the minorants that are best for
    the worst set so far (:func:`_optimal_minorants`). Margins count as sure only beyond the
    duality-gap slack of this solution.
    """
    from ..svm_dual import duality_gap

    cand = np.flatnonzero(cand)
    signs, f = np.asarray(signs, dtype=float), np.asarray(f, dtype=float)
    alpha = np.asarray(alpha, dtype=float)
    m = signs * f
    n = np.sqrt(np.clip(np.diag(Q), 0.0, None))
    gap = max(duality_gap(signs, alpha, f, C), 0.0)
    slack = n * np.sqrt(2.0 * gap) + 1e-9 * (1.0 + np.abs(m))
    dist = np.abs(1.0 - m)
    sgn = np.where(dist > slack, np.where(m < 1.0, 1.0, -1.0), 0.0)
    e_unit = dist + slack  # >= |1 - m*_j|: the minorant stays below D_j at the optimum
    up, down = _free_slopes(Q, alpha, C, gap, sgn)
    c = 2.0 * np.asarray(factors, dtype=float)
    Q, q = np.ascontiguousarray(Q, dtype=float), np.ascontiguousarray(q, dtype=float)

    def rounds_from(kappa, eps, n_rounds):  # compiled: ~4x at N = 100
        return compiled.restoring_rounds(Q, q, float(test_norm), float(C), float(s), signs, m, sgn, e_unit,
                                         up, down, c, cand.astype(np.int64), int(b), int(n_rounds),
                                         float(enough), kappa, eps)

    value, K0, omega, *quad = rounds_from(np.zeros(m.size), np.zeros(m.size), rounds)
    if optimize and value >= enough and b > 0:
        picks = np.argsort(-omega, kind="stable")[:b]
        top = cand[picks[omega[picks] > 0]]
        kappa, eps = _optimal_minorants(Q, q, test_norm, C, s, signs, sgn, e_unit, up, down, c, top)
        value2, K2, omega2, *quad2 = rounds_from(kappa, eps, 1)
        if value2 < value:
            value, K0, omega, quad = value2, K2, omega2, quad2
    return RestoringBound(K0 + _SAFETY * abs(K0), omega + _SAFETY * np.abs(omega), *quad, test_norm)


def _optimal_minorants(Q, q, test_norm, C, s, signs, sgn, e_unit, up, down, c, F):
    """Minorants ``(kappa, eps)`` that minimise the restoring quadratic's value at the set F.

    Every choice in the box is sound (sure points: ``theta_j`` in [0, 1], ``kappa_j = theta_j
    sgn_j``, ``eps_j = theta_j |1 - m_j|``; points on the margin: ``kappa_j`` in ``[down_j,
    up_j]``); the value at F, ``(C/2) s <q, g> + ||phi_x|| sqrt((C/2)^2 g'Qg + C sum eps)``
    with ``g = sum kappa_j y_j e_j`` off F and ``c_i y_i`` on F, is minimised over the box
    (compiled spectral projected gradient, :func:`optcert.certify.compiled.optimal_minorants`).
    Where the margins of aligned points push back together (MNIST), this halves the bound the
    crossing rounds give."""
    N = signs.size
    off = np.ones(N, dtype=bool)
    off[F] = False
    sure = (sgn != 0) & off
    free = (sgn == 0) & off & ((up != 0) | (down != 0))
    lo = np.where(sure, 0.0, np.where(free, down, 0.0))
    hi = np.where(sure, 1.0, np.where(free, up, 0.0))
    g_F = np.zeros(N)
    g_F[F] = c[F] * signs[F]
    slope = np.where(sure, sgn, 0.0) + free  # d kappa / d z
    z = compiled.optimal_minorants(Q, q, float(test_norm), float(C), float(s), signs, slope, sure,
                                   np.asarray(e_unit, dtype=float), g_F, lo, hi, 200)
    z = np.clip(z, lo, hi)
    return slope * z, np.where(sure, z * e_unit, 0.0)
