"""Brute force over whole partition ensembles, shared by the ensemble tests."""

from __future__ import annotations

import itertools

import numpy as np

from optcert.partition import PartitionEnsemble


def ensemble_bruteforce(ens, X, y, Xt):
    """Least flips that change each test prediction, retraining the whole ensemble each time."""
    K = len(ens.classes_)
    clean = ens.predict(Xt)
    rho = np.full(len(Xt), np.inf)
    for k in range(1, len(y) + 1):
        if np.all(rho < k):
            break
        for idx in itertools.combinations(range(len(y)), k):
            for new in itertools.product(*[[c for c in range(K) if c != y[i]] for i in idx]):
                y2 = y.copy()
                y2[list(idx)] = new
                pred = PartitionEnsemble(ens.estimator, ens.n_partitions, ens.partitioner).fit(X, y2).predict(Xt)
                rho[(pred != clean) & (rho > k)] = k
    return rho - 1
