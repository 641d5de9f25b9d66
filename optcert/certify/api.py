"""``optcert.certify``: one entry point that picks the method and returns certificates."""

from __future__ import annotations

import dataclasses
import inspect
import logging

import numpy as np

from ..exceptions import InvalidInputError, NotFittedError, NotLabelLinearError, NumericalRangeError
from ..results import Certificates, budget_to_count
from ..validation import check_finite_numbers, check_positive
from .options import check_options

logger = logging.getLogger(__name__)

METHODS = ("auto", "scalable", "milp", "stability", "bruteforce")
#: "auto" above C*: the MILP up to this many training points, the stability bound beyond
#: (benchmarks/RESULTS.md: the MILP already needs minutes at N = 50 and does not prove N = 100)
AUTO_MILP_MAX_N = 200


def certify(model, X_test, *, method: str = "auto", budget=None, solver: str = "highs",
            time_limit: float | None = None, tol: float = 1e-9, witnesses: bool = True,
            progress: bool = False, client=None, chunk_size: int | None = None,
            **options) -> Certificates:
    """Certify the predictions of a fitted ``model`` at every row of ``X_test``.

    Parameters
    ----------
    model : fitted KernelSVM, KernelRidge or PartitionEnsemble.
    X_test : (M, d) features (or (M, N) test-by-train kernel for ``kernel="precomputed"``).
    method : "auto" (polynomial when the model is label-linear, else the MILP up to
        ``AUTO_MILP_MAX_N`` training points and the stability bound beyond), "scalable"
        (ScaLabelCert: sorting), "milp" (LabelCert: the flip-set search, then the bilevel
        MILP), "stability" (kernel SVM at any C: a polynomial sound lower bound, and a replayed
        attack as upper bound; see :mod:`optcert.certify.stability`) or "bruteforce" (retrain on
        every labelling; tiny N). Ensembles take "auto", "scalable" or "milp".
    budget : flip budget (int, or a float fraction of N) for the MILP's worst-margin question
        ("is the prediction certified at r?"); only ``method="milp"`` answers it. Every other
        method computes the radius, which answers every budget: ``certs.certified(r)``; a
        budget passed to them is refused rather than ignored.
    solver, time_limit : backend and seconds: per test point for "milp" (search and solves
        together), for "stability" (its re-solve attacks) and for ensembles (every base model's
        searches and solves together).
    tol : relative tie tolerance: a score within ``tol * sum|w|`` of a tie counts as
        crossed (the safe side).
    witnesses : report a replayed attack for every finite upper bound. With ``False`` no attack
        is reported; polynomial methods then skip building them (for speed at scale) and their
        upper bounds rest on the label-linear algebra alone, while "milp" and "bruteforce" still
        replay the attacks behind their upper bounds but drop them from the certificates.
    progress : show a progress bar over the test points (every method).
    client : a ``dask.distributed.Client``: the test points are certified in chunks, one task
        per chunk, on its workers (the model is scattered once); the certificates equal the
        serial run's. None (default) certifies in this process. Needs ``optcert[dask]``.
    chunk_size : test points per task with a ``client`` (default: 1 for "milp", "bruteforce" and
        "auto" above C*, 256 for the polynomial methods and ensembles); bounds a task's memory.
    **options : method-specific; an unknown name is an error listing the valid ones.
        ``"milp"``: ``complementarity`` ("bigm", "sos1", "indicator"), ``linearization``
        ("mccormick", "pairwise"), ``heuristic``, ``warm_start``, ``early_stop``,
        ``radius_budget``, ``search_nodes``, ``export``, ... (see
        :func:`optcert.certify.milp.certify_milp`); ``"bruteforce"``: ``max_flips``; ensembles:
        ``base`` ("whitebox", "blackbox"), ``exact`` and ``search_nodes`` (retrainings per test
        point for the base SVMs above C*, :func:`optcert.certify.ensemble.certify_ensemble`).

    Returns
    -------
    Certificates, one per test point: ``lower <= R <= upper`` on the certified radius, with
    predictions in the model's own labels.
    """
    if method not in METHODS:
        raise InvalidInputError(f"method must be one of {METHODS}, got {method!r}")
    check_positive(tol, name="tol", strict=False)
    if time_limit is not None:
        check_positive(time_limit, name="time_limit")
    for flag, value in (("witnesses", witnesses), ("progress", progress)):
        if not isinstance(value, (bool, np.bool_)):
            raise InvalidInputError(f"{flag} must be True or False, got {value!r}")
    if client is not None:
        from ..distributed import check_chunk_size, check_client

        check_client(client)
        if chunk_size is not None:
            check_chunk_size(chunk_size)
    elif chunk_size is not None:
        raise InvalidInputError("chunk_size sets the test points per task of a run on a dask client; "
                                "pass client= too, or leave chunk_size out")
    from ..learners import KernelRidge, KernelSVM
    from ..partition import PartitionEnsemble

    if not isinstance(model, (KernelSVM, KernelRidge, PartitionEnsemble)):
        raise InvalidInputError(
            f"certify accepts a fitted optcert.KernelSVM, optcert.KernelRidge or "
            f"optcert.PartitionEnsemble; got {type(model).__module__}.{type(model).__name__}. "
            "Train the model with optcert's learners (kernel='ntk', 'linear', 'rbf', 'precomputed' "
            "or your own kernel callable) to certify it")
    if not hasattr(model, "classes_"):
        raise NotFittedError(f"{type(model).__name__} is not fitted; call fit(X, y) before certify")
    if isinstance(model, PartitionEnsemble):
        if budget is not None:
            raise InvalidInputError(_budget_unused(budget, "ensembles"))
        check_options("ensembles", options, _ENSEMBLE_OPTIONS)
        return _certify_ensemble(model, X_test, method=method, solver=solver, time_limit=time_limit,
                                 tol=tol, witnesses=witnesses, progress=progress, client=client,
                                 chunk_size=chunk_size, **options)
    X_test = _check_test_inputs(model, X_test)
    _check_score_range(model, X_test)
    n_train = model.X_fit_.shape[0]
    budget_count = None if budget is None else budget_to_count(budget, n_train)
    method = resolve_method(model, method)
    if budget is not None and method != "milp":
        raise InvalidInputError(_budget_unused(budget, f"method={method!r}"))
    check_options(f"method={method!r}", options, _method_options(method))
    if method == "scalable" and not model.is_label_linear:
        raise NotLabelLinearError(
            f"method='scalable' needs a label-linear model; this {type(model).__name__} has "
            f"C={model.C} above its small-C threshold C*={model.c_star_:.6g}. Use method='milp' "
            f"or C <= {model.c_star_:.6g}"
        )
    if client is not None:
        from ..distributed import default_chunk_size

        return _on_client(client, chunk_size or default_chunk_size(model, method), model, X_test,
                          progress, _BAR_LABELS[method], method=method, budget=budget, solver=solver,
                          time_limit=time_limit, tol=tol, witnesses=witnesses, **options)
    run = _runner(method, model, budget=budget_count, solver=solver, time_limit=time_limit, tol=tol,
                  witnesses=witnesses, options=options)
    bar = _progress_bar(progress, X_test.shape[0], _BAR_LABELS[method])
    certs = []
    step = _ROWS_PER_CALL[method] if bar is not None else max(1, X_test.shape[0])
    for start in range(0, X_test.shape[0], step):
        rows = X_test[start:start + step]
        certs.extend(run(rows))
        if bar is not None:
            bar.update(rows.shape[0])
    if bar is not None:
        bar.close()
    if not witnesses:
        certs = [c if c.witness is None else dataclasses.replace(c, witness=None) for c in certs]
    _check_bounds_are_numbers(certs)
    return Certificates(certs, n_train=n_train, classes=model.classes_)


