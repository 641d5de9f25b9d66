"""Do the NTK certificates describe real wide networks? (issue 19)

For mnist-1v7 (PCA features) and a synthetic Gaussian mixture, both losses, several widths and
seeds, this trains :class:`optcert.nn.WideNetwork` (depth 1, bias variance 1) next to its
infinite-width kernel machine (KernelRidge(alpha) / KernelSVM(C = c_factor * C*), kernel="ntk")
and measures

(a) agreement of decision values and predictions on the test points;
(b) the certificate's witness (upper + 1 flips, replayed on the kernel machine) applied to the
    network's training labels: how often it changes the network's prediction;
(c) at points certified at r = the certified radius (lower bound) >= 1: the strongest attacks
    of r flips -- the witness cut to r flips (the cut that leaves the kernel machine's margin
    smallest) and a greedy attack that retrains the network (candidates ranked by the network's
    own tangent kernel, two retrained per step) -- how often they change the network's
    prediction, which the certificate rules out for the kernel machine; and the witness of the
    certificate of the *finite* network's linearisation (the same kernel machine with the
    network's empirical tangent kernel at initialisation), where it has at most r flips.
    The interval [emp_lower, emp_upper] on that linearisation's radius is kept too.

    OMP_NUM_THREADS=1 python experiments/finite_width.py --out experiments/results_finite_width

Every result is appended to CSV files in ``--out`` as soon as it is measured, one row per test
point: ``points.csv`` (both decision values of every test point, per width and seed),
``agreement.csv`` (per width and seed), ``certificates.csv`` (the kernel machine's certificate
with its witness, reused by later runs so every width attacks the same certificate) and
``attacks.csv`` (per attacked point, width and seed). A rerun into the same directory skips what
is there, so a run can be stopped (``--stop-at``) and extended; ``--summarise-only`` redraws
``summary.md`` and the plots from the CSV files.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import logging
import time
from pathlib import Path

import numpy as np

import optcert
from optcert.data.features import feature_map
from optcert.nn import WideNetwork

logger = logging.getLogger("finite_width")

DEPTH, BIAS = 1, 1.0

POINT_FIELDS = ["dataset", "loss", "width", "seed", "point", "label", "f_kernel", "g_net"]
AGREE_FIELDS = ["dataset", "loss", "width", "seed", "rel_err", "max_abs_err", "sign_agree", "acc_net",
                "acc_kernel", "converged", "n_iter", "objective", "fit_s"]
CERT_FIELDS = ["dataset", "loss", "hyper", "point", "f_kernel", "lower", "upper", "method", "cert_s",
               "witness_indices", "witness_labels"]
ATTACK_FIELDS = ["dataset", "loss", "width", "seed", "point", "lower", "upper", "g_net", "same_prediction",
                 "witness_flips", "witness_changes_net", "witness_g_net",
                 "r", "cut_flips", "cut_f_kernel", "cut_witness_succeeds", "cut_g_net",
                 "greedy_flips", "greedy_succeeds", "greedy_g_net",
                 "emp_lower", "emp_upper", "emp_flips", "emp_succeeds", "emp_g_net", "attack_s"]


def load(name: str, n_train: int, n_test: int, seed: int = 0):
    """Features scaled to unit RMS norm (label-independent), binary labels 0/1."""
    if name == "mnist-1v7":
        ds = optcert.load_dataset("mnist-1v7", n_train=n_train, n_test=n_test, seed=seed)
        X, Xt = feature_map("pca:16", ds.X_train, ds.X_test)
        return X, ds.y_train, Xt, ds.y_test
    X, y = optcert.make_gaussian_mixture(n_train + n_test, 10, separation=2.0, seed=seed)
    X = X / np.sqrt(np.mean(np.sum(X[:n_train] ** 2, axis=1)))
    return X[:n_train], y[:n_train], X[n_train:], y[n_train:]


def kernel_machine(loss: str, X, y, alpha: float, c_factor: float):
    if loss == "squared":
        return optcert.KernelRidge(alpha=alpha, depth=DEPTH, bias=BIAS).fit(X, y)
    svm = optcert.KernelSVM(C=1.0, depth=DEPTH, bias=BIAS).fit(X, y)
    return svm.set_params(C=c_factor * svm.c_star_).fit(X, y)


def cut_witness(km, x, witness, r, sign):
    """Drop flips from the witness (one at a time) until r remain, keeping the kernel machine's
    margin at x smallest: the strongest cut of the kernel's own attack."""
    idx, lab = list(witness.indices), list(witness.labels)
    while len(idx) > r:
        best = None
        for j in range(len(idx)):
            y2 = km.y_fit_.copy()
            keep = [i for i in range(len(idx)) if i != j]
            y2[[idx[i] for i in keep]] = [lab[i] for i in keep]
            m = sign * km.refit(y2).decision_function(x)[0]
            if best is None or m < best[0]:
                best = (m, j)
        del idx[best[1]], lab[best[1]]
    return optcert.Attack(np.array(idx, dtype=np.int64), np.array(lab))


