"""LabelCert's stages one at a time (optcert.certify.milp, .labelcert, .milp_ridge) and the greedy
attack of optcert.svm.attacks: each against brute force, a refit, or a scripted solver."""

from __future__ import annotations

import dataclasses
import inspect

import numpy as np
import pyomo.environ as pyo
import pytest
from svm_cases import small_svm

import optcert.solvers as solvers_mod
from optcert.certify import labelcert, milp_ridge
from optcert.certify.api import _method_options, certify
from optcert.certify.milp import Evidence, MilpOptions, certify_milp, make_point, margin_solves, radius_solves
from optcert.certify.replay import replay_changes_prediction
from optcert.certify.stability import trained_svm
from optcert.data import make_gaussian_mixture
from optcert.exceptions import InvalidInputError
from optcert.learners import KernelRidge
from optcert.results import Attack, SolveReport, TerminationStatus
from optcert.svm.attacks import greedy_attack, greedy_labelling, retrained_margin
from optcert.svm.margins import MarginSpec, margin_moves, margin_spec, tie_scale


def _svm(sep=8, seed=0, mult=10, K=2, N=10, points=6):
    return small_svm(N, K, mult, seed, sep=sep, points=points)


@pytest.fixture(scope="module")
def bin10():
    model, Xt = _svm()
    return model, Xt, certify(model, Xt, method="bruteforce")


@pytest.fixture(scope="module")
def multi():
    model, Xt = _svm(6, 3, 10, K=3, N=7, points=3)
    return model, Xt, certify(model, Xt, method="bruteforce")


def _point(model, Xt, j, opts):
    learner = labelcert.svm_learner(model, opts)
    q = model.cross_kernel(Xt[j:j + 1])[0]
    norm = float(np.sqrt(model.kernel_.diag(Xt[j:j + 1]))[0])
    scale = float(tie_scale(q, learner.svm.C, learner.svm.n_classes))
    return learner, make_point(model, j, Xt[j], q, scale, opts, test_norm=norm)


# -- the options record ---------------------------------------------------------------------------

def test_options_are_certify_milps_keywords_with_the_same_defaults():
    params = {p.name: p.default for p in inspect.signature(certify_milp).parameters.values()
              if p.kind is p.KEYWORD_ONLY and p.name != "budget"}
    fields = {f.name: f.default for f in dataclasses.fields(MilpOptions)}
    assert fields == params
    # certify() accepts exactly these (minus the ones it sets itself) and refuses the rest
    assert set(_method_options("milp")) == set(fields) - {"solver", "time_limit", "tol"}


def test_options_are_frozen_and_checked_once(bin10):
    opts = MilpOptions()
    with pytest.raises(dataclasses.FrozenInstanceError):
        opts.search_nodes = 0
    with pytest.raises(TypeError):
        MilpOptions(serch_nodes=0)  # an unknown name never reaches a stage
    for bad in (dict(max_replays=-1), dict(search_nodes=2.5), dict(n_candidates="8"), dict(tol=-1e-9),
                dict(milp_tol=float("nan")), dict(time_limit=0), dict(complementarity="hull"),
                dict(linearization="exact"), dict(export=3), dict(solver_options=["a"]), dict(solver=None)):
        with pytest.raises(InvalidInputError):
            MilpOptions(**bad)
    assert MilpOptions(search_nodes=np.int64(5), heuristic=0).search_nodes == 5
    assert MilpOptions(heuristic=0).heuristic is False
    model, Xt, _ = bin10
    with pytest.raises(InvalidInputError, match="max_replays"):
        certify_milp(model, Xt, max_replays=-1)
    with pytest.raises(InvalidInputError, match="search_nodes"):
        certify(model, Xt, method="milp", serch_nodes=0)


# -- the test point ---------------------------------------------------------------------------------

