"""Write the notebooks of this folder from the cell sources below (outputs stripped).

    python notebooks/build_notebooks.py

Every notebook honours ``OPTCERT_TINY=1`` (tiny sizes, for tests/test_notebooks.py) and, when
``OPTCERT_NB_OUT`` names a folder, writes ``<notebook>.json`` there with the values it computed.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent
FIGURE_TAG = "figure"  # tests/test_notebooks.py expects a PNG output in every cell with this tag


def figure_cell(source: str):
    """A code cell that draws a figure."""
    return new_code_cell(source, metadata={"tags": [FIGURE_TAG]})

SETUP = '''\
import io, json, os, sys, time
from pathlib import Path

import matplotlib
matplotlib.use("Agg")  # headless everywhere; figures are shown as PNG by show()
import matplotlib.pyplot as plt
import numpy as np
from IPython.display import Image, Markdown, display

import optcert

TINY = os.environ.get("OPTCERT_TINY") == "1"
OUT = Path(os.environ["OPTCERT_NB_OUT"]) if os.environ.get("OPTCERT_NB_OUT") else None
RESULT = {"python": sys.executable, "prefix": sys.prefix, "tiny": TINY}


def table(rows, columns):
    """Rows (dicts) as a markdown table."""
    def fmt(v):
        return f"{v:.4g}" if isinstance(v, float) else ("" if v is None else str(v))
    head = "| " + " | ".join(columns) + " |\\n|" + "---|" * len(columns) + "\\n"
    return Markdown(head + "\\n".join("| " + " | ".join(fmt(r.get(c)) for c in columns) + " |" for r in rows))


def show(fig):
    """Display a figure as a PNG output (works under Agg) and close it."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    display(Image(data=buf.getvalue(), format="png"))


def save(name):
    if OUT is not None:
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / f"{name}.json").write_text(json.dumps(RESULT, indent=2, default=str))

print("tiny" if TINY else "full size", "| python", sys.executable)'''

# -- solver_comparison ------------------------------------------------------------------------------

SOLVER_CELLS = [
    new_markdown_cell(
        "# Solver comparison\n\n"
        "The same optimization models on every installed MILP backend "
        "(`optcert.solvers.available_solvers()`) and against the polynomial algorithms:\n\n"
        "1. the **LabelCert MILP** (docs/math/milp.md, question (b): least flips) on a tiny kernel SVM at "
        "C = 10 C* -- above the small-C threshold, so no polynomial algorithm applies and the reference "
        "is brute force (retraining on every labelling); big-M on every backend, SOS1 and indicator "
        "encodings where supported;\n"
        "2. the **ensemble ILP** (docs/math/ensembles.md) against the knapsack and its DP;\n"
        "3. the **relabelling MILP** (make a multiclass kernel ridge predict exactly t) against brute "
        "force, with the polynomial lower bound (pairwise sorted covers) and the greedy upper bound.\n\n"
        "`agree` is True when the solver proved optimality at the reference value. **Known finding:** "
        "OR-Tools' bundled CBC reports OPTIMAL at a wrong (too large) flip count on the big-M LabelCert "
        "model -- an unsound certificate if trusted. The solver layer therefore reports CBC's proofs on "
        "mixed-integer models as `unknown` without a bound (its incumbents are kept). HiGHS and SCIP "
        "agree with brute force."),
    new_code_cell(SETUP),
    new_code_cell('''\
from optcert.solvers import available_solvers, solve, solver_info
from optcert.exceptions import UnsupportedFeatureError

installed = available_solvers()
MILP = [s for s, caps in installed.items() if "milp" in caps]
display(table(solver_info(), ["name", "installed", "version", "capabilities"]))
TIME_LIMIT = 30 if TINY else 300
ROWS = []


def run(model_name, model, solver, reference, encoding="-"):
    row = {"model": model_name, "solver": solver, "encoding": encoding, "reference": reference}
    try:
        r = solve(model, solver, time_limit=TIME_LIMIT)
    except UnsupportedFeatureError as exc:
        row.update(status="unsupported", agree=None, note=str(exc).split(";")[0])
        ROWS.append(row)
        return row
    row.update(status=r.status.value, objective=r.objective, bound=r.bound, gap=r.gap, nodes=r.nodes,
               seconds=r.time)
    row["agree"] = bool(r.status.value == "optimal" and abs(r.objective - reference) < 1e-6)
    ROWS.append(row)
    return row
print("MILP backends:", MILP)'''),
    new_markdown_cell("## 1. LabelCert MILP: tiny SVM at C = 10 C*"),
    new_code_cell('''\
from optcert.formulations.svm_label_flip import build_svm_label_flip, margin_spec, model_size

N = 9 if TINY else 14
X, y = optcert.make_gaussian_mixture(N + 1, 3, 2, separation=2.0, seed=3)
x, X, y = X[:1], X[1:], y[1:]
c_star = optcert.small_c_threshold(X)
svm = optcert.KernelSVM(C=10 * c_star).fit(X, y)
Q, q = svm.kernel_(svm.X_fit_), svm.cross_kernel(x)[0]
pred = int(svm.predict(x)[0])
tau = 1e-6 * svm.C * np.abs(q).sum()   # LabelCert's MILP tolerance: margin <= tau counts as crossed