def greedy_network_attack(net, x, r, sign, n_candidates=2, tol=1e-7):
    """Flip up to r labels greedily, each step retraining the network on the best of
    ``n_candidates`` flips ranked by the network's tangent kernel (warm-started retraining);
    a success is confirmed by training from theta0.

    Returns (success, flips used, the confirmed network's g(x) or None).
    """
    y = net.y_fit_.copy()
    cur = net
    flipped: list[int] = []
    t = np.where(y == cur.classes_[1], 1.0, -1.0)
    for _ in range(r):
        k_x = cur.tangent_kernel(x, cur.X_fit_)[0]  # (N,)
        if net.loss == "squared":
            # g(x) = k_x^T (K + alpha I)^{-1} t: flipping i moves it by -2 t_i w_i
            Kt = cur.tangent_kernel(cur.X_fit_)
            move = -2.0 * t * np.linalg.solve(Kt + float(net.alpha) * np.eye(len(y)), k_x)
        else:
            # g(x) = sum_i a_i t_i k(x_i, x): a flipped point becomes a margin violator (a -> C),
            # so its term moves from a_i t_i k_i to about -C t_i k_i
            a = np.clip(cur.dual_coef_ * t, 0.0, float(net.C))
            move = -t * (a + float(net.C)) * k_x
        effect = sign * move
        effect[flipped] = np.inf
        best = None
        for i in np.argsort(effect)[:n_candidates]:
            y2 = y.copy()
            y2[i] = cur.classes_[0] if t[i] > 0 else cur.classes_[1]
            cand = cur.refit(y2, warm_start=True, tol=tol)
            m = sign * cand.decision_function(x)[0]
            if best is None or m < best[0]:
                best = (m, int(i), cand, y2)
        m, i, cur, y = best
        flipped.append(i)
        t[i] = -t[i]
        if m <= 0:
            g = float(net.refit(y).decision_function(x)[0])  # confirmed at the default tolerance
            return _changed(g, sign), len(flipped), g
    return False, len(flipped), None


class Store:
    """Rows appended to CSV files as they are measured; the rows already there say what is done."""

    def __init__(self, out: Path):
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self.fields = {"points": POINT_FIELDS, "agreement": AGREE_FIELDS, "certificates": CERT_FIELDS,
                       "attacks": ATTACK_FIELDS}
        self.rows = {name: self._read(name) for name in self.fields}

    def _path(self, name):
        return self.out / f"{name}.csv"

    def _read(self, name):
        path = self._path(name)
        if not path.exists():
            return []
        with open(path, newline="") as fh:
            rows = list(csv.DictReader(fh))
        if rows and list(rows[0]) != self.fields[name]:
            raise SystemExit(f"{path} has other columns than this script writes; move it away first")
        return rows

    def add(self, name, row):
        row = {k: str(_fmt(row.get(k, ""))) for k in self.fields[name]}
        path = self._path(name)
        new = not path.exists()
        with open(path, "a", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=self.fields[name])
            if new:
                w.writeheader()
            w.writerow(row)
        self.rows[name].append(row)

    def has(self, name, **key):
        key = {k: str(v) for k, v in key.items()}
        return any(all(r[k] == v for k, v in key.items()) for r in self.rows[name])

    def get(self, name, **key):
        key = {k: str(v) for k, v in key.items()}
        return [r for r in self.rows[name] if all(r[k] == v for k, v in key.items())]


