"""Small seeded kernel SVMs above C* shared by the tests (importable like solver_cases)."""

from __future__ import annotations

import itertools

import numpy as np

from optcert.data import make_gaussian_mixture
from optcert.learners import KernelSVM
from optcert.svm.dual import solve_svm_dual


def small_svm(N, K, mult, seed, sep=6.0, points=6, dim=3):
    """A KernelSVM at ``mult * C*`` on a seeded Gaussian mixture of N training points, and its
    ``points`` test points."""
    X, y = make_gaussian_mixture(N + points, dim, K, separation=sep, seed=seed)
    Xt, X, y = X[:points], X[points:], y[points:]
    c_star = KernelSVM(C=1.0).fit(X, y).c_star_
    return KernelSVM(C=mult * c_star).fit(X, y), Xt


def restoring_bound_worst_ratio(model, Q, q, signs, a, C, s, cand, b, bounds) -> float:
    """Retrain on every flip set of at most ``b`` candidates: each ``bounds`` entry (a restoring
    bound) stays above the true margin drop and below its sorting bound; returns the largest
    drop / sorting bound seen (so a caller can check the test was not vacuous)."""
    at = np.cumsum(cand) - 1  # point -> index among the candidates
    worst = 0.0
    for r in range(1, b + 1):
        for idx in itertools.combinations(np.flatnonzero(cand), r):
            s2 = signs.copy()
            s2[list(idx)] *= -1
            a2 = solve_svm_dual(Q, s2, C, kkt_tol=1e-12, c_star=model.c_star_).alpha
            drop = s * (q @ (signs * a) - q @ (s2 * a2))
            for bound in bounds:
                sorting = bound.K0 + bound.omega[at[list(idx)]].sum()
                value = bound.value(at[list(idx)])
                assert drop <= value + 1e-9, (idx, drop, value)
                assert value <= sorting + 1e-9 * (1 + abs(sorting)), (idx, value, sorting)
                worst = max(worst, drop / sorting if sorting > 0 else 0.0)
    return worst
