"""Every solver backend on the shared instances, plus limits, early stops, warm starts, export.

Required backends are asserted installed: a missing one fails, it is never skipped.
"""

from __future__ import annotations

import math
import subprocess
import sys

import highspy
import pyomo.environ as pyo
import pytest
from solver_cases import CASES, hard_knapsack, indicator, knapsack, lp, multi_knapsack, sos1

from optcert.exceptions import InvalidInputError, SolverUnavailableError, UnsupportedFeatureError
from optcert.results import TerminationStatus as TS
from optcert.results import objective_interval
from optcert.solvers import (
    REQUIRED_SOLVERS,
    available_solvers,
    capabilities,
    compile_model,
    export,
    load_values,
    solve,
    solver_info,
    solver_names,
)

ALL = solver_names()
MILP_SOLVERS = [s for s in ALL if "milp" in capabilities(s)]
TOL = 1e-5


def contains(interval, value, tol=TOL):
    lo, hi = interval
    return lo - tol * max(1, abs(lo) if math.isfinite(lo) else 1) <= value <= hi + tol * max(
        1, abs(hi) if math.isfinite(hi) else 1)


# --------------------------------------------------------------------------- availability

def test_required_backends_are_installed():
    avail = available_solvers()
    missing = [s for s in REQUIRED_SOLVERS if s not in avail]
    assert not missing, f"required solver backends missing: {missing}"


def test_solver_info_lists_every_solver():
    rows = {r["name"]: r for r in solver_info()}
    assert set(rows) == set(ALL)
    for name in REQUIRED_SOLVERS:
        assert rows[name]["installed"] and rows[name]["version"]
        assert set(rows[name]["capabilities"]) == set(capabilities(name))


