"""The restoring quadratic's largest value over flip sets, with the Gram matrix's leading
eigencomponent kept exact: a sharper whole-node bound than the restoring sorting bound.

The restoring bound (:mod:`optcert.svm.restoring`) bounds the drop of a set F of flips by
``value(F) = base + sum_F lin + ||phi_x|| sqrt(X(F))`` with
``X(F) = (C/2)^2 g_F' Q g_F + C sum_{j not in F} eps_j`` and ``g_F = g_u + sum_{i in F} cw_i e_i``.
Its sorting bound relaxes the cross terms ``(C/2)^2 cw_i Q_ij cw_j`` of every row to that row's
``b - 1`` largest: with a kernel whose entries are all large and positive (a strong common
component, as the NTK of images has) every row's largest entries are large, and the relaxation
is loose. Here the common component is taken out first and kept exact.

Split ``Q = lam v v' + R`` (any unit ``v`` and ``lam >= 0``; ``v`` the leading eigenvector, R
computed as ``Q - lam v v'``, so the identity holds whatever the eigen-solver's accuracy). Then::

    X(F) = A(F)^2 + X_R(F),   A(F) = a0 + sum_F p_i   (p_i = (C/2) sqrt(lam) v_i cw_i)

and ``X_R`` is the same quadratic over R, whose cross terms are relaxed per row as before:
``X_R(F) <= W(F) = X0_R + sum_F xi_R,i``. With ``T(F) = max(0, (W(F) + w) / (2 sqrt(w)))`` for
any ``w > 0`` (``sqrt(W) <= (W + w) / (2 sqrt(w))``, AM-GM) and the unit circle::

    sqrt(X(F)) <= sqrt(A(F)^2 + T(F)^2) = max over phi in [0, pi] of cos(phi) A(F) + sin(phi) T(F)

so for each ``phi`` the largest value over ``|F| <= b`` is a sorting problem (two of them, for
the two sides of the max in T), and over ``phi`` a Lipschitz branch and bound on an interval
proves ``max_F value(F) < need`` -- or gives up, which only means "not shown".
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import scipy.linalg
import scipy.sparse.linalg

from .margins import SAFETY

#: interval cells of the branch and bound over the circle's angle before it gives up
MAX_CELLS = 4096
#: tangent points ``w`` tried (each from the worst set of the one before)
TANGENT_ROUNDS = 3
#: the Gram matrix's low-rank model for the minorant descent: its rank, and the least N it is
#: built for (below, a product with Q itself is cheap)
SKETCH_RANK = 10
SKETCH_MIN_N = 2000


class GramSketch(NamedTuple):
    """``Q ~ U diag(w) U' + diag(d)``: the leading eigenpairs, the rest of the diagonal. A model
    for searches that any choice keeps sound (the minorant descent), never for a bound."""

    U: np.ndarray
    w: np.ndarray
    d: np.ndarray


class SpectralSplit:
    """``Q = lam v v' + R`` for one Gram matrix: its leading eigenpair; the remainder R is read
    from Q where it is needed (:meth:`remainder`, :meth:`remainder_product`), never stored: at
    N = 10 000 a second N x N matrix per model is 800 MB."""

    __slots__ = ("lam", "v", "Q", "R_diag", "Q_diag", "finite", "_sketch", "_sketched")

    def __init__(self, Q: np.ndarray):
        n = Q.shape[0]
        v = np.full(n, 1.0 / np.sqrt(n))
        try:  # any unit v keeps the split exact, so a loose tolerance (or no convergence) is harmless
            if n > 64:  # Lanczos, from a fixed start: the same split on every run
                w, V = scipy.sparse.linalg.eigsh(Q, k=1, which="LA", tol=1e-6, v0=v)
            else:
                w, V = scipy.linalg.eigh(Q, subset_by_index=[n - 1, n - 1])
            if np.all(np.isfinite(V[:, 0])) and np.linalg.norm(V[:, 0]) > 0:
                v = V[:, 0] / np.linalg.norm(V[:, 0])
        except (scipy.sparse.linalg.ArpackError, np.linalg.LinAlgError, ValueError):
            pass  # the constant direction: the common component of a kernel with positive entries
        self.v = v
        self.lam = max(float(v @ Q @ v), 0.0)  # the Rayleigh quotient: the eigenvalue when v is one
        self.Q = Q
        self.Q_diag = np.diag(Q).copy()
        self.R_diag = self.Q_diag - self.lam * v * v
        #: every number of the split is finite (nothing is shown from it otherwise)
        self.finite = bool(np.isfinite(self.lam) and np.all(np.isfinite(v)) and np.all(np.isfinite(Q)))
        self._sketch: GramSketch | None = None
        self._sketched = False  # built (or tried) once

    def sketch(self) -> GramSketch | None:
        """Q's :class:`GramSketch` of rank :data:`SKETCH_RANK` (built once), or None below
        :data:`SKETCH_MIN_N` points or where the eigen-solver fails."""
        if not self._sketched:
            self._sketched = True
            n = self.Q.shape[0]
            if n >= max(SKETCH_MIN_N, 4 * SKETCH_RANK) and self.finite:
                try:
                    w, U = scipy.sparse.linalg.eigsh(self.Q, k=SKETCH_RANK, which="LA", tol=1e-4,
                                                     v0=np.full(n, 1.0 / np.sqrt(n)))
                    U = np.ascontiguousarray(U)
                    d = self.Q_diag - (U * U) @ w
                    if all(np.all(np.isfinite(x)) for x in (U, w, d)):
                        self._sketch = GramSketch(U, w, d)
                except (scipy.sparse.linalg.ArpackError, np.linalg.LinAlgError, ValueError):
                    pass
        return self._sketch

    def remainder(self, idx: np.ndarray) -> np.ndarray:
        """``R[idx][:, idx]``, computed as ``Q - lam v v'`` entry by entry."""
        vi = self.v[idx]
        return self.Q[np.ix_(idx, idx)] - self.lam * np.outer(vi, vi)

    def remainder_product(self, g: np.ndarray) -> np.ndarray:
        """``R g``."""
        return self.Q @ g - self.lam * self.v * float(self.v @ g)

    def splits(self, Q: np.ndarray) -> bool:
        """Was this split made from ``Q`` (the same array, or an equal one)?"""
        return Q is self.Q or (Q.shape == self.Q.shape and np.array_equal(Q, self.Q))


