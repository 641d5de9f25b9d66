"""Benchmark collective certificates: mnist-1v7 kernel ridge on all 750 training points.

    python benchmarks/bench_collective.py --sizes 50 100 250 --budgets 5 10 20 30 40 50 \\
        --solvers highs scip --time-limit 600 --out /tmp/bench_collective.json \\
        --solver-options '{"highs": {"mip_heuristic_run_rins": false, "mip_heuristic_run_rens": false,
                                     "mip_heuristic_run_root_reduced_cost": false}}'

Kernel ridge (lambda = 1, NTK depth 1, bias 1: the CLI's defaults) on PCA-16 features fitted on
the training inputs; the first M test points. For every M, backend and budget r: the interval
``lower <= A(r) <= upper`` of :func:`optcert.certify_collective` (time limit per budget), the
seconds to it (exact = a proven optimum), the MILP's own status and time, and the certified
accuracy the collective certificate proves against the sample-wise count at the same r. The
polynomial bounds alone (``method="bounds"``: counting, greedy attack, LP relaxation) are timed
once per M. ``--cuts`` picks the label-linear model's valid-inequality families (default:
cover, cardinality and conflict cliques). Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import time
from pathlib import Path

import optcert


def load(features: str, lam: float):
    ds = optcert.load_dataset("mnist-1v7")
    Z, Zt = optcert.feature_map(features, ds.X_train, ds.X_test)
    model = optcert.KernelRidge(alpha=lam, depth=1, bias=1.0).fit(Z, ds.y_train)
    return model, Zt, ds.y_test


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 250])
    ap.add_argument("--budgets", type=int, nargs="+", default=[5, 10, 20, 30, 40, 50])
    ap.add_argument("--solvers", nargs="+", default=["highs", "scip"])
    ap.add_argument("--time-limit", type=float, default=600.0, help="seconds per budget (MILP)")
    ap.add_argument("--features", default="pca:16")
    ap.add_argument("--lam", type=float, default=1.0)
    ap.add_argument("--solver-options", type=json.loads, default=None,
                    help="native options (JSON): one dict for every backend listed, or one per backend, "
                         "e.g. '{\"highs\": {\"mip_heuristic_run_root_reduced_cost\": false}}'")
    ap.add_argument("--cuts", default="default",
                    help="label-linear cut families: 'default', 'none' or a comma list of "
                         "cover,cardinality,conflict")
    ap.add_argument("--out", type=Path, default=None, help="JSON with every row")
    args = ap.parse_args()
    cuts = True if args.cuts == "default" else False if args.cuts == "none" else args.cuts.split(",")
    model, Zt, y_test = load(args.features, args.lam)
    rows = []
    print(f"mnist-1v7 kernel ridge, N = {model.X_fit_.shape[0]}, {args.features}, lambda = {args.lam}; "
          f"cuts {args.cuts}; load {os.getloadavg()[0]:.2f}")
    print("| M | r | backend | A(r) in | exact | seconds | MILP status | nodes | sample-wise count | "
          "collective acc. | sample-wise acc. | gained | load |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for M in args.sizes:
        Xt, yt = Zt[:M], y_test[:M]
        sw = optcert.certify(model, Xt)
        t0 = time.perf_counter()
        bounds = optcert.certify_collective(model, Xt, args.budgets, y_test=yt, samplewise=sw, method="bounds",
                                            cuts=cuts)
        t_bounds = time.perf_counter() - t0
        for c in bounds:
            rows.append(_row(M, "bounds (polynomial)", c, t_bounds / len(bounds)))
            print(_line(rows[-1]))
        for s in args.solvers:
            for r in args.budgets:
                rows.append(_guarded(M, s, r, model, Xt, yt, sw, args.time_limit, _options(args, s), cuts))
                print(_line(rows[-1]), flush=True)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"features": args.features, "lambda": args.lam, "time_limit": args.time_limit,
                                        "solver_options": args.solver_options, "cuts": args.cuts, "rows": rows},
                                       indent=2))


def _options(args, solver: str):
    """The native options of one backend: a per-backend dict, or the one dict for all."""
    opts = args.solver_options
    if opts and all(k in args.solvers and isinstance(v, dict) for k, v in opts.items()):
        return opts.get(solver)
    return opts


def _one_budget(queue, model, Xt, yt, sw, r, solver, time_limit, options, cuts):
    c = optcert.certify_collective(model, Xt, [r], y_test=yt, samplewise=sw, solver=solver, time_limit=time_limit,
                                   solver_options=options, cuts=cuts)[0]
    queue.put(_row(Xt.shape[0], solver, c, c.runtime))


def _guarded(M, solver, r, model, Xt, yt, sw, time_limit, options=None, cuts=True) -> dict:
    """One budget in a child process, killed if the backend overruns its time limit by 5 minutes
    (HiGHS 1.16 was seen nesting sub-MIP presolves that never look at the clock)."""
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    t0 = time.perf_counter()
    child = ctx.Process(target=_one_budget, args=(queue, model, Xt, yt, sw, r, solver, time_limit, options, cuts))
    child.start()
    try:
        return queue.get(timeout=time_limit + 300.0)
    except Exception:  # queue.Empty: the child is still in the solver
        child.kill()
        return {"M": M, "r": r, "backend": solver, "lower": None, "upper": None, "exact": False,
                "seconds": round(time.perf_counter() - t0, 1), "method": "killed", "milp_status": "overran, killed",
                "milp_seconds": None, "milp_nodes": None, "samplewise": None, "collective_accuracy": None,
                "samplewise_accuracy": None, "gained": None, "load": round(os.getloadavg()[0], 2)}
    finally:
        child.join(5)


def _row(M, backend, c, seconds) -> dict:
    return {"M": M, "r": c.budget, "backend": backend, "lower": c.lower, "upper": c.upper, "exact": c.exact,
            "seconds": round(seconds, 2), "method": c.method, "milp_status": c.info.get("milp_status", "-"),
            "milp_seconds": round(c.info.get("milp_seconds", 0.0), 2),
            "milp_nodes": None if c.report is None else c.report.nodes, "samplewise": c.samplewise,
            "collective_accuracy": c.certified_accuracy, "samplewise_accuracy": c.samplewise_accuracy,
            "gained": c.certified_accuracy - c.samplewise_accuracy, "load": round(os.getloadavg()[0], 2)}


def _line(r) -> str:
    if r["lower"] is None:
        return (f"| {r['M']} | {r['r']} | {r['backend']} | - | no | {r['seconds']:.1f} | {r['milp_status']} | - | - | "
                f"- | - | - | {r['load']:.2f} |")
    nodes = "-" if r.get("milp_nodes") is None else r["milp_nodes"]
    return (f"| {r['M']} | {r['r']} | {r['backend']} | [{r['lower']}, {r['upper']}] | {'yes' if r['exact'] else 'no'} | "
            f"{r['seconds']:.1f} | {r['milp_status']} | {nodes} | {r['samplewise']} | {r['collective_accuracy']:.3f} | "
            f"{r['samplewise_accuracy']:.3f} | {r['gained']:+.3f} | {r['load']:.2f} |")


if __name__ == "__main__":
    main()
