"""Benchmark the valid inequalities of the LabelCert MILP per backend and encoding (issue 18).

Instances: bench_milp's (Gaussian mixture or bundled MNIST 1-vs-7, SVM at C = 10 C*, NTK depth
1) and the SVM entries of the instance library (models/manifest.json, rebuilt from their data).

Experiments:

* ``matrix``: per test point with reference radius R >= 1 (the flip-set search of
  ``certify(method="milp")``), the model certify's MILP stage asks -- the radius question capped
  at ``flips <= R`` with the floor cut ``flips >= min(L + 1, R - 1)`` (L: stability and ball
  bound), infeasible exactly when no attack of R flips exists, i.e. the radius proof -- under
  each family set, encoding and backend: the LP relaxation bound (gdp.bigm form, integrality and
  SOS1 dropped, HiGHS), the backend's root bound (``node_limit=1``), and a time-limited solve
  (final status, bound, nodes, seconds). ``inf`` = proven infeasible (the radius is proven).
* ``certify``: ``certify_milp(search_nodes=0)`` end to end (the MILP alone after the bounds and
  the greedy attack), with and without the inequalities: seconds, interval, exact.
* ``root``: how far each family moves the root: the radius model capped at ``flips <= R``
  without the floor cut, per family set: its LP relaxation bound and HiGHS's root bound.
* ``library``: the uncapped radius models of the library's SVM entries with and without the
  inequalities: LP bound, root bound, final.

Usage::

    python benchmarks/bench_inequalities.py --experiments matrix --sizes 20 30 50 --time-limit 60
    python benchmarks/bench_inequalities.py --experiments certify --sizes 50 --time-limit 60
    python benchmarks/bench_inequalities.py --experiments matrix --sizes 50 --root-only \\
        --families none knapsack restoring bounds scores anchors default all
    python benchmarks/bench_inequalities.py --experiments root --sizes 30 50 --families none each default all

Prints one JSON row per run (and writes them all with ``--out``).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_milp import instance  # noqa: E402

from optcert.certify.milp import certify_milp  # noqa: E402
from optcert.formulations.svm_label_flip import build_svm_label_flip  # noqa: E402
from optcert.formulations.valid_inequalities import DEFAULT_FAMILIES, FAMILIES  # noqa: E402
from optcert.solvers import capabilities, compile_model, solve  # noqa: E402

ENCODING_NEEDS = {"bigm": "milp", "sos1": "sos1", "indicator": "milp"}
NAMED = {"none": frozenset(), "default": DEFAULT_FAMILIES, "all": frozenset(FAMILIES) - {"symmetry"}}


def families_of(name: str) -> frozenset:
    """A family set by name: none, default, all, or names (and those) joined by '+'."""
    return frozenset().union(*(NAMED.get(part, {part}) for part in name.split("+")))


def expand_families(names: list[str]) -> list[str]:
    """The --families list with ``each`` replaced by every family name alone."""
    out: list[str] = []
    for name in names:
        out.extend(FAMILIES if name == "each" else [name])
    return out


def _num(v):
    if v is None:
        return None
    return v if math.isfinite(v) else ("inf" if v > 0 else "-inf")


class Point:
    """One test point: the model's data, the reference radius and the floor certify would use."""

    def __init__(self, model, x, label: str, search_limit: float):
        from optcert.certify.stability import model_flip_factors, svm_blocks
        from optcert.svm.ball import ball_lower_bound, ball_weights
        from optcert.svm.margins import margin_moves, margin_spec, tie_scale
        from optcert.svm.stability import stability_lower_bound

        self.model, self.x, self.label = model, x, label
        self.q = model.cross_kernel(x)[0]
        self.y = model.encode_labels(model.y_fit_)
        self.K = model.n_classes_
        scores = model.decision_function(x)
        pred = int(model.predict_index(scores)[0])
        self.spec = margin_spec(2, pred)
        self.tau = 1e-6 * float(tie_scale(self.q, model.C, 2))
        self.test_norm = float(np.sqrt(max(float(model.kernel_.diag(x)[0]), 0.0)))
        self.alphas = {1: model.alpha_}
        t0 = time.perf_counter()
        ref = certify_milp(model, x, time_limit=search_limit)[0]
        self.ref_seconds = time.perf_counter() - t0
        self.exact = bool(ref.exact)
        self.R = int(ref.lower) if ref.exact else None
        margin = float(scores[0]) * (1.0 if pred == 1 else -1.0)
        moves = margin_moves(self.y, 2, self.spec.coef)
        w = ball_weights(self.q, np.diag(model.gram_), self.test_norm, model.C, self.y, 2, self.spec.coef, moves,
                         factors=model_flip_factors(model))
        gap = margin - self.tau
        self.L = max(stability_lower_bound(svm_blocks(model), self.test_norm, self.spec.coef, gap),
                     ball_lower_bound(w, gap))

    def capped(self, families, encoding):
        """The radius proof: ``flips <= R`` (infeasible iff R is the radius), floor as certify."""
        cut = min(self.L + 1, self.R - 1)
        return build_svm_label_flip(self.model.gram_, self.model.C, self.y, 2, self.q, self.spec,
                                    question="radius", tau=self.tau, complementarity=encoding,
                                    max_flips=self.R, min_flips=cut if cut > 1 else None,
                                    valid_inequalities=families, alphas=self.alphas, test_norm=self.test_norm)

    def no_floor(self, families, encoding):
        """The radius model capped at R, no floor cut: what the families alone give at the root."""
        return build_svm_label_flip(self.model.gram_, self.model.C, self.y, 2, self.q, self.spec,
                                    question="radius", tau=self.tau, complementarity=encoding,
                                    max_flips=self.R, valid_inequalities=families, alphas=self.alphas,
                                    test_norm=self.test_norm)

    def uncapped(self, families, encoding):
        return build_svm_label_flip(self.model.gram_, self.model.C, self.y, 2, self.q, self.spec,
                                    question="radius", tau=self.tau, complementarity=encoding,
                                    valid_inequalities=families, alphas=self.alphas, test_norm=self.test_norm)


