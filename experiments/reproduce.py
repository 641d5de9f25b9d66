"""Reproduce the seed paper's qualitative findings on real bundled data.

Three experiments, each on NTK models (depth 1, no bias) over a label-independent feature map
(PCA fitted on the unlabelled training inputs only, scaled to unit RMS norm):

(a) MCR against the number of partitions ``Np`` for the SVM in its small-C regime
    (C = the smallest C* over the base models, so every base model is label-linear) and for
    kernel ridge over a lambda sweep;
(b) white-box ensemble certificates (``base="whitebox"``) against DPA (``base="blackbox"``)
    on the same ensembles -- white-box must dominate on every test point;
(c) one model (``Np = 1``, ScaLabelCert) against the partitioned ensembles;
(d) ensembles of accurate SVMs above C* (C = ``svm_mults`` x the smallest base C*, so no base
    model is label-linear): white-box EnsembleCert (bounds, searches and MILPs per partition, a
    per-point ``time_limit``; ``exact_share`` says how many radii it closed) against DPA, on a
    fixed random subset of ``above_points`` test points.

MCR is a radius (the largest r with certified accuracy >= 50 %, docs/math/threat-model.md); DPA's
reference code prints MCR + 1.

Usage::

    python experiments/reproduce.py --tiny   --out results/tiny      # CI size, < 1 min
    python experiments/reproduce.py          --out results/medium    # (d): <= time_limit per point and Np
    python experiments/reproduce.py --full   --out results/full      # hours; Fashion-MNIST 60k
    python experiments/reproduce.py --workers 2 --out results/medium # the grid on 2 processes
    python experiments/reproduce.py --scheduler tcp://host:8786 ...  # on an existing Dask cluster

Writes ``results.csv`` (one row per dataset/model/Np), ``results.md`` (the same as a table),
``certified_accuracy.csv`` (curves) and PNG plots into ``--out``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

import optcert
from optcert.data.features import feature_map

DEPTH, BIAS = 1, 0.0  # NTK of a one-hidden-layer ReLU network without biases (optcert's default)


@dataclass(frozen=True)
class DataSpec:
    """One dataset of a run: bundled name and subsample sizes (None = all)."""

    name: str
    n_train: int | None = None
    n_test: int | None = None


@dataclass(frozen=True)
class Config:
    """Everything a run depends on (written to ``config.json``)."""

    mode: str
    datasets: tuple[DataSpec, ...]
    partitions: tuple[int, ...] = (1, 5, 10, 25, 50)
    lambdas: tuple[float, ...] = (0.1, 1.0, 10.0)
    pca: int = 32
    seed: int = 0
    exact: bool = True  # refine ensemble certificates to the exact radius (relabelling MILP)
    max_krr_n: int = 8000  # skip kernel ridge when a partition is larger (dense Gram + Cholesky)
    budgets: int = 40  # certified-accuracy curves for r = 0..budgets
    svm_mults: tuple[float, ...] = ()  # (d): SVM ensembles at these multiples of the smallest base C*
    above_points: int | None = None  # (d): test points certified (a fixed random subset; None = all)
    time_limit: float | None = None  # (d): seconds per test point for the white-box certificate


MODES = {
    "tiny": Config("tiny", (DataSpec("mnist-subset", 300, 16), DataSpec("mnist-1v7", 200, 16)),
                   partitions=(1, 3, 5), lambdas=(0.1, 1.0), pca=16, budgets=15,
                   svm_mults=(10.0,), above_points=6, time_limit=1.0),
    "medium": Config("medium", (DataSpec("mnist-subset", None, 100), DataSpec("mnist-1v7", None, None)),
                     svm_mults=(10.0,), above_points=40, time_limit=10.0),
    "full": Config("full", (DataSpec("mnist-subset", None, None), DataSpec("mnist-1v7", None, None),
                            DataSpec("fashion-mnist", None, 1000)),
                   svm_mults=(10.0,), above_points=200, time_limit=10.0),
}


# -- data and models ------------------------------------------------------------------------------

def load_features(spec: DataSpec, pca: int, seed: int = 0):
    """Load a bundled dataset and apply PCA fitted on the training inputs only (labels unseen).

    Returns ``(Z_train, y_train, Z_test, y_test, dataset)``.
    """
    ds = optcert.load_dataset(spec.name, n_train=spec.n_train, n_test=spec.n_test, seed=seed)
    Z, Zt = feature_map(f"pca:{pca}", ds.X_train, ds.X_test)
    return Z, ds.y_train, Zt, ds.y_test, ds


def smallest_base_c_star(Z: np.ndarray, n_partitions: int) -> float:
    """The smallest C* over the base models of the "hash" partition ensemble."""
    groups = None if n_partitions == 1 else optcert.PartitionEnsemble(
        None, n_partitions, partitioner="hash").assign_partitions(Z)
    return optcert.small_c_threshold(Z, depth=DEPTH, bias=BIAS, groups=groups)


def make_model(kind: str, Z, y, n_partitions: int, lam: float | None = None, mult: float = 1.0):
    """A fitted single model (``Np = 1``) or hash-partitioned ensemble; SVM at C = ``mult`` x the
    smallest base C* (``mult = 1``: every base model label-linear)."""
    if kind == "svm":
        base = optcert.KernelSVM(C=mult * smallest_base_c_star(Z, n_partitions), depth=DEPTH, bias=BIAS)
    else:
        base = optcert.KernelRidge(alpha=lam, depth=DEPTH, bias=BIAS)
    if n_partitions == 1:
        return base.fit(Z, y)
    return optcert.PartitionEnsemble(base, n_partitions, partitioner="hash").fit(Z, y)


# -- certificates and metrics -----------------------------------------------------------------

def certify_both(model, Zt, *, exact: bool = True, time_limit: float | None = None):
    """White-box and DPA certificates ``(wb, dpa)`` as dicts of arrays (prediction, lower, upper);
    ``time_limit``: seconds per test point for the white-box ensemble certificate."""
    t0 = time.perf_counter()
    if isinstance(model, optcert.PartitionEnsemble):
        wb = optcert.certify(model, Zt, method="auto" if exact else "scalable", base="whitebox",
                             time_limit=time_limit)
        t1 = time.perf_counter()
        dpa = optcert.certify(model, Zt, base="blackbox")
        dpa_arrays = dict(prediction=dpa.prediction, lower=dpa.lower, upper=dpa.upper)
    else:
        wb = optcert.certify(model, Zt, method="scalable")  # ScaLabelCert, exact
        t1 = time.perf_counter()
        # DPA of one voter: one flip may change it (R = 0), counts straight from the vote
        counts = np.eye(model.n_classes_, dtype=np.int64)[wb.prediction]
        lower = np.asarray(optcert.dpa_radius(counts), dtype=float)
        dpa_arrays = dict(prediction=wb.prediction, lower=lower, upper=np.full(lower.shape, np.inf))
    t2 = time.perf_counter()
    wb_arrays = dict(prediction=wb.prediction, lower=wb.lower, upper=wb.upper, exact=wb.exact)
    return wb_arrays, dpa_arrays, (t1 - t0, t2 - t1)


def summarise(cert: dict, y_test, n_train: int) -> dict:
    """Accuracy, MCR (a radius; DPA's code prints MCR + 1) and the mean certified radius."""
    pred, lower = cert["prediction"], cert["lower"]
    correct = pred == np.asarray(y_test)
    radius = np.where(correct, np.minimum(lower, n_train), -1.0)  # inf capped at N for means
    return dict(accuracy=float(correct.mean()),
                mcr=optcert.median_certified_robustness(pred, y_test, lower),
                mean_radius=float(radius.mean()))


def _model_c(model):
    est = model.estimator if isinstance(model, optcert.PartitionEnsemble) else model
    return getattr(est, "C", None)


def _label(kind: str, lam, mult: float = 1.0) -> str:
    if kind == "svm":
        return "svm (C=C*)" if mult == 1.0 else f"svm (C={mult:g}C*)"
    return f"krr (lambda={lam:g})"


def run_cell(data, base: dict, kind: str, lam, Np: int, max_budget: int, exact: bool,
             mult: float = 1.0, time_limit: float | None = None, points=None
             ) -> tuple[dict, list[dict], str]:
    """One grid cell (model kind, lambda or C multiple, Np) on one dataset: its result row,
    certified-accuracy rows (budgets 0..max_budget) and log line. ``data`` is ``(Z, y, Zt, yt)``;
    ``points`` (indices into the test set, None = all) are the test points certified."""
    Z, y, Zt, yt = data
    if points is not None:
        Zt, yt = Zt[points], yt[points]
    N = Z.shape[0]
    budgets = np.arange(max_budget + 1)
    t0 = time.perf_counter()
    model = make_model(kind, Z, y, Np, lam, mult)
    fit_s = time.perf_counter() - t0
    wb, dpa, (wb_s, dpa_s) = certify_both(model, Zt, exact=exact, time_limit=time_limit)
    s_wb, s_dpa = summarise(wb, yt, N), summarise(dpa, yt, N)
    same = wb["prediction"] == dpa["prediction"]
    row = dict(base, C=_model_c(model), time_limit=time_limit,
               accuracy=s_wb["accuracy"], mcr_whitebox=s_wb["mcr"], mcr_dpa=s_dpa["mcr"],
               mcr_whitebox_upper=optcert.median_certified_robustness(wb["prediction"], yt, wb["upper"]),
               mean_radius_whitebox=s_wb["mean_radius"], mean_radius_dpa=s_dpa["mean_radius"],
               share_strictly_better=float(np.mean(wb["lower"] > dpa["lower"])),
               dominance_violations=int(np.sum(~same | (wb["lower"] < dpa["lower"]))),
               exact_share=float(np.mean(wb["exact"])), fit_s=fit_s, whitebox_s=wb_s, dpa_s=dpa_s)
    curves = []
    for name, c in (("whitebox", wb), ("dpa", dpa)):
        acc = optcert.certified_accuracy(c["prediction"], yt, c["lower"], budgets)
        curves += [dict(dataset=base["dataset"], model=base["model"], partitions=Np, base=name,
                        budget=int(r), certified_accuracy=float(a)) for r, a in zip(budgets, acc)]
    line = (f"  {base['model']:<18} Np={Np:<3} acc={row['accuracy']:.3f} MCR wb={row['mcr_whitebox']:g} "
            f"dpa={row['mcr_dpa']:g} exact={row['exact_share']:.2f} ({fit_s + wb_s + dpa_s:.1f}s)")
    return row, curves, line


def run_dataset(spec: DataSpec, cfg: Config, log=print, client=None) -> tuple[list[dict], list[dict]]:
    """All models and partition counts on one dataset: result rows and certified-accuracy rows.

    With a dask ``client`` every grid cell is a task (the features scattered once); rows come
    back in grid order, the same as a serial run's apart from the timings. Run as a script, the
    cells travel by value; imported as ``experiments.reproduce``, the workers must import it too.
    """
    Z, y, Zt, yt, ds = load_features(spec, cfg.pca, cfg.seed)
    N = Z.shape[0]
    log(f"{ds.name}: N={N}, test={Zt.shape[0]}, K={ds.n_classes}, PCA {cfg.pca}")
    # (kind, lambda, C multiple): the SVM at C* with every base label-linear, kernel ridge, and
    # the SVM ensembles above C* of (d) (ensembles only, on a fixed subset of test points)
    runs = ([("svm", None, 1.0)] + [("krr", lam, 1.0) for lam in cfg.lambdas]
            + [("svm", None, float(m)) for m in cfg.svm_mults])
    M = int(Zt.shape[0])
    above = None
    if cfg.above_points is not None and cfg.above_points < M:
        above = np.sort(np.random.default_rng(cfg.seed).choice(M, cfg.above_points, replace=False))
    grid = []  # (base, cell or the row of a skipped cell)
    for kind, lam, mult in runs:
        is_above = mult != 1.0
        for Np in cfg.partitions:
            if Np > N or (is_above and Np == 1):
                continue
            points = above if is_above else None
            base = dict(dataset=ds.name, n_train=N, n_test=M if points is None else len(points),
                        n_classes=ds.n_classes, model=_label(kind, lam, mult), kind=kind, lam=lam,
                        c_mult=mult if kind == "svm" else None, partitions=Np)
            if kind == "krr" and math.ceil(N / Np) > cfg.max_krr_n:
                log(f"  {base['model']} Np={Np}: skipped (partitions of ~{N // Np} > max_krr_n={cfg.max_krr_n})")
                grid.append((base, dict(base, skipped=f"partition size > {cfg.max_krr_n} (dense Gram)")))
                continue
            grid.append((base, (kind, lam, Np, cfg.budgets, cfg.exact, mult,
                                cfg.time_limit if is_above else None, points)))
    jobs = [(base, *cell) for base, cell in grid if isinstance(cell, tuple)]
    if client is None:
        done = []
        for job in jobs:
            done.append(run_cell((Z, y, Zt, yt), *job))
            log(done[-1][2])
    else:
        from optcert.distributed import map_ordered

        data = client.scatter([Z, y, Zt, yt], broadcast=True)
        done = map_ordered(client, run_cell, [(data, *job) for job in jobs],
                           on_result=lambda i, result: log(result[2]))
    rows, curves, results = [], [], iter(done)
    for _base, cell in grid:
        if isinstance(cell, tuple):
            row, cell_curves, _ = next(results)
            rows.append(row)
            curves += cell_curves
        else:
            rows.append(cell)
    return rows, curves


# -- outputs --------------------------------------------------------------------------------------

COLUMNS = ["dataset", "model", "partitions", "n_test", "accuracy", "mcr_whitebox", "mcr_whitebox_upper",
           "mcr_dpa", "mcr_ratio", "mean_radius_whitebox", "mean_radius_dpa", "share_strictly_better",
           "dominance_violations", "exact_share", "seconds"]


def _fmt(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, float):
        return f"{v:.3g}" if not v.is_integer() or abs(v) >= 1e4 else f"{v:.0f}"
    return str(v)


def table_rows(rows: list[dict]) -> list[dict]:
    """Rows for the markdown/CSV table: MCR ratio (white-box / DPA) and total seconds added."""
    out = []
    for r in rows:
        if r.get("skipped"):
            out.append({k: r.get(k) for k in ("dataset", "model", "partitions")} | {"accuracy": "skipped"})
            continue
        ratio = (r["mcr_whitebox"] / r["mcr_dpa"]) if r["mcr_dpa"] > 0 else (math.inf if r["mcr_whitebox"] > 0 else 1.0)
        out.append({k: r.get(k) for k in COLUMNS} | {
            "mcr_ratio": ratio, "seconds": r["fit_s"] + r["whitebox_s"] + r["dpa_s"]})
    return out


def markdown_table(rows: list[dict]) -> str:
    """A GitHub markdown table of :func:`table_rows`."""
    trs = table_rows(rows)
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(_fmt(r.get(c)) for c in COLUMNS) + " |" for r in trs]
    return "\n".join(lines)


