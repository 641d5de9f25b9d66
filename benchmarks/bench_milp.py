"""Benchmark LabelCert (docs/math/milp.md): time to the exact radius of the SVM at C = 10 C*.

Synthetic Gaussian-mixture data, NTK depth 1, a few test points per size. Three experiments:

* ``sizes``: HiGHS, big-M, O(N) McCormick, the valid inequalities (``--valid-inequalities``:
  which families; ``none`` for the plain model), the stability bound L (``--no-stability``: off),
  greedy attack of k flips, then the radius model with ``L + 1 <= flips <= k - 1``
  (``--no-radius-budget``: uncapped, the attack as warm start and cutoff), for N in --sizes;
  ``--search-nodes M`` first runs the flip-set search (at most M retrainings per target);
* ``linearization``: O(N) McCormick against the O(N^2) pairwise linearisation (HiGHS);
* ``encoding``: big-M against SOS1 and indicator constraints (SCIP), and big-M with HiGHS.

Usage::

    python benchmarks/bench_milp.py --sizes 20 30 50 100 --points 3 --time-limit 600
    python benchmarks/bench_milp.py --experiments linearization encoding --compare-n 20
    python benchmarks/bench_milp.py --sizes 100 --points 8 --dataset mnist-1v7 --search-nodes 5000000
    python benchmarks/bench_milp.py --experiments sizes --sizes 100 --points 2 --only-points 1 --search-nodes 0

Prints one row per (experiment, configuration, N, point): seconds, lower/upper radius, status.
"""

from __future__ import annotations

import argparse
import json
import time

from optcert.certify.milp import certify_milp
from optcert.data import load_dataset, make_gaussian_mixture, stratified_subsample
from optcert.learners import KernelSVM, small_c_threshold


def instance(N: int, points: int, seed: int, c_mult: float, dataset: str | None = None):
    if dataset is None:
        X, y = make_gaussian_mixture(N + points, 5, 2, separation=3.0, seed=seed)
        Xt, X, y = X[:points], X[points:], y[points:]
    else:  # bundled real data: a stratified training subsample, the first test points
        ds = load_dataset(dataset)
        idx = stratified_subsample(ds.y_train, N, seed=seed)
        X, y, Xt = ds.X_train[idx], ds.y_train[idx], ds.X_test[:points]
    c_star = small_c_threshold(X, kernel="ntk", depth=1)
    return KernelSVM(C=c_mult * c_star, kernel="ntk", depth=1).fit(X, y), Xt


def _families(name: str):
    """none / default / all, or family names joined by '+'."""
    from optcert.formulations.valid_inequalities import DEFAULT_FAMILIES, FAMILIES

    named = {"none": frozenset(), "default": DEFAULT_FAMILIES, "all": frozenset(FAMILIES)}
    return frozenset().union(*(named.get(part, {part}) for part in name.split("+")))


def run(name, model, Xt, rows, only=None, **kw):
    for j in range(Xt.shape[0]):
        if only is not None and j not in only:
            continue
        t0 = time.perf_counter()
        cert = certify_milp(model, Xt[j:j + 1], **kw)[0]
        dt = time.perf_counter() - t0
        config = {k: sorted(v) if isinstance(v, frozenset) else v for k, v in kw.items() if k != "time_limit"}
        row = {"experiment": name, "config": config, "N": model.X_fit_.shape[0], "point": j,
               "seconds": round(dt, 3), "lower": cert.lower, "upper": cert.upper,
               "status": cert.info.get("status"), "solves": cert.info.get("solves"),
               "stability_lower": cert.info.get("stability_lower"),
               "searched_floor": cert.info.get("searched_floor"),
               "search_nodes": cert.info.get("search_nodes")}
        rows.append(row)
        print(json.dumps(row), flush=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[20, 30, 50, 100])
    ap.add_argument("--points", type=int, default=3)
    ap.add_argument("--only-points", type=int, nargs="*", default=None,
                    help="sizes: run only these test point indices (the split still has --points)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dataset", default=None,
                    help="sizes: a bundled dataset (e.g. mnist-1v7) instead of the Gaussian mixture")
    ap.add_argument("--c-mult", type=float, default=10.0)
    ap.add_argument("--time-limit", type=float, default=600.0, help="seconds per test point")
    ap.add_argument("--compare-n", type=int, default=20)
    ap.add_argument("--compare-time-limit", type=float, default=120.0)
    ap.add_argument("--experiments", nargs="+", default=["sizes", "linearization", "encoding"])
    ap.add_argument("--solver", default="highs", help="sizes: backend (default highs)")
    ap.add_argument("--no-heuristic", action="store_true", help="sizes: cold MILP, no greedy attack")
    ap.add_argument("--no-radius-budget", action="store_true",
                    help="sizes: uncapped radius model (warm start + cutoff) instead of flips <= k - 1")
    ap.add_argument("--ascending-caps", action="store_true",
                    help="sizes: radius models capped at floor, floor + 1, ... instead of one at the attack's flips - 1")
    ap.add_argument("--no-stability", action="store_true",
                    help="sizes: skip the polynomial stability bound (no flips >= L + 1 cut)")
    ap.add_argument("--search-nodes", type=int, default=0,
                    help="sizes: retrainings of the flip-set search before the model (0: the MILP "
                         "alone; certify's default is 2 000 000)")
    ap.add_argument("--valid-inequalities", default="default",
                    help="sizes: the models' valid-inequality families -- none, default, all, or names "
                         "joined by '+' (optcert.formulations.valid_inequalities)")
    ap.add_argument("--out", default=None, help="write all rows as JSON here")
    args = ap.parse_args(argv)
    rows: list[dict] = []
    heur = not args.no_heuristic
    if "sizes" in args.experiments:
        for N in args.sizes:
            model, Xt = instance(N, args.points, args.seed, args.c_mult, args.dataset)
            run("sizes", model, Xt, rows, only=args.only_points, solver=args.solver, time_limit=args.time_limit,
                heuristic=heur, warm_start=heur, radius_budget=not args.no_radius_budget,
                ascending_caps=args.ascending_caps, stability=not args.no_stability, search_nodes=args.search_nodes,
                valid_inequalities=_families(args.valid_inequalities))
    if "linearization" in args.experiments:
        model, Xt = instance(args.compare_n, args.points, args.seed, args.c_mult)
        for lin in ("mccormick", "pairwise"):
            run("linearization", model, Xt, rows, solver="highs", linearization=lin,
                time_limit=args.compare_time_limit, heuristic=False, warm_start=False, search_nodes=0)
    if "encoding" in args.experiments:
        model, Xt = instance(args.compare_n, args.points, args.seed, args.c_mult)
        for solver, comp in (("highs", "bigm"), ("scip", "bigm"), ("scip", "sos1"), ("scip", "indicator")):
            run(f"encoding:{solver}:{comp}", model, Xt, rows, solver=solver, complementarity=comp,
                time_limit=args.compare_time_limit, heuristic=False, warm_start=False, search_nodes=0)
    if args.out:
        with open(args.out, "w") as fh:
            json.dump(rows, fh, indent=1)
    return rows


if __name__ == "__main__":
    main()
