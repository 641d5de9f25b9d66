"""White-box EnsembleCert for SVM base models above C* (issue 14), against brute force.

Every expected radius here comes from retraining: the whole ensemble refitted on every
labelling up to the radius, or each base model refitted on every labelling of its partition.
"""

import importlib
import itertools
import logging

import numpy as np
import pytest
from ensemble_cases import ensemble_bruteforce
from sklearn.linear_model import LogisticRegression
from svm_cases import restoring_bound_worst_ratio

import optcert
from optcert import KernelSVM, certify
from optcert.exact.aggregation import bruteforce_attack, dpa_radius
from optcert.partition import ConstantClassifier, PartitionEnsemble

ensemble_mod = importlib.import_module("optcert.certify.ensemble")
ensemble_svm = importlib.import_module("optcert.certify.ensemble_svm")


def _data(seed, N, K, M=10, d=2, spread=0.8):
    rng = np.random.default_rng(seed)
    centers = 2.0 * rng.standard_normal((K, d))
    y = np.arange(N) % K
    X = centers[y] + spread * rng.standard_normal((N, d))
    Xt = centers[np.arange(M) % K] + spread * rng.standard_normal((M, d))
    return X, y, Xt


def _svm_ensemble(X, y, Np, mult):
    """Base SVMs at ``mult`` times the smallest partition's C*."""
    c_star = optcert.small_c_threshold(X, groups=PartitionEnsemble(KernelSVM(), Np).assign_partitions(X))
    return PartitionEnsemble(KernelSVM(C=mult * c_star), Np).fit(X, y)


def _base_rho(est, Xt):
    """rho[m, c] of one base model: least flips after which its refit votes exactly c."""
    y = est.y_fit_
    K = len(est.classes_)
    rows = np.arange(len(Xt))
    rho = np.full((len(Xt), K), np.inf)
    rho[rows, est.predict(Xt)] = 0
    for lab in itertools.product(range(K), repeat=y.size):
        lab = np.array(lab)
        k = int(np.count_nonzero(lab != y))
        if k:
            vote = est.refit(lab).predict(Xt)
            rho[rows, vote] = np.minimum(rho[rows, vote], k)
    return rho


def _bases(seed, N, K, Np, mult):
    """Per base model of a seeded SVM ensemble on 12 test points: ``(est, its votes, its
    brute-force rho, its SVMBase, Xt)``."""
    X, y, Xt = _data(seed, N, K, M=12)
    ens = _svm_ensemble(X, y, Np, mult)
    votes = ens.base_predictions(Xt)
    for j, est in enumerate(ens.estimators_):
        yield est, votes[:, j], _base_rho(est, Xt), ensemble_svm.SVMBase(est, K, Xt, votes[:, j], 1e-9), Xt


def _assert_exact_attack(est, Xt, m, c, att, lo, truth):
    """An attack of a base entry has the exact least flip count and its refit votes c."""
    assert len(att[0]) == lo == truth
    labels = est.y_fit_.copy()
    labels[att[0]] = att[1]
    assert est.refit(labels).predict(Xt[m:m + 1])[0] == c


def _aggregate_bruteforce(rhos, votes):
    return np.array([bruteforce_attack(np.stack([r[m] for r in rhos]), votes[m]).radius
                     for m in range(votes.shape[0])])


class _Budget:
    deadline = None
    nodes = 10**7
    search_nodes = 0

    def time_left(self):
        return np.inf


@pytest.mark.parametrize("seed,Np,mult", [(1, 2, 3.0), (3, 2, 100.0), (0, 3, 10.0)])
def test_binary_radius_equals_whole_ensemble_bruteforce(seed, Np, mult):
    X, y, Xt = _data(seed, 12, 2)
    ens = _svm_ensemble(X, y, Np, mult)
    certs = certify(ens, Xt)
    assert certs.exact.all()
    np.testing.assert_array_equal(certs.lower, ensemble_bruteforce(ens, X, y, Xt))
    np.testing.assert_array_equal(certs.prediction, ens.predict(Xt))
    assert np.all(certs.lower >= dpa_radius(ens.votes(Xt)))


def test_three_classes_radius_equals_whole_ensemble_bruteforce():
    X, y, Xt = _data(3, 12, 3)
    ens = _svm_ensemble(X, y, 2, 5.0)
    certs = certify(ens, Xt)
    assert certs.exact.all()
    expected = ensemble_bruteforce(ens, X, y, Xt)
    np.testing.assert_array_equal(certs.lower, expected)
    dpa = dpa_radius(ens.votes(Xt))
    assert np.all(certs.lower >= dpa) and np.any(certs.lower > dpa)


