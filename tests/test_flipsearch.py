"""The ball bound, the active-set re-solve and the flip-set search, against brute force."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from optcert.certify.api import certify
from optcert.certify.replay import replay_changes_prediction
from optcert.learners import KernelSVM
from optcert.svm.ball import ball_lower_bound, ball_weights
from optcert.svm.dual import solve_svm_dual
from optcert.svm.margins import margin_moves
from optcert.svm.resolve import partition_of, resolve_from_partition
from optcert.svm.search import FlipSearch
from test_stability import _svm  # the same small SVMs as the stability tests


def _margins(model, x):
    """[(coef, margin)] of one test point: binary ``s f``; one-vs-rest ``F_c - F_t`` per t."""
    scores = model.decision_function(x[None, :])[0]
    if model.n_classes_ == 2:
        s = 1.0 if scores > 0 else -1.0
        return [({1: s}, s * float(scores))]
    c = int(np.argmax(scores))
    return [({c: 1.0, t: -1.0}, float(scores[c] - scores[t])) for t in range(model.n_classes_) if t != c]


def _weights(model, x, coef):
    yi = model.encode_labels(model.y_fit_)
    moves = margin_moves(yi, model.n_classes_, coef)
    q = model.cross_kernel(x[None, :])[0]
    norm = float(np.sqrt(model.kernel_.diag(x[None, :]))[0])
    return moves, ball_weights(q, np.diag(model.gram_), norm, model.C, yi, model.n_classes_, coef, moves)


# -- the ball bound --------------------------------------------------------------------------------

@pytest.mark.parametrize("mult", [3, 10, 100])
def test_one_flip_stays_in_its_ball(mult):
    """||beta' - beta + C y_i e_i||_Q <= C n_i for every single flip (the ball of the derivation)."""
    model, _ = _svm(12, 2, mult, seed=1)
    Q, C = model.gram_, model.C
    y = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    beta = y * model.alpha_
    slack = []
    for i in range(y.size):
        y2 = y.copy()
        y2[i] = -y2[i]
        beta2 = y2 * solve_svm_dual(Q, y2, C, c_star=model.c_star_).alpha
        v = beta2 - beta
        v[i] += C * y[i]
        slack.append(C * np.sqrt(Q[i, i]) - np.sqrt(max(v @ Q @ v, 0.0)))
    assert min(slack) >= -1e-9 * C
    assert min(slack) < 0.5 * C * np.sqrt(Q.diagonal().max())  # the ball is not vacuous here


@pytest.mark.parametrize("K,mult,seed", [(2, 10, 0), (2, 100, 3), (3, 10, 1), (3, 50, 2)])
def test_ball_bound_never_exceeds_bruteforce(K, mult, seed):
    model, Xt = _svm(7, K, mult, seed)
    bf = certify(model, Xt, method="bruteforce")
    for j in range(Xt.shape[0]):
        bound = min(ball_lower_bound(_weights(model, Xt[j], coef)[1], gap) for coef, gap in _margins(model, Xt[j]))
        assert bound <= bf.lower[j], (j, bound, bf.lower[j])


def test_ball_weights_sum_bounds_every_retrained_labelling():
    """For every labelling of a small set: margin drop <= sum of the ball weights of its moves."""
    model, Xt = _svm(7, 3, 20, seed=4)
    Q, C = model.gram_, model.C
    yi = model.encode_labels(model.y_fit_)
    x = Xt[0]
    q = model.cross_kernel(x[None, :])[0]
    coef, margin = _margins(model, x)[0]
    moves, w = _weights(model, x, coef)
    for r in (1, 2, 3):
        for idx in itertools.combinations(range(yi.size), r):
            for cols in itertools.product(range(moves.shape[1]), repeat=r):
                new = yi.copy()
                new[list(idx)] = moves[list(idx), list(cols)]
                after = 0.0
                for k, c in coef.items():
                    s = np.where(new == k, 1.0, -1.0)
                    after += c * q @ (s * solve_svm_dual(Q, s, C, c_star=model.c_star_).alpha)
                assert margin - after <= w[list(idx), list(cols)].sum() + 1e-9


