"""LabelCert (docs/math/milp.md): the label-flip MILPs against brute force, ScaLabelCert and each other."""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo
import pytest
from pyomo.gdp import Disjunction
from svm_cases import small_svm

import optcert.solvers as solvers_mod
from optcert.certify.api import certify
from optcert.certify.milp import certify_milp
from optcert.certify.replay import replay_changes_prediction
from optcert.data import make_gaussian_mixture
from optcert.exceptions import InvalidInputError, UnsupportedFeatureError
from optcert.formulations.kkt import kkt_point, svm_bounds
from optcert.formulations.krr_label_flip import build_krr_label_flip, set_krr_labelling
from optcert.formulations.svm_label_flip import (
    build_svm_label_flip,
    decode_labels,
    margin_spec,
    model_size,
    set_labelling,
)
from optcert.learners import KernelRidge, KernelSVM
from optcert.results import SolveReport, TerminationStatus, Verdict

ENCODINGS = [("highs", "bigm"), ("scip", "bigm"), ("scip", "sos1"), ("scip", "indicator"),
             ("highs", "indicator"), ("ortools-scip", "bigm"), ("ortools-cbc", "bigm")]


def _svm(sep, seed, mult, K=2, N=8, points=6):
    return small_svm(N, K, mult, seed, sep=sep, points=points)


@pytest.fixture(scope="module")
def bin10():
    model, Xt = _svm(8, 0, 10)
    return model, Xt, certify(model, Xt, method="bruteforce")


def _same(a, b):
    assert np.array_equal(a.lower, b.lower), (a.lower, b.lower)
    assert np.array_equal(a.upper, b.upper), (a.upper, b.upper)


def _check_witnesses(model, Xt, certs):
    for j, c in enumerate(certs):
        if np.isfinite(c.upper):
            assert c.witness is not None and c.witness.size == c.upper + 1
            assert replay_changes_prediction(model, Xt[j], c.witness, c.prediction)


# -- cross-checks ------------------------------------------------------------------------------

@pytest.mark.parametrize("sep,seed,mult", [(8, 0, 10), (8, 0, 100), (8, 2, 10), (5, 1, 100)])
def test_binary_radius_equals_bruteforce(sep, seed, mult):
    model, Xt = _svm(sep, seed, mult)
    assert model.C > model.c_star_
    bf = certify(model, Xt, method="bruteforce")
    ce = certify(model, Xt, method="milp", search_nodes=0, solver="highs")
    _same(ce, bf)
    assert ce.exact.all()
    _check_witnesses(model, Xt, ce)


def test_multiclass_radius_equals_bruteforce():
    model, Xt = _svm(6, 3, 10, K=3, N=7, points=3)
    bf = certify(model, Xt, method="bruteforce")
    ce = certify(model, Xt, method="milp", search_nodes=0, solver="highs")
    _same(ce, bf)
    _check_witnesses(model, Xt, ce)


@pytest.mark.parametrize("K", [2, 3])
def test_small_c_svm_equals_scalable(K):
    X, y = make_gaussian_mixture(16, 3, K, separation=4.0, seed=5)
    Xt, X, y = X[:4], X[4:], y[4:]
    c_star = KernelSVM(C=1.0).fit(X, y).c_star_
    model = KernelSVM(C=0.5 * c_star).fit(X, y)
    _same(certify(model, Xt, method="milp", search_nodes=0), certify(model, Xt, method="scalable"))


@pytest.mark.parametrize("K", [2, 3])
def test_kernel_ridge_equals_scalable(K):
    X, y = make_gaussian_mixture(16, 3, K, separation=4.0, seed=6)
    Xt, X, y = X[:4], X[4:], y[4:]
    model = KernelRidge(alpha=0.5).fit(X, y)
    ce = certify(model, Xt, method="milp", search_nodes=0)
    _same(ce, certify(model, Xt, method="scalable"))
    _check_witnesses(model, Xt, ce)
    for r in (0, 1, 2):
        assert [c.certified(r) for c in certify(model, Xt, method="milp", search_nodes=0, budget=r)] == \
            [c.certified(r) for c in ce]


