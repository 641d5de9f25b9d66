"""Margins and blocks: what "the prediction changes" means for one test point, and the trained
SVM as the plain arrays the bounds and the search work on.

Binary (classes {0, 1}): one SVM block, block 1, with signs ``+1`` for class 1; the margin is
``s f(x)`` with ``s = +1`` iff the prediction is class 1. One-vs-rest (K > 2): one block per
class k (signs ``+1`` for class k); against a target t the margin is ``F_c(x) - F_t(x)`` with c
the prediction. Either way ``margin = sum_k coef[k] F_k(x)``, and the prediction survives while
the margin stays above the tie tolerance ``tau = tol * tie_scale``.

The bounds reason about the exact optimum: :func:`exact_duals` re-solves duals a loose
``kkt_tol`` left short of it and keeps their distance, the slack every clean margin the bounds
read off them (:meth:`TrainedSVM.margin`) is taken with.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from ..exceptions import InvalidInputError

logger = logging.getLogger(__name__)

#: relative slack every bound adds for floating-point rounding in the retrained margins (not
#: mathematics): on ``rho``, on ball and restoring weights, on the restoring quadratic.
SAFETY = 1e-9


@dataclass(frozen=True)
class MarginSpec:
    """One margin of one test point: ``margin = sum_k coef[k] F_k``.

    ``coef[k]`` multiplies the score ``F_k`` of block ``k``; the clean prediction survives while
    ``margin > 0`` (``margin > tau`` for a certificate). ``prediction`` and ``target`` are the
    classes the margin compares (binary: ``target`` None, the other class), when known.
    """

    coef: dict
    prediction: int | None = field(default=None, compare=False)
    target: int | None = field(default=None, compare=False)

    @property
    def blocks(self) -> list[int]:
        """The SVM blocks the margin reads, in increasing order."""
        return sorted(self.coef)


def margin_spec(n_classes: int, prediction: int, target: int | None = None) -> MarginSpec:
    """Binary: ``s * f`` (block 1, ``s = +1`` iff class 1); multiclass: ``F_c - F_t``."""
    if n_classes == 2:
        return MarginSpec({1: 1.0 if prediction == 1 else -1.0}, int(prediction), None)
    if target is None or target == prediction:
        raise InvalidInputError("a multiclass margin needs a target class different from the prediction")
    return MarginSpec({int(prediction): 1.0, int(target): -1.0}, int(prediction), int(target))


def tie_scale(q: np.ndarray, C: float, n_classes: int):
    """The scale of the tie tolerance ``tau = tol * tie_scale`` of an SVM score at any C.

    ``sum_i |w_i|`` of the label-linear weights the SVM has at ``C <= C*`` (``w = C q`` binary,
    ``2 C q`` one-vs-rest): ScaLabelCert's scale, so ``tol`` means the same for every method.
    ``q``: (N,) test column, or (M, N) test rows (one scale per row).
    """
    return (1.0 if n_classes == 2 else 2.0) * C * np.abs(q).sum(axis=-1)


def block_signs(y_new: np.ndarray, n_classes: int, k: int) -> np.ndarray:
    """+-1 labels of block k under class-index labels ``y_new`` (binary: block 1 = class 1)."""
    return np.where(np.asarray(y_new) == k, 1.0, -1.0)


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


class Block(NamedTuple):
    """One SVM block of a trained model: class ``k``, its +-1 ``signs``, dual ``alpha`` and
    ``f = Q (signs * alpha)`` (the training scores)."""

    k: int
    signs: np.ndarray
    alpha: np.ndarray
    f: np.ndarray


@dataclass(frozen=True)
class TrainedSVM:
    """A trained bias-free SVM as plain arrays: what the bounds need of a fitted model.

    ``gram`` (N, N); ``y_index`` (N,) clean labels as class indices; ``alpha`` (N,) binary or
    (K, N) one-vs-rest; ``c_star`` the small-C threshold; ``kkt_tol`` the KKT tolerance the
    model was trained to; ``eps``: how far (RKHS norm, every block) the exact optimum may be
    from ``alpha`` (:func:`exact_duals`).
    """

    gram: np.ndarray
    y_index: np.ndarray
    n_classes: int
    C: float
    alpha: np.ndarray
    c_star: float
    kkt_tol: float = 1e-9
    eps: float = 0.0

    def margin_slack(self, test_norm):
        """How far a clean margin read off ``alpha`` (:meth:`margin`) may be from the exact
        optimum's: ``||phi_x|| eps`` for each of the blocks it reads (one binary, two one-vs-rest)."""
        if np.isinf(self.eps):
            return np.full(np.shape(test_norm), np.inf)
        return (1.0 if self.n_classes == 2 else 2.0) * np.asarray(test_norm, dtype=float) * self.eps

    @property
    def dual_coef(self) -> np.ndarray:
        """``signs * alpha`` per block, shaped like ``alpha``: clean scores are ``Kx @ dual_coef.T``."""
        if self.n_classes == 2:
            return block_signs(self.y_index, 2, 1) * np.asarray(self.alpha)
        return np.stack([block_signs(self.y_index, self.n_classes, k) * self.block_alpha(k)
                         for k in self.block_ids])

    def margin(self, q: np.ndarray, coef: dict) -> float:
        """The clean margin ``sum_k coef[k] F_k(x)`` at test column ``q``, read off ``alpha``."""
        rows = np.atleast_2d(self.dual_coef)
        return sum(c * float(q @ rows[self.block_ids.index(k)]) for k, c in coef.items())

    @property
    def gram_diag(self) -> np.ndarray:
        return np.diag(self.gram)

    @property
    def block_ids(self) -> list[int]:
        """Binary: ``[1]``; one-vs-rest: every class."""
        return [1] if self.n_classes == 2 else list(range(self.n_classes))

    def block_alpha(self, k: int) -> np.ndarray:
        """The dual of block ``k``."""
        alpha = np.atleast_2d(self.alpha)
        return alpha[0] if self.n_classes == 2 else alpha[k]

    def blocks(self) -> Iterator[Block]:
        """Every SVM block with its signs, dual and training scores."""
        for k in self.block_ids:
            signs = block_signs(self.y_index, self.n_classes, k)
            a = self.block_alpha(k)
            yield Block(int(k), signs, a, self.gram @ (signs * a))