t0 = time.perf_counter()
bf = optcert.certify(svm, x, method="bruteforce")[0]
ref_svm = bf.lower + 1                 # rho = R + 1, the MILP's objective
ROWS.append({"model": "svm C=10C*", "solver": "bruteforce (retraining)", "encoding": "-", "reference": ref_svm,
             "objective": ref_svm, "status": "exact", "seconds": time.perf_counter() - t0, "agree": True})
for enc in ("bigm", "sos1", "indicator"):
    m = build_svm_label_flip(Q, svm.C, svm.encode_labels(y), 2, q, margin_spec(2, pred), question="radius",
                             tau=tau, complementarity=enc)
    for s in MILP:
        if enc == "bigm" or enc in installed[s]:  # sos1/indicator only where the backend has them
            run("svm C=10C*", m, s, ref_svm, enc)
print("N =", N, "C/C* = 10, size (bigm):", model_size(build_svm_label_flip(
    Q, svm.C, svm.encode_labels(y), 2, q, margin_spec(2, pred), question="radius", tau=tau)))'''),
    new_markdown_cell("## 2. Ensemble ILP against the knapsack"),
    new_code_cell('''\
from optcert.exact import aggregation as agg

rng = np.random.default_rng(7)
Np, K = (12, 4) if TINY else (60, 8)
votes = rng.choice(K, size=Np, p=np.linspace(2, 1, K) / np.linspace(2, 1, K).sum())
rho = rng.integers(1, 6, size=(Np, K)).astype(float)
rho[np.arange(Np), votes] = 0.0
for name, f in (("knapsack (sorted)", lambda: optcert.knapsack_radius(rho, votes)),
                ("knapsack (DP)", lambda: optcert.knapsack_radius(rho, votes, algorithm="dp"))):
    t0 = time.perf_counter()
    R = f()
    ROWS.append({"model": f"ensemble Np={Np} K={K}", "solver": name, "encoding": "-", "reference": None,
                 "objective": R + 1, "status": "exact", "seconds": time.perf_counter() - t0})
ref_ens = optcert.knapsack_radius(rho, votes) + 1
ROWS[-1]["agree"] = ROWS[-2]["agree"] = bool(ROWS[-1]["objective"] == ROWS[-2]["objective"] == ref_ens)
for s in MILP:
    try:
        c = optcert.aggregate(rho, "ilp", votes=votes, solver=s, time_limit=TIME_LIMIT)
    except UnsupportedFeatureError as exc:
        ROWS.append({"model": f"ensemble Np={Np} K={K}", "solver": s, "status": "unsupported", "agree": None})
        continue
    reps = list(c.info["reports"].values())
    ROWS.append({"model": f"ensemble Np={Np} K={K}", "solver": s, "encoding": "beat-all, per target",
                 "reference": ref_ens, "objective": c.upper + 1, "bound": c.lower + 1,
                 "status": ",".join(sorted({r.status.value for r in reps})),
                 "nodes": sum(r.nodes or 0 for r in reps), "gap": max((r.gap or 0.0) for r in reps),
                 "seconds": sum(r.time for r in reps), "agree": bool(c.exact and c.lower + 1 == ref_ens)})'''),
    new_markdown_cell("## 3. Relabelling MILP (make a multiclass kernel ridge predict exactly t)"),
    new_code_cell('''\
import itertools
from optcert.exact.label_linear import target_attack_greedy, target_rho_lower
from optcert.formulations.relabel_milp import build_target_relabel_milp

ds = optcert.load_dataset("wine", n_train=8 if TINY else 10, seed=1)
krr = optcert.KernelRidge(alpha=1.0).fit(ds.X_train, ds.y_train)
view = krr.label_linear_view(ds.X_test[:1])
yi = krr.encode_labels(ds.y_train)
scores, w, off = view.scores(yi)[0], view.weights[0], view.offset[0]
t = int(np.argmin(scores))          # the least threatened class
K = view.n_classes


def brute(off, w, yi, t):
    best = np.inf
    for lab in itertools.product(range(K), repeat=yi.size):
        lab = np.asarray(lab)
        k = int((lab != yi).sum())
        F = off + w @ np.eye(K)[lab]
        if k < best and all(F[t] >= F[j] for j in range(K) if j != t):
            best = k
    return float(best)

t0 = time.perf_counter(); ref_rel = brute(off, w, yi, t); bt = time.perf_counter() - t0
lo = float(target_rho_lower(scores[None], w[None], yi, t)[0])
g = target_attack_greedy(scores, w, yi, t)
ROWS += [{"model": "relabel", "solver": "bruteforce", "reference": ref_rel, "objective": ref_rel,
          "status": "exact", "seconds": bt, "agree": True},
         {"model": "relabel", "solver": "pairwise sorted lower bound", "reference": ref_rel, "bound": lo,
          "status": "bound", "agree": bool(lo <= ref_rel)},
         {"model": "relabel", "solver": "greedy attack (upper bound)", "reference": ref_rel,
          "objective": None if g is None else float(len(g[0])), "status": "bound",
          "agree": bool(g is None or len(g[0]) >= ref_rel)}]
m = build_target_relabel_milp(off, w, yi, t)
for s in MILP:
    run("relabel", m, s, ref_rel)'''),
    new_markdown_cell(
        "## 4. Time and gap against instance size\n\n"
        "The big-M LabelCert MILP (C = 10 C*, the most confident of 20 test points) for growing N, "
        "and the ensemble ILP (K = 4, costs 1-9, a skewed vote) for growing Np, on every backend that "
        "takes the model. The reference is the flip-set search (`certify(method=\"milp\")`) and the "
        "knapsack. The gap is (incumbent - proven bound) / max(1, |incumbent|); a backend that proves "
        "no bound (OR-Tools' CBC on mixed-integer models, by the solver layer's policy) is drawn at "
        "gap 1. Crosses mark runs that did not end optimal."),
    new_code_cell('''\
