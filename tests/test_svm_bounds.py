"""The sound bounds of the SVM at any C (optcert.svm: stability, ball and flip factors, restoring),
against retraining and brute force."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from svm_cases import restoring_bound_worst_ratio

from optcert.certify.api import certify
from optcert.certify.stability import svm_blocks
from optcert.exceptions import InvalidInputError
from optcert.svm.ball import ball_lower_bound, ball_weights
from optcert.svm.dual import solve_svm_dual
from optcert.svm.margins import margin_moves
from optcert.svm.stability import BlockStability, max_safe_flips

# -- the stability bound --------------------------------------------------------------------------

@pytest.mark.parametrize("mult", [3.0, 30.0])
def test_weight_change_never_exceeds_rho(mult, small_svm):
    """The derivation itself: ||w' - w|| <= rho_K for random flip sets of every size K."""
    model, _ = small_svm(40, 2, mult, seed=1, sep=3.0)
    Q, C = model.gram_, model.C
    y = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    z0 = y * model.alpha_
    block = svm_blocks(model)[1]
    rng = np.random.default_rng(0)
    ratios = []
    for K in (1, 2, 3, 5, 8):
        for _ in range(15):
            F = rng.choice(40, K, replace=False)
            y2 = y.copy()
            y2[F] *= -1
            d = y2 * solve_svm_dual(Q, y2, C, kkt_tol=1e-12).alpha - z0
            change = float(np.sqrt(max(d @ Q @ d, 0.0)))
            assert change <= block.rho(K) + 1e-9
            ratios.append(change / block.rho(K))
    # the refinement is not the plain Cauchy-Schwarz bound, and the bound is not vacuous
    assert block.rho(3) < 2 * C * np.sort(np.sqrt(np.diag(Q)))[::-1][:3].sum()
    assert max(ratios) > 0.05


@pytest.mark.parametrize("K,N,mult,seed,sep", [(2, 10, 1.3, 0, 6.0), (2, 12, 1.5, 2, 8.0), (2, 8, 10, 0, 4.0),
                                                (3, 8, 1.1, 0, 12.0), (3, 9, 1.2, 1, 12.0)])
def test_lower_bound_never_exceeds_bruteforce(K, N, mult, seed, sep, small_svm, stability_lower_bounds):
    model, Xt = small_svm(N, K, mult, seed, sep=sep)
    assert model.C > model.c_star_
    bf = certify(model, Xt, method="bruteforce")
    lb = stability_lower_bounds(model, Xt)
    assert np.all(lb <= bf.lower), (lb, bf.lower)
    if mult < 2:  # near C* the bound is informative (checked values: 1 on most points)
        assert lb.max() >= 1


def test_lower_bound_is_informative_at_moderate_n(small_svm, stability_lower_bounds):
    """Well-separated data at C slightly above C*: most points get a positive radius."""
    model, Xt = small_svm(60, 2, 1.5, seed=0, sep=6.0, points=10)
    lb = stability_lower_bounds(model, Xt)
    ub = certify(model, Xt, method="milp", time_limit=1, stability=False, search_nodes=0).upper
    assert np.all(lb <= ub)
    assert (lb >= 1).sum() >= 5, lb


def test_max_safe_flips_matches_a_scan():
    rng = np.random.default_rng(3)
    for _ in range(50):
        n = int(rng.integers(1, 40))
        steps = np.concatenate([[0.0], np.cumsum(rng.random(n))])
        gap = float(rng.random() * steps[-1] * 1.2)
        expected = max(k for k in range(n + 1) if steps[k] < gap) if gap > 0 else 0
        assert max_safe_flips(lambda k, steps=steps: steps[k], gap, n) == expected


def test_rho_is_monotone_and_zero_at_zero():
    b = BlockStability(np.array([1.0, 2.0, 0.5, 3.0]), 0.3, np.array([0.2, 1.5, -0.4, 1.0]))
    rhos = [b.rho(k) for k in range(6)]
    assert rhos[0] == 0.0
    assert all(a <= c for a, c in zip(rhos, rhos[1:]))


# -- the ball bound and the flip factors -------------------------------------------------------

@pytest.mark.parametrize("mult", [3, 10, 100])
def test_one_flip_stays_in_its_ball(mult, small_svm):
    """||beta' - beta + C y_i e_i||_Q <= C n_i for every single flip (the ball of the derivation)."""
    model, _ = small_svm(12, 2, mult, seed=1)
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
def test_ball_bound_never_exceeds_bruteforce(K, mult, seed, small_svm, svm_margins, svm_ball_weights):
    model, Xt = small_svm(7, K, mult, seed)
    bf = certify(model, Xt, method="bruteforce")
    for j in range(Xt.shape[0]):
        bound = min(ball_lower_bound(svm_ball_weights(model, Xt[j], coef)[1], gap) for coef, gap in svm_margins(model, Xt[j]))
        assert bound <= bf.lower[j], (j, bound, bf.lower[j])


def test_ball_weights_sum_bounds_every_retrained_labelling(small_svm, svm_margins, svm_ball_weights):
    """For every labelling of a small set: margin drop <= sum of the ball weights of its moves."""
    model, Xt = small_svm(7, 3, 20, seed=4)
    Q, C = model.gram_, model.C
    yi = model.encode_labels(model.y_fit_)
    x = Xt[0]
    q = model.cross_kernel(x[None, :])[0]
    coef, margin = svm_margins(model, x)[0]
    moves, w = svm_ball_weights(model, x, coef)
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
def test_flip_factors_bound_every_set_flipped_from_that_model(K, mult, seed, start, small_svm, svm_margins):
    """From an optimum (clean, or after some flips): for every set of <= 3 further moves made
    together, margin drop <= sum of the ball weights scaled by that optimum's flip factors."""
    from optcert.svm.ball import flip_factors

    model, Xt = small_svm(7, K, mult, seed)
    Q, C = model.gram_, model.C
    yi = model.encode_labels(model.y_fit_)
    x = Xt[0]
    q = model.cross_kernel(x[None, :])[0]
    coef, _ = svm_margins(model, x)[0]
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


