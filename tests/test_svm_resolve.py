"""The SVM dual's duality gap and the warm active-set re-solve with its early stop (optcert.svm.resolve)."""

from __future__ import annotations

import numpy as np
import pytest

from optcert.svm.dual import solve_svm_dual
from optcert.svm.resolve import partition_of, resolve_from_partition


@pytest.mark.parametrize("mult", [3, 30])
def test_duality_gap_bounds_the_score_error(mult, small_svm):
    """|F~(x) - F*(x)| <= ||phi_x|| sqrt(2 gap) at feasible points between the clean and the optimum."""
    from optcert.svm.dual import duality_gap

    model, Xt = small_svm(12, 2, mult, seed=10)
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


@pytest.mark.parametrize("flips", [1, 4, 12])
def test_a_warm_solve_from_known_scores_ends_at_the_cold_solution(flips, small_svm):
    """The attacks' re-solve: started from a labelling's duals with its scores updated at the
    flipped points, the gradient updated at the moved coordinates and no final product -- it
    must end where a solve from zero does, and report the scores of where it ended."""
    from optcert.certify.stability import trained_svm
    from optcert.svm.attacks import WarmState, _scores_after, clean_partitions, retrained_margin
    from optcert.svm.margins import block_signs

    model, Xt = small_svm(40, 3, 20, seed=2)
    svm = trained_svm(model)
    q = model.cross_kernel(Xt[:1])[0]
    labels = svm.y_index.copy()
    labels[:flips] = (labels[:flips] + 1) % 3
    coef = {0: 1.0, 1: -1.0}
    warm = clean_partitions(svm, coef)
    assert isinstance(warm, WarmState)
    margin, alphas = retrained_margin(svm, labels, q, coef, warm)
    cold = {k: solve_svm_dual(svm.gram, block_signs(labels, 3, k), svm.C, c_star=svm.c_star).alpha for k in coef}
    for k in coef:
        np.testing.assert_allclose(alphas[k], cold[k], atol=1e-9 * svm.C)
        signs = block_signs(labels, 3, k)
        np.testing.assert_allclose(_scores_after(svm, warm, k, signs), svm.gram @ (signs * warm.alpha[k]), atol=1e-12)
        sol = solve_svm_dual(svm.gram, signs, svm.C, c_star=svm.c_star, warm_start=warm.alpha[k],
                             warm_scores=_scores_after(svm, warm, k, signs), final_product=False)
        np.testing.assert_allclose(sol.scores, svm.gram @ (signs * sol.alpha), atol=1e-10)
    assert margin == pytest.approx(sum(c * q @ (block_signs(labels, 3, k) * cold[k]) for k, c in coef.items()), abs=1e-9)


def test_resolve_from_a_neighbour_matches_the_dual_solver(small_svm):
    """From the clean active set, one flip away (the search's case): exact, or None (fallback)."""
    model, _ = small_svm(25, 2, 10, seed=5)
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
def test_a_stopped_resolve_proves_its_score_bound(coef, small_svm):
    """resolve_from_partition(stop=ScoreStop) stops only when the exact optimum's
    ``offset + coef <q, beta*>`` exceeds the threshold; at thresholds around the true scores
    some re-solves stop and some finish."""
    from optcert.svm.resolve import ScoreStop

    model, Xt = small_svm(25, 2, 30, seed=5)
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
