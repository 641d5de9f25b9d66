"""The naive ensemble ILP of docs/math/ensembles.md, one model per target class ``t``.

For per-partition costs ``rho`` (``Np x K``, 0 at the vote, ``inf`` unreachable)::

    minimise    sum_{j,c} rho[j, c] * z[j, c]                          (flips)
    subject to  sum_c z[j, c] = 1                        for all j      (one_class)
                n'_c = sum_j z[j, c]                     for all c      (n_prime, expressions)
                n'_t >= n'_c + [t > c]                   for c in C_t   (beat)
                z[j, c] in {0, 1};  z[j, c] = 0 where rho[j, c] = inf

``C_t`` is every class ``c != t`` (``beat="all"``: the ensemble then predicts exactly ``t``)
or only the clean winner ``c*`` (``beat="winner"``: the constraint of docs/math/ensembles.md, ``t`` merely beats
``c*``).  The per-target optima differ when ``K >= 3`` (``winner <= all``), but
``min_t OPT_t`` is the same for both and equals ``rho`` of the ensemble: the prediction changes
iff some class beats ``c*``, and the optimal attack of the ``winner`` model for ``t`` is
feasible for the ``all`` model of whichever class then wins.  ``R = min_t OPT_t - 1``.

Building a model never calls a solver (``optcert.certify.aggregate`` does that).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pyomo.environ as pyo

from ..exact.aggregation import check_rho, ensemble_prediction, vote_counts
from ..exceptions import InvalidInputError

__all__ = ["build_ensemble_ilp", "decode_ensemble_ilp"]


def build_ensemble_ilp(rho, target: int, *, votes=None, beat: str = "all") -> pyo.ConcreteModel:
    """Build the ILP for one target class.

    Parameters
    ----------
    rho : array-like, shape (Np, K)
        Per-partition costs (see :func:`optcert.exact.aggregation.check_rho`).
    target : int
        The class ``t`` to make win; must differ from the clean winner ``c*``.
    votes : array-like of int, shape (Np,), optional
        Explicit votes when ``rho`` has other zeros.
    beat : {"all", "winner"}
        ``t`` must beat every other class, or only ``c*`` (see the module docstring).

    Returns
    -------
    pyomo.environ.ConcreteModel
        Components ``J``, ``C``, ``z``, ``n_prime``, ``one_class``, ``beat``, ``flips``; the
        attributes ``rho``, ``votes``, ``target``, ``c_star`` hold the data for decoding.
    """
    arr, v = check_rho(rho, votes, allow_batch=False)
    if beat not in ("all", "winner"):
        raise InvalidInputError(f"beat must be 'all' or 'winner', got {beat!r}")
    Np, K = arr.shape
    cstar = ensemble_prediction(vote_counts(v, K))
    t = int(target)
    if not 0 <= t < K:
        raise InvalidInputError(f"target must lie in 0..{K - 1}, got {target!r}")
    if t == cstar:
        raise InvalidInputError(f"target {t} is the clean ensemble vote; pick another class")

    m = pyo.ConcreteModel(name=f"ensemble_to_{t}")
    m.J = pyo.RangeSet(0, Np - 1)
    m.C = pyo.RangeSet(0, K - 1)
    m.z = pyo.Var(m.J, m.C, domain=pyo.Binary)
    for j in range(Np):
        for c in range(K):
            if not np.isfinite(arr[j, c]):
                m.z[j, c].fix(0)  # unreachable class
            else:
                m.z[j, c].value = 1.0 if c == v[j] else 0.0  # the clean votes (feasible for one_class)
    m.one_class = pyo.Constraint(m.J, rule=lambda m, j: sum(m.z[j, c] for c in m.C) == 1)
    m.n_prime = pyo.Expression(m.C, rule=lambda m, c: sum(m.z[j, c] for j in m.J))
    rivals = [c for c in range(K) if c != t] if beat == "all" else [cstar]
    m.beat = pyo.Constraint(
        rivals, rule=lambda m, c: m.n_prime[t] >= m.n_prime[c] + (1 if t > c else 0)
    )
    m.flips = pyo.Objective(
        expr=sum(float(arr[j, c]) * m.z[j, c] for j in range(Np) for c in range(K)
                 if np.isfinite(arr[j, c]) and arr[j, c] != 0),
        sense=pyo.minimize,
    )
    m.rho, m.votes, m.target, m.c_star, m.beat_mode = arr, v, t, cstar, beat
    return m


def decode_ensemble_ilp(model: pyo.ConcreteModel, values: Mapping[str, float] | None = None
                        ) -> tuple[np.ndarray, np.ndarray]:
    """The partition-level attack ``(indices, labels)`` of a solution.

    Parameters
    ----------
    model : ConcreteModel
        A model from :func:`build_ensemble_ilp`.
    values : mapping, optional
        Variable values by name (``SolveReport.values``); default: the model's own values.

    Returns
    -------
    indices : ndarray of int
        Partitions whose vote changes.
    labels : ndarray of int
        Their new votes (class indices).
    """
    Np, K = model.rho.shape
    z = np.zeros((Np, K))
    for j in range(Np):
        for c in range(K):
            var = model.z[j, c]
            val = var.value if values is None or var.fixed else values.get(var.name)
            if val is None:
                raise InvalidInputError(f"no value for {var.name}")
            z[j, c] = val
    picked = z > 0.5
    if not (picked.sum(axis=1) == 1).all():
        raise InvalidInputError("the values do not pick exactly one class per partition")
    assign = np.argmax(picked, axis=1).astype(np.int64)
    changed = np.flatnonzero(assign != model.votes)
    return changed, assign[changed]
