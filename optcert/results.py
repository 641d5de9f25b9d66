"""Result types: solver reports, attacks and certificates.

This module imports only :mod:`optcert.exceptions` (a leaf), so every other room can use it.

Conventions (docs/math/threat-model.md):

* ``rho`` is the least number of label flips that changes a prediction (``inf`` if none
  does); the certified radius is ``R = rho - 1``.
* A :class:`Certificate` is an interval ``lower <= R <= upper``; ``exact`` when they meet.
  ``R >= 0`` always: zero flips retrain the clean model bit for bit, so the tie tolerance of
  docs/math/threat-model.md applies to attacked scores only.
* ``witness`` is a replayed attack with ``upper + 1`` flips when ``upper`` is finite.
"""

from __future__ import annotations

import enum
import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .exceptions import InvalidInputError

logger = logging.getLogger(__name__)

INF = math.inf


class TerminationStatus(enum.Enum):
    """Why a solver stopped (independent of what kind of point it holds)."""

    OPTIMAL = "optimal"
    INFEASIBLE = "infeasible"
    UNBOUNDED = "unbounded"
    INFEASIBLE_OR_UNBOUNDED = "infeasible_or_unbounded"
    TIME_LIMIT = "time_limit"
    NODE_LIMIT = "node_limit"
    SOLUTION_LIMIT = "solution_limit"
    OBJECTIVE_LIMIT = "objective_limit"
    INTERRUPTED = "interrupted"
    NUMERICAL_ERROR = "numerical_error"
    ERROR = "error"
    UNKNOWN = "unknown"