def _retrained_margin(Q, C, c_star, labels, q, coef):
    total = 0.0
    for k, c in coef.items():
        s = np.where(labels == k, 1.0, -1.0)
        total += c * q @ (s * solve_svm_dual(Q, s, C, kkt_tol=1e-12, c_star=c_star).alpha)
    return total


@pytest.mark.parametrize("K,mult,seed,start", [(2, 10, 6, ()), (2, 30, 7, (0, 3)), (3, 20, 4, ()),
                                               (3, 10, 8, (1,))])
def test_flip_factors_bound_every_set_flipped_from_that_model(K, mult, seed, start):
    """From an optimum (clean, or after some flips): for every set of <= 3 further moves made
    together, margin drop <= sum of the ball weights scaled by that optimum's flip factors."""
    from optcert.svm.ball import flip_factors

    model, Xt = _svm(7, K, mult, seed)
    Q, C = model.gram_, model.C
    yi = model.encode_labels(model.y_fit_)
    x = Xt[0]
    q = model.cross_kernel(x[None, :])[0]
    coef, _ = _margins(model, x)[0]
    base = yi.copy()
    for i in start:  # a node of the search: some points already relabelled
        base[i] = margin_moves(yi, K, coef)[i, 0]
    factors = {}
    for k in coef:
        s = np.where(base == k, 1.0, -1.0)
        a = solve_svm_dual(Q, s, C, kkt_tol=1e-12, c_star=model.c_star_).alpha
        factors[k] = flip_factors(s, a, Q @ (s * a), C, np.diag(Q))
    assert any((f == 0.5).any() for f in factors.values())  # the sharper bound is in play
    moves = margin_moves(base, K, coef)
    norm = float(np.sqrt(model.kernel_.diag(x[None, :]))[0])
    w = ball_weights(q, np.diag(Q), norm, C, base, K, coef, moves, factors=factors)
    plain = ball_weights(q, np.diag(Q), norm, C, base, K, coef, moves)
    assert np.all(w[moves >= 0] <= plain[moves >= 0])
    margin = _retrained_margin(Q, C, model.c_star_, base, q, coef)
    free = [i for i in range(yi.size) if i not in start]
    worst = 0.0
    for r in (1, 2, 3):
        for idx in itertools.combinations(free, r):
            for cols in itertools.product(range(moves.shape[1]), repeat=r):
                new = base.copy()
                new[list(idx)] = moves[list(idx), list(cols)]
                drop = margin - _retrained_margin(Q, C, model.c_star_, new, q, coef)
                bound = w[list(idx), list(cols)].sum()
                assert drop <= bound + 1e-9, (idx, cols, drop, bound)
                worst = max(worst, drop / bound if bound > 0 else 0.0)
    assert worst > 0.1  # the bound is not slack everywhere (the test could fail)


@pytest.mark.parametrize("K,mult,seed,start,b", [(2, 10, 6, (), 3), (2, 30, 7, (0, 3), 3),
                                                 (2, 100, 9, (2,), 2), (3, 20, 4, (), 3)])
