"""The re-solve attacks of the SVM above C* (optcert.svm.attacks.resolve_attack) and the
stability certifier that uses them: replayed, never below brute force or the search's radii."""

from __future__ import annotations

import numpy as np
import pytest

from optcert.certify.api import certify
from optcert.certify.replay import replay_changes_prediction
from optcert.certify.stability import trained_svm
from optcert.svm.attacks import (
    clean_partitions,
    crossed_margin,
    drop_flips,
    resolve_attack,
    retrained_margin,
    warm_retrain,
)
from optcert.svm.margins import margin_moves, margin_spec
from optcert.svm.search import FlipSearch


@pytest.mark.parametrize("K,mult,seed", [(2, 10, 0), (2, 100, 2), (3, 10, 1)])
def test_stability_interval_brackets_bruteforce_and_attacks_replay(K, mult, seed, small_svm):
    model, Xt = small_svm(8, K, mult, seed)
    bf = certify(model, Xt, method="bruteforce")
    st = certify(model, Xt, method="stability")
    assert np.all(st.lower <= bf.lower) and np.all(st.upper >= bf.upper)
    for j, c in enumerate(st):
        assert c.info["lower_from"] in ("stability", "ball", "root")  # root: binary, no time limit
        assert c.info["upper_from"] in ("ordered", "resolve", None)
        if np.isfinite(c.upper):
            assert c.info["upper_from"] is not None and c.witness.size == c.upper + 1
            assert replay_changes_prediction(model, Xt[j], c.witness, c.prediction)


def test_a_tiny_time_limit_keeps_a_sound_interval(small_svm):
    model, Xt = small_svm(8, 2, 30, seed=7, sep=3.0)
    bf = certify(model, Xt, method="bruteforce")
    st = certify(model, Xt, method="stability", time_limit=1e-6)
    assert np.all(st.lower <= bf.lower) and np.all(st.upper >= bf.upper)


@pytest.mark.parametrize("K", [2, 3])
def test_warm_retrain_equals_a_cold_solve(K, small_svm):
    """The active-set re-solve from a neighbour's partition = the dual solved from zero."""
    model, Xt = small_svm(20, K, 10, seed=3)
    svm = trained_svm(model)
    q = model.cross_kernel(Xt[:1])[0]
    spec = margin_spec(K, 0, None if K == 2 else 1)
    retrain = warm_retrain(svm, q, spec.coef)
    rng = np.random.default_rng(0)
    warm = clean_partitions(svm, spec.coef)
    y = svm.y_index.copy()
    for _ in range(6):
        i = rng.integers(y.size)
        y[i] = (y[i] + 1) % K
        mg, warm = retrain(y, warm)
        cold, _ = retrained_margin(svm, y, q, spec.coef)
        assert mg == pytest.approx(cold, abs=1e-6)


def test_drop_flips_returns_a_least_crossing_subset():
    """Scripted retraining: the margin is 5 minus the flipped weights; the drops keep a subset
    that crosses and from which no single flip can be undone."""
    w = np.array([1.0, 2.0, 3.0, 0.5, 4.0, 0.2])
    y0 = np.zeros(6, dtype=int)

    def retrain(labels, warm):
        return 5.0 - float(w[labels != y0].sum()), None

    crossed = lambda mg: mg < 0  # noqa: E731
    out = drop_flips(retrain, y0, np.ones(6, dtype=int), crossed, np.argsort(w))
    kept = out != y0
    assert crossed(retrain(out, None)[0])
    for i in np.flatnonzero(kept):
        y2 = out.copy()
        y2[i] = 0
        assert not crossed(retrain(y2, None)[0])


@pytest.mark.parametrize("N,mult,seed", [(30, 10, 11), (40, 30, 12)])
def test_resolve_attack_never_below_the_search_radius(N, mult, seed, small_svm):
    """Binary, N = 30-40: every crossing the re-solve attack returns replays and has at least
    the exact radius's flips (the flip-set search, run to the end)."""
    model, Xt = small_svm(N, 2, mult, seed, sep=3.0, points=4)
    svm = trained_svm(model)
    yi = svm.y_index
    for j in range(Xt.shape[0]):
        q = model.cross_kernel(Xt[j:j + 1])[0]
        pred = int(model.predict_index(model.decision_function(Xt[j:j + 1]))[0])
        spec = margin_spec(2, pred)
        labels = resolve_attack(svm, q, spec)
        norm = float(np.sqrt(model.kernel_.diag(Xt[j:j + 1]))[0])
        search = FlipSearch(model.gram_, model.C, model.c_star_, yi, 2, q, spec.coef,
                            {1: svm.block_alpha(1)}, margin_moves(yi, 2, spec.coef), tau=0.0,
                            test_norm=norm)
        res = search.run(1, N, max_nodes=10**6)
        if labels is None:
            continue
        flips = int(np.count_nonzero(labels != yi))
        assert crossed_margin(spec, 2)(retrained_margin(svm, labels, q, spec.coef)[0])
        assert res.crossing is not None and flips >= res.floor, (j, flips, res.floor)