@pytest.mark.parametrize("seed,N,K,Np,mult", [(2, 15, 3, 3, 5.0), (3, 12, 3, 3, 100.0), (0, 15, 3, 3, 1.5),
                                             (1, 16, 2, 2, 10.0), (0, 16, 4, 4, 10.0)])
def test_radius_equals_bruteforce_over_base_labellings(seed, N, K, Np, mult):
    X, y, Xt = _data(seed, N, K)
    ens = _svm_ensemble(X, y, Np, mult)
    certs = certify(ens, Xt)
    expected = _aggregate_bruteforce([_base_rho(e, Xt) for e in ens.estimators_], ens.base_predictions(Xt))
    assert certs.exact.all()
    np.testing.assert_array_equal(certs.lower, expected)


@pytest.mark.parametrize("seed,N,K,Np,mult", [(2, 15, 3, 3, 5.0), (0, 16, 4, 4, 10.0)])
def test_entry_bounds_and_search_against_base_bruteforce(seed, N, K, Np, mult):
    """Every rho[m, c] of every base: the bounds and every search step stay below it, every
    attack refits to c. With three classes the search decides every entry exactly, going past
    crossings whose refit voted another class; with four a depth with such a crossing proves
    nothing, so some entries stay open (never above the truth)."""
    rejected = stuck = 0
    for est, votes, truth, base, Xt in _bases(seed, N, K, Np, mult):
        assert np.all(base.lower <= truth)
        for m, c in itertools.product(range(len(Xt)), range(K)):
            if c == votes[m] or not base._rivals(m, c):
                continue
            while True:
                lo, att = base.refine(m, c, base.lower[m, c], _Budget())
                assert lo <= truth[m, c]
                if att is not None:
                    _assert_exact_attack(est, Xt, m, c, att, lo, truth[m, c])
                    break
                if not np.isfinite(lo) or (m, c) in base.stuck:
                    assert K > 3 or not np.isfinite(truth[m, c])
                    stuck += np.isfinite(truth[m, c])
                    break
        rejected += sum(s.n_rejected for s in base._searches.values())
    assert rejected > 0
    if K <= 3:
        assert stuck == 0


@pytest.mark.parametrize("seed,N,K,Np,mult", [(1, 16, 2, 2, 10.0), (2, 15, 3, 3, 5.0)])
def test_probes_stay_below_base_bruteforce_and_leave_entries_open(seed, N, K, Np, mult):
    """A probe (a node-capped refine) never raises a bound above the truth, its attacks are
    exact and refit to c, it never leaves an entry stuck, and the full refine afterwards still
    ends at the truth."""
    found = capped = 0
    for est, votes, truth, base, Xt in _bases(seed, N, K, Np, mult):
        for m, c in itertools.product(range(len(Xt)), range(K)):
            if c == votes[m] or not base._rivals(m, c) or not np.isfinite(truth[m, c]):
                continue
            for nodes in (0, 2, 50):
                budget = _Budget()
                lo, att = base.probe(m, c, budget, nodes)
                assert lo <= truth[m, c] and (m, c) not in base.stuck
                assert budget.search_nodes <= nodes + 1  # the search counts the node it stops at
                if att is not None:
                    found += 1
                    _assert_exact_attack(est, Xt, m, c, att, lo, truth[m, c])
                    break
                capped += lo == base.lower[m, c]
            while True:
                lo, att = base.refine(m, c, base.lower[m, c], _Budget())
                if att is not None or (m, c) in base.stuck or not np.isfinite(lo):
                    break
            assert att is not None and len(att[0]) == truth[m, c]
    assert found > 0 and capped > 0