def write_csv(rows: list[dict], path: Path) -> None:
    import csv

    keys = list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=keys)
        w.writeheader()
        w.writerows(rows)


def plot_mcr(rows: list[dict], path: Path) -> None:
    """(a)+(b)+(c): MCR against Np per dataset; white-box solid, DPA dashed."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    done = [r for r in rows if not r.get("skipped")]
    datasets = list(dict.fromkeys(r["dataset"] for r in done))
    fig, axes = plt.subplots(1, len(datasets), figsize=(5.5 * len(datasets), 4), squeeze=False)
    for ax, name in zip(axes[0], datasets):
        models = list(dict.fromkeys(r["model"] for r in done if r["dataset"] == name))
        for i, m in enumerate(models):
            sel = sorted((r for r in done if r["dataset"] == name and r["model"] == m), key=lambda r: r["partitions"])
            x = [r["partitions"] for r in sel]
            ax.plot(x, [r["mcr_whitebox"] for r in sel], "-o", color=f"C{i}", label=f"{m} white-box")
            ax.plot(x, [r["mcr_dpa"] for r in sel], "--x", color=f"C{i}", alpha=0.7, label=f"{m} DPA")
        ax.set_xscale("log")
        ax.set_xlabel("partitions Np (1 = one model)")
        ax.set_ylabel("MCR (radius; DPA code prints +1)")
        ax.set_title(name)
        ax.grid(alpha=0.3)
    axes[0][-1].legend(fontsize=7, loc="best")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def plot_curves(curves: list[dict], path: Path, model_kind: str = "svm") -> None:
    """Certified accuracy against the budget: white-box (solid) and DPA (dashed), per Np."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sel = [c for c in curves if c["model"].startswith(model_kind)]
    datasets = list(dict.fromkeys(c["dataset"] for c in sel))
    if not datasets:
        return
    fig, axes = plt.subplots(1, len(datasets), figsize=(5.5 * len(datasets), 4), squeeze=False)
    for ax, name in zip(axes[0], datasets):
        model = next(c["model"] for c in sel if c["dataset"] == name)
        nps = sorted({c["partitions"] for c in sel if c["dataset"] == name and c["model"] == model})
        for i, Np in enumerate(nps):
            for base, style in (("whitebox", "-"), ("dpa", "--")):
                pts = [c for c in sel if (c["dataset"], c["model"], c["partitions"], c["base"]) == (name, model, Np, base)]
                ax.plot([c["budget"] for c in pts], [c["certified_accuracy"] for c in pts], style, color=f"C{i}",
                        label=f"Np={Np} {'white-box' if base == 'whitebox' else 'DPA'}")
        ax.axhline(0.5, color="grey", lw=0.5)
        ax.set_xlabel("flip budget r")
        ax.set_ylabel("certified accuracy")
        ax.set_title(f"{name}: {model}")
        ax.grid(alpha=0.3)
    axes[0][-1].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def run(cfg: Config, out: Path, log=print, client=None) -> dict:
    """Run every dataset of ``cfg``, write the outputs into ``out``; returns rows, curves, paths.
    ``client``: a dask.distributed Client that runs the grid cells as tasks."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "config.json").write_text(json.dumps(asdict(cfg), indent=2))
    rows, curves = [], []
    t0 = time.perf_counter()
    for spec in cfg.datasets:
        r, c = run_dataset(spec, cfg, log, client=client)
        rows += r
        curves += c
    write_csv(table_rows(rows), out / "results.csv")
    write_csv(rows, out / "results_full.csv")
    write_csv(curves, out / "certified_accuracy.csv")
    header = (f"Mode `{cfg.mode}`; NTK depth {DEPTH}, bias {BIAS}; PCA {cfg.pca} fitted on unlabelled "
              f"training inputs; hash partitions. MCR is a radius (largest r with certified accuracy "
              f">= 50 %); DPA's reference code prints MCR + 1. mcr_ratio = white-box / DPA.\n\n")
    (out / "results.md").write_text(header + markdown_table(rows) + "\n")
    plots = [out / "mcr_vs_partitions.png", out / "certified_accuracy_svm.png", out / "certified_accuracy_krr.png"]
    plot_mcr(rows, plots[0])
    plot_curves(curves, plots[1], "svm")
    plot_curves(curves, plots[2], "krr")
    log(f"done in {time.perf_counter() - t0:.0f}s; outputs in {out}")
    return dict(rows=rows, curves=curves, plots=[p for p in plots if p.exists()])


def config_from_args(args) -> Config:
    cfg = MODES["tiny" if args.tiny else "full" if args.full else "medium"]
    if args.datasets:
        by_name = {d.name: d for m in MODES.values() for d in m.datasets}
        cfg = replace(cfg, datasets=tuple(
            next((d for d in cfg.datasets if d.name == n), by_name.get(n, DataSpec(n))) for n in args.datasets))
    if args.n_test is not None:
        cfg = replace(cfg, datasets=tuple(replace(d, n_test=args.n_test) for d in cfg.datasets))
    for key in ("partitions", "lambdas", "pca", "seed", "svm_mults", "above_points", "time_limit"):
        val = getattr(args, key)
        if val is not None:
            cfg = replace(cfg, **{key: tuple(val) if isinstance(val, list) else val})
    if args.no_exact:
        cfg = replace(cfg, exact=False)
    return cfg


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--tiny", action="store_true", help="CI size (seconds)")
    size.add_argument("--full", action="store_true", help="full datasets incl. Fashion-MNIST 60k (hours)")
    ap.add_argument("--out", type=Path, default=Path("results/experiments"))
    ap.add_argument("--datasets", nargs="+", help="override the datasets of the mode")
    ap.add_argument("--n-test", type=int, help="stratified test subsample for every dataset")
    ap.add_argument("--partitions", type=int, nargs="+")
    ap.add_argument("--lambdas", type=float, nargs="+")
    ap.add_argument("--pca", type=int)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--svm-mults", type=float, nargs="*",
                    help="(d): SVM ensembles at these multiples of the smallest base C* (none: skip (d))")
    ap.add_argument("--above-points", type=int, help="(d): test points certified (a fixed random subset)")
    ap.add_argument("--time-limit", type=float, help="(d): seconds per test point (white-box)")
    ap.add_argument("--no-exact", action="store_true",
                    help="ensembles: polynomial bounds only (sound interval, MCR from the lower bound)")
    dist = ap.add_mutually_exclusive_group()
    dist.add_argument("--workers", type=int, help="run the grid on a local Dask cluster of N processes")
    dist.add_argument("--scheduler", metavar="ADDRESS", help="run the grid on an existing Dask cluster")
    args = ap.parse_args(argv)
    if args.workers is not None and args.workers < 1:
        ap.error(f"--workers must be >= 1, got {args.workers}")
    if args.above_points is not None and args.above_points < 1:
        ap.error(f"--above-points must be >= 1, got {args.above_points}")
    if args.time_limit is not None and not args.time_limit > 0:
        ap.error(f"--time-limit must be > 0 seconds, got {args.time_limit}")
    if any(not (m > 1.0 and math.isfinite(m)) for m in args.svm_mults or ()):
        ap.error(f"--svm-mults must be finite multiples > 1 of C* (C* itself is model (a)), got {args.svm_mults}")
    cfg = config_from_args(args)
    print(f"command: {' '.join(['python', 'experiments/reproduce.py'] + (sys.argv[1:] if argv is None else list(argv)))}")
    from optcert.distributed import open_client

    with open_client(args.workers, args.scheduler) as client:
        result = run(cfg, args.out, log=lambda s: print(s, flush=True), client=client)
    print((args.out / "results.md").read_text())
    bad = sum(r.get("dominance_violations", 0) for r in result["rows"])
    if bad:
        print(f"ERROR: white-box below DPA on {bad} points", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
