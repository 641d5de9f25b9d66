"""EnsembleCert with white-box base certificates (docs/math/ensembles.md), refined lazily to exactness.

For every test point the cost ``rho[j, c]`` of making base model ``j`` vote ``c`` is first
bounded from below for all partitions at once (sorting, vectorised over test points). The
knapsack aggregation of those lower bounds gives a sound lower bound on the ensemble's ``rho``
and an optimal *plan* (which partitions move to which class). Only the plan's entries are then
realised: an attack of exactly the bounded size proves the entry; otherwise the entry's exact
value comes from the relabelling MILP and the aggregation is redone. When every entry of the
optimal plan is realised at its lower bound, lower = upper: the radius is exact.

Why this is exact: lower-bound costs give ``OPT(lower) <= OPT(true)`` (the aggregation is
monotone in the costs); a plan whose entries are realised at their lower bounds is an attack of
cost ``OPT(lower)``, so ``OPT(true) <= OPT(lower)``.

Base models that are not label-linear (an SVM above its C*, a constant voter, any other
estimator) enter black-box: ``rho = 1`` for every other class (DPA's sound bound), no attack.
"""

from __future__ import annotations

import logging
import time

import numpy as np

from ..exact import aggregation as agg
from ..results import INF, Attack, Certificate
from .intervals import reconcile
from .targets import TargetBounds, exact_target, realise_target, target_lower_bounds

logger = logging.getLogger(__name__)


def _white_box(est, K: int) -> bool:
    """Base models certified white-box: label-linear learners that know all K classes."""
    return (getattr(est, "is_label_linear", False) is True and hasattr(est, "label_linear_view")
            and len(getattr(est, "classes_", ())) == K)


class _Base:
    """One partition's base model with its target bounds on the current test block."""

    def __init__(self, est, K, X_block, tol):
        self.est = est
        self.white = _white_box(est, K)
        self.bounds: TargetBounds | None = None
        if self.white:
            self.y_index = est.encode_labels(est.y_fit_)
            self.bounds = target_lower_bounds(est.label_linear_view(X_block), self.y_index, tol)


def certify_ensemble(ensemble, X_test, *, exact: bool = True, base: str = "whitebox",
                     solver: str = "highs", time_limit: float | None = None, tol: float = 1e-9,
                     witnesses: bool = True, block: int = 256) -> list[Certificate]:
    """Certificates of a fitted :class:`~optcert.partition.PartitionEnsemble` at each row of X_test.

    Parameters
    ----------
    exact : solve the relabelling MILP where sorting bounds and greedy attacks disagree
        (otherwise report the sound interval they give).
    base : "whitebox" (per-partition certificates) or "blackbox" (DPA: every switch costs 1).
    """
    K = len(ensemble.classes_)
    votes_all = ensemble.base_predictions(X_test)
    certs: list[Certificate] = []
    for s in range(0, X_test.shape[0], block):
        t0 = time.perf_counter()
        Xb = X_test[s:s + block]
        votes = votes_all[s:s + block]
        bases = [_Base(e, K, Xb, tol) if base == "whitebox" else None for e in ensemble.estimators_]
        lower = _lower_costs(bases, votes, K)
        share = (time.perf_counter() - t0) / len(Xb)
        for m in range(len(Xb)):
            t1 = time.perf_counter()
            cert = _certify_point(ensemble, Xb[m], bases, m, lower[m], votes[m], K, exact=exact,
                                  solver=solver, time_limit=time_limit, witnesses=witnesses,
                                  method="ensemble-" + ("whitebox" if base == "whitebox" else "dpa"))
            certs.append(Certificate(cert.prediction, cert.lower, cert.upper, cert.method, cert.witness,
                                     runtime=share + time.perf_counter() - t1, info=cert.info))
    return certs


def _lower_costs(bases, votes, K) -> np.ndarray:
    """(M, Np, K) integer lower bounds on rho[j, c], 0 at each vote."""
    M, Np = votes.shape
    rho = np.ones((M, Np, K))  # any switch needs a flip: zero flips leave the clean model
    for j, b in enumerate(bases):
        if b is not None and b.white:
            # a base score within rounding of a tie may disagree with the learner's vote:
            # there only the trivial bound 1 is kept
            agree = b.bounds.prediction == votes[:, j]
            rho[agree, j, :] = np.maximum(np.ceil(b.bounds.lower[agree] - 1e-9), 1.0)
    rho[np.arange(M)[:, None], np.arange(Np)[None, :], votes] = 0.0
    return rho


