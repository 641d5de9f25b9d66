"""The model families of :func:`optcert.certify.collective.certify_collective`.

Each family knows, for one fitted model and its test points: which points may change within r
flips (its own sound proof), a fast evaluator of labellings for the greedy (or None), the MILP
(:mod:`optcert.formulations.collective`) with its MIP start and decoder, and the *replay*:
retrain the real learner on a labelling and count the (weighted) predictions that changed.
Labellings are class indices over the whole training set.
"""

from __future__ import annotations

import logging

import numpy as np

from ..exact import collective as ec
from ..exceptions import NotLabelLinearError
from ..formulations import collective as fc
from ..results import Attack

logger = logging.getLogger(__name__)


def family_for(model, X, clean, a, *, base: str, opts: dict):
    """The family of ``model``: label-linear, SVM above C*, or an ensemble (white- or black-box)."""
    from ..partition import PartitionEnsemble

    if isinstance(model, PartitionEnsemble):
        return (WhiteboxFamily if base == "whitebox" else BlackboxFamily)(model, X, clean, a, opts)
    if model.is_label_linear:
        return LabelLinearFamily(model, X, clean, a, opts)
    return SVMFamily(model, X, clean, a, opts)


class _Single:
    """A single KernelSVM / KernelRidge: labels, attacks and replays."""

    relaxable = False

    def __init__(self, model, X, clean, a, opts):
        self.model, self.X, self.clean, self.a, self.opts = model, X, clean, a, opts
        self.y_index = model.encode_labels(model.y_fit_)
        self.n_classes = model.n_classes_

    def labels_of(self, attack: Attack) -> np.ndarray:
        y = self.y_index.copy()
        y[attack.indices] = np.searchsorted(self.model.classes_, attack.labels)
        return y

    def attack(self, y: np.ndarray) -> Attack:
        idx = np.flatnonzero(y != self.y_index)
        return Attack(idx, self.model.classes_[y[idx]])

    def replay(self, y: np.ndarray) -> float:
        """Weighted number of predictions that change when the learner is retrained on ``y``."""
        if not (y != self.y_index).any():
            return 0.0
        pred = self.model.refit(self.model.classes_[y]).predict(self.X)
        return float((self.a * (pred != self.clean)).sum())

    def may_change(self, r: int) -> np.ndarray:
        return np.ones(self.X.shape[0], dtype=bool)

    def evaluator(self, r, active):
        return None

    def order(self, r, active):
        return None


class LabelLinearFamily(_Single):
    """Kernel ridge (any lambda) and the SVM at C <= C*: scores linear in the labels."""

    relaxable = True

    def __init__(self, model, X, clean, a, opts):
        super().__init__(model, X, clean, a, opts)
        view = model.label_linear_view(X)
        self.W = view.weights
        self.offset = None if view.binary else view.offset
        self.tau = opts["tau_rel"] * np.abs(self.W).sum(axis=1)
        self._cross = {}
        self._cliques: dict = {}

    def crossing(self, r: int):
        if r not in self._cross:
            self._cross = {r: ec.crossing(self.offset, self.W, self.y_index, self.n_classes, self.tau, r)}
        return self._cross[r]

    def may_change(self, r: int) -> np.ndarray:
        """Sorting proves the others safe: their largest r gains cannot cover the gap."""
        return self.crossing(r).point_flips <= r

    def evaluator(self, r, active):
        return ec.LinearScores(self.offset, self.W, self.y_index, self.n_classes, self.a, reach=active)

    def order(self, r, active):
        flips = self.crossing(r).point_flips
        pts = np.flatnonzero(active)
        return pts[np.argsort(flips[pts], kind="stable")]

    def build(self, r, active, *, relax=False):
        """The collective MILP (or its LP); the conflict cliques of the first build are reused
        for the same budget and points."""
        key = (r, np.flatnonzero(active).tobytes())
        m = fc.build_collective_label_linear(self.offset, self.W, self.y_index, self.n_classes, self.tau, r,
                                             weights=self.a, points=np.flatnonzero(active),
                                             encoding=self.opts["encoding"], relax=relax,
                                             cuts=self.opts.get("cuts", True), cliques=self._cliques.get(key))
        self._cliques = {key: m.conflict_cliques}
        return m

    def start(self, m, y) -> bool:
        fc.label_linear_start(m, y)
        return True

    def decode(self, m, values) -> np.ndarray:
        return fc.decode_labels(m, values)

    def round(self, m, values, r: int) -> np.ndarray:
        """A labelling from a fractional solution: the r points most flipped, each to its most
        chosen other class."""
        y = self.y_index.copy()
        I = np.asarray(m.candidates, dtype=np.int64)
        if I.size == 0:
            return y
        if self.n_classes == 2:
            flip = np.array([values[m.z[i].name] for i in I])
            new = 1 - y[I]
        else:
            B = np.array([[values[m.b[i, k].name] for k in range(self.n_classes)] for i in I])
            flip = 1.0 - B[np.arange(I.size), y[I]]
            B[np.arange(I.size), y[I]] = -np.inf
            new = np.argmax(B, axis=1)
        top = np.argsort(-flip, kind="stable")[:r]
        top = top[flip[top] > 1e-6]
        y[I[top]] = new[top]
        return y


