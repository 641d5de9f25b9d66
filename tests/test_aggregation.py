"""EnsembleCert aggregation (docs/math/ensembles.md): DP = sorted knapsack = ILP (every backend) = brute force."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optcert.certify.aggregate import aggregate, aggregate_many
from optcert.exact.aggregation import (
    black_box_rho,
    bruteforce_attack,
    bruteforce_radius,
    check_rho,
    dpa_radius,
    ensemble_prediction,
    knapsack_attack,
    knapsack_radius,
    vote_counts,
)
from optcert.exceptions import InvalidInputError
from optcert.formulations.ensemble_ilp import build_ensemble_ilp, decode_ensemble_ilp
from optcert.results import Verdict

MILP_SOLVERS = ["highs", "scip", "cpsat", "ortools-scip", "ortools-cbc"]
INF = np.inf


def _vectors() -> dict:
    shared = Path(__file__).resolve().parents[2] / "shared" / "test_vectors.json"
    local = Path(__file__).resolve().parent / "data" / "test_vectors.json"
    return json.loads((shared if shared.exists() else local).read_text())


VECTORS = _vectors()
ENSEMBLES = VECTORS["ensembles"]


def _random_rho(rng, K, Np, costs=(1, 2, 3, 4, 5, INF)):
    v = rng.integers(0, K, Np)
    rho = rng.choice(np.array(costs, dtype=float), size=(Np, K))
    rho[np.arange(Np), v] = 0
    return rho


@st.composite
def small_rho(draw, max_np=6):
    K = draw(st.integers(2, 4))
    Np = draw(st.integers(1, max_np))
    cost = st.sampled_from([1.0, 2.0, 3.0, 4.0, 5.0, INF])
    rho = np.array([[draw(cost) for _ in range(K)] for _ in range(Np)])
    votes = [draw(st.integers(0, K - 1)) for _ in range(Np)]
    rho[np.arange(Np), votes] = 0
    return rho


# ------------------------------------------------------------------ test vectors
@pytest.mark.parametrize("case", ENSEMBLES, ids=[e["id"] for e in ENSEMBLES])
@pytest.mark.parametrize("method", ["knapsack", "bruteforce"])
def test_ensemble_vectors_exact(case, method):
    cert = aggregate(case["rho"], method)
    assert cert.prediction == case["prediction"]
    assert cert.exact and cert.lower == case["radius"]
    assert knapsack_radius(case["rho"], algorithm="dp") == case["radius"]


@pytest.mark.parametrize("case", ENSEMBLES, ids=[e["id"] for e in ENSEMBLES])
def test_ensemble_vectors_dpa(case):
    rho = np.asarray(case["rho"], dtype=float)
    _, v = check_rho(rho)
    assert dpa_radius(vote_counts(v, rho.shape[1])) == case["dpa_radius"]
    cert = aggregate(rho, "dpa")
    assert cert.lower == case["dpa_radius"] and cert.lower <= case["radius"]
    assert cert.certified(case["dpa_radius"]) is Verdict.YES


@pytest.mark.parametrize("case", ENSEMBLES, ids=[e["id"] for e in ENSEMBLES])
@pytest.mark.parametrize("solver", MILP_SOLVERS)
def test_ensemble_vectors_ilp(case, solver):
    cert = aggregate(case["rho"], "ilp", solver=solver)
    assert cert.exact and cert.lower == case["radius"]
    assert cert.method == f"ilp:{solver}" and cert.report is not None


@pytest.mark.parametrize("case", VECTORS["dpa_counts"], ids=lambda c: str(c["counts"]))
def test_dpa_counts_vectors(case):
    assert ensemble_prediction(case["counts"]) == case["prediction"]
    assert dpa_radius(case["counts"]) == case["radius"]
    votes = np.repeat(np.arange(len(case["counts"])), case["counts"])
    assert knapsack_radius(black_box_rho(votes, len(case["counts"]))) == case["radius"]


def test_witness_replays():
    for case in ENSEMBLES:
        rho = np.asarray(case["rho"], dtype=float)
        _, v = check_rho(rho)
        cert = aggregate(rho)
        new = v.copy()
        new[cert.witness.indices] = cert.witness.labels
        assert rho[np.arange(len(v)), new].sum() == cert.upper + 1
        assert ensemble_prediction(vote_counts(new, rho.shape[1])) != cert.prediction


# ------------------------------------------------------- cross-checks (properties)
def test_sorted_dp_bruteforce_agree_many_random():
    rng = np.random.default_rng(7)
    for _ in range(1000):
        rho = _random_rho(rng, int(rng.integers(2, 5)), int(rng.integers(1, 7)))
        bf = bruteforce_attack(rho)
        assert knapsack_radius(rho) == bf.radius == knapsack_radius(rho, algorithm="dp")
        ks = knapsack_attack(rho)
        assert ks.radius == bf.radius
        if ks.assignment is not None:
            assert rho[np.arange(len(rho)), ks.assignment].sum() == ks.cost
            assert ks.winner != ks.prediction


def test_batched_equals_single_with_free_switches_and_inf():
    rng = np.random.default_rng(11)
    P, Np, K = 60, 25, 5
    v = rng.integers(0, K, (P, Np))
    rho = rng.integers(0, 9, (P, Np, K)).astype(float)  # zeros off the vote: free switches
    rho[rng.random(rho.shape) < 0.15] = INF
    np.put_along_axis(rho, v[..., None], 0, axis=2)
    batch = knapsack_radius(rho, v, chunk_size=16)
    assert np.array_equal(batch, knapsack_radius(rho, v, algorithm="dp"))
    assert np.array_equal(batch, knapsack_radius(rho, v, n_jobs=1))
    for p in range(0, P, 7):
        assert knapsack_attack(rho[p], v[p]).radius == batch[p]


def test_float64_fallback_large_costs():
    rng = np.random.default_rng(5)
    rho = rng.integers(1, 10**7, (20, 12, 3)).astype(float)
    v = rng.integers(0, 3, (20, 12))
    np.put_along_axis(rho, v[..., None], 0, axis=2)
    assert np.array_equal(knapsack_radius(rho, v), knapsack_radius(rho, v, algorithm="dp"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_rho(max_np=6))
def test_ilp_every_solver_equals_bruteforce(rho):
    bf = bruteforce_radius(rho)
    assert knapsack_radius(rho) == bf
    for solver in MILP_SOLVERS:
        cert = aggregate(rho, "ilp", solver=solver)
        assert cert.exact and cert.lower == bf, solver


@settings(max_examples=15, deadline=None)
@given(small_rho(max_np=5))
def test_ilp_beat_winner_or_all_same_minimum(rho):
    for beat in ("all", "winner"):
        assert aggregate(rho, "ilp", beat=beat).lower == bruteforce_radius(rho)


def test_beat_all_and_beat_winner_differ_per_target():
    # c* = 0 (votes 0,0,0,1,2). For t = 2, "beat c*" costs 2 (partition 0 -> 2, 1 -> 1 gives
    # counts 1,2,2: class 1 wins, not 2); "predict exactly 2" costs 10. The minimum over t is 2.
    rho = np.array([[0, 9, 1], [0, 1, 9], [0, 9, 9], [9, 0, 9], [9, 9, 0]], dtype=float)
    from optcert.solvers import solve

    opt = {}
    for beat in ("all", "winner"):
        rep = solve(build_ensemble_ilp(rho, 2, beat=beat), "highs")
        opt[beat] = rep.objective
    assert (opt["winner"], opt["all"]) == (2.0, 10.0)
    assert aggregate(rho, "ilp", beat="all").lower == aggregate(rho, "ilp", beat="winner").lower == 1.0
    res = knapsack_attack(rho)
    assert res.radius == 1.0 and res.winner != res.prediction


@settings(max_examples=200, deadline=None)
@given(small_rho(max_np=6), st.data())
def test_monotone_in_rho_and_whitebox_above_dpa(rho, data):
    r = knapsack_radius(rho)
    _, v = check_rho(rho)
    assert r >= dpa_radius(vote_counts(v, rho.shape[1]))  # white-box rho >= 1 off the vote
    j = data.draw(st.integers(0, rho.shape[0] - 1))
    c = data.draw(st.integers(0, rho.shape[1] - 1))
    bigger = rho.copy()
    if bigger[j, c] != 0:
        bigger[j, c] += data.draw(st.sampled_from([1.0, 3.0, INF]))
    assert knapsack_radius(bigger) >= r


def test_black_box_reproduces_dpa_exactly():
    rng = np.random.default_rng(3)
    for K in (1, 2, 3, 5, 10):
        v = rng.integers(0, K, (300, int(rng.integers(1, 80))))
        counts = vote_counts(v, K)
        assert np.array_equal(knapsack_radius(black_box_rho(v, K)), dpa_radius(counts))
        assert np.array_equal(knapsack_radius(black_box_rho(v, K), algorithm="dp"), dpa_radius(counts))


def test_single_partition_is_base_certificate():
    rho = np.array([[3.0, 0.0, 5.0]])
    assert knapsack_radius(rho) == 2.0 == bruteforce_radius(rho)
    assert knapsack_radius(np.array([[0.0, INF]])) == INF


# ----------------------------------------------------------------- certificates
def test_aggregate_many_matches_aggregate():
    rng = np.random.default_rng(2)
    rho = np.stack([_random_rho(rng, 3, 6) for _ in range(12)])
    many = aggregate_many(rho)
    assert np.array_equal(many.lower, [aggregate(r).lower for r in rho])
    assert np.array_equal(many.prediction, [aggregate(r).prediction for r in rho])
    assert all(c.witness is not None or c.upper == INF for c in aggregate_many(rho, witnesses=True))
    dpa = aggregate_many(rho, "dpa")
    assert (dpa.lower <= many.lower).all()


def test_lower_bound_costs_with_realised_upper():
    rho_up = np.array([[0, 3, 4], [0, 5, 2], [0, 2, 6], [1, 0, 2], [2, 3, 0]], dtype=float)
    rho_lo = np.minimum(rho_up, 2.0)
    rho_lo[rho_up == 0] = 0
    cert = aggregate(rho_lo, rho_upper=rho_up)
    assert cert.lower == knapsack_radius(rho_lo) <= cert.upper == knapsack_radius(rho_up)
    assert cert.witness is not None and len(cert.witness) >= 1


def test_ilp_time_limit_interval_is_sound():
    rng = np.random.default_rng(4)
    rho = _random_rho(rng, 4, 30, costs=(1, 2, 3, 7, 11))
    exact = knapsack_radius(rho)
    cert = aggregate(rho, "ilp", solver="highs", time_limit=0.001)
    assert cert.lower <= exact <= cert.upper


def test_ilp_decode_round_trip():
    rho = np.asarray(ENSEMBLES[0]["rho"], dtype=float)
    m = build_ensemble_ilp(rho, 1)
    idx, lab = decode_ensemble_ilp(m)  # the start values: the clean votes
    assert idx.size == 0 and lab.size == 0
    assert {c.name for c in m.component_objects()} >= {"z", "n_prime", "one_class", "beat", "flips"}
    with pytest.raises(InvalidInputError):
        build_ensemble_ilp(rho, 0)  # the clean winner


# ------------------------------------------------------------------ validation
@pytest.mark.parametrize("bad, msg", [
    ([[0, np.nan]], "NaN"),
    ([[0, -1]], ">= 0"),
    ([[1, 2]], "no zero"),
    ([[0, 0]], "several zeros"),
    ([[0, 1.5]], "integer"),
    ([0, 1], "2-D"),
    (np.zeros((0, 3)), "at least one"),
])
def test_invalid_rho(bad, msg):
    with pytest.raises(InvalidInputError, match=msg):
        knapsack_radius(bad)


def test_explicit_votes_allow_free_switch():
    rho = np.array([[0, 0], [0, 3]], dtype=float)
    assert knapsack_radius(rho, votes=[0, 0]) == 2.0  # a free switch only ties 1-1: class 0 keeps it
    assert bruteforce_radius(rho, votes=[0, 0]) == 2.0
    with pytest.raises(InvalidInputError, match="must be 0"):
        knapsack_radius(rho, votes=[1, 1])
    rho3 = np.array([[0, 0], [0, 3], [3, 0]], dtype=float)
    assert knapsack_radius(rho3, votes=[0, 0, 1]) == -1.0 == bruteforce_radius(rho3, votes=[0, 0, 1])
    with pytest.raises(InvalidInputError):
        aggregate(rho, "nope")