@pytest.mark.parametrize("solver,comp", ENCODINGS)
def test_every_encoding_and_backend_agree(solver, comp):
    model, Xt = _svm(8, 2, 10, points=3)
    ref = certify(model, Xt, method="bruteforce")
    ce = certify(model, Xt, method="milp", search_nodes=0, solver=solver, complementarity=comp, heuristic=False)
    if solver == "ortools-cbc":
        # CBC's proofs on mixed-integer models are not trusted (see the next test): sound only
        assert np.all(ce.lower <= ref.lower) and np.all(ref.upper <= ce.upper)
    else:
        _same(ce, ref)
    _check_witnesses(model, Xt, ce)


def test_cbc_wrong_optimum_never_becomes_a_certificate():
    """OR-Tools' CBC claims OPTIMAL at 4 flips here; the truth (brute force, HiGHS, SCIP) is 1."""
    X, y = make_gaussian_mixture(10, 3, 2, separation=2.0, seed=3)
    x, X, y = X[:1], X[1:], y[1:]
    svm = KernelSVM(C=10 * KernelSVM(C=1.0).fit(X, y).c_star_).fit(X, y)
    truth = certify(svm, x, method="bruteforce")[0]
    cbc = certify(svm, x, method="milp", search_nodes=0, solver="ortools-cbc", heuristic=False)[0]
    assert truth.lower == 0.0
    assert cbc.lower <= truth.lower <= cbc.upper


def test_pairwise_linearization_agrees(bin10):
    model, Xt, bf = bin10
    _same(certify(model, Xt[:3], method="milp", search_nodes=0, linearization="pairwise"), bf[:3])


def test_worst_margin_consistent_with_radius(bin10):
    model, Xt, bf = bin10
    for r in range(0, int(bf.upper.max()) + 2):
        ce = certify(model, Xt, method="milp", search_nodes=0, budget=r)
        assert [c.certified(r) for c in ce] == [c.certified(r) for c in bf], r
        _check_witnesses(model, Xt, ce)


# -- soundness under limits ------------------------------------------------------------------------

def _fake_solve(status, bound, incumbent=None):
    def fake(m, solver="highs", **kw):
        values = None
        if incumbent is not None:
            values = {v.name: 0.0 for v in m.component_data_objects(pyo.Var)}
            for (i, k) in m.b:
                values[m.b[i, k].name] = float(incumbent[i] == k)
        return SolveReport("fake", status, "min", objective=None if values is None else 1.0,
                           bound=bound, values=values)
    return fake


def test_time_limit_bound_gives_sound_lower_bound(bin10, monkeypatch):
    model, Xt, bf = bin10
    j = int(np.argmax(bf.lower))  # radius 2
    monkeypatch.setattr(solvers_mod, "solve", _fake_solve(TerminationStatus.TIME_LIMIT, 1.3))
    c = certify_milp(model, Xt[j:j + 1], search_nodes=0, heuristic=False)[0]
    assert (c.lower, c.upper) == (1.0, np.inf) and not c.exact
    # an incumbent that does not change the prediction (the clean labels) is never reported
    monkeypatch.setattr(solvers_mod, "solve", _fake_solve(TerminationStatus.TIME_LIMIT, 0.2,
                                                         model.encode_labels(model.y_fit_)))
    c = certify_milp(model, Xt[j:j + 1], search_nodes=0, heuristic=False)[0]
    assert c.lower == 0.0 and c.upper == np.inf and c.witness is None
    # an unknown status proves nothing beyond its bound
    monkeypatch.setattr(solvers_mod, "solve", _fake_solve(TerminationStatus.UNKNOWN, None))
    c = certify_milp(model, Xt[j:j + 1], search_nodes=0, heuristic=False)[0]
    assert c.lower == 0.0 and c.upper == np.inf


