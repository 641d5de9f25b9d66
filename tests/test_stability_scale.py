"""The stability certifier at scale (issue 15, Fashion-MNIST at N = 10 000): the dual solver
without the N x N signed matrix, the ordered attack walked on a screen with few replays, the
warm re-solve above the active-set size, and no flip-set search past a point's deadline."""

from __future__ import annotations

import importlib
import tracemalloc

import numpy as np

from optcert.certify.api import certify
from optcert.certify.replay import replay_changes_prediction
from optcert.svm import attacks
from optcert.svm.dual import kkt_violation, solve_svm_dual

stability = importlib.import_module("optcert.certify.stability")  # optcert.certify.certify shadows it
replay_module = importlib.import_module("optcert.certify.replay")


def test_the_dual_solver_never_forms_the_signed_n_by_n_matrix():
    """H = diag(y) Q diag(y) at N = 10 000 is 800 MB per block and retraining: the solver works
    on Q itself (peak allocation well under one N x N array) and still meets its KKT tolerance."""
    rng = np.random.default_rng(0)
    N = 500
    X = rng.normal(size=(N, 4))
    Q = np.exp(-0.5 * ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    y = np.where(X[:, 0] + 0.5 * rng.normal(size=N) > 0, 1.0, -1.0)
    c_star = 1.0 / np.abs(Q).sum(axis=1).max()
    C = 1000.0 * c_star
    tracemalloc.start()
    try:
        sol = solve_svm_dual(Q, y, C, kkt_tol=1e-9, c_star=c_star)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 0.5 * N * N * 8, peak
    assert not sol.small_c and kkt_violation(Q, y, sol.alpha, C) <= 1e-9
    H = Q * y[:, None] * y[None, :]  # the reference: the same optimum from the explicit H
    g = H @ sol.alpha - 1.0
    assert np.max(np.abs(sol.alpha - np.clip(sol.alpha - g, 0.0, C))) <= 1e-9
    assert 0 < np.count_nonzero(sol.alpha) and np.any(sol.alpha < C)


def _counting_replays(monkeypatch):
    calls = []
    real = replay_module.replay_changes_prediction

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(replay_module, "replay_changes_prediction", counted)
    return calls


def test_the_screened_ordered_attack_replays_a_few_labellings_and_stays_an_upper_bound(small_svm, monkeypatch):
    """The walk runs on the two blocks' re-solves; the learner is retrained only where it ends
    (at most SCREEN_REPLAYS per target); the attack changes the prediction when replayed and is
    never below the brute-force radius; the proven floor only skips what cannot work."""
    model, Xt = small_svm(10, 3, 4, 2, sep=8.0, points=6)
    exact = certify(model, Xt, method="bruteforce")
    Kx = model.cross_kernel(Xt)
    scores = model.decision_function(Xt)
    calls = _counting_replays(monkeypatch)
    found = 0
    for j in range(Xt.shape[0]):
        pred = int(np.argmax(scores[j]))
        for floor in (0, int(exact[j].lower)):
            calls.clear()
            attack = stability.ordered_attack(model, Xt[j], Kx[j], pred, scores[j], floor=floor)
            assert len(calls) <= 2 * attacks.SCREEN_REPLAYS
            if attack is None:
                continue
            found += 1
            assert attack.size - 1 >= exact[j].lower
            assert real_replay(model, Xt[j], attack, model.classes_[pred])
        calls.clear()
        plain = stability.ordered_attack(model, Xt[j], Kx[j], pred, scores[j], screen=False)
        if plain is not None:
            assert len(calls) >= 1 and real_replay(model, Xt[j], plain, model.classes_[pred])
    assert found > 0


def real_replay(model, x, attack, label) -> bool:
    """The learner's own retraining (not the counted one)."""
    return bool(model.refit(attack.apply(model.y_fit_)).predict(x[None, :])[0] != label)


def test_warm_retrain_above_the_active_set_size_gives_the_retrained_margin(small_svm, monkeypatch):
    """Above ACTIVE_SET_MAX_N the re-solve is coordinate descent from the active set: the same
    margin as a cold solve of the flipped labels, for random labellings."""
    model, Xt = small_svm(30, 3, 6, 0, sep=6.0, points=2)
    svm = stability.trained_svm(model)
    q = model.cross_kernel(Xt)[0]
    coef = {0: 1.0, 1: -1.0}
    monkeypatch.setattr(attacks, "ACTIVE_SET_MAX_N", 0)
    retrain = attacks.warm_retrain(svm, q, coef)
    rng = np.random.default_rng(3)
    warm = attacks.clean_partitions(svm, coef)
    for _ in range(5):
        labels = svm.y_index.copy()
        idx = rng.choice(labels.size, size=4, replace=False)
        labels[idx] = rng.integers(0, 3, size=4)
        margin, parts = retrain(labels, warm)
        cold, _ = attacks.retrained_margin(svm, labels, q, coef)
        assert abs(margin - cold) <= 1e-7 * (1 + abs(cold))
        assert set(parts) == set(coef)


def test_no_flip_set_search_once_the_point_time_is_spent(small_svm):
    """A time limit already spent by the bounds and the ordered attack starts no search (which
    would first build its root bounds, a minute at N = 10 000); the bounds stay sound."""
    model, Xt = small_svm(10, 3, 4, 2, sep=8.0, points=6)
    exact = certify(model, Xt, method="bruteforce")
    certs = stability.certify_stability(model, Xt, time_limit=1e-9)
    assert any(c.upper > c.lower for c in certs)  # the search would have run before
    for j, c in enumerate(certs):
        assert "searched_floor" not in c.info
        assert c.lower <= exact[j].lower and exact[j].upper <= c.upper
        if np.isfinite(c.upper):
            assert replay_changes_prediction(model, Xt[j], c.witness, c.prediction)
