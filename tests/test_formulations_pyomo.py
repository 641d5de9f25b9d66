"""The label-flip models mean the same to Pyomo's own tools as to optcert's solvers.

Every complementarity encoding is plain Pyomo: big-M rows, ``SOSConstraint`` s, or ``pyomo.gdp``
disjunctions. For each encoding, on a binary and a 3-class SVM above C*, the radius model is
solved by optcert's solver layer, by plain Pyomo (``appsi_highs`` after ``gdp.bigm`` where there
are disjunctions; SOS1 through Pyomo's SCIP interface) and after a round trip through ``m.write``,
and every optimum must equal brute force.
"""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo
import pytest
from solver_cases import pyomo_optimum

from optcert.certify.api import certify
from optcert.data import make_gaussian_mixture
from optcert.formulations.kkt import svm_bounds
from optcert.formulations.svm_label_flip import (
    build_svm_label_flip,
    margin_spec,
    model_size,
)
from optcert.learners import KernelSVM
from optcert.solvers import solve

ENCODINGS = ("bigm", "sos1", "indicator")


@pytest.fixture(autouse=True)
def _no_highs_scheduler_left_behind():
    """appsi_highs and highspy leave this thread's HiGHS scheduler with their thread count; reset
    it so the tests after these see a clean process."""
    import highspy

    yield
    highspy.Highs.resetGlobalScheduler(True)
MILP_TOL = 1e-6  # tau relative to the score scale, as certify's milp_tol


def _svm(sep, seed, K, N, points):
    X, y = make_gaussian_mixture(N + points, 3, K, separation=sep, seed=seed)
    Xt, X, y = X[:points], X[points:], y[points:]
    model = KernelSVM(C=10 * KernelSVM(C=1.0).fit(X, y).c_star_).fit(X, y)
    assert model.C > model.c_star_
    return model, Xt


# (instance, test point): brute-force radius 2 (binary) and 1 (3 classes)
INSTANCES = {"binary": (dict(sep=8, seed=0, K=2, N=8, points=6), 2),
             "3-class": (dict(sep=6, seed=3, K=3, N=7, points=3), 2)}


@pytest.fixture(scope="module", params=sorted(INSTANCES))
def case(request):
    kw, j = INSTANCES[request.param]
    model, Xt = _svm(**kw)
    x = Xt[j:j + 1]
    radius = certify(model, x, method="bruteforce")[0]
    assert radius.exact and radius.upper >= 1  # a point with a real attack to find
    return model, x, int(radius.upper) + 1  # rho = least number of flips that changes the prediction


def _models(model, x, comp):
    """The radius model of every target (binary: one) for test row ``x``."""
    K = model.n_classes_
    q = model.cross_kernel(x)[0]
    pred = int(model.predict_index(model.decision_function(x))[0])
    tau = MILP_TOL * (1.0 if K == 2 else 2.0) * model.C * np.abs(q).sum()
    targets = [None] if K == 2 else [t for t in range(K) if t != pred]
    return [build_svm_label_flip(model.gram_, model.C, model.encode_labels(model.y_fit_), K, q,
                                 margin_spec(K, pred, t), question="radius", tau=tau, complementarity=comp)
            for t in targets]


def _plain_pyomo(m, comp) -> float:
    """Solve with Pyomo's own tools only, transforming the disjunctions first."""
    if comp == "sos1":  # HiGHS takes no SOS: Pyomo's SCIP interface (pyscipopt)
        return pyomo_optimum(m, "scip_direct")
    if comp == "indicator":
        pyo.TransformationFactory("gdp.bigm").apply_to(m)
    return pyomo_optimum(m, "appsi_highs")


def _optcert(m, solver) -> float:
    r = solve(m, solver)
    if r.status.value == "infeasible":
        return np.inf
    assert r.status.value == "optimal", r
    return r.objective


@pytest.mark.parametrize("comp", ENCODINGS)
def test_optcert_solvers_equal_bruteforce(case, comp):
    model, x, rho = case
    solvers = {"bigm": ("highs", "scip"), "sos1": ("scip",), "indicator": ("highs", "scip")}[comp]
    for solver in solvers:
        assert min(_optcert(m, solver) for m in _models(model, x, comp)) == pytest.approx(rho), solver


@pytest.mark.parametrize("comp", ENCODINGS)
def test_plain_pyomo_equals_bruteforce(case, comp):
    model, x, rho = case
    assert min(_plain_pyomo(m, comp) for m in _models(model, x, comp)) == pytest.approx(rho)


@pytest.mark.parametrize("comp", ENCODINGS)
def test_written_model_resolves_to_the_same_optimum(case, comp, tmp_path):
    """``m.write`` (after gdp.bigm for disjunctions) keeps every row: HiGHS re-reads the .mps.
    SOS1: HiGHS takes no SOS, and SCIP refuses the repeated SOS headers of Pyomo's MPS writer,
    so that model goes through the .lp writer and SCIP."""
    import highspy
    import pyscipopt

    model, x, rho = case
    best = np.inf
    for k, m in enumerate(_models(model, x, comp)):
        if comp == "indicator":
            pyo.TransformationFactory("gdp.bigm").apply_to(m)
        fmt = "lp" if comp == "sos1" else "mps"
        path = str(tmp_path / f"{comp}_{k}.{fmt}")
        m.write(path, format=fmt, io_options={"symbolic_solver_labels": True})
        if comp == "sos1":
            sc = pyscipopt.Model()
            sc.hideOutput()
            sc.readProblem(path)
            sc.optimize()
            if sc.getStatus() == "infeasible":
                continue
            assert sc.getStatus() == "optimal"
            best = min(best, sc.getObjVal())
        else:
            h = highspy.Highs()
            h.setOptionValue("output_flag", False)
            h.readModel(path)
            h.run()
            status = h.getModelStatus()
            if status == highspy.HighsModelStatus.kInfeasible:
                continue
            assert status == highspy.HighsModelStatus.kOptimal
            best = min(best, h.getInfo().objective_function_value)
    assert best == pytest.approx(rho)


def test_indicator_model_is_gdp_and_bigm_uses_the_data_derived_bounds(case):
    """The indicator rows are pyomo.gdp disjuncts, and gdp.bigm's Ms are exactly C, M^u, M^v."""
    model, x, _ = case
    m = _models(model, x, "indicator")[0]
    size = model_size(m)
    assert size["indicators"] == 4 * len(m.svm) * m.N and not hasattr(m, "optcert_indicators")
    b = svm_bounds(model.gram_, model.C)
    bigm = pyo.TransformationFactory("gdp.bigm")
    bigm.apply_to(m)
    for blk in m.svm.values():
        for i in range(m.N):
            assert bigm.get_M_value(blk.alpha_zero[i].alpha_le_0) == (None, pytest.approx(model.C))
            assert bigm.get_M_value(blk.u_zero[i].u_le_0) == (None, pytest.approx(b.Mu[i]))
            assert bigm.get_M_value(blk.v_zero[i].v_le_0) == (None, pytest.approx(b.Mv[i]))
            assert bigm.get_M_value(blk.alpha_at_C[i].alpha_ge_C) == (pytest.approx(-model.C), None)


def test_sos1_encoding_is_pyomo_sos(case):
    model, x, _ = case
    m = _models(model, x, "sos1")[0]
    sos = list(m.component_data_objects(pyo.SOSConstraint, active=True, descend_into=True))
    assert len(sos) == 2 * len(m.svm) * m.N and all(s.level == 1 and len(list(s.get_items())) == 2 for s in sos)
