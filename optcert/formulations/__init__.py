"""Explicit optimization models (Pyomo), one file per model, each a build + decode pair.

Formulations never call a solver; ``optcert.certify`` glues them to ``optcert.solvers``.
The public entry point is :func:`label_flip_model` (the model of one test point and its
decoder); it is imported on first use, so ``import optcert.formulations`` does not load Pyomo.
"""

__all__ = ["LabelFlipDecoder", "LabelFlipSolution", "label_flip_model"]


def __getattr__(name):
    if name in __all__:
        from . import label_flip

        return getattr(label_flip, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