def test_point_targets_from_the_most_threatened(multi):
    model, Xt, _ = multi
    opts = MilpOptions(tol=1e-3, milp_tol=1e-2)
    for j in range(len(Xt)):
        _, point = _point(model, Xt, j, opts)
        scores = model.decision_function(Xt[j:j + 1])[0]
        assert point.prediction == int(np.argmax(scores)) and point.label == model.predict(Xt[j:j + 1])[0]
        margins = [point.target_margin[t] for t, _ in point.targets]
        assert margins == sorted(margins) and len(margins) == 2
        assert all(spec.coef == {point.prediction: 1.0, t: -1.0} for t, spec in point.targets)
        assert point.tau_milp == pytest.approx(10 * point.tau) and point.time_left() == np.inf


# -- the greedy attack (svm/) ---------------------------------------------------------------------

@pytest.mark.parametrize("which", ["bin10", "multi"])
def test_greedy_attack_is_a_labelling_that_replays(which, request):
    model, Xt, bf = request.getfixturevalue(which)
    svm = trained_svm(model)
    found = 0
    for j in range(len(Xt)):
        q = model.cross_kernel(Xt[j:j + 1])[0]
        pred = int(model.predict_index(model.decision_function(Xt[j:j + 1]))[0])
        targets = [None] if svm.n_classes == 2 else [t for t in range(svm.n_classes) if t != pred]
        for t in targets:
            spec = margin_spec(svm.n_classes, pred, t)
            y = greedy_attack(svm, q, spec, max_flips=svm.y_index.size)
            if y is None:
                continue
            found += 1
            flips = np.flatnonzero(y != svm.y_index)
            assert flips.size >= bf[j].upper + 1  # never below the true radius
            margin, alphas = retrained_margin(svm, y, q, spec.coef)
            assert margin <= 1e-9 * tie_scale(q, svm.C, svm.n_classes) and set(alphas) == set(spec.coef)
            assert replay_changes_prediction(model, Xt[j], Attack(flips, model.classes_[y[flips]]),
                                             model.classes_[pred])
    assert found >= 3


def test_greedy_labelling_walks_by_retraining_and_drops_unneeded_flips():
    """Candidates come from the label-linear gains (2q for a flip of class 1 here), the choice
    from the retrained margin ``3 - sum w`` (not label-linear: point 3 weighs more than its
    gain says): with one candidate per step the walk takes 1 then 3, and 1 is dropped again."""
    y_index = np.array([1, 1, 0, 1, 0])
    q = np.array([0.5, 2.0, -0.1, 1.2, 0.3])  # gains 1.0, 4.0, 0.2, 2.4, -0.6
    w = np.array([1.0, 2.0, 0.2, 3.5, 0.0])
    spec = margin_spec(2, 1)
    warms = []

    def retrain(labels, warm):
        warms.append(warm)
        return 3.0 - float(w[labels != y_index].sum()), "duals"

    y = greedy_labelling(retrain, q, y_index, 2, spec, max_flips=5, n_candidates=1)
    assert np.flatnonzero(y != y_index).tolist() == [3]
    assert warms[0] is None and warms[-1] == "duals"  # each step's state warms the next
    y = greedy_labelling(retrain, q, y_index, 2, spec, max_flips=5, n_candidates=2)
    assert np.flatnonzero(y != y_index).tolist() == [3]  # 3 beats 1 among the two candidates
    assert greedy_labelling(retrain, q, y_index, 2, spec, max_flips=1, n_candidates=1) is None
    assert greedy_labelling(retrain, q, y_index, 2, spec, max_flips=0) is None
    with pytest.raises(InvalidInputError, match="prediction"):
        greedy_labelling(retrain, q, y_index, 3, MarginSpec({0: 1.0, 1: -1.0}), max_flips=2)


# -- bounds and search stages -----------------------------------------------------------------------

