"""optcert's HiGHS solves beside a caller's own HiGHS in the same process.

HiGHS keeps one task scheduler per OS thread, so every case runs in a fresh interpreter: the
caller's HiGHS (``highspy.Highs`` with some thread count, or Pyomo's ``appsi_highs``) runs first,
then ``optcert.certify(method="milp")``, and the radii must equal brute force (computed here,
without HiGHS) with every MILP solve answered -- no ERROR, no empty interval.
"""

from __future__ import annotations

import inspect
import json
import logging
import math
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from optcert.certify.api import certify
from optcert.results import TerminationStatus as TS


def _instance():
    """Binary SVM above C* on 8 points, 6 test points (radii 0 and 2 among them)."""
    from optcert.data import make_gaussian_mixture
    from optcert.learners import KernelSVM

    X, y = make_gaussian_mixture(14, 3, 2, separation=8, seed=0)
    Xt, X, y = X[:6], X[6:], y[6:]
    return KernelSVM(C=10 * KernelSVM(C=1.0).fit(X, y).c_star_).fit(X, y), Xt


INSTANCE = inspect.getsource(_instance) + "svm, Xt = _instance()\n"

TINY_LP = """
import numpy as np, highspy
def tiny_lp():
    lp = highspy.HighsLp(); lp.num_col_ = 1; lp.num_row_ = 0
    lp.col_cost_ = np.array([1.0]); lp.col_lower_ = np.array([0.0]); lp.col_upper_ = np.array([1.0])
    return lp
"""

CALLERS = {
    "highspy_threads_2": TINY_LP + """
h = highspy.Highs(); h.setOptionValue("output_flag", False); h.setOptionValue("threads", 2)
h.passModel(tiny_lp()); h.run()
assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal
""",
    "highspy_threads_3": TINY_LP + """
h = highspy.Highs(); h.setOptionValue("output_flag", False); h.setOptionValue("threads", 3)
h.passModel(tiny_lp()); h.run()
assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal
""",
    "appsi_highs": """
import pyomo.environ as pyo
m = pyo.ConcreteModel(); m.x = pyo.Var(bounds=(0, 1)); m.o = pyo.Objective(expr=-m.x)
res = pyo.SolverFactory("appsi_highs").solve(m)
assert str(res.solver.termination_condition) == "optimal" and abs(pyo.value(m.x) - 1) < 1e-9
""",
}


def _run(code: str) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                         timeout=600, env=env, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def truth():
    svm, Xt = _instance()
    bf = certify(svm, Xt, method="bruteforce")
    return bf.lower.tolist(), bf.upper.tolist()


CERTIFY = INSTANCE + """
import json, optcert
certs = optcert.certify(svm, Xt, method="milp", search_nodes=0, heuristic=False)
print(json.dumps({"lower": [c.lower for c in certs], "upper": [c.upper for c in certs],
                  "status": [s for c in certs for s in c.info["status"]]}))
"""


@pytest.mark.parametrize("caller", sorted(CALLERS))
def test_certify_after_a_callers_highs_equals_bruteforce(caller, truth):
    got = _run(CALLERS[caller] + CERTIFY)
    assert (got["lower"], got["upper"]) == truth
    assert got["status"], "no MILP was solved: the test would not exercise HiGHS"
    assert "error" not in got["status"], got["status"]


def test_clean_process_gives_the_same_radii(truth):
    got = _run(CERTIFY)
    assert (got["lower"], got["upper"]) == truth and "error" not in got["status"]


def test_callers_later_highs_still_runs_with_its_own_threads():
    """optcert leaves no scheduler behind: a caller's HiGHS after it may pick any count."""
    got = _run(INSTANCE + TINY_LP + """
import json, optcert
c = optcert.certify(svm, Xt[2:3], method="milp", search_nodes=0, heuristic=False)[0]
h = highspy.Highs(); h.setOptionValue("output_flag", False); h.setOptionValue("threads", 2)
h.passModel(tiny_lp()); st = h.run()
print(json.dumps({"run": str(st), "model": h.modelStatusToString(h.getModelStatus()),
                  "status": c.info["status"]}))
""")
    assert got["status"] and "error" not in got["status"]
    assert got["run"].endswith("kOk") and got["model"] == "Optimal"


def test_solves_with_different_thread_counts_in_one_process():
    """No pinning: each optcert solve may ask for its own thread count."""
    got = _run("""
import json
import pyomo.environ as pyo
from optcert.solvers import solve
m = pyo.ConcreteModel()
m.x = pyo.Var(range(6), domain=pyo.Binary)
m.cap = pyo.Constraint(expr=sum((i + 2) * m.x[i] for i in range(6)) <= 10)
m.o = pyo.Objective(expr=sum((i + 1) * m.x[i] for i in range(6)), sense=pyo.maximize)
print(json.dumps([[r.status.value, r.objective] for r in
                  (solve(m, "highs", threads=t) for t in (1, 3, 2, None))]))
""")
    assert got == [["optimal", 8.0]] * 4  # value = weight - 1: weight 10 in two items


def test_error_status_is_logged_as_a_warning(monkeypatch, caplog):
    from solver_cases import knapsack

    import optcert.solvers.highs as adapter
    from optcert.results import objective_interval
    from optcert.solvers import solve

    def refuse(h, threads):
        import highspy

        return highspy.HighsStatus.kError, highspy.HighsModelStatus.kNotset, True

    monkeypatch.setattr(adapter, "_run", refuse)
    with caplog.at_level(logging.WARNING, logger="optcert.solvers"):
        r = solve(knapsack(), "highs")
    assert r.status is TS.ERROR and "refused" in r.message
    assert objective_interval(r) == (-math.inf, math.inf)
    assert "highs failed" in caplog.text and "refused" in caplog.text


def test_certificate_keeps_sound_bounds_when_every_solve_errors(monkeypatch, caplog, truth):
    """ERROR proves nothing: the certificate keeps what was proven without the solver, and the
    failure is logged."""
    import highspy

    import optcert.solvers.highs as adapter

    monkeypatch.setattr(adapter, "_run", lambda h, threads: (
        highspy.HighsStatus.kError, highspy.HighsModelStatus.kNotset, True))
    svm, Xt = _instance()
    with caplog.at_level(logging.WARNING, logger="optcert.solvers"):
        certs = certify(svm, Xt, method="milp", search_nodes=0, heuristic=False,
                        stability=False)
    lower, upper = truth
    hard = int(np.argmax(upper))
    assert upper[hard] > 0  # a point whose radius only the MILP decides here
    assert certs[hard].info["status"] == ["error"]
    assert (certs[hard].lower, certs[hard].upper) == (0.0, math.inf)
    assert np.all(certs.lower <= lower) and np.all(np.asarray(upper) <= certs.upper)
    assert "highs failed" in caplog.text