class Verdict(enum.Enum):
    """Three-valued answer to "is this prediction certified at budget r?"."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    def __bool__(self) -> bool:  # pragma: no cover - guard against silent misuse
        raise TypeError("Verdict is three-valued; compare with Verdict.YES / Verdict.NO explicitly")


@dataclass(frozen=True)
class SolveReport:
    """What one solver run established.

    Attributes
    ----------
    solver : str
        Backend name, e.g. ``"highs"``.
    status : TerminationStatus
        Why the solver stopped.
    sense : {"min", "max"}
        Direction of the objective.
    objective : float or None
        Objective of the incumbent (best feasible point found), if any.
    bound : float or None
        Proven dual bound on the optimum (a lower bound when minimising), if any.
    gap : float or None
        Relative gap as reported by the backend.
    time : float
        Wall-clock seconds inside the backend.
    nodes : int or None
        Branch-and-bound nodes explored.
    values : mapping or None
        Values of the incumbent, by variable name (``None`` if there is no incumbent).
    message : str
        Free text from the backend.
    """

    solver: str
    status: TerminationStatus
    sense: str = "min"
    objective: float | None = None
    bound: float | None = None
    gap: float | None = None
    time: float = 0.0
    nodes: int | None = None
    values: Mapping[str, float] | None = field(default=None, repr=False)
    message: str = ""

    @property
    def has_solution(self) -> bool:
        return self.values is not None and self.objective is not None


def objective_interval(report: SolveReport) -> tuple[float, float]:
    """Sound interval ``[lo, hi]`` on the optimal objective value, from a solver report.

    For a minimisation the incumbent is an upper bound and the dual bound a lower bound;
    for a maximisation the roles swap. ``(inf, inf)`` (min) or ``(-inf, -inf)`` (max) encode
    a proven infeasible problem. Every status not listed as proving something yields only what
    the incumbent and the dual bound prove on their own; an unknown status is never promoted.
    """
    if report.sense not in ("min", "max"):
        raise InvalidInputError(f"sense must be 'min' or 'max', got {report.sense!r}")
    minimise = report.sense == "min"
    if report.status is TerminationStatus.INFEASIBLE:
        return (INF, INF) if minimise else (-INF, -INF)
    if report.status in (TerminationStatus.ERROR, TerminationStatus.NUMERICAL_ERROR):
        return (-INF, INF)  # nothing the solver said can be trusted
    primal = report.objective if report.has_solution else None
    dual = report.bound
    if dual is not None and not math.isfinite(dual):
        # an infinite bound proves nothing beyond the trivial one, except a proven
        # infeasibility which is reported through the status above.
        dual = None
    if minimise:
        lo = -INF if dual is None else float(dual)
        hi = INF if primal is None else float(primal)
    else:
        lo = -INF if primal is None else float(primal)
        hi = INF if dual is None else float(dual)
    if report.status is TerminationStatus.UNBOUNDED:
        return (-INF, -INF if primal is None else hi) if minimise else (INF if primal is None else lo, INF)
    if lo > hi:
        # Tolerances can make bound and incumbent cross by a hair; keep the interval sound.
        lo, hi = hi, lo
    return (lo, hi)


@dataclass(frozen=True)
class Attack:
    """A label-flip attack: training points ``indices`` get the labels ``labels``."""

    indices: np.ndarray
    labels: np.ndarray

    def __post_init__(self) -> None:
        idx = np.asarray(self.indices, dtype=np.int64).reshape(-1)
        lab = np.asarray(self.labels).reshape(-1)
        if idx.shape != lab.shape:
            raise InvalidInputError("attack indices and labels must have the same length")
        object.__setattr__(self, "indices", idx)
        object.__setattr__(self, "labels", lab)

    @property
    def size(self) -> int:
        return int(self.indices.size)

    def apply(self, y: np.ndarray) -> np.ndarray:
        """Return a copy of ``y`` with the attack applied."""
        y2 = np.array(y, copy=True)
        y2[self.indices] = self.labels
        return y2

    def __len__(self) -> int:
        return self.size


@dataclass(frozen=True)
class Certificate:
    """A certificate for one test point: ``lower <= R <= upper`` on the certified radius.

    Attributes
    ----------
    prediction : label
        The clean prediction, a value of the model's ``classes_`` (an int, a str...); the
        partition-level :func:`~optcert.certify.aggregate.aggregate` has no labels and gives
        the class index.
    lower, upper : float
        Sound bounds on the certified radius ``R = rho - 1`` (``inf`` allowed).
    method : str
        Which method produced the bounds.
    witness : Attack or None
        A replayed attack of size ``upper + 1`` (``None`` when ``upper`` is infinite, or
        when the method does not produce one).
    report : SolveReport or None
        The solver report when a solver was used.
    runtime : float
        Seconds spent on this point (amortised over a batch for vectorised methods).
    """

    prediction: Any
    lower: float
    upper: float
    method: str
    witness: Attack | None = None
    report: SolveReport | None = None
    runtime: float = 0.0
    info: Mapping[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not (self.lower <= self.upper):
            raise InvalidInputError(f"certificate bounds out of order: lower={self.lower}, upper={self.upper}")

    @property
    def exact(self) -> bool:
        return self.lower == self.upper

    @property
    def radius(self) -> float:
        """The exact certified radius; raises if only bounds are known."""
        if not self.exact:
            raise InvalidInputError(f"radius known only within [{self.lower}, {self.upper}]; "
                                    "use lower / upper or certified(budget)")
        return self.lower

    def certified(self, budget: int) -> Verdict:
        """Is the prediction certified against ``budget`` flips? (YES / NO / UNKNOWN)."""
        if isinstance(budget, bool) or not isinstance(budget, (int, np.integer)) or budget < 0:
            raise InvalidInputError(f"budget must be a non-negative int flip count, got {budget!r}; "
                             "relative budgets go through Certificates.certified or budget_to_count")
        budget = int(budget)
        if budget <= self.lower:
            return Verdict.YES
        if budget > self.upper:
            return Verdict.NO
        return Verdict.UNKNOWN


class Certificates(Sequence[Certificate]):
    """Certificates for a batch of test points, with array views and metrics.

    Parameters
    ----------
    certificates : sequence of Certificate
    n_train : int, optional
        The number N of training labels an attacker can flip. When known, budgets are checked
        against it (at most N flips) and float budgets in [0, 1) mean a fraction of N.
    classes : array-like, optional
        The model's ``classes_``. When given, every prediction must be one of them and
        :attr:`prediction` keeps their dtype (also for an empty batch).
    """

    def __init__(self, certificates: Sequence[Certificate], n_train: int | None = None,
                 classes=None):
        self._items = list(certificates)
        self.n_train = n_train
        self.classes = None if classes is None else np.asarray(classes).reshape(-1)
        if self.classes is not None:
            known = set(self.classes.tolist())
            unknown = [c.prediction for c in self._items if _plain(c.prediction) not in known]
            if unknown:
                raise InvalidInputError(
                    f"certificate predictions {unknown[:5]} are not among the classes "
                    f"{self.classes.tolist()[:10]}; predictions are labels, not class indices"
                )

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Certificates(self._items[i], self.n_train, self.classes)
        return self._items[i]

    def __repr__(self) -> str:
        n_exact = int(self.exact.sum()) if len(self) else 0
        return f"Certificates(n={len(self)}, exact={n_exact})"

    @property
    def prediction(self) -> np.ndarray:
        """The clean predictions as labels (values of the model's ``classes_``), shape (M,)."""
        labels = [c.prediction for c in self._items]
        if self.classes is not None:
            return np.array(labels, dtype=self.classes.dtype).reshape(-1)
        if not labels:
            return np.zeros(0, dtype=np.int64)
        return np.array(labels)

    @property
    def lower(self) -> np.ndarray:
        return np.array([c.lower for c in self._items], dtype=float)

    @property
    def upper(self) -> np.ndarray:
        return np.array([c.upper for c in self._items], dtype=float)

    @property
    def exact(self) -> np.ndarray:
        return np.array([c.exact for c in self._items], dtype=bool)

    @property
    def runtime(self) -> np.ndarray:
        return np.array([c.runtime for c in self._items], dtype=float)

    def _count(self, budget) -> int:
        """A budget as a flip count: checked against N when known (floats then mean a fraction)."""
        if self.n_train is not None:
            return budget_to_count(budget, self.n_train)
        if isinstance(budget, (bool, np.bool_)) or not isinstance(budget, (int, np.integer)):
            raise InvalidInputError(
                f"budget must be an int flip count (or a fraction of N when n_train is known), "
                f"got {budget!r}")
        if budget < 0:
            raise InvalidInputError(f"budget must be >= 0 flips, got {budget}")
        return int(budget)

    def certified(self, budget) -> list[Verdict]:
        """Verdict per point at ``budget``: an int flip count, or a float fraction of N."""
        count = self._count(budget)
        return [c.certified(count) for c in self._items]

    def certified_accuracy(self, y_true, budgets, *, bound: str = "lower") -> np.ndarray:
        """Share of points predicted correctly with radius >= r, for every r in ``budgets``.

        ``y_true`` holds labels (the values the model was fitted on), compared with
        :attr:`prediction`. Budgets are flip counts, or fractions of N as in :meth:`certified`.
        ``bound="lower"`` uses the sound lower bound (a guaranteed certified accuracy);
        ``"upper"`` uses the upper bound (what attacks have not yet disproved).
        """
        from .metrics import certified_accuracy  # local: results imports only exceptions up front

        if bound not in ("lower", "upper"):
            raise InvalidInputError(f"bound must be 'lower' or 'upper', got {bound!r}")
        items = [budgets] if np.ndim(budgets) == 0 else list(np.asarray(budgets, dtype=object).reshape(-1))
        counts = [self._count(b) for b in items]
        if self.classes is not None:
            unseen = _unseen_labels(y_true, self.classes)
            if unseen:
                logger.warning("y_true holds labels %s that are not among the model's classes %s; "
                               "predictions are labels, not class indices", unseen[:5],
                               self.classes.tolist()[:10])
        radius = self.lower if bound == "lower" else self.upper
        return certified_accuracy(self.prediction, y_true, radius, counts, n_train=self.n_train)


def _plain(value):
    """A numpy scalar as the Python value it holds (for set membership)."""
    return value.item() if isinstance(value, np.generic) else value


def _unseen_labels(y_true, classes: np.ndarray) -> list:
    known = set(classes.tolist())
    try:
        values = np.unique(np.asarray(y_true)).tolist()
    except TypeError:  # unsortable mixture: the metric reports it
        return []
    return [v for v in values if v not in known]


def budget_to_count(budget: int | float, n_train: int) -> int:
    """Turn a budget into a flip count: ints are absolute, floats in [0, 1) relative.

    A relative budget eps means ``floor(eps * N + 1e-9)`` (docs/math/threat-model.md; the guard keeps
    ``0.29 * 100`` at 29). A count above N is refused: an attacker has only N labels to flip.
    """
    if isinstance(n_train, (bool, np.bool_)) or not isinstance(n_train, (int, np.integer)) or n_train < 0:
        raise InvalidInputError(f"n_train must be a non-negative int, got {n_train!r}")
    if isinstance(budget, (bool, np.bool_)):
        raise InvalidInputError("budget must be a number of flips (int) or a fraction of N (float), not a bool")
    if isinstance(budget, (int, np.integer)):
        count = int(budget)
    elif isinstance(budget, (float, np.floating)):
        b = float(budget)
        if not math.isfinite(b) or b < 0:
            raise InvalidInputError(f"budget must be a finite non-negative number, got {budget}")
        if b >= 1 and not b.is_integer():
            raise InvalidInputError(
                f"a relative budget must be a fraction in [0, 1), got {budget}; pass an int for a flip count"
            )
        count = int(b) if b >= 1 else int(math.floor(b * n_train + 1e-9))
    else:
        raise InvalidInputError(f"budget must be an int or a float, got {type(budget).__name__}")
    if count < 0:
        raise InvalidInputError(f"budget must be >= 0 flips, got {budget}")
    if count > n_train:
        raise InvalidInputError(
            f"budget of {count} flips exceeds the N = {n_train} training labels an attacker can flip")
    return count


# -- collective certificates -----------------------------------------------------------------------

@dataclass(frozen=True)
class CollectiveCertificate:
    """One budget of a collective certificate (docs/math/collective.md): ``lower <= A(r) <= upper``.

    ``A(r)`` is the most test predictions (weighted by ``a_m``: all points, or the correctly
    classified ones when ``y_test`` was given) that one flip set of at most ``r`` labels changes
    at once.

    Attributes
    ----------
    budget : r, a flip count.
    lower : a replayed flip set (``witness``: the learner retrained on it) changes at least
        this many (weighted) predictions.
    upper : proven: no flip set of at most r flips changes more (a dual bound, an LP relaxation
        solved to optimality, or counting).
    samplewise : ``sum_m a_m [R_m < r]`` with each point's proven lower bound on its radius
        ``R_m``: what the sample-wise certificates can guarantee (``upper <= samplewise``).
    n_points : M, the number of test points.
    n_correct : correctly classified test points (None without ``y_test``).
    method, report, runtime, info : how ``upper`` was proven, the last solver report, seconds.
    """

    budget: int
    lower: int
    upper: int
    samplewise: int
    n_points: int
    n_correct: int | None = None
    method: str = ""
    witness: Attack | None = None
    report: SolveReport | None = None
    runtime: float = 0.0
    info: Mapping[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not (0 <= self.lower <= self.upper):
            raise InvalidInputError(f"collective bounds out of order: lower={self.lower}, upper={self.upper}")

    @property
    def exact(self) -> bool:
        return self.lower == self.upper

    def _share(self, changed: int) -> float | None:
        if self.n_correct is None:
            return None
        return (self.n_correct - changed) / self.n_points

    @property
    def certified_accuracy(self) -> float | None:
        """Proven collective certified accuracy ``(#correct - upper) / M`` (None without y_test)."""
        return self._share(self.upper)

    @property
    def certified_accuracy_upper(self) -> float | None:
        """What the witness leaves: ``(#correct - lower) / M`` (None without y_test)."""
        return self._share(self.lower)

    @property
    def samplewise_accuracy(self) -> float | None:
        """Sample-wise certified accuracy at r, ``(#correct - samplewise) / M``."""
        return self._share(self.samplewise)


class CollectiveCertificates(Sequence[CollectiveCertificate]):
    """Collective certificates for increasing budgets, with array views (the curve)."""

    def __init__(self, certificates: Sequence[CollectiveCertificate]):
        self._items = list(certificates)

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return CollectiveCertificates(self._items[i])
        return self._items[i]

    def __repr__(self) -> str:
        return f"CollectiveCertificates(budgets={self.budgets.tolist()}, exact={int(self.exact.sum())})"

    def _array(self, name, dtype=float) -> np.ndarray:
        return np.array([getattr(c, name) for c in self._items], dtype=dtype)

    @property
    def budgets(self) -> np.ndarray:
        return self._array("budget", np.int64)

    @property
    def lower(self) -> np.ndarray:
        return self._array("lower", np.int64)

    @property
    def upper(self) -> np.ndarray:
        return self._array("upper", np.int64)

    @property
    def samplewise(self) -> np.ndarray:
        return self._array("samplewise", np.int64)

    @property
    def exact(self) -> np.ndarray:
        return self._array("exact", bool)

    def _accuracy(self, name) -> np.ndarray:
        if any(c.n_correct is None for c in self._items):
            raise InvalidInputError("certified accuracy needs the true labels: pass y_test to certify_collective")
        return self._array(name)

    @property
    def certified_accuracy(self) -> np.ndarray:
        """Proven collective certified accuracy per budget (needs y_test)."""
        return self._accuracy("certified_accuracy")

    @property
    def samplewise_accuracy(self) -> np.ndarray:
        """Sample-wise certified accuracy per budget (needs y_test)."""
        return self._accuracy("samplewise_accuracy")

    def rows(self) -> list[dict]:
        """One plain dict per budget (for CSV / JSON)."""
        return [{"budget": c.budget, "lower": c.lower, "upper": c.upper, "exact": c.exact,
                 "samplewise": c.samplewise, "n_points": c.n_points, "n_correct": c.n_correct,
                 "certified_accuracy": c.certified_accuracy,
                 "certified_accuracy_upper": c.certified_accuracy_upper,
                 "samplewise_accuracy": c.samplewise_accuracy, "method": c.method,
                 "witness_size": None if c.witness is None else c.witness.size,
                 "runtime": round(c.runtime, 6)} for c in self._items]