def test_time_limit_on_worst_margin(bin10, monkeypatch):
    model, Xt, bf = bin10
    j = int(np.argmax(bf.lower))
    monkeypatch.setattr(solvers_mod, "solve", _fake_solve(TerminationStatus.TIME_LIMIT, 1e-3))
    c = certify_milp(model, Xt[j:j + 1], search_nodes=0, budget=2, heuristic=False)[0]
    assert c.certified(2) is Verdict.YES and c.lower == 2
    monkeypatch.setattr(solvers_mod, "solve", _fake_solve(TerminationStatus.TIME_LIMIT, -1.0))
    c = certify_milp(model, Xt[j:j + 1], search_nodes=0, budget=2, heuristic=False)[0]
    assert c.certified(2) is Verdict.UNKNOWN and (c.lower, c.upper) == (0.0, np.inf)


def test_real_tiny_time_limit_is_sound():
    model, Xt = _svm(3, 1, 10, N=24, points=2)
    exact = certify(model, Xt, method="milp", search_nodes=0)
    limited = certify(model, Xt, method="milp", search_nodes=0, time_limit=0.01, heuristic=False)
    for e, c in zip(exact, limited):
        assert e.exact and c.lower <= e.lower <= c.upper


# -- formulation checks -----------------------------------------------------------------------------

def _violations(m, tol=1e-7):
    bad = []
    for con in m.component_data_objects(pyo.Constraint, active=True):
        body = pyo.value(con.body)
        if (con.lower is not None and body < pyo.value(con.lower) - tol) or \
                (con.upper is not None and body > pyo.value(con.upper) + tol):
            bad.append(con.name)
    for v in m.component_data_objects(pyo.Var):
        if (v.lb is not None and v.value < v.lb - tol) or (v.ub is not None and v.value > v.ub + tol):
            bad.append(v.name)
    for dj in m.component_data_objects(Disjunction, active=True):  # exactly one disjunct holds
        chosen = [d for d in dj.disjuncts if round(d.binary_indicator_var.value) == 1]
        if len(chosen) != 1:
            bad.append(dj.name)
        for d in chosen:
            bad += _violations(d, tol)
    return bad


@pytest.mark.parametrize("comp", ["bigm", "sos1", "indicator"])
@pytest.mark.parametrize("lin", ["mccormick", "pairwise"])
@pytest.mark.parametrize("tighten", [True, False])
def test_data_derived_bounds_hold_at_kkt_points(comp, lin, tighten, rng):
    for K, mult in ((2, 10), (2, 100), (3, 10)):
        model, Xt = _svm(4, 7, mult, K=K, N=10, points=1)
        yi = model.encode_labels(model.y_fit_)
        q = model.cross_kernel(Xt)[0]
        pred = int(model.predict_index(model.decision_function(Xt))[0])
        spec = margin_spec(K, pred, None if K == 2 else (pred + 1) % K)
        m = build_svm_label_flip(model.gram_, model.C, yi, K, q, spec, question="margin", budget=10,
                                 complementarity=comp, linearization=lin, tighten=tighten)
        for trial in range(3):  # the clean labelling, then random relabellings retrained for real
            y_new = yi if trial == 0 else rng.integers(0, K, size=yi.size)
            if np.unique(y_new).size < K:
                continue
            re = model.refit(model.classes_[y_new])
            alphas = {k: np.atleast_2d(re.alpha_)[0 if K == 2 else k] for k in spec.coef}
            set_labelling(m, y_new, alphas)
            if comp == "sos1":
                for blk in m.svm.values():
                    for i in blk.u:
                        assert min(blk.u[i].value, blk.alpha[i].value) <= 1e-9
                        assert min(blk.v[i].value, blk.g[i].value) <= 1e-9
            assert _violations(m) == [], (K, mult, trial)


