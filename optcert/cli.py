"""The ``optcert`` command: certify a dataset, list datasets and solvers.

    optcert certify --dataset mnist-1v7 --model svm --out results/mnist-1v7
    optcert datasets
    optcert solvers

``certify`` writes ``certificates.csv`` (one row per test point, appended chunk by chunk so
an interrupted run loses nothing and ``--resume`` continues it), ``summary.json`` (parameters,
accuracy, certified accuracy per budget, MCR) and ``certified_accuracy.png``. ``--workers N``
runs the chunks as tasks on a local Dask cluster of N processes, ``--scheduler ADDRESS`` on an
existing one; chunks are saved as they complete, and the file is put in row order at the end.

With ``--npz`` the labels may be any values ({-1, 1}, {2, 7}, strings): they are mapped to
classes internally, and ``y_true`` / ``prediction`` in the outputs are the file's labels (the
mapping is ``labels`` in ``config.json``). Every bad input ends in one line on stderr naming
the flag or the array, exit code 2.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import math
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from .certify.api import METHODS
from .exceptions import InvalidInputError, OptcertError

logger = logging.getLogger("optcert.cli")

#: --collective: seconds per budget when --time-limit is not given
COLLECTIVE_TIME_LIMIT = 60.0

#: ``lower_from`` / ``upper_from``: which bound or attack gave an inexact interval's ends (the
#: certificate's info; empty where the method does not say)
CSV_FIELDS = ["index", "y_true", "prediction", "lower", "upper", "exact", "method", "runtime",
              "witness_size", "lower_from", "upper_from"]


def _parse_budgets(text: str) -> list[int]:
    """"0:10" (inclusive range), "0:100:5" (with step) or "0,1,2,5": sorted flip counts >= 0."""
    form = "must look like '0:20', '0:100:5' or '0,1,5'"
    try:
        if ":" in text:
            parts = [int(p) for p in text.split(":")]
            if len(parts) not in (2, 3):
                raise ValueError
            start, stop = parts[0], parts[1]
            step = parts[2] if len(parts) > 2 else 1
            if step < 1:
                raise argparse.ArgumentTypeError(f"the step of {text!r} must be >= 1")
            if start > stop:
                raise argparse.ArgumentTypeError(f"{text!r} is an empty range (start > stop)")
            values = list(range(start, stop + 1, step))
        else:
            values = [int(p) for p in text.split(",") if p.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{form}; got {text!r}") from None
    if not values:
        raise argparse.ArgumentTypeError(f"{form}; got {text!r}")
    if min(values) < 0:
        raise argparse.ArgumentTypeError(f"flip counts must be >= 0; got {min(values)} in {text!r}")
    return sorted(set(values))


def _integer(minimum: int):
    """An argparse type: an int >= ``minimum``."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be an integer, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be >= {minimum}, got {value}")
        return value
    return parse