#: KKT residual (margin units) above which the duals are re-solved before a bound reads them;
#: duals the re-solve cannot bring below it switch the bounds off (``eps = inf``)
REFINE_KKT = 1e-11


def exact_duals(svm: TrainedSVM) -> TrainedSVM:
    """``svm`` with the duals the bounds read, and their distance ``eps`` to the optimum.

    The bounds reason about the exact optimum of the clean problem. Duals with a KKT residual
    above :data:`REFINE_KKT` in margin units (a loose ``kkt_tol``, the ``qp`` solver, a C so small
    that the learner's residual in units of the duals says little) are re-solved here, warm,
    and the bounds read the re-solved ones. ``eps``, the largest ``sqrt(2 gap)`` over the blocks
    of the duals kept, bounds ``||w - w*||`` (strong convexity of the primal,
    :func:`~optcert.svm.dual.duality_gap`), so a clean score read off them is within
    ``||phi_x|| eps`` of the optimum's (:meth:`TrainedSVM.margin_slack`): the slack of the MILP's
    clean blocks too. Duals still above :data:`REFINE_KKT` after the re-solve get ``eps = inf``
    and every bound is 0: the training margins and active set the bounds also read are then
    not known well enough."""
    from dataclasses import replace

    from .dual import _projected_gradient_violation, duality_gap, solve_svm_dual

    eps, alphas, changed = 0.0, [], False
    for b in svm.blocks():
        a, f = np.clip(b.alpha, 0.0, svm.C), b.f  # the gap needs duals in the box
        if not np.array_equal(a, b.alpha):
            f, changed = svm.gram @ (b.signs * a), True
        # in margin units at any C: the residual of alpha / C, the dual of C Q with box [0, 1]
        if _projected_gradient_violation(b.signs * f - 1.0, a / svm.C, 1.0) > REFINE_KKT:
            sol = solve_svm_dual(svm.C * svm.gram, b.signs, 1.0, kkt_tol=REFINE_KKT,
                                 c_star=svm.c_star / svm.C, warm_start=a / svm.C)
            a = np.clip(svm.C * sol.alpha, 0.0, svm.C)
            f, changed = svm.gram @ (b.signs * a), True
            if sol.kkt_violation > REFINE_KKT:
                logger.warning("the clean SVM dual of block %d stops at KKT residual %.3g > %.3g: "
                               "its bounds are off (every lower bound 0)", b.k, sol.kkt_violation, REFINE_KKT)
                eps = np.inf
        eps = max(eps, float(np.sqrt(2.0 * max(duality_gap(b.signs, a, f, svm.C), 0.0))))
        alphas.append(a)
    alpha = svm.alpha if not changed else alphas[0] if svm.n_classes == 2 else np.stack(alphas)
    return replace(svm, alpha=alpha, eps=eps)
