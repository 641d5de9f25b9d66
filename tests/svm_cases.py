"""Small seeded kernel SVMs above C* shared by the tests (importable like solver_cases)."""

from __future__ import annotations

from optcert.data import make_gaussian_mixture
from optcert.learners import KernelSVM


def small_svm(N, K, mult, seed, sep=6.0, points=6, dim=3):
    """A KernelSVM at ``mult * C*`` on a seeded Gaussian mixture of N training points, and its
    ``points`` test points."""
    X, y = make_gaussian_mixture(N + points, dim, K, separation=sep, seed=seed)
    Xt, X, y = X[:points], X[points:], y[points:]
    c_star = KernelSVM(C=1.0).fit(X, y).c_star_
    return KernelSVM(C=mult * c_star).fit(X, y), Xt
