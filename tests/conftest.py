"""Shared fixtures: the hand-checked test vectors and small seeded instances."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from svm_cases import small_svm as _small_svm

DATA = Path(__file__).resolve().parent / "data"


def load_test_vectors() -> dict:
    """shared/test_vectors.json, as shipped in tests/data (checked against ../shared when present)."""
    return json.loads((DATA / "test_vectors.json").read_text())


@pytest.fixture(scope="session")
def test_vectors() -> dict:
    return load_test_vectors()


@pytest.fixture
def rng():
    return np.random.default_rng(12345)


# -- small kernel SVMs above C* (the svm/ room and the stability certifier) ----------------------

def _svm_margins(model, x):
    """[(coef, margin)] of one test point: binary ``s f``; one-vs-rest ``F_c - F_t`` per t."""
    scores = model.decision_function(x[None, :])[0]
    if model.n_classes_ == 2:
        s = 1.0 if scores > 0 else -1.0
        return [({1: s}, s * float(scores))]
    c = int(np.argmax(scores))
    return [({c: 1.0, t: -1.0}, float(scores[c] - scores[t])) for t in range(model.n_classes_) if t != c]


def _svm_ball_weights(model, x, coef):
    from optcert.svm.ball import ball_weights
    from optcert.svm.margins import margin_moves

    yi = model.encode_labels(model.y_fit_)
    moves = margin_moves(yi, model.n_classes_, coef)
    q = model.cross_kernel(x[None, :])[0]
    norm = float(np.sqrt(model.kernel_.diag(x[None, :]))[0])
    return moves, ball_weights(q, np.diag(model.gram_), norm, model.C, yi, model.n_classes_, coef, moves)


def _stability_lower_bounds(model, Xt):
    """The stability bound on R for every test point (tau = 0), all targets."""
    from optcert.certify.stability import svm_blocks
    from optcert.svm.stability import stability_lower_bound

    blocks = svm_blocks(model)
    norms = np.sqrt(model.kernel_.diag(Xt))
    scores = model.decision_function(Xt)
    out = []
    for j in range(Xt.shape[0]):
        if model.n_classes_ == 2:
            s = 1.0 if scores[j] > 0 else -1.0
            out.append(stability_lower_bound(blocks, norms[j], {1: s}, s * scores[j]))
        else:
            c = int(np.argmax(scores[j]))
            out.append(min(stability_lower_bound(blocks, norms[j], {c: 1.0, t: -1.0},
                                                 scores[j, c] - scores[j, t])
                           for t in range(model.n_classes_) if t != c))
    return np.array(out, dtype=float)


@pytest.fixture(scope="session")
def small_svm():
    """``small_svm(N, K, mult, seed, sep=6.0, points=6, dim=3) -> (model, X_test)``: a KernelSVM
    at ``mult * C*`` on a seeded Gaussian mixture of N training points, and its test points."""
    return _small_svm


@pytest.fixture(scope="session")
def svm_margins():
    """``svm_margins(model, x) -> [(coef, margin)]``: the clean margins of one test point."""
    return _svm_margins


@pytest.fixture(scope="session")
def svm_ball_weights():
    """``svm_ball_weights(model, x, coef) -> (moves, weights)``: the moves that matter for a
    margin and their ball weights from any model."""
    return _svm_ball_weights


@pytest.fixture(scope="session")
def stability_lower_bounds():
    """``stability_lower_bounds(model, X_test)``: the stability bound on R per test point (tau = 0)."""
    return _stability_lower_bounds
