"""Do the NTK certificates describe real wide networks? (issue 19)

For mnist-1v7 (PCA features) and a synthetic Gaussian mixture, both losses, several widths and
seeds, this trains :class:`optcert.nn.WideNetwork` (depth 1, bias variance 1) next to its
infinite-width kernel machine (KernelRidge(alpha) / KernelSVM(C = 10 C*), kernel="ntk") and
measures

(a) agreement of decision values and predictions on the test points;
(b) the certificate's witness (R + 1 flips, replayed on the kernel machine) applied to the
    network's training labels: how often it changes the network's prediction;
(c) at points certified at r = the certified radius (lower bound) >= 1: the strongest attacks
    of r flips -- the witness cut to r flips (the cut that leaves the kernel machine's margin
    smallest) and a greedy attack that retrains the network (candidates ranked by the network's
    own tangent kernel, two retrained per step) -- how often they change the network's
    prediction, which the certificate rules out for the kernel machine.

    python experiments/finite_width.py --out experiments/results_finite_width

writes ``agreement.csv``, ``attacks.csv``, ``summary.md`` and the plots there.
"""

from __future__ import annotations

import argparse
import csv
import logging
import time
from pathlib import Path

import numpy as np

import optcert
from optcert.data.features import feature_map
from optcert.nn import WideNetwork

logger = logging.getLogger("finite_width")

DEPTH, BIAS = 1, 1.0


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


def margin(scores, sign):
    """Signed margin of the clean prediction (> 0: unchanged)."""
    return sign * scores


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
            m = margin(km.refit(y2).decision_function(x)[0], sign)
            if best is None or m < best[0]:
                best = (m, j)
        del idx[best[1]], lab[best[1]]
    return optcert.Attack(np.array(idx), np.array(lab))


def greedy_network_attack(net, x, r, sign, n_candidates=2, tol=1e-7):
    """Flip up to r labels greedily, each step retraining the network on the best of
    ``n_candidates`` flips ranked by the network's tangent kernel (warm-started retraining);
    a success is confirmed by training from theta0. Returns (success, flips)."""
    y = net.y_fit_.copy()
    cur = net
    flipped = []
    t = np.where(y == cur.classes_[1], 1.0, -1.0)
    for _ in range(r):
        k_x = cur.tangent_kernel(x, cur.X_fit_)[0]  # (N,)
        if net.loss == "squared":
            Kt = cur.tangent_kernel(cur.X_fit_)
            w = np.linalg.solve(Kt + float(net.alpha) * np.eye(len(y)), k_x)
        else:
            w = k_x
        # flipping i moves g(x) by about -2 t_i w_i: rank the flips that push g across 0
        effect = sign * (-2.0 * t * w)
        effect[flipped] = np.inf
        best = None
        for i in np.argsort(effect)[:n_candidates]:
            y2 = y.copy()
            y2[i] = cur.classes_[0] if t[i] > 0 else cur.classes_[1]
            cand = cur.refit(y2, warm_start=True, tol=tol)
            m = margin(cand.decision_function(x)[0], sign)
            if best is None or m < best[0]:
                best = (m, i, cand, y2)
        m, i, cur, y = best
        flipped.append(i)
        t[i] = -t[i]
        if m <= 0:
            final = net.refit(y)  # confirm at the default tolerance
            return bool(margin(final.decision_function(x)[0], sign) <= 0), len(flipped)
    return False, len(flipped)


