"""optcert: exact certificates against label-flip poisoning.

An adversary flips the labels of up to r training points; optcert proves that a test
prediction cannot change (or finds the attack that changes it) for NTK kernel machines
(kernel SVM, kernel ridge) and partition-aggregation ensembles. The mathematics: docs/math/index.md.
"""

from . import nn as nn  # finite-width networks; JAX is imported only when one is used
from .certify.aggregate import aggregate, aggregate_many
from .certify.api import certify
from .certify.collective import certify_collective
from .data import (
                   Dataset,
                   list_datasets,
                   load_cifar10_folder,
                   load_dataset,
                   load_idx,
                   load_mnist_folder,
                   make_gaussian_mixture,
)
from .data.features import feature_map
from .exact.aggregation import dpa_radius, knapsack_radius
from .exceptions import (
                   AttackReplayError,
                   ClusterError,
                   InvalidInputError,
                   MissingDependencyError,
                   NotFittedError,
                   NotLabelLinearError,
                   NumericalRangeError,
                   OptcertError,
                   SolverFailedError,
                   SolverUnavailableError,
                   UnsupportedFeatureError,
)
from .kernels import LinearKernel, NTKernel, RBFKernel, ntk
from .learners import KernelRidge, KernelSVM, LabelLinearView, small_c_threshold
from .metrics import certified_accuracy, median_certified_robustness
from .partition import PartitionEnsemble, hash_partition, sorted_round_robin_partition
from .results import (
                   Attack,
                   Certificate,
                   Certificates,
                   SolveReport,
                   TerminationStatus,
                   Verdict,
                   budget_to_count,
                   objective_interval,
)

__version__ = "0.1.0"

__all__ = [
    "Attack", "AttackReplayError", "ClusterError", "PartitionEnsemble", "aggregate", "aggregate_many", "dpa_radius",
    "hash_partition", "knapsack_radius", "sorted_round_robin_partition", "Certificate", "Certificates", "Dataset", "InvalidInputError",
    "KernelRidge", "KernelSVM", "LabelLinearView", "LinearKernel", "NTKernel", "NotFittedError",
    "NotLabelLinearError", "OptcertError", "RBFKernel", "SolveReport", "SolverUnavailableError",
    "TerminationStatus", "UnsupportedFeatureError", "Verdict", "budget_to_count", "certified_accuracy",
    "certify", "certify_collective", "list_datasets", "load_cifar10_folder", "load_dataset", "load_idx", "load_mnist_folder",
    "make_gaussian_mixture", "median_certified_robustness", "ntk", "objective_interval",
    "NumericalRangeError", "SolverFailedError", "MissingDependencyError", "feature_map", "small_c_threshold",
]
