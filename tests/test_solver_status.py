"""Status -> sound objective interval, over every TerminationStatus; compiler edge cases.

The interval table is written out by hand (not recomputed by the code under test).
"""

from __future__ import annotations

import math

import pyomo.environ as pyo
import pytest

from optcert.exceptions import InvalidInputError, UnsupportedFeatureError
from optcert.results import SolveReport, objective_interval
from optcert.results import TerminationStatus as TS
from optcert.solvers import compile_model, load_values, solve
from optcert.solvers._base import RawResult, build_report

INF = math.inf
VALUES = {"x": 1.0}

# statuses that prove nothing beyond what the incumbent and the bound say
GENERIC = [TS.OPTIMAL, TS.INFEASIBLE_OR_UNBOUNDED, TS.TIME_LIMIT, TS.NODE_LIMIT, TS.SOLUTION_LIMIT,
           TS.OBJECTIVE_LIMIT, TS.INTERRUPTED, TS.UNKNOWN]


def fake(status, sense, objective=None, bound=None, values=VALUES):
    return SolveReport(solver="fake", status=status, sense=sense, objective=objective, bound=bound,
                       values=None if objective is None else values)


# (objective, bound) -> expected interval, for min and for max
GENERIC_TABLE = {
    "min": {(None, None): (-INF, INF), (5.0, None): (-INF, 5.0), (None, 3.0): (3.0, INF), (5.0, 3.0): (3.0, 5.0)},
    "max": {(None, None): (-INF, INF), (5.0, None): (5.0, INF), (None, 7.0): (-INF, 7.0), (5.0, 7.0): (5.0, 7.0)},
}


def test_every_status_is_covered():
    assert set(GENERIC) | {TS.INFEASIBLE, TS.UNBOUNDED, TS.ERROR, TS.NUMERICAL_ERROR} == set(TS)


@pytest.mark.parametrize("status", GENERIC)
@pytest.mark.parametrize("sense", ["min", "max"])
def test_generic_statuses(status, sense):
    for (obj, bnd), expected in GENERIC_TABLE[sense].items():
        assert objective_interval(fake(status, sense, obj, bnd)) == expected, (status, sense, obj, bnd)


@pytest.mark.parametrize("sense,expected", [("min", (INF, INF)), ("max", (-INF, -INF))])
def test_infeasible(sense, expected):
    for obj, bnd in [(None, None), (5.0, 3.0), (None, 3.0)]:
        assert objective_interval(fake(TS.INFEASIBLE, sense, obj, bnd)) == expected


@pytest.mark.parametrize("status", [TS.ERROR, TS.NUMERICAL_ERROR])
@pytest.mark.parametrize("sense", ["min", "max"])
def test_errors_prove_nothing(status, sense):
    for obj, bnd in [(None, None), (5.0, 3.0), (5.0, 7.0)]:
        assert objective_interval(fake(status, sense, obj, bnd)) == (-INF, INF)


def test_unbounded():
    assert objective_interval(fake(TS.UNBOUNDED, "min")) == (-INF, -INF)
    assert objective_interval(fake(TS.UNBOUNDED, "min", 5.0)) == (-INF, 5.0)
    assert objective_interval(fake(TS.UNBOUNDED, "min", 5.0, 3.0)) == (-INF, 5.0)
    assert objective_interval(fake(TS.UNBOUNDED, "max")) == (INF, INF)
    assert objective_interval(fake(TS.UNBOUNDED, "max", 5.0)) == (5.0, INF)
    assert objective_interval(fake(TS.UNBOUNDED, "max", 5.0, 7.0)) == (5.0, INF)


def test_objective_without_values_is_not_an_incumbent():
    r = SolveReport(solver="fake", status=TS.TIME_LIMIT, sense="min", objective=5.0, bound=3.0, values=None)
    assert objective_interval(r) == (3.0, INF)