def test_complete_rejections_cover_every_variant():
    """Four classes: a crossing the refit rejects stands for every labelling with the same pair
    labels and at most ``depth`` flips only when judge() says complete; checked against the
    refit of every such labelling, which must never vote c."""
    X, y, Xt = _data(0, 16, 4, M=12)
    ens = _svm_ensemble(X, y, 4, 10.0)
    votes = ens.base_predictions(Xt)
    complete = incomplete = 0
    for j, est in enumerate(ens.estimators_):
        y0 = est.y_fit_
        table = {lab: est.refit(np.array(lab)).predict(Xt) for lab in itertools.product(range(4), repeat=y0.size)}
        base = ensemble_svm.SVMBase(est, 4, Xt, votes[:, j], 1e-9)
        calls = []
        judge = base.judge

        def spy(m, c, p, labels, depth, judge=judge, calls=calls):
            out = judge(m, c, p, labels, depth)
            calls.append((m, c, p, labels.copy(), depth, out))
            return out

        base.judge = spy
        for m, c in itertools.product(range(len(Xt)), range(4)):
            if c != votes[m, j] and base._rivals(m, c):
                while base.refine(m, c, base.lower[m, c], _Budget())[1] is None and (m, c) not in base.stuck \
                        and np.isfinite(base.lower[m, c]):
                    pass
        for m, c, p, labels, depth, (accepted, whole) in calls:
            assert accepted == (table[tuple(labels)][m] == c)
            if accepted:
                continue
            complete += whole
            incomplete += not whole
            pair = np.where(np.isin(labels, (p, c)), labels, -1)
            for lab, pred in table.items():
                lab = np.array(lab)
                same = np.array_equal(np.where(np.isin(lab, (p, c)), lab, -1), pair)
                if whole and same and np.count_nonzero(lab != y0) <= depth:
                    assert pred[m] != c
    assert complete > 0 and incomplete > 0


def test_mixed_label_linear_and_svm_bases_equal_bruteforce():
    X, y, Xt = _data(0, 12, 2)
    ens = _svm_ensemble(X, y, 3, 10.0)
    kinds = {ensemble_mod.base_kind(e, 2) for e in ens.estimators_}
    assert kinds == {"label-linear", "svm"}
    certs = certify(ens, Xt)
    assert certs.exact.all()
    np.testing.assert_array_equal(certs.lower, ensemble_bruteforce(ens, X, y, Xt))
    assert all(c.info["black_box"] == () for c in certs)


def test_constant_voter_enters_black_box_and_is_reported(caplog):
    X, y, Xt = _data(2, 15, 3)
    ens = _svm_ensemble(X, y, 3, 5.0)
    votes = ens.base_predictions(Xt)
    rhos = [_base_rho(e, Xt) for e in ens.estimators_]
    # partition 1 becomes a constant voter for its clean vote on the first test point
    label = int(votes[0, 1])
    ens.estimators_[1] = ConstantClassifier(label).fit(X[ens.partitions_[1]])
    votes = ens.base_predictions(Xt)
    rhos[1] = np.where(np.arange(3)[None, :] == votes[:, 1:2], 0.0, 1.0)  # black box: any switch, 1 flip
    with caplog.at_level(logging.WARNING, logger="optcert.certify.ensemble"):
        certs = certify(ens, Xt)
    assert any("black-box" in r.getMessage() and "ConstantClassifier" in r.getMessage() for r in caplog.records)
    assert all(c.info["black_box"] == (1,) for c in certs)
    np.testing.assert_array_equal(certs.lower, _aggregate_bruteforce(rhos, votes))
    assert np.all(certs.upper >= certs.lower)
    for c in certs:  # no witness may use the constant voter (it has no attack)
        if c.witness is not None:
            assert not np.isin(c.witness.indices, ens.partitions_[1]).any()


def test_other_estimators_enter_black_box_with_a_warning(caplog):
    X, y, Xt = _data(4, 40, 2)
    ens = PartitionEnsemble(LogisticRegression(), 5).fit(X, y)
    with caplog.at_level(logging.WARNING, logger="optcert.certify.ensemble"):
        certs = certify(ens, Xt)
    assert any("5 of 5 base models enter black-box" in r.getMessage() for r in caplog.records)
    np.testing.assert_array_equal(certs.lower, dpa_radius(ens.votes(Xt)))
    assert all(c.info["black_box"] == tuple(range(5)) for c in certs)


def test_svm_at_c_one_is_no_longer_black_box(caplog):
    """The issue's example: KernelSVM(C=1.0) bases (above their C*) used to enter black-box
    silently; now they are certified white-box, exactly here, with no black-box warning."""
    X, y, Xt = _data(5, 40, 2, M=6, spread=1.0)
    ens = PartitionEnsemble(KernelSVM(C=1.0), n_partitions=5).fit(X, y)
    assert all(not e.is_label_linear for e in ens.estimators_)
    with caplog.at_level(logging.WARNING, logger="optcert.certify.ensemble"):
        certs = certify(ens, Xt)
    assert not any("black-box" in r.getMessage() for r in caplog.records)
    assert all(c.info["black_box"] == () for c in certs)
    assert certs.exact.all()
    assert np.all(certs.lower >= dpa_radius(ens.votes(Xt)))


