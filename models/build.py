"""Build the instance library: label-flip MILPs, ensemble ILPs and collective models as MPS,
with reference optima.

Run from the repository root (nothing is downloaded; data are bundled)::

    python -m models.build            # or: python models/build.py
    python -m models.build --skip-hard  # small instances only (seconds)
    python -m models.build --only collective_   # rebuild some instances, keep the other entries

Writes ``models/*.mps`` and ``models/manifest.json``. Every reference optimum comes from an
independent method -- the exact polynomial algorithm (ScaLabelCert sorting, the ensemble
knapsack), brute force, or a proven-optimal solve (solver named) -- and is checked here
against a HiGHS solve of the exported file before it is written.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

import numpy as np
import pyomo.environ as pyo

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):
    sys.path.insert(0, str(HERE.parent))

import optcert  # noqa: E402
from optcert.data.features import feature_map  # noqa: E402
from optcert.exact import aggregation as agg  # noqa: E402
from optcert.solvers import export, solve  # noqa: E402

DEPTH, BIAS = 1, 0.0
HARD_TIME_LIMIT = 30.0  # seconds of a cold HiGHS solve of a hard instance's file (a record, not the reference)
MILP_TOL = 1e-6  # the tie tolerance LabelCert's MILP uses: tau = MILP_TOL * sum_i |w_i|
#: HiGHS options for the large collective references: no sub-MIP heuristics (see collective_label_linear_instance)
HIGHS_NO_SUBMIP = {"mip_heuristic_run_rins": False, "mip_heuristic_run_rens": False,
                   "mip_heuristic_run_root_reduced_cost": False}


def _real(name: str, n_train: int, seed: int, pca: int, n_test: int = 20):
    """Bundled data, seeded stratified subsample, PCA fitted on the unlabelled training inputs."""
    ds = optcert.load_dataset(name, n_train=n_train, n_test=n_test, seed=seed)
    Z, Zt = feature_map(f"pca:{pca}", ds.X_train, ds.X_test)
    source = {"dataset": name, "n_train": n_train, "n_test": n_test, "subsample_seed": seed,
              "features": f"pca:{pca} (fitted on training inputs, scaled to unit RMS norm)"}
    return Z, ds.y_train, Zt, source


def highs_solve_file(path: Path, time_limit: float | None = None) -> dict:
    """Solve an MPS file with highspy directly (threads left at HiGHS's 0 = "use the scheduler in
    place", so any HiGHS run before it in this thread, whatever its count, does not refuse it)."""
    import highspy

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", 0.0)
    if time_limit:
        h.setOptionValue("time_limit", float(time_limit))
    h.readModel(str(path))
    t0 = time.perf_counter()
    h.run()
    info = h.getInfo()
    return {"status": h.modelStatusToString(h.getModelStatus()), "objective": info.objective_function_value,
            "bound": info.mip_dual_bound, "nodes": int(info.mip_node_count), "seconds": time.perf_counter() - t0}


# -- SVM / KRR label-flip MILPs (question b: least flips that cross the boundary) ----------------

def svm_instance(N: int, c_factor: float, seed: int, *, dataset="mnist-1v7", pca=8, point=0,
                 reference="auto", time_limit=600.0, model_kind="svm", lam=1.0):
    """One LabelCert radius MILP for test point ``point``; objective = rho = R + 1."""
    from optcert.formulations.krr_label_flip import build_krr_label_flip
    from optcert.formulations.svm_label_flip import build_svm_label_flip, margin_spec, model_size

    Z, y, Zt, source = _real(dataset, N, seed, pca)
    x = Zt[point:point + 1]
    source["test_index"] = point
    if model_kind == "svm":
        c_star = optcert.small_c_threshold(Z, depth=DEPTH, bias=BIAS)
        model = optcert.KernelSVM(C=c_factor * c_star, depth=DEPTH, bias=BIAS).fit(Z, y)
    else:
        model = optcert.KernelRidge(alpha=lam, depth=DEPTH, bias=BIAS).fit(Z, y)
    Q, q = model.gram_, model.cross_kernel(x)[0]
    pred = int(model.predict_index(model.decision_function(x))[0])
    spec = margin_spec(2, pred)
    y_idx = model.encode_labels(y)
    params = {"N": N, "K": 2, "kernel": "ntk", "depth": DEPTH, "bias": BIAS, "prediction": pred,
              "question": "radius", "objective": "rho = least flips; certified radius R = rho - 1"}
    if model_kind == "svm":
        scale = float(model.C) * float(np.abs(q).sum())
        tau = MILP_TOL * scale
        m = build_svm_label_flip(Q, model.C, y_idx, 2, q, spec, question="radius", tau=tau)
        params |= {"C": float(model.C), "C_star": float(c_star), "C_over_C_star": c_factor,
                   "complementarity": "bigm", "linearization": "mccormick"}
    else:
        import scipy.linalg

        scale = float(np.abs(scipy.linalg.cho_solve(model.cho_, q)).sum())
        tau = MILP_TOL * scale
        m = build_krr_label_flip(Q, lam, y_idx, 2, q, spec, question="radius", tau=tau)
        params |= {"lambda": lam}
    params |= {"tau": tau, "tau_rule": f"{MILP_TOL:g} * sum_i |w_i| (margin <= tau counts as crossed)"}
    ref = _svm_reference(model, x, m, reference, time_limit, tol=MILP_TOL)
    return m, source, params, ref, model_size(m)


def _svm_reference(model, x, m, reference, time_limit, tol):
    if reference == "auto":
        reference = "scalable" if model.is_label_linear else "bruteforce"
    if reference in ("scalable", "bruteforce"):
        cert = optcert.certify(model, x, method=reference, **({"tol": tol} if reference == "scalable" else {}))[0]
        assert cert.exact, cert
        return {"objective": float(cert.lower + 1), "method": reference,
                "note": "exact polynomial algorithm (ScaLabelCert)" if reference == "scalable"
                else "brute force: retraining on every labelling"}
    # LabelCert with its greedy replayed attack as incumbent: exact when the dual bound meets it
    cert = optcert.certify(model, x, method="milp", solver="highs", time_limit=time_limit)[0]
    rep = cert.report
    return {"objective": float(cert.lower + 1) if cert.exact else None, "method": "solver",
            "solver": _solver_name("highs"), "status": "optimal" if cert.exact else "open",
            "bounds_on_rho": [_clean(float(cert.lower + 1)), _clean(float(cert.upper + 1))],
            "note": "optcert.certify(method='milp'): its proven lower bound (polynomial bounds, the "
                    "flip-set search, HiGHS's dual bound) meets a replayed attack"
                    if cert.exact else "optcert.certify(method='milp') at its time limit: the proven "
                    "lower bound and a replayed attack",
            "milp_solves": (cert.info or {}).get("solves"), "search_nodes": (cert.info or {}).get("search_nodes"),
            "seconds": round(cert.runtime, 2), "nodes": None if rep is None else rep.nodes}


def _solver_name(name: str) -> str:
    info = {r["name"]: r for r in optcert.solvers.solver_info()}[name]
    return f"{name} {info['version']}"


# -- ensemble ILPs -------------------------------------------------------------------------------

def random_rho(Np: int, K: int, seed: int, max_cost: int = 6):
    """Seeded synthetic per-partition costs: votes skewed towards class 0, integer costs."""
    rng = np.random.default_rng(seed)
    p = np.linspace(2.0, 1.0, K)
    votes = rng.choice(K, size=Np, p=p / p.sum())
    rho = rng.integers(1, max_cost + 1, size=(Np, K)).astype(float)
    rho[rng.random((Np, K)) < 0.05] = np.inf
    rho[np.arange(Np), votes] = 0.0
    return rho, votes


def real_rho(Np: int, seed: int, lam: float = 1.0, point: int = 0):
    """White-box costs of a kernel-ridge ensemble on mnist-1v7 (two classes: exact by sorting)."""
    from optcert.certify.targets import target_lower_bounds

    Z, y, Zt, source = _real("mnist-1v7", None, seed, 16)
    source["test_index"] = point
    ens = optcert.PartitionEnsemble(optcert.KernelRidge(alpha=lam, depth=DEPTH, bias=BIAS), Np).fit(Z, y)
    x = Zt[point:point + 1]
    rho = np.zeros((Np, 2))
    for j, est in enumerate(ens.estimators_):
        b = target_lower_bounds(est.label_linear_view(x), est.encode_labels(est.y_fit_), 1e-9)
        rho[j] = b.lower[0]
    votes = ens.base_predictions(x)[0]
    rho[np.arange(Np), votes] = 0.0
    source["ensemble"] = f"PartitionEnsemble(KernelRidge(alpha={lam}), {Np}, partitioner='hash')"
    return rho, votes, source


def ensemble_instance(rho, votes, source):
    """The ILP of the target attaining the optimum, ``beat="winner"``; reference = knapsack."""
    from optcert.formulations.ensemble_ilp import build_ensemble_ilp

    res = agg.knapsack_attack(rho, votes)
    m = build_ensemble_ilp(rho, res.target, votes=votes, beat="winner")
    Np, K = rho.shape
    params = {"Np": Np, "K": K, "target": int(res.target), "c_star": int(res.prediction), "beat": "winner",
              "objective": "least flips making the target beat c*; ensemble radius R = optimum - 1",
              "n_unreachable": int(np.isinf(rho).sum())}
    ref = {"objective": float(res.cost), "method": "knapsack", "note": "exact polynomial aggregation (docs/math/ensembles.md)"}
    return m, source, params, ref, {"binaries": int(sum(1 for v in m.z.values() if not v.fixed))}


# -- relabelling MILPs -----------------------------------------------------------------------------

def relabel_instance(dataset, N, seed, pca, point=0, lam=1.0, reference="bruteforce", time_limit=600.0):
    """Least relabelling making a multiclass kernel-ridge model predict exactly a target class."""
    from optcert.formulations.relabel_milp import build_target_relabel_milp

    Z, y, Zt, source = _real(dataset, N, seed, pca)
    source["test_index"] = point
    model = optcert.KernelRidge(alpha=lam, depth=DEPTH, bias=BIAS).fit(Z, y)
    view = model.label_linear_view(Zt[point:point + 1])
    y_idx = model.encode_labels(y)
    scores = view.scores(y_idx)[0]
    K = view.n_classes
    # the least threatened rival: usually needs several flips and a real covering
    target = int(np.argsort(scores)[0])
    offset, w = view.offset[0], view.weights[0]
    m = build_target_relabel_milp(offset, w, y_idx, target)
    params = {"N": N, "K": K, "lambda": lam, "kernel": "ntk", "depth": DEPTH, "bias": BIAS,
              "prediction": int(np.argmax(scores)), "target": target, "tau": 0.0,
              "objective": "least flips so that F_t >= F_k for every k != t"}
    if reference == "bruteforce":
        ref = {"objective": _relabel_bruteforce(offset, w, y_idx, target, K), "method": "bruteforce",
               "note": f"enumeration of all {K}^{N} labellings"}
    else:
        report = solve(m, "highs", time_limit=time_limit)
        check = solve(m, "scip", time_limit=time_limit)
        ok = report.status.value == "optimal" and check.status.value == "optimal" \
            and abs(report.objective - check.objective) < 1e-6
        ref = {"objective": float(round(report.objective)) if ok else None, "method": "solver",
               "solver": _solver_name("highs"), "status": report.status.value, "seconds": round(report.time, 2),
               "confirmed_by": _solver_name("scip")}
    return m, source, params, ref, {"binaries": N * K}


def _relabel_bruteforce(offset, w, y_idx, target, K) -> float:
    N = y_idx.size
    best = np.inf
    onehot = np.eye(K)
    for lab in itertools.product(range(K), repeat=N):
        lab = np.asarray(lab)
        flips = int(np.sum(lab != y_idx))
        if flips >= best:
            continue
        F = offset + w @ onehot[lab]
        if np.all(F[target] >= np.delete(F, target)):
            best = flips
    return float(best)


# -- collective models (maximise the test predictions one flip set changes) ------------------------

COLLECTIVE_PARAMS = {"objective": "A(r) = most test predictions one flip set of <= r flips changes (maximise)",
                     "weights": "a_m = 1 for every test point"}


def _mnist_rows(M: int, pca: int = 16, n_train: int | None = None, seed: int = 0):
    """mnist-1v7 (all 750 training points unless ``n_train``), PCA features, the first M test rows."""
    ds = optcert.load_dataset("mnist-1v7", n_train=n_train, seed=seed)
    Z, Zt = feature_map(f"pca:{pca}", ds.X_train, ds.X_test)
    source = {"dataset": "mnist-1v7", "n_train": len(Z), "n_test": M, "subsample_seed": seed if n_train else None,
              "test_rows": f"the first {M} rows of the test split",
              "features": f"pca:{pca} (fitted on training inputs, scaled to unit RMS norm)"}
    return Z, ds.y_train, Zt[:M], source


def _crossed_after(view, y_idx, tau, labels) -> int:
    """Test points whose prediction a labelling crosses under the tau rule (near-ties count)."""
    from optcert.exact.collective import label_linear_scores

    K = view.n_classes
    F0 = label_linear_scores(None if view.binary else view.offset, view.weights, y_idx, K)
    F = label_linear_scores(None if view.binary else view.offset, view.weights, labels, K)
    c = np.argmax(F0, axis=1)
    gap = F - F[np.arange(len(c)), c][:, None]
    gap[np.arange(len(c)), c] = -np.inf
    return int((gap.max(axis=1) >= -tau).sum())


def _enumerate_label_linear(view, y_idx, tau, r) -> float:
    """The most points any labelling of at most r flips crosses (tau rule), by enumeration."""
    K = view.n_classes
    best = 0
    for k in range(1, r + 1):
        for idx in itertools.combinations(range(len(y_idx)), k):
            for new in itertools.product(*[[c for c in range(K) if c != y_idx[i]] for i in idx]):
                lab = y_idx.copy()
                lab[list(idx)] = new
                best = max(best, _crossed_after(view, y_idx, tau, lab))
    return float(best)


def collective_label_linear_instance(model_kind: str, M: int, r: int, *, dataset="mnist-1v7", n_train=40, seed=0,
                                     pca=8, lam=1.0, bias=BIAS, reference="bruteforce", time_limit=300.0):
    """The collective MILP of a label-linear model (kernel ridge, or the SVM at C = C*)."""
    from optcert.formulations.collective import build_collective_label_linear
    from optcert.formulations.svm_label_flip import model_size

    if dataset == "mnist-1v7" and n_train is None:
        Z, y, Zt, source = _mnist_rows(M, pca)
    else:
        Z, y, Zt, source = _real(dataset, n_train, seed, pca, n_test=M)
    model = (optcert.KernelRidge(alpha=lam, depth=DEPTH, bias=bias) if model_kind == "krr" else
             optcert.KernelSVM(C=optcert.small_c_threshold(Z, depth=DEPTH, bias=bias), depth=DEPTH, bias=bias)).fit(Z, y)
    view = model.label_linear_view(Zt)
    y_idx = model.encode_labels(y)
    tau = MILP_TOL * np.abs(view.weights).sum(axis=1)
    m = build_collective_label_linear(None if view.binary else view.offset, view.weights, y_idx, view.n_classes,
                                      tau, r)
    params = {"N": len(y_idx), "M": M, "K": view.n_classes, "r": r, "kernel": "ntk", "depth": DEPTH, "bias": bias,
              "model": "kernel ridge" if model_kind == "krr" else "SVM at C = C*",
              "tau_rule": f"{MILP_TOL:g} * sum_i |w_mi| (a score within tau of a tie counts as crossed)",
              **COLLECTIVE_PARAMS}
    params |= {"lambda": lam} if model_kind == "krr" else {"C": float(model.C), "C_star": float(model.c_star_),
                                                             "C_over_C_star": 1.0}
    if reference == "bruteforce":
        ref = {"objective": _enumerate_label_linear(view, y_idx, tau, r), "method": "bruteforce",
               "note": "enumeration of every labelling of at most r flips (label-linear scores, tau rule)"}
    else:
        # HiGHS 1.16's sub-MIP heuristics (RINS, RENS, root reduced cost) were seen spending tens of
        # minutes past the time limit in their presolve (strengthenInequalities) on these models: off
        certs = optcert.certify_collective(model, Zt, [r], solver="highs", time_limit=time_limit, milp_tol=MILP_TOL,
                                           solver_options=HIGHS_NO_SUBMIP)
        c = certs[0]
        ref = {"objective": float(c.upper) if c.exact else None, "method": "solver", "solver": _solver_name("highs"),
               "status": "optimal" if c.exact else "open", "bounds": [c.lower, c.upper],
               "note": "optcert.certify_collective: HiGHS dual bound meets a replayed attack" if c.exact else
                       f"optcert.certify_collective with a {time_limit:g} s limit: a replayed attack and the dual bound",
               "seconds": round(c.runtime, 1)}
    return m, source, params, ref, model_size(m)


def collective_svm_instance(N: int, M: int, r: int, c_factor: float = 10.0, seed: int = 0, pca: int = 8):
    """The collective MILP of the SVM above C* (one shared KKT block); reference by retraining."""
    from optcert.formulations.collective import build_collective_svm
    from optcert.formulations.kkt import svm_bounds
    from optcert.formulations.svm_label_flip import model_size
    from optcert.svm.margins import tie_scale

    Z, y, Zt, source = _real("mnist-1v7", N, seed, pca, n_test=M)
    svm = optcert.KernelSVM(C=c_factor * optcert.small_c_threshold(Z, depth=DEPTH, bias=BIAS), depth=DEPTH,
                            bias=BIAS).fit(Z, y)
    q = svm.cross_kernel(Zt)
    C = float(svm.C)
    tau = MILP_TOL * tie_scale(q, C, 2)
    S = np.minimum(C * np.abs(q).sum(axis=1), np.sqrt(svm.kernel_.diag(Zt) * N * C)) * (1 + 1e-9) + 1e-12
    pred = svm.predict_index(svm.decision_function(Zt))
    m = build_collective_svm(svm.gram_, C, svm.encode_labels(y), 2, q, pred, tau, S, r,
                             bounds=svm_bounds(svm.gram_, C))
    params = {"N": N, "M": M, "K": 2, "r": r, "kernel": "ntk", "depth": DEPTH, "bias": BIAS, "model": "SVM above C*",
              "C": C, "C_star": float(svm.c_star_), "C_over_C_star": c_factor, "complementarity": "bigm",
              "linearization": "mccormick", "tau_rule": f"{MILP_TOL:g} * C sum_j |q_mj|", **COLLECTIVE_PARAMS}
    truth = optcert.certify_collective(svm, Zt, [r], method="bruteforce")[0]
    ref = {"objective": float(truth.upper), "method": "bruteforce", "note": "retraining on every labelling"}
    return m, source, params, ref, model_size(m)


def random_votes(Np: int, M: int, K: int, seed: int) -> np.ndarray:
    """Seeded synthetic base votes (M, Np): each test point draws its class shares from a
    Dirichlet(1) and its Np votes from them, so the vote margins spread from ties to unanimity."""
    rng = np.random.default_rng(seed)
    return np.stack([rng.choice(K, size=Np, p=rng.dirichlet(np.ones(K))) for _ in range(M)])


def _blackbox_enumeration(V: np.ndarray, K: int, r: int) -> float:
    """The most points whose plurality some set of at most r freely voting partitions changes."""
    M, Np = V.shape
    n = np.stack([(V == k).sum(axis=1) for k in range(K)], axis=1)
    c = np.argmax(n, axis=1)
    best = 0
    for k in range(r + 1):
        for P in itertools.combinations(range(Np), k):
            rest = n - np.stack([(V[:, list(P)] == j).sum(axis=1) for j in range(K)], axis=1)
            rival = rest + k  # every poisoned partition votes for the rival
            beats = (rival > rest[np.arange(M), c][:, None]) | ((rival == rest[np.arange(M), c][:, None])
                                                                 & (np.arange(K)[None, :] < c[:, None]))
            beats[np.arange(M), c] = False
            best = max(best, int(beats.any(axis=1).sum()))
    return float(best)


def collective_blackbox_instance(Np: int, M: int, K: int, r: int, seed: int):
    """The black-box collective ILP (a poisoned partition votes anything) on synthetic votes."""
    from optcert.formulations.collective import build_collective_blackbox

    V = random_votes(Np, M, K, seed)
    m = build_collective_blackbox(V, K, r)
    params = {"Np": Np, "M": M, "K": K, "r": r, "base": "blackbox", **COLLECTIVE_PARAMS,
              "objective": "A(r) of the black-box model: a poisoned partition votes anything (maximise)"}
    ref = {"objective": _blackbox_enumeration(V, K, r), "method": "bruteforce",
           "note": "every set of at most r poisoned partitions"}
    source = {"synthetic_seed": seed, "generator": "models.build.random_votes"}
    return m, source, params, ref, _size(m)


def collective_whitebox_instance(Np: int, M: int, r: int, *, n_train: int, seed: int, lam=1.0, pca=8):
    """The white-box collective MILP of a kernel-ridge partition ensemble on mnist-1v7."""
    from optcert.formulations.collective import build_collective_whitebox

    Z, y, Zt, source = _mnist_rows(M, pca, n_train=n_train, seed=seed)
    ens = optcert.PartitionEnsemble(optcert.KernelRidge(alpha=lam, depth=DEPTH, bias=BIAS), Np,
                                    partitioner="round-robin").fit(Z, y)
    source["ensemble"] = f"PartitionEnsemble(KernelRidge(alpha={lam}), {Np}, partitioner='round-robin')"
    y_idx = np.empty(len(y), dtype=np.int64)
    bases = []
    for part, est in zip(ens.partitions_, ens.estimators_):
        y_idx[part] = est.y_fit_
        bases.append((part, None, est.label_linear_view(Zt).weights))
    tau = np.stack([MILP_TOL * np.abs(W).sum(axis=1) for _, _, W in bases])
    m = build_collective_whitebox(bases, y_idx, 2, tau, r)
    truth = optcert.certify_collective(ens, Zt, [r], method="bruteforce", base="whitebox")[0]
    params = {"Np": Np, "N": len(y), "M": M, "K": 2, "r": r, "base": "whitebox", "lambda": lam, **COLLECTIVE_PARAMS}
    ref = {"objective": float(truth.upper), "method": "bruteforce", "note": "retraining on every labelling"}
    return m, source, params, ref, _size(m)


def _size(m) -> dict:
    return {"binaries": sum(1 for v in m.component_data_objects(pyo.Var) if v.is_binary()),
            "constraints": sum(1 for _ in m.component_data_objects(pyo.Constraint, active=True))}


# -- the library -----------------------------------------------------------------------------------

def catalogue(skip_hard: bool = False):
    """(file stem, size, kind, builder) for every instance."""
    small = [
        ("svm_smallC_mnist1v7_n20", "small", "svm_label_flip", lambda: svm_instance(20, 1.0, 1)),
        ("svm_smallC_mnist1v7_n40", "small", "svm_label_flip", lambda: svm_instance(40, 1.0, 2)),
        ("svm_c10_mnist1v7_n10", "small", "svm_label_flip", lambda: svm_instance(10, 10.0, 3)),
        ("svm_c10_mnist1v7_n12", "small", "svm_label_flip", lambda: svm_instance(12, 10.0, 4, point=1)),
        ("krr_mnist1v7_n20", "small", "krr_label_flip",
         lambda: svm_instance(20, 1.0, 5, model_kind="krr", lam=0.1)),
        ("ensemble_synth_np15_k3", "small", "ensemble_ilp",
         lambda: ensemble_instance(*random_rho(15, 3, 11), {"synthetic_seed": 11, "generator": "models.build.random_rho"})),
        ("ensemble_synth_np60_k10", "small", "ensemble_ilp",
         lambda: ensemble_instance(*random_rho(60, 10, 12), {"synthetic_seed": 12, "generator": "models.build.random_rho"})),
        ("ensemble_mnist1v7_krr_np25", "small", "ensemble_ilp", lambda: ensemble_instance(*real_rho(25, 0))),
        ("relabel_wine_n9_k3", "small", "relabel_milp", lambda: relabel_instance("wine", 9, 0, 4)),
        ("relabel_digits_n40_k10", "small", "relabel_milp",
         lambda: relabel_instance("digits", 40, 0, 16, reference="solver")),
        ("collective_krr_mnist1v7_n40_m20_r4", "small", "collective",
         lambda: collective_label_linear_instance("krr", 20, 4, n_train=40, seed=1)),
        ("collective_svmC_wine_n12_k3_m10_r3", "small", "collective",
         lambda: collective_label_linear_instance("svm", 10, 3, dataset="wine", n_train=12, seed=0, pca=4)),
        ("collective_svm_c10_mnist1v7_n10_m8_r2", "small", "collective",
         lambda: collective_svm_instance(10, 8, 2, seed=3)),
        ("collective_whitebox_krr_np3_n24_m10_r3", "small", "collective",
         lambda: collective_whitebox_instance(3, 10, 3, n_train=24, seed=2)),
        ("collective_blackbox_synth_np20_m40_k3_r5", "small", "collective",
         lambda: collective_blackbox_instance(20, 40, 3, 5, seed=21)),
    ]
    hard = [
        ("ensemble_synth_np400_k10", "small", "ensemble_ilp",
         lambda: ensemble_instance(*random_rho(400, 10, 13, max_cost=20), {"synthetic_seed": 13, "generator": "models.build.random_rho"})),
        # proven optimal in ~1 min (HiGHS, warm-started by LabelCert's greedy attack)
        ("svm_c10_mnist1v7_n40", "hard", "svm_label_flip",
         lambda: svm_instance(40, 10.0, 7, reference="solver", time_limit=300.0)),
        # open: bounds on rho after 60 s are recorded instead of an optimum
        ("svm_c10_mnist1v7_n30", "hard", "svm_label_flip",
         lambda: svm_instance(30, 10.0, 6, reference="solver", time_limit=60.0)),
        ("svm_c10_mnist1v7_n50", "hard", "svm_label_flip",
         lambda: svm_instance(50, 10.0, 8, reference="solver", time_limit=60.0)),
        # N = 100: the reference comes from LabelCert's flip-set search (the MILP alone does not prove it)
        ("svm_c10_mnist1v7_n100", "hard", "svm_label_flip",
         lambda: svm_instance(100, 10.0, 9, reference="solver", time_limit=300.0)),
        # the benchmark's kernel ridge on all 750 training points (benchmarks/bench_collective.py)
        ("collective_krr_mnist1v7_n750_m50_r20", "hard", "collective",
         lambda: collective_label_linear_instance("krr", 50, 20, n_train=None, pca=16, bias=1.0, reference="solver")),
        ("collective_krr_mnist1v7_n750_m250_r10", "hard", "collective",
         lambda: collective_label_linear_instance("krr", 250, 10, n_train=None, pca=16, bias=1.0, reference="solver",
                                                  time_limit=120.0)),
    ]
    return small + ([] if skip_hard else hard)


def build(out: Path = HERE, skip_hard: bool = False, log=print, only: list[str] | None = None) -> list[dict]:
    """Export every instance into ``out`` and write ``out/manifest.json``; returns the entries.

    ``only``: file-stem prefixes; just those instances are rebuilt, and their entries replace (or
    join) the ones of the existing manifest, whose other instances are kept as they are.
    """
    entries = []
    todo = [e for e in catalogue(skip_hard) if only is None or e[0].startswith(tuple(only))]
    for stem, size, kind, make in todo:
        t0 = time.perf_counter()
        m, source, params, ref, msize = make()
        path = export(m, out / f"{stem}.mps")
        check = highs_solve_file(path, time_limit=None if size == "small" else HARD_TIME_LIMIT)
        if ref["objective"] is not None and check["status"] == "Optimal":
            if abs(check["objective"] - ref["objective"]) > 1e-6:
                raise AssertionError(f"{stem}: HiGHS on the MPS file gives {check['objective']}, "
                                     f"reference {ref['objective']} ({ref['method']})")
        sense = "max" if next(m.component_data_objects(pyo.Objective, active=True)).sense == pyo.maximize else "min"
        entries.append({"file": path.name, "kind": kind, "size": size, "sense": sense, "source": source,
                        "parameters": params, "reference": ref, "model_size": msize,
                        "highs_on_file": {k: _clean(v) for k, v in check.items()}})
        log(f"{stem:<32} {kind:<15} ref={ref['objective']} ({ref['method']}, {ref.get('status', 'exact')}) "
            f"highs(file)={check['objective']:.6g} {check['status']} [{time.perf_counter() - t0:.1f}s]")
    if only is not None and (out / "manifest.json").exists():
        fresh = {e["file"]: e for e in entries}
        kept = json.loads((out / "manifest.json").read_text())["instances"]
        entries = [fresh.pop(e["file"], e) for e in kept] + list(fresh.values())
    manifest = {"description": "optcert instance library; regenerate with `python -m models.build`",
                "optcert_version": optcert.__version__, "instances": entries}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, default=_json_default, allow_nan=False) + "\n")
    return entries


def _clean(v):
    """Rounded floats; non-finite values (no incumbent or bound) as None, for strict JSON."""
    if isinstance(v, float):
        return round(v, 3) if np.isfinite(v) else None
    return v


def _json_default(o):
    if isinstance(o, np.generic):
        return o.item()
    raise TypeError(type(o).__name__)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--skip-hard", action="store_true", help="only the small instances")
    ap.add_argument("--only", nargs="+", metavar="PREFIX",
                    help="rebuild only the instances whose file name starts with a PREFIX (e.g. collective_), "
                         "keeping the other entries of the manifest")
    args = ap.parse_args(argv)
    if args.out.resolve() == HERE and not args.only:
        for old in HERE.glob("*.mps"):  # the manifest must list exactly the files present
            old.unlink()
    build(args.out, args.skip_hard, only=args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