def _real(*, strict: bool):
    """An argparse type: a finite number > 0 (``strict``) or >= 0."""
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a number, got {text!r}") from None
        if not math.isfinite(value) or (value <= 0 if strict else value < 0):
            raise argparse.ArgumentTypeError(f"must be finite and {'> 0' if strict else '>= 0'}, got {text}")
        return value
    return parse


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error (no usage block), so every bad input reads alike."""

    def error(self, message):
        if "expected one argument" in message:
            message += " (a value starting with '-' is written --flag=VALUE)"
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="optcert", description=__doc__.split("\n\n")[0])
    p.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    sub = p.add_subparsers(dest="command", required=True)

    sub.add_parser("datasets", help="list the bundled datasets")
    sub.add_parser("solvers", help="list the solver backends and what they support")

    c = sub.add_parser("certify", help="train a model on a dataset and certify its test predictions")
    src = c.add_mutually_exclusive_group(required=True)
    src.add_argument("--dataset", help="a bundled dataset (see `optcert datasets`)")
    src.add_argument("--npz", type=Path, help="an .npz with X_train, y_train, X_test, y_test "
                                              "(labels: any ints, whole floats or strings)")
    src.add_argument("--mnist-folder", type=Path, help="a folder of MNIST-format IDX files")
    src.add_argument("--cifar-folder", type=Path, help="a folder of CIFAR-10 python batches")
    c.add_argument("--n-train", type=_integer(1), help="stratified training subsample")
    c.add_argument("--n-test", type=_integer(1), help="stratified test subsample")
    c.add_argument("--classes", help="comma-separated classes to keep (relabelled 0..K-1; "
                                     "with --npz: label values)")
    c.add_argument("--seed", type=_integer(0), default=0)
    c.add_argument("--features", default="raw",
                   help="'raw' or 'pca:K': a label-independent PCA fitted on the training inputs only")
    c.add_argument("--model", choices=["svm", "krr"], default="svm")
    c.add_argument("--depth", type=_integer(0), default=1, help="NTK hidden layers")
    c.add_argument("--bias", type=_real(strict=False), default=1.0, help="NTK bias variance")
    c.add_argument("--C", type=_real(strict=True),
                   help="SVM C (default: --C-factor times the small-C threshold C*)")
    c.add_argument("--C-factor", type=_real(strict=True), default=1.0,
                   help="SVM C as a multiple of C* (default 1)")
    c.add_argument("--lam", type=_real(strict=True), default=1.0, help="kernel ridge lambda (> 0)")
    c.add_argument("--partitions", type=_integer(1), default=1, help="number of partitions (1: one model)")
    c.add_argument("--partitioner", default="hash", choices=["hash", "pixel-sum", "round-robin"],
                   help="label-independent partitioner for ensembles (hash of the feature bytes, "
                        "DPA's pixel sum, or SS-DPA's sorted round robin)")
    c.add_argument("--base", default="whitebox", choices=["whitebox", "blackbox"],
                   help="ensembles: white-box base certificates or DPA's black-box count")
    c.add_argument("--method", default="auto", choices=list(METHODS))
    c.add_argument("--solver", default="highs")
    c.add_argument("--time-limit", type=_real(strict=True),
                   help="seconds per test point (milp; stability: its attacks and flip-set search) "
                        "or per solver call (ensembles)")
    c.add_argument("--budgets", type=_parse_budgets, default=None,
                   help="flip counts for the certified-accuracy table, e.g. '0:20', at most the "
                        "number of training points (default 0..max radius + 1)")
    c.add_argument("--chunk", type=_integer(1), default=None,
                   help="test points per saved chunk (default 200; with --workers or --scheduler "
                        "one task each, default 1 for the MILP search, 256 otherwise)")
    c.add_argument("--no-witnesses", action="store_true", help="skip building and replaying attacks")
    c.add_argument("--collective", action="store_true",
                   help="also certify collectively (one flip set against the whole test set) at every "
                        "budget: collective.csv, collective.json, collective.png (--time-limit: seconds per "
                        f"budget, default {COLLECTIVE_TIME_LIMIT:g}; a stopped solve keeps a sound interval)")
    c.add_argument("--out", type=Path, required=True, help="output folder")
    c.add_argument("--resume", action="store_true", help="continue an interrupted run in --out")
    c.add_argument("--quiet", action="store_true", help="no progress bar")
    dist = c.add_mutually_exclusive_group()
    dist.add_argument("--workers", type=_integer(1),
                      help="certify on a local Dask cluster of N worker processes (1 thread each)")
    dist.add_argument("--scheduler", metavar="ADDRESS",
                      help="certify on an existing Dask cluster, e.g. tcp://host:8786 (see README)")
    return p


# -- data and model ---------------------------------------------------------------------------

def load_data(args):
    """The dataset named by --dataset, --npz, --mnist-folder or --cifar-folder."""
    from . import data

    classes = None
    if args.classes:
        classes = [c.strip() for c in args.classes.split(",") if c.strip()]
        if not args.npz:  # class indices or names; with --npz every entry is a label value
            classes = [int(c) if c.lstrip("-").isdigit() else c for c in classes]
    common = dict(n_train=args.n_train, n_test=args.n_test, classes=classes, seed=args.seed)
    flag, source = next((f, v) for f, v in (("--dataset", args.dataset), ("--npz", args.npz),
                                            ("--mnist-folder", args.mnist_folder),
                                            ("--cifar-folder", args.cifar_folder)) if v)
    loader = {"--dataset": data.load_dataset, "--npz": data.load_npz,
              "--mnist-folder": data.load_mnist_folder, "--cifar-folder": data.load_cifar10_folder}[flag]
    try:
        return loader(source, **common)
    except InvalidInputError as exc:
        raise InvalidInputError(_name_the_flag(str(exc), flag, str(source))) from None


def _name_the_flag(message: str, flag: str, source: str) -> str:
    """Prefix a loader's message with the flag it is about (the loaders name keys and paths)."""
    if message.startswith(source) and flag != "--dataset":  # a file or folder's own fault
        return f"{flag} {message}"
    for key, option in (("n_train", "--n-train"), ("n_test", "--n-test"), ("class", "--classes"),
                        ("seed", "--seed")):
        if key in message.lower():
            return f"{option}: {message}"
    return f"{flag}: {message}"