class SVMFamily(_Single):
    """The SVM above C*: the shared KKT block; attacks only by retraining."""

    def __init__(self, model, X, clean, a, opts):
        super().__init__(model, X, clean, a, opts)
        from ..formulations.kkt import svm_bounds
        from ..svm.margins import tie_scale

        self.Q = model.gram_
        self.C = float(model.C)
        self.q = model.cross_kernel(X)
        self.tau = opts["tau_rel"] * tie_scale(self.q, self.C, self.n_classes)
        S = self.C * np.abs(self.q).sum(axis=1)
        if getattr(model, "kernel_", None) is not None:  # |F| <= ||w|| sqrt(k(x, x)), ||w||^2 <= N C
            kxx = np.clip(model.kernel_.diag(X), 0.0, None)
            S = np.minimum(S, np.sqrt(kxx * self.Q.shape[0] * self.C))
        self.S = S * (1 + 1e-9) + 1e-12
        self.bounds = svm_bounds(self.Q, self.C)
        self.pred = model.predict_index(model.decision_function(X))

    def build(self, r, active, *, relax=False):
        if relax:
            return None
        return fc.build_collective_svm(self.Q, self.C, self.y_index, self.n_classes, self.q, self.pred, self.tau,
                                       self.S, r, weights=self.a, points=np.flatnonzero(active),
                                       complementarity=self.opts["complementarity"], bounds=self.bounds)

    def start(self, m, y) -> bool:
        new = self.model.refit(self.model.classes_[y])
        F = new.decision_function(self.X)
        K = self.n_classes
        if K == 2:
            alphas = {1: new.alpha_}
            s = np.where(self.pred == 1, 1.0, -1.0)
            changed = s * F <= self.tau
            rivals = None
        else:
            alphas = {k: new.alpha_[k] for k in range(K)}
            rows = np.arange(F.shape[0])
            diff = F - F[rows, self.pred][:, None]
            rivals = {(mm, t): float(diff[mm, t] >= -self.tau[mm]) for (mm, t) in m.e}
            changed = np.array([any(rivals.get((mm, t), 0.0) for t in range(K) if t != self.pred[mm])
                                for mm in range(F.shape[0])])
        fc.set_svm_start(m, y, alphas, changed, rivals)
        return True

    def decode(self, m, values) -> np.ndarray:
        return fc.decode_svm_labels(m, values)