def test_restoring_bound_holds_for_every_set_flipped_from_that_model(K, mult, seed, start, b):
    """K0 + sum of the restoring weights bounds the drop of every set of <= b sign flips of one
    SVM block made together from its optimum (clean, or after some flips), against retraining;
    the bound's quadratic (``value``, before the sorting relaxation) lies between the two; the
    same with the minorants optimised for the worst set."""
    from optcert.svm.ball import flip_factors, top_positive_sum
    from optcert.svm.restoring import restoring_bound

    model, Xt = _svm(8, K, mult, seed)
    Q, C = model.gram_, model.C
    yi = model.encode_labels(model.y_fit_)
    k = 1 if K == 2 else int(yi[0])  # the block of class k
    signs = np.where(yi == k, 1.0, -1.0)
    signs[list(start)] *= -1
    a = solve_svm_dual(Q, signs, C, kkt_tol=1e-12, c_star=model.c_star_).alpha
    f = Q @ (signs * a)
    cand = np.ones(signs.size, dtype=bool)
    cand[list(start)] = False
    worst, improved = 0.0, 0
    for x in Xt[:3]:
        q = model.cross_kernel(x[None, :])[0]
        norm = float(np.sqrt(model.kernel_.diag(x[None, :]))[0])
        s = 1.0 if q @ (signs * a) > 0 else -1.0
        factors = flip_factors(signs, a, f, C, np.diag(Q))
        bounds = [restoring_bound(Q, q, norm, C, s, signs, a, f, factors, cand, b, optimize=opt)
                  for opt in (False, True)]
        sorting = [bd.K0 + top_positive_sum(bd.omega, b) for bd in bounds]  # at each one's best set
        assert sorting[1] <= sorting[0] + 1e-8 * (1 + abs(sorting[0]))  # optimised minorants: kept if better
        improved += sorting[1] < sorting[0] - 1e-6
        at = np.cumsum(cand) - 1  # point -> index among the candidates
        for r in range(1, b + 1):
            for idx in itertools.combinations(np.flatnonzero(cand), r):
                s2 = signs.copy()
                s2[list(idx)] *= -1
                a2 = solve_svm_dual(Q, s2, C, kkt_tol=1e-12, c_star=model.c_star_).alpha
                drop = s * (q @ (signs * a) - q @ (s2 * a2))
                for bound in bounds:
                    sorting = bound.K0 + bound.omega[at[list(idx)]].sum()
                    value = bound.value(at[list(idx)])
                    assert drop <= value + 1e-9 and value <= sorting + 1e-9, (idx, drop, value, sorting)
                    worst = max(worst, drop / sorting if sorting > 0 else 0.0)
    assert worst > 0.1  # not vacuous
    assert improved or (K, mult, seed) != (2, 30, 7)  # here the optimised minorants are sharper


@pytest.mark.parametrize("mult,seed,b", [(10, 6, 3), (30, 7, 4), (100, 9, 2)])
def test_set_search_of_the_restoring_bound_decides_its_quadratic_exactly(mult, seed, b):
    """children_may_reach(r) is False exactly when no set of seq[r] and <= b - 1 later
    candidates has a quadratic value reaching ``need`` (every set enumerated), at needs spread
    over the values that occur; a spent node limit leaves the children True."""
    from optcert.svm.ball import flip_factors
    from optcert.svm.restoring import restoring_bound

    model, Xt = _svm(10, 2, mult, seed)
    Q, C = model.gram_, model.C
    signs = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    a, f = model.alpha_, Q @ (signs * model.alpha_)
    cand = np.ones(signs.size, dtype=bool)
    decided = 0
    for x in Xt[:3]:
        q = model.cross_kernel(x[None, :])[0]
        norm = float(np.sqrt(model.kernel_.diag(x[None, :]))[0])
        s = 1.0 if q @ (signs * a) > 0 else -1.0
        bound = restoring_bound(Q, q, norm, C, s, signs, a, f, flip_factors(signs, a, f, C, np.diag(Q)), cand, b)
        seq = np.random.default_rng(seed).permutation(signs.size)
        best = np.full(seq.size, -np.inf)  # per first member: the largest value of its sets
        for r in range(seq.size):
            for size in range(b):
                for rest in itertools.combinations(seq[r + 1:], size):
                    best[r] = max(best[r], bound.value([seq[r], *rest]))
        for need in np.quantile(best, [0.1, 0.5, 0.9]) + 1e-7:
            ok, _ = bound.children_may_reach(need, b, seq, np.arange(seq.size), limit=10**6)
            assert np.array_equal(ok, best >= need), (need, ok, best)
            decided += int(np.count_nonzero(~ok))
            ok, used = bound.children_may_reach(need, b, seq, np.arange(seq.size), limit=1)
            assert used <= 2 and np.all(ok[1:])  # the first row's search spent the limit
    assert decided > 0


def test_suffix_top_sums_match_a_direct_count():
    from optcert.svm.ball import suffix_top_sums

    rng = np.random.default_rng(0)
    for trial in range(300):
        v = rng.normal(size=int(rng.integers(0, 25)))
        if trial % 3 == 0:
            v = np.sort(v)[::-1]
        if trial % 50 == 0:
            v = np.concatenate([v, rng.normal(size=1300)])
        k = int(rng.integers(0, 6))
        direct = [sum(sorted(v[r + 1:][v[r + 1:] > 0], reverse=True)[:k]) for r in range(v.size)]
        assert np.allclose(suffix_top_sums(v, k), direct)