def test_flip_factors_fall_back_to_the_plain_ball_for_an_inexact_model(small_svm):
    """A dual point far from the optimum has a large duality gap: no margin is provably outside
    [-1, 1], so every factor is 1 (the factors never trust an unconverged model)."""
    from optcert.svm.ball import flip_factors

    model, _ = small_svm(12, 2, 10, seed=1)
    Q, C = model.gram_, model.C
    s = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    exact = flip_factors(s, model.alpha_, Q @ (s * model.alpha_), C, np.diag(Q))
    assert (exact == 0.5).any()
    rough = np.full(s.size, C / 2)
    assert np.all(flip_factors(s, rough, Q @ (s * rough), C, np.diag(Q)) == 1.0)


@pytest.mark.parametrize("K", [2, 3, 4])
def test_batched_point_weights_match_the_moves(K, small_svm, svm_margins, svm_ball_weights):
    """ball_point_weights (all test rows at once) = the row maximum of ball_weights over moves."""
    from optcert.svm.ball import ball_point_weights

    model, Xt = small_svm(9, K, 10, seed=8)
    yi = model.encode_labels(model.y_fit_)
    Kx = model.cross_kernel(Xt)
    norms = np.sqrt(model.kernel_.diag(Xt))
    pred = model.predict_index(model.decision_function(Xt))
    for t in ([None] if K == 2 else range(K)):
        rows = np.arange(Xt.shape[0]) if t is None else np.flatnonzero(pred != t)
        batch = ball_point_weights(Kx[rows], norms[rows], np.diag(model.gram_), model.C, yi, K, pred[rows],
                                   None if t is None else np.full(rows.size, t))
        for r, j in enumerate(rows):
            coef = svm_margins(model, Xt[j])[0][0] if t is None else {int(pred[j]): 1.0, t: -1.0}
            moves, w = svm_ball_weights(model, Xt[j], coef)
            assert np.allclose(batch[r], w.max(axis=1), rtol=1e-12, atol=1e-15)


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


# -- the restoring bound -------------------------------------------------------------------------

@pytest.mark.parametrize("K,mult,seed,start,b", [(2, 10, 6, (), 3), (2, 30, 7, (0, 3), 3),
                                                 (2, 100, 9, (2,), 2), (3, 20, 4, (), 3)])
def test_restoring_bound_holds_for_every_set_flipped_from_that_model(K, mult, seed, start, b, small_svm):
    """K0 + sum of the restoring weights bounds the drop of every set of <= b sign flips of one
    SVM block made together from its optimum (clean, or after some flips), against retraining;
    the bound's quadratic (``value``, before the sorting relaxation) lies between the two; the
    same with the minorants optimised for the worst set, once and in six alternating rounds, and
    with the box of the dual variables (multipliers for the worst set, sound for every set)."""
    from optcert.svm.ball import flip_factors, top_positive_sum
    from optcert.svm.coefficient_box import box_offset
    from optcert.svm.restoring import box_offset_for, restoring_bound, restoring_problem
    from optcert.svm.span import SpanNorm

    model, Xt = small_svm(8, K, mult, seed)
    Q, C = model.gram_, model.C
    yi = model.encode_labels(model.y_fit_)
    k = 1 if K == 2 else int(yi[0])  # the block of class k
    signs = np.where(yi == k, 1.0, -1.0)
    signs[list(start)] *= -1
    a = solve_svm_dual(Q, signs, C, kkt_tol=1e-12, c_star=model.c_star_).alpha
    f = Q @ (signs * a)
    cand = np.ones(signs.size, dtype=bool)
    cand[list(start)] = False
    worst, improved, boxed = 0.0, 0, 0
    span = SpanNorm(Q)
    for x in Xt[:3]:
        q = model.cross_kernel(x[None, :])[0]
        norm = float(np.sqrt(model.kernel_.diag(x[None, :]))[0])
        s = 1.0 if q @ (signs * a) > 0 else -1.0
        factors = flip_factors(signs, a, f, C, np.diag(Q))
        bounds = [restoring_bound(Q, q, norm, C, s, signs, a, f, factors, cand, b, optimize=opt,
                                  optimize_rounds=rounds)
                  for opt, rounds in ((False, 1), (True, 1), (True, 6))]
        F = np.flatnonzero(cand)[np.argsort(-bounds[2].omega, kind="stable")[:b]]
        offset = box_offset_for(restoring_problem(Q, q, norm, C, s, signs, a, f, factors), F, span)
        if offset is not None:
            bounds.append(restoring_bound(Q, q, norm, C, s, signs, a, f, factors, cand, b, optimize=True,
                                          optimize_rounds=6, offset=offset))
            boxed += 1
        nu = np.random.default_rng(seed).standard_normal(signs.size) * np.abs(q).max()  # any nu is sound
        problem = restoring_problem(Q, q, norm, C, s, signs, a, f, factors)
        offset = box_offset(q, s, nu, signs, problem.sgn, C, span)
        if offset is not None:
            bounds.append(restoring_bound(Q, q, norm, C, s, signs, a, f, factors, cand, b, offset=offset))
        sorting = [bd.K0 + top_positive_sum(bd.omega, b) for bd in bounds]  # at each one's best set
        assert sorting[1] <= sorting[0] + 1e-8 * (1 + abs(sorting[0]))  # optimised minorants: kept if better
        assert sorting[2] <= sorting[1] + 1e-8 * (1 + abs(sorting[1]))  # more rounds: the best one kept
        improved += sorting[1] < sorting[0] - 1e-6
        worst = max(worst, restoring_bound_worst_ratio(model, Q, q, signs, a, C, s, cand, b, bounds))
    assert worst > 0.1  # not vacuous
    assert improved or (K, mult, seed) != (2, 30, 7)  # here the optimised minorants are sharper
    assert boxed  # the box's bound was checked against retraining