def test_bounds_tighten_the_spec_bounds():
    model, _ = _svm(4, 7, 100, N=10, points=1)
    Q = model.gram_
    spec, tight = svm_bounds(Q, model.C, tighten=False), svm_bounds(Q, model.C)
    assert np.allclose(spec.P, model.C * np.abs(Q).sum(axis=1))
    assert (tight.P <= spec.P + 1e-9).all() and (tight.Mu <= spec.Mu + 1e-9).all()
    assert (tight.Mv <= spec.Mv + 1e-9).all()
    pt = kkt_point(Q, model.C, model.signs_, model.alpha_)
    assert np.allclose(pt["w"] - pt["u"] + pt["v"], 1.0, atol=1e-7)


def test_model_sizes_linear_vs_pairwise():
    model, Xt = _svm(8, 0, 10)
    N = model.X_fit_.shape[0]
    yi = model.encode_labels(model.y_fit_)
    q = model.cross_kernel(Xt)[0]
    a = model_size(build_svm_label_flip(model.gram_, model.C, yi, 2, q, margin_spec(2, 1)))
    b = model_size(build_svm_label_flip(model.gram_, model.C, yi, 2, q, margin_spec(2, 1),
                                        linearization="pairwise"))
    assert a["binaries"] == 3 * N and a["continuous"] == 6 * N
    assert b["continuous"] == 5 * N + N * (N - 1)


def test_decode_round_trip_and_krr_warm_start():
    model = KernelRidge(alpha=0.3).fit(*make_gaussian_mixture(9, 2, 3, seed=2))
    yi = model.encode_labels(model.y_fit_)
    q = model.cross_kernel(model.X_fit_[:1])[0]
    m = build_krr_label_flip(model.gram_, 0.3, yi, 3, q, margin_spec(3, 0, 2), question="margin",
                             budget=3)
    y_new = yi.copy()
    y_new[[0, 4]] = (yi[[0, 4]] + 1) % 3
    set_krr_labelling(m, y_new)
    assert _violations(m) == []
    values = {v.name: v.value for v in m.component_data_objects(pyo.Var)}
    decoded = decode_labels(m, values)
    assert np.array_equal(decoded[[0, 4]] != yi[[0, 4]], [True, True])


def test_export_writes_every_model(tmp_path):
    model, Xt = _svm(8, 0, 10, points=2)
    certify(model, Xt, method="milp", search_nodes=0, export=tmp_path, heuristic=False)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert len(files) == 2 and all(f.endswith(".mps") for f in files)
    certify(model, Xt[:1], method="milp", search_nodes=0, budget=1, export=str(tmp_path / "x_{point}_{question}.lp"))
    assert (tmp_path / "x_0_margin.lp").exists()


# -- bad inputs ---------------------------------------------------------------------------------------

def test_bad_inputs(bin10):
    model, Xt, _ = bin10
    with pytest.raises(UnsupportedFeatureError, match="sos1"):
        certify(model, Xt, method="milp", search_nodes=0, solver="highs", complementarity="sos1")
    with pytest.raises(UnsupportedFeatureError, match="sos1"):
        certify(model, Xt, method="milp", search_nodes=0, solver="ortools-cbc", complementarity="sos1")
    with pytest.raises(InvalidInputError, match="complementarity"):
        certify(model, Xt, method="milp", search_nodes=0, complementarity="hull")
    with pytest.raises(InvalidInputError, match="linearization"):
        certify(model, Xt, method="milp", search_nodes=0, linearization="exact")
    with pytest.raises(ValueError, match="budget"):
        certify(model, Xt, method="milp", search_nodes=0, budget=-1)
    with pytest.raises(InvalidInputError, match="budget"):
        certify_milp(model, Xt, budget=-2)