def test_free_slopes_bracket_the_exact_dual_of_the_margin_points():
    """The minorant slopes of the points on the margin come from an interval that holds the
    exact a*_j; an unconverged dual point (large gap) gets none."""
    from optcert.svm.dual import duality_gap
    from optcert.svm.restoring import free_slopes as _free_slopes

    model, _ = _svm(30, 2, 10, seed=12, sep=2.0)
    Q, C = model.gram_, model.C
    s = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    a = model.alpha_
    f = Q @ (s * a)
    m = s * f
    sgn = np.where(np.abs(1 - m) > 1e-7, np.where(m < 1, 1.0, -1.0), 0.0)
    up, down = _free_slopes(Q, a, C, max(duality_gap(s, a, f, C), 0.0), sgn)
    free = np.flatnonzero(up > 0)
    assert free.size >= 2  # the test has margin points to bracket
    exact = solve_svm_dual(Q, s, C, kkt_tol=1e-13, c_star=model.c_star_).alpha / C
    assert np.all(up[free] <= exact[free] + 1e-12) and np.all(exact[free] <= 1 + down[free] + 1e-12)
    rough = np.clip(a + 0.05 * C, 0, C)
    up2, _ = _free_slopes(Q, rough, C, duality_gap(s, rough, Q @ (s * rough), C), sgn)
    assert not up2.any()


def test_flip_factors_fall_back_to_the_plain_ball_for_an_inexact_model():
    """A dual point far from the optimum has a large duality gap: no margin is provably outside
    [-1, 1], so every factor is 1 (the factors never trust an unconverged model)."""
    from optcert.svm.ball import flip_factors

    model, _ = _svm(12, 2, 10, seed=1)
    Q, C = model.gram_, model.C
    s = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    exact = flip_factors(s, model.alpha_, Q @ (s * model.alpha_), C, np.diag(Q))
    assert (exact == 0.5).any()
    rough = np.full(s.size, C / 2)
    assert np.all(flip_factors(s, rough, Q @ (s * rough), C, np.diag(Q)) == 1.0)


# -- the active-set re-solve -------------------------------------------------------------------------

@pytest.mark.parametrize("mult", [3, 30])
def test_duality_gap_bounds_the_score_error(mult):
    """|F~(x) - F*(x)| <= ||phi_x|| sqrt(2 gap) at feasible points between the clean and the optimum."""
    from optcert.svm.dual import duality_gap

    model, Xt = _svm(12, 2, mult, seed=10)
    Q, C = model.gram_, model.C
    y = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    y2 = y.copy()
    y2[:3] *= -1
    opt = solve_svm_dual(Q, y2, C, c_star=model.c_star_).alpha
    Kx = model.cross_kernel(Xt)
    norms = np.sqrt(model.kernel_.diag(Xt))
    rng = np.random.default_rng(1)
    for lam in (0.0, 0.5, 0.9, 1.0):
        a = np.clip((1 - lam) * model.alpha_ + lam * opt + 0.05 * C * rng.standard_normal(y.size) * (lam < 1), 0, C)
        gap = duality_gap(y2, a, Q @ (y2 * a), C)
        assert gap >= -1e-12
        err = np.abs(Kx @ (y2 * a) - Kx @ (y2 * opt))
        assert np.all(err <= norms * np.sqrt(2 * max(gap, 0.0)) + 1e-9)
    assert duality_gap(y2, opt, Q @ (y2 * opt), C) < 1e-8


def test_pruning_from_unfinished_resolves_changes_no_answer():
    """The gap-based early pruning of children leaves floors and crossings as they were."""
    model, Xt = _svm(16, 2, 10, seed=11, sep=3.0)
    for j in range(Xt.shape[0]):
        coef, _ = _margins(model, Xt[j])[0]
        with_gap = _search(model, Xt[j], coef, True).run(1, 4, max_nodes=10**6)
        search = _search(model, Xt[j], coef, True)
        search.gap_pruning = False
        without = search.run(1, 4, max_nodes=10**6)
        assert with_gap.floor == without.floor
        assert (with_gap.crossing is None) == (without.crossing is None)


