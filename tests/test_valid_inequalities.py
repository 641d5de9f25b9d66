"""Valid inequalities of the label-flip MILPs against brute force (issue 18).

For tiny SVMs above C* every labelling within the budget is enumerated and retrained; its exact
KKT point (every variable, every encoding) must satisfy every row and bound of the model with
all families on -- so no family cuts off an attack -- and the optimum with the inequalities
must equal the optimum without them and brute force. Symmetry is checked as what it is: it
keeps one labelling of each permutation class, never the optimum's flip count.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from pyomo.core.expr.visitor import identify_variables

from optcert.certify.api import certify
from optcert.data import make_gaussian_mixture
from optcert.exceptions import InvalidInputError
from optcert.formulations import label_flip_model
from optcert.formulations.svm_label_flip import build_svm_label_flip, margin_spec, set_labelling
from optcert.formulations.valid_inequalities import (
    DEFAULT_FAMILIES,
    FAMILIES,
    identical_groups,
    resolve_families,
)
from optcert.learners import KernelSVM
from optcert.results import TerminationStatus as TS
from optcert.solvers import bigm_reformulation, compile_model, solve
from optcert.solvers._form import has_disjunctions
from optcert.svm.dual import solve_svm_dual

ALL = frozenset(FAMILIES)
FEAS_TOL = 1e-6
#: a safeguard against a hung solve, not a speed assertion (these solve in seconds; a heavily loaded
#: machine took over 60 s for one)
SAFEGUARD = 900


def _svm(N, K, seed, sep, points=6, dup=0):
    X, y = make_gaussian_mixture(N + points - dup, 3, K, separation=sep, seed=seed)
    Xt, X, y = X[:points], X[points:], y[points:]
    if dup:  # repeat the first `dup` training points (same features, same labels)
        X, y = np.vstack([X, X[:dup]]), np.concatenate([y, y[:dup]])
    model = KernelSVM(C=10 * KernelSVM(C=1.0).fit(X, y).c_star_).fit(X, y)
    assert model.C > model.c_star_
    return model, Xt


class Case:
    """One test point of a tiny SVM, with every labelling within ``budget`` retrained."""

    def __init__(self, model, x, budget):
        self.model, self.x, self.budget = model, x, budget
        self.q = model.cross_kernel(x)[0]
        self.y = model.encode_labels(model.y_fit_)
        self.K = model.n_classes_
        scores = model.decision_function(x)
        self.pred = int(model.predict_index(scores)[0])
        others = [t for t in range(self.K) if t != self.pred]
        self.target = None if self.K == 2 else min(others, key=lambda t: scores[0, self.pred] - scores[0, t])
        self.spec = margin_spec(self.K, self.pred, self.target)
        self.tau = 1e-6 * model.C * np.abs(self.q).sum() * (1 if self.K == 2 else 2)
        self.test_norm = float(np.sqrt(model.kernel_.diag(x))[0])
        self.alphas = {k: (model.alpha_ if self.K == 2 else model.alpha_[k]) for k in self.spec.coef}
        self.rows = list(self._labellings())

    def _labellings(self):
        """(labels, flips, margin, {block: alpha}) of every labelling within the budget."""
        N = self.y.size
        for r in range(self.budget + 1):
            for idx in itertools.combinations(range(N), r):
                for new in itertools.product(*[[c for c in range(self.K) if c != self.y[i]] for i in idx]):
                    labels = self.y.copy()
                    labels[list(idx)] = new
                    alphas, margin = {}, 0.0
                    for k, c in self.spec.coef.items():
                        signs = np.where(labels == k, 1.0, -1.0)
                        a = solve_svm_dual(self.model.gram_, signs, self.model.C, kkt_tol=1e-11).alpha
                        alphas[k] = a
                        margin += c * float(self.q @ (signs * a))
                    yield labels, r, margin, alphas

    def build(self, question, families, complementarity="bigm", cap=None, test_norm=True, budget=None):
        budget = self.budget if budget is None else budget
        return build_svm_label_flip(
            self.model.gram_, self.model.C, self.y, self.K, self.q, self.spec, question=question,
            budget=budget if question == "margin" else None, tau=self.tau,
            complementarity=complementarity, max_flips=cap, valid_inequalities=families,
            alphas=self.alphas, test_norm=self.test_norm if test_norm else None)

    @property
    def rho(self):
        hits = [r for _, r, mg, _ in self.rows if mg <= self.tau]
        return min(hits) if hits else None

    @property
    def worst_margin(self):
        return min(mg for _, _, mg, _ in self.rows)


class Checker:
    """Rows and bounds of ``m`` (disjunctions as big-M, compiled once) violated at the KKT point
    of a labelling: the relabelling binaries, every block's KKT variables and s, t."""

    def __init__(self, m):
        self.m = bigm_reformulation(m) if has_disjunctions(m) else m
        self.form = compile_model(self.m)

    def __call__(self, labels, alphas):
        form = self.form
        set_labelling(self.m, labels, alphas)
        x = form.start_values()
        assert not np.isnan(x).any(), [n for n, v in zip(form.names, x) if np.isnan(v)][:5]
        bad = []
        tol = FEAS_TOL * (1 + np.abs(x))
        for j in np.flatnonzero((x < form.col_lo - tol) | (x > form.col_hi + tol)):
            bad.append(f"bound {form.names[j]}: {x[j]} not in [{form.col_lo[j]}, {form.col_hi[j]}]")
        ax = form.A @ x
        scale = FEAS_TOL * (1 + abs(form.A) @ np.abs(x))
        for i in np.flatnonzero((ax < form.row_lo - scale) | (ax > form.row_hi + scale)):
            bad.append(f"row {form.row_names[i]}: {ax[i]} not in [{form.row_lo[i]}, {form.row_hi[i]}]")
        return bad


