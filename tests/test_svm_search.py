"""The flip-set search (optcert.svm.search) against brute force, and through LabelCert."""

from __future__ import annotations

import numpy as np
import pytest

from optcert.certify.api import certify
from optcert.certify.replay import replay_changes_prediction
from optcert.learners import KernelSVM
from optcert.svm.margins import margin_moves
from optcert.svm.search import FlipSearch


def _search(model, x, coef, prune: bool, tau=0.0):
    yi = model.encode_labels(model.y_fit_)
    moves = margin_moves(yi, model.n_classes_, coef)
    alpha = np.atleast_2d(model.alpha_)
    alphas = {k: alpha[0] if model.n_classes_ == 2 else alpha[k] for k in coef}
    norm = float(np.sqrt(model.kernel_.diag(x[None, :]))[0])
    return FlipSearch(model.gram_, model.C, model.c_star_, yi, model.n_classes_,
                      model.cross_kernel(x[None, :])[0], coef, alphas, moves, tau=tau,
                      test_norm=norm if prune else None)


@pytest.mark.parametrize("K,mult,seed", [(2, 10, 0), (2, 100, 2), (3, 10, 1), (3, 30, 3)])
def test_search_finds_the_bruteforce_radius(K, mult, seed, small_svm, svm_margins):
    """Least flips found by the search (with and without pruning) = brute force, min over targets."""
    model, Xt = small_svm(7, K, mult, seed)
    bf = certify(model, Xt, method="bruteforce")
    for j in range(Xt.shape[0]):
        for prune in (True, False):
            found = []
            for coef, _ in svm_margins(model, Xt[j]):
                res = _search(model, Xt[j], coef, prune).run(1, 7, max_nodes=10**6)
                if res.crossing is not None:
                    found.append(res.floor)
                    assert np.count_nonzero(res.crossing != model.encode_labels(model.y_fit_)) == res.floor
                else:
                    assert res.floor == 8  # every count up to N done: no attack for this target
            rho = min(found, default=np.inf)
            assert rho == bf.upper[j] + 1 or (np.isinf(rho) and np.isinf(bf.upper[j])), (j, prune, rho, bf.upper[j])


@pytest.mark.parametrize("N,mult,seed", [(12, 30, 5), (14, 10, 6)])
def test_search_through_the_restoring_set_search_finds_the_bruteforce_radius(N, mult, seed, small_svm, svm_margins):
    """Binary SVMs where the restoring bound's set search prunes children: same radii as brute
    force, and the set search did run."""
    model, Xt = small_svm(N, 2, mult, seed)
    bf = certify(model, Xt, method="bruteforce")
    inner = 0
    for j in range(Xt.shape[0]):
        coef, _ = svm_margins(model, Xt[j])[0]
        search = _search(model, Xt[j], coef, True)
        res = search.run(1, N, max_nodes=10**6)
        inner += search.inner_nodes
        assert res.crossing is not None and res.floor == bf.upper[j] + 1, (j, res.floor, bf.upper[j])
    assert inner > 0


@pytest.mark.parametrize("K,N,mult,seed", [(2, 10, 10, 0), (3, 8, 3, 2), (2, 14, 10, 6), (2, 16, 30, 2)])
def test_root_floor_never_passes_the_bruteforce_radius(K, N, mult, seed, small_svm, svm_margins):
    """The depths the root's bounds cut (bisection; the restoring bound with one or six rounds of
    optimised minorants, without and with the spectral split, and then the box of the dual
    variables) stay below every target's least crossing, so root_floor <= the brute-force
    radius, and the search that starts above them finds that radius. Binary N = 14 and 16: the
    spectral split lifts some floors."""
    from optcert.svm.span import SpanNorm

    model, Xt = small_svm(N, K, mult, seed, points=6)
    span = SpanNorm(model.gram_)
    bf = certify(model, Xt, method="bruteforce")
    lifted = by_split = 0
    for j in range(Xt.shape[0]):
        floors, found = [], []
        for coef, _ in svm_margins(model, Xt[j]):
            mine = []
            for rounds, spectral, box in ((1, False, None), (6, False, None), (6, True, None), (6, True, span)):
                search = _search(model, Xt[j], coef, True)
                search.root_optimize_rounds, search.spectral, search.span = rounds, spectral, box
                mine.append(search.root_floor(0, N))
            res = _search(model, Xt[j], coef, True).run(1, N, max_nodes=10**6)
            if res.crossing is not None:  # this target's least crossing: res.floor flips
                found.append(res.floor)
                assert max(mine) <= res.floor - 1, (j, mine, res.floor)
            floors.append(max(mine))
            by_split += mine[2] > mine[1]
        assert min(floors) <= bf.upper[j], (j, floors, bf.upper[j])  # the radius: min over targets
        rho = min(found, default=np.inf)
        assert rho == bf.upper[j] + 1 or (np.isinf(rho) and np.isinf(bf.upper[j]))
        lifted += max(floors) > 0
    assert lifted > 0
    assert by_split > 0 or N < 14