def test_infinite_bound_ignored_and_hair_crossing_kept_sound():
    assert objective_interval(fake(TS.TIME_LIMIT, "min", 5.0, -INF)) == (-INF, 5.0)
    assert objective_interval(fake(TS.TIME_LIMIT, "max", 5.0, INF)) == (5.0, INF)
    lo, hi = objective_interval(fake(TS.OPTIMAL, "min", 5.0, 5.0 + 1e-12))
    assert lo <= 5.0 <= hi


def test_bad_sense_rejected():
    with pytest.raises(ValueError):
        objective_interval(fake(TS.OPTIMAL, "up", 1.0, 1.0))


# --------------------------------------------------------------------------- report building

def _tiny(sense=pyo.minimize, const=0.0):
    m = pyo.ConcreteModel()
    m.x = pyo.Var(within=pyo.Binary)
    m.obj = pyo.Objective(expr=3 * m.x + const, sense=sense)
    return m


def test_build_report_flips_max_and_adds_constant():
    form = compile_model(_tiny(pyo.maximize, const=2.0))  # compiled: min -3x - 2
    assert form.sign == -1 and form.offset == -2.0
    r = build_report("fake", form, RawResult(TS.TIME_LIMIT, objective=-3.0, bound=-3.5, x=[1.0]))
    assert (r.objective, r.bound, r.sense) == (5.0, 5.5, "max")
    assert objective_interval(r) == (5.0, 5.5)


def test_build_report_drops_a_bound_that_crosses_the_incumbent():
    form = compile_model(_tiny())
    r = build_report("fake", form, RawResult(TS.UNKNOWN, objective=3.0, bound=10.0, x=[1.0]))
    assert r.bound is None and "dropped" in r.message
    assert objective_interval(r) == (-INF, 3.0)


def test_integer_values_are_rounded():
    form = compile_model(_tiny())
    r = build_report("fake", form, RawResult(TS.OPTIMAL, objective=3.0, bound=3.0, x=[0.9999999]))
    assert r.values == {"x": 1.0}


# --------------------------------------------------------------------------- compiler

def test_compile_ranged_equality_fixed_and_bounds():
    m = pyo.ConcreteModel()
    m.x = pyo.Var(bounds=(0, 4))
    m.n = pyo.Var(within=pyo.Integers, bounds=(-2.5, 3.7))
    m.f = pyo.Var(initialize=2.0)
    m.f.fix()
    m.r = pyo.Constraint(expr=pyo.inequality(1, m.x + 2 * m.n + m.f, 6))
    m.e = pyo.Constraint(expr=m.x == 2 * m.n + 1)
    m.obj = pyo.Objective(expr=m.x + m.f + 7)
    form = compile_model(m)
    assert form.names == ["x", "n"]
    assert list(form.col_lo) == [0, -2] and list(form.col_hi) == [4, 3]
    assert list(form.row_lo) == [-1, 1] and list(form.row_hi) == [4, 1]
    assert form.offset == 9.0 and form.fixed == {"f": 2.0}
    assert form.features == {"milp"}


def test_constant_infeasible_row_and_constant_objective():
    m = pyo.ConcreteModel()
    m.x = pyo.Var(initialize=1.0)
    m.x.fix()
    m.c = pyo.Constraint(expr=m.x >= 2)
    m.obj = pyo.Objective(expr=m.x)
    r = solve(m, "highs")
    assert r.status is TS.INFEASIBLE and "violated" in r.message
    m.c.deactivate()
    r = solve(m, "scip")
    assert r.status is TS.OPTIMAL and r.objective == 1.0 and r.values == {"x": 1.0}


def test_model_errors():
    m = pyo.ConcreteModel()
    m.x = pyo.Var()
    with pytest.raises(InvalidInputError, match="exactly one active Objective"):
        compile_model(m)
    m.o = pyo.Objective(expr=m.x)
    m.nl = pyo.Constraint(expr=pyo.exp(m.x) <= 3)
    with pytest.raises(UnsupportedFeatureError, match="nonlinear"):
        compile_model(m)
    with pytest.raises(InvalidInputError):
        compile_model("not a model")


