"""Collective certificates (docs/math/collective.md) against brute force over every flip set.

The brute force here is independent of optcert's collective code: it retrains the learner
(``refit``) on every labelling within the budget and counts the changed test predictions.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

import optcert
from optcert.exceptions import InvalidInputError, NotLabelLinearError
from optcert.results import CollectiveCertificate

BUDGETS = [0, 1, 2, 3]


# -- brute force (retraining) ------------------------------------------------------------------------

def _labellings(y, classes, r):
    """Every labelling of ``y`` with exactly r flips (labels from ``classes``)."""
    for idx in itertools.combinations(range(len(y)), r):
        for new in itertools.product(*[[c for c in classes if c != y[i]] for i in idx]):
            y2 = np.array(y, copy=True)
            y2[list(idx)] = new
            yield y2


def brute_single(model, Xt, budgets, a=None):
    clean = model.predict(Xt)
    a = np.ones(len(clean)) if a is None else a
    best, out = 0.0, {}
    for r in range(max(budgets) + 1):
        for y2 in (_labellings(model.y_fit_, model.classes_, r) if r else []):
            best = max(best, float((a * (model.refit(y2).predict(Xt) != clean)).sum()))
        out[r] = best
    return [out[r] for r in budgets]


def _ensemble_prediction(ens, Xt, y_global):
    votes = []
    for part, est in zip(ens.partitions_, ens.estimators_):
        yl = y_global[part]
        votes.append(est.predict(Xt) if np.array_equal(yl, est.y_fit_) else est.refit(yl).predict(Xt))
    V = np.stack(votes, axis=1)
    counts = np.stack([(V == k).sum(axis=1) for k in range(len(ens.classes_))], axis=1)
    return np.argmax(counts, axis=1)  # ties to the smaller index


def brute_ensemble(ens, Xt, budgets):
    N = sum(len(p) for p in ens.partitions_)
    y = np.empty(N, dtype=np.int64)
    for part, est in zip(ens.partitions_, ens.estimators_):
        y[part] = est.y_fit_
    clean = _ensemble_prediction(ens, Xt, y)
    best, out = 0.0, {}
    for r in range(max(budgets) + 1):
        for y2 in (_labellings(y, range(len(ens.classes_)), r) if r else []):
            best = max(best, float((_ensemble_prediction(ens, Xt, y2) != clean).sum()))
        out[r] = best
    return [out[r] for r in budgets]


def brute_blackbox(ens, Xt, budgets):
    """The black-box threat model: any r partitions vote anything at every test point."""
    V = ens.base_predictions(Xt)
    K, Np = len(ens.classes_), V.shape[1]
    n = np.stack([(V == k).sum(axis=1) for k in range(K)], axis=1)
    c = np.argmax(n, axis=1)
    out = []
    for r in budgets:
        best = 0
        for P in itertools.chain.from_iterable(itertools.combinations(range(Np), k) for k in range(min(r, Np) + 1)):
            hit = 0
            for m in range(V.shape[0]):
                rest = np.delete(V[m], list(P))
                counts = np.array([(rest == k).sum() for k in range(K)])
                # the poisoned partitions all vote for the rival that gains most
                hit += any((counts[t] + len(P)) > counts[c[m]] or ((counts[t] + len(P)) == counts[c[m]] and t < c[m])
                           for t in range(K) if t != c[m])
            best = max(best, hit)
        out.append(best)
    return out


# -- tiny instances ------------------------------------------------------------------------------------

def _data(n_train, n_test, K, seed, sep=1.0):
    X, y = optcert.make_gaussian_mixture(n_train + n_test, 3, K, separation=sep, seed=seed)
    return X[n_test:], y[n_test:], X[:n_test]


def _models():
    X, y, Xt = _data(12, 7, 2, 1)
    X3, y3, Xt3 = _data(8, 5, 3, 2)
    cs = optcert.small_c_threshold(X)
    return {
        "krr-binary": (optcert.KernelRidge(alpha=0.5).fit(X, y), Xt),
        "svm-at-cstar": (optcert.KernelSVM(C=cs).fit(X, y), Xt),
        "krr-k3": (optcert.KernelRidge(alpha=0.5).fit(X3, y3), Xt3),
        "svm-small-c-k3": (optcert.KernelSVM(C=optcert.small_c_threshold(X3)).fit(X3, y3), Xt3),
    }


MODELS = _models()


@pytest.mark.parametrize("name", sorted(MODELS))
def test_label_linear_milp_equals_brute_force(name):
    model, Xt = MODELS[name]
    certs = optcert.certify_collective(model, Xt, BUDGETS)
    truth = brute_single(model, Xt, BUDGETS)
    assert certs.lower.tolist() == truth and certs.upper.tolist() == truth
    assert certs.budgets.tolist() == BUDGETS


def test_label_linear_many_points_with_fixings_equals_brute_force():
    # N = 16 with a budget of 2-3: most training points help no crossing and most test points
    # cannot change, so the model drops them -- the answer must not move
    X, y, Xt = _data(16, 12, 2, 7, sep=2.0)
    model = optcert.KernelRidge(alpha=0.3).fit(X, y)
    certs = optcert.certify_collective(model, Xt, [1, 2, 3], relaxation=False, heuristic=False)
    assert certs.upper.tolist() == brute_single(model, Xt, [1, 2, 3]) == certs.lower.tolist()


@pytest.mark.parametrize("K", [2, 3])
def test_pair_conflicts_never_separate_a_reachable_pair(K):
    # every labelling of at most r flips: two rows it satisfies together are never called a conflict
    from optcert.exact.collective import pair_conflicts, relabel_changes

    rng = np.random.default_rng(K)
    N, r = 7, 2
    y = rng.integers(0, K, N)
    rows = [(rng.normal(size=N), int(rng.integers(0, K)), 0) for _ in range(8)]
    rows = [(w, c, (c + 1 + int(rng.integers(0, K - 1))) % K) for w, c, _ in rows]
    changes = np.stack([relabel_changes(w, y, c, t, K) for w, c, t in rows])
    need = rng.uniform(0.2, 2.0, len(rows))
    conf = pair_conflicts(changes, need, r, np.full(len(rows), 1e-12))
    both = np.zeros_like(conf)
    for k in range(r + 1):
        for y2 in (_labellings(y, range(K), k) if k else [y]):
            opt = [(i, y2[i] - (y2[i] > y[i])) for i in range(N) if y2[i] != y[i]]  # j-th other class
            moved = np.array([sum(ch[i, j] for i, j in opt) for ch in changes])
            ok = moved >= need
            both |= ok[:, None] & ok[None, :]
    assert not (conf & both).any()
    assert (conf & ~both).any()  # the test proves something here
    np.testing.assert_array_equal(conf, conf.T)


@pytest.mark.parametrize("cuts", [["cover", "cardinality"], ["conflict"], True])
def test_conflict_cliques_keep_the_brute_force_optimum(cuts):
    # one flip, many test points near the boundary: most pairs cannot both cross (conflict rows)
    from optcert.certify.collective_models import LabelLinearFamily
    from optcert.formulations.collective import build_collective_label_linear
    from optcert.solvers import solve

    X, y, Xt = _data(10, 14, 2, 11, sep=0.3)
    model = optcert.KernelRidge(alpha=0.3).fit(X, y)
    truth = brute_single(model, Xt, [1, 2])
    clean = model.predict(Xt)
    fam = LabelLinearFamily(model, Xt, clean, np.ones(len(clean)), {"tau_rel": 1e-9, "encoding": "bigm"})
    for r, want in zip([1, 2], truth):
        m = build_collective_label_linear(None, fam.W, fam.y_index, 2, fam.tau, r, cuts=cuts)
        if cuts is True and r == 1:
            assert m.conflict_cliques  # the family is exercised
        assert round(solve(m, "highs").objective) == want


def test_svm_above_cstar_binary_equals_brute_force():
    X, y, Xt = _data(8, 5, 2, 3)
    svm = optcert.KernelSVM(C=10 * optcert.small_c_threshold(X)).fit(X, y)
    assert not svm.is_label_linear
    certs = optcert.certify_collective(svm, Xt, BUDGETS)
    truth = brute_single(svm, Xt, BUDGETS)
    assert certs.lower.tolist() == truth and certs.upper.tolist() == truth


def test_svm_above_cstar_multiclass_equals_brute_force():
    X, y, Xt = _data(7, 4, 3, 5)
    svm = optcert.KernelSVM(C=5 * optcert.small_c_threshold(X)).fit(X, y)
    assert not svm.is_label_linear
    certs = optcert.certify_collective(svm, Xt, [0, 1, 2])
    truth = brute_single(svm, Xt, [0, 1, 2])
    assert certs.lower.tolist() == truth and certs.upper.tolist() == truth


@pytest.mark.parametrize("K", [2, 3])
def test_whitebox_ensemble_equals_brute_force(K):
    X, y, Xt = _data(12 if K == 2 else 9, 6, K, 4)
    ens = optcert.PartitionEnsemble(optcert.KernelRidge(alpha=0.5), n_partitions=3 if K == 2 else 2,
                                    partitioner="round-robin").fit(X, y)
    certs = optcert.certify_collective(ens, Xt, BUDGETS if K == 2 else [0, 1, 2], base="whitebox")
    truth = brute_ensemble(ens, Xt, certs.budgets.tolist())
    assert certs.lower.tolist() == truth and certs.upper.tolist() == truth


@pytest.mark.parametrize("K", [2, 3])
def test_blackbox_ensemble_bounds_the_real_attack(K):
    X, y, Xt = _data(12 if K == 2 else 9, 6, K, 4)
    ens = optcert.PartitionEnsemble(optcert.KernelRidge(alpha=0.5), n_partitions=4 if K == 2 else 3,
                                    partitioner="round-robin").fit(X, y)
    budgets = [0, 1, 2, 3]
    certs = optcert.certify_collective(ens, Xt, budgets, base="blackbox")
    assert certs.upper.tolist() == brute_blackbox(ens, Xt, budgets)  # exact for the black-box model
    truth = brute_ensemble(ens, Xt, [0, 1, 2])
    assert (certs.lower[:3] <= np.array(truth)).all()  # the replayed attacks are real
    assert (np.array(truth) <= certs.upper[:3]).all()


# -- properties -----------------------------------------------------------------------------------------

def test_one_test_point_gives_the_samplewise_certificate():
    model, Xt = MODELS["krr-binary"]
    for m in range(Xt.shape[0]):
        R = optcert.certify(model, Xt[m:m + 1])[0].radius
        certs = optcert.certify_collective(model, Xt[m:m + 1], [0, 1, 2, 3, 4])
        assert certs.lower.tolist() == certs.upper.tolist() == [int(R < r) for r in range(5)]


@pytest.mark.parametrize("name", ["krr-binary", "krr-k3"])
def test_samplewise_bracket_and_monotone(name):
    model, Xt = MODELS[name]
    sw = optcert.certify(model, Xt)
    R = sw.lower
    assert sw.exact.all()
    budgets = list(range(0, 6))
    certs = optcert.certify_collective(model, Xt, budgets, samplewise=sw, method="bounds")
    for c in certs:
        assert int((R < c.budget).any()) <= c.lower <= c.upper <= int((R < c.budget).sum()) == c.samplewise
    assert (np.diff(certs.lower) >= 0).all() and (np.diff(certs.upper) >= 0).all()


def test_witnesses_replay():
    model, Xt = MODELS["krr-k3"]
    clean = model.predict(Xt)
    certs = optcert.certify_collective(model, Xt, [1, 2, 3])
    for c in certs:
        assert c.witness is not None and c.witness.size <= c.budget
        changed = (model.refit(c.witness.apply(model.y_fit_)).predict(Xt) != clean).sum()
        assert changed >= c.lower >= 1


def test_certified_accuracy_counts_correct_points_only():
    model, Xt = MODELS["krr-binary"]
    rng = np.random.default_rng(0)
    y_test = np.where(rng.random(Xt.shape[0]) < 0.7, model.predict(Xt), 1 - model.predict(Xt))
    correct = (model.predict(Xt) == y_test).astype(float)
    certs = optcert.certify_collective(model, Xt, BUDGETS, y_test=y_test)
    truth = brute_single(model, Xt, BUDGETS, a=correct)
    assert certs.upper.tolist() == truth
    M = Xt.shape[0]
    assert np.allclose(certs.certified_accuracy, (correct.sum() - np.array(truth)) / M)
    sw = optcert.certify(model, Xt).certified_accuracy(y_test, BUDGETS)
    assert np.allclose(certs.samplewise_accuracy, sw)
    assert (certs.certified_accuracy >= certs.samplewise_accuracy).all()


def test_time_limited_solve_stays_sound():
    X, y, Xt = _data(16, 10, 2, 9, sep=0.5)
    model = optcert.KernelRidge(alpha=0.2).fit(X, y)
    budgets = [2, 4]
    limited = optcert.certify_collective(model, Xt, budgets, time_limit=1e-3, relaxation=False,
                                         heuristic=False, solver_options={"mip_max_nodes": 0})
    assert all(c.info["milp_status"] != "optimal" for c in limited)  # the solves really stopped early
    truth = brute_single(model, Xt, budgets)
    assert (limited.lower <= np.array(truth)).all() and (np.array(truth) <= limited.upper).all()
    for c in limited:
        if c.witness is not None:
            assert c.witness.size <= c.budget


@pytest.mark.parametrize("solver", ["scip", "cpsat"])
def test_other_backends(solver):
    if solver == "cpsat":  # integral model: the black-box ensemble
        X, y, Xt = _data(12, 6, 2, 4)
        ens = optcert.PartitionEnsemble(optcert.KernelRidge(alpha=0.5), n_partitions=4,
                                        partitioner="round-robin").fit(X, y)
        certs = optcert.certify_collective(ens, Xt, BUDGETS, base="blackbox", solver=solver, relaxation=False)
        assert certs.upper.tolist() == brute_blackbox(ens, Xt, BUDGETS)
        return
    for name in ("krr-binary", "krr-k3"):
        model, Xt = MODELS[name]
        certs = optcert.certify_collective(model, Xt, BUDGETS, solver=solver, relaxation=False, heuristic=False)
        truth = brute_single(model, Xt, BUDGETS)
        assert certs.upper.tolist() == truth == certs.lower.tolist()


def test_export_to_mps_solves_to_the_same_optimum(tmp_path):
    import highspy

    X, y, Xt = _data(16, 12, 2, 7, sep=2.0)
    model = optcert.KernelRidge(alpha=0.3).fit(X, y)
    certs = optcert.certify_collective(model, Xt, [2, 3], heuristic=False, relaxation=False, export=tmp_path)
    files = sorted(tmp_path.glob("*.mps"))
    assert len(files) == 2
    for path, c in zip(files, certs):
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.readModel(str(path))
        h.run()
        assert h.getInfo().objective_function_value == pytest.approx(c.upper, abs=1e-6)


def test_bruteforce_method_matches():
    model, Xt = MODELS["svm-at-cstar"]
    certs = optcert.certify_collective(model, Xt, BUDGETS, method="bruteforce")
    assert certs.upper.tolist() == brute_single(model, Xt, BUDGETS) == certs.lower.tolist()


# -- errors ---------------------------------------------------------------------------------------------

def test_bad_inputs_are_clear_errors():
    model, Xt = MODELS["krr-binary"]
    with pytest.raises(InvalidInputError, match="exceeds"):
        optcert.certify_collective(model, Xt, [100])
    with pytest.raises(InvalidInputError, match=">= 0"):
        optcert.certify_collective(model, Xt, [-1])
    with pytest.raises(InvalidInputError, match="empty"):
        optcert.certify_collective(model, Xt, [])
    with pytest.raises(InvalidInputError, match="one label per test point"):
        optcert.certify_collective(model, Xt, [1], y_test=[0, 1])
    with pytest.raises(InvalidInputError, match="not among the model's classes"):
        optcert.certify_collective(model, Xt, [1], y_test=["a"] * Xt.shape[0])
    with pytest.raises(InvalidInputError, match="method"):
        optcert.certify_collective(model, Xt, [1], method="nope")
    with pytest.raises(InvalidInputError, match="features"):
        optcert.certify_collective(model, Xt[:, :2], [1])
    for cuts in ("clique", ["cover", "conflicts"], 3):
        with pytest.raises(InvalidInputError, match="cuts must be True, False or names from"):
            optcert.certify_collective(model, Xt, [1], cuts=cuts)
    with pytest.raises(InvalidInputError, match="accuracy needs the true labels"):
        _ = optcert.certify_collective(model, Xt, [1]).certified_accuracy
    X, y, _ = _data(12, 1, 2, 3)
    svm = optcert.KernelSVM(C=10 * optcert.small_c_threshold(X))
    ens = optcert.PartitionEnsemble(svm, n_partitions=2, partitioner="round-robin").fit(X, y)
    with pytest.raises(NotLabelLinearError, match="blackbox"):
        optcert.certify_collective(ens, Xt, [1], base="whitebox")
    with pytest.raises(InvalidInputError, match="out of order"):
        CollectiveCertificate(1, 2, 1, 3, 5)


def test_cli_collective_writes_the_curve(tmp_path, capsys):
    import csv
    import json

    from optcert.cli import main

    out = tmp_path / "run"
    code = main(["certify", "--dataset", "mnist-1v7", "--model", "krr", "--features", "pca:8", "--n-train", "40",
                 "--n-test", "12", "--budgets", "0:4", "--collective", "--quiet", "--out", str(out)])
    assert code == 0
    assert {"collective.csv", "collective.json", "collective.png"} <= {p.name for p in out.iterdir()}
    rows = list(csv.DictReader((out / "collective.csv").open()))
    assert [int(r["budget"]) for r in rows] == [0, 1, 2, 3, 4]
    doc = json.loads((out / "collective.json").read_text())
    summary = json.loads((out / "summary.json").read_text())
    for row, sw in zip(doc["budgets"], summary["certified_accuracy_lower"]):
        assert row["samplewise_accuracy"] == pytest.approx(sw)  # the sample-wise curve of this run
        assert row["certified_accuracy"] >= row["samplewise_accuracy"]
        assert int(row["lower"]) <= int(row["upper"]) <= int(row["samplewise"])
    assert (out / "collective.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "collective acc." in capsys.readouterr().out