def _fmt(v):
    if isinstance(v, (bool, np.bool_)):
        return str(bool(v))
    if isinstance(v, (float, np.floating)):
        return repr(float(v))
    return v


def certificates(store, dname, loss, km, Xt, n_points, time_limit):
    """The kernel machine's certificates at the first ``n_points`` test points, computed once and
    kept in certificates.csv (a time-limited search need not give the same interval twice)."""
    hyper = f"alpha={km.alpha:.6g}" if loss == "squared" else f"C={km.C:.6g}"
    fk = km.decision_function(Xt)
    todo = [m for m in range(n_points) if not store.has("certificates", dataset=dname, loss=loss, point=m)]
    for m in todo:
        cert = optcert.certify(km, Xt[m:m + 1], time_limit=time_limit)[0]
        w = cert.witness
        if w is not None and _changed(km.refit(w.apply(km.y_fit_)).decision_function(Xt[m:m + 1])[0], fk[m]) is False:
            raise RuntimeError(f"{dname} {loss} point {m}: the certificate's witness does not replay")
        store.add("certificates", dict(
            dataset=dname, loss=loss, hyper=hyper, point=m, f_kernel=fk[m], lower=cert.lower, upper=cert.upper,
            method=cert.method, cert_s=cert.runtime,
            witness_indices="" if w is None else json.dumps([int(i) for i in w.indices]),
            witness_labels="" if w is None else json.dumps(np.asarray(w.labels).tolist())))
        logger.info("%s %s %s point %d: R in [%s, %s] (%s, %.1f s)", dname, loss, hyper, m, cert.lower,
                    cert.upper, cert.method, cert.runtime)
    out = []
    for m in range(n_points):
        row = store.get("certificates", dataset=dname, loss=loss, point=m)[0]
        if row["hyper"] != hyper:
            raise SystemExit(f"certificates.csv holds {dname} {loss} at {row['hyper']}, not {hyper}")
        w = None
        if row["witness_indices"]:
            w = optcert.Attack(np.array(json.loads(row["witness_indices"]), dtype=np.int64),
                               np.array(json.loads(row["witness_labels"])))
        out.append((float(row["lower"]), float(row["upper"]), w))
    return out


def _changed(g, f_clean) -> bool:
    """Does decision value g predict another class than f_clean (binary: class 1 iff > 0)?"""
    return bool((g > 0) != (f_clean > 0))


def empirical_machine(net, km, X):
    """The kernel machine of ``km``'s loss and hyperparameter on the network's tangent kernel at
    initialisation: the network linearised at theta0, certified exactly like ``km``."""
    K0 = net.tangent_kernel(X, at="init")
    if net.loss == "squared":
        return optcert.KernelRidge(alpha=km.alpha, kernel="precomputed").fit(K0, km.y_fit_)
    return optcert.KernelSVM(C=km.C, kernel="precomputed").fit(K0, km.y_fit_)