def _certify_point(ensemble, x, bases, m, lower, votes, K, *, exact, solver, time_limit, witnesses,
                   method) -> Certificate:
    lower = lower.copy()
    Np = lower.shape[0]
    upper_cost = np.full((Np, K), INF)
    upper_cost[np.arange(Np), votes] = 0.0
    attacks: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}
    tried_greedy: set = set()
    tried_milp: set = set()
    n_milp = 0
    while True:
        plan = agg.knapsack_attack(lower, votes)
        if not np.isfinite(plan.cost):
            break
        progress = False
        for j in plan.changed:
            c = int(plan.assignment[j])
            b = bases[j]
            if upper_cost[j, c] == lower[j, c] or b is None or not b.white:
                continue
            if (j, c) not in tried_greedy:
                tried_greedy.add((j, c))
                att = realise_target(b.bounds, m, b.y_index, c)
                if att is not None and len(att[0]) < upper_cost[j, c]:
                    attacks[(j, c)], upper_cost[j, c] = att, float(len(att[0]))
            if upper_cost[j, c] > lower[j, c] and exact and (j, c) not in tried_milp:
                tried_milp.add((j, c))
                n_milp += 1
                known = attacks.get((j, c))
                lo, att, _ = exact_target(b.bounds, m, b.y_index, c, solver=solver,
                                          time_limit=time_limit, known_attack=known)
                if att is not None and len(att[0]) < upper_cost[j, c]:
                    attacks[(j, c)], upper_cost[j, c] = att, float(len(att[0]))
                if lo > lower[j, c]:
                    lower[j, c], _ = reconcile(lo, upper_cost[j, c], source="relabelling MILP")
                    progress = True
        if not progress:
            break
    lo_plan = agg.knapsack_attack(lower, votes)
    up_plan = agg.knapsack_attack(upper_cost, votes)
    prediction = ensemble.classes_[lo_plan.prediction]
    prediction = prediction.item() if hasattr(prediction, "item") else prediction
    lo_r = lo_plan.radius
    up_r = up_plan.radius
    witness = None
    if np.isfinite(up_r):
        attack = _training_attack(ensemble, up_plan, attacks, bases)
        if witnesses:
            if _replay_changes_vote(ensemble, x, attack, lo_plan.prediction):
                witness = attack
            else:
                logger.warning("ensemble attack of %d flips did not replay; keeping the lower bound only",
                               attack.size)
                up_r = INF
    return Certificate(prediction, float(lo_r), float(max(up_r, lo_r)), method, witness,
                       info={"milp_solves": n_milp})


def _training_attack(ensemble, plan, attacks, bases) -> Attack:
    """Turn a partition-level plan into training-label flips (global indices, user labels)."""
    idx, labels = [], []
    for j in plan.changed:
        c = int(plan.assignment[j])
        local_idx, local_new = attacks[(j, c)]
        est = bases[j].est
        idx.append(ensemble.partitions_[j][local_idx])
        labels.append(est.classes_[local_new])  # base classes are ensemble class indices
    idx = np.concatenate(idx) if idx else np.zeros(0, dtype=np.int64)
    new_index = np.concatenate(labels) if labels else np.zeros(0, dtype=np.int64)
    return Attack(idx, ensemble.classes_[new_index.astype(np.int64)])


def _replay_changes_vote(ensemble, x, attack: Attack, clean_vote: int) -> bool:
    """Retrain every touched base model on its flipped labels and recount the votes."""
    K = len(ensemble.classes_)
    votes = ensemble.base_predictions(x[None, :])[0].copy()
    flipped = dict(zip(attack.indices.tolist(), np.searchsorted(ensemble.classes_, attack.labels).tolist()))
    for j, part in enumerate(ensemble.partitions_):
        touched = [i for i in part.tolist() if i in flipped]
        if not touched:
            continue
        est = ensemble.estimators_[j]
        y_local = est.y_fit_.copy()
        pos = {g: p for p, g in enumerate(part.tolist())}
        for g in touched:
            y_local[pos[g]] = flipped[g]
        votes[j] = int(est.refit(y_local).predict(x[None, :])[0])
    new_vote = agg.ensemble_prediction(agg.vote_counts(votes, K))
    return int(new_vote) != int(clean_vote)
