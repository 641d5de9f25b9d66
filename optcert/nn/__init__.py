"""Finite-width ReLU networks in the NTK parametrisation: what optcert's kernel machines are the limit of.

Needs the optional extra ``pip install "optcert[nn]"`` (JAX); importing this package does not,
only using a network does (a missing JAX raises :class:`~optcert.exceptions.MissingDependencyError`).
"""

from .network import WideNetwork, box_qp, empirical_ntk, init_params

__all__ = ["WideNetwork", "box_qp", "empirical_ntk", "init_params"]