def attack_point(net, km, y, x, cert, fk_m, fn_m, greedy: bool, emp=None, emp_time_limit=3.0):
    lower, upper, witness = cert
    sign = 1.0 if fk_m > 0 else -1.0
    same = not _changed(fn_m, fk_m)
    row = dict(lower=lower, upper=upper, g_net=fn_m, same_prediction=same)
    if not same:  # the network already predicts the other class: nothing to attack
        return row
    if witness is not None:  # (b)
        g = float(net.refit(witness.apply(y)).decision_function(x)[0])
        row.update(witness_flips=witness.size, witness_changes_net=_changed(g, fk_m), witness_g_net=g)
    r = int(lower) if np.isfinite(lower) else None
    if r is not None and r >= 1:  # (c)
        row["r"] = r
        if witness is not None:
            cut = cut_witness(km, x, witness, r, sign)
            g = float(net.refit(cut.apply(y)).decision_function(x)[0])
            row.update(cut_flips=cut.size, cut_f_kernel=float(km.refit(cut.apply(y)).decision_function(x)[0]),
                       cut_witness_succeeds=_changed(g, fk_m), cut_g_net=g)
        if greedy:
            ok, used, g = greedy_network_attack(net, x, r, sign)
            row.update(greedy_succeeds=ok, greedy_flips=used, greedy_g_net="" if g is None else g)
    if emp is not None:
        k0x = net.tangent_kernel(x, net.X_fit_, at="init")
        if not _changed(emp.decision_function(k0x)[0], fk_m):  # the linearisation predicts the same class
            ec = optcert.certify(emp, k0x, time_limit=emp_time_limit)[0]
            row.update(emp_lower=ec.lower, emp_upper=ec.upper)
            if r is not None and r >= 1 and ec.witness is not None and ec.witness.size <= r:
                g = float(net.refit(ec.witness.apply(y)).decision_function(x)[0])
                row.update(emp_flips=ec.witness.size, emp_succeeds=_changed(g, fk_m), emp_g_net=g)
    return row


def run(args):
    store = Store(Path(args.out))
    stop = None
    if args.stop_at:
        hh, mm = map(int, args.stop_at.split(":"))
        now = dt.datetime.now(dt.UTC)
        stop = now.replace(hour=hh, minute=mm, second=0, microsecond=0).timestamp()

    def out_of_time():
        if stop is not None and time.time() >= stop:
            logger.info("--stop-at %s reached: stopping", args.stop_at)
            return True
        return False

    for dname in args.datasets:
        X, y, Xt, yt = load(dname, args.n_train, args.n_test)
        for loss in args.losses:
            km = kernel_machine(loss, X, y, args.alpha, args.c_factor)
            fk = km.decision_function(Xt)
            attacking = bool(set(args.attack_widths) & set(args.widths)) and args.attack_points > 0
            certs = (certificates(store, dname, loss, km, Xt, args.attack_points, args.cert_time_limit)
                     if attacking else [])
            for width in args.widths:
                for seed in args.seeds:
                    key = dict(dataset=dname, loss=loss, width=width, seed=seed)
                    attack = width in args.attack_widths and seed in args.attack_seeds
                    done_a = store.has("agreement", **key)
                    todo = [m for m in range(len(certs)) if attack and not store.has("attacks", **key, point=m)
                            and (args.only_points is None or m in args.only_points)]
                    if done_a and not todo:
                        continue
                    if out_of_time():
                        return
                    t0 = time.time()
                    net = WideNetwork(width=width, depth=DEPTH, bias=BIAS, loss=loss, alpha=args.alpha,
                                      C=getattr(km, "C", 1.0), random_state=seed).fit(X, y)
                    fit_s = time.time() - t0
                    fn = net.decision_function(Xt)
                    if not done_a:
                        for m in range(len(Xt)):
                            store.add("points", dict(**key, point=m, label=yt[m], f_kernel=fk[m], g_net=fn[m]))
                        store.add("agreement", dict(
                            **key, rel_err=np.linalg.norm(fn - fk) / np.linalg.norm(fk),
                            max_abs_err=np.max(np.abs(fn - fk)), sign_agree=np.mean(np.sign(fn) == np.sign(fk)),
                            acc_net=np.mean((fn > 0) == (yt == 1)), acc_kernel=np.mean((fk > 0) == (yt == 1)),
                            converged=net.converged_, n_iter=net.n_iter_, objective=net.objective_, fit_s=fit_s))
                        logger.info("%s %s width %d seed %d: rel err %.4f, signs %.3f (%.1f s, %d steps)",
                                    dname, loss, width, seed, np.linalg.norm(fn - fk) / np.linalg.norm(fk),
                                    np.mean(np.sign(fn) == np.sign(fk)), fit_s, net.n_iter_)
                    emp = empirical_machine(net, km, X) if todo and args.emp_time_limit > 0 else None
                    for m in todo:
                        if out_of_time():
                            return
                        t0 = time.time()
                        row = attack_point(net, km, y, Xt[m:m + 1], certs[m], fk[m], fn[m],
                                           greedy=width in args.greedy_widths, emp=emp,
                                           emp_time_limit=args.emp_time_limit)
                        store.add("attacks", dict(**key, point=m, **row, attack_s=time.time() - t0))
                        logger.info("  %s %s width %d seed %d point %d: %s (%.1f s)", dname, loss, width, seed, m,
                                    {k: row[k] for k in row if k.endswith(("changes_net", "succeeds"))},
                                    time.time() - t0)