@pytest.mark.parametrize("N,mult,seed", [(14, 10, 6), (16, 30, 2), (12, 3, 3)])
def test_node_split_search_finds_the_bruteforce_radius(N, mult, seed, small_svm, svm_margins, monkeypatch):
    """The spectral split cutting every node's suffix of children (on by default from
    NODE_SPLIT_MIN_N points and NODE_SPLIT_MIN_BUDGET flips left, forced on here): same radii as
    brute force, and it did cut."""
    import optcert.svm.search as search_module

    monkeypatch.setattr(search_module, "NODE_SPLIT_MIN_BUDGET", 1)
    model, Xt = small_svm(N, 2, mult, seed)
    bf = certify(model, Xt, method="bruteforce")
    cuts = []
    for j in range(Xt.shape[0]):
        coef, _ = svm_margins(model, Xt[j])[0]
        search = _search(model, Xt[j], coef, True)
        search.node_split = True
        inner = search._suffix_cut
        search._suffix_cut = lambda *a, inner=inner: cuts.append((inner(*a), a[-1])) or cuts[-1][0]
        res = search.run(1, N, max_nodes=10**6)
        assert res.crossing is not None and res.floor == bf.upper[j] + 1, (j, res.floor, bf.upper[j])
    assert any(r0 < end for r0, end in cuts)


def test_pruning_saves_retrainings_and_a_stopped_search_keeps_its_floor(small_svm, svm_margins):
    model, Xt = small_svm(14, 2, 10, seed=6)
    x = Xt[int(np.argmax(np.abs(model.decision_function(Xt))))]  # the safest point
    coef, _ = svm_margins(model, x)[0]
    pruned = _search(model, x, coef, True).run(1, 3, max_nodes=10**6)
    plain = _search(model, x, coef, False).run(1, 3, max_nodes=10**6)
    assert pruned.floor == plain.floor and (pruned.crossing is None) == (plain.crossing is None)
    assert pruned.nodes < plain.nodes
    if plain.crossing is None:
        stopped = _search(model, x, coef, False).run(1, 3, max_nodes=20)  # 14 one-flip nodes fit
        assert stopped.floor == 2 and stopped.crossing is None


def test_pruning_from_unfinished_resolves_changes_no_answer(small_svm, svm_margins):
    """The gap-based early pruning of children leaves floors and crossings as they were."""
    model, Xt = small_svm(16, 2, 10, seed=11, sep=3.0)
    for j in range(Xt.shape[0]):
        coef, _ = svm_margins(model, Xt[j])[0]
        with_gap = _search(model, Xt[j], coef, True).run(1, 4, max_nodes=10**6)
        search = _search(model, Xt[j], coef, True)
        search.gap_pruning = False
        without = search.run(1, 4, max_nodes=10**6)
        assert with_gap.floor == without.floor
        assert (with_gap.crossing is None) == (without.crossing is None)


def test_precomputed_kernel_searches_without_pruning(small_svm):
    """No k(x, x) with kernel='precomputed': no ball bound, the search still decides exactly."""
    base, Xt = small_svm(9, 2, 1, seed=9, sep=3.0)
    model = KernelSVM(C=10 * base.c_star_, kernel="precomputed").fit(base.gram_, base.y_fit_)
    Gt = base.cross_kernel(Xt)
    ce = certify(model, Gt, method="milp")
    bf = certify(model, Gt, method="bruteforce")
    assert np.array_equal(ce.lower, bf.lower) and np.array_equal(ce.upper, bf.upper)
    assert any((c.info.get("search_nodes") or 0) > 0 for c in ce)
    assert all(c.report is None for c in ce)  # the search settled every point: no model solved


def test_time_budget_per_point_keeps_a_sound_interval(small_svm):
    model, Xt = small_svm(9, 2, 30, seed=7, sep=3.0)
    bf = certify(model, Xt, method="bruteforce")
    limited = certify(model, Xt, method="milp", time_limit=1e-3, heuristic=False)
    assert np.all(limited.lower <= bf.lower) and np.all(limited.upper >= bf.upper)
    for j, c in enumerate(limited):
        if np.isfinite(c.upper):
            assert replay_changes_prediction(model, Xt[j], c.witness, c.prediction)


def test_box_of_the_dual_variables_lifts_root_floors_below_the_exact_radius(small_svm, svm_margins):
    """N = 30, 10 C*: the root's second pass with the box of the dual variables lifts some floors
    past the first pass's, and never past the radius the exact search finds."""
    from optcert.svm.span import SpanNorm

    model, Xt = small_svm(30, 2, 10, 1, points=6, sep=3.0)
    span = SpanNorm(model.gram_)
    lifted = 0
    for j in range(Xt.shape[0]):
        (coef, _), = svm_margins(model, Xt[j])
        plain = _search(model, Xt[j], coef, True).root_floor(0, 30)
        search = _search(model, Xt[j], coef, True)
        search.span = span
        boxed = search.root_floor(0, 30)
        exact = _search(model, Xt[j], coef, True).run(1, 30, max_nodes=10**6)
        assert exact.crossing is not None and boxed <= exact.floor - 1, (j, boxed, exact.floor)
        assert boxed >= plain
        lifted += boxed > plain
    assert lifted > 0