def make_model(args):
    from .learners import KernelRidge, KernelSVM

    if args.model == "krr":
        return KernelRidge(alpha=args.lam, depth=args.depth, bias=args.bias)
    return KernelSVM(C=1.0 if args.C is None else args.C, depth=args.depth, bias=args.bias)


def fit_model(args, X, y, client=None):
    """Fit the single model or the partition ensemble (its base models on ``client`` when given);
    SVM C defaults to C-factor x C* (for an ensemble, the smallest C* over its partitions)."""
    from .learners import KernelSVM, small_c_threshold

    base = make_model(args)
    ens = None
    if args.partitions > 1:
        from .partition import PartitionEnsemble

        ens = PartitionEnsemble(base, args.partitions, partitioner=args.partitioner)
    if isinstance(base, KernelSVM) and args.C is None:
        groups = None if ens is None else ens.assign_partitions(X)
        base.set_params(C=args.C_factor * small_c_threshold(X, depth=args.depth, bias=args.bias,
                                                            groups=groups))
    return base.fit(X, y) if ens is None else ens.fit(X, y, client=client)


# -- certification with resumable output ------------------------------------------------------

def _config(args, ds) -> dict:
    """The settings a resumed run must share; with --npz also ``labels`` (class k is labels[k])."""
    keys = ["dataset", "npz", "mnist_folder", "cifar_folder", "n_train", "n_test", "classes", "seed",
            "features", "model", "depth", "bias", "C", "C_factor", "lam", "partitions", "partitioner",
            "method", "solver", "time_limit", "base"]
    config = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items() if k in keys}
    if args.npz:
        config["labels"] = list(ds.classes)
    return config


def _label_names(args, ds) -> list[str]:
    """What the outputs show for class k: the file's label with --npz, else the class index."""
    return list(ds.classes) if args.npz else [str(k) for k in range(ds.n_classes)]


def _check_sizes(args, n_train: int, n_test: int) -> None:
    """Flags that depend on the data: budgets and partitions at most N, a non-empty test set."""
    if n_test == 0:
        raise InvalidInputError("the test set is empty: nothing to certify")
    if args.budgets and max(args.budgets) > n_train:
        raise InvalidInputError(
            f"--budgets: {max(args.budgets)} flips exceeds the N = {n_train} training points "
            "(an attacker flips at most N labels)")
    if args.partitions > n_train:
        raise InvalidInputError(
            f"--partitions {args.partitions} exceeds the N = {n_train} training points (every partition "
            "needs at least one)")


