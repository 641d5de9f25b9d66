"""``WideNetwork``: a finite-width ReLU network whose infinite-width limit is optcert's kernel machine.

A fully connected network with ``depth`` hidden layers of ``width`` units in the NTK
parametrisation (all weights and biases N(0, 1) at initialisation, hidden layers scaled by
sqrt(2 / width), biases by sqrt(bias)), so its tangent kernel at initialisation tends to
:func:`optcert.ntk` with the same ``depth`` and ``bias``. The model is the network minus its
output at initialisation, ``g(x) = f(x; theta) - f(x; theta0)``, trained to a stationary point of

* ``loss="squared"``: ``sum_ik (g_k(x_i) - T_ik)^2 + alpha ||theta - theta0||^2`` with +-1
  (binary) or one-hot targets -- the limit is :class:`optcert.KernelRidge` with ``alpha``;
* ``loss="hinge"``: ``C sum_ik max(0, 1 - S_ik g_k(x_i)) + ||theta - theta0||^2 / 2`` with +-1
  signs (one-vs-rest for K > 2 classes) -- the limit is the bias-free :class:`optcert.KernelSVM`
  with ``C``.

Training is full batch by damped Gauss-Newton (prox-linear) steps: linearise the network at the
current parameters, solve the convex problem exactly in the span of its Jacobian (a kernel
ridge solve, or a box-constrained SVM dual, with the network's *current* empirical tangent
kernel), with a proximal damping adapted Levenberg-Marquardt style so every accepted step
decreases the real objective. Its fixed points are the stationary points of the real
(non-linear) objective; near the lazy regime it needs tens of steps where plain gradient descent
needs thousands (the hinge is not even differentiable). The optimiser decides how fast the
stationary point is found, not which network it describes.
"""

from __future__ import annotations

import logging
import numbers

import numpy as np
import scipy.linalg
from sklearn.base import BaseEstimator, ClassifierMixin

from ..exceptions import InvalidInputError, NotFittedError
from ..validation import (
    check_array,
    check_feature_scale,
    check_finite_numbers,
    check_int,
    check_labels,
    check_positive,
    class_set,
)
from ._jax import compiled, require_jax, x64

logger = logging.getLogger(__name__)

LOSSES = ("squared", "hinge")
#: iterations over which the objective must stop decreasing (relative ``tol``) to count as converged
_STALL_WINDOW = 10


def init_params(n_features: int, n_outputs: int, *, width: int, depth: int, bias: float,
                random_state=None) -> tuple:
    """Layers ``(W, b)`` of N(0, 1) entries (``b`` omitted when ``bias == 0``), numpy float64."""
    rng = np.random.default_rng(random_state)
    sizes = [n_features] + [width] * depth + [n_outputs]
    layers = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        W = rng.standard_normal((fan_out, fan_in))
        layers.append((W, rng.standard_normal(fan_out)) if bias > 0 else (W,))
    return tuple(layers)


def empirical_ntk(X, Z=None, *, width: int, depth: int = 1, bias: float = 0.0,
                  random_state=None) -> np.ndarray:
    """The tangent kernel ``J(X) J(Z)^T`` of a freshly initialised one-output network, (n, m).

    Tends to ``optcert.ntk(X, Z, depth=depth, bias=bias)`` as ``width`` grows (Monte Carlo
    error about ``1 / sqrt(width)``).
    """
    width, depth, bias = _check_architecture(width, depth, bias)
    X = check_feature_scale(check_array(X, name="X"), name="X")
    Z = X if Z is None else check_feature_scale(check_array(Z, name="Z"), name="Z")
    if Z.shape[1] != X.shape[1]:
        raise InvalidInputError(f"X has {X.shape[1]} features but Z has {Z.shape[1]}; both must match")
    params = init_params(X.shape[1], 1, width=width, depth=depth, bias=bias, random_state=random_state)
    fns = compiled(depth, width, bias)
    with x64():
        K = np.asarray(fns.ntk(params, X, Z))[:, 0, :, 0]
    return check_finite_numbers(K, what="the empirical NTK")


def _check_architecture(width, depth, bias):
    return (check_int(width, name="width", minimum=1), check_int(depth, name="depth", minimum=0),
            check_positive(bias, name="bias", strict=False))