@pytest.mark.parametrize("K,mult,seed", [(2, 30, 4), (3, 10, 5)])
def test_search_under_a_time_limit_keeps_the_interval_around_bruteforce(K, mult, seed, small_svm):
    """With a time limit the flip-set search lifts ``lower`` (``lower_from = "search"``) and
    its crossings are replayed: the interval still holds the brute-force radius."""
    model, Xt = small_svm(8, K, mult, seed, sep=3.0)
    bf = certify(model, Xt, method="bruteforce")
    st = certify(model, Xt, method="stability", time_limit=30)
    plain = certify(model, Xt, method="stability")
    assert np.all(st.lower <= bf.lower) and np.all(st.upper >= bf.upper)
    assert np.all(st.lower >= plain.lower) and np.all(st.upper <= plain.upper)
    for j, c in enumerate(st):
        if c.info["lower_from"] == "search":
            assert c.lower == c.info["searched_floor"] - 1
        if np.isfinite(c.upper):
            assert replay_changes_prediction(model, Xt[j], c.witness, c.prediction)


@pytest.mark.parametrize("N,mult,seed", [(30, 10, 11), (40, 30, 12), (60, 10, 13)])
def test_stability_interval_holds_the_search_radius(N, mult, seed, small_svm):
    """N = 30-60, binary: lower <= the exact radius (flip-set search run to the end) <= upper,
    with and without a time limit; without one the root bounds (restoring with alternating
    minorants, spectral split) give some of the lower ends."""
    model, Xt = small_svm(N, 2, mult, seed, sep=3.0, points=4)
    svm = trained_svm(model)
    assert any(c.info["lower_from"] == "root" for c in certify(model, Xt, method="stability"))
    for limit in (None, 20):
        st = certify(model, Xt, method="stability", time_limit=limit)
        for j in range(Xt.shape[0]):
            q = model.cross_kernel(Xt[j:j + 1])[0]
            spec = margin_spec(2, int(model.predict_index(model.decision_function(Xt[j:j + 1]))[0]))
            norm = float(np.sqrt(model.kernel_.diag(Xt[j:j + 1]))[0])
            res = FlipSearch(model.gram_, model.C, model.c_star_, svm.y_index, 2, q, spec.coef,
                             {1: svm.block_alpha(1)}, margin_moves(svm.y_index, 2, spec.coef),
                             tau=st[j].info["tau"], test_norm=norm).run(1, N, max_nodes=10**6)
            radius = res.floor - 1 if res.crossing is not None else np.inf
            assert st.lower[j] <= radius <= st.upper[j], (j, limit)


@pytest.mark.parametrize("N,mult,seed", [(30, 10, 14), (40, 30, 15)])
def test_block_drop_root_floor_holds_the_search_radius_over_two_blocks(N, mult, seed, small_svm):
    """N = 30-40, three classes: the root floor of a two-block margin with each block's fall
    bounded and summed (block_drop, after the restoring bound over the margin) stays below that
    target's exact least crossing (the flip-set search run to the end), and the drop pass runs."""
    model, Xt = small_svm(N, 3, mult, seed, sep=3.0, points=4)
    svm = trained_svm(model)
    checked = 0
    for j in range(Xt.shape[0]):
        q = model.cross_kernel(Xt[j:j + 1])[0]
        scores = model.decision_function(Xt[j:j + 1])[0]
        pred = int(np.argmax(scores))
        norm = float(np.sqrt(model.kernel_.diag(Xt[j:j + 1]))[0])
        for t in (k for k in range(3) if k != pred):
            coef = margin_spec(3, pred, t).coef
            args = (model.gram_, model.C, model.c_star_, svm.y_index, 3, q, coef,
                    {k: svm.block_alpha(k) for k in coef}, margin_moves(svm.y_index, 3, coef))
            root = FlipSearch(*args, tau=0.0, test_norm=norm)
            floor = root.root_floor(0, N)
            assert root.drops, "the block-drop pass did not run"
            res = FlipSearch(*args, tau=0.0, test_norm=norm).run(1, N, max_nodes=5_000)
            if res.crossing is not None:
                assert floor <= res.floor - 1, (j, t, floor, res.floor)
                checked += 1
    assert checked > 0