SVM_SIZES = (6, 8, 10) if TINY else (8, 12, 16, 20, 24, 28)
ENS_SIZES = (8, 32, 128) if TINY else (16, 64, 256, 1024, 4096)
SCALE_LIMIT = 10 if TINY else 60
SCALING = []
SVM_CASES = []  # (N, svm, x, y, reference): the root-gap cell below solves the same instances


def gap_of(objective, bound):
    """Relative gap of an incumbent to a proven bound; 1 when nothing is proven."""
    if objective is None or bound is None or not np.isfinite(objective) or not np.isfinite(bound):
        return 1.0
    return max(0.0, (objective - bound) / max(abs(objective), 1.0))


def record(model, size, solver, status, objective, bound, reference, seconds):
    SCALING.append({"model": model, "size": size, "solver": solver, "status": status, "objective": objective,
                    "bound": bound, "reference": reference, "seconds": seconds, "gap": gap_of(objective, bound),
                    "agree": bool(status == "optimal" and objective is not None and reference is not None
                                  and abs(objective - reference) < 1e-6)})


for N in SVM_SIZES:
    X, y = optcert.make_gaussian_mixture(N + 20, 3, 2, separation=2.0, seed=3)
    Xt, X, y = X[:20], X[20:], y[20:]
    svm = optcert.KernelSVM(C=10 * optcert.KernelSVM(C=1.0).fit(X, y).c_star_).fit(X, y)
    x = Xt[[int(np.argmax(np.abs(svm.decision_function(Xt))))]]
    ref = optcert.certify(svm, x, method="milp")[0]
    reference = float(ref.lower + 1) if ref.exact else None
    SVM_CASES.append((N, svm, x, y, reference))
    q, pred = svm.cross_kernel(x)[0], int(svm.predict(x)[0])
    m = build_svm_label_flip(svm.kernel_(svm.X_fit_), svm.C, svm.encode_labels(y), 2, q, margin_spec(2, pred),
                             question="radius", tau=1e-6 * svm.C * np.abs(q).sum())
    for s in MILP:
        try:
            r = solve(m, s, time_limit=SCALE_LIMIT)
        except UnsupportedFeatureError:
            continue
        record("svm", N, s, r.status.value, r.objective, r.bound, reference, r.time)

for Np in ENS_SIZES:
    rng = np.random.default_rng(Np)
    votes = rng.choice(4, size=Np, p=[0.4, 0.2, 0.2, 0.2])
    rho = rng.integers(1, 10, size=(Np, 4)).astype(float)
    rho[np.arange(Np), votes] = 0.0
    reference = float(optcert.knapsack_radius(rho, votes) + 1)
    for s in MILP:
        c = optcert.aggregate(rho, "ilp", votes=votes, solver=s, time_limit=SCALE_LIMIT)
        reps = list(c.info["reports"].values())
        status = "optimal" if all(r.status.value == "optimal" for r in reps) else "not optimal"
        record("ensemble", Np, s, status, c.upper + 1, c.lower + 1, reference, sum(r.time for r in reps))

wrong = [r for r in SCALING if r["status"] == "optimal" and not r["agree"]]
RESULT.update(scaling=SCALING, scaling_mismatches=len(wrong))
print(f"{len(SCALING)} runs, {len(wrong)} optimal claims off the reference")'''),
    figure_cell('''\
fig, axes = plt.subplots(2, 2, figsize=(11, 7), sharex="col")
for col, (model, xlabel) in enumerate((("svm", "training points N (LabelCert MILP, big-M)"),
                                       ("ensemble", "partitions Np (ensemble ILP, all targets)"))):
    for i, s in enumerate(MILP):
        pts = sorted((r for r in SCALING if r["model"] == model and r["solver"] == s), key=lambda r: r["size"])
        if not pts:
            continue
        sizes = [r["size"] for r in pts]
        for row, key in enumerate(("seconds", "gap")):
            ax = axes[row, col]
            ax.plot(sizes, [r[key] for r in pts], "-o", color=f"C{i}", label=s)
            bad = [r for r in pts if r["status"] != "optimal"]
            ax.plot([r["size"] for r in bad], [r[key] for r in bad], "x", color="k", ms=9)
    axes[0, col].axhline(SCALE_LIMIT, color="grey", ls=":", lw=1)
    axes[0, col].set_yscale("log")
    axes[0, col].set_ylabel("solve time [s] (dotted: limit)")
    axes[1, col].set_ylim(-0.05, 1.05)
    axes[1, col].set_ylabel("final relative gap")
    axes[1, col].set_xlabel(xlabel)
    axes[0, col].set_title(model)
    if model == "ensemble":
        axes[1, col].set_xscale("log", base=2)
    for ax in axes[:, col]:
        ax.grid(alpha=0.3)