def _prepare_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise InvalidInputError(f"--out {out} is a file, not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInputError(f"--out {out}: cannot create the folder ({exc.strerror})") from None


def _done_rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(newline="") as fh:
        return list(csv.DictReader(fh))


def _certified_chunks(args, model, X_test, todo, client):
    """``(test indices, certificates)`` per chunk of ``todo``: in order here, or as the tasks
    complete on ``client``."""
    kwargs = dict(method=args.method, solver=args.solver, time_limit=args.time_limit,
                  witnesses=not args.no_witnesses)
    if args.partitions > 1:
        kwargs["base"] = args.base
    if client is None:
        from .certify.api import certify

        step = args.chunk or 200
        for s in range(0, todo.size, step):
            idx = todo[s:s + step]
            yield idx, certify(model, X_test[idx], **kwargs)
        return
    from .distributed import default_chunk_size, iter_certify

    step = args.chunk or default_chunk_size(model, args.method)
    for positions, certs in iter_certify(client, model, X_test[todo], chunk_size=step, **kwargs):
        yield todo[positions], certs


def _write_rows(path: Path, rows: list[dict]) -> None:
    """Rewrite ``path`` with ``rows`` (atomically: a crash leaves the old file)."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    os.replace(tmp, path)


def run_certify(args) -> dict:
    from tqdm.auto import tqdm

    from .metrics import median_certified_robustness

    t0 = time.perf_counter()
    ds = load_data(args)
    from .data.features import feature_map

    try:
        X_train, X_test = feature_map(args.features, ds.X_train, ds.X_test)
    except InvalidInputError as exc:
        raise InvalidInputError(f"--features {exc}") from None
    _check_sizes(args, len(X_train), len(X_test))
    names = _label_names(args, ds)

    out: Path = args.out
    _prepare_out(out)
    cfg_path, csv_path = out / "config.json", out / "certificates.csv"
    config = _config(args, ds)
    if args.resume and cfg_path.exists():
        previous = json.loads(cfg_path.read_text())
        if previous != config:
            diff = {k: (previous.get(k), v) for k, v in config.items() if previous.get(k) != v}
            raise OptcertError(f"--resume with different settings than the run in {out}: {diff}")
    elif csv_path.exists() and not args.resume:
        raise OptcertError(f"{csv_path} exists; pass --resume to continue it or choose another --out")
    cfg_path.write_text(json.dumps(config, indent=2))

    from .distributed import open_client

    with open_client(args.workers, args.scheduler) as client:
        model = fit_model(args, X_train, ds.y_train, client)  # on class indices; outputs show names[k]
        train_time = time.perf_counter() - t0
        logger.info("trained %s on %d points in %.1fs", type(model).__name__, len(X_train), train_time)

        rows = _done_rows(csv_path) if args.resume else []
        done = {int(r["index"]) for r in rows}
        todo = np.array([i for i in range(len(X_test)) if i not in done], dtype=np.int64)
        if rows and set(rows[0]) != set(CSV_FIELDS):  # a run of an older version: its columns first
            _write_rows(csv_path, rows)
        write_header = not csv_path.exists() or not rows
        with csv_path.open("a" if not write_header else "w", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=CSV_FIELDS)
            if write_header:
                writer.writeheader()
            bar = tqdm(total=len(X_test), initial=len(done), desc="certify", unit="pt", disable=args.quiet)
            try:
                for idx, certs in _certified_chunks(args, model, X_test, todo, client):
                    for i, c in zip(idx, certs):
                        row = dict(index=int(i), y_true=names[ds.y_test[i]], prediction=names[int(c.prediction)],
                                   lower=c.lower, upper=c.upper, exact=c.exact, method=c.method,
                                   runtime=round(c.runtime, 6),
                                   witness_size="" if c.witness is None else c.witness.size,
                                   lower_from=c.info.get("lower_from") or "",
                                   upper_from=c.info.get("upper_from") or "")
                        writer.writerow(row)
                        rows.append({k: str(v) for k, v in row.items()})
                    fh.flush()
                    bar.update(len(idx))
            except KeyboardInterrupt:
                bar.close()
                logger.warning("interrupted: %d of %d points saved in %s; rerun with --resume",
                               len(rows), len(X_test), csv_path)
                raise
            bar.close()

    rows.sort(key=lambda r: int(r["index"]))
    if args.workers or args.scheduler:  # chunks were saved as they completed: put them in row order
        _write_rows(csv_path, rows)
    y_true = np.array([r["y_true"] for r in rows], dtype=str)  # labels as written in the CSV
    pred = np.array([r["prediction"] for r in rows], dtype=str)
    lower = np.array([float(r["lower"]) for r in rows])
    upper = np.array([float(r["upper"]) for r in rows])
    correct = pred == y_true
    # default budgets up to where the last correct prediction has fallen on both curves
    finite = np.concatenate([lower[np.isfinite(lower) & correct], upper[np.isfinite(upper) & correct]])
    n_train = int(len(X_train))
    budgets = args.budgets or list(range(0, min(int(finite.max()) + 2, n_train + 1) if finite.size else 1))
    from .metrics import certified_accuracy

    acc_lower = certified_accuracy(pred, y_true, lower, budgets, n_train=n_train)
    acc_upper = certified_accuracy(pred, y_true, upper, budgets, n_train=n_train)
    summary = dict(
        config=config, dataset=ds.name, n_train=n_train, n_test=int(len(rows)),
        n_classes=int(ds.n_classes), model=repr(model), train_seconds=round(train_time, 3),
        accuracy=float(correct.mean()), exact_share=float(np.mean(lower == upper)),
        mcr_radius=median_certified_robustness(pred, y_true, lower),
        mcr_radius_upper=median_certified_robustness(pred, y_true, upper),
        mcr_convention="MCR as a radius (largest r with certified accuracy >= 50%); DPA's code prints MCR+1; "
                       "mcr_radius from the proven lower bounds, mcr_radius_upper from the replayed attacks",
        budgets=budgets, certified_accuracy_lower=acc_lower.tolist(),
        certified_accuracy_upper=acc_upper.tolist(),
        interval_sources={side: dict(Counter(r[f"{side}_from"] for r in rows if r.get(f"{side}_from")))
                          for side in ("lower", "upper")},
    )
    (out / "summary.json").write_text(json.dumps(_jsonable(summary), indent=2))
    plot_certified_accuracy(budgets, acc_lower, acc_upper, out / "certified_accuracy.png",
                            title=f"{ds.name}: {args.model}, {args.partitions} partition(s)")
    _print_table(summary)
    if args.collective:
        summary["collective"] = run_collective(args, model, X_test, ds, rows, names, budgets, out)
    return summary


def run_collective(args, model, X_test, ds, rows, names, budgets, out: Path) -> list[dict]:
    """``--collective``: the collective certificates at ``budgets`` (the sample-wise rows of this
    run as the bracket), written to collective.csv / .json / .png beside the sample-wise outputs."""
    from .certify.collective import certify_collective
    from .results import Certificate, Certificates

    index = {str(n): k for k, n in enumerate(names)}
    sw = Certificates([Certificate(index[r["prediction"]], float(r["lower"]), float(r["upper"]), r["method"])
                       for r in rows], classes=model.classes_)
    t0 = time.perf_counter()
    certs = certify_collective(model, X_test, budgets, y_test=ds.y_test, solver=args.solver,
                               time_limit=args.time_limit or COLLECTIVE_TIME_LIMIT, samplewise=sw,
                               **({"base": args.base} if args.partitions > 1 else {}))
    table = certs.rows()
    with (out / "collective.csv").open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(table[0]))
        writer.writeheader()
        writer.writerows(table)
    doc = {"config": _config(args, ds), "n_test": int(len(X_test)), "seconds": round(time.perf_counter() - t0, 3),
           "meaning": "A(r) = most test predictions one flip set of <= r labels changes; lower: a replayed "
                      "witness, upper: proven; certified_accuracy = (#correct - upper) / M; samplewise_accuracy "
                      "= share correct with proven radius >= r",
           "budgets": table}
    (out / "collective.json").write_text(json.dumps(_jsonable(doc), indent=2))
    plot_collective(certs, out / "collective.png", title=f"{ds.name}: {args.model}, collective vs sample-wise")
    print(f"{'flips r':>8} {'collective acc.':>16} {'sample-wise acc.':>17} {'A(r) in':>10}")
    for c in certs:
        print(f"{c.budget:>8} {c.certified_accuracy:>16.3f} {c.samplewise_accuracy:>17.3f} "
              f"{f'[{c.lower}, {c.upper}]':>10}")
    return table


def plot_collective(certs, path: Path, title: str = "") -> None:
    """Collective (proven; dashed: what the witnesses leave) and sample-wise certified accuracy."""
    curves = [(certs.certified_accuracy, "collective (proven)", False)]
    upper = np.array([c.certified_accuracy_upper for c in certs])
    if not np.allclose(upper, certs.certified_accuracy):
        curves.append((upper, "collective (not yet attacked)", True))
    curves.append((certs.samplewise_accuracy, "sample-wise (proven)", False))
    _plot_accuracy(certs.budgets, curves, path, title)


def plot_certified_accuracy(budgets, lower, upper, path: Path, title: str = "") -> None:
    """Certified accuracy against the budget: proven, and dashed what is not yet attacked."""
    curves = [(lower, "certified (proven)", False)]
    if not np.allclose(lower, upper):
        curves.append((upper, "not yet attacked (upper)", True))
    _plot_accuracy(budgets, curves, path, title)


def _plot_accuracy(budgets, curves, path: Path, title: str) -> None:
    """The certified-accuracy plot of both commands: one step curve per ``(values, label,
    dashed)`` against the flip budget, saved to ``path``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5.5, 3.6))
    for values, label, dashed in curves:
        style: dict[str, Any] = {"linestyle": "--"} if dashed else {}  # else matplotlib's default line
        ax.step(budgets, values, where="post", label=label, **style)
    ax.set_xlabel("label flips r")
    ax.set_ylabel("certified accuracy")
    ax.set_ylim(0, 1)
    ax.set_title(title, fontsize=9)
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def _jsonable(obj):
    if isinstance(obj, dict):
        return {k: _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, float) and not math.isfinite(obj):
        return "inf" if obj > 0 else "-inf"
    if isinstance(obj, np.generic):
        return _jsonable(obj.item())
    return obj