def test_resolve_from_a_neighbour_matches_the_dual_solver():
    """From the clean active set, one flip away (the search's case): exact, or None (fallback)."""
    model, _ = _svm(25, 2, 10, seed=5)
    Q, C = model.gram_, model.C
    y = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    part = partition_of(model.alpha_, C)
    solved = 0
    for i in range(y.size):
        y2 = y.copy()
        y2[i] = -y2[i]
        ref = solve_svm_dual(Q, y2, C, c_star=model.c_star_).alpha
        res = resolve_from_partition(Q, y2, C, part)
        if res is not None:
            solved += 1
            alpha, f, new_part = res
            assert np.allclose(alpha, ref, atol=1e-7 * C)
            assert np.allclose(f, Q @ (y2 * alpha))
            assert np.array_equal(new_part, partition_of(alpha, C))
    assert solved >= 0.8 * y.size, solved


@pytest.mark.parametrize("coef", [1.0, -1.0])
def test_a_stopped_resolve_proves_its_score_bound(coef):
    """resolve_from_partition(stop=ScoreStop) stops only when the exact optimum's
    ``offset + coef <q, beta*>`` exceeds the threshold; at thresholds around the true scores
    some re-solves stop and some finish."""
    from optcert.svm.resolve import ScoreStop

    model, Xt = _svm(25, 2, 30, seed=5)
    Q, C = model.gram_, model.C
    y = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    part = partition_of(model.alpha_, C)
    q = model.cross_kernel(Xt[:1])[0]
    norm = float(np.sqrt(model.kernel_.diag(Xt[:1]))[0])
    outcomes = set()
    for i in range(y.size):
        y2 = y.copy()
        y2[i] = -y2[i]
        exact = 0.5 + coef * float(q @ (y2 * solve_svm_dual(Q, y2, C, kkt_tol=1e-12, c_star=model.c_star_).alpha))
        for shift in (-1.0, -0.1, -0.01, 0.01):
            res = resolve_from_partition(Q, y2, C, part, stop=ScoreStop(q, coef, 0.5, exact + shift, norm))
            outcomes.add("stopped" if isinstance(res, str) else "done" if res is not None else "failed")
            if isinstance(res, str):
                assert res == "stopped" and exact > exact + shift
    assert {"stopped", "done"} <= outcomes


# -- the search --------------------------------------------------------------------------------------

def _search(model, x, coef, prune: bool, tau=0.0):
    moves, _ = _weights(model, x, coef)
    yi = model.encode_labels(model.y_fit_)
    alpha = np.atleast_2d(model.alpha_)
    alphas = {k: alpha[0] if model.n_classes_ == 2 else alpha[k] for k in coef}
    norm = float(np.sqrt(model.kernel_.diag(x[None, :]))[0])
    return FlipSearch(model.gram_, model.C, model.c_star_, yi, model.n_classes_,
                      model.cross_kernel(x[None, :])[0], coef, alphas, moves, tau=tau,
                      test_norm=norm if prune else None)


@pytest.mark.parametrize("K,mult,seed", [(2, 10, 0), (2, 100, 2), (3, 10, 1), (3, 30, 3)])
def test_search_finds_the_bruteforce_radius(K, mult, seed):
    """Least flips found by the search (with and without pruning) = brute force, min over targets."""
    model, Xt = _svm(7, K, mult, seed)
    bf = certify(model, Xt, method="bruteforce")
    for j in range(Xt.shape[0]):
        for prune in (True, False):
            found = []
            for coef, _ in _margins(model, Xt[j]):
                res = _search(model, Xt[j], coef, prune).run(1, 7, max_nodes=10**6)
                if res.crossing is not None:
                    found.append(res.floor)
                    assert np.count_nonzero(res.crossing != model.encode_labels(model.y_fit_)) == res.floor
                else:
                    assert res.floor == 8  # every count up to N done: no attack for this target
            rho = min(found, default=np.inf)
            assert rho == bf.upper[j] + 1 or (np.isinf(rho) and np.isinf(bf.upper[j])), (j, prune, rho, bf.upper[j])


