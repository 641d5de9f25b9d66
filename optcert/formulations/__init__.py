"""Explicit optimization models (Pyomo), one file per model, each a build + decode pair.

Formulations never call a solver; ``optcert.certify`` glues them to ``optcert.solvers``.
"""