@pytest.fixture(scope="module")
def medium():
    """Three classes, N = 60, Np = 3, C = 10 C*: radii up to 6 (DPA: 1), hundreds of retrainings."""
    X, y, Xt = _data(1, 60, 3, M=8, spread=0.6)
    ens = _svm_ensemble(X, y, 3, 10.0)
    return X, y, Xt, ens, certify(ens, Xt)


def test_every_witness_replays_on_the_whole_ensemble(medium):
    X, y, Xt, ens, certs = medium
    assert certs.exact.all()
    assert np.all(certs.lower >= dpa_radius(ens.votes(Xt)))
    assert np.any(certs.lower > dpa_radius(ens.votes(Xt)))
    for c, x in zip(certs, Xt):
        assert c.witness is not None and c.witness.size == c.upper + 1
        attacked = PartitionEnsemble(ens.estimator, ens.n_partitions).fit(X, c.witness.apply(y))
        assert attacked.predict(x[None])[0] != c.prediction


@pytest.mark.parametrize("kwargs", [{"search_nodes": 0}, {"search_nodes": 3}, {"time_limit": 1e-6},
                                    {"method": "scalable"}])
def test_budgets_keep_sound_intervals(medium, kwargs):
    X, y, Xt, ens, exact = medium
    limited = certify(ens, Xt, **kwargs)
    assert np.all(limited.lower <= exact.lower) and np.all(exact.upper <= limited.upper)
    np.testing.assert_array_equal(limited.prediction, exact.prediction)
    for c, x in zip(limited, Xt):
        if c.witness is not None:
            attacked = PartitionEnsemble(ens.estimator, ens.n_partitions).fit(X, c.witness.apply(y))
            assert attacked.predict(x[None])[0] != c.prediction
    if "method" not in kwargs:
        assert not limited.exact.all()
        assert any(c.info["out_of_budget"] for c in limited)


def test_search_nodes_option_is_validated():
    X, y, Xt = _data(0, 12, 2)
    ens = _svm_ensemble(X, y, 2, 3.0)
    with pytest.raises(optcert.InvalidInputError, match="search_nodes"):
        certify(ens, Xt, search_nodes=-1)


@pytest.mark.parametrize("mult,seed,start", [(10, 6, ()), (30, 7, (0, 3)), (100, 9, (2,))])
def test_search_options_restoring_bound_holds_against_retraining(mult, seed, start, small_svm):
    """The restoring bound as the ensemble searches use it (SEARCH_OPTIONS: one round of crossing
    minorants, the optimised minorants after a few gradient steps, here 0 to 20) bounds the drop
    of every set of at most 3 sign flips made together from one optimum, against retraining; an
    unfinished minorant optimisation stays in the box, so it is only weaker, never unsound."""
    from optcert.svm.ball import flip_factors
    from optcert.svm.dual import solve_svm_dual
    from optcert.svm.restoring import restoring_bound

    assert ensemble_svm.SEARCH_OPTIONS["restoring_rounds"] >= 1
    model, Xt = small_svm(8, 2, mult, seed)
    Q, C, b = model.gram_, model.C, 3
    signs = np.where(model.encode_labels(model.y_fit_) == 1, 1.0, -1.0)
    signs[list(start)] *= -1
    a = solve_svm_dual(Q, signs, C, kkt_tol=1e-12, c_star=model.c_star_).alpha
    f = Q @ (signs * a)
    cand = np.ones(signs.size, dtype=bool)
    cand[list(start)] = False
    worst = 0.0
    for x in Xt[:3]:
        q = model.cross_kernel(x[None, :])[0]
        norm = float(np.sqrt(model.kernel_.diag(x[None, :]))[0])
        s = 1.0 if q @ (signs * a) > 0 else -1.0
        factors = flip_factors(signs, a, f, C, np.diag(Q))
        bounds = [restoring_bound(Q, q, norm, C, s, signs, a, f, factors, cand, b,
                                  rounds=ensemble_svm.SEARCH_OPTIONS["restoring_rounds"], optimize=True,
                                  minorant_iterations=it)
                  for it in (0, 1, 3, ensemble_svm.SEARCH_OPTIONS["minorant_iterations"])]
        worst = max(worst, restoring_bound_worst_ratio(model, Q, q, signs, a, C, s, cand, b, bounds))
    assert worst > 0.1  # not vacuous