@pytest.mark.parametrize("mult,seed,b", [(10, 6, 3), (30, 7, 4), (100, 9, 2)])
def test_set_search_of_the_restoring_bound_decides_its_quadratic_exactly(mult, seed, b, small_svm):
    """children_may_reach(r) is False exactly when no set of seq[r] and <= b - 1 later
    candidates has a quadratic value reaching ``need`` (every set enumerated), at needs spread
    over the values that occur; a spent node limit leaves the children True."""
    from optcert.svm.ball import flip_factors
    from optcert.svm.restoring import restoring_bound

    model, Xt = small_svm(10, 2, mult, seed)
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


def test_free_slopes_bracket_the_exact_dual_of_the_margin_points(small_svm):
    """The minorant slopes of the points on the margin come from an interval that holds the
    exact a*_j; an unconverged dual point (large gap) gets none."""
    from optcert.svm.dual import duality_gap
    from optcert.svm.restoring import free_slopes as _free_slopes

    model, _ = small_svm(30, 2, 10, seed=12, sep=2.0)
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


@pytest.mark.parametrize("K,N,mult,seed,b,sharper_here", [(2, 9, 10, 6, 3, True), (2, 10, 30, 7, 4, False),
                                                            (2, 9, 100, 9, 2, True), (3, 9, 20, 4, 3, False),
                                                            (2, 12, 3, 3, 4, False)])
def test_spectral_split_never_claims_below_the_quadratics_largest_value(K, N, mult, seed, b, sharper_here,
                                                                          small_svm):
    """split_set_bound (the Gram matrix's leading eigencomponent kept exact) against every set of
    at most b points: for the restoring quadratic of minorants optimised for the sorting bound's
    worst set, it never shows "below need" for a need at or under the quadratic's largest value,
    and it shows some finite need; on some instances it also shows needs
    between the largest value and the sorting bound (it is sharper than sorting; elsewhere it
    may be weaker, which is why the search keeps both)."""
    import itertools

    from optcert.svm._restoring_rounds import restoring_rounds
    from optcert.svm.ball import flip_factors
    from optcert.svm.restoring import RestoringProblem, free_slopes, optimal_minorants
    from optcert.svm.spectral import SpectralSplit, split_set_bound

    model, Xt = small_svm(N, K, mult, seed)
    Q, C = model.gram_, model.C
    yi = model.encode_labels(model.y_fit_)
    k = 1 if K == 2 else int(yi[0])
    signs = np.where(yi == k, 1.0, -1.0)
    a = solve_svm_dual(Q, signs, C, kkt_tol=1e-12, c_star=model.c_star_).alpha
    f = Q @ (signs * a)
    m = signs * f
    sgn = np.where(np.abs(1 - m) > 1e-9 * (1 + np.abs(m)), np.where(m < 1, 1.0, -1.0), 0.0)
    up, down = free_slopes(Q, a, C, 0.0, sgn)
    factors = flip_factors(signs, a, f, C, np.diag(Q))
    split, cand, everyone = SpectralSplit(Q), np.ones(N, dtype=bool), np.arange(N, dtype=np.int64)
    sharper = 0
    for x in Xt:
        q = model.cross_kernel(x[None, :])[0]
        norm = float(np.sqrt(model.kernel_.diag(x[None, :]))[0])
        s = 1.0 if q @ (signs * a) > 0 else -1.0
        problem = RestoringProblem(Q, q, norm, C, s, signs, m, sgn, np.abs(1 - m) + 1e-9 * (1 + np.abs(m)),
                                   up, down, 2.0 * factors)
        first = restoring_rounds(tuple(problem), everyone, b, 2, -np.inf, np.zeros(N), np.zeros(N))
        kappa, eps = optimal_minorants(problem, np.argsort(-first[2], kind="stable")[:b], 200)
        sorting = restoring_rounds(tuple(problem), everyone, b, 1, -np.inf, kappa, eps)[0]

        top = max(_restoring_value(Q, q, norm, C, s, signs, kappa, eps, factors, list(F))
                  for r in range(b + 1) for F in itertools.combinations(range(N), r))
        args = (split, q, norm, C, s, signs, kappa, eps, 2.0 * factors, cand, b)
        assert sorting >= top - 1e-9 * (1 + abs(top))
        assert not split_set_bound(*args, top - 1e-9 * (1 + abs(top)))[0]
        lo, hi = top, top + 10 * (abs(top) + 1)  # the least need it shows, by bisection
        assert split_set_bound(*args, hi)[0]
        for _ in range(30):
            lo, hi = (lo, (lo + hi) / 2) if split_set_bound(*args, (lo + hi) / 2)[0] else ((lo + hi) / 2, hi)
        sharper += split_set_bound(*args, top + 0.5 * (sorting - top))[0] and sorting - top > 1e-6 * abs(top)
    assert sharper > 0 or not sharper_here


def _restoring_value(Q, q, norm, C, s, signs, kappa, eps, factors, F) -> float:
    """The restoring quadratic's value at the set F (RestoringBound.value, from its minorants)."""
    h = 0.5 * C
    g = kappa * signs
    g[F] = 2.0 * factors[F] * signs[F]
    off = np.ones(signs.size, dtype=bool)
    off[F] = False
    return float(h * s * q @ g + norm * np.sqrt(max(h * h * g @ Q @ g + C * eps[off].sum(), 0.0)))