def test_old_indicator_side_channel_refused():
    """Rows only optcert could see must not come back silently ignored."""
    m = pyo.ConcreteModel()
    m.x = pyo.Var(bounds=(0, 5))
    m.b = pyo.Var(within=pyo.Binary)
    m.c = pyo.Constraint(expr=m.x >= 1)
    m.c.deactivate()
    m.obj = pyo.Objective(expr=m.x)
    m.optcert_indicators = [(m.b, 1, m.c)]
    with pytest.raises(UnsupportedFeatureError, match="Disjunct"):
        compile_model(m)


def _one_disjunct(fix=None):
    """min x, x in [0, 5], disjunction [d: x >= 2] v [e: x >= 1]; d chosen by a row, or fixed."""
    from pyomo.gdp import Disjunct, Disjunction

    m = pyo.ConcreteModel()
    m.x = pyo.Var(bounds=(0, 5))
    m.d, m.e = Disjunct(), Disjunct()
    m.d.c = pyo.Constraint(expr=m.x >= 2)
    m.e.c = pyo.Constraint(expr=m.x >= 1)
    m.dj = Disjunction(expr=[m.d, m.e])
    m.must = pyo.Constraint(expr=m.d.binary_indicator_var >= 0.5)  # d chosen
    m.obj = pyo.Objective(expr=m.x)
    if fix is not None:
        m.d.indicator_var.fix(fix)
        m.must.deactivate()
    return m


@pytest.mark.parametrize("solver", ["highs", "scip"])
def test_fixed_disjunct_becomes_plain_row_or_vanishes(solver):
    assert solve(_one_disjunct(), solver).objective == pytest.approx(2.0)  # chosen by a row
    assert solve(_one_disjunct(True), solver).objective == pytest.approx(2.0)  # enforced
    assert solve(_one_disjunct(False), solver).objective == pytest.approx(1.0)  # dropped: e holds


def test_disjunct_outside_a_disjunction_refused():
    from pyomo.gdp import Disjunct

    m = pyo.ConcreteModel()
    m.x = pyo.Var(bounds=(0, 5))
    m.d = Disjunct()
    m.d.c = pyo.Constraint(expr=m.x >= 2)
    m.obj = pyo.Objective(expr=m.x)
    with pytest.raises(UnsupportedFeatureError, match="no active Disjunction"):
        compile_model(m)


def test_unsupported_gdp_refused():
    from pyomo.gdp import Disjunct, Disjunction

    m = pyo.ConcreteModel()
    m.x = pyo.Var(bounds=(0, 1))
    m.d1, m.d2 = Disjunct(), Disjunct()
    m.d1.inner = Disjunct()
    m.dj = Disjunction(expr=[m.d1, m.d2])
    m.obj = pyo.Objective(expr=m.x)
    with pytest.raises(UnsupportedFeatureError, match="inside a disjunct"):
        compile_model(m)
    m.d1.inner.deactivate()
    m.y = pyo.Var()  # unbounded: gdp.bigm cannot derive an M
    m.d2.c = pyo.Constraint(expr=m.y >= 1)
    with pytest.raises(UnsupportedFeatureError, match="big-M.*unbounded"):
        solve(m, "highs")
    m.logic = pyo.LogicalConstraint(expr=m.d1.indicator_var.lor(m.d2.indicator_var))
    with pytest.raises(UnsupportedFeatureError, match="LogicalConstraint"):
        compile_model(m)


def test_load_values_rejects_report_without_solution():
    m = _tiny()
    with pytest.raises(InvalidInputError, match="no solution"):
        load_values(m, SolveReport(solver="x", status=TS.TIME_LIMIT))