def resolve_method(model, method: str) -> str:
    """The method ``certify`` runs for a fitted single ``model``: ``"auto"`` resolved."""
    if method != "auto":
        return method
    if model.is_label_linear:
        return "scalable"
    n_train = model.X_fit_.shape[0]
    if n_train > AUTO_MILP_MAX_N and getattr(model, "kernel_", None) is not None:
        logger.info("auto: N = %d > %d above C*, using the polynomial stability bound "
                    "(method='milp' forces the MILP)", n_train, AUTO_MILP_MAX_N)
        return "stability"
    return "milp"


_BAR_LABELS = {"scalable": "ScaLabelCert", "milp": "LabelCert", "stability": "stability bound",
               "bruteforce": "brute force"}
#: test points per certifier call when a progress bar is shown (the polynomial methods are
#: vectorised over points; the searches certify one point at a time anyway)
_ROWS_PER_CALL = {"scalable": 256, "stability": 256, "milp": 1, "bruteforce": 1}
_ENSEMBLE_OPTIONS = ("base", "exact", "search_nodes")


def _on_client(client, chunk_size, model, X, progress, desc, **kwargs) -> Certificates:
    """The serial ``certify`` on chunks of ``X``, one task each on ``client``, in row order."""
    from ..distributed import certify_chunks
    from ..partition import PartitionEnsemble

    certs = certify_chunks(client, model, X, chunk_size=chunk_size, progress=progress, desc=desc, **kwargs)
    n_train = sum(len(p) for p in model.partitions_) if isinstance(model, PartitionEnsemble) \
        else model.X_fit_.shape[0]
    return Certificates(certs, n_train=n_train, classes=model.classes_)


