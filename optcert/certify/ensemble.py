"""EnsembleCert with white-box base certificates (docs/math/ensembles.md), refined lazily to exactness.

For every test point the cost ``rho[j, c]`` of making base model ``j`` vote exactly ``c`` is
first bounded from below for all partitions at once (vectorised over test points). The knapsack
aggregation of those lower bounds gives a sound lower bound on the ensemble's ``rho`` and an
optimal *plan* (which partitions move to which class). Only the plan's entries are then
realised: an attack of exactly the bounded size proves the entry; otherwise the entry's bound is
raised (relabelling MILP, or one more flip count of the flip-set search) and the aggregation is
redone. When every entry of the optimal plan is realised at its lower bound, lower = upper: the
radius is exact.

Why this is exact: lower-bound costs give ``OPT(lower) <= OPT(true)`` (the aggregation is
monotone in the costs); a plan whose entries are realised at their lower bounds is an attack of
cost ``OPT(lower)``, so ``OPT(true) <= OPT(lower)``.

Base models, by kind:

* label-linear (kernel ridge, the SVM at ``C <= C*``): sorting bounds, greedy attacks, the
  relabelling MILP (:mod:`optcert.certify.targets`);
* kernel SVM above its C*: stability and ball bounds, the flip-set search with retraining
  (:mod:`optcert.certify.ensemble_svm`);
* anything else (a constant voter, another estimator, an SVM on a precomputed kernel) enters
  black-box: ``rho = 1`` for every other class (DPA's sound bound) and no attack. Such
  partitions are listed in every certificate's ``info["black_box"]`` and named in a warning.

``time_limit`` is per test point (searches and MILP solves together); a point out of time or
out of search nodes keeps the sound interval it has.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import numpy as np

from ..exact import aggregation as agg
from ..results import INF, Attack, Certificate
from .ensemble_svm import SVMBase, is_svm_base
from .intervals import reconcile
from .options import checked_options
from .targets import exact_target, realise_target, target_lower_bounds

logger = logging.getLogger(__name__)

#: retrainings of the flip-set search per test point, over all partitions and classes
SEARCH_NODES = 500_000


def _white_box(est, K: int) -> bool:
    """Base models certified by sorting: label-linear learners that know all K classes."""
    return (getattr(est, "is_label_linear", False) is True and hasattr(est, "label_linear_view")
            and len(getattr(est, "classes_", ())) == K)


def base_kind(est, K: int) -> str:
    """"label-linear", "svm" (a kernel SVM above its C*) or "black-box" for one base model."""
    if _white_box(est, K):
        return "label-linear"
    if is_svm_base(est, K):
        return "svm"
    return "black-box"


@dataclass
class _Budget:
    """What one test point may still spend, and what it spent."""

    deadline: float | None
    nodes: int
    exact: bool
    solver: str
    milp_solves: int = 0
    search_nodes: int = 0
    exhausted: bool = False  # an entry was left undecided for want of time or nodes

    def time_left(self) -> float:
        return INF if self.deadline is None else self.deadline - time.perf_counter()


class _LinearBase:
    """One label-linear base model with its target bounds on the current test block."""

    kind = "label-linear"

    def __init__(self, est, K, X_block, votes, tol):
        self.est = est
        self.y_index = est.encode_labels(est.y_fit_)
        self.bounds = target_lower_bounds(est.label_linear_view(X_block), self.y_index, tol)
        M = X_block.shape[0]
        # a base score within rounding of a tie may disagree with the learner's vote: there only
        # the trivial bound 1 is kept
        agree = self.bounds.prediction == votes
        self.lower = np.ones((M, K))
        self.lower[agree] = np.maximum(np.ceil(self.bounds.lower[agree] - 1e-9), 1.0)
        self.lower[np.arange(M), votes] = 0.0
        self._greedy: dict = {}
        self._milp: set = set()

    def refine(self, m: int, c: int, lower: float, budget: _Budget):
        """``(lower, attack)``: the greedy attack once, then (exact mode) the relabelling MILP once."""
        key = (m, c)
        if key not in self._greedy:
            self._greedy[key] = realise_target(self.bounds, m, self.y_index, c)
        att = self._greedy[key]
        if att is not None and len(att[0]) <= lower:
            return lower, att
        left = budget.time_left()
        if budget.exact and key not in self._milp and left <= 0:
            budget.exhausted = True
        if budget.exact and key not in self._milp and left > 0:
            self._milp.add(key)
            budget.milp_solves += 1
            lo, found, _ = exact_target(self.bounds, m, self.y_index, c, solver=budget.solver,
                                        time_limit=None if left == INF else left, known_attack=att)
            if found is not None and (att is None or len(found[0]) < len(att[0])):
                att = found
            lower = max(lower, lo)
        return lower, att

    def attack(self, m: int, c: int, *, quick: bool = False):
        return self._greedy.get((m, c))


@checked_options
def certify_ensemble(ensemble, X_test, *, exact: bool = True, base: str = "whitebox",
                     solver: str = "highs", time_limit: float | None = None, tol: float = 1e-9,
                     witnesses: bool = True, block: int = 256,
                     search_nodes: int = SEARCH_NODES) -> list[Certificate]:
    """Certificates of a fitted :class:`~optcert.partition.PartitionEnsemble` at each row of X_test.

    Parameters
    ----------
    exact : refine the plan's entries until it is realised (relabelling MILP for label-linear
        bases, the flip-set search for SVMs above C*); otherwise report the sound interval of
        the polynomial bounds and attacks.
    base : "whitebox" (per-partition certificates) or "blackbox" (DPA: every switch costs 1).
    time_limit : seconds per test point; search_nodes : retrainings per test point.
    """
    K = len(ensemble.classes_)
    votes_all = ensemble.base_predictions(X_test)
    kinds = [base_kind(e, K) if base == "whitebox" else "black-box" for e in ensemble.estimators_]
    black = tuple(j for j, k in enumerate(kinds) if k == "black-box")
    if base == "whitebox" and black:
        logger.warning("%d of %d base models enter black-box (every switch costs one flip, no attack; "
                       "partitions %s: %s)", len(black), len(kinds), list(black[:10]),
                       sorted({type(ensemble.estimators_[j]).__name__ for j in black}))
    certs: list[Certificate] = []
    for s in range(0, X_test.shape[0], block):
        t0 = time.perf_counter()
        Xb = X_test[s:s + block]
        votes = votes_all[s:s + block]
        bases = [_make_base(ensemble.estimators_[j], kinds[j], K, Xb, votes[:, j], tol)
                 for j in range(len(kinds))]
        lower = _lower_costs(bases, votes, K)
        share = (time.perf_counter() - t0) / len(Xb)
        for m in range(len(Xb)):
            t1 = time.perf_counter()
            budget = _Budget(None if time_limit is None else t1 + float(time_limit), int(search_nodes),
                             bool(exact), solver)
            cert = _certify_point(ensemble, Xb[m], bases, m, lower[m], votes[m], budget, witnesses=witnesses,
                                  method="ensemble-" + ("whitebox" if base == "whitebox" else "dpa"))
            for b in bases:
                if b is not None and b.kind == "svm":
                    b.release(m)
            info = dict(cert.info, black_box=black)
            certs.append(Certificate(cert.prediction, cert.lower, cert.upper, cert.method, cert.witness,
                                     runtime=share + time.perf_counter() - t1, info=info))
    return certs


def _make_base(est, kind, K, Xb, votes, tol):
    if kind == "label-linear":
        return _LinearBase(est, K, Xb, votes, tol)
    if kind == "svm":
        return SVMBase(est, K, Xb, votes, tol)
    return None


def _lower_costs(bases, votes, K) -> np.ndarray:
    """(M, Np, K) integer lower bounds on rho[j, c], 0 at each vote."""
    M, Np = votes.shape
    rho = np.ones((M, Np, K))  # any switch needs a flip: zero flips leave the clean model
    for j, b in enumerate(bases):
        if b is not None:
            rho[:, j, :] = b.lower
    rho[np.arange(M)[:, None], np.arange(Np)[None, :], votes] = 0.0
    return rho


def _certify_point(ensemble, x, bases, m, lower, votes, budget: _Budget, *, witnesses, method) -> Certificate:
    lower = lower.copy()
    Np, K = lower.shape
    upper_cost = np.full((Np, K), INF)
    upper_cost[np.arange(Np), votes] = 0.0
    attacks: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}

    def record(j, c, att):
        if att is not None and len(att[0]) < upper_cost[j, c]:
            attacks[(j, c)], upper_cost[j, c] = att, float(len(att[0]))
            if upper_cost[j, c] < lower[j, c]:  # a replayed attack below a proven bound: rounding
                lower[j, c], _ = reconcile(lower[j, c], upper_cost[j, c], source=f"partition {j} bound")

    probed: set = set()
    while True:
        plan = agg.knapsack_attack(lower, votes)
        if not np.isfinite(plan.cost):
            break
        if budget.exact and _probe_ties(bases, m, plan, lower, upper_cost, votes, budget, probed, record):
            continue  # a probe raised a bound: plan again
        # among the plans of least cost, one with the fewest entries still to realise
        # (costs scaled by Np + 1, so the tie-break never outweighs one flip)
        plan = agg.knapsack_attack(lower * (Np + 1) + (upper_cost > lower), votes)
        progress = False
        # cheapest entries first; after any raised bound the plan is recomputed
        assignment = plan.assignment
        assert assignment is not None  # a plan of finite cost assigns every partition
        for j in sorted(plan.changed, key=lambda j: lower[j, assignment[j]]):
            c = int(assignment[j])
            b = bases[j]
            if b is None or upper_cost[j, c] <= lower[j, c]:
                continue
            if b.kind == "svm" and not budget.exact:
                record(j, c, b.attack(m, c))
                continue
            lo, att = b.refine(m, c, lower[j, c], budget)
            record(j, c, att)
            if lo > lower[j, c]:
                before = lower[j, c]
                lower[j, c], _ = reconcile(lo, upper_cost[j, c], source=f"partition {j} bound")
                progress = lower[j, c] > before
                break
        if not progress:
            break
    lo_plan = agg.knapsack_attack(lower, votes)
    if np.isfinite(lo_plan.cost):  # the plan's entries without an attack: a cheap one each
        quick = budget.time_left() <= 0  # out of time: no repairs from rejected crossings
        lo_assignment = lo_plan.assignment
        assert lo_assignment is not None  # a plan of finite cost assigns every partition
        for j in lo_plan.changed:
            c = int(lo_assignment[j])
            if bases[j] is not None and not np.isfinite(upper_cost[j, c]):
                record(j, c, bases[j].attack(m, c, quick=quick))
        lo_plan = agg.knapsack_attack(lower, votes)
    up_plan = agg.knapsack_attack(upper_cost, votes)
    prediction = ensemble.classes_[lo_plan.prediction]
    prediction = prediction.item() if hasattr(prediction, "item") else prediction
    lo_r = lo_plan.radius
    up_r = up_plan.radius
    witness = None
    if np.isfinite(up_r):
        attack = _training_attack(ensemble, up_plan, attacks, bases)
        if _replay_changes_vote(ensemble, x, attack, lo_plan.prediction):  # always, witnesses or not
            witness = attack if witnesses else None
        else:
            logger.warning("ensemble attack of %d flips did not replay; keeping the lower bound only",
                           attack.size)
            up_r = INF
    lo_r, up_r = reconcile(float(lo_r), float(up_r), source="ensemble aggregation")
    n_svm_stuck = sum(b.stuck_at(m) for b in bases if b is not None and b.kind == "svm")
    return Certificate(prediction, lo_r, up_r, method, witness,
                       info={"milp_solves": budget.milp_solves, "search_nodes": budget.search_nodes,
                             "out_of_budget": budget.exhausted,
                             "svm_entries_undecided": n_svm_stuck})


def _probe_ties(bases, m, plan, lower, upper_cost, votes, budget, probed, record) -> bool:
    """Probe (:meth:`SVMBase.probe`, a few retrainings) every open SVM entry no dearer than the
    plan's dearest one, once per bound: an attack found at a tie spares the full-depth proofs of
    the other candidates. True when a probe raised a bound."""
    top = max((lower[j, plan.assignment[j]] for j in plan.changed), default=-np.inf)
    raised = False
    for j, b in enumerate(bases):
        if b is None or b.kind != "svm":
            continue
        for c in range(lower.shape[1]):
            if c == votes[j] or upper_cost[j, c] <= lower[j, c] or lower[j, c] > top:
                continue
            if (j, c, lower[j, c]) in probed or budget.time_left() <= 0:
                continue
            probed.add((j, c, lower[j, c]))
            lo, att = b.probe(m, c, budget)
            record(j, c, att)
            if lo > lower[j, c]:
                lower[j, c], _ = reconcile(lo, upper_cost[j, c], source=f"partition {j} bound")
                raised = True
    return raised


def _training_attack(ensemble, plan, attacks, bases) -> Attack:
    """Turn a partition-level plan into training-label flips (global indices, user labels)."""
    idx, labels = [], []
    for j in plan.changed:
        c = int(plan.assignment[j])
        local_idx, local_new = attacks[(j, c)]
        est = bases[j].est
        idx.append(ensemble.partitions_[j][local_idx])
        labels.append(est.classes_[local_new])  # base classes are ensemble class indices
    flat_idx = np.concatenate(idx) if idx else np.zeros(0, dtype=np.int64)
    new_index = np.concatenate(labels) if labels else np.zeros(0, dtype=np.int64)
    return Attack(flat_idx, ensemble.classes_[new_index.astype(np.int64)])


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
