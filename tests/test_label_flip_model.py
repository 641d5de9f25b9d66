"""The public builder ``optcert.formulations.label_flip_model`` and ``certify(export=)``.

The builder's model, solved through optcert's solver layer and through plain Pyomo, must give
brute force's answer (radius: the least number of flips; margin: the least retrained margin within
the budget), and its decoder must return a labelling that really changes the prediction. The
export writes a model per point and target even when the flip-set search settled the point.
"""

from __future__ import annotations

import logging

import highspy
import numpy as np
import pyomo.environ as pyo
import pytest
from solver_cases import pyomo_optimum

from optcert.certify.api import certify
from optcert.certify.bruteforce import labellings_with_flips
from optcert.data import make_gaussian_mixture
from optcert.exceptions import InvalidInputError, NotFittedError
from optcert.formulations import label_flip_model
from optcert.learners import KernelRidge, KernelSVM
from optcert.solvers import solve


@pytest.fixture(autouse=True)
def _no_highs_scheduler_left_behind():
    """appsi_highs and highspy keep this thread's HiGHS scheduler; leave a clean process."""
    yield
    highspy.Highs.resetGlobalScheduler(True)


def _data(sep, seed, K, N, points):
    X, y = make_gaussian_mixture(N + points, 3, K, separation=sep, seed=seed)
    return X[points:], y[points:], X[:points]


def _svm(mult, **kw):
    X, y, Xt = _data(**kw)
    return KernelSVM(C=mult * KernelSVM(C=1.0).fit(X, y).c_star_).fit(X, y), Xt


BINARY = dict(sep=8, seed=0, K=2, N=8, points=6)   # test point 2: radius 2 above C*
MULTI = dict(sep=6, seed=3, K=3, N=7, points=3)    # test point 2: radius 1


def _margin(model, x, labels, target):
    """Retrained margin of the clean prediction at ``x`` (binary: s f; multiclass: F_c - F_t)."""
    clean = model.decision_function(x)[0]
    scores = model.refit(labels).decision_function(x)[0]
    if model.n_classes_ == 2:
        return scores if clean > 0 else -scores
    c = int(np.argmax(clean))
    return scores[c] - scores[int(np.searchsorted(model.classes_, target))]


def _bruteforce_margin(model, x, budget, target=None):
    yi = model.encode_labels(model.y_fit_)
    best = _margin(model, x, model.y_fit_, target)
    for k in range(1, budget + 1):
        for idx, new in labellings_with_flips(yi, model.n_classes_, k):
            y2 = yi.copy()
            y2[idx] = new
            best = min(best, _margin(model, x, model.classes_[y2], target))
    return best


def _plain_pyomo(m) -> float:
    if any(True for _ in m.component_data_objects(pyo.SOSConstraint, active=True, descend_into=True)):
        raise AssertionError("use an encoding without SOS1 here")
    pyo.TransformationFactory("gdp.bigm").apply_to(m)  # a no-op without disjunctions
    return pyomo_optimum(m, "appsi_highs")


def _both(m):
    """Optimum through optcert's solvers and through plain Pyomo (must agree), with the report."""
    r = solve(m, "highs")
    ours = np.inf if r.status.value == "infeasible" else r.objective
    assert r.status.value in ("optimal", "infeasible"), r
    assert _plain_pyomo(m) == pytest.approx(ours, abs=1e-6)
    return ours, r


@pytest.mark.parametrize("comp", ["bigm", "indicator"])
def test_binary_radius_model_equals_bruteforce(comp):
    svm, Xt = _svm(10, **BINARY)
    x = Xt[2]
    rho = certify(svm, Xt[2:3], method="bruteforce")[0].upper + 1
    m, decode = label_flip_model(svm, x, complementarity=comp)
    opt, report = _both(m)
    assert opt == rho == 3
    sol = decode(report)
    assert sol.flips == rho and sol.flipped.size == rho and sol.margin <= decode.tau
    assert svm.refit(sol.labels).predict(x[None])[0] != svm.predict(x[None])[0]  # a real attack
    assert decode(m).flips == rho  # the values plain Pyomo loaded into m decode the same way
    # capped at rho - 1 flips there is no attack: infeasible
    assert _both(label_flip_model(svm, x, budget=int(rho) - 1)[0])[0] == np.inf


def test_multiclass_radius_is_the_least_over_target_models():
    svm, Xt = _svm(10, **MULTI)
    x = Xt[2]
    rho = certify(svm, Xt[2:3], method="bruteforce")[0].upper + 1
    pred = svm.predict(x[None])[0]
    per_target = {t: _both(label_flip_model(svm, x, target=t)[0])[0] for t in svm.classes_ if t != pred}
    assert min(per_target.values()) == rho == 2


@pytest.mark.parametrize("budget", [1, 2])
def test_margin_model_equals_bruteforce_margin(budget):
    svm, Xt = _svm(10, **BINARY)
    x = Xt[2]
    m, decode = label_flip_model(svm, x, question="margin", budget=budget)
    opt, report = _both(m)
    assert opt == pytest.approx(_bruteforce_margin(svm, x[None], budget), abs=1e-6)
    sol = decode(report)
    assert sol.flips <= budget and sol.margin == pytest.approx(opt, abs=1e-9)
    assert _margin(svm, x[None], sol.labels, None) == pytest.approx(opt, abs=1e-6)  # retrained