@pytest.mark.parametrize("K,mult", [(2, 10), (2, 100), (3, 10)])
def test_capped_radius_model_keeps_every_attack_within_the_cap(K, mult, rng):
    """flips <= cap (radius_budget) removes only labellings with more flips: the retrained KKT
    point of every relabelling within the cap is feasible (crossing aside)."""
    model, Xt = _svm(4, 7, mult, K=K, N=10, points=1)
    yi = model.encode_labels(model.y_fit_)
    q = model.cross_kernel(Xt)[0]
    pred = int(model.predict_index(model.decision_function(Xt))[0])
    spec = margin_spec(K, pred, None if K == 2 else (pred + 1) % K)
    for cap in (1, 2):
        m = build_svm_label_flip(model.gram_, model.C, yi, K, q, spec, question="radius", tau=1e9,
                                 max_flips=cap)
        assert m.budget.upper == cap
        seen = 0
        for trial in range(8):
            y_new = yi.copy()
            idx = rng.choice(yi.size, size=int(rng.integers(0, cap + 1)), replace=False)
            y_new[idx] = (yi[idx] + rng.integers(1, K, size=idx.size)) % K
            if np.unique(y_new).size < K:
                continue
            re = model.refit(model.classes_[y_new])
            set_labelling(m, y_new, {k: np.atleast_2d(re.alpha_)[0 if K == 2 else k] for k in spec.coef})
            assert _violations(m) == [], (cap, trial)
            seen += 1
        assert seen >= 3


@pytest.mark.parametrize("cap,ascending", [(True, True), (True, False), (False, False)])
def test_radius_budget_on_and_off_agree_with_bruteforce(bin10, cap, ascending):
    model, Xt, bf = bin10
    ce = certify_milp(model, Xt, radius_budget=cap, ascending_caps=ascending, search_nodes=0)
    assert [c.lower for c in ce] == list(bf.lower) and [c.upper for c in ce] == list(bf.upper)
    if cap and not ascending:  # every solve was the capped question, proven infeasible
        assert all(set(c.info["status"]) <= {"infeasible"} for c in ce), [c.info for c in ce]
    model, Xt = _svm(8, 0, 10, K=3)
    bf = certify(model, Xt, method="bruteforce")
    _same(certify(model, Xt, method="milp", search_nodes=0, solver="highs", radius_budget=cap,
                  ascending_caps=ascending), bf)


def test_resolve_attack_shortens_the_greedy_attack_before_the_model():
    """On this point the greedy attack has 3 flips and the least attack 2: the attack stage's
    re-solves find the 2-flip one, so the radius model is capped at 1 flip (exact = brute force)."""
    model, Xt = _svm(2.0, 1, 10, N=12)
    bf = certify(model, Xt[5:6], method="bruteforce")
    c = certify_milp(model, Xt[5:6], search_nodes=0)[0]
    assert (c.info["greedy_flips"], c.info["resolve_flips"]) == (3, 2)
    assert c.lower == c.upper == bf.upper[0] == 1.0
    assert c.witness.indices.size == 2 and replay_changes_prediction(model, Xt[5], c.witness, c.prediction)


# -- the flip-set search before the model ---------------------------------------------------------

@pytest.mark.parametrize("K,nodes", [(2, 20_000), (2, 3), (3, 20_000), (3, 3)])
def test_search_then_milp_equals_bruteforce(K, nodes):
    """The search alone (large node budget), or cut after 3 retrainings and then the MILP."""
    model, Xt = _svm(8, 0, 10) if K == 2 else _svm(6, 3, 10, K=3, N=7, points=3)
    bf = certify(model, Xt, method="bruteforce")
    ce = certify(model, Xt, method="milp", search_nodes=nodes)
    _same(ce, bf)
    _check_witnesses(model, Xt, ce)
    if nodes < 20_000:
        assert any(c.report is not None for c in ce)  # the budget ran out: the MILP finished
    for r in (1, 2):
        via_search = certify(model, Xt, method="milp", budget=r, search_nodes=nodes)
        assert np.array_equal(via_search.certified(r), bf.certified(r))


def test_search_decides_without_a_model(bin10, monkeypatch):
    """At N = 10 the search settles every point: no solver is called at all."""
    model, Xt, bf = bin10

    def no_solver(*a, **k):
        raise AssertionError("the flip-set search should have decided this point")

    monkeypatch.setattr(solvers_mod, "solve", no_solver)
    _same(certify(model, Xt, method="milp"), bf)