def test_spectral_split_is_no_proof_from_non_finite_numbers_nor_from_another_gram(small_svm):
    """A NaN or inf anywhere in the inputs never shows "below need" (every comparison with NaN
    is False, so a test written the other way round would pass them); a split (and a span norm)
    is tied to the Gram matrix it was made from, and made the same way on every run."""
    from optcert.svm.margins import margin_moves
    from optcert.svm.search import FlipSearch
    from optcert.svm.spectral import SpectralSplit, split_set_bound

    model, Xt = small_svm(9, 2, 10, 6)
    Q, C, N = model.gram_, model.C, model.gram_.shape[0]
    signs = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    q = model.cross_kernel(Xt[:1])[0]
    split = SpectralSplit(Q)
    kappa, eps, c, cand = np.zeros(N), np.zeros(N), np.ones(N), np.ones(N, dtype=bool)
    assert split_set_bound(split, q, 1.0, C, 1.0, signs, kappa, eps, c, cand, 2, 1e9)[0]  # plainly below
    for bad in ("eps", "q", "need"):
        e2, q2, need = eps.copy(), q.copy(), 1e9
        if bad == "eps":
            e2[0] = np.nan
        elif bad == "q":
            q2[1] = np.inf
        else:
            need = np.nan
        assert not split_set_bound(split, q2, 1.0, C, 1.0, signs, kappa, e2, c, cand, 2, need)[0], bad
    assert np.array_equal(SpectralSplit(Q).v, split.v)
    other = Q + np.eye(N)
    with pytest.raises(InvalidInputError, match="another Gram"):
        FlipSearch(other, C, model.c_star_, model.encode_labels(model.y_fit_), 2, q, {1: 1.0}, {1: model.alpha_},
                   margin_moves(model.encode_labels(model.y_fit_), 2, {1: 1.0}), tau=0.0, test_norm=1.0,
                   split=split)
    from optcert.svm.span import SpanNorm

    with pytest.raises(InvalidInputError, match="span norm was made from another Gram"):
        FlipSearch(Q, C, model.c_star_, model.encode_labels(model.y_fit_), 2, q, {1: 1.0}, {1: model.alpha_},
                   margin_moves(model.encode_labels(model.y_fit_), 2, {1: 1.0}), tau=0.0, test_norm=1.0,
                   span=SpanNorm(other))


# -- the span of the training features -----------------------------------------------------------

@pytest.mark.parametrize("mult,seed", [(10.0, 3), (100.0, 4)])
def test_span_norm_bounds_every_retrained_move_and_the_exact_projection(mult, seed, small_svm):
    """The derivation itself: for retrained moves d = sum gamma_i phi_i of random flip sets,
    |<phi_x, d>| <= p ||d||; and p lies between the exact ||P phi_x|| (eigendecomposition) and
    ||phi_x||, within a hair of the former (it is a sharpening, not a formality)."""
    from optcert.svm.span import SpanNorm

    model, Xt = small_svm(30, 2, mult, seed, sep=3.0)
    Q, C = model.gram_, model.C
    q, kxx = model.cross_kernel(Xt), model.kernel_.diag(Xt)
    p = SpanNorm(Q).bounds(q, kxx)
    w, V = np.linalg.eigh(Q)
    exact = np.sqrt(((V.T @ q.T) ** 2 / w[:, None]).sum(axis=0))
    assert np.all(p >= exact * (1 - 1e-9)) and np.all(p <= np.sqrt(kxx))
    assert np.all(p <= exact * (1 + 1e-6)) and np.all(p < 0.999 * np.sqrt(kxx))
    y = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    z0 = y * model.alpha_
    rng = np.random.default_rng(seed)
    for K in (1, 3, 6):
        for _ in range(10):
            y2 = y.copy()
            y2[rng.choice(30, K, replace=False)] *= -1
            gamma = y2 * solve_svm_dual(Q, y2, C, kkt_tol=1e-12).alpha - z0
            norm = float(np.sqrt(max(gamma @ Q @ gamma, 0.0)))
            assert np.all(np.abs(q @ gamma) <= p * norm + 1e-12)


def test_span_norm_falls_back_to_the_full_norm_where_nothing_is_certified(small_svm, monkeypatch):
    """A singular Gram matrix (a training point repeated exactly), a non-finite or an
    asymmetric one, columns of another size, or more training points than the certifiers
    factorise: the bound is ||phi_x|| itself, never smaller."""
    from optcert.certify import stability
    from optcert.svm.span import SpanNorm

    model, Xt = small_svm(12, 2, 10.0, 5)
    twice = np.r_[np.arange(12), 0, 1]  # rows and columns repeated exactly: a singular Gram matrix
    Qd, qd, kxx = model.gram_[np.ix_(twice, twice)], model.cross_kernel(Xt)[:, twice], model.kernel_.diag(Xt)
    full = np.sqrt(kxx)
    assert np.array_equal(SpanNorm(Qd).bounds(qd, kxx), full)
    bad = model.gram_.copy()
    bad[0, 1] = bad[1, 0] = np.nan
    assert np.array_equal(SpanNorm(bad).bounds(model.cross_kernel(Xt), kxx), full)
    lopsided = model.gram_.copy()
    lopsided[0, 1] += 1e-3  # the factorisations would read one triangle only
    assert np.array_equal(SpanNorm(lopsided).bounds(model.cross_kernel(Xt), kxx), full)
    assert np.array_equal(SpanNorm(model.gram_).bounds(qd, kxx), full)
    assert np.all(SpanNorm(model.gram_).bounds(model.cross_kernel(Xt), kxx) < full)
    assert np.all(stability.test_norms(model, Xt, model.cross_kernel(Xt)) < full)
    monkeypatch.setattr(stability, "SPAN_MAX_N", 11)
    assert np.array_equal(stability.test_norms(model, Xt, model.cross_kernel(Xt)), full)