def test_multiclass_margin_model_equals_bruteforce_margin():
    svm, Xt = _svm(10, **MULTI)
    x = Xt[0]
    pred = svm.predict(x[None])[0]
    for t in (c for c in svm.classes_ if c != pred):
        m, _ = label_flip_model(svm, x, question="margin", budget=1, target=t)
        assert _both(m)[0] == pytest.approx(_bruteforce_margin(svm, x[None], 1, t), abs=1e-6)


def test_small_c_svm_and_kernel_ridge_equal_bruteforce():
    svm, Xt = _svm(0.5, **BINARY)
    X, y, _ = _data(**BINARY)
    krr = KernelRidge(alpha=0.5).fit(X, y)
    for model in (svm, krr):
        bf = certify(model, Xt, method="bruteforce")
        for j in range(Xt.shape[0]):
            m, decode = label_flip_model(model, Xt[j])
            opt, report = _both(m)
            assert opt == bf[j].upper + 1, (type(model).__name__, j)
            sol = decode(report)
            assert model.refit(sol.labels).predict(Xt[j:j + 1])[0] != model.predict(Xt[j:j + 1])[0]


def test_builder_refuses_bad_input():
    svm, Xt = _svm(10, **MULTI)
    pred = svm.predict(Xt[:1])[0]
    with pytest.raises(InvalidInputError, match="target"):
        label_flip_model(svm, Xt[0])  # multiclass needs a target
    with pytest.raises(InvalidInputError, match="current prediction"):
        label_flip_model(svm, Xt[0], target=pred)
    with pytest.raises(InvalidInputError, match="one of the classes"):
        label_flip_model(svm, Xt[0], target=99)
    with pytest.raises(InvalidInputError, match="budget"):
        label_flip_model(svm, Xt[0], question="margin", target=(pred + 1) % 3)
    with pytest.raises(InvalidInputError, match="question"):
        label_flip_model(svm, Xt[0], question="worst")
    with pytest.raises(InvalidInputError, match="one test point"):
        label_flip_model(svm, Xt[:2], target=(pred + 1) % 3)
    with pytest.raises(InvalidInputError, match="complementarity"):
        label_flip_model(svm, Xt[0], target=(pred + 1) % 3, complementarity="hull")
    with pytest.raises(InvalidInputError, match="KernelSVM or KernelRidge"):
        label_flip_model("svm", Xt[0])
    with pytest.raises(NotFittedError):
        label_flip_model(KernelSVM(), Xt[0])
    _, decode = label_flip_model(svm, Xt[0], target=(pred + 1) % 3)
    with pytest.raises(InvalidInputError, match="no value"):
        decode()  # nothing solved yet


# -- certify(export=) ---------------------------------------------------------------------------

def _read_highs(path) -> float:
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    assert h.readModel(str(path)) == highspy.HighsStatus.kOk
    h.run()
    status = h.getModelStatus()
    if status == highspy.HighsModelStatus.kInfeasible:
        return np.inf
    assert status == highspy.HighsModelStatus.kOptimal, h.modelStatusToString(status)
    return h.getInfo().objective_function_value


def test_export_writes_models_of_points_the_search_settled(tmp_path, caplog):
    svm, Xt = _svm(10, **BINARY)
    bf = certify(svm, Xt, method="bruteforce")
    with caplog.at_level(logging.INFO, logger="optcert.certify.milp"):
        certs = certify(svm, Xt, method="milp", export=tmp_path)
    assert np.array_equal(certs.upper, bf.upper) and certs.exact.all()
    assert all(c.info["solves"] == 0 for c in certs)  # the search settled every point: no MILP
    files = sorted(tmp_path.glob("*.mps"))
    assert [f.name for f in files] == [f"svm_label_flip_p{j}_tb_radius.mps" for j in range(len(Xt))]
    assert caplog.text.count("wrote the radius model") == len(Xt)
    for j, f in enumerate(files):
        assert _read_highs(f) == pytest.approx(bf[j].upper + 1, abs=1e-6)  # the exported model re-solves to rho


@pytest.mark.parametrize("comp", ["bigm", "indicator"])
def test_export_at_a_budget_and_multiclass(tmp_path, comp):
    svm, Xt = _svm(10, **MULTI)
    x = Xt[2:3]
    rho = certify(svm, x, method="bruteforce")[0].upper + 1
    pattern = str(tmp_path / "m_{point}_{target}_{question}.mps")
    cert = certify(svm, x, method="milp", export=pattern, complementarity=comp)[0]
    assert cert.upper + 1 == rho
    pred = int(svm.predict_index(svm.decision_function(x))[0])
    targets = [t for t in range(3) if t != pred]
    optima = [_read_highs(tmp_path / f"m_0_{t}_radius.mps") for t in targets]
    assert min(optima) == pytest.approx(rho, abs=1e-6)
    certify(svm, x, method="milp", budget=1, export=pattern, complementarity=comp)
    for t in targets:
        m, _ = label_flip_model(svm, x[0], question="margin", budget=1, target=svm.classes_[t])
        assert _read_highs(tmp_path / f"m_0_{t}_margin.mps") == pytest.approx(solve(m, "highs").objective,
                                                                               abs=1e-6)