# -- summary -----------------------------------------------------------------------------------

def _true(v) -> bool:
    return v == "True"


def _share(rows, field):
    vals = [_true(r[field]) for r in rows if r.get(field, "") != ""]
    return sum(vals), len(vals)


def summarise(out: Path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    store = Store(out)
    agree, attacks = store.rows["agreement"], store.rows["attacks"]
    groups = sorted({(r["dataset"], r["loss"]) for r in agree})
    lines = ["| dataset | loss | width | seeds | rel. error (mean over seeds) | sign agreement | fit s |",
             "|---|---|---|---|---|---|---|"]
    fig, axes = plt.subplots(1, 2, figsize=(10, 4))
    for dname, loss in groups:
        rows = [r for r in agree if r["dataset"] == dname and r["loss"] == loss]
        widths = sorted({int(r["width"]) for r in rows})
        err, sg = [], []
        for w in widths:
            rw = [r for r in rows if int(r["width"]) == w]
            err.append(np.mean([float(r["rel_err"]) for r in rw]))
            sg.append(np.mean([float(r["sign_agree"]) for r in rw]))
            fs = np.mean([float(r["fit_s"]) for r in rw])
            lines.append(f"| {dname} | {loss} | {w} | {len(rw)} | {err[-1]:.4f} | {sg[-1]:.3f} | {fs:.1f} |")
        axes[0].loglog(widths, err, "o-", label=f"{dname} {loss}")
        axes[1].semilogx(widths, sg, "o-", label=f"{dname} {loss}")
    axes[0].set(xlabel="width", ylabel="||g_net - f_kernel|| / ||f_kernel||", title="(a) decision values")
    axes[1].set(xlabel="width", ylabel="share of equal predictions", title="(a) predictions")
    axes[0].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out / "agreement.png", dpi=110)
    plt.close(fig)

    lines += ["", "| dataset | loss | width | seeds | (b) witness changes net | (c) attacked (point, seed) pairs "
              "| mean r | cut witness succeeds | greedy succeeds | linearisation's witness (<= r flips) succeeds "
              "| any succeeds | linearisation's R below / above R (of exact pairs) |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    fig, axes = plt.subplots(1, 2, figsize=(10, 4))
    for dname, loss in sorted({(r["dataset"], r["loss"]) for r in attacks}):
        rows = [r for r in attacks if r["dataset"] == dname and r["loss"] == loss]
        widths = sorted({int(r["width"]) for r in rows})
        bs, cs = [], []
        for w in widths:
            rw = [r for r in rows if int(r["width"]) == w]
            seeds = sorted({int(r["seed"]) for r in rw})
            b = _share(rw, "witness_changes_net")
            c = [r for r in rw if r["r"] != ""]
            cut, gr = _share(c, "cut_witness_succeeds"), _share(c, "greedy_succeeds")
            em = _share(c, "emp_succeeds")
            anyok = sum(any(_true(r[f]) for f in ("cut_witness_succeeds", "greedy_succeeds", "emp_succeeds"))
                        for r in c)
            both = [r for r in rw if r["emp_lower"] != "" and float(r["emp_lower"]) == float(r["emp_upper"])
                    and float(r["lower"]) == float(r["upper"])]
            drop = sum(float(r["emp_lower"]) < float(r["lower"]) for r in both)
            rise = sum(float(r["emp_lower"]) > float(r["lower"]) for r in both)
            mean_r = np.mean([int(r["r"]) for r in c]) if c else np.nan
            bs.append(b[0] / b[1] if b[1] else np.nan)
            cs.append(anyok / len(c) if c else np.nan)
            gr_s = f"{gr[0]}/{gr[1]}" if gr[1] else "(not run)"
            em_s = f"{em[0]}/{em[1]}" if em[1] else "-"
            lines.append(f"| {dname} | {loss} | {w} | {','.join(map(str, seeds))} | {b[0]}/{b[1]} | {len(c)} | "
                         f"{mean_r:.1f} | {cut[0]}/{cut[1]} | {gr_s} | {em_s} | {anyok}/{len(c)} | "
                         f"{drop}/{rise}/{len(both)} |")
        axes[0].semilogx(widths, bs, "o-", label=f"{dname} {loss}")
        axes[1].semilogx(widths, cs, "o-", label=f"{dname} {loss}")
    axes[0].set(xlabel="width", ylabel="share of points", ylim=(-0.05, 1.05),
                title="(b) the kernel's witness flips the network too")
    axes[1].set(xlabel="width", ylabel="share of certified points", ylim=(-0.05, 1.05),
                title="(c) an attack of r = R flips breaks the network")
    axes[0].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out / "witness_transfer.png", dpi=110)
    plt.close(fig)
    (out / "summary.md").write_text("\n".join(lines) + "\n")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", default="experiments/results_finite_width")
    p.add_argument("--datasets", nargs="+", default=["mnist-1v7", "synthetic"])
    p.add_argument("--losses", nargs="+", default=["squared", "hinge"])
    p.add_argument("--widths", nargs="+", type=int, default=[64, 256, 1024, 4096, 16384])
    p.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2])
    p.add_argument("--attack-widths", nargs="+", type=int, default=[64, 1024, 4096])
    p.add_argument("--attack-seeds", nargs="+", type=int, default=[0])
    p.add_argument("--n-train", type=int, default=100)
    p.add_argument("--n-test", type=int, default=20)
    p.add_argument("--alpha", type=float, default=1.0)
    p.add_argument("--c-factor", type=float, default=10.0)
    p.add_argument("--cert-time-limit", type=float, default=20.0)
    p.add_argument("--attack-points", type=int, default=10, help="test points attacked, (b) and (c)")
    p.add_argument("--greedy-widths", nargs="+", type=int, default=[64, 1024])
    p.add_argument("--emp-time-limit", type=float, default=3.0,
                   help="seconds per point to certify the network's linearisation (0: skip it)")
    p.add_argument("--only-points", nargs="+", type=int, default=None,
                   help="attack only these test points (indices below --attack-points)")
    p.add_argument("--stop-at", default=None, help="HH:MM (UTC): start no new fit or attack after it")
    p.add_argument("--summarise-only", action="store_true", help="redraw summary.md and plots from the CSVs")
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    logging.getLogger("optcert").setLevel(logging.WARNING)
    if not args.summarise_only:
        run(args)
    summarise(Path(args.out))


if __name__ == "__main__":
    main()