# (N, K, seed, separation, test point, budget): radii 2, 2 and 1 by brute force
INSTANCES = {"binary-a": (10, 2, 0, 6.0, 2, 3), "binary-b": (10, 2, 1, 6.0, 0, 3),
             "3-class": (7, 3, 3, 6.0, 2, 2)}


@pytest.fixture(scope="module", params=sorted(INSTANCES))
def case(request):
    N, K, seed, sep, j, budget = INSTANCES[request.param]
    model, Xt = _svm(N, K, seed, sep)
    c = Case(model, Xt[j:j + 1], budget)
    assert c.rho is not None and c.rho >= 2  # an attack exists within the budget, not a trivial one
    return c


@pytest.mark.parametrize("complementarity", ["bigm", "indicator", "sos1"])
def test_every_labelling_within_the_budget_is_feasible(case, complementarity):
    """Question (a) admits every labelling within the budget: each one's KKT point satisfies
    every row of the model with all families, in every encoding."""
    m = case.build("margin", ALL - {"symmetry"}, complementarity)
    assert set(m.valid_inequalities) >= {"knapsack", "restoring", "bounds", "scores", "activation", "anchors"}
    violations = Checker(m)
    for labels, r, _margin, alphas in case.rows:
        bad = violations(labels, alphas)
        assert not bad, (r, np.flatnonzero(labels != case.y), bad[:3])


def test_every_attack_is_feasible_in_the_capped_radius_model(case):
    """Question (b) with the cap at the budget admits exactly the attacks: each attack's KKT
    point satisfies every row, the knapsack and cardinality cuts included."""
    m = case.build("radius", ALL - {"symmetry"}, cap=case.budget)
    attacks = [row for row in case.rows if row[2] <= case.tau]
    assert attacks
    violations = Checker(m)
    for labels, r, _margin, alphas in attacks:
        bad = violations(labels, alphas)
        assert not bad, (r, np.flatnonzero(labels != case.y), bad[:3])


@pytest.fixture(scope="module")
def wider():
    """N = 16 at budget 2 (137 labellings): there single flips move the SVM little enough that
    the score intervals decide some points' side of the margin."""
    model, Xt = _svm(16, 2, 1, 3.0)
    return Case(model, Xt[0:1], 2)


