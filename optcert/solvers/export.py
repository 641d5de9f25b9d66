"""Write a model to .mps or .lp through Pyomo's writers, with symbolic names.

Symbolic labels make the file read like the mathematics (``z[3]``, ``stationarity[2]``),
which is the point of the model library. Indicator constraints live outside Pyomo's
constraint set (see the package docstring), so no writer would include them: such a model
is refused instead of being exported as a silently weaker problem.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..exceptions import InvalidInputError, UnsupportedFeatureError
from ._form import INDICATOR_ATTR

logger = logging.getLogger(__name__)

_FORMATS = {".mps": "mps", ".lp": "lp"}


def export(model, path) -> Path:
    """Write ``model`` to ``path`` (format from the suffix: ``.mps`` or ``.lp``); return the path.

    Raises
    ------
    InvalidInputError
        Unknown suffix.
    UnsupportedFeatureError
        The model has indicator constraints (``model.optcert_indicators``), which neither
        format can carry faithfully through Pyomo.
    """
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InvalidInputError(f"cannot tell the format of {str(path)!r}: use a .mps or .lp suffix")
    if getattr(model, INDICATOR_ATTR, None):
        raise UnsupportedFeatureError(
            f"the model has {len(getattr(model, INDICATOR_ATTR))} indicator constraint(s), which Pyomo's "
            f"{fmt.upper()} writer cannot express; exporting would silently drop them. Export a big-M or "
            "SOS1 encoding of the same model instead."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    model.write(str(path), format=fmt, io_options={"symbolic_solver_labels": True})
    logger.debug("exported %s to %s", getattr(model, "name", "model"), path)
    return path
