"""The stability bound: how far label flips can move the bias-free SVM at *any* C.

Above C* the SVM is not label-linear and sorting alone does not certify it; this bound needs
no solver and costs O(N log N) per flip count. It is weaker than the MILP but sound, so the
certifiers use it to decide easy points without a model and to start every radius model at
``flips >= bound + 1`` (a valid cut: "bound tightening from a polynomial certificate").

Derivation (primal ``J_y(w) = 1/2 ||w||^2 + C sum_i max(0, 1 - y_i <w, phi_i>)``, 1-strongly
convex in the RKHS norm). Let ``w`` minimise ``J_y`` and ``w'`` minimise ``J_y~`` where ``y~``
flips the points of F. Adding the two strong-convexity inequalities at the two minimisers::

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
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .margins import SAFETY, TrainedSVM

#: fixed-point iterations of ``rho <- sqrt(C top_K sum g(rho))`` (it stops earlier once stable)
RHO_ITERATIONS = 60


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
            for _ in range(RHO_ITERATIONS):
                g = self._psi_a - _psi(self.margins - rho * self.norms)
                top = np.partition(g, self.n - k)[self.n - k:] if k < self.n else g
                new = float(np.sqrt(self.C * max(top.sum(), 0.0)))
                if new >= rho * (1 - 1e-12):
                    rho = min(rho, new)
                    break
                rho = new
            self._cache[k] = rho * (1 + SAFETY)
        return self._cache[k]


def max_safe_flips(move: Callable[[int], float], gap: float, n: int) -> int:
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


def svm_blocks(svm: TrainedSVM) -> dict[int, BlockStability]:
    """One :class:`BlockStability` per SVM block (binary: ``{1: ...}``; one-vs-rest: per class)."""
    diag = svm.gram_diag
    return {b.k: BlockStability(diag, svm.C, b.signs * b.f) for b in svm.blocks()}


def stability_lower_bound(blocks: dict[int, BlockStability], test_norm: float, coef: dict,
                          gap: float) -> int:
    """Lower bound on the radius for one margin ``sum_k coef[k] F_k`` with ``gap = margin - tau``."""
    def move(K):
        return test_norm * sum(abs(c) * blocks[k].rho(K) for k, c in coef.items())

    return max_safe_flips(move, gap, next(iter(blocks.values())).n)