def test_import_does_not_load_backends():
    code = ("import sys, optcert, optcert.solvers; "
            "print(sorted(m for m in ('highspy', 'pyscipopt', 'ortools', 'gurobipy', 'cplex') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_unknown_solver_lists_valid_names():
    with pytest.raises(InvalidInputError, match="highs.*scip.*cpsat.*gurobi.*cplex"):
        solve(knapsack(), "xpress")
    with pytest.raises(InvalidInputError):
        capabilities("nope")


def test_missing_backend_raises_solver_unavailable(monkeypatch):
    import optcert.solvers.highs as adapter

    def broken(name="highs"):
        raise ImportError("No module named 'highspy'")

    monkeypatch.setattr(adapter, "probe", broken)
    with pytest.raises(SolverUnavailableError, match="highs"):
        solve(knapsack(), "highs")
    assert "highs" not in available_solvers()


# --------------------------------------------------------------------------- shared cases

@pytest.mark.parametrize("solver", ALL)
@pytest.mark.parametrize("name,build,expected", CASES, ids=[c[0] for c in CASES])
def test_case_on_every_backend(name, build, expected, solver):
    model = build()
    needs = compile_model(model, native_indicators="indicator" in capabilities(solver)).features
    if not needs <= capabilities(solver):
        with pytest.raises(UnsupportedFeatureError) as err:
            solve(model, solver)
        missing = sorted(needs - capabilities(solver))[0]
        assert missing in str(err.value) and solver in str(err.value)
        return
    report = solve(model, solver, time_limit=20)
    if isinstance(expected, set):
        assert report.status in expected, report
        lo, hi = objective_interval(report)
        if report.status is TS.INFEASIBLE:
            assert (lo, hi) == (math.inf, math.inf)
        if report.status is TS.UNBOUNDED:
            assert lo == -math.inf
        return
    assert report.status is TS.OPTIMAL, report
    assert report.objective == pytest.approx(expected, abs=1e-5)
    assert report.bound == pytest.approx(expected, abs=1e-4)
    assert contains(objective_interval(report), expected, tol=1e-4)
    # the reported point really attains the objective in the Pyomo model
    load_values(model, report)
    obj = next(model.component_data_objects(pyo.Objective, active=True))
    assert pyo.value(obj) == pytest.approx(report.objective, abs=1e-5)


@pytest.mark.parametrize("solver", ["scip", "cpsat", "gurobi", "cplex"])
def test_indicator_solution_respects_indicators(solver):
    m = indicator()
    r = solve(m, solver)
    v = r.values
    assert (v["large.binary_indicator_var"], v["four.binary_indicator_var"]) == (0, 1)
    assert v["x"] <= 2 and v["x"] + v["y"] == 4
    assert r.objective == pytest.approx(14)


def test_values_by_name_include_fixed_variables():
    r = solve(lp(), "highs")
    assert set(r.values) == {"x", "y", "z"}
    assert r.values["z"] == 1.0
    assert r.values["x"] == pytest.approx(0.75) and r.values["y"] == pytest.approx(0.25)


def test_sos1_rejected_with_alternatives():
    with pytest.raises(UnsupportedFeatureError, match=r"'sos1'.*scip"):
        solve(sos1(), "highs")


def test_cpsat_refuses_continuous_and_nonintegral_models():
    with pytest.raises(UnsupportedFeatureError, match="cpsat"):
        solve(lp(), "cpsat")  # needs "lp": not in the table
    m = knapsack()
    m.extra = pyo.Var(bounds=(0, 1))  # a continuous column in a MILP
    m.obj.expr = m.obj.expr + m.extra
    with pytest.raises(UnsupportedFeatureError, match="continuous"):
        solve(m, "cpsat")
    m = knapsack()
    m.irr = pyo.Constraint(expr=math.pi * m.x[0] + math.e * m.x[1] + math.sqrt(2) * m.x[2] + math.sqrt(3) * m.x[3] <= 7)
    with pytest.raises(UnsupportedFeatureError, match="integer coefficients"):
        solve(m, "cpsat")
    m = knapsack()
    m.cap.set_value(sum([0.5, 0.25, 1.5, 0.75, 0.75][i] * m.x[i] for i in range(5)) <= 2)  # scalable: x4
    assert solve(m, "cpsat").objective == pytest.approx(solve(m, "highs").objective)


def test_highs_refuses_miqp():
    m = pyo.ConcreteModel()
    m.x = pyo.Var(within=pyo.Integers, bounds=(-3, 3))
    m.obj = pyo.Objective(expr=(m.x - 0.4) ** 2)
    with pytest.raises(UnsupportedFeatureError, match="MIQP"):
        solve(m, "highs")
    r = solve(m, "scip")
    assert r.status is TS.OPTIMAL and r.objective == pytest.approx(0.16) and r.values["x"] == 0


# --------------------------------------------------------------------------- GLOP/PDLP/CLP guard

@pytest.mark.parametrize("backend_id", ["GLOP", "PDLP", "CLP"])
def test_lp_only_ortools_backends_refuse_integer_models(backend_id):
    from optcert.solvers.ortools_mip import create_solver

    with pytest.raises(UnsupportedFeatureError, match="silently drop the integrality"):
        create_solver(backend_id, compile_model(knapsack()))
    assert create_solver(backend_id, compile_model(lp())) is not None  # LPs are fine


def test_glop_guard_holds_even_past_the_capability_table():
    from optcert.solvers import ortools_mip
    from optcert.solvers._base import SolveOptions

    with pytest.raises(UnsupportedFeatureError, match="capab|support"):
        solve(knapsack(), "ortools-glop")  # the table refuses first
    with pytest.raises(UnsupportedFeatureError, match="silently drop"):
        ortools_mip.solve_form(compile_model(knapsack()), SolveOptions(), "ortools-glop")


# --------------------------------------------------------------------------- limits and stops

@pytest.fixture(scope="module")
def hard():
    return hard_knapsack()


@pytest.mark.parametrize("solver", MILP_SOLVERS)
def test_time_limited_hard_milp_interval_is_sound(solver, hard):
    model, optimum = hard
    r = solve(model, solver, time_limit=0.01)
    assert r.status in (TS.TIME_LIMIT, TS.OPTIMAL), r
    assert contains(objective_interval(r), optimum), (objective_interval(r), optimum, r)
    if r.has_solution:
        assert r.objective >= optimum - 1e-6
        assert sum(r.values.values()) >= 0  # names map back


@pytest.fixture(scope="module")
def mkp_optimum():
    r = solve(multi_knapsack(), "scip", time_limit=60)
    r2 = solve(multi_knapsack(), "highs", time_limit=60)
    assert r.status is TS.OPTIMAL and r2.status is TS.OPTIMAL and r.objective == pytest.approx(r2.objective)
    return r.objective


STOPPERS = ["highs", "scip", "ortools-scip", "cpsat", "gurobi", "cplex"]


@pytest.mark.parametrize("solver", MILP_SOLVERS)
def test_stop_primal_below(solver, mkp_optimum):
    threshold = 0.9 * mkp_optimum  # an easy incumbent (objective is negative)
    r = solve(multi_knapsack(), solver, stop_primal_below=threshold, time_limit=20)
    assert contains(objective_interval(r), mkp_optimum)
    if solver in STOPPERS:
        assert r.status is TS.OBJECTIVE_LIMIT, r
        assert r.objective < threshold and r.bound is not None
    else:
        assert r.status is TS.OPTIMAL  # ignored: runs to the end, still sound


@pytest.mark.parametrize("solver", MILP_SOLVERS)
def test_stop_dual_above(solver, mkp_optimum):
    threshold = mkp_optimum - 50  # the root bound already exceeds this
    r = solve(multi_knapsack(), solver, stop_dual_above=threshold, time_limit=20)
    assert contains(objective_interval(r), mkp_optimum)
    assert r.bound is not None and r.bound > threshold
    if solver in STOPPERS:
        assert r.status is TS.OBJECTIVE_LIMIT, r


NODE_LIMITERS = ["highs", "scip", "gurobi", "cplex"]


@pytest.mark.parametrize("solver", NODE_LIMITERS)
def test_node_limit_one_gives_the_root_bound(solver, mkp_optimum):
    """No backend closes multi_knapsack at the root: one node stops with a sound bound below it."""
    r = solve(multi_knapsack(), solver, node_limit=1)
    assert r.status is TS.NODE_LIMIT and r.nodes == 1, r
    assert r.bound is not None and r.bound < mkp_optimum - 1e-6
    assert contains(objective_interval(r), mkp_optimum)


def test_node_limit_must_be_a_positive_int():
    for bad in (0, -1, 1.5, True):
        with pytest.raises(InvalidInputError, match="node_limit"):
            solve(knapsack(), "highs", node_limit=bad)


def _wide(n):
    """min -sum c_i x_i over n binaries, one knapsack row: n columns, 1 row."""
    m = pyo.ConcreteModel(name="wide")
    m.x = pyo.Var(range(n), within=pyo.Binary)
    m.cap = pyo.Constraint(expr=sum((i % 7 + 1) * m.x[i] for i in range(n)) <= 10)
    m.obj = pyo.Objective(expr=-sum((i % 5 + 1) * m.x[i] for i in range(n)))
    return m


@pytest.mark.parametrize("solver,columns", [("gurobi", 2100), ("cplex", 1100)])
def test_size_limited_license_gives_unknown_without_bound(solver, columns, caplog):
    """The pip wheels' licenses stop at 2000 (Gurobi) / 1000 (CPLEX) columns: past that, a clear
    message and UNKNOWN with no bound and no point -- nothing a certificate could use."""
    r = solve(_wide(columns), solver)
    assert r.status is TS.UNKNOWN and r.bound is None and r.values is None, r
    assert "license" in r.message or "community edition" in r.message
    assert f"{columns} variables" in r.message and "another solver" in r.message
    assert objective_interval(r) == (-math.inf, math.inf)
    assert any(solver in rec.getMessage() for rec in caplog.records if rec.levelname == "WARNING")
    small = solve(_wide(200), solver)  # under the limit the same backend answers
    assert small.status is TS.OPTIMAL and small.objective == pytest.approx(solve(_wide(200), "highs").objective)


def test_stop_thresholds_refused_for_maximisation():
    with pytest.raises(InvalidInputError, match="minimisation"):
        solve(knapsack(), "highs", stop_primal_below=3)


@pytest.mark.parametrize("solver", MILP_SOLVERS)
def test_warm_start_accepted(solver):
    m = knapsack()
    for i, val in enumerate([1, 0, 1, 0, 1]):  # the optimum
        m.x[i].value = val
    r = solve(m, solver, warm_start=True)
    assert r.status is TS.OPTIMAL and r.objective == pytest.approx(27)
    m = knapsack()
    m.x[0].value = 1  # partial start; the rest unknown
    assert solve(m, solver, warm_start=True).objective == pytest.approx(27)
    m = knapsack()
    for i in range(5):
        m.x[i].value = 1  # infeasible start: ignored, not an error
    assert solve(m, solver, warm_start=True).objective == pytest.approx(27)


def test_backend_exception_becomes_error_status(monkeypatch):
    import optcert.solvers.highs as adapter

    def boom(h, form):
        raise RuntimeError("simulated backend crash")

    monkeypatch.setattr(adapter, "_load", boom)
    r = solve(knapsack(), "highs")
    assert r.status is TS.ERROR and "simulated backend crash" in r.message
    assert objective_interval(r) == (-math.inf, math.inf)


# --------------------------------------------------------------------------- export

def test_export_mps_round_trip_with_highspy(tmp_path):
    m = knapsack()
    path = export(m, tmp_path / "knapsack.mps")
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.readModel(str(path))
    h.run()
    assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal
    assert h.getInfo().objective_function_value == pytest.approx(solve(m, "highs").objective)


def test_export_lp_uses_symbolic_names(tmp_path):
    text = export(lp(), tmp_path / "lp.lp").read_text()
    assert "ranged" in text and "x" in text


def test_export_refuses_unknown_suffix(tmp_path):
    with pytest.raises(InvalidInputError, match=".mps or .lp"):
        export(knapsack(), tmp_path / "k.txt")


@pytest.mark.parametrize("suffix", [".mps", ".lp"])
def test_export_of_disjunctions_writes_their_bigm_form(tmp_path, suffix):
    """Disjunctions are written as gdp.bigm rows; the file re-solves to the model's optimum and
    the model itself is left untransformed."""
    import pyscipopt

    m = indicator()
    path = export(m, tmp_path / f"ind{suffix}")
    assert "bigm" in path.read_text()
    sc = pyscipopt.Model()
    sc.hideOutput()
    sc.readProblem(str(path))
    sc.optimize()
    assert sc.getStatus() == "optimal" and sc.getObjVal() == pytest.approx(14)
    assert m.b_choice.active and solve(m, "scip").objective == pytest.approx(14)


def test_export_sos1_as_sos_section(tmp_path):
    import pyscipopt

    path = export(sos1(), tmp_path / "sos.mps")
    assert "SOS" in path.read_text()
    sc = pyscipopt.Model()
    sc.hideOutput()
    sc.readProblem(str(path))
    sc.optimize()
    assert sc.getObjVal() == pytest.approx(3.0)  # the relaxation without SOS1 gives 5


@pytest.mark.parametrize("solver", ["highs", "scip", "ortools-scip", "gurobi", "cplex"])
def test_warm_start_is_used_as_incumbent(solver, hard):
    """Measured: these backends keep a complete feasible start even when stopped at once."""
    model, optimum = hard
    load_values(model, solve(model, "scip"))
    r = solve(model, solver, warm_start=True, time_limit=0.01)
    assert r.status in (TS.TIME_LIMIT, TS.OPTIMAL)
    assert r.objective == pytest.approx(optimum)
    assert contains(objective_interval(r), optimum)


def test_highs_early_stop_on_an_infeasible_search_reports_infeasible():
    """The dual bound of an exhausted infeasible search is +inf; an early stop there is a proof."""
    import numpy as np

    from optcert.data import make_gaussian_mixture
    from optcert.formulations.svm_label_flip import build_svm_label_flip, margin_spec
    from optcert.learners import KernelSVM

    X, y = make_gaussian_mixture(22, 5, 2, separation=3.0, seed=0)
    Xt, X, y = X[:2], X[2:], y[2:]
    svm = KernelSVM(C=10 * KernelSVM(C=1.0).fit(X, y).c_star_).fit(X, y)
    q = svm.cross_kernel(Xt[1:2])[0]
    pred = int(svm.predict(Xt[1:2])[0])
    # this point's radius is 1 (rho = 2, see benchmarks/bench_milp.py N=20): capped at one flip
    # the model is infeasible
    m = build_svm_label_flip(svm.gram_, svm.C, svm.encode_labels(y), 2, q, margin_spec(2, pred),
                             question="radius", tau=1e-6 * svm.C * np.abs(q).sum(), max_flips=1)
    from optcert import certify

    assert certify(svm, Xt[1:2], method="bruteforce", max_flips=1)[0].lower >= 1  # no 1-flip attack
    report = solve(m, "highs", stop_dual_above=1.5)
    assert report.status is TS.INFEASIBLE
    assert objective_interval(report) == (np.inf, np.inf)