def test_bounds_floor_is_below_the_radius(bin10):
    model, Xt, bf = bin10
    for stability in (True, False):
        opts = MilpOptions(stability=stability)
        for j in range(len(Xt)):
            learner, point = _point(model, Xt, j, opts)
            (target, spec), = point.targets
            ev = Evidence.of(point)
            L = labelcert.bounds_floor(learner, point, ev, spec, target, margin_moves(
                learner.svm.y_index, 2, spec.coef))
            assert 0 <= L <= bf[j].lower
            if stability:
                assert ev.info["stability_lower"] == L
            else:
                assert L == 0 and "stability_lower" not in ev.info


@pytest.mark.parametrize("which", ["bin10", "multi"])
def test_search_stage_finds_the_radius(which, request):
    model, Xt, bf = request.getfixturevalue(which)
    opts = MilpOptions()
    for j in range(len(Xt)):
        learner, point = _point(model, Xt, j, opts)
        ev = Evidence.of(point)
        N = learner.svm.y_index.size
        floors = []
        for _, spec in point.targets:
            moves = margin_moves(learner.svm.y_index, learner.svm.n_classes, spec.coef)
            floors.append(labelcert.search_stage(learner, point, ev, opts, spec, moves, 1, N))
        rho = bf[j].upper + 1
        assert ev.best_k == rho and min(floors) == rho and ev.witness.size == rho
        assert ev.info["search_nodes"] > 0
        # the search is off, or its floor is above what is asked: the floor comes back as given
        off = MilpOptions(search_nodes=0)
        assert labelcert.search_stage(learner, point, Evidence.of(point), off, spec, moves, 1, N) == 1


# -- the solve loops, on a scripted solver ----------------------------------------------------------

def _scripted(*steps):
    """A fake solve returning one (status, bound, objective, labels) per call; labels (class
    indices) become the incumbent."""
    seen = []

    def fake(m, solver="highs", **kw):
        status, bound, objective, labels = steps[len(seen)]
        seen.append(kw)
        values = None
        if labels is not None:
            values = {v.name: 0.0 for v in m.component_data_objects(pyo.Var)}
            for (i, k) in m.b:
                values[m.b[i, k].name] = float(labels[i] == k)
        return SolveReport("fake", status, "min", objective=None if labels is None else objective,
                           bound=bound, values=values)
    return fake, seen


def _hardest(bin10, opts):
    """The point of ``bin10`` with the largest radius: its model, brute-force certificate,
    learner, point, target and margin."""
    model, Xt, bf = bin10
    j = int(np.argmax(bf.lower))
    learner, point = _point(model, Xt, j, opts)
    (target, spec), = point.targets
    return model, bf[j], learner, point, target, spec


def test_radius_solves_replays_cuts_and_resolves(bin10, monkeypatch):
    opts = MilpOptions(max_replays=2)
    model, _, learner, point, target, spec = _hardest(bin10, opts)
    clean = learner.svm.y_index
    limit = TerminationStatus.TIME_LIMIT
    fake, seen = _scripted((limit, 0.5, 1.0, clean), (limit, 1.2, 1.0, clean), (limit, 1.7, None, None))
    monkeypatch.setattr(solvers_mod, "solve", fake)
    ev = Evidence.of(point)
    m = labelcert.build_model(learner, point, ev, opts, spec, "radius", None, target)
    starts = []
    lb = radius_solves(m, model, point, ev, opts, 1, capped=False, start=lambda: starts.append(1) or False)
    # the clean labels are no attack: replayed, cut off (twice), the last bound 1.7 proves rho >= 2
    assert lb == 2.0 and len(seen) == 3 and len(starts) == 3 and len(m.nogood) == 2
    assert ev.info["solves"] == 3 and ev.info["replay_failures"] == 0 and ev.best_k == np.inf
    assert all("stop_dual_above" not in kw for kw in seen)  # nothing to beat yet


