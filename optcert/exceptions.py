"""The error tree of optcert.

Every error a user can provoke is an :class:`OptcertError`; bad input is also a
:class:`ValueError` so that ``except ValueError`` works as in scikit-learn.
"""


class OptcertError(Exception):
    """Base class of every error optcert raises on purpose."""


class InvalidInputError(OptcertError, ValueError):
    """An argument has the wrong shape, type, value or content."""


class NotLabelLinearError(InvalidInputError):
    """A polynomial label-linear certificate was asked of a model that is not label-linear."""


class NumericalRangeError(InvalidInputError):
    """Inputs whose numbers leave float64's reliable range (overflow, underflow, non-finite
    kernel values or scores): refused, because a certificate computed from them would be false."""


class NotFittedError(OptcertError, ValueError, AttributeError):
    """A model was used before ``fit`` (an AttributeError too, so ``hasattr`` reads False, as
    in scikit-learn)."""


class SolverUnavailableError(OptcertError, RuntimeError):
    """The requested solver backend is not installed or cannot be loaded."""


class SolverFailedError(OptcertError, RuntimeError):
    """A solve that a computation cannot do without (not a certificate's, whose limits only
    weaken bounds) ended without an optimal solution, e.g. the SVM dual QP of ``dual_solver="qp"``."""


class UnsupportedFeatureError(OptcertError, ValueError):
    """A solver backend cannot handle a feature of the model (SOS1, indicators, quadratic objective...)."""


class AttackReplayError(OptcertError, RuntimeError):
    """An attack returned by a method did not change the prediction when replayed.

    This signals a numerical or modelling fault; optcert never reports such an attack.
    """


class MissingDependencyError(OptcertError, ImportError):
    """An optional extra that a feature needs is not installed (the message names the pip command)."""


class ClusterError(OptcertError, RuntimeError):
    """Work sent to a dask cluster was lost beyond recovery: its tasks killed their workers
    repeatedly, or the cluster lost its workers or closed during the run."""