axes[0, 1].legend(fontsize=8)
fig.suptitle("Solve time and final gap per backend against instance size (x: not optimal)")
fig.tight_layout()
show(fig)'''),
    new_markdown_cell(
        "### Root gap against N, with and without the valid inequalities\n\n"
        "The same big-M LabelCert instances, built twice -- `valid_inequalities=False` and the default "
        "families (docs/math/bounds.md; given `||phi_x||`, so the knapsack family applies; no flip cap, so "
        "the families that need one are skipped; the timed model above gets no `||phi_x||` and so carries "
        "the activation rows only) -- and stopped after the root node "
        "(`solve(..., node_limit=1)`: the report's bound is the backend's root bound, after its presolve "
        "and cuts; `infeasible` at the root would be a proof, gap 0). Root gap = (reference - root bound) "
        "/ max(1, reference), clipped to [0, 1]; the reference is the exact radius objective above. "
        "Only the backends that stop at a node limit are drawn (HiGHS, SCIP, Gurobi, CPLEX; the OR-Tools "
        "backends and CP-SAT ignore it, so their bound would be the final one -- their rows say so). The "
        "grey line is the LP relaxation (big-M form, integrality dropped, HiGHS): adding rows can only "
        "raise it, while a backend's root bound also depends on its own cuts and may move either way."),
    new_code_cell('''\
import math
from dataclasses import replace

from optcert.solvers import compile_model

# node_limit=1 stops these after the root (optcert.solvers' docstring); the OR-Tools backends and CP-SAT
# ignore it and solve to the end, so their bound would not be a root bound
ROOT_LIMIT = ("highs", "scip", "gurobi", "cplex")
FAMILY_SETS = {"none": False, "default": True}
ROOT = []


def lp_bound(m):
    """The LP relaxation's optimum (big-M form; integrality, SOS1 and indicators dropped; HiGHS); inf if infeasible."""
    form = compile_model(m, native_indicators=False)
    r = solve(replace(form, is_int=np.zeros_like(form.is_int), sos1=[], indicators=[]), "highs",
              time_limit=SCALE_LIMIT)
    return math.inf if r.status.value == "infeasible" else (r.bound if r.status.value == "optimal" else None)


def root_gap(reference, bound):
    """(reference - bound) / max(1, reference) clipped to [0, 1]; 1 when nothing is proven, None without a reference."""
    if reference is None:
        return None
    if bound is None or math.isnan(bound):
        return 1.0
    return float(np.clip((reference - bound) / max(1.0, reference), 0.0, 1.0))


for N, svm, x, y, reference in SVM_CASES:
    q, pred = svm.cross_kernel(x)[0], int(svm.predict(x)[0])
    test_norm = float(np.sqrt(max(float(svm.kernel_.diag(x)[0]), 0.0)))
    for fam, vi in FAMILY_SETS.items():
        m = build_svm_label_flip(svm.kernel_(svm.X_fit_), svm.C, svm.encode_labels(y), 2, q, margin_spec(2, pred),
                                 question="radius", tau=1e-6 * svm.C * np.abs(q).sum(), valid_inequalities=vi,
                                 test_norm=test_norm)
        lp = lp_bound(m)
        base = {"model": "svm", "size": N, "families": fam, "rows_added": dict(getattr(m, "valid_inequalities", {})),
                "reference": reference, "lp_bound": lp, "lp_gap": root_gap(reference, lp)}
        for s in MILP:
            row = {**base, "solver": s, "root_bound": None, "gap": None}
            if s not in ROOT_LIMIT:
                row.update(status="not measured", note="ignores node_limit (would solve to the end)")
                ROOT.append(row)
                continue
            try:
                r = solve(m, s, node_limit=1, time_limit=SCALE_LIMIT)
            except UnsupportedFeatureError as exc:
                row.update(status="unsupported", note=str(exc).split(";")[0])
                ROOT.append(row)
                continue
            bound = math.inf if r.status.value == "infeasible" else r.bound  # infeasible: the root proved it
            row.update(status=r.status.value, root_bound=bound, gap=root_gap(reference, bound), nodes=r.nodes,
                       seconds=r.time)
            ROOT.append(row)

unsound = [r for r in ROOT if r["reference"] is not None and r["root_bound"] is not None
           and r["root_bound"] > r["reference"] + 1e-6 * max(1.0, r["reference"])]
RESULT.update(root_gaps=ROOT, root_unsound=len(unsound))
display(table([r for r in ROOT if r["status"] != "not measured"],
              ["size", "families", "solver", "status", "root_bound", "reference", "gap", "lp_bound", "seconds"]))
print(f"{len(ROOT)} rows, {len(unsound)} root bounds above the exact objective; rows added by the default "
      "families:", {r["size"]: r["rows_added"] for r in ROOT if r["families"] == "default" and r["solver"] == MILP[0]})'''),
    figure_cell('''\
