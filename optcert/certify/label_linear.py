"""Certify label-linear models (kernel ridge; the SVM at C <= C*) by sorting -- ScaLabelCert.

Vectorised over test points and blockwise over them: the test-by-train kernel of one block,
its label-linear weights, gains and partial selection; no Python loop per test point except
to build and replay witnesses.
"""

from __future__ import annotations

import logging
import time

import numpy as np

from ..exact import label_linear as ll
from ..results import INF, Attack, Certificate
from .intervals import reconcile
from .options import checked_options

logger = logging.getLogger(__name__)

#: test points per block: bounds the (block, N) temporaries (gains, masks).
DEFAULT_BLOCK_BYTES = 128 * 2**20


def tolerance(weights: np.ndarray, tol: float) -> np.ndarray:
    """Per-point tie tolerance ``tau = tol * sum_i |w_i|`` (the scale of the score's rounding;
    for the SVM at any C the same scale is :func:`optcert.svm.margins.tie_scale`)."""
    return tol * np.abs(weights).sum(axis=1)


def rho_label_linear(view, y_index: np.ndarray, tol: float):
    """(lower, upper, prediction index, target) of rho for every row of a label-linear view."""
    tau = tolerance(view.weights, tol)
    if view.binary:
        signs = np.where(y_index == 1, 1.0, -1.0)
        lower, upper, pred = ll.binary_rho(view.weights, signs, tau)
        return lower, upper, pred, 1 - pred
    scores = view.scores(y_index)
    return ll.multiclass_rho(scores, view.weights, y_index, tau)


@checked_options
def certify_label_linear(model, X_test, *, tol: float = 1e-9, witnesses: bool = True,
                         block_bytes: int = DEFAULT_BLOCK_BYTES) -> list[Certificate]:
    """ScaLabelCert certificates for every row of ``X_test`` (see :func:`optcert.certify`)."""
    y_index = model.encode_labels(model.y_fit_)
    N = y_index.size
    M = X_test.shape[0]
    block = max(1, int(block_bytes // (8 * N * 4)))
    certs: list[Certificate] = []
    for start in range(0, M, block):
        t0 = time.perf_counter()
        rows = slice(start, min(start + block, M))
        view = model.label_linear_view(X_test[rows])
        lower, upper, pred, target = rho_label_linear(view, y_index, tol)
        elapsed = (time.perf_counter() - t0) / max(1, rows.stop - rows.start)
        for j in range(rows.stop - rows.start):
            certs.append(_certificate(model, X_test[start + j], view, j, y_index, lower[j], upper[j],
                                      int(pred[j]), int(target[j]), witnesses, elapsed))
    return certs


def _certificate(model, x_row, view, j, y_index, lo, up, pred, target, witnesses, elapsed):
    label = model.classes_[pred]
    t0 = time.perf_counter()
    witness = None
    upper_radius = up - 1.0
    if witnesses and np.isfinite(up) and up > 0:
        k = int(up)
        if view.binary:
            idx, new = ll.binary_attack(view.weights[j], y_index, pred, k)
        else:
            idx, new = ll.multiclass_attack(view.weights[j], y_index, pred, target, k)
        attack = Attack(idx, model.classes_[new])
        from .replay import replay_changes_prediction

        if replay_changes_prediction(model, x_row, attack, label):
            witness = attack
        else:
            # the sorted attack lands within rounding of a tie: keep the proven lower bound only
            upper_radius = INF
    lower_radius, upper_radius = reconcile(lo - 1.0, upper_radius, source="ScaLabelCert")
    return Certificate(
        prediction=label.item() if hasattr(label, "item") else label,
        lower=lower_radius,
        upper=upper_radius,
        method="scalable",
        witness=witness,
        runtime=elapsed + (time.perf_counter() - t0),
    )