def run(args):
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    agree_rows, attack_rows = [], []
    for dname in args.datasets:
        X, y, Xt, yt = load(dname, args.n_train, args.n_test)
        for loss in args.losses:
            km = kernel_machine(loss, X, y, args.alpha, args.c_factor)
            t0 = time.time()
            attacking = bool(set(args.attack_widths) & set(args.widths)) and args.attack_points > 0
            certs = (optcert.certify(km, Xt[:args.attack_points], time_limit=args.cert_time_limit)
                     if attacking else [])
            cert_s = time.time() - t0
            fk = km.decision_function(Xt)
            hp = f"alpha={args.alpha}" if loss == "squared" else f"C={km.C:.4g} (={args.c_factor} C*)"
            logger.info("%s %s %s: certified in %.1f s, radii %s", dname, loss, hp, cert_s,
                        [(c.lower, c.upper) for c in certs])
            for width in args.widths:
                for seed in args.seeds:
                    t0 = time.time()
                    net = WideNetwork(width=width, depth=DEPTH, bias=BIAS, loss=loss, alpha=args.alpha,
                                      C=getattr(km, "C", 1.0), random_state=seed).fit(X, y)
                    fit_s = time.time() - t0
                    fn = net.decision_function(Xt)
                    agree_rows.append(dict(
                        dataset=dname, loss=loss, width=width, seed=seed,
                        rel_err=np.linalg.norm(fn - fk) / np.linalg.norm(fk),
                        max_abs_err=np.max(np.abs(fn - fk)),
                        sign_agree=np.mean(np.sign(fn) == np.sign(fk)),
                        acc_net=np.mean((fn > 0) == (yt == 1)), acc_kernel=np.mean((fk > 0) == (yt == 1)),
                        converged=net.converged_, n_iter=net.n_iter_, fit_s=fit_s))
                    logger.info("%s %s width %d seed %d: rel err %.4f, signs %.3f (%.1f s, %d steps)",
                                dname, loss, width, seed, agree_rows[-1]["rel_err"],
                                agree_rows[-1]["sign_agree"], fit_s, net.n_iter_)
                    if width not in args.attack_widths or seed not in args.attack_seeds:
                        continue
                    for m, cert in enumerate(certs):
                        x = Xt[m:m + 1]
                        sign = 1.0 if fk[m] > 0 else -1.0
                        same = bool(np.sign(fn[m]) == sign)
                        row = dict(dataset=dname, loss=loss, width=width, seed=seed, point=m,
                                   lower=cert.lower, upper=cert.upper, same_prediction=same)
                        if cert.witness is not None:  # (b)
                            wnet = net.refit(cert.witness.apply(y))
                            row["witness_flips"] = cert.witness.size
                            row["witness_changes_net"] = bool(
                                margin(wnet.decision_function(x)[0], sign) <= 0) if same else ""
                        r = int(cert.lower) if np.isfinite(cert.lower) else None
                        if same and r is not None and r >= 1:  # (c)
                            row["r"] = r
                            if cert.witness is not None:
                                cut = cut_witness(km, x, cert.witness, r, sign)
                                cnet = net.refit(cut.apply(y))
                                row["cut_witness_succeeds"] = bool(margin(cnet.decision_function(x)[0], sign) <= 0)
                            if width in args.greedy_widths:
                                ok, used = greedy_network_attack(net, x, r, sign)
                                row["greedy_succeeds"] = ok
                        attack_rows.append(row)
                    logger.info("  attacks done for width %d seed %d", width, seed)
            write_csv(out / "agreement.csv", agree_rows)
            write_csv(out / "attacks.csv", attack_rows)
    summarise(out, agree_rows, attack_rows)


def write_csv(path, rows):
    if not rows:
        return
    keys = []
    for r in rows:
        keys += [k for k in r if k not in keys]
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=keys)
        w.writeheader()
        w.writerows(rows)


def summarise(out: Path, agree_rows, attack_rows):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    lines = ["| dataset | loss | width | rel. error (mean over seeds) | sign agreement | fit s |",
             "|---|---|---|---|---|---|"]
    groups = sorted({(r["dataset"], r["loss"]) for r in agree_rows})
    fig, axes = plt.subplots(1, 2, figsize=(10, 4))
    for dname, loss in groups:
        rows = [r for r in agree_rows if r["dataset"] == dname and r["loss"] == loss]
        widths = sorted({r["width"] for r in rows})
        err = [np.mean([r["rel_err"] for r in rows if r["width"] == w]) for w in widths]
        sg = [np.mean([r["sign_agree"] for r in rows if r["width"] == w]) for w in widths]
        for w, e, s in zip(widths, err, sg):
            fs = np.mean([r["fit_s"] for r in rows if r["width"] == w])
            lines.append(f"| {dname} | {loss} | {w} | {e:.4f} | {s:.3f} | {fs:.1f} |")
        axes[0].loglog(widths, err, "o-", label=f"{dname} {loss}")
        axes[1].semilogx(widths, sg, "o-", label=f"{dname} {loss}")
    axes[0].set(xlabel="width", ylabel="||g_net - f_kernel|| / ||f_kernel||", title="(a) decision values")
    axes[1].set(xlabel="width", ylabel="share of equal predictions", title="(a) predictions")
    axes[0].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out / "agreement.png", dpi=110)
    plt.close(fig)

    lines += ["", "| dataset | loss | width | (b) witness changes net | (c) points | cut witness succeeds | greedy succeeds |",
              "|---|---|---|---|---|---|---|"]
    fig, ax = plt.subplots(figsize=(6, 4))
    for dname, loss in sorted({(r["dataset"], r["loss"]) for r in attack_rows}):
        rows = [r for r in attack_rows if r["dataset"] == dname and r["loss"] == loss]
        widths = sorted({r["width"] for r in rows})
        bs = []
        for w in widths:
            rw = [r for r in rows if r["width"] == w]
            b = [r["witness_changes_net"] for r in rw if r.get("witness_changes_net", "") != ""]
            c = [r for r in rw if "r" in r]
            cut = [r["cut_witness_succeeds"] for r in c if "cut_witness_succeeds" in r]
            gr = [r["greedy_succeeds"] for r in c if "greedy_succeeds" in r]
            bs.append(np.mean(b) if b else np.nan)
            lines.append(f"| {dname} | {loss} | {w} | {sum(b)}/{len(b)} | {len(c)} | {sum(cut)}/{len(cut)} | "
                         f"{sum(gr)}/{len(gr)} |")
        ax.semilogx(widths, bs, "o-", label=f"{dname} {loss}")
    ax.set(xlabel="width", ylabel="share", ylim=(-0.05, 1.05), title="(b) the witness flips the network too")
    ax.legend(fontsize=7)
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
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    logging.getLogger("optcert").setLevel(logging.WARNING)
    run(args)


if __name__ == "__main__":
    main()