@pytest.mark.parametrize("N,mult,seed", [(12, 30, 5), (14, 10, 6)])
def test_search_through_the_restoring_set_search_finds_the_bruteforce_radius(N, mult, seed):
    """Binary SVMs where the restoring bound's set search prunes children: same radii as brute
    force, and the set search did run."""
    model, Xt = _svm(N, 2, mult, seed)
    bf = certify(model, Xt, method="bruteforce")
    inner = 0
    for j in range(Xt.shape[0]):
        coef, _ = _margins(model, Xt[j])[0]
        search = _search(model, Xt[j], coef, True)
        res = search.run(1, N, max_nodes=10**6)
        inner += search.inner_nodes
        assert res.crossing is not None and res.floor == bf.upper[j] + 1, (j, res.floor, bf.upper[j])
    assert inner > 0


def test_pruning_saves_retrainings_and_a_stopped_search_keeps_its_floor():
    model, Xt = _svm(14, 2, 10, seed=6)
    x = Xt[int(np.argmax(np.abs(model.decision_function(Xt))))]  # the safest point
    coef, _ = _margins(model, x)[0]
    pruned = _search(model, x, coef, True).run(1, 3, max_nodes=10**6)
    plain = _search(model, x, coef, False).run(1, 3, max_nodes=10**6)
    assert pruned.floor == plain.floor and (pruned.crossing is None) == (plain.crossing is None)
    assert pruned.nodes < plain.nodes
    if plain.crossing is None:
        stopped = _search(model, x, coef, False).run(1, 3, max_nodes=20)  # 14 one-flip nodes fit
        assert stopped.floor == 2 and stopped.crossing is None


def test_time_budget_per_point_keeps_a_sound_interval():
    model, Xt = _svm(9, 2, 30, seed=7, sep=3.0)
    bf = certify(model, Xt, method="bruteforce")
    limited = certify(model, Xt, method="milp", time_limit=1e-3, heuristic=False)
    assert np.all(limited.lower <= bf.lower) and np.all(limited.upper >= bf.upper)
    for j, c in enumerate(limited):
        if np.isfinite(c.upper):
            assert replay_changes_prediction(model, Xt[j], c.witness, c.prediction)


@pytest.mark.parametrize("K", [2, 3, 4])
def test_batched_point_weights_match_the_moves(K):
    """ball_point_weights (all test rows at once) = the row maximum of ball_weights over moves."""
    from optcert.svm.ball import ball_point_weights

    model, Xt = _svm(9, K, 10, seed=8)
    yi = model.encode_labels(model.y_fit_)
    Kx = model.cross_kernel(Xt)
    norms = np.sqrt(model.kernel_.diag(Xt))
    pred = model.predict_index(model.decision_function(Xt))
    for t in ([None] if K == 2 else range(K)):
        rows = np.arange(Xt.shape[0]) if t is None else np.flatnonzero(pred != t)
        batch = ball_point_weights(Kx[rows], norms[rows], np.diag(model.gram_), model.C, yi, K, pred[rows],
                                   None if t is None else np.full(rows.size, t))
        for r, j in enumerate(rows):
            coef = _margins(model, Xt[j])[0][0] if t is None else {int(pred[j]): 1.0, t: -1.0}
            moves, w = _weights(model, Xt[j], coef)
            assert np.allclose(batch[r], w.max(axis=1), rtol=1e-12, atol=1e-15)


def test_precomputed_kernel_searches_without_pruning():
    """No k(x, x) with kernel='precomputed': no ball bound, the search still decides exactly."""
    base, Xt = _svm(9, 2, 1, seed=9, sep=3.0)
    model = KernelSVM(C=10 * base.c_star_, kernel="precomputed").fit(base.gram_, base.y_fit_)
    Gt = base.cross_kernel(Xt)
    ce = certify(model, Gt, method="milp")
    bf = certify(model, Gt, method="bruteforce")
    assert np.array_equal(ce.lower, bf.lower) and np.array_equal(ce.upper, bf.upper)
    assert any((c.info.get("search_nodes") or 0) > 0 for c in ce)
    assert all(c.report is None for c in ce)  # the search settled every point: no model solved