def _tree_axpy(a, x, y):
    """``a * x + y`` over two parameter tuples."""
    return tuple(tuple(a * xi + yi for xi, yi in zip(lx, ly)) for lx, ly in zip(x, y))


def _tree_dot(x, y) -> float:
    return float(sum(np.vdot(xi, yi) for lx, ly in zip(x, y) for xi, yi in zip(lx, ly)))


def _to_numpy(tree):
    return tuple(tuple(np.asarray(a, dtype=np.float64) for a in layer) for layer in tree)


class WideNetwork(ClassifierMixin, BaseEstimator):
    """A ReLU network of finite width trained to the objective whose limit is optcert's kernel machine.

    Parameters
    ----------
    width : int >= 1
        Units per hidden layer.
    depth : int >= 0
        Hidden layers (as :class:`optcert.NTKernel`'s ``depth``; 0 is a linear model).
    bias : float >= 0
        Bias variance (0: no biases), as :class:`optcert.NTKernel`'s ``bias``.
    loss : "squared" or "hinge"
    alpha : float > 0
        Ridge of the squared loss (the ``alpha`` of :class:`optcert.KernelRidge`).
    C : float > 0
        Hinge weight (the ``C`` of :class:`optcert.KernelSVM`).
    random_state : int, numpy Generator or None
        Seeds the initialisation ``theta0`` (refitting on other labels keeps the same ``theta0``).
    max_iter : int
        Training steps at most.
    tol : float
        Converged when the objective decreased by at most ``tol * max(1, objective)`` over the
        last 10 steps (or the Gauss-Newton step is below ``tol * max(1, ||theta - theta0||)``).
        ReLU kinks keep the gradient of the objective away from zero at its minimum, so the
        objective's stationarity is the criterion.

    Attributes
    ----------
    classes_ : sorted class labels (any sortable values).
    params0_, params_ : the initial and the trained layers, tuples of ``(W, b)`` numpy arrays.
    objective_ : the training objective at ``params_``.
    stationarity_ : relative decrease of the objective over the last 10 steps.
    gauss_newton_step_ : the last undamped step over ``max(1, ||theta - theta0||)``: zero at a
        smooth stationary point, small (not zero) at one on ReLU kinks.
    converged_, n_iter_ : whether ``tol`` was met, and the steps taken.
    dual_coef_ : (N,) or (N, K) coefficients ``c`` of the last step, ``theta - theta0 = J^T c``
        at convergence (hinge: ``c = a * S`` with ``0 <= a <= C``, the network's SVM dual).
    """

    def __init__(self, width=1024, depth=1, bias=0.0, loss="squared", alpha=1.0, C=1.0,
                 random_state=None, max_iter=500, tol=1e-10):
        self.width = width
        self.depth = depth
        self.bias = bias
        self.loss = loss
        self.alpha = alpha
        self.C = C
        self.random_state = random_state
        self.max_iter = max_iter
        self.tol = tol

    # -- public API ------------------------------------------------------------------------
    def fit(self, X, y, classes=None):
        """Initialise from ``random_state`` and train on features ``X`` and labels ``y``."""
        X, yi = self._setup(X, y, classes)
        self.params0_ = init_params(X.shape[1], self._n_outputs, width=self.width_, depth=self.depth_,
                                    bias=self.bias_, random_state=self.random_state)
        self._train(yi, self.params0_)
        return self

    def refit(self, y, *, warm_start: bool = False, tol: float | None = None) -> "WideNetwork":
        """A new network with the same ``theta0`` trained on labels ``y`` (the same inputs).

        By default trained from ``theta0``, exactly as ``fit`` with the same ``random_state``.
        ``warm_start`` starts from this network's parameters instead: a shorter path to the same
        objective, but the objective is not convex, and at small widths it may end at another
        stationary point (another network).
        ``tol`` overrides the convergence tolerance (e.g. looser inside an attack search).
        """
        self._check_fitted()
        yi = self._encode(y)
        new = type(self)(**self.get_params())
        if tol is not None:
            new.tol = check_positive(tol, name="tol")
        for name in ("classes_", "n_features_in_", "width_", "depth_", "bias_", "X_fit_", "params0_",
                     "_out0"):
            setattr(new, name, getattr(self, name))
        new.y_fit_ = np.asarray(y)
        new._train(yi, self.params_ if warm_start else self.params0_,
                   dual0=self.dual_coef_ if warm_start else None)
        return new

    def decision_function(self, X) -> np.ndarray:
        """``g(x) = f(x; theta) - f(x; theta0)``: (M,) binary, (M, K) multiclass."""
        self._check_fitted()
        X = self._check_X(X)
        fns = compiled(self.depth_, self.width_, self.bias_)
        with x64():
            out = np.asarray(fns.forward(self.params_, X)) - np.asarray(fns.forward(self.params0_, X))
        out = check_finite_numbers(out, what="the network's decision values")
        return out[:, 0] if self._n_outputs == 1 else out

    def predict(self, X) -> np.ndarray:
        """Labels: binary class 1 iff ``g > 0``; multiclass argmax with ties to the smaller index."""
        scores = self.decision_function(X)
        idx = (scores > 0).astype(np.int64) if scores.ndim == 1 else np.argmax(scores, axis=1)
        return self.classes_[idx]

    def tangent_kernel(self, X, Z=None, *, at: str = "trained") -> np.ndarray:
        """The empirical NTK at the trained (or ``at="init"``) parameters.

        Shape (n, m) for a binary network, (n, K, m, K) with K outputs.
        """
        self._check_fitted()
        if at not in ("trained", "init"):
            raise InvalidInputError(f"at must be 'trained' or 'init', got {at!r}")
        X = self._check_X(X)
        Z = X if Z is None else self._check_X(Z, name="Z")
        fns = compiled(self.depth_, self.width_, self.bias_)
        with x64():
            K = np.asarray(fns.ntk(self.params_ if at == "trained" else self.params0_, X, Z))
        return K[:, 0, :, 0] if self._n_outputs == 1 else K

    @property
    def n_classes_(self) -> int:
        return int(self.classes_.size)

    # -- validation ------------------------------------------------------------------------
    def _validate_params(self):
        self.width_, self.depth_, self.bias_ = _check_architecture(self.width, self.depth, self.bias)
        if self.loss not in LOSSES:
            raise InvalidInputError(f"loss must be one of {LOSSES}, got {self.loss!r}")
        check_positive(self.alpha if self.loss == "squared" else self.C,
                       name="alpha" if self.loss == "squared" else "C")
        check_int(self.max_iter, name="max_iter", minimum=1)
        check_positive(self.tol, name="tol")
        rs = self.random_state
        if not (rs is None or isinstance(rs, np.random.Generator)
                or (isinstance(rs, numbers.Integral) and not isinstance(rs, bool) and rs >= 0)):
            raise InvalidInputError(
                f"random_state must be None, a non-negative int or a numpy Generator, got {rs!r}")

    def _setup(self, X, y, classes):
        self._validate_params()
        require_jax()
        X = check_feature_scale(check_array(X, name="X"), name="X")
        y = check_labels(y, n_samples=X.shape[0])
        classes = class_set(y, classes)
        self.classes_ = classes
        self.n_features_in_ = X.shape[1]
        self.X_fit_ = X
        self.y_fit_ = y
        self._out0 = None
        return X, np.searchsorted(classes, y)

    def _check_fitted(self):
        if not hasattr(self, "params_"):
            raise NotFittedError(f"this {type(self).__name__} is not fitted yet; call fit(X, y) first")

    def _check_X(self, X, name="X"):
        X = check_feature_scale(check_array(X, name=name), name=name)
        if X.shape[1] != self.n_features_in_:
            raise InvalidInputError(
                f"{name} has {X.shape[1]} features, but {type(self).__name__} was fitted with "
                f"{self.n_features_in_}")
        return X

    def _encode(self, y) -> np.ndarray:
        y = check_labels(y, n_samples=self.X_fit_.shape[0])
        idx = np.clip(np.searchsorted(self.classes_, y), 0, self.classes_.size - 1)
        bad = self.classes_[idx] != y
        if bad.any():
            raise InvalidInputError(
                f"y contains labels outside the fitted classes {self.classes_.tolist()}: "
                f"{np.unique(np.asarray(y)[bad]).tolist()[:5]}")
        return idx

    @property
    def _n_outputs(self) -> int:
        return 1 if self.classes_.size == 2 else int(self.classes_.size)

    # -- training --------------------------------------------------------------------------
    def _targets(self, yi) -> np.ndarray:
        """(N, K_out): +-1 (binary), one-hot (squared) or one-vs-rest +-1 signs (hinge)."""
        if self._n_outputs == 1:
            return np.where(yi == 1, 1.0, -1.0)[:, None]
        onehot = np.eye(self._n_outputs)[yi]
        return onehot if self.loss == "squared" else 2.0 * onehot - 1.0

    def _objective(self, out: np.ndarray, T: np.ndarray, sq_dist: float) -> float:
        if self.loss == "squared":
            return float(np.sum((out - T) ** 2) + float(self.alpha) * sq_dist)
        return float(float(self.C) * np.sum(np.maximum(0.0, 1.0 - T * out)) + 0.5 * sq_dist)

    def _train(self, yi, start, dual0=None):
        fns = compiled(self.depth_, self.width_, self.bias_)
        X, T = self.X_fit_, self._targets(yi)
        n, k = T.shape
        t = T.reshape(n * k)
        with x64():
            if self._out0 is None:
                self._out0 = np.asarray(fns.forward(self.params0_, X))

            def evaluate(theta):
                diff = _tree_axpy(-1.0, self.params0_, theta)
                out = np.asarray(fns.forward(theta, X)) - self._out0
                return diff, out, self._objective(out, T, _tree_dot(diff, diff))

            theta = start
            diff, out, obj = evaluate(theta)
            coef = None if dual0 is None else np.asarray(dual0, dtype=np.float64).reshape(n * k)
            mu, converged, it, rel_step = 0.0, False, 0, np.inf
            history = [obj]  # the objective after each iteration
            K = b = None
            for it in range(1, int(self.max_iter) + 1):  # noqa: B007 (it is reported after the loop)
                if K is None:  # the linearisation at theta: g ~ b + J u with u = theta - theta0
                    K = np.asarray(fns.ntk(theta, X, X)).reshape(n * k, n * k)
                    K = 0.5 * (K + K.T)
                    b = out.reshape(n * k) - np.asarray(fns.jvp(theta, diff, X)).reshape(n * k)
                    coef, _ = self._subproblem(K, b, t, coef)  # the undamped (Gauss-Newton) step
                    u = _to_numpy(fns.vjp(theta, X, coef.reshape(n, k)))
                    gn_step = _tree_axpy(-1.0, diff, u)
                    rel_step = np.sqrt(_tree_dot(gn_step, gn_step)) / max(1.0, np.sqrt(_tree_dot(diff, diff)))
                    if rel_step <= self.tol:  # a smooth stationary point
                        converged = True
                        break
                    c_mu = coef
                if mu > 0:
                    # damped: min model(u) + mu * reg(u - d), i.e. u = w + J^T c with w = mu d / (1 + mu)
                    w_scale = mu / (1.0 + mu)
                    bw = b + w_scale * (out.reshape(n * k) - b)  # b + J w, as J d = out - b
                    c_mu, _ = self._subproblem(K, bw, t, c_mu, damping=1.0 + mu)
                    u = _tree_axpy(w_scale, diff, _to_numpy(fns.vjp(theta, X, c_mu.reshape(n, k))))
                cand = _tree_axpy(1.0, self.params0_, u)  # theta0 + u
                cand_diff, cand_out, cand_obj = evaluate(cand)
                # the decrease the linearised objective predicts at the candidate
                lin_out = b + np.asarray(fns.jvp(theta, cand_diff, X)).reshape(n * k)
                predicted = obj - self._objective(lin_out.reshape(n, k), T, _tree_dot(cand_diff, cand_diff))
                ratio = (obj - cand_obj) / predicted if predicted > 0 else -np.inf
                if ratio > 0.01 and cand_obj < obj:
                    theta, diff, out, obj = _to_numpy(cand), cand_diff, cand_out, cand_obj
                    K = None
                    mu = 0.0 if ratio > 0.75 and mu < 1e-3 else (mu / 3.0 if ratio > 0.75 else mu)
                else:
                    mu = max(4.0 * mu, 1.0)
                history.append(obj)
                if mu > 1e12:  # no decrease left at float64 precision: stationary
                    converged = True
                    break
                window = history[-(_STALL_WINDOW + 1):]
                if len(history) > _STALL_WINDOW and window[0] - window[-1] <= self.tol * max(1.0, abs(obj)):
                    converged = True  # the objective is stationary (ReLU kinks keep the step > 0)
                    break
        self.params_ = _to_numpy(theta)
        self.objective_ = float(obj)
        window = history[-(_STALL_WINDOW + 1):]
        self.stationarity_ = float((window[0] - window[-1]) / max(1.0, abs(obj)))
        self.gauss_newton_step_ = float(rel_step)
        self.converged_ = bool(converged)
        self.n_iter_ = it
        self.dual_coef_ = coef.reshape(n) if k == 1 else coef.reshape(n, k)
        if not converged:
            logger.warning("WideNetwork(width=%d, loss=%r) stopped after %d steps with the objective "
                           "still decreasing (relative %.3g over the last %d > tol=%g); raise max_iter",
                           self.width_, self.loss, it, self.stationarity_, _STALL_WINDOW, self.tol)

    def _subproblem(self, K, b, t, coef0, damping: float = 1.0):
        """Minimise the linearised objective over ``u = J^T c``; return ``c`` and the minimum.

        squared: ``||b + K c - t||^2 + alpha c^T K c`` -> ``c = (K + alpha I)^{-1} (t - b)``;
        hinge: the dual ``max_a sum_i a_i (1 - t_i b_i) - (a t)^T K (a t) / 2``, ``0 <= a <= C``,
        and ``c = a t``. ``damping`` multiplies the regulariser (the proximal steps).
        """
        if self.loss == "squared":
            lam = float(self.alpha) * damping
            c = scipy.linalg.solve(K + lam * np.eye(K.shape[0]), t - b, assume_a="pos")
            Kc = K @ c
            return c, float(np.sum((b + Kc - t) ** 2) + lam * c @ Kc)
        C = float(self.C)
        H = K * np.outer(t, t) / damping
        p = 1.0 - t * b
        a = box_qp(H, p, C, None if coef0 is None else coef0 * t)
        c = a * t / damping
        Kc = K @ c
        return c, float(C * np.sum(np.maximum(0.0, 1.0 - t * (b + Kc))) + 0.5 * damping * c @ Kc)


