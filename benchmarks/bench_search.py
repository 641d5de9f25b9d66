"""Benchmark the flip-set search alone (optcert.svm.search), without the rest of LabelCert.

The instances of ``bench_milp.py`` (Gaussian mixture, NTK depth 1, C = 10 C*, binary); one test
point; the search deepens from one flip up to ``--depth`` with the MILP's crossing threshold
(``tau_milp`` at ``milp_tol = 1e-6``). Prints one JSON row per repetition: seconds, the floor
(no labelling of fewer flips crosses), the size of the crossing labelling found (if any),
retrainings, pruned subtrees and the restoring bound's set-search nodes.

Usage::

    python benchmarks/bench_search.py --n 100 --point 2 --depth 11 --repeat 3
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np
from bench_milp import instance

from optcert.svm.margins import margin_moves, tie_scale
from optcert.svm.search import FlipSearch


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--points", type=int, default=3, help="test points drawn (as bench_milp's --points)")
    ap.add_argument("--point", type=int, default=2, help="which of them to search for")
    ap.add_argument("--depth", type=int, default=11)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--c-mult", type=float, default=10.0)
    args = ap.parse_args(argv)
    model, Xt = instance(args.n, args.points, args.seed, args.c_mult)
    x = Xt[args.point]
    q = model.cross_kernel(x[None, :])[0]
    norm = float(np.sqrt(model.kernel_.diag(x[None, :]))[0])
    coef = {1: 1.0 if float(model.decision_function(x[None, :])[0]) > 0 else -1.0}
    yi = model.encode_labels(model.y_fit_)
    moves = margin_moves(yi, 2, coef)
    scale = float(tie_scale(q, model.C, 2))
    tau = max(1e-9 * scale, 1e-6 * scale)
    rows = []
    for rep in range(args.repeat):
        search = FlipSearch(model.gram_, model.C, model.c_star_, yi, 2, q, coef, {1: model.alpha_}, moves,
                            tau=tau, kkt_tol=model.kkt_tol, test_norm=norm)
        t0 = time.perf_counter()
        res = search.run(1, args.depth, max_nodes=10**9)
        row = {"N": args.n, "point": args.point, "depth": args.depth, "rep": rep,
               "seconds": round(time.perf_counter() - t0, 3), "floor": res.floor,
               "crossing": None if res.crossing is None else int(np.count_nonzero(res.crossing != yi)),
               "retrainings": res.nodes, "pruned": res.pruned, "set_search_nodes": search.inner_nodes}
        rows.append(row)
        print(json.dumps(row), flush=True)
    return rows


if __name__ == "__main__":
    main()