@pytest.mark.parametrize("K,N,mult,seed,b,sketched", [(2, 9, 10, 6, 3, False), (3, 9, 20, 4, 3, False),
                                                      (2, 10, 100, 9, 2, False), (3, 8, 30, 1, 4, False),
                                                      (2, 9, 10, 6, 3, True), (3, 8, 30, 1, 4, True)])
def test_block_drop_bounds_every_retrained_set_and_sharpening_lowers_it(K, N, mult, seed, b, sketched,
                                                                        small_svm, monkeypatch):
    """V(b) of one SVM block (optcert.svm.block_drop) is >= the fall of its score for every set
    of <= b sign flips, retrained exactly, at every b, after one and after three sharpenings;
    it is inf before any; sharpening keeps the choice best at its b, so V(b) never rises there,
    and on some case it falls. ``sketched``: the minorant descent reads a rank-2 model of Q."""
    import itertools

    from optcert.svm import spectral
    from optcert.svm.ball import flip_factors
    from optcert.svm.block_drop import BlockDrop
    from optcert.svm.restoring import restoring_problem
    from optcert.svm.spectral import SpectralSplit

    model, Xt = small_svm(N, K, mult, seed)
    Q, C = model.gram_, model.C
    yi = model.encode_labels(model.y_fit_)
    if sketched:
        monkeypatch.setattr(spectral, "SKETCH_MIN_N", 0)
        monkeypatch.setattr(spectral, "SKETCH_RANK", 2)
    split = SpectralSplit(Q)
    assert (split.sketch() is not None) == sketched
    lowered = 0
    for k in ([1] if K == 2 else range(K)):
        signs = np.where(yi == k, 1.0, -1.0)
        a = solve_svm_dual(Q, signs, C, kkt_tol=1e-12, c_star=model.c_star_).alpha
        f = Q @ (signs * a)
        factors = flip_factors(signs, a, f, C, np.diag(Q))
        for x in Xt[:3]:
            q = model.cross_kernel(x[None, :])[0]
            norm = float(np.sqrt(model.kernel_.diag(x[None, :]))[0])
            for s in (1.0, -1.0):
                drop = BlockDrop(restoring_problem(Q, q, norm, C, s, signs, a, f, factors), split,
                                 np.ones(N, dtype=bool), b)
                assert drop.value(b) == np.inf  # no minorants yet: nothing shown
                drop.sharpen(b)
                before = [drop.value(r) for r in range(1, b + 1)]
                drop.sharpen(b)
                drop.sharpen(b)
                after = [drop.value(r) for r in range(1, b + 1)]
                assert after[-1] <= before[-1]
                lowered += after[-1] < before[-1] - 1e-9
                assert drop.value(b + 1) == np.inf  # past its tables: nothing shown
                clean = s * float(q @ (signs * a))
                for r in range(1, b + 1):
                    for idx in itertools.combinations(range(N), r):
                        s2 = signs.copy()
                        s2[list(idx)] *= -1
                        a2 = solve_svm_dual(Q, s2, C, kkt_tol=1e-12, c_star=model.c_star_).alpha
                        fall = clean - s * float(q @ (s2 * a2))
                        assert fall <= min(before[r - 1], after[r - 1]) + 1e-9, (k, s, idx, fall, after[r - 1])
    assert lowered > 0


def test_gram_sketch_models_the_gram_matrix_from_its_leading_eigenpairs(monkeypatch):
    """The sketch keeps Q's diagonal and its leading eigenpairs (rank 3 of a Gram matrix of
    rank 3 plus 1e-3 I: off the diagonal it misses only 1e-3 (I - P)); none below SKETCH_MIN_N
    or from NaN."""
    from optcert.svm import spectral

    rng = np.random.default_rng(0)
    A = rng.normal(size=(40, 3))
    Q = A @ A.T + 1e-3 * np.eye(40)
    monkeypatch.setattr(spectral, "SKETCH_RANK", 3)
    assert spectral.SpectralSplit(Q).sketch() is None  # N = 40 < SKETCH_MIN_N
    monkeypatch.setattr(spectral, "SKETCH_MIN_N", 0)
    U, w, d = spectral.SpectralSplit(Q).sketch()
    model = U @ np.diag(w) @ U.T + np.diag(d)
    assert np.allclose(np.diag(model), np.diag(Q), atol=1e-12)
    assert np.abs(model - Q).max() <= 1e-3 + 1e-8
    assert np.all((d >= -1e-10) & (d <= 1e-3 + 1e-10))
    assert np.allclose(np.sort(w), np.sort(np.linalg.eigvalsh(Q))[-3:], rtol=1e-6)
    Q[0, 1] = np.nan
    assert spectral.SpectralSplit(Q).sketch() is None