def lp_bound(m) -> float | None:
    """The LP relaxation's optimum (gdp.bigm form, integrality and SOS1 dropped): inf if infeasible."""
    form = compile_model(m, native_indicators=False)
    form = replace(form, is_int=np.zeros_like(form.is_int), sos1=[], indicators=[])
    r = solve(form, "highs", time_limit=300)
    if r.status.value == "infeasible":
        return math.inf
    return r.bound


def run_model(build, solvers, encodings, fam_names, time_limit, root_only, base, rows):
    for fam in fam_names:
        families = families_of(fam)
        for enc in encodings:
            t0 = time.perf_counter()
            m = build(families, enc)
            built = time.perf_counter() - t0
            lp = lp_bound(m)
            for s in solvers:
                if ENCODING_NEEDS[enc] not in capabilities(s):
                    continue
                row = {**base, "families": fam, "encoding": enc, "solver": s, "build_s": round(built, 2),
                       "rows_added": getattr(m, "valid_inequalities", {}), "lp_bound": _num(lp)}
                root = solve(m, s, node_limit=1, time_limit=time_limit)
                row["root_bound"] = _num(math.inf if root.status.value == "infeasible" else root.bound)
                row["root_status"] = root.status.value
                row["root_s"] = round(root.time, 2)
                if root.status.value == "unknown" and "exceeds" in root.message:
                    row["note"] = "over the license's size limit"
                if not root_only and "note" not in row:
                    r = solve(m, s, time_limit=time_limit)
                    row.update(status=r.status.value, bound=_num(math.inf if r.status.value == "infeasible"
                                                                  else r.bound),
                               objective=r.objective, nodes=r.nodes, seconds=round(r.time, 2))
                rows.append(row)
                print(json.dumps(row), flush=True)


