"""The solver layer: one interface, one adapter per backend, the only room naming a solver.

Use
---
>>> from optcert.solvers import solve, load_values
>>> report = solve(model, "highs", time_limit=10)        # doctest: +SKIP
>>> lo, hi = objective_interval(report)                    # doctest: +SKIP  (sound, any status)

``solve`` compiles the Pyomo model once (:func:`compile_model`, via ``pyomo.repn``) into
matrices that each adapter loads natively, and returns a :class:`~optcert.results.SolveReport`
whose ``values`` map ``var.name`` to the incumbent value (integer columns rounded when
within 1e-5 of an integer; fixed variables included). Adapters never raise on a non-optimal
stop: native statuses go through an explicit table per backend; an unlisted status is
UNKNOWN; a backend exception becomes status ERROR with the message. A report with status
ERROR is logged as a WARNING by :func:`solve` and proves nothing (``objective_interval`` gives
``(-inf, inf)``): a certificate built on it keeps only the bounds proven elsewhere.

What a model may contain
------------------------
* a concrete Pyomo model with exactly one active ``Objective`` (min or max);
* linear ``Constraint`` s (ranged, equality, one-sided), fixed variables, constants;
* continuous, binary and integer ``Var`` s with bounds / domains;
* ``SOSConstraint`` of level 1 (solvers with "sos1");
* a convex quadratic objective (solvers with "qp"; HiGHS: continuous variables only);
* **conditional rows** as ``pyomo.gdp`` ``Disjunct`` s (each active constraint inside one holds
  when the disjunct's ``binary_indicator_var`` is 1) and ``Disjunction`` s (exactly one of their
  disjuncts holds, or at least one with ``xor=False``); not nested. Solvers with "indicator" get
  native indicator constraints; every other solver, and :func:`export`, gets Pyomo's
  ``gdp.bigm`` reformulation of a copy (Ms from the variable bounds, so the variables in a
  disjunct need finite bounds). Being plain GDP, such a model also means the same to Pyomo's own
  tools once transformed (``TransformationFactory("gdp.bigm").apply_to(m)``); untransformed,
  Pyomo's HiGHS and SCIP interfaces skip the disjunctions without a word, so transform first.

Capabilities
------------
============  =============================  ==========================================
highs         lp, milp, qp                   highspy
scip          lp, milp, qp, sos1, indicator  pyscipopt
ortools-scip  lp, milp                       pywraplp, bundled SCIP
ortools-cbc   lp, milp                       pywraplp, bundled CBC
ortools-glop  lp                             pywraplp GLOP; integer models refused
cpsat         milp, indicator                pure integer, integral coefficients
gurobi        lp, milp, qp, sos1, indicator  gurobipy (pip wheel: size-limited license)
cplex         lp, milp, qp, sos1, indicator  cplex wheel (community edition: size-limited)
============  =============================  ==========================================

gurobi, cplex: the pip wheels carry size-limited licenses (Gurobi 2000 variables / 2000 rows,
CPLEX community edition 1000 / 1000). A larger model is answered with status UNKNOWN, no bound,
no point, and a message naming the limit (logged as a warning): never a crash, never a proof.

ortools-cbc: on models with continuous variables its OPTIMAL/INFEASIBLE claims are reported
as UNKNOWN without a bound (it was measured claiming a wrong optimum on a KKT label-flip
MILP); its incumbents are kept. On pure-integer models it is trusted.

OR-Tools' GLOP, PDLP and CLP drop integrality silently; :mod:`.ortools_mip` refuses them
any integer model (a guard independent of the table).

Options worth knowing
---------------------
* ``mip_rel_gap`` defaults to 0, so OPTIMAL means proven (up to the backend's absolute gap).
* HiGHS, Gurobi, CPLEX: ``threads`` (default 1) per solve; beside a caller's own HiGHS in the
  same thread optcert solves on the caller's task scheduler instead (see :mod:`.highs`).
* ``stop_primal_below`` / ``stop_dual_above`` (minimisation only) stop early with status
  OBJECTIVE_LIMIT and the incumbent and bound filled in. Implemented for highs (MIP
  interrupt callback), scip and ortools-scip (``limits/primal``/``limits/dual``), gurobi
  (``BestObjStop``/``BestBdStop``), cplex (a generic callback) and cpsat (callbacks);
  ortools-cbc and ortools-glop ignore them (slower, still sound). For pure LPs HiGHS ignores
  them too.
* ``node_limit`` (MILP): 1 stops after the root node, so the report's bound is the backend's
  root bound (after its presolve and cuts); status NODE_LIMIT. highs, scip, gurobi and cplex;
  the OR-Tools backends and cpsat ignore it (pywraplp reports SCIP stopped at a node limit
  without an incumbent as ABNORMAL).
* ``warm_start=True`` passes current Pyomo values as a MIP start (highs setSolution, SCIP
  partial solution, pywraplp SetHint, CP-SAT hints, Gurobi ``Start``, CPLEX MIP start). Measured: highs, scip and ortools-scip
  keep a complete feasible start as incumbent even when stopped at once; pywraplp's CBC
  ignores hints; CP-SAT uses them but may overshoot a short time limit while its workers
  shut down.
* ``options`` go to the backend untranslated: HiGHS option names, SCIP parameter names
  (``"limits/nodes"``), OR-Tools solver-specific parameter text lines, CP-SAT
  ``SatParameters`` fields, Gurobi parameter names (``"MIPFocus"``), CPLEX dotted parameter
  paths (``"mip.strategy.search"``).
* ``SolveReport.time`` is the wall time of the backend's solve call (model loading excluded);
  ``gap`` is recomputed uniformly as ``|objective - bound| / max(|objective|, 1e-10)``.
"""

from ._form import IndicatorRow, StandardForm, bigm_reformulation, compile_model
from .export import export
from .registry import (
    FEATURES,
    REQUIRED_SOLVERS,
    available_solvers,
    capabilities,
    check_features,
    load_values,
    solve,
    solver_info,
    solver_names,
)

__all__ = [
    "FEATURES",
    "REQUIRED_SOLVERS",
    "IndicatorRow",
    "StandardForm",
    "available_solvers",
    "bigm_reformulation",
    "capabilities",
    "check_features",
    "compile_model",
    "export",
    "load_values",
    "solve",
    "solver_info",
    "solver_names",
]