@pytest.mark.parametrize("N,mult,seed,b", [(8, 10, 1, 2), (9, 30, 4, 3), (8, 100, 2, 2)])
def test_joint_fall_of_two_blocks_never_claims_below_a_retrained_fall(N, mult, seed, b, small_svm):
    """joint_fall_below (one set of moves for blocks c and t) never says "below" at the largest
    fall of ``F_c - F_t`` over every set of <= b relabellings, both blocks retrained exactly; it
    says "below" just above the two blocks' summed falls V_c(b) + V_t(b) (never weaker), and on
    some case below them (the coupling pays)."""
    import itertools

    from optcert.svm.ball import flip_factors
    from optcert.svm.block_drop import BlockDrop, joint_fall_below
    from optcert.svm.margins import margin_moves
    from optcert.svm.restoring import restoring_problem
    from optcert.svm.spectral import SpectralSplit

    model, Xt = small_svm(N, 3, mult, seed)
    Q, C = model.gram_, model.C
    yi = model.encode_labels(model.y_fit_)
    split = SpectralSplit(Q)

    def block(labels, k):
        signs = np.where(labels == k, 1.0, -1.0)
        return signs, solve_svm_dual(Q, signs, C, kkt_tol=1e-12, c_star=model.c_star_).alpha

    sharper = 0
    for c, t in ((0, 1), (2, 0)):
        moves = margin_moves(yi, 3, {c: 1.0, t: -1.0})
        touch = {k: (moves >= 0) & ((yi[:, None] == k) | (moves == k)) for k in (c, t)}
        for x in Xt[:3]:
            q = model.cross_kernel(x[None, :])[0]
            norm = float(np.sqrt(model.kernel_.diag(x[None, :]))[0])
            drops = {}
            for k, s in ((c, 1.0), (t, -1.0)):
                signs, a = block(yi, k)
                f = Q @ (signs * a)
                problem = restoring_problem(Q, q, norm, C, s, signs, a, f, flip_factors(signs, a, f, C, np.diag(Q)))
                drops[k] = BlockDrop(problem, split, touch[k].any(axis=1), b)
                drops[k].sharpen(b)
                drops[k].sharpen(b)

            def margin(labels, c=c, t=t, q=q):
                (sc, ac), (st, at) = block(labels, c), block(labels, t)
                return float(q @ (sc * ac)) - float(q @ (st * at))

            clean, worst = margin(yi), -np.inf
            for r in range(1, b + 1):
                for idx in itertools.combinations(range(N), r):
                    for pick in itertools.product(range(moves.shape[1]), repeat=r):
                        labels = yi.copy()
                        labels[list(idx)] = moves[list(idx), list(pick)]
                        worst = max(worst, clean - margin(labels))
            summed = drops[c].value(b) + drops[t].value(b)
            assert not joint_fall_below(drops[c], drops[t], touch[c], touch[t], b, worst)
            assert joint_fall_below(drops[c], drops[t], touch[c], touch[t], b, summed * 1.001 + 1e-9)
            sharper += joint_fall_below(drops[c], drops[t], touch[c], touch[t], b, worst + 0.9 * (summed - worst))
            # moves that do not match, or a flip outside a block's candidates: nothing shown
            assert not joint_fall_below(drops[c], drops[t], touch[c][:, :1], touch[t], b, 1e9)
            outside = touch[t].copy()
            outside[:, 0] |= ~touch[t].any(axis=1)
            if not touch[t].any(axis=1).all():
                assert not joint_fall_below(drops[c], drops[t], touch[c], outside, b, 1e9)
    assert sharper > 0


def test_joint_pool_keeps_every_point_a_best_set_can_hold():
    """Within an angle cell the pool holds every point among the b largest positive scores at
    any angle pair of the cell (random scores and moves; top-b sums equal)."""
    from optcert.svm._topk import joint_angle_top_sums
    from optcert.svm.block_drop import _pool, _score_ranges

    rng = np.random.default_rng(3)
    n, b = 400, 7
    f1, f2 = rng.normal(size=(3, n)) * [[0.2], [1.0], [0.5]], rng.normal(size=(3, n)) * [[0.2], [1.0], [0.5]]
    m1, m2 = rng.random((n, 2)) < 0.6, rng.random((n, 2)) < 0.6
    grid, half = (np.arange(8) + 0.5) * (np.pi / 8), 0.5 * np.pi / 8
    lo1, hi1 = _score_ranges(f1, grid, half)
    lo2, hi2 = _score_ranges(f2, grid, half)
    for j1, j2 in ((0, 3), (4, 4), (7, 1)):
        rows = _pool(m1, m2, lo1[j1], hi1[j1], lo2[j2], hi2[j2], b)
        assert rows.size < n
        a1 = grid[j1] + rng.uniform(-half, half, 20)
        a2 = grid[j2] + rng.uniform(-half, half, 20)
        args = (np.cos(a1), np.sin(a1), np.cos(a2), np.sin(a2))
        every = joint_angle_top_sums(*args, *f1, *f2, m1, m2, b)
        pooled = joint_angle_top_sums(*args, *f1[:, rows], *f2[:, rows], m1[rows], m2[rows], b)
        assert np.allclose(every, pooled, rtol=0, atol=1e-12)


def test_minorant_descent_on_an_exact_model_of_q_ends_where_the_dense_one_does(small_svm):
    """A sketch holding all of Q (every eigenpair, no diagonal rest) makes the descent the dense
    one: the restoring value at the set agrees (a descent that misread its model would not)."""
    from optcert.svm.ball import flip_factors
    from optcert.svm.restoring import optimal_minorants, restoring_problem
    from optcert.svm.spectral import GramSketch

    model, Xt = small_svm(12, 2, 30, 2)
    Q, C = model.gram_, model.C
    signs = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    a = solve_svm_dual(Q, signs, C, kkt_tol=1e-12, c_star=model.c_star_).alpha
    f = Q @ (signs * a)
    factors = flip_factors(signs, a, f, C, np.diag(Q))
    lam, V = np.linalg.eigh(Q)
    exact = GramSketch(np.ascontiguousarray(V), lam, np.zeros(12))
    for x in Xt[:3]:
        q = model.cross_kernel(x[None, :])[0]
        norm = float(np.sqrt(model.kernel_.diag(x[None, :]))[0])
        problem = restoring_problem(Q, q, norm, C, -1.0, signs, a, f, factors)
        F = np.argsort(-np.abs(q), kind="stable")[:3]
        dense = optimal_minorants(problem, F, 200)
        modelled = optimal_minorants(problem, F, 200, sketch=exact)
        values = [_restoring_value(Q, q, norm, C, -1.0, signs, kappa, eps, factors, list(F))
                  for kappa, eps in (dense, modelled)]
        assert values[1] == pytest.approx(values[0], rel=1e-7, abs=1e-9)


