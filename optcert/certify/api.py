"""``optcert.certify``: one entry point that picks the method and returns certificates."""

from __future__ import annotations

import logging

import numpy as np

from ..exceptions import InvalidInputError, NotFittedError, NotLabelLinearError, NumericalRangeError
from ..results import Certificates, budget_to_count
from ..validation import check_finite_numbers, check_positive

logger = logging.getLogger(__name__)

METHODS = ("auto", "scalable", "milp", "stability", "bruteforce")
#: "auto" above C*: the MILP up to this many training points, the stability bound beyond
#: (benchmarks/RESULTS.md: the MILP already needs minutes at N = 50 and does not prove N = 100)
AUTO_MILP_MAX_N = 200


def certify(model, X_test, *, method: str = "auto", budget=None, solver: str = "highs",
            time_limit: float | None = None, tol: float = 1e-9, witnesses: bool = True,
            progress: bool = False, **options) -> Certificates:
    """Certify the predictions of a fitted ``model`` at every row of ``X_test``.

    Parameters
    ----------
    model : fitted KernelSVM, KernelRidge or PartitionEnsemble.
    X_test : (M, d) features (or (M, N) test-by-train kernel for ``kernel="precomputed"``).
    method : "auto" (polynomial when the model is label-linear, else the MILP up to
        ``AUTO_MILP_MAX_N`` training points and the stability bound beyond), "scalable"
        (ScaLabelCert, SPEC section 4), "milp" (LabelCert, SPEC section 5), "stability" (kernel
        SVM at any C: a polynomial sound lower bound, and a replayed attack as upper bound; see
        :mod:`optcert.certify.stability`) or "bruteforce" (retrain on every labelling; tiny N).
    budget : optional flip budget (int, or a float fraction of N). Methods that answer a
        budget query (the MILP's worst-margin model) use it; the others compute the radius,
        from which ``certified(budget)`` answers any budget.
    solver, time_limit : backend and seconds: per test point for "milp" (search and solves
        together), per solve for the ensembles' models.
    tol : relative tie tolerance: a score within ``tol * sum|w|`` of a tie counts as
        crossed (the safe side).
    witnesses : build and replay (retrain on) an attack for every finite upper bound. With
        ``False`` (for speed at scale) no attack is reported and polynomial methods' upper
        bounds rest on the label-linear algebra of SPEC section 4 alone.
    **options : method-specific. ``"milp"``: ``complementarity`` ("bigm", "sos1",
        "indicator"), ``linearization`` ("mccormick", "pairwise"), ``heuristic``,
        ``warm_start``, ``early_stop``, ``radius_budget``, ``export`` (see :func:`optcert.certify.milp.certify_milp`);
        ``"bruteforce"``: ``max_flips``; ensembles: ``base`` ("whitebox", "blackbox") and
        ``exact``.

    Returns
    -------
    Certificates, one per test point: ``lower <= R <= upper`` on the certified radius.
    """
    if method not in METHODS:
        raise InvalidInputError(f"method must be one of {METHODS}, got {method!r}")
    check_positive(tol, name="tol", strict=False)
    if time_limit is not None:
        check_positive(time_limit, name="time_limit")
    if not hasattr(model, "classes_"):
        raise NotFittedError(f"{type(model).__name__} is not fitted; call fit(X, y) before certify")
    from ..partition import PartitionEnsemble

    if isinstance(model, PartitionEnsemble):
        return _certify_ensemble(model, X_test, method=method, solver=solver, time_limit=time_limit,
                                 tol=tol, witnesses=witnesses, **options)
    X_test = _check_test_inputs(model, X_test)
    _check_score_range(model, X_test)
    n_train = model.X_fit_.shape[0]
    budget_count = None if budget is None else budget_to_count(budget, n_train)
    if method == "auto":
        if model.is_label_linear:
            method = "scalable"
        elif n_train > AUTO_MILP_MAX_N and getattr(model, "kernel_", None) is not None:
            logger.info("auto: N = %d > %d above C*, using the polynomial stability bound "
                        "(method='milp' forces the MILP)", n_train, AUTO_MILP_MAX_N)
            method = "stability"
        else:
            method = "milp"
    allowed = {"milp": None, "bruteforce": {"max_flips"}}.get(method, set())
    if allowed is not None and set(options) - allowed:
        raise InvalidInputError(
            f"unexpected options for method={method!r}: {sorted(set(options) - allowed)}")
    if method == "scalable":
        if not model.is_label_linear:
            raise NotLabelLinearError(
                f"method='scalable' needs a label-linear model; this {type(model).__name__} has "
                f"C={model.C} above its small-C threshold C*={model.c_star_:.6g}. Use method='milp' "
                f"or C <= {model.c_star_:.6g}"
            )
        from .label_linear import certify_label_linear

        bar = _progress_bar(progress, X_test.shape[0], "ScaLabelCert")
        certs = certify_label_linear(model, X_test, tol=tol, witnesses=witnesses,
                                     progress=None if bar is None else bar.update)
        if bar is not None:
            bar.close()
    elif method == "stability":
        from .stability import certify_stability

        certs = certify_stability(model, X_test, tol=tol, witnesses=witnesses)
    elif method == "bruteforce":
        from .bruteforce import certify_bruteforce

        certs = certify_bruteforce(model, X_test, max_flips=options.pop("max_flips", None))
    else:
        from .milp import certify_milp

        certs = certify_milp(model, X_test, budget=budget_count, solver=solver, time_limit=time_limit,
                             tol=tol, **options)
    _check_bounds_are_numbers(certs)
    return Certificates(certs, n_train=n_train)