def _print_table(summary: dict) -> None:
    """The certified-accuracy table; when some interval is open, also the curve from the attacks
    (what no attack found yet), the exact share and the MCR from both bounds."""
    exact = summary["exact_share"] == 1.0
    mcr = (f"{summary['mcr_radius']}" if exact
           else f"in [{summary['mcr_radius']}, {summary['mcr_radius_upper']}]")
    print(f"{summary['dataset']}: {summary['n_train']} train, {summary['n_test']} test, "
          f"accuracy {summary['accuracy']:.3f}, MCR (radius) {mcr}, exact {summary['exact_share']:.0%}")
    if exact:
        print(f"{'flips r':>8} {'certified acc.':>15}")
        for r, a in zip(summary["budgets"], summary["certified_accuracy_lower"]):
            print(f"{r:>8} {a:>15.3f}")
        return
    print(f"{'flips r':>8} {'certified acc.':>15} {'not yet attacked':>17}")
    for r, a, b in zip(summary["budgets"], summary["certified_accuracy_lower"],
                       summary["certified_accuracy_upper"]):
        print(f"{r:>8} {a:>15.3f} {b:>17.3f}")


def run_solvers() -> None:
    from .solvers import solver_info

    for info in solver_info():
        caps = ", ".join(sorted(info.get("capabilities", ())))
        state = info.get("version") if info.get("installed") else "not installed"
        print(f"{info['name']:<14} {str(state):<22} {caps}")


def run_datasets() -> None:
    from .data import list_datasets

    for name, text in list_datasets().items():
        print(f"{name:<15} {text}")


def main(argv=None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a bad flag already reported on one line
        return 0 if exc.code is None else exc.code if isinstance(exc.code, int) else 2
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    # a Dask cluster's own INFO chatter stays out of the output (read when dask is first imported)
    os.environ.setdefault("DASK_DISTRIBUTED__LOGGING__DISTRIBUTED", "warning")
    try:
        if args.command == "datasets":
            run_datasets()
        elif args.command == "solvers":
            run_solvers()
        else:
            run_certify(args)
    except OptcertError as exc:
        print(f"optcert: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into a reader that stopped (| head): results are saved
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):  # stdout without a file descriptor (captured)
            pass
        return 141
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
