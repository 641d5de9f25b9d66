"""Base learners: the infinite-width limits of ReLU networks (docs/math/learners.md).

* :class:`KernelSVM` -- hinge loss: the bias-free soft-margin kernel SVM, binary or
  one-vs-rest multiclass.
* :class:`KernelRidge` -- squared loss: kernel ridge regression on +-1 (binary) or one-hot
  (multiclass) targets.

Both are scikit-learn estimators (parameters only in ``__init__``, ``fit`` returns self, fitted
attributes end in ``_``, ``kernel="precomputed"`` accepts Gram matrices) and expose their
*label-linear view* (docs/math/label-linear.md) where it exists, so certificate code never re-derives the
weights. Class labels may be any sortable values; internally class ``k`` is ``classes_[k]``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import scipy.linalg
from sklearn.base import BaseEstimator, ClassifierMixin

from .exceptions import InvalidInputError, NotFittedError, NotLabelLinearError, SolverFailedError
from .kernels import Kernel, make_kernel
from .svm.dual import c_star_from_row_sums, kkt_violation, solve_svm_dual
from .validation import (
    check_array,
    check_finite_numbers,
    check_gram,
    check_int,
    check_labels,
    check_positive,
    class_set,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LabelLinearView:
    """Scores as linear functions of the labels, for a batch of test points.

    Binary (``n_classes == 2``): ``f(x_m; y~) = sum_i weights[m, i] * s_i`` with
    ``s_i = +1`` if ``y~_i`` is class 1 else ``-1``; the prediction is class 1 iff ``f > 0``.

    Multiclass: ``F_k(x_m; y~) = offset[m, k] + sum_i weights[m, i] * [y~_i == k]``; the
    prediction is ``argmax_k F_k`` with ties to the smaller index.
    """

    weights: np.ndarray
    offset: np.ndarray | None
    n_classes: int

    @property
    def binary(self) -> bool:
        return self.n_classes == 2

    def scores(self, y_index: np.ndarray) -> np.ndarray:
        """Scores for class-index labels ``y_index`` (N,): (M,) binary, (M, K) multiclass."""
        if self.binary:
            return self.weights @ np.where(y_index == 1, 1.0, -1.0)
        onehot = np.eye(self.n_classes)[y_index]
        return self.offset + self.weights @ onehot


def small_c_threshold(X, *, kernel="ntk", depth: int = 1, bias: float = 0.0, gamma: float | None = None,
                      groups=None) -> float:
    """The small-C threshold ``C* = 1 / max_i sum_j |Q_ij|`` of training inputs ``X``.

    At ``C <= C*`` the SVM is label-linear for every labelling; "C as a multiple of C*" is
    ``factor * small_c_threshold(X, ...)`` with the kernel parameters of the SVM to be trained.
    The Gram matrix is summed blockwise, never formed. ``groups`` (one index per row, e.g. a
    partition ensemble's ``assign_partitions(X)``) gives the smallest threshold over the groups:
    every base SVM of the ensemble is label-linear at C at most that.
    """
    precomputed = isinstance(kernel, str) and kernel == "precomputed"
    X = check_gram(X, name="X (precomputed Gram matrix)") if precomputed else check_array(X, name="X")
    if groups is None:
        members = [np.arange(X.shape[0])]
    else:
        groups = np.asarray(groups)
        if groups.shape != (X.shape[0],):
            raise InvalidInputError(f"groups must hold one index per row of X ({X.shape[0]}), got shape "
                                    f"{groups.shape}")
        members = [np.flatnonzero(groups == g) for g in np.unique(groups)]
    k = None if precomputed else make_kernel(kernel, depth=depth, bias=bias, gamma=gamma,
                                             n_features=X.shape[1])
    sums = [np.abs(X[np.ix_(idx, idx)]).sum(axis=1) if k is None else k.row_abs_sums(X[idx])
            for idx in members]
    return min(c_star_from_row_sums(s) for s in sums)


class _KernelClassifier(ClassifierMixin, BaseEstimator):
    """Shared plumbing: validation, kernels, label encoding, refitting on new labels."""

    # -- fitting ---------------------------------------------------------------------------
    def _validate_params(self):
        check_int(self.depth, name="depth", minimum=0)
        check_positive(self.bias, name="bias", strict=False)
        if self.gamma is not None:
            check_positive(self.gamma, name="gamma")

    def _setup(self, X, y, classes=None):
        """Validate inputs and labels; return X and the labels as class indices.

        ``classes`` fixes the class set (a partition of a larger training set may miss some
        classes that an attacker can still relabel to); by default the labels present in y.
        """
        self._validate_params()
        precomputed = isinstance(self.kernel, str) and self.kernel == "precomputed"
        X = check_gram(X, name="X (precomputed Gram matrix)") if precomputed else check_array(X, name="X")
        y = check_labels(y, n_samples=X.shape[0])
        classes = class_set(y, classes)
        self.classes_ = classes
        self.n_features_in_ = X.shape[1]
        self.kernel_: Kernel | None = make_kernel(
            self.kernel, depth=self.depth, bias=self.bias, gamma=self.gamma, n_features=X.shape[1])
        self.X_fit_ = X
        self.y_fit_ = y
        return X, np.searchsorted(classes, y)

    @property
    def gram_(self) -> np.ndarray:
        """The training Gram matrix ``Q = Theta(X, X)``, shape (N, N): computed on first use and
        kept (an SVM at ``C <= C*`` never needs it, so fitting one does not build it)."""
        self._check_fitted()
        if getattr(self, "_gram_cache", None) is None:
            self._gram_cache = self.X_fit_ if self.kernel_ is None else self.kernel_(self.X_fit_)
        return self._gram_cache

    def _check_fitted(self):
        if not hasattr(self, "classes_"):
            raise NotFittedError(f"this {type(self).__name__} is not fitted yet; call fit(X, y) first")

    def encode_labels(self, y) -> np.ndarray:
        """Class indices of labels ``y``; raises on labels outside ``classes_``."""
        self._check_fitted()
        y = check_labels(y, n_samples=self.X_fit_.shape[0])
        idx = np.searchsorted(self.classes_, y)
        idx = np.clip(idx, 0, self.classes_.size - 1)
        bad = self.classes_[idx] != y
        if bad.any():
            raise InvalidInputError(
                f"y contains labels outside the fitted classes {self.classes_.tolist()}: "
                f"{np.unique(np.asarray(y)[bad]).tolist()[:5]}"
            )
        return idx

    def cross_kernel(self, X) -> np.ndarray:
        """Test-by-train kernel ``Theta(X, X_train)``, shape (M, N)."""
        self._check_fitted()
        if self.kernel_ is None:
            K = check_array(X, name="X (precomputed test-by-train kernel)")
            if K.shape[1] != self.X_fit_.shape[0]:
                raise InvalidInputError(
                    f"with kernel='precomputed', X must have shape (n_test, {self.X_fit_.shape[0]}) "
                    f"(kernel against the training points); got {K.shape}"
                )
            return K
        X = check_array(X, name="X")
        if X.shape[1] != self.n_features_in_:
            raise InvalidInputError(
                f"X has {X.shape[1]} features, but {type(self).__name__} was fitted with "
                f"{self.n_features_in_}"
            )
        return self.kernel_(X, self.X_fit_)

    @property
    def n_classes_(self) -> int:
        return int(self.classes_.size)

    def predict(self, X) -> np.ndarray:
        """Predicted labels; binary: class 1 iff f > 0; multiclass: argmax, ties to the smaller index."""
        scores = self.decision_function(X)
        return self.classes_[self.predict_index(scores)]

    def predict_index(self, scores: np.ndarray) -> np.ndarray:
        """Class indices from decision scores, with the tie rule of docs/math/threat-model.md."""
        if scores.ndim == 1:
            return (scores > 0).astype(np.int64)
        return np.argmax(scores, axis=1)

    def refit(self, y) -> "_KernelClassifier":
        """A new fitted model on the same inputs with labels ``y`` (reuses the Gram matrix; an
        SVM starts from this model's duals).

        Used to replay attacks: this is real retraining, not the label-linear shortcut.
        """
        self._check_fitted()
        self.encode_labels(y)  # labels must stay within the fitted classes
        new = type(self)(**self.get_params())
        y = np.asarray(y)
        new.classes_, new.n_features_in_, new.kernel_ = self.classes_, self.n_features_in_, self.kernel_
        new.X_fit_, new.y_fit_ = self.X_fit_, y
        new._gram_cache = getattr(self, "_gram_cache", None)  # shared when already built
        new._fit_with_gram(self, np.searchsorted(self.classes_, y))
        return new


class KernelSVM(_KernelClassifier):
    """Bias-free soft-margin kernel SVM (hinge loss), binary or one-vs-rest multiclass.

    Dual: ``max 1^T a - 1/2 a^T (y y^T o Q) a`` s.t. ``0 <= a <= C``; score
    ``f(x) = sum_i a_i y_i Theta(x, x_i)`` with ``y_i`` in {-1, +1}.

    Parameters
    ----------
    C : float > 0
    kernel : "ntk" (default), "linear", "rbf", "precomputed", a Kernel or a callable.
    depth, bias : NTK hidden layers and bias variance (``bias`` is the offset of "linear").
    gamma : RBF width (default ``1 / n_features``).
    dual_solver : "cd" (dedicated coordinate descent with active-set polishing) or "qp" (the
        same dual as an explicit Pyomo QP through the solver layer, ``qp_solver``).
    kkt_tol : KKT tolerance of the dual solution (margin units); ``tol`` elsewhere in optcert is
        always the tie tolerance of a certificate.

    Attributes
    ----------
    alpha_ : (N,) binary, (K, N) one-vs-rest.
    c_star_ : the small-C threshold ``1 / max_i sum_j |Q_ij|`` of the training Gram matrix.
    classes_ : sorted class labels.
    """

    def __init__(self, *, C=1.0, kernel="ntk", depth=1, bias=0.0, gamma=None, dual_solver="cd",
                 qp_solver="highs", kkt_tol=1e-9):
        self.C = C
        self.kernel = kernel
        self.depth = depth
        self.bias = bias
        self.gamma = gamma
        self.dual_solver = dual_solver
        self.qp_solver = qp_solver
        self.kkt_tol = kkt_tol

    def fit(self, X, y, classes=None):
        """Train on features (or a precomputed Gram matrix) ``X`` and labels ``y``.

        ``classes`` optionally fixes the class set (default: the labels present in ``y``).
        """
        check_positive(self.C, name="C")
        check_positive(self.kkt_tol, name="kkt_tol")
        if self.dual_solver not in ("cd", "qp"):
            raise InvalidInputError(f"dual_solver must be 'cd' or 'qp', got {self.dual_solver!r}")
        X, yi = self._setup(X, y, classes)
        self._gram_cache = None
        if self.kernel_ is None:
            row_sums = np.abs(X).sum(axis=1)
        else:
            # Row sums blockwise: at small C the SVM never needs the Gram matrix at all.
            row_sums = self.kernel_.row_abs_sums(X)
        self.c_star_ = c_star_from_row_sums(row_sums)
        self._solve(yi)
        return self

    def _fit_with_gram(self, other: "KernelSVM", yi):
        """Solve on ``other``'s inputs (state already copied by ``refit``) for class indices yi.

        Above C* the dual needs the Gram matrix: ``other`` builds (and keeps) its own once, and
        every model refitted from it shares it; nothing is written into ``other`` from here.
        ``other``'s duals start the solve (:meth:`_solve`).
        """
        self.c_star_ = other.c_star_
        if float(self.C) > self.c_star_ and self._gram_cache is None:
            self._gram_cache = other.gram_
        self._solve(yi, parent=other)

    def _signs(self, yi: np.ndarray) -> np.ndarray:
        """+-1 targets: (N,) binary; (K, N) one-vs-rest."""
        if self.n_classes_ == 2:
            return np.where(yi == 1, 1.0, -1.0)
        return np.where(yi[None, :] == np.arange(self.n_classes_)[:, None], 1.0, -1.0)

    def _solve(self, yi, parent: "KernelSVM | None" = None):
        """The duals for class indices ``yi``. With a fitted ``parent`` of the same C (a refit):
        a block whose labels did not change is the same problem and keeps the parent's solution
        (when it meets this model's KKT tolerance), and with the ``cd`` solver a changed one
        starts from it -- a replay of a few flips at large N then costs a few coordinate steps
        and a polish, not a solve from zero. Every block ends at this model's KKT tolerance; the
        duals can differ from a fit from zero within it (only a near-tie can tell)."""
        C = float(self.C)
        signs = self._signs(yi)
        self.signs_ = signs
        if C <= self.c_star_:
            self.alpha_ = np.full(signs.shape, C)
            self.kkt_violation_ = 0.0
            return
        Q = self.gram_
        rows = [signs] if signs.ndim == 1 else list(signs)
        parent_signs = parent_alpha = None
        keep = False
        if parent is not None and float(parent.C) == C and getattr(parent, "alpha_", None) is not None \
                and np.shape(parent.alpha_) == signs.shape:
            parent_signs, parent_alpha = np.atleast_2d(parent.signs_), np.atleast_2d(parent.alpha_)
            keep = float(parent.kkt_violation_) <= float(self.kkt_tol)  # its solutions meet our tolerance
        alphas, viols = [], []
        for b, s in enumerate(rows):
            if self.dual_solver == "cd":
                if keep and parent_signs is not None and parent_alpha is not None \
                        and np.array_equal(s, parent_signs[b]):
                    alphas.append(parent_alpha[b].copy())
                else:
                    start = None if parent_alpha is None else parent_alpha[b]
                    alphas.append(solve_svm_dual(Q, s, C, kkt_tol=self.kkt_tol, c_star=self.c_star_,
                                                 warm_start=start).alpha)
            else:
                alphas.append(self._solve_qp(Q, s, C))
            viols.append(kkt_violation(Q, s, alphas[-1], C))
        self.alpha_ = alphas[0] if signs.ndim == 1 else np.vstack(alphas)
        self.kkt_violation_ = float(max(viols))
        check_finite_numbers(self.alpha_, what="the SVM dual coefficients")

    def _solve_qp(self, Q, s, C) -> np.ndarray:
        from .formulations.svm_dual_qp import build_svm_dual_qp, decode_svm_dual_qp
        from .results import TerminationStatus
        from .solvers import solve

        model = build_svm_dual_qp(Q, s, C)
        report = solve(model, self.qp_solver)
        if report.status is not TerminationStatus.OPTIMAL or not report.has_solution:
            raise SolverFailedError(
                f"the SVM dual QP was not solved to optimality by {self.qp_solver!r}: "
                f"{report.status.value} {report.message}"
            )
        return decode_svm_dual_qp(model, report)

    @property
    def dual_coef_(self) -> np.ndarray:
        """``alpha * y`` (signed dual coefficients), same shape as ``alpha_``."""
        self._check_fitted()
        return self.alpha_ * self.signs_

    def decision_function(self, X) -> np.ndarray:
        """Scores: (M,) binary ``f(x)``; (M, K) one-vs-rest ``F_k(x)``."""
        return check_finite_numbers(self.cross_kernel(X) @ self.dual_coef_.T,
                                    what="the decision scores")

    @property
    def is_label_linear(self) -> bool:
        """True when the scores are linear in the labels (``C <= C*``, docs/math/learners.md)."""
        self._check_fitted()
        return float(self.C) <= self.c_star_

    def label_linear_view(self, X=None, *, cross_kernel: np.ndarray | None = None) -> LabelLinearView:
        """The label-linear weights for test points (docs/math/label-linear.md); only for ``C <= C*``.

        Binary: ``w = C q``. One-vs-rest: ``w = 2 C q`` and ``offset_k = -C sum_i q_i``.
        """
        self._check_fitted()
        if not self.is_label_linear:
            raise NotLabelLinearError(
                f"KernelSVM with C={self.C} is above its small-C threshold C*={self.c_star_:.6g}: "
                "the dual depends on the labels, so the model is not label-linear; use "
                f"method='milp', or C <= {self.c_star_:.6g}"
            )
        q = self.cross_kernel(X) if cross_kernel is None else cross_kernel
        C = float(self.C)
        check_finite_numbers(C * np.abs(q).sum(axis=1), what="the label-linear weights (C * kernel row sums)")
        if self.n_classes_ == 2:
            return LabelLinearView(C * q, None, 2)
        offset = np.repeat(-C * q.sum(axis=1, keepdims=True), self.n_classes_, axis=1)
        return LabelLinearView(2.0 * C * q, offset, self.n_classes_)


class KernelRidge(_KernelClassifier):
    """Kernel ridge regression as a classifier (squared loss).

    Binary: ``f(x) = q^T (Q + lambda I)^{-1} y`` with ``y`` in {-1, +1}; multiclass: one-hot
    targets and ``F(x) = q^T (Q + lambda I)^{-1} Y``. ``alpha`` is the ridge ``lambda`` (the
    scikit-learn name). Label-linear for every ``lambda``.
    """

    def __init__(self, *, alpha=1.0, kernel="ntk", depth=1, bias=0.0, gamma=None):
        self.alpha = alpha
        self.kernel = kernel
        self.depth = depth
        self.bias = bias
        self.gamma = gamma

    def fit(self, X, y, classes=None):
        """Train on features (or a precomputed Gram matrix) ``X`` and labels ``y``.

        ``classes`` optionally fixes the class set (default: the labels present in ``y``).
        """
        check_positive(self.alpha, name="alpha")
        X, yi = self._setup(X, y, classes)
        self._gram_cache = None
        Q = self.gram_
        A = Q + float(self.alpha) * np.eye(Q.shape[0])
        try:
            self.cho_ = scipy.linalg.cho_factor(A, lower=True, check_finite=False)
        except np.linalg.LinAlgError:
            raise InvalidInputError(
                f"Q + alpha*I is not positive definite at alpha={self.alpha}; the kernel is not PSD "
                "or alpha is too small for its rounding errors"
            ) from None
        self._solve(yi)
        return self

    def _fit_with_gram(self, other: "KernelRidge", yi):
        """Reuse ``other``'s Cholesky factor (state already copied by ``refit``)."""
        self.cho_ = other.cho_
        self._solve(yi)

    def _targets(self, yi):
        if self.n_classes_ == 2:
            return np.where(yi == 1, 1.0, -1.0)
        return np.eye(self.n_classes_)[yi]

    def _solve(self, yi):
        self.dual_coef_ = check_finite_numbers(
            scipy.linalg.cho_solve(self.cho_, self._targets(yi), check_finite=False),
            what="the kernel ridge dual coefficients")

    def decision_function(self, X) -> np.ndarray:
        """Scores: (M,) binary; (M, K) multiclass."""
        return check_finite_numbers(self.cross_kernel(X) @ self.dual_coef_, what="the decision scores")

    @property
    def is_label_linear(self) -> bool:
        return True

    def label_linear_view(self, X=None, *, cross_kernel: np.ndarray | None = None) -> LabelLinearView:
        """``w(x) = (Q + lambda I)^{-1} q(x)`` for each test point; offsets are zero."""
        self._check_fitted()
        q = self.cross_kernel(X) if cross_kernel is None else cross_kernel
        W = check_finite_numbers(scipy.linalg.cho_solve(self.cho_, q.T, check_finite=False).T,
                                 what="the label-linear weights")
        if self.n_classes_ == 2:
            return LabelLinearView(W, None, 2)
        return LabelLinearView(W, np.zeros((W.shape[0], self.n_classes_)), self.n_classes_)