def _certify_ensemble(ensemble, X_test, *, method, solver, time_limit, tol, witnesses,
                      base: str = "whitebox", exact: bool | None = None) -> Certificates:
    """EnsembleCert: white-box base certificates aggregated exactly (SPEC section 6).

    ``method="auto"`` refines bounds to the exact radius with the relabelling MILP where needed;
    ``"scalable"`` stays polynomial (sorting bounds and greedy attacks: a sound interval);
    ``base="blackbox"`` gives DPA's certificate (every switch costs one flip).
    """
    from ..validation import check_array
    from .ensemble import certify_ensemble

    if method not in ("auto", "scalable", "milp"):
        raise InvalidInputError(
            f"method={method!r} is not available for ensembles; use 'auto', 'scalable' or 'milp'")
    if base not in ("whitebox", "blackbox"):
        raise InvalidInputError(f"base must be 'whitebox' or 'blackbox', got {base!r}")
    if exact is None:
        exact = method != "scalable"
    X = check_array(X_test, name="X_test")
    certs = certify_ensemble(ensemble, X, exact=exact, base=base, solver=solver,
                             time_limit=time_limit, tol=tol, witnesses=witnesses)
    _check_bounds_are_numbers(certs)
    return Certificates(certs, n_train=sum(len(p) for p in ensemble.partitions_))


def _check_test_inputs(model, X_test) -> np.ndarray:
    X = np.asarray(X_test) if not isinstance(X_test, np.ndarray) else X_test
    if X.ndim == 1:
        raise InvalidInputError(
            f"X_test must be 2-D (n_points, n_features); got 1-D shape {X.shape}; "
            "use X_test.reshape(1, -1) for a single point"
        )
    model.cross_kernel(X[:1])  # validates features/shape with the model's own messages
    from ..validation import check_array

    return check_array(X, name="X_test")


def _check_score_range(model, X: np.ndarray) -> None:
    """Refuse a model whose test scores could overflow float64, before any certificate is computed.

    For a positive semi-definite kernel ``|k(x, x_i)| <= sqrt(k(x, x) k(x_i, x_i))``, so
    ``sum_i |coef_i| * max sqrt(k(x, x)) * max sqrt(k(x_i, x_i))`` bounds every score; learners and
    kernels check their own outputs, this covers the certifiers' own products of them.
    """
    coef = getattr(model, "dual_coef_", None)
    if coef is None:
        return
    mass = float(np.abs(coef).sum())
    kernel = getattr(model, "kernel_", None)
    if kernel is None:  # precomputed: X is the test-by-train kernel itself
        kmax = float(np.max(np.abs(X)))
    elif getattr(kernel, "checks_feature_scale", False):
        kmax = float(np.sqrt(np.max(np.abs(kernel.diag(X)))) * np.sqrt(np.max(np.abs(kernel.diag(model.X_fit_)))))
    else:
        return  # a user's callable kernel: its blocks are checked as they are computed
    check_finite_numbers(mass * kmax, what="the bound sum|dual coefficients| * max|kernel| on the scores")


def _check_bounds_are_numbers(certs) -> None:
    """A certificate's bounds are numbers (possibly inf), never NaN."""
    for c in certs:
        if np.isnan(c.lower) or np.isnan(c.upper):
            raise NumericalRangeError(
                f"a certificate came out with bounds [{c.lower}, {c.upper}]: non-finite numbers reached "
                "the certifier; rescale the features or choose moderate C / alpha")


def _progress_bar(enabled: bool, total: int, desc: str):
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit="pt")
