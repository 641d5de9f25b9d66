"""Write a model to .mps or .lp through Pyomo's writers, with symbolic names.

Symbolic labels make the file read like the mathematics (``z[3]``, ``stationarity[2]``),
which is the point of the model library. Neither format carries disjunctions, so a model
with ``pyomo.gdp`` disjuncts is written as its ``gdp.bigm`` reformulation (of a copy; the
model itself is left as it is): the file is the MILP every non-indicator backend solves.
SOS1 constraints are written as SOS sections.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..exceptions import InvalidInputError
from ._form import _check_components, bigm_reformulation, has_disjunctions

logger = logging.getLogger(__name__)

_FORMATS = {".mps": "mps", ".lp": "lp"}


def export(model, path) -> Path:
    """Write ``model`` to ``path`` (format from the suffix: ``.mps`` or ``.lp``); return the path.

    Raises
    ------
    InvalidInputError
        Unknown suffix.
    UnsupportedFeatureError
        A component the solvers would refuse too, or disjunctions that ``gdp.bigm`` cannot
        reformulate (an unbounded variable).
    """
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InvalidInputError(f"cannot tell the format of {str(path)!r}: use a .mps or .lp suffix")
    _check_components(model)
    if has_disjunctions(model):
        model = bigm_reformulation(model)
        logger.debug("writing the gdp.bigm reformulation of %s", getattr(model, "name", "model"))
    path.parent.mkdir(parents=True, exist_ok=True)
    model.write(str(path), format=fmt, io_options={"symbolic_solver_labels": True})
    logger.debug("exported %s to %s", getattr(model, "name", "model"), path)
    return path