def box_qp(H: np.ndarray, p: np.ndarray, C: float, v0=None, *, tol: float = 1e-13,
           max_iter: int = 500) -> np.ndarray:
    """``argmin 1/2 v^T H v - p^T v`` over ``0 <= v <= C`` (H symmetric PSD): projected Newton.

    Bertsekas' projected Newton method: the variables near a bound that their gradient pushes
    against (the epsilon-active set) take a diagonally scaled gradient step, which the projection
    puts on the bound; the others a Newton step; an Armijo search along the projected arc. (A
    variable held fixed *inside* the box instead would never reach its bound, and the iteration
    would stall at a non-optimal point.) A projected-gradient step when Newton makes no progress.
    """
    n = p.size
    v = np.zeros(n) if v0 is None else np.clip(np.asarray(v0, dtype=np.float64), 0.0, C)
    diag = np.maximum(np.diag(H).copy(), 1e-300)
    scale = max(1.0, float(np.max(np.abs(p))))
    lip = None

    def value(w):
        return 0.5 * w @ (H @ w) - p @ w

    f0 = value(v)
    for _ in range(max_iter):
        g = H @ v - p
        violation = float(np.max(np.abs(v - np.clip(v - g, 0.0, C))))
        if violation <= tol * scale:
            break
        eps = min(violation, C / 2)
        held = ((v <= eps) & (g > 0)) | ((v >= C - eps) & (g < 0))
        free = ~held
        d = np.zeros(n)
        d[held] = -g[held] / diag[held]
        if free.any():
            Hf = H[np.ix_(free, free)]
            try:
                d[free] = -scipy.linalg.solve(Hf, g[free], assume_a="pos")
            except (np.linalg.LinAlgError, ValueError):
                d[free] = -np.linalg.lstsq(Hf, g[free], rcond=None)[0]
        t, moved = 1.0, False
        while t >= 1e-12:
            w = np.clip(v + t * d, 0.0, C)
            fw = value(w)
            if fw < f0 and fw <= f0 + 1e-4 * (g @ (w - v)):
                moved = True
                break
            t *= 0.5
        if not moved:  # Newton on a wrong free set: fall back to a projected-gradient step
            if lip is None:
                lip = max(float(np.linalg.eigvalsh(H)[-1]), 1e-300)
            w = np.clip(v - g / lip, 0.0, C)
            fw = value(w)
            if not fw < f0:  # no decrease left at float64 precision
                break
        v, f0 = w, fw
    return v