def _top_positive(M: np.ndarray, k: int) -> np.ndarray:
    """Row sums of the ``k`` largest positive entries of each row of M."""
    if k <= 0 or M.shape[1] == 0:
        return np.zeros(M.shape[0])
    M = np.where(M > 0.0, M, 0.0)
    if k < M.shape[1]:
        M = np.partition(M, M.shape[1] - k, axis=1)[:, M.shape[1] - k:]
    return M.sum(axis=1)


def split_set_bound(split: SpectralSplit, q: np.ndarray, test_norm: float, C: float, s: float,
                    signs: np.ndarray, kappa: np.ndarray, eps: np.ndarray, c: np.ndarray,
                    cand: np.ndarray, b: int, need: float, offset=None) -> tuple[bool, np.ndarray | None]:
    """Is ``value(F) < need`` for every set F of at most ``b`` points of ``cand`` (a boolean
    mask)? ``kappa``, ``eps``: the minorants of the restoring bound (any in its box), ``c``:
    twice the flip factors, ``s`` the score's sign, ``signs`` the block's +-1 labels;
    ``offset``: a :class:`~optcert.svm.coefficient_box.BoxOffset` (its constant and per-flip
    terms join ``value``; ``q`` is then its column).
    ``(True, None)`` is a proof (see the module docstring); ``(False, F)`` means "not shown",
    with F (point indices, or None) the set at the worst angle met."""
    idx = np.flatnonzero(cand)
    b = min(int(b), idx.size)
    inputs = (q, kappa, eps, c, signs) + (() if offset is None else (offset.delta, np.array([offset.K])))
    if b <= 0 or not all(np.all(np.isfinite(x)) for x in inputs) or not np.isfinite([test_norm, C, need]).all():
        return False, None  # never a proof from non-finite numbers
    h = 0.5 * C
    terms = split_terms(split, q, C, s, signs, kappa, eps, c, idx)
    base, lin, a0, p, X0, xi0, cw = terms
    if offset is not None:
        base, lin = base + float(offset.K), lin + offset.delta[idx]
    cross = (h * h) * cw[:, None] * split.remainder(idx) * cw[None, :]
    np.fill_diagonal(cross, 0.0)
    xi = xi0 + _top_positive(cross, b - 1)
    # value < need once max_phi Gamma < target; the slack covers rounding at the scale of the terms
    K = 0.0 if offset is None else abs(float(offset.K))
    target = need - base - SAFETY * (abs(need) + abs(base) + K + float(test_norm) * (abs(a0) + np.sqrt(abs(X0))) + 1.0)
    tn = float(test_norm)
    # the tangent point: W of the set best for the sorting side (sin = 1), then of each worst set
    order = np.argsort(-(lin + tn * xi), kind="stable")[:b]
    w = max(X0 + float(xi[order][xi[order] > 0].sum()), 1e-300)
    worst = None
    for _ in range(TANGENT_ROUNDS):
        shown, at = _circle_bound(lin, p, xi, a0, X0, w, tn, b, target)
        if shown:
            return True, None
        if at is None:
            break
        worst = at
        w = max(X0 + float(xi[worst].sum()), 1e-300)
    return False, None if worst is None else idx[worst]