@pytest.mark.parametrize("seed,b", [(0, 2), (1, 3), (2, 6)])
def test_joint_angle_bound_decides_against_brute_force_on_a_fine_grid(seed, b, monkeypatch):
    """_joint_below against every set of at most b (point, move) pairs at every angle pair of a
    240 x 240 grid (points whose moves touch neither block, moves touching one, scores that are
    negative, b above the point count): never "below" the grid's largest value, and (with cells
    enough) "below" it plus the Lipschitz slack of the grid's spacing."""
    import itertools

    from optcert.svm import block_drop
    from optcert.svm.block_drop import _Circle, _joint_below

    rng = np.random.default_rng(seed)
    n, m = 5, 2
    touch1, touch2 = rng.random((n, m)) < 0.6, rng.random((n, m)) < 0.6
    touch1[0], touch2[0] = False, False  # a point no move of which touches either block
    circles = []
    for touch in (touch1, touch2):
        f = rng.normal(size=(3, n)) * np.array([[0.3], [1.0], [0.8]]) - np.array([[0.2], [0], [0]])
        head, lift = float(rng.normal()), float(abs(rng.normal()))
        steep = abs(head) + lift + float(np.sort(np.hypot(f[1], f[2]))[::-1][:b].sum())
        circles.append(_Circle(f, touch, head, lift, steep))
    one, two = circles
    grid = (np.arange(240) + 0.5) * (np.pi / 240)
    g1, g2 = np.meshgrid(grid, grid, indexing="ij")
    g1, g2 = g1.ravel(), g2.ravel()
    best = np.full(g1.size, -np.inf)
    for r in range(0, min(b, n) + 1):
        for pts in itertools.combinations(range(n), r):
            for mv in itertools.product(range(m), repeat=r):
                for s1, s2 in itertools.product((0, 1), repeat=2):
                    total = one.head * np.cos(g1) + two.head * np.cos(g2) + \
                        s1 * one.lift * np.sin(g1) + s2 * two.lift * np.sin(g2)
                    for i, j in zip(pts, mv):
                        for c, g, side in ((one, g1, s1), (two, g2, s2)):
                            if c.touch[i, j]:
                                total = total + c.f[0, i] + np.cos(g) * c.f[1, i] + side * np.sin(g) * c.f[2, i]
                    best = np.maximum(best, total)
    top = float(best.max())
    assert not _joint_below(one, two, b, top)
    monkeypatch.setattr(block_drop, "JOINT_MAX_CELLS", 10**7)
    assert not _joint_below(one, two, b, top)
    assert _joint_below(one, two, b, top + (one.steep + two.steep) * np.pi / 480 + 1e-9)


def test_block_drop_is_no_proof_from_non_finite_numbers(small_svm):
    """A NaN or inf in the block's inputs makes V infinite (nothing is ever shown from it)."""
    from optcert.svm.ball import flip_factors
    from optcert.svm.block_drop import BlockDrop
    from optcert.svm.restoring import restoring_problem
    from optcert.svm.spectral import SpectralSplit

    model, Xt = small_svm(9, 2, 10, 6)
    Q, C = model.gram_, model.C
    signs = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    a = np.asarray(model.alpha_, dtype=float)
    f = Q @ (signs * a)
    q = model.cross_kernel(Xt[:1])[0]
    factors = flip_factors(signs, a, f, C, np.diag(Q))
    split = SpectralSplit(Q)
    finite = BlockDrop(restoring_problem(Q, q, 1.0, C, 1.0, signs, a, f, factors), split,
                       np.ones(9, dtype=bool), 3)
    finite.sharpen(2)
    assert np.isfinite(finite.value(2))
    for bad in ("q", "norm"):
        q2, norm = q.copy(), 1.0
        if bad == "q":
            q2[3] = np.nan
        else:
            norm = np.inf
        drop = BlockDrop(restoring_problem(Q, q2, norm, C, 1.0, signs, a, f, factors), split,
                         np.ones(9, dtype=bool), 3)
        drop.sharpen(2)
        assert drop.value(2) == np.inf, bad


def test_row_top_prefix_matches_a_sort_of_every_row():
    """The compiled per-row top-k prefix sums of the split's cross terms (block_drop's tables)
    equal a plain sort of each row of ``w_a (Q - lam v v')_ab w_b`` without its diagonal."""
    from optcert.svm._topk import row_top_prefix

    rng = np.random.default_rng(0)
    for n in (7, 60):
        A = rng.standard_normal((n, n))
        Q = A @ A.T / n + 0.5
        v = rng.standard_normal(n)
        v /= np.linalg.norm(v)
        idx = np.sort(rng.choice(n, n - 2, replace=False)).astype(np.int64)
        w = rng.standard_normal(idx.size)
        R = (Q - 0.7 * np.outer(v, v))[np.ix_(idx, idx)] * w[:, None] * w[None, :]
        np.fill_diagonal(R, 0.0)
        for k in (0, 1, 3, 40):
            out = row_top_prefix(Q, 0.7, v, idx, w, k)
            for a in range(idx.size):
                top = np.sort(R[a][R[a] > 0])[::-1][:k]
                ref = np.concatenate([[0.0], np.cumsum(top), np.full(k - top.size, top.sum())])
                assert np.allclose(out[a], ref), (n, k, a)