fig, axes = plt.subplots(1, 2, figsize=(11, 3.8), sharey=True)
for ax, (fam, ls) in zip(axes, (("none", "-"), ("default", "--"))):
    mine = sorted((r for r in ROOT if r["families"] == fam), key=lambda r: r["size"])
    lp = {r["size"]: r["lp_gap"] for r in mine if r["lp_gap"] is not None}
    ax.plot(list(lp), list(lp.values()), ls, color="grey", lw=3, alpha=0.4, label="LP relaxation")
    drawn = [(i, s) for i, s in enumerate(MILP) if any(r["solver"] == s and r["gap"] is not None for r in mine)]
    for j, (i, s) in enumerate(drawn):  # colours as in the figure above; later backends smaller, on top
        pts = [r for r in mine if r["solver"] == s and r["gap"] is not None]
        ax.plot([r["size"] for r in pts], [r["gap"] for r in pts], ls, marker="os^D"[j % 4], ms=10 - 2 * (j % 4),
                lw=2.5 - 0.4 * (j % 4), color=f"C{i}", label=s)
        bad = [r for r in pts if r["status"] not in ("node_limit", "optimal", "infeasible")]
        ax.plot([r["size"] for r in bad], [r["gap"] for r in bad], "x", color="k", ms=9)
    added = sorted({k for r in mine for k in r["rows_added"]})
    ax.set_title("without valid inequalities" if fam == "none" else
                 "with the default families (" + ", ".join(added) + ")", fontsize=10)
    ax.set_xlabel("training points N (LabelCert MILP, big-M)")
    ax.set_xticks(sorted({r["size"] for r in mine}))
    ax.set_ylim(-0.05, 1.05)
    ax.grid(alpha=0.3)
axes[0].set_ylabel("root gap (reference - root bound) / max(1, ref)")
axes[1].legend(fontsize=8)
fig.suptitle("Root gap per backend against N (node_limit=1; x: root stopped otherwise)")
fig.tight_layout()
show(fig)'''),
    new_markdown_cell(
        "## 5. Collective certificates: one flip set against the whole test set\n\n"
        "The collective models of docs/math/collective.md maximise the number of test predictions one flip "
        "set of at most r labels changes: label-linear (kernel ridge; binary and K = 3), the SVM above C* "
        "(one KKT block shared by all test points), and partition ensembles white-box (label-linear bases) "
        "and black-box (a poisoned partition votes anything; integer data, so CP-SAT takes it too). Each "
        "model is solved by every backend that takes it; the reference is brute force over every flip set "
        "(retraining, or enumeration for the black-box model). `agree`: proven optimal at the reference."),
    new_code_cell('''\
import itertools
from optcert.formulations import collective as fc
from optcert.formulations.kkt import svm_bounds
from optcert.svm.margins import tie_scale

MILP_TOL = 1e-6   # the models' tie tolerance: a score within MILP_TOL * sum|w| of a tie counts as crossed
COLLECTIVE, COLL_MODELS = [], {}


def label_linear_case(model, Xt, r):
    view = model.label_linear_view(Xt)
    tau = MILP_TOL * np.abs(view.weights).sum(axis=1)
    return fc.build_collective_label_linear(None if view.binary else view.offset, view.weights,
                                            model.encode_labels(model.y_fit_), view.n_classes, tau, r)


def reference(model, Xt, r, **kw):
    """A(r) by retraining on every flip set (optcert's brute force, independent of the models)."""
    return float(optcert.certify_collective(model, Xt, [r], method="bruteforce", **kw)[0].upper)


n = 12 if TINY else 16
X, y = optcert.make_gaussian_mixture(n + 10, 3, 2, separation=1.0, seed=5)
krr = optcert.KernelRidge(alpha=0.5).fit(X[10:], y[10:])
COLL_MODELS[f"krr N={n} M=10 r=3"] = (label_linear_case(krr, X[:10], 3), reference(krr, X[:10], 3))

X3, y3 = optcert.make_gaussian_mixture(16, 3, 3, separation=1.0, seed=6)
krr3 = optcert.KernelRidge(alpha=0.5).fit(X3[8:], y3[8:])
COLL_MODELS["krr K=3 N=8 M=8 r=2"] = (label_linear_case(krr3, X3[:8], 2), reference(krr3, X3[:8], 2))

Xs, ys = optcert.make_gaussian_mixture(14, 3, 2, separation=1.0, seed=7)
svm10 = optcert.KernelSVM(C=10 * optcert.small_c_threshold(Xs[6:])).fit(Xs[6:], ys[6:])
q = svm10.cross_kernel(Xs[:6])
C = float(svm10.C)
S = np.minimum(C * np.abs(q).sum(axis=1), np.sqrt(svm10.kernel_.diag(Xs[:6]) * 8 * C)) * (1 + 1e-9)
m = fc.build_collective_svm(svm10.gram_, C, svm10.encode_labels(svm10.y_fit_), 2, q,
                            svm10.predict_index(svm10.decision_function(Xs[:6])), MILP_TOL * tie_scale(q, C, 2), S, 2,
                            bounds=svm_bounds(svm10.gram_, C))
COLL_MODELS["svm C=10C* N=8 M=6 r=2"] = (m, reference(svm10, Xs[:6], 2))

Xe, ye = optcert.make_gaussian_mixture(18, 3, 2, separation=1.0, seed=8)
ens = optcert.PartitionEnsemble(optcert.KernelRidge(alpha=0.5), 3, partitioner="round-robin").fit(Xe[6:], ye[6:])
bases, yg = [], np.empty(12, dtype=np.int64)
for part, est in zip(ens.partitions_, ens.estimators_):
    yg[part] = est.y_fit_
    bases.append((part, None, est.label_linear_view(Xe[:6]).weights))
tau_e = np.stack([MILP_TOL * np.abs(W).sum(axis=1) for _, _, W in bases])
COLL_MODELS["ensemble white-box Np=3 M=6 r=2"] = (fc.build_collective_whitebox(bases, yg, 2, tau_e, 2),
                                                  reference(ens, Xe[:6], 2, base="whitebox"))