class SplitTerms(NamedTuple):
    """The restoring quadratic of one choice of minorants over the candidates ``idx``, split:
    ``value(F) = base + sum_F lin + tn sqrt(A(F)^2 + X_R(F))`` with ``A(F) = a0 + sum_F p`` and
    ``X_R(F) = X0 + sum_F xi0 + sum_{i != j in F} (C/2)^2 cw_i R_ij cw_j``."""

    base: float
    lin: np.ndarray
    a0: float
    p: np.ndarray
    X0: float
    xi0: np.ndarray
    cw: np.ndarray


def split_terms(split: SpectralSplit, q: np.ndarray, C: float, s: float, signs: np.ndarray,
                kappa: np.ndarray, eps: np.ndarray, c: np.ndarray, idx: np.ndarray) -> SplitTerms:
    """The :class:`SplitTerms` of the minorants ``(kappa, eps)`` (see :func:`split_set_bound`)."""
    h = 0.5 * C
    g_u = kappa * signs
    cw = (c[idx] - kappa[idx]) * signs[idx]
    root_lam = np.sqrt(split.lam)
    Rg = split.remainder_product(g_u)
    return SplitTerms(base=h * s * float(q @ g_u), lin=h * s * cw * q[idx],
                      a0=h * root_lam * float(split.v @ g_u), p=h * root_lam * split.v[idx] * cw,
                      X0=h * h * float(g_u @ Rg) + C * float(eps.sum()),
                      xi0=2.0 * h * h * cw * Rg[idx] + h * h * cw * cw * split.R_diag[idx] - C * eps[idx],
                      cw=cw)


def circle_slope(p: np.ndarray, xi: np.ndarray, a0: float, X0: float, w: float, tn: float, b: int) -> float:
    """A bound on ``|d Gamma / d phi|`` (:func:`_gamma`) on both branches: the Lipschitz constant
    of the circle's branch and bound (``tn >= 0``)."""
    r = 1.0 / (2.0 * np.sqrt(w))
    return tn * abs(a0) + tn * abs(X0 + w) * r + float(np.sort(tn * np.hypot(p, xi * r))[::-1][:b].sum())


def _gamma(phis: np.ndarray, lin, p, xi, a0, X0, w, tn, b):
    """Per angle, the max over |F| <= b of ``lin(F) + tn (cos A(F) + sin T(F))``; also the
    per-point scores of the branch with T's positive side, whose top b is the angle's worst set."""
    cos, sin = np.cos(phis)[:, None], np.sin(phis)[:, None]
    r = 1.0 / (2.0 * np.sqrt(w))
    head = lin[None, :] + tn * cos * p[None, :]
    one = tn * a0 * cos[:, 0] + _top_positive(head, b)
    full = head + tn * sin * (xi * r)[None, :]
    two = tn * a0 * cos[:, 0] + tn * sin[:, 0] * (X0 + w) * r + _top_positive(full, b)
    return np.maximum(one, two), full


def _circle_bound(lin, p, xi, a0, X0, w, tn, b, target):
    """Lipschitz branch and bound over phi in [0, pi] of :func:`_gamma` against ``target``:
    ``(True, None)`` when every cell's bound is below it, else ``(False, worst set or None)``."""
    steep = circle_slope(p, xi, a0, X0, w, tn, b)
    if not np.isfinite(steep):
        return False, None
    lo, width = np.linspace(0.0, np.pi, 65)[:-1], np.pi / 64
    cells = 0
    while lo.size:
        mids = lo + 0.5 * width
        vals, full = _gamma(mids, lin, p, xi, a0, X0, w, tn, b)
        cells += lo.size
        if not np.all(vals < target):  # reached (or not a number): not shown
            k = int(np.argmax(np.where(np.isnan(vals), np.inf, vals)))
            return False, np.argsort(-full[k], kind="stable")[:b]
        open_ = ~(vals + steep * 0.5 * width < target)
        if not open_.any():
            return True, None
        if cells > MAX_CELLS:
            return False, None
        lo = np.concatenate([lo[open_], lo[open_] + 0.5 * width])
        width *= 0.5
    return False, None  # not reached: a cell is either shown, split or the search gave up