def test_compiled_top_sums_match_numpy_and_never_hide_a_nan():
    """The per-angle sorting sums of block_drop's circle equal the split's numpy ones
    (spectral._top_positive per angle), and a NaN anywhere gives NaN, never a finite sum from
    a heap that dropped it (nor a finite row of the cross-term tables)."""
    from optcert.svm._topk import angle_top_sums, row_top_prefix
    from optcert.svm.spectral import _top_positive

    rng = np.random.default_rng(1)
    lin, p, xr = rng.standard_normal(40), rng.standard_normal(40), rng.standard_normal(40)
    phis = np.linspace(0.1, 3.0, 9)
    cos, sin = np.cos(phis), np.sin(phis)
    for k in (0, 1, 5, 40, 60):
        one, two = angle_top_sums(cos, sin, lin, p, xr, k)
        head = lin[None, :] + cos[:, None] * p[None, :]
        assert np.allclose(one, _top_positive(head, k))
        assert np.allclose(two, _top_positive(head + sin[:, None] * xr[None, :], k))
    for at in (0, 17, 39):
        bad = lin.copy()
        bad[at] = np.nan
        one, two = angle_top_sums(cos, sin, bad, p, xr, 3)
        assert np.all(np.isnan(one)) and np.all(np.isnan(two)), at
    Q = np.eye(6) + 0.5
    Q[2, 4] = Q[4, 2] = np.nan
    out = row_top_prefix(Q, 0.0, np.zeros(6), np.arange(6, dtype=np.int64), np.ones(6), 1)
    assert np.all(np.isnan(out[[2, 4], 1])) and np.all(np.isfinite(out[[0, 1, 3, 5], 1]))


def test_no_proof_from_a_non_finite_test_norm_or_nan_weights(small_svm):
    """An inf test norm makes every round of the restoring bound inf: the bound is inf and cuts
    nothing (it used to fall back to a zero bound, "cut"); the search refuses such a norm or
    test column outright; a NaN weight makes the sorting sums NaN, never a sum that skipped it."""
    from optcert.svm.ball import flip_factors, suffix_top_sums, top_positive_sum
    from optcert.svm.restoring import restoring_bound
    from optcert.svm.search import FlipSearch

    model, Xt = small_svm(9, 2, 10, 6)
    Q, C = model.gram_, model.C
    yi = model.encode_labels(model.y_fit_)
    signs = np.where(yi == 1, 1.0, -1.0)
    a = np.asarray(model.alpha_, dtype=float)
    f = Q @ (signs * a)
    q = model.cross_kernel(Xt[:1])[0]
    factors = flip_factors(signs, a, f, C, np.diag(Q))
    cand = np.ones(9, dtype=bool)
    plain = restoring_bound(Q, q, 1.0, C, 1.0, signs, a, f, factors, cand, 2, enough=1e6)
    assert plain.cut and np.isfinite(plain.K0)  # a need far above any fall is shown
    bad = restoring_bound(Q, q, np.inf, C, 1.0, signs, a, f, factors, cand, 2, enough=1e6)
    assert not bad.cut and bad.K0 == np.inf
    moves = margin_moves(yi, 2, {1: 1.0})
    for q2, norm in ((q, np.inf), (q, np.nan), (q, -1.0), (np.where(np.arange(9) == 4, np.nan, q), 1.0)):
        with pytest.raises(InvalidInputError, match="must be finite"):
            FlipSearch(Q, C, model.c_star_, yi, 2, q2, {1: 1.0}, {1: model.alpha_}, moves, tau=0.0, test_norm=norm)
    w = np.array([0.5, np.nan, 2.0, 1.0])
    assert np.isnan(top_positive_sum(w, 2)) and top_positive_sum(w[[0, 2, 3]], 2) == 3.0
    sums = suffix_top_sums(w, 2)
    assert np.isnan(sums[0]) and sums[1] == 3.0 and sums[2] == 1.0 and sums[3] == 0.0


def test_a_block_drop_rebuilt_for_more_flips_keeps_its_minorants(small_svm):
    """A larger flip count later (a second pass over the targets) rebuilds a block's tables but
    keeps its sharpened minorants: the same V at the counts both hold, without a new descent;
    the search's root also stops at the deadline it is given, before any block is sharpened."""
    import time

    from optcert.svm.ball import flip_factors
    from optcert.svm.block_drop import BlockDrop
    from optcert.svm.restoring import restoring_problem
    from optcert.svm.search import FlipSearch
    from optcert.svm.spectral import SpectralSplit

    model, Xt = small_svm(9, 3, 20, 4)
    Q, C = model.gram_, model.C
    yi = model.encode_labels(model.y_fit_)
    signs = np.where(yi == 0, 1.0, -1.0)
    a = solve_svm_dual(Q, signs, C, kkt_tol=1e-12, c_star=model.c_star_).alpha
    f = Q @ (signs * a)
    q = model.cross_kernel(Xt[:1])[0]
    problem = restoring_problem(Q, q, 1.0, C, 1.0, signs, a, f, flip_factors(signs, a, f, C, np.diag(Q)))
    split, cand = SpectralSplit(Q), np.ones(9, dtype=bool)
    small = BlockDrop(problem, split, cand, 2)
    small.sharpen(2)
    small.sharpen(2)
    big = BlockDrop(problem, split, cand, 4)
    big.adopt(small)
    assert len(big.choices) == len(small.choices) > 0
    assert big.value(2) == small.value(2) and np.isfinite(big.value(4))
    other = restoring_problem(Q, q, 1.0, C, -1.0, signs, a, f, flip_factors(signs, a, f, C, np.diag(Q)))
    stranger = BlockDrop(other, split, cand, 4)
    stranger.adopt(small)  # another score sign: nothing carries over
    assert not stranger.choices
    spec_coef = {0: 1.0, 1: -1.0}
    alphas = {k: solve_svm_dual(Q, np.where(yi == k, 1.0, -1.0), C, kkt_tol=1e-12, c_star=model.c_star_).alpha
              for k in spec_coef}
    drops: dict = {}
    search = FlipSearch(Q, C, model.c_star_, yi, 3, q, spec_coef, alphas, margin_moves(yi, 3, spec_coef),
                        tau=0.0, test_norm=1.0, drops=drops)
    assert search.drops_apply()
    search.root_floor(0, 5, rounds=3, deadline=time.perf_counter() - 1.0)
    assert all(not drop.choices for drop in drops.values())