rng = np.random.default_rng(9)
Np, Mv, Kv, rv = (12, 30, 3, 4) if TINY else (20, 60, 3, 5)
V = np.stack([rng.choice(Kv, size=Np, p=rng.dirichlet(np.ones(Kv))) for _ in range(Mv)])


def blackbox_brute(V, K, r):
    cnt = np.stack([(V == k).sum(axis=1) for k in range(K)], axis=1)
    c, rows, best = np.argmax(cnt, axis=1), np.arange(V.shape[0]), 0
    for k in range(r + 1):
        for P in itertools.combinations(range(V.shape[1]), k):
            rest = cnt - np.stack([(V[:, list(P)] == j).sum(axis=1) for j in range(K)], axis=1)
            rc = rest[rows, c][:, None]
            beats = (rest + k > rc) | ((rest + k == rc) & (np.arange(K)[None, :] < c[:, None]))
            beats[rows, c] = False
            best = max(best, int(beats.any(axis=1).sum()))
    return float(best)


COLL_MODELS[f"ensemble black-box Np={Np} M={Mv} K=3 r={rv}"] = (fc.build_collective_blackbox(V, Kv, rv),
                                                                blackbox_brute(V, Kv, rv))
for name, (model, ref) in COLL_MODELS.items():
    for s in MILP:
        row = {"model": name, "solver": s, "reference": ref}
        try:
            r = solve(model, s, time_limit=TIME_LIMIT)
        except UnsupportedFeatureError as exc:
            row.update(status="unsupported", agree=None, note=str(exc).split(";")[0])
            COLLECTIVE.append(row)
            continue
        row.update(status=r.status.value, objective=r.objective, bound=r.bound, nodes=r.nodes, seconds=r.time,
                   agree=bool(r.status.value == "optimal" and abs(r.objective - ref) < 1e-6))
        COLLECTIVE.append(row)
wrong = [r for r in COLLECTIVE if r["status"] == "optimal" and not r["agree"]]
RESULT.update(collective=COLLECTIVE, collective_mismatches=len(wrong))
display(table(COLLECTIVE, ["model", "solver", "status", "objective", "bound", "reference", "nodes", "seconds",
                           "agree"]))
print(f"{len(COLLECTIVE)} runs, {len(wrong)} optimal claims off the reference")'''),
    figure_cell('''\
names = list(COLL_MODELS)
fig, ax = plt.subplots(figsize=(11, 3.8))
width = 0.8 / max(len(MILP), 1)
for i, s in enumerate(MILP):
    for j, name in enumerate(names):
        row = next(r for r in COLLECTIVE if r["model"] == name and r["solver"] == s)
        if row["status"] == "unsupported":
            ax.text(j + (i - len(MILP) / 2 + 0.5) * width, 1e-3, "n/a", ha="center", fontsize=6, rotation=90)
            continue
        x = j + (i - len(MILP) / 2 + 0.5) * width
        ax.bar(x, max(row["seconds"], 1e-3), width, color=f"C{i}", label=s if j == 0 else None,
               hatch=None if row["agree"] else "//", edgecolor="k" if not row["agree"] else None)
ax.set_yscale("log")
ax.set_xticks(range(len(names)))
ax.set_xticklabels(names, fontsize=7, rotation=12)
ax.set_ylabel("solve time [s] (hatched: not proven at the reference)")
ax.set_title("Collective models: every backend against brute force")
ax.legend(fontsize=8, ncol=len(MILP))
ax.grid(alpha=0.3, axis="y")
fig.tight_layout()
show(fig)'''),
    new_markdown_cell("## Results"),
    new_code_cell('''\
display(table(ROWS, ["model", "solver", "encoding", "status", "objective", "bound", "reference", "gap",
                     "nodes", "seconds", "agree"]))
solved = [r for r in ROWS if r.get("agree") is not None]
mismatches = [r for r in solved if r["agree"] is False and r["status"] in ("optimal", "exact", "bound")]
unsolved = [r for r in solved if r["agree"] is False and r not in mismatches]
RESULT.update(mismatches=len(mismatches), unsolved=len(unsolved), solvers=MILP,
              mismatch_rows=[[r["model"], r["solver"], r["encoding"]] for r in mismatches],
              rows=[{k: r.get(k) for k in ("model", "solver", "encoding", "status", "objective", "agree")}
                    for r in ROWS])
save("solver_comparison")
print(f"{len(solved)} comparisons, {len(mismatches)} mismatches, {len(unsolved)} not solved to optimality")
for r in mismatches:  # a backend that *claims* optimality at a wrong value: never trust it for certificates
    print(f"WRONG: {r['solver']} ({r['encoding']}) claims {r['status']} at {r['objective']} on "
          f"'{r['model']}'; reference {r['reference']}")'''),
]

# -- correctness --------------------------------------------------------------------------------------

CORRECT_CELLS = [
    new_markdown_cell(
        "# Correctness: every method pair on random tiny instances\n\n"
        "* kernel ridge and the small-C SVM (C <= C*): ScaLabelCert vs brute force vs LabelCert MILP;\n"
        "* the SVM above C* (C = 3 C*, 10 C*): MILP vs brute force;\n"
        "* ensembles: knapsack vs naive ILP (HiGHS) vs brute force vs the knapsack's DP, and DPA recovered "
        "from the knapsack with every cost 1.\n\n"
        "Radii are integers (or inf) and compared exactly, lower and upper bounds alike. "
        "The mismatch count must be 0."),
    new_code_cell(SETUP),
    new_code_cell('''\