def library_points(search_limit: float):
    """The SVM entries of models/manifest.json above C*, rebuilt from their data."""
    from optcert.data import load_dataset
    from optcert.data.features import feature_map
    from optcert.learners import KernelSVM

    manifest = json.loads((Path(__file__).resolve().parents[1] / "models" / "manifest.json").read_text())
    for e in manifest["instances"]:
        p, src = e["parameters"], e["source"]
        if e["kind"] != "svm_label_flip" or p.get("C_over_C_star", 1) <= 1 or "dataset" not in src:
            continue
        ds = load_dataset(src["dataset"], n_train=src["n_train"], n_test=src["n_test"], seed=src["subsample_seed"])
        pca = int(src["features"].split()[0].split(":")[1])
        Z, Zt = feature_map(f"pca:{pca}", ds.X_train, ds.X_test)
        model = KernelSVM(C=p["C"], kernel="ntk", depth=p["depth"], bias=p["bias"]).fit(Z, ds.y_train)
        j = src["test_index"]
        yield e["file"], Point(model, Zt[j:j + 1], e["file"], search_limit)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--experiments", nargs="+", default=["matrix"], choices=["matrix", "certify", "root", "library"])
    ap.add_argument("--sizes", type=int, nargs="+", default=[20, 30, 50])
    ap.add_argument("--points", type=int, default=3)
    ap.add_argument("--only-points", type=int, nargs="*", default=None, help="test point indices to run")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dataset", default=None)
    ap.add_argument("--c-mult", type=float, default=10.0)
    ap.add_argument("--solvers", nargs="+", default=["highs", "scip", "gurobi", "cplex"])
    ap.add_argument("--encodings", nargs="+", default=["bigm"])
    ap.add_argument("--families", nargs="+", default=["none", "default"],
                    help="family sets: none, default, all, names joined by '+', or each (every family alone)")
    ap.add_argument("--time-limit", type=float, default=60.0)
    ap.add_argument("--search-limit", type=float, default=600.0, help="seconds for the reference radius")
    ap.add_argument("--root-only", action="store_true")
    ap.add_argument("--out", default=None)
    args = ap.parse_args(argv)
    args.families = expand_families(args.families)
    rows: list[dict] = []
    if any(e in args.experiments for e in ("matrix", "certify", "root")):
        for N in args.sizes:
            model, Xt = instance(N, args.points, args.seed, args.c_mult, args.dataset)
            for j in range(Xt.shape[0]):
                if args.only_points is not None and j not in args.only_points:
                    continue
                if "certify" in args.experiments:
                    for fam in args.families:
                        t0 = time.perf_counter()
                        c = certify_milp(model, Xt[j:j + 1], search_nodes=0, time_limit=args.time_limit,
                                         valid_inequalities=families_of(fam))[0]
                        row = {"experiment": "certify", "dataset": args.dataset or "gaussian", "N": N,
                               "point": j, "families": fam, "seconds": round(time.perf_counter() - t0, 2),
                               "lower": c.lower, "upper": c.upper, "exact": bool(c.exact),
                               "solves": c.info.get("solves"), "status": c.info.get("status"),
                               "stability_lower": c.info.get("stability_lower")}
                        rows.append(row)
                        print(json.dumps(row), flush=True)
                if "root" in args.experiments:
                    pt = Point(model, Xt[j:j + 1], f"N{N}p{j}", args.search_limit)
                    if pt.exact and pt.R >= 1:
                        base = {"experiment": "root", "dataset": args.dataset or "gaussian", "N": N, "point": j,
                                "R": pt.R, "L": pt.L}
                        run_model(pt.no_floor, ["highs"], args.encodings, args.families, args.time_limit,
                                  True, base, rows)
                if "matrix" in args.experiments:
                    pt = Point(model, Xt[j:j + 1], f"N{N}p{j}", args.search_limit)
                    base = {"experiment": "matrix", "dataset": args.dataset or "gaussian", "N": N, "point": j,
                            "R": pt.R, "L": pt.L}
                    if not pt.exact or pt.R < 1:
                        print(json.dumps({**base, "skipped": "radius 0 or not exact"}), flush=True)
                        continue
                    run_model(pt.capped, args.solvers, args.encodings, args.families, args.time_limit,
                              args.root_only, base, rows)
    if "library" in args.experiments:
        for name, pt in library_points(args.search_limit):
            base = {"experiment": "library", "instance": name, "R": pt.R, "L": pt.L}
            run_model(pt.uncapped, args.solvers, args.encodings, args.families, args.time_limit,
                      args.root_only, base, rows)
    if args.out:
        Path(args.out).write_text(json.dumps(rows, indent=1))
    return rows


if __name__ == "__main__":
    main()