@pytest.mark.parametrize("complementarity", ["bigm", "indicator", "sos1"])
def test_bounds_fix_alphas_and_keep_every_labelling(wider, complementarity):
    """The interval family is not vacuous (alpha fixed in some label states) and every labelling
    within the budget stays feasible with all families on."""
    m = wider.build("margin", ALL - {"symmetry"}, complementarity)
    fixed = sum(1 for c in m.svm[1].score_bound_rows.values() if "alpha" in str(c.body))
    assert fixed > 0
    violations = Checker(m)
    for labels, r, _margin, alphas in wider.rows:
        bad = violations(labels, alphas)
        assert not bad, (r, np.flatnonzero(labels != wider.y), bad[:3])


@pytest.mark.parametrize("question", ["radius", "margin"])
def test_optimum_unchanged_by_the_inequalities(case, question):
    """Each family alone, all together and none: HiGHS proves the same optimum, equal to brute
    force (radius: least flips reaching tau; margin: the least margin within the budget)."""
    expected = case.rho if question == "radius" else case.worst_margin
    for families in [frozenset(), ALL, *({f} for f in FAMILIES)]:
        m = case.build(question, families, cap=case.budget if question == "radius" else None)
        r = solve(m, "highs", time_limit=SAFEGUARD)
        assert r.status is TS.OPTIMAL, (families, r)
        if question == "radius":
            assert round(r.objective) == expected, families
        else:
            assert r.objective == pytest.approx(expected, abs=1e-6), families


def test_capped_below_the_radius_is_infeasible(case):
    m = case.build("radius", ALL, cap=case.rho - 1)
    assert solve(m, "highs", time_limit=SAFEGUARD).status is TS.INFEASIBLE


def test_knapsack_lifts_the_root_bound(case):
    """The cardinality cut alone puts the radius model's LP bound at >= 1 flip (no labelling of
    zero flips crosses); without it the relaxation starts lower."""
    with_ = solve(case.build("radius", {"knapsack"}), "highs", node_limit=1)
    assert with_.bound >= 1 - 1e-6


def test_anchor_cardinality_cuts_hold_for_every_attack(case):
    """The anchor family's cardinality cuts (one per point in the radius question) against brute
    force directly: for every attack and every point it flips, the flips reach the cut's count."""
    m = case.build("radius", {"anchors"}, cap=case.budget)
    cuts = [c for c in m.vi.values() if {v.parent_component().local_name for v in identify_variables(c.body)} == {"b"}]
    assert len(cuts) == case.y.size  # every point's cut lifts the clean floor here
    violations = Checker(m)
    for labels, r, _margin, alphas in (row for row in case.rows if row[2] <= case.tau):
        bad = violations(labels, alphas)
        assert not bad, (r, np.flatnonzero(labels != case.y), bad[:3])


@pytest.mark.parametrize("j", [0, 1])
def test_pair_conflicts_keep_every_attack(j):
    """The pairs family at the radius (cap 2, N = 12, rho = 2 by brute force): most pairs are
    excluded, every 2-flip attack stays feasible, the optimum is the radius, cap 1 infeasible."""
    model, Xt = _svm(12, 2, 4, 4.0)
    c = Case(model, Xt[j:j + 1], 2)
    assert c.rho == 2
    m = c.build("radius", {"pairs"}, cap=2)
    attacks = [row for row in c.rows if row[2] <= c.tau]
    assert attacks and m.valid_inequalities["pairs"] > 60  # of 66 pairs and 12 singles
    violations = Checker(m)
    for labels, r, _margin, alphas in attacks:
        bad = violations(labels, alphas)
        assert not bad, (r, np.flatnonzero(labels != c.y), bad[:3])
    assert round(solve(m, "highs", time_limit=SAFEGUARD).objective) == c.rho
    assert solve(c.build("radius", {"pairs"}, cap=1), "highs", time_limit=SAFEGUARD).status is TS.INFEASIBLE


# -- symmetry --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def duplicated():
    model, Xt = _svm(10, 2, 0, 6.0, dup=3)
    q = model.cross_kernel(Xt[2:3])[0]
    groups = identical_groups(model.gram_, model.encode_labels(model.y_fit_), q)
    assert [list(g) for g in groups] == [[0, 7], [1, 8], [2, 9]]
    Q = model.gram_.copy()
    Q[0, 0] += 1e-12  # any exact asymmetry breaks the group
    assert [list(g) for g in identical_groups(Q, model.encode_labels(model.y_fit_), q)] == [[1, 8], [2, 9]]
    return Case(model, Xt[2:3], 3)