from collections import Counter

from optcert.exact import aggregation as agg

SEEDS = range(2) if TINY else range(15)
N_TRAIN, POINTS = (6, 2) if TINY else (8, 4)
checks, mismatches, examples = Counter(), Counter(), []


def same(a, b):
    return (np.array_equal(a.prediction, b.prediction) and np.array_equal(a.lower, b.lower)
            and np.array_equal(a.upper, b.upper))


def compare(name, certs, key):
    methods = list(certs)
    for i, m1 in enumerate(methods):
        for m2 in methods[i + 1:]:
            pair = f"{name}: {m1} vs {m2}"
            checks[pair] += 1
            if not same(certs[m1], certs[m2]):
                mismatches[pair] += 1
                examples.append((pair, key, certs[m1].lower.tolist(), certs[m2].lower.tolist()))


def data(seed, K, sep=2.5):
    X, y = optcert.make_gaussian_mixture(N_TRAIN + POINTS, 3, K, separation=sep, seed=seed)
    return X[POINTS:], y[POINTS:], X[:POINTS]'''),
    new_code_cell('''\
t0 = time.perf_counter()
for seed in SEEDS:
    for K in (2, 3):
        X, y, Xt = data(seed, K)
        krr = optcert.KernelRidge(alpha=0.5).fit(X, y)
        compare("kernel ridge", {m: optcert.certify(krr, Xt, method=m) for m in ("scalable", "bruteforce", "milp")},
                (seed, K))
        c_star = optcert.small_c_threshold(X)
        small = optcert.KernelSVM(C=c_star).fit(X, y)
        compare("SVM C=C*", {m: optcert.certify(small, Xt, method=m) for m in ("scalable", "bruteforce", "milp")},
                (seed, K))
        for mult in (3.0, 10.0):
            big = optcert.KernelSVM(C=mult * c_star).fit(X, y)
            compare(f"SVM C={mult:g}C*", {m: optcert.certify(big, Xt, method=m) for m in ("bruteforce", "milp")},
                    (seed, K))
print(f"kernel machines: {time.perf_counter() - t0:.1f}s")'''),
    new_code_cell('''\
t0 = time.perf_counter()
for seed in SEEDS:
    rng = np.random.default_rng(100 + seed)
    for Np, K in ((3, 2), (5, 2), (4, 3), (6, 3)):
        votes = rng.integers(0, K, size=Np)
        rho = rng.integers(1, 5, size=(Np, K)).astype(float)
        rho[rng.random((Np, K)) < 0.1] = np.inf
        rho[np.arange(Np), votes] = 0.0
        certs = {m: optcert.Certificates([optcert.aggregate(rho, m, votes=votes)])
                 for m in ("knapsack", "ilp", "bruteforce")}
        R_dp = optcert.knapsack_radius(rho, votes, algorithm="dp")
        certs["knapsack DP"] = optcert.Certificates([optcert.Certificate(certs["knapsack"][0].prediction, R_dp, R_dp, "dp")])
        compare("ensemble", certs, (seed, Np, K))
        ones = np.where(rho == 0, 0.0, 1.0)
        R_dpa = optcert.dpa_radius(agg.vote_counts(votes, K))
        R_ones = optcert.knapsack_radius(ones, votes)
        checks["ensemble: knapsack(rho=1) vs DPA formula"] += 1
        if R_ones != R_dpa:
            mismatches["ensemble: knapsack(rho=1) vs DPA formula"] += 1
print(f"ensembles: {time.perf_counter() - t0:.1f}s")'''),
    new_markdown_cell(
        "## Agreement matrix\n\n"
        "One panel per model family, method against method: agreeing / compared instances "
        "(green: always agree, red: a mismatch, grey: not compared)."),
    figure_cell('''\
AGREEMENT = {}
for pair in checks:
    family, rest = pair.split(": ", 1)
    methods = AGREEMENT.setdefault(family, {"methods": []})["methods"]
    methods += [m for m in rest.split(" vs ") if m not in methods]
for family, a in AGREEMENT.items():
    n = len(a["methods"])
    checked, agreed = np.zeros((n, n), dtype=int), np.zeros((n, n), dtype=int)
    for pair in checks:
        f, rest = pair.split(": ", 1)
        if f == family:
            i, j = (a["methods"].index(m) for m in rest.split(" vs "))
            checked[i, j] = checked[j, i] = checks[pair]
            agreed[i, j] = agreed[j, i] = checks[pair] - mismatches[pair]
    a.update(checked=checked.tolist(), agreed=agreed.tolist())
RESULT["agreement"] = AGREEMENT

cmap = plt.get_cmap("RdYlGn").copy()
cmap.set_bad("0.9")
fig, axes = plt.subplots(1, len(AGREEMENT), figsize=(3.3 * len(AGREEMENT) + 1, 3.8), squeeze=False)
fig.subplots_adjust(wspace=0.75)
for ax, (family, a) in zip(axes[0], AGREEMENT.items()):
    checked, agreed = np.array(a["checked"]), np.array(a["agreed"])
    share = np.where(checked > 0, agreed / np.maximum(checked, 1), np.nan)
    im = ax.imshow(share, cmap=cmap, vmin=0, vmax=1)
    n = len(a["methods"])
    ax.set_xticks(range(n), a["methods"], rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(n), a["methods"], fontsize=8)
    for i in range(n):
        for j in range(n):
            if checked[i, j]:
                ax.text(j, i, f"{agreed[i, j]}/{checked[i, j]}", ha="center", va="center", fontsize=8)
    ax.set_title(family, fontsize=10)