class _Ensemble:
    """A partition ensemble: global labels from the base models, replay by retraining the
    touched base models and recounting the votes."""

    relaxable = False

    def __init__(self, ens, X, clean, a, opts):
        self.ens, self.X, self.a, self.opts = ens, X, a, opts
        self.n_classes = len(ens.classes_)
        self.clean = np.searchsorted(ens.classes_, clean)
        N = sum(len(p) for p in ens.partitions_)
        self.y_index = np.empty(N, dtype=np.int64)
        for part, est in zip(ens.partitions_, ens.estimators_):
            y_fit = getattr(est, "y_fit_", None)
            self.y_index[part] = np.full(len(part), est.classes_[0]) if y_fit is None else np.asarray(y_fit)
        self.votes = ens.base_predictions(X)
        self.white = [_white_box(e, self.n_classes) for e in ens.estimators_]

    def labels_of(self, attack: Attack) -> np.ndarray:
        y = self.y_index.copy()
        y[attack.indices] = np.searchsorted(self.ens.classes_, attack.labels)
        return y

    def attack(self, y: np.ndarray) -> Attack:
        idx = np.flatnonzero(y != self.y_index)
        return Attack(idx, self.ens.classes_[y[idx]])

    def replay(self, y: np.ndarray) -> float:
        from ..exact.aggregation import vote_counts

        votes = self.votes.copy()
        for j, part in enumerate(self.ens.partitions_):
            yl = y[part]
            if np.array_equal(yl, self.y_index[part]):
                continue
            est = self.ens.estimators_[j]
            if not hasattr(est, "refit"):
                logger.info("partition %d's base model cannot be retrained: attack not replayed", j)
                return 0.0
            votes[:, j] = np.asarray(est.refit(yl).predict(self.X)).astype(np.int64)
        pred = np.argmax(vote_counts(votes, self.n_classes), axis=1)
        return float((self.a * (pred != self.clean)).sum())

    def may_change(self, r: int) -> np.ndarray:
        return np.ones(self.X.shape[0], dtype=bool)

    def order(self, r, active):
        return None

    def _bases(self):
        out = []
        for part, est in zip(self.ens.partitions_, self.ens.estimators_):
            view = est.label_linear_view(self.X)
            out.append((part, None if view.binary else view.offset, view.weights))
        return out

    def evaluator(self, r, active):
        if not all(self.white):
            return None
        if not hasattr(self, "_ev"):
            self._ev = ec.EnsembleScores(self._bases(), self.y_index, self.n_classes, self.a)
        return self._ev


def _white_box(est, K: int) -> bool:
    return (getattr(est, "is_label_linear", False) is True and hasattr(est, "label_linear_view")
            and len(getattr(est, "classes_", ())) == K)


class WhiteboxFamily(_Ensemble):
    """White-box ensembles: label-linear base models whose votes the flips move."""

    def __init__(self, ens, X, clean, a, opts):
        super().__init__(ens, X, clean, a, opts)
        if not all(self.white):
            bad = [j for j, w in enumerate(self.white) if not w]
            raise NotLabelLinearError(
                f"base='whitebox' needs label-linear base models that know all {self.n_classes} classes "
                f"(kernel ridge, or the SVM at C <= C*); partitions {bad[:5]} are not; use base='blackbox'")
        self.bases = self._bases()
        self.tau = np.stack([opts["tau_rel"] * np.abs(Wj).sum(axis=1) for _, _, Wj in self.bases])

    def build(self, r, active, *, relax=False):
        if relax:
            return None
        return fc.build_collective_whitebox(self.bases, self.y_index, self.n_classes, self.tau, r,
                                            weights=self.a, points=np.flatnonzero(active))

    def start(self, m, y) -> bool:
        fc.whitebox_start(m, y)
        return True

    def decode(self, m, values) -> np.ndarray:
        return fc.decode_labels(m, values)


class BlackboxFamily(_Ensemble):
    """Black-box ensembles (collective DPA): a poisoned partition votes anything."""

    relaxable = True

    def __init__(self, ens, X, clean, a, opts):
        super().__init__(ens, X, clean, a, opts)
        self.part = np.empty(self.y_index.size, dtype=np.int64)
        for j, p in enumerate(ens.partitions_):
            self.part[p] = j

    def build(self, r, active, *, relax=False):
        return fc.build_collective_blackbox(self.votes, self.n_classes, r, weights=self.a,
                                            points=np.flatnonzero(active), relax=relax)

    def start(self, m, y) -> bool:
        fc.blackbox_start(m, np.unique(self.part[y != self.y_index]))
        return True

    def decode(self, m, values) -> np.ndarray:
        """One flip in every poisoned partition: the evaluator's best move there (or the first
        point relabelled to the next class)."""
        poisoned = fc.decode_partitions(m, values)
        y = self.y_index.copy()
        ev = self.evaluator(len(poisoned), np.ones(self.X.shape[0], bool))
        for j in poisoned:
            ix = self.ens.partitions_[j]
            if ev is not None:
                st = ev.state(y)
                movable = np.zeros(y.size, dtype=bool)
                movable[ix] = True
                S = ev.score_moves(st, y, movable)
                i, k = divmod(int(np.argmax(S)), S.shape[1])
            else:
                i, k = int(ix[0]), int((y[ix[0]] + 1) % self.n_classes)
            y[i] = k
        return y
