"""The public builder: the label-flip model of one test point, with its decoder.

>>> m, decode = label_flip_model(svm, x, question="radius")          # doctest: +SKIP
>>> report = optcert.solvers.solve(m, "highs")                         # doctest: +SKIP
>>> decode(report).flips, decode(report).labels                        # doctest: +SKIP

The model is the one ``certify(method="milp")`` solves for that point and target (same data
bounds, same tie tolerance), with the valid inequalities of
:mod:`optcert.formulations.valid_inequalities` (``valid_inequalities=``) and without the cuts
that certify adds from its bounds and search:

* ``question="radius"``: minimise the number of flips subject to ``margin <= tau`` (the clean
  prediction no longer wins); the optimum is ``rho = R + 1``. ``budget=r`` adds ``flips <= r``
  (infeasible exactly when no labelling of at most r flips crosses).
* ``question="margin"``: minimise the margin subject to ``flips <= budget``; the prediction is
  certified at that budget iff the optimum (or a proven lower bound) is ``> tau``.

Every constraint is plain Pyomo (see :mod:`optcert.formulations.kkt`): the indicator encoding is
a ``pyomo.gdp`` model, which Pyomo's own solver interfaces need transformed first
(``TransformationFactory("gdp.bigm").apply_to(m)``); optcert's solvers take it as it is.
``tau >= milp_tol * scale`` covers the solvers' feasibility tolerances, so a solution is a
candidate attack: retrain on ``decode(...).labels`` (``model.refit``) before believing it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..exceptions import InvalidInputError
from ..validation import check_int, check_positive

QUESTIONS = ("radius", "margin")


@dataclass(frozen=True)
class LabelFlipSolution:
    """One solution of a label-flip model, in the learner's terms.

    Attributes
    ----------
    labels : (N,) training labels after the flips, in the model's label space.
    flipped : (k,) indices of the relabelled training points, increasing.
    flips : k.
    margin : the modelled margin at the solution (score units; the clean prediction survives
        while it is ``> tau``). For a multiclass model it is ``F_c - F_t`` against the target.
    """

    labels: np.ndarray
    flipped: np.ndarray
    flips: int
    margin: float


class LabelFlipDecoder:
    """Maps a solved label-flip model's values back to labels, flips and margin.

    Call it with a :class:`~optcert.results.SolveReport`, a mapping ``var.name -> value``, a
    solved Pyomo model (the built one or a transformed copy of it), or nothing (the current
    values of the built model, e.g. after a Pyomo solver loaded them).

    Attributes: ``question``, ``budget``, ``prediction`` and ``target`` (labels; binary:
    ``target`` is the other class), ``tau`` (the crossing tolerance of the model).
    """

    def __init__(self, m, classes: np.ndarray, coef: dict, coef_vars: dict, q: np.ndarray, *,
                 question: str, budget: int | None, prediction, target, tau: float):
        self.model, self.classes = m, classes
        self.question, self.budget, self.prediction, self.target, self.tau = \
            question, budget, prediction, target, float(tau)
        self._b = [[m.b[i, k].name for k in m.classes_with_block] for i in range(m.N)]
        nz = np.flatnonzero(q)
        self._score = {k: ([var[j].name for j in nz], q[nz]) for k, var in coef_vars.items()}
        self._coef = dict(coef)

    def _values(self, values) -> dict:
        if values is None:
            values = self.model
        if hasattr(values, "component_data_objects"):  # a Pyomo model: read its variables
            import pyomo.environ as pyo
            from pyomo.gdp import Disjunct

            return {v.name: v.value for v in values.component_data_objects(
                pyo.Var, descend_into=(pyo.Block, Disjunct))}
        if hasattr(values, "status") and hasattr(values, "values"):  # a SolveReport
            if values.values is None:
                raise InvalidInputError(f"the report holds no solution (status {values.status.value})")
            return values.values
        if not isinstance(values, dict):
            raise InvalidInputError(
                f"decode a SolveReport, a mapping var name -> value or a Pyomo model, got {type(values).__name__}")
        return values

    def __call__(self, values=None) -> LabelFlipSolution:
        from .svm_label_flip import labels_from_b

        vals = self._values(values)

        def read(name):
            v = vals.get(name)
            if v is None or not math.isfinite(float(v)):
                raise InvalidInputError(f"no value for {name!r}: is the model solved and its solution loaded?")
            return float(v)

        bvals = np.array([[read(n) for n in row] for row in self._b], dtype=float)
        y_new = labels_from_b(self.model, bvals)
        flipped = np.flatnonzero(y_new != self.model.y_clean)
        margin = sum(c * float(np.dot([read(n) for n in self._score[k][0]], self._score[k][1]))
                     for k, c in self._coef.items())
        return LabelFlipSolution(labels=self.classes[y_new], flipped=flipped, flips=int(flipped.size),
                                 margin=float(margin))


def label_flip_model(model, x, *, question: str = "radius", budget: int | None = None,
                     complementarity: str = "bigm", linearization: str = "mccormick", target=None,
                     tol: float = 1e-9, milp_tol: float = 1e-6,
                     valid_inequalities=True) -> tuple[Any, LabelFlipDecoder]:
    """The Pyomo model of the label-flip question for one test point, and its decoder.

    Parameters
    ----------
    model : fitted :class:`~optcert.learners.KernelSVM` (any C, binary or one-vs-rest) or
        :class:`~optcert.learners.KernelRidge`.
    x : (d,) or (1, d) test point (with a precomputed kernel: its (N,) or (1, N) kernel row).
    question : "radius" (minimise the flips that change the prediction) or "margin" (minimise
        the margin within ``budget`` flips).
    budget : "margin": the flip budget r (required). "radius": optional cap ``flips <= r``.
    complementarity : "bigm", "sos1" or "indicator" (SVM only): how ``u alpha = 0`` and
        ``v (C - alpha) = 0`` are written, see :mod:`optcert.formulations.kkt`.
    linearization : "mccormick" (O(N) rows) or "pairwise" (O(N^2) variables), SVM only.
    target : multiclass: the class (a label of ``model.classes_``) the prediction is pushed to;
        required, since the radius is the least over targets of one model each. Binary: None or
        the other class.
    tol, milp_tol : the tie tolerance of ``certify``: the model crosses at
        ``margin <= max(tol, milp_tol) * scale`` (``scale`` as in ``certify``'s ``tol``).
    valid_inequalities : SVM only: True (default families), False, or a set of family names of
        :mod:`optcert.formulations.valid_inequalities` -- rows every attack satisfies, from the
        sound bounds of docs/math/bounds.md, each proven there. The families on the test score
        need ``k(x, x)``: they are skipped for a precomputed kernel.

    Returns
    -------
    (pyomo ConcreteModel, LabelFlipDecoder)
    """
    from ..learners import KernelRidge, KernelSVM
    from ..svm.margins import margin_spec, tie_scale
    from .kkt import COMPLEMENTARITY, LINEARIZATIONS

    if not isinstance(model, (KernelSVM, KernelRidge)):
        raise InvalidInputError(f"label_flip_model needs a KernelSVM or KernelRidge, got {type(model).__name__}")
    if question not in QUESTIONS:
        raise InvalidInputError(f"question must be one of {QUESTIONS}, got {question!r}")
    if complementarity not in COMPLEMENTARITY:
        raise InvalidInputError(f"complementarity must be one of {COMPLEMENTARITY}, got {complementarity!r}")
    if linearization not in LINEARIZATIONS:
        raise InvalidInputError(f"linearization must be one of {LINEARIZATIONS}, got {linearization!r}")
    if budget is not None:
        budget = check_int(budget, name="budget")
    elif question == "margin":
        raise InvalidInputError("question='margin' needs a budget (the number of flips allowed)")
    tau_rel = max(check_positive(tol, name="tol", strict=False), check_positive(milp_tol, name="milp_tol",
                                                                                  strict=False))
    X = np.asarray(x)
    if X.ndim == 1:
        X = X.reshape(1, -1)
    if X.ndim != 2 or X.shape[0] != 1:
        raise InvalidInputError(f"x must be one test point, shape (d,) or (1, d); got {np.shape(x)}")
    q = model.cross_kernel(X)[0]  # also refuses an unfitted model (NotFittedError)
    scores = model.decision_function(X)
    pred = int(model.predict_index(scores)[0])
    K = model.n_classes_
    t_idx = None
    if target is not None:
        hits = [i for i, c in enumerate(model.classes_.tolist()) if np.isscalar(target) and c == target]
        if len(hits) != 1:
            raise InvalidInputError(f"target must be one of the classes {model.classes_.tolist()}, got {target!r}")
        t_idx = hits[0]
        if t_idx == pred:
            raise InvalidInputError(f"target {target!r} is the current prediction: nothing to change")
    elif K > 2:
        raise InvalidInputError(
            f"a {K}-class model needs target=<class label>: one model per target class, the radius "
            f"is the least over the targets {[c for c in model.classes_.tolist() if c != model.classes_[pred]]}")
    spec = margin_spec(K, pred, None if K == 2 else t_idx)
    y_index = model.encode_labels(model.y_fit_)
    Q = model.gram_
    if isinstance(model, KernelSVM):
        from .svm_label_flip import build_svm_label_flip
        from .valid_inequalities import resolve_families

        families = resolve_families(valid_inequalities)
        tau = tau_rel * float(tie_scale(q, float(model.C), K))
        alpha = np.atleast_2d(model.alpha_)
        test_norm = None
        if families and model.kernel_ is not None:
            test_norm = float(np.sqrt(max(float(model.kernel_.diag(X)[0]), 0.0)))
        m = build_svm_label_flip(Q, float(model.C), y_index, K, q, spec, question=question,
                                 budget=budget if question == "margin" else None, tau=tau,
                                 complementarity=complementarity, linearization=linearization,
                                 max_flips=budget if question == "radius" else None,
                                 valid_inequalities=families,
                                 alphas={k: alpha[0] if K == 2 else alpha[k] for k in spec.coef},
                                 test_norm=test_norm)
        coef_vars = {k: m.svm[k].z for k in spec.coef}
    else:
        import scipy.linalg

        from .krr_label_flip import build_krr_label_flip

        tau = tau_rel * float(np.abs(scipy.linalg.cho_solve(model.cho_, q, check_finite=False)).sum())
        m = build_krr_label_flip(Q, float(model.alpha), y_index, K, q, spec, question=question,
                                 budget=budget if question == "margin" else None, tau=tau,
                                 max_flips=budget if question == "radius" else None)
        coef_vars = {k: m.krr[k].beta for k in spec.coef}
    other = model.classes_[1 - pred] if K == 2 else model.classes_[t_idx]
    decoder = LabelFlipDecoder(m, model.classes_, spec.coef, coef_vars, q, question=question,
                               budget=budget, prediction=model.classes_[pred], target=other, tau=tau)
    return m, decoder