fig.colorbar(im, ax=list(axes[0]), fraction=0.015, pad=0.02, label="share of instances on which the pair agrees")
fig.suptitle("Agreement matrix: agreeing / compared instances per method pair")
show(fig)'''),
    new_code_cell('''\
rows = [{"pair": p, "checks": checks[p], "mismatches": mismatches[p]} for p in checks]
display(table(rows, ["pair", "checks", "mismatches"]))
total = sum(mismatches.values())
RESULT.update(checks=sum(checks.values()), mismatches=total, pairs=rows, examples=examples[:5])
save("correctness")
print(f"{sum(checks.values())} comparisons, mismatch count = {total}")
assert total == 0, examples[:5]'''),
]

# -- experiments ----------------------------------------------------------------------------------------

EXPERIMENT_CELLS = [
    new_markdown_cell(
        "# Experiments: the seed paper's qualitative findings on real data\n\n"
        "Runs the functions of `experiments/reproduce.py` (tiny size under `OPTCERT_TINY=1`, its medium "
        "configuration otherwise) and shows the table and plots. MCR is a radius (largest r with certified "
        "accuracy >= 50 %); DPA's reference code prints MCR + 1. The full-size run is "
        "`python experiments/reproduce.py --full`; measured results are in `experiments/RESULTS.md`."),
    new_code_cell(SETUP),
    new_code_cell('''\
import dataclasses
import tempfile

root = Path.cwd()
while not (root / "experiments" / "reproduce.py").exists() and root != root.parent:
    root = root.parent
sys.path.insert(0, str(root))
from experiments import reproduce

cfg = reproduce.MODES["tiny" if TINY else "medium"]
if TINY:  # the notebook test's budget: one lambda
    cfg = dataclasses.replace(cfg, lambdas=(1.0,))
out = (OUT / "experiments") if OUT is not None else Path(tempfile.mkdtemp(prefix="optcert-exp-"))
print(cfg)'''),
    new_code_cell('''\
t0 = time.perf_counter()
result = reproduce.run(cfg, out)
print(f"{time.perf_counter() - t0:.1f}s")
display(Markdown(reproduce.markdown_table(result["rows"])))'''),
    figure_cell('''\
for p in result["plots"]:
    if p.name == "mcr_vs_partitions.png":  # the certified-accuracy curves are drawn below, as steps
        display(Image(filename=str(p)))'''),
    new_markdown_cell(
        "Certified accuracy against the flip budget r: white-box solid, DPA dashed, one colour per "
        "number of partitions. Certified accuracy is a step function of the budget (radii are "
        "integers), so the curves are drawn as steps."),
    figure_cell('''\
curves = result["curves"]
datasets = list(dict.fromkeys(c["dataset"] for c in curves))
models = list(dict.fromkeys(c["model"] for c in curves))
fig, axes = plt.subplots(len(models), len(datasets), figsize=(5.5 * len(datasets), 3.6 * len(models)),
                         squeeze=False, sharey=True)
drawstyles = set()
for row, model in zip(axes, models):
    for ax, name in zip(row, datasets):
        mine = [c for c in curves if (c["dataset"], c["model"]) == (name, model)]
        for i, Np in enumerate(sorted({c["partitions"] for c in mine})):
            for base, ls in (("whitebox", "-"), ("dpa", "--")):
                pts = sorted((c for c in mine if (c["partitions"], c["base"]) == (Np, base)), key=lambda c: c["budget"])
                line, = ax.step([c["budget"] for c in pts], [c["certified_accuracy"] for c in pts], where="post",
                                ls=ls, color=f"C{i}", label=f"Np={Np} {'white-box' if base == 'whitebox' else 'DPA'}")
                drawstyles.add(line.get_drawstyle())
        ax.axhline(0.5, color="grey", lw=0.5)
        ax.set_title(f"{name}: {model}", fontsize=10)
        ax.set_xlabel("flip budget r")
        ax.set_ylabel("certified accuracy")
        ax.grid(alpha=0.3)
        if mine:
            ax.legend(fontsize=7)
fig.tight_layout()
RESULT["curve_drawstyles"] = sorted(drawstyles)
show(fig)'''),
    new_code_cell('''\
done = [r for r in result["rows"] if not r.get("skipped")]
RESULT.update(rows=len(done), dominance_violations=sum(r["dominance_violations"] for r in done),
              plots=[p.name for p in result["plots"]],
              mcr={f"{r['dataset']}|{r['model']}|{r['partitions']}": [r["mcr_whitebox"], r["mcr_dpa"]] for r in done})
save("experiments")
assert RESULT["dominance_violations"] == 0'''),
]


def write(name: str, cells) -> Path:
    nb = new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"}})
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"{name[:12]}-{i:02d}"  # stable ids: rebuilding gives no diff
    path = HERE / f"{name}.ipynb"
    nbformat.validate(nb)
    nbformat.write(nb, path)
    return path


def main() -> None:
    for name, cells in (("solver_comparison", SOLVER_CELLS), ("correctness", CORRECT_CELLS),
                        ("experiments", EXPERIMENT_CELLS)):
        print("wrote", write(name, cells))


if __name__ == "__main__":
    main()