@pytest.mark.filterwarnings("ignore::scipy.linalg.LinAlgWarning")  # duplicated points: singular blocks
def test_symmetry_keeps_the_optimum_and_one_copy_of_every_attack(duplicated):
    c = duplicated
    assert c.rho is not None
    m = c.build("radius", {"symmetry"}, cap=c.budget)
    assert m.valid_inequalities == {"symmetry": 3}
    assert round(solve(m, "highs").objective) == c.rho == round(solve(c.build("radius", False, cap=c.budget),
                                                                        "highs").objective)
    groups = identical_groups(c.model.gram_, c.y, c.q)
    violations = Checker(m)
    kept = 0
    for labels, _r, _margin, alphas in (row for row in c.rows if row[2] <= c.tau):
        canon = labels.copy()
        for g in groups:  # moved points first inside each group: the permutation symmetry keeps
            moved = sorted(g, key=lambda i: labels[i] == c.y[i])
            canon[g] = labels[moved]
        perm = np.arange(c.y.size)
        for g in groups:
            perm[g] = sorted(g, key=lambda i: labels[i] == c.y[i])
        alphas_c = {k: a[perm] for k, a in alphas.items()}
        assert not violations(canon, alphas_c)
        kept += int(np.array_equal(canon, labels))
    assert 0 < kept < len([row for row in c.rows if row[2] <= c.tau])  # it does cut some copies off


# -- the switch --------------------------------------------------------------------------------------

def test_resolve_families():
    assert resolve_families(True) == DEFAULT_FAMILIES and resolve_families(False) == frozenset()
    assert resolve_families(None) == frozenset() and resolve_families("bounds") == {"bounds"}
    assert resolve_families(["knapsack", "anchors"]) == {"knapsack", "anchors"}
    with pytest.raises(InvalidInputError, match="unknown valid-inequality families.*cover"):
        resolve_families({"knapsack", "cover"})
    with pytest.raises(InvalidInputError, match="True, False or a set"):
        resolve_families(3)


def test_families_needing_the_test_norm_or_a_cap_are_skipped(case):
    m = case.build("radius", ALL, test_norm=False)
    assert set(m.valid_inequalities) <= {"scores", "activation", "symmetry"}
    assert "bounds" not in case.build("radius", {"bounds"}).valid_inequalities  # no cap: nothing
    assert not hasattr(case.build("radius", False), "valid_inequalities")


def test_public_builder_exposes_the_switch(case):
    """label_flip_model: inequalities on by default (with ||phi_x|| from the model's kernel),
    off on request; both prove the same radius."""
    kw = {} if case.K == 2 else {"target": case.model.classes_[case.target]}
    on, dec = label_flip_model(case.model, case.x, budget=case.budget, **kw)
    off, _ = label_flip_model(case.model, case.x, budget=case.budget, valid_inequalities=False, **kw)
    assert set(on.valid_inequalities) >= {"knapsack", "bounds"} and not hasattr(off, "valid_inequalities")
    some, _ = label_flip_model(case.model, case.x, valid_inequalities={"anchors"}, **kw)
    assert set(some.valid_inequalities) == {"anchors"}
    r_on, r_off = solve(on, "highs"), solve(off, "highs")
    assert round(r_on.objective) == round(r_off.objective) == case.rho == dec(r_on).flips
    with pytest.raises(InvalidInputError, match="valid-inequality"):
        label_flip_model(case.model, case.x, valid_inequalities={"nope"}, **kw)


def test_certify_agrees_with_bruteforce_with_the_default_inequalities(case):
    """certify(method="milp") builds its models with the default families; the MILP alone (no
    flip-set search) still gives the brute-force radius."""
    milp = certify(case.model, case.x, method="milp", search_nodes=0)[0]
    assert milp.exact and milp.lower == case.rho - 1