def _method_options(method: str) -> tuple[str, ...]:
    """The method-specific keyword options of ``method`` (everything certify does not set itself)."""
    if method == "milp":
        from .milp import certify_milp

        own = {"budget", "solver", "time_limit", "tol"}
        params = inspect.signature(certify_milp).parameters.values()
        return tuple(p.name for p in params if p.kind is p.KEYWORD_ONLY and p.name not in own)
    if method == "bruteforce":
        return ("max_flips",)
    return ()


def _budget_unused(budget, where: str) -> str:
    return (f"budget={budget!r} is answered by method='milp' only (the worst-margin question); "
            f"{where} computes the certified radius, which answers every budget: use "
            f"certs.certified({budget!r}) or certs.certified_accuracy(y, budgets=[...])")


def _runner(method, model, *, budget, solver, time_limit, tol, witnesses, options):
    """``rows -> list[Certificate]`` for one method, with its options bound."""
    if method == "scalable":
        from .label_linear import certify_label_linear

        return lambda rows: certify_label_linear(model, rows, tol=tol, witnesses=witnesses)
    if method == "stability":
        from .stability import certify_stability

        return lambda rows: certify_stability(model, rows, tol=tol, witnesses=witnesses,
                                              time_limit=time_limit)
    if method == "bruteforce":
        from .bruteforce import certify_bruteforce

        return lambda rows: certify_bruteforce(model, rows, **options)
    from .milp import certify_milp

    return lambda rows: certify_milp(model, rows, budget=budget, solver=solver, time_limit=time_limit,
                                     tol=tol, **options)


def _certify_ensemble(ensemble, X_test, *, method, solver, time_limit, tol, witnesses, progress,
                      client=None, chunk_size=None, base: str = "whitebox",
                      exact: bool | None = None, search_nodes: int | None = None) -> Certificates:
    """EnsembleCert: white-box base certificates aggregated exactly.

    ``method="auto"`` refines bounds to the exact radius where needed (the relabelling MILP for
    label-linear bases, the flip-set search for SVMs above C*); ``"scalable"`` stays polynomial
    (sorting and stability bounds, attacks: a sound interval); ``base="blackbox"`` gives DPA's
    certificate (every switch costs one flip).
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
    extra = {}
    if search_nodes is not None:
        if isinstance(search_nodes, bool) or not isinstance(search_nodes, (int, np.integer)) or search_nodes < 0:
            raise InvalidInputError(f"search_nodes must be a non-negative int, got {search_nodes!r}")
        extra["search_nodes"] = int(search_nodes)
    X = check_array(X_test, name="X_test")
    if client is not None:
        from ..distributed import default_chunk_size

        return _on_client(client, chunk_size or default_chunk_size(ensemble), ensemble, X, progress,
                          "EnsembleCert", method=method, solver=solver, time_limit=time_limit,
                          tol=tol, witnesses=witnesses, base=base, exact=exact, **extra)
    bar = _progress_bar(progress, X.shape[0], "EnsembleCert")
    step = 256 if bar is not None else max(1, X.shape[0])
    certs = []
    for start in range(0, X.shape[0], step):
        rows = X[start:start + step]
        certs.extend(certify_ensemble(ensemble, rows, exact=exact, base=base, solver=solver,
                                      time_limit=time_limit, tol=tol, witnesses=witnesses, **extra))
        if bar is not None:
            bar.update(rows.shape[0])
    if bar is not None:
        bar.close()
    _check_bounds_are_numbers(certs)
    return Certificates(certs, n_train=sum(len(p) for p in ensemble.partitions_),
                        classes=ensemble.classes_)


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
