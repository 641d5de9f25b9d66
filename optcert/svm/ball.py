"""The ball bound and the flip factors: sorting bounds on what label flips can do to a score.

**Ball bound** (per flip, sharper in direction than the stability bound). Primal
``J_y(w) = 1/2 ||w||^2 + C sum_i max(0, 1 - y_i <w, phi_i>)``, ``psi(a) = max(0, 1 + a) -
max(0, 1 - a)`` (see :mod:`optcert.svm.stability`). For one flip F = {i} the change of the
margin of i under its old label, ``u = y_i <d, phi_i>``, cannot be positive (``||d||^2 <=
Delta(w) - Delta(w')`` is non-negative and psi is increasing), and psi is 2-Lipschitz, so
``||d||^2 <= -2 C u``, i.e.::

    d in B(-C y_i phi_i, C n_i)      (centre: half the label-linear move; radius C n_i)

The ball does not depend on the model the flip starts from. Flipping F one point at a time,
every intermediate model optimal for its labels, the total move lies in the Minkowski sum of
the balls of F, so the score ``s f(x)`` falls by at most ``sum_{i in F} w_i`` with
``w_i = C (s y_i k(x_i, x) + n_i ||phi_x||)``: a sorting bound at any C (one-vs-rest: the balls
of the two blocks a relabelling touches). :func:`ball_weights` gives the weights; the flip-set
search of :mod:`optcert.svm.search` prunes with them from every retrained node.

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
margins' distance to the optimum's (duality gap) as slack; the stability certifier applies them
at the clean model, the search at every node.
"""

from __future__ import annotations

import numpy as np

from ..exact.label_linear import least_flips_to_cover
from . import _topk
from .dual import duality_gap
from .margins import SAFETY, TrainedSVM


def ball_weight_blocks(q: np.ndarray, gram_diag: np.ndarray, test_norm: float, C: float,
                       y_index: np.ndarray, n_classes: int, coef: dict, moves: np.ndarray) -> dict:
    """Per SVM block k, the ball weight each move (from :func:`~optcert.svm.margins.margin_moves`)
    draws from k: ``C (coef_k sigma_k q_i + |coef_k| n_i ||phi_x||)`` where the move touches
    block k, else 0 (``sigma_k = +1`` iff the point was in class k; binary: block 1). {k: (N, M)}."""
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
    weights += SAFETY * np.abs(weights)  # rounding in the retrained margins, not mathematics
    return np.where(moves >= 0, weights, -np.inf)


def ball_weights(q: np.ndarray, gram_diag: np.ndarray, test_norm: float, C: float,
                 y_index: np.ndarray, n_classes: int, coef: dict, moves: np.ndarray,
                 factors: dict | None = None) -> np.ndarray:
    """Ball weights of ``moves`` (from :func:`~optcert.svm.margins.margin_moves`): how much each
    can lower the margin.

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
    m = np.asarray(signs, dtype=float) * np.asarray(f, dtype=float)
    n = np.sqrt(np.clip(np.asarray(gram_diag, dtype=float), 0.0, None))
    gap = max(duality_gap(signs, alpha, f, C), 0.0)
    slack = n * np.sqrt(2.0 * gap) + 1e-9 * (1.0 + np.abs(m))
    return np.where((m > 1.0 + slack) | (m < -1.0 - slack), 0.5, 1.0)


def block_flip_factors(svm: TrainedSVM) -> dict:
    """{block k: :func:`flip_factors`} of a trained SVM (binary: block 1)."""
    diag = svm.gram_diag
    return {b.k: flip_factors(b.signs, b.alpha, b.f, svm.C, diag) for b in svm.blocks()}


def ball_point_weights(Kx: np.ndarray, test_norms: np.ndarray, gram_diag: np.ndarray, C: float,
                       y_index: np.ndarray, n_classes: int, pred: np.ndarray,
                       target: np.ndarray | None = None, factors: dict | None = None) -> np.ndarray:
    """Per test row and training point, the largest ball weight of any relabelling of that point
    (the row maximum of :func:`ball_weights`), for many test points at once: (R, N).

    Binary: ``C (s y_i q_i + n_i ||phi_x||)``. One-vs-rest, margin ``F_c - F_t``: with
    ``A_c = C (sigma_c q + n ||phi_x||)`` and ``A_t = C (-sigma_t q + n ||phi_x||)`` (both >= 0),
    a point of c or t can move between them (``A_c + A_t``), any other point into one of them
    (``max(A_c, A_t)``). ``factors``: :func:`block_flip_factors` of the model, for flips made
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
    return w + SAFETY * np.abs(w)


def ball_lower_bound(weights: np.ndarray, gap: float) -> int:
    """Largest K such that the K largest point weights sum to less than ``gap`` (no attack of K)."""
    point = np.max(weights, axis=1)[None, :]
    return int(np.clip(least_flips_to_cover(point, np.array([gap]))[0] - 1.0, 0.0, point.shape[1]))


def ball_bounds(svm: TrainedSVM, Kx: np.ndarray, test_norms: np.ndarray, scores: np.ndarray,
                pred: np.ndarray, tau: np.ndarray, factors: dict | None = None) -> np.ndarray:
    """The ball bound of every test row (min over targets): no attack of that many flips.

    ``Kx`` (M, N) test-by-train kernel, ``test_norms`` (M,) ``||phi_x||``, ``scores`` the clean
    scores ((M,) binary, (M, K)), ``pred`` (M,) clean class indices, ``tau`` (M,) tie
    tolerances; ``factors``: :func:`block_flip_factors` (every attack flips its set together
    from the clean model)."""
    diag, C, y_index, K = svm.gram_diag, svm.C, svm.y_index, svm.n_classes
    if K == 2:
        gaps = np.where(pred == 1, 1.0, -1.0) * np.ravel(scores) - tau
        cover = least_flips_to_cover(ball_point_weights(Kx, test_norms, diag, C, y_index, 2, pred,
                                                        factors=factors), gaps)
        return np.clip(cover - 1.0, 0.0, Kx.shape[1])
    rows = np.arange(Kx.shape[0])
    out = np.full(Kx.shape[0], np.inf)
    for t in range(K):
        r = rows[pred != t]
        if r.size == 0:
            continue
        gaps = scores[r, pred[r]] - scores[r, t] - tau[r]
        w = ball_point_weights(Kx[r], test_norms[r], diag, C, y_index, K, pred[r], np.full(r.size, t),
                               factors=factors)
        out[r] = np.minimum(out[r], np.clip(least_flips_to_cover(w, gaps) - 1.0, 0.0, Kx.shape[1]))
    return out


def top_positive_sum(values: np.ndarray, k: int) -> float:
    """Sum of the ``k`` largest positive entries (a set of at most k may take fewer); NaN if
    any entry is NaN (a bound that skipped it would be too small)."""
    if k <= 0 or values.size == 0:
        return 0.0
    if np.isnan(values).any():
        return np.nan
    if k < values.size:
        values = np.partition(values, values.size - k)[values.size - k:]
    return float(values[values > 0].sum())


def suffix_top_sums(values: np.ndarray, k: int) -> np.ndarray:
    """``out[r]``: sum of the ``k`` largest positive entries of ``values[r + 1:]``.

    What the rest of a set can add when sets are enumerated by their first member: the bound of
    child ``r`` of a search node sees only the points after it (compiled, O(n k))."""
    return _topk.suffix_top_sums(np.ascontiguousarray(values, dtype=float), int(k))
