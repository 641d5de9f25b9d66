"""Build the instance library: label-flip MILPs and ensemble ILPs as MPS, with reference optima.

Run from the repository root (nothing is downloaded; data are bundled)::

    python -m models.build            # or: python models/build.py
    python -m models.build --skip-hard  # small instances only (seconds)

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
            "note": "optcert.certify(method='milp'): HiGHS dual bound meets a replayed attack "
                    "(greedy warm start, early stop at the incumbent)",
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
    ]
    return small + ([] if skip_hard else hard)


def build(out: Path = HERE, skip_hard: bool = False, log=print) -> list[dict]:
    """Export every instance into ``out`` and write ``out/manifest.json``; returns the entries."""
    entries = []
    for stem, size, kind, make in catalogue(skip_hard):
        t0 = time.perf_counter()
        m, source, params, ref, msize = make()
        path = export(m, out / f"{stem}.mps")
        check = highs_solve_file(path, time_limit=None if size == "small" else HARD_TIME_LIMIT)
        if ref["objective"] is not None and check["status"] == "Optimal":
            if abs(check["objective"] - ref["objective"]) > 1e-6:
                raise AssertionError(f"{stem}: HiGHS on the MPS file gives {check['objective']}, "
                                     f"reference {ref['objective']} ({ref['method']})")
        entries.append({"file": path.name, "kind": kind, "size": size, "sense": "min", "source": source,
                        "parameters": params, "reference": ref, "model_size": msize,
                        "highs_on_file": {k: _clean(v) for k, v in check.items()}})
        log(f"{stem:<32} {kind:<15} ref={ref['objective']} ({ref['method']}, {ref.get('status', 'exact')}) "
            f"highs(file)={check['objective']:.6g} {check['status']} [{time.perf_counter() - t0:.1f}s]")
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
    args = ap.parse_args(argv)
    if args.out.resolve() == HERE:
        for old in HERE.glob("*.mps"):  # the manifest must list exactly the files present
            old.unlink()
    build(args.out, args.skip_hard)
    return 0


if __name__ == "__main__":
    sys.exit(main())
