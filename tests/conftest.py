"""Shared fixtures: the hand-checked test vectors and small seeded instances."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

DATA = Path(__file__).resolve().parent / "data"


def load_test_vectors() -> dict:
    """shared/test_vectors.json, as shipped in tests/data (checked against ../shared when present)."""
    return json.loads((DATA / "test_vectors.json").read_text())


@pytest.fixture(scope="session")
def test_vectors() -> dict:
    return load_test_vectors()


@pytest.fixture
def rng():
    return np.random.default_rng(12345)
