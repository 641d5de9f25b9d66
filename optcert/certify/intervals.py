"""From proofs to a certificate's interval: the one rounding of a dual bound on a flip count and
the one policy for a lower bound that ends above an upper bound. Every certifier uses these.
"""

from __future__ import annotations

import logging
import math

from ..results import INF

logger = logging.getLogger(__name__)

#: flip counts are integers: a dual bound of 2.9999999 (or 3.0000000001) proves 3
BOUND_EPS = 1e-6


def ceil_dual_bound(lo: float) -> float:
    """The least integer count compatible with a dual bound ``lo`` of an integer objective.

    ``ceil(lo - BOUND_EPS)``, at least 0; ``inf`` (a proven infeasibility) stays ``inf``; a
    bound that proves nothing (``-inf``, NaN) gives 0.
    """
    if lo == INF:
        return INF
    if not math.isfinite(lo):
        return 0.0
    return float(max(0, math.ceil(lo - BOUND_EPS)))


def reconcile(lower: float, upper: float, *, source: str) -> tuple[float, float]:
    """``(lower, upper)`` in order: a lower bound above the upper bound is clamped to it.

    The upper bound stands on an attack -- replayed, the learner retrained on its labels
    predicts another class -- a fact about the floating-point model; the lower bound is a proof
    carried out in floating point with a tie tolerance. When they cross, the proof has met
    rounding at a near-tie: the interval collapses onto the attack (never the other way, which
    would drop a replayed attack) and a warning names the ``source`` of the bound, since it
    signals a numerical fault worth a look.
    """
    if lower > upper:
        logger.warning("%s lower bound %s exceeds the upper bound %s of a replayed attack; "
                       "lowering it", source, lower, upper)
        return upper, upper
    return lower, upper


def floor_dual_bound(hi: float) -> float:
    """The largest integer count compatible with a dual bound ``hi`` of an integer objective
    that is maximised (the mirror of :func:`ceil_dual_bound`): ``floor(hi + BOUND_EPS)``;
    ``-inf`` (a proven infeasibility) stays ``-inf``; a bound that proves nothing gives ``inf``."""
    if hi == -INF:
        return -INF
    if not math.isfinite(hi):
        return INF
    return float(math.floor(hi + BOUND_EPS))
