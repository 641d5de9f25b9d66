"""``optcert.certify`` as a new user meets it: every option is used or refused, never dropped."""

from __future__ import annotations

import numpy as np
import pytest

import optcert
from optcert.exceptions import InvalidInputError, OptcertError
from optcert.partition import PartitionEnsemble


@pytest.fixture
def tiny(rng):
    X = rng.normal(size=(10, 2))
    y = (X[:, 0] + 0.3 * rng.normal(size=10) > 0).astype(int)
    return X, y, rng.normal(size=(3, 2))


def _models(X, y):
    svm = optcert.KernelSVM(C=20.0).fit(X, y)
    assert not svm.is_label_linear
    return {
        "scalable": optcert.KernelRidge(alpha=0.5).fit(X, y),
        "milp": svm,
        "stability": svm,
        "bruteforce": optcert.KernelRidge(alpha=0.5).fit(X, y),
    }


@pytest.mark.parametrize("method", ["scalable", "milp", "stability", "bruteforce"])
def test_a_misspelt_option_names_the_valid_ones(tiny, method):
    X, y, Xt = tiny
    model = _models(X, y)[method]
    with pytest.raises(InvalidInputError, match="unknown option") as err:
        optcert.certify(model, Xt, method=method, serch_nodes=10)
    if method == "milp":
        assert "search_nodes" in str(err.value) and "did you mean" in str(err.value)
    if method == "bruteforce":
        assert "max_flips" in str(err.value)


@pytest.mark.parametrize("method, typo, meant", [("milp", "serch_nodes", "search_nodes"),
                                                  ("stability", "witness", "witnesses"),
                                                  ("scalable", "witness", "witnesses"),
                                                  ("bruteforce", "max_flip", "max_flips")])
def test_a_certifier_called_directly_refuses_a_misspelt_option_as_certify_does(tiny, method, typo, meant):
    from optcert.certify.bruteforce import certify_bruteforce
    from optcert.certify.label_linear import certify_label_linear
    from optcert.certify.milp import certify_milp
    from optcert.certify.stability import certify_stability

    X, y, Xt = tiny
    model = _models(X, y)[method]
    direct = {"milp": certify_milp, "stability": certify_stability, "scalable": certify_label_linear,
              "bruteforce": certify_bruteforce}[method]
    with pytest.raises(InvalidInputError, match="unknown option") as err:
        direct(model, Xt, **{typo: 1})
    assert f"did you mean {meant!r} for {typo!r}?" in str(err.value) and direct.__name__ in str(err.value)
    with pytest.raises(InvalidInputError, match="unknown option"):
        direct(model=model, X_test=Xt, **{typo: 1})  # the positional names may be keywords
    if method != "bruteforce":  # brute force takes no tie tolerance
        assert len(direct(model=model, X_test=Xt, tol=1e-9)) == len(Xt)


def test_every_error_class_is_exported_from_optcert():
    import optcert.exceptions as exc

    errors = {name for name, obj in vars(exc).items() if isinstance(obj, type) and issubclass(obj, OptcertError)}
    assert errors <= set(optcert.__all__)
    assert all(getattr(optcert, name) is getattr(exc, name) for name in errors)


def test_a_misspelt_ensemble_option_is_refused(tiny, rng):
    X = rng.normal(size=(30, 2))
    y = (X[:, 0] > 0).astype(int)
    ens = PartitionEnsemble(optcert.KernelRidge(alpha=0.5), n_partitions=3).fit(X, y)
    with pytest.raises(InvalidInputError, match="valid options: base, exact"):
        optcert.certify(ens, X[:2], bsae="blackbox")
    from optcert.certify.ensemble import certify_ensemble

    with pytest.raises(InvalidInputError, match="did you mean 'base' for 'bsae'"):
        certify_ensemble(ens, X[:2], bsae="blackbox")
    with pytest.raises(InvalidInputError, match="budget"):
        optcert.certify(ens, X[:2], budget=2)


@pytest.mark.parametrize("method", ["auto", "scalable", "stability", "bruteforce"])
def test_budget_is_refused_where_no_method_answers_it(tiny, method):
    X, y, Xt = tiny
    model = _models(X, y)["stability" if method == "stability" else "scalable"]
    with pytest.raises(InvalidInputError, match=r"certs\.certified"):
        optcert.certify(model, Xt, method=method, budget=1)


def test_budget_is_answered_by_the_milp(tiny):
    X, y, Xt = tiny
    model = _models(X, y)["milp"]
    radius = optcert.certify(model, Xt, method="milp")
    at_one = optcert.certify(model, Xt, method="milp", budget=1)
    for r, b in zip(radius, at_one):
        assert r.exact
        if r.lower >= 1:
            assert b.certified(1) is optcert.Verdict.YES
        else:
            assert b.certified(1) is optcert.Verdict.NO


@pytest.mark.parametrize("method", ["milp", "bruteforce", "scalable", "stability"])
def test_witnesses_false_reports_no_attack_and_keeps_the_bounds(tiny, method):
    X, y, Xt = tiny
    model = _models(X, y)[method]
    with_w = optcert.certify(model, Xt, method=method)
    without = optcert.certify(model, Xt, method=method, witnesses=False)
    assert any(c.witness is not None for c in with_w)
    assert all(c.witness is None for c in without)
    for a, b in zip(with_w, without):
        assert a.lower == b.lower
        if method in ("milp", "bruteforce"):  # their upper bounds come from replayed attacks anyway
            assert a.upper == b.upper


@pytest.mark.parametrize("method", ["scalable", "milp", "stability", "bruteforce"])
def test_progress_shows_a_bar_for_every_method(tiny, method, capsys):
    X, y, Xt = tiny
    model = _models(X, y)[method]
    quiet = optcert.certify(model, Xt, method=method)
    loud = optcert.certify(model, Xt, method=method, progress=True)
    err = capsys.readouterr().err
    assert f"{len(Xt)}/{len(Xt)}" in err, err
    assert [(c.lower, c.upper) for c in quiet] == [(c.lower, c.upper) for c in loud]


def test_a_foreign_model_is_told_what_certify_accepts(tiny):
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import SVC

    X, y, Xt = tiny
    for foreign in (SVC().fit(X, y), make_pipeline(StandardScaler(), SVC()).fit(X, y), "svm"):
        with pytest.raises(InvalidInputError, match="KernelSVM, optcert.KernelRidge or optcert.PartitionEnsemble"):
            optcert.certify(foreign, Xt)


def test_flag_types_are_checked(tiny):
    X, y, Xt = tiny
    model = _models(X, y)["scalable"]
    with pytest.raises(InvalidInputError, match="witnesses"):
        optcert.certify(model, Xt, witnesses="no")
    with pytest.raises(OptcertError, match="time_limit"):
        optcert.certify(model, Xt, time_limit=0)


def test_predictions_are_labels_for_every_method(rng):
    X = rng.normal(size=(10, 2))
    y = np.where(X[:, 0] > 0, "seven", "one")
    for model, method in ((optcert.KernelRidge(alpha=0.5), "scalable"), (optcert.KernelSVM(C=20.0), "milp"),
                          (optcert.KernelSVM(C=20.0), "stability")):
        certs = optcert.certify(model.fit(X, y), X[:3], method=method)
        assert set(certs.prediction.tolist()) <= {"one", "seven"}
        acc = certs.certified_accuracy(y[:3], budgets=[0])
        assert acc[0] == pytest.approx(np.mean(model.predict(X[:3]) == y[:3]))