def test_radius_solves_keeps_a_replayed_incumbent(bin10, monkeypatch):
    opts = MilpOptions()
    model, brute, learner, point, target, spec = _hardest(bin10, opts)
    witness = brute.witness
    labels = model.encode_labels(witness.apply(model.y_fit_))
    fake, seen = _scripted((TerminationStatus.TIME_LIMIT, 1.0, 3.0, labels))
    monkeypatch.setattr(solvers_mod, "solve", fake)
    ev = Evidence.of(point)
    m = labelcert.build_model(learner, point, ev, opts, spec, "radius", None, target)
    assert radius_solves(m, model, point, ev, opts, 1, capped=False, start=lambda: False) == 1.0
    assert ev.best_k == witness.size and ev.witness.size == witness.size and len(seen) == 1


def test_margin_solves(bin10, monkeypatch):
    opts = MilpOptions(max_replays=1)
    model, brute, learner, point, target, spec = _hardest(bin10, opts)
    clean = learner.svm.y_index
    attack = model.encode_labels(brute.witness.apply(model.y_fit_))
    limit, tau = TerminationStatus.TIME_LIMIT, point.tau_milp
    for steps, proven, solves, best_k in (
            ([(limit, 2 * tau, None, None)], True, 1, np.inf),  # the dual bound proves it
            ([(limit, -1.0, None, None)], False, 1, np.inf),  # no incumbent: undecided
            ([(limit, -1.0, -1.0, clean)] * 2, False, 2, np.inf),  # no attack: cut, re-solved, once
            ([(limit, -1.0, -1.0, attack)], False, 1, brute.witness.size)):  # replayed: the witness
        fake, seen = _scripted(*steps)
        monkeypatch.setattr(solvers_mod, "solve", fake)
        ev = Evidence.of(point)
        m = labelcert.build_model(learner, point, ev, opts, spec, "margin", 3, target)
        assert margin_solves(m, model, point, ev, opts, False) is proven
        assert len(seen) == solves and seen[0]["stop_dual_above"] == tau and ev.best_k == best_k


# -- the questions as compositions ------------------------------------------------------------------

@pytest.mark.parametrize("which", ["bin10", "multi"])
def test_questions_compose_to_bruteforce(which, request):
    model, Xt, bf = request.getfixturevalue(which)
    for opts in (MilpOptions(), MilpOptions(search_nodes=0)):
        for j in range(len(Xt)):
            learner, point = _point(model, Xt, j, opts)
            c = labelcert.certify_radius(learner, point, opts)
            assert (c.lower, c.upper) == (bf[j].lower, bf[j].upper)
            for r in (1, 2):
                assert labelcert.certify_budget(learner, point, opts, r).certified(r) is bf[j].certified(r)


# -- kernel ridge on its own ------------------------------------------------------------------------

@pytest.mark.parametrize("K", [2, 3])
def test_ridge_margin_is_the_refit_and_the_radius_is_sortings(K):
    X, y = make_gaussian_mixture(16, 3, K, separation=4.0, seed=6)
    Xt, X, y = X[:4], X[4:], y[4:]
    model = KernelRidge(alpha=0.5).fit(X, y)
    learner = milp_ridge.ridge_learner(model)
    rng = np.random.default_rng(0)
    scalable = certify(model, Xt, method="scalable")
    opts = MilpOptions()
    for j in range(len(Xt)):
        q = model.cross_kernel(Xt[j:j + 1])[0]
        point = make_point(model, j, Xt[j], q, 1.0, opts)
        for _, spec in point.targets:
            labels = learner.y_index.copy()
            idx = rng.choice(labels.size, 3, replace=False)
            labels[idx] = (labels[idx] + 1) % K
            scores = model.refit(model.classes_[labels]).decision_function(Xt[j:j + 1])[0]
            want = sum(c * (scores if K == 2 else scores[k]) for k, c in spec.coef.items())
            assert milp_ridge.ridge_margin(learner, labels, q, spec.coef) == pytest.approx(float(want), abs=1e-9)
    assert [c.upper for c in certify_milp(model, Xt)] == list(scalable.upper)
