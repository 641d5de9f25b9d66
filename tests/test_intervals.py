"""The one rounding of a dual bound and the one policy for crossing bounds (certify.intervals)."""

from __future__ import annotations

import logging
import math

from optcert.certify.intervals import ceil_dual_bound, reconcile


def test_ceil_dual_bound_rounds_up_with_a_guard_and_keeps_infinity():
    assert ceil_dual_bound(2.9999999) == 3.0
    assert ceil_dual_bound(3.0000000001) == 3.0  # a hair above an integer proves that integer
    assert ceil_dual_bound(3.2) == 4.0
    assert ceil_dual_bound(-0.5) == 0.0  # counts are never negative
    assert ceil_dual_bound(math.inf) == math.inf  # proven infeasible
    assert ceil_dual_bound(-math.inf) == 0.0 and ceil_dual_bound(math.nan) == 0.0  # no proof


def test_reconcile_clamps_a_lower_bound_above_the_attack_and_warns(caplog):
    with caplog.at_level(logging.WARNING, logger="optcert.certify.intervals"):
        assert reconcile(1.0, 3.0, source="test") == (1.0, 3.0)
        assert not caplog.records
        assert reconcile(4.0, 3.0, source="test") == (3.0, 3.0)
    assert len(caplog.records) == 1 and "test" in caplog.records[0].getMessage()
    assert reconcile(2.0, math.inf, source="test") == (2.0, math.inf)
