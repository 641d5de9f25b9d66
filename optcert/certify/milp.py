"""LabelCert: certificates from the bilevel label-flip MILPs (docs/math/milp.md).

Per test point (SVM): the polynomial bounds L (:mod:`optcert.svm.stability`, :mod:`optcert.svm.ball`:
no attack of L flips) and a cheap greedy attack (real retraining, replayed: an upper bound and a
warm start); then the branch-and-bound over flip sets of :mod:`optcert.svm.search` (retraining,
pruned by the ball bound),
each completed flip count lifting the floor, within a node budget; only then the MILP of
:mod:`optcert.formulations.svm_label_flip` (or :mod:`~optcert.formulations.krr_label_flip`),
with the floor as a cut, answers

* ``budget=None`` -- question (b), the radius: ``rho >= ceil(dual bound)`` always (sound under
  any limit), ``rho <= k`` only for a replayed attack of k flips;
* ``budget=r`` -- question (a), the worst margin: certified at r iff the dual bound is
  ``> tau``; "not certified" only with a replayed attack of ``k <= r`` flips.

Soundness rules: bounds come from :func:`optcert.results.objective_interval` only; the MILP uses
the tolerance ``tau_milp = max(tau, milp_tol * scale) >= tau`` (a larger tolerance only enlarges
the feasible set of attacks, so its bounds stay sound despite solver feasibility tolerances);
an incumbent is never a certificate; an incumbent whose replay does not change the prediction
(a near-tie or a solver-tolerance artefact) is excluded by a no-good cut and the model is
re-solved (at most ``max_replays`` times) -- the re-solve's bound stays sound because the cut
removes a labelling proven not to be an attack. If no replay succeeds, ``upper`` falls back to
the heuristic attack or ``inf``.
A solve that ends in status ERROR (a backend failure) proves nothing: the solver layer logs it
as a warning, the point keeps the bounds proven without it, and ``info["status"]`` lists it.

Multiclass (one-vs-rest): one model per target class t, with only the blocks c (current
class) and t, since ``F_c - F_t`` depends on nothing else; targets are visited from the most
threatened and each solve stops as soon as its dual bound shows it cannot beat the best
attack so far (``stop_dual_above``). ``rho = min_t rho_t``.
"""

from __future__ import annotations

import logging
import math
import time
from pathlib import Path

import numpy as np

from ..exceptions import InvalidInputError, UnsupportedFeatureError
from ..results import INF, Attack, Certificate, TerminationStatus, objective_interval
from .intervals import ceil_dual_bound, reconcile
from .replay import replay_changes_prediction

logger = logging.getLogger(__name__)


def certify_milp(model, X_test, *, budget: int | None = None, solver: str = "highs",
                 time_limit: float | None = None, tol: float = 1e-9, complementarity: str = "bigm",
                 linearization: str = "mccormick", tighten_bounds: bool = True, milp_tol: float = 1e-6,
                 warm_start: bool = True, heuristic: bool = True, early_stop: bool = True,
                 max_replays: int = 3, export=None, solver_options=None,
                 n_candidates: int = 8, radius_budget: bool = True,
                 stability: bool = True, search_nodes: int = 2_000_000) -> list[Certificate]:
    """LabelCert certificates (``lower <= R <= upper``) for every row of ``X_test``.

    Parameters
    ----------
    model : fitted :class:`~optcert.learners.KernelSVM` (any C) or
        :class:`~optcert.learners.KernelRidge`.
    X_test : (M, d) features (or (M, N) test-by-train kernel for a precomputed kernel).
    budget : None -> the radius (question b); int r >= 0 -> certified at r? (question a).
    solver : optcert solver name; needs "milp" and the encoding's feature.
    time_limit : seconds per test point, for the flip-set search and every MILP solve together
        (each solve gets what is left; None = no limit). A point out of time keeps the sound
        interval it has.
    tol : relative tie tolerance, ``tau = tol * scale`` with ``scale = sum_i |w_i|`` of the
        label-linear weights (``C sum|q|`` binary SVM, ``2 C sum|q|`` one-vs-rest,
        ``sum |(Q + lambda I)^{-1} q|`` ridge) -- the same tau as ScaLabelCert.
    complementarity : "bigm", "sos1" or "indicator" (SVM only; "indicator" is native on scip and
        Pyomo's gdp.bigm reformulation elsewhere and in exported files).
    linearization : "mccormick" (O(N)) or "pairwise" (O(N^2)).
    tighten_bounds : use the tightened data-derived bounds (see ``kkt.svm_bounds``).
    milp_tol : relative tolerance of the MILP's crossing test (``tau_milp``).
    warm_start : pass the clean solution (a) or the heuristic attack (b) as a MIP start.
    heuristic : run the greedy retraining attack first.
    early_stop : stop each solve as soon as its question is decided.
    max_replays : re-solves after an incumbent failed its replay.
    export : folder, or path pattern with ``{point}``, ``{target}``, ``{question}`` and a
        ``.mps``/``.lp`` suffix; every built model is written there (one info log line per file).
        A target that the bounds, the flip-set search or an attack in hand settled without a
        model still gets one: the plain model of the question (no cap, no cut -- what
        :func:`optcert.formulations.label_flip_model` builds), built only to be written.
    solver_options : native options passed to the backend.
    n_candidates : flips evaluated by retraining per greedy step.
    radius_budget : question (b), SVM, once an attack of k flips is known: add ``flips <= k - 1``
        to the model, so the solve asks only whether a smaller attack exists (infeasible = no).
        No MIP start then (the known attack lies outside that model). Measured 1.2-2.9x faster
        on ``benchmarks/bench_milp.py``; False gives the uncapped model with the attack as start.
    stability : SVM with a kernel (not precomputed): first the polynomial bounds of
        :mod:`optcert.svm.stability` and :mod:`optcert.svm.ball` (no attack of at most L flips). A
        point whose attack has L + 1 flips is then exact without a model; otherwise the search
        and the radius model start at ``flips >= L + 1`` and question (a) at ``r <= L`` is
        certified at once.
    search_nodes : SVM: before any model, the flip-set search of :mod:`optcert.svm.search`
        with at most this many retrainings per target: each completed flip count lifts the
        floor, a labelling reaching ``margin <= tau_milp`` is replayed as an attack. Measured:
        HiGHS did not prove "no attack of one flip" at N = 100 in 600 s (100 retrainings);
        the search proves "none of 8" there in about 3 minutes (0.15-0.3 ms per retraining at
        N = 100, so the default is 5-10 minutes there). 0 turns it off (the MILP alone).
    """
    from ..formulations.kkt import COMPLEMENTARITY, ENCODING_FEATURE, LINEARIZATIONS
    from ..learners import KernelRidge, KernelSVM
    from ..solvers import capabilities

    if not isinstance(model, (KernelSVM, KernelRidge)):
        raise InvalidInputError(f"method='milp' needs a KernelSVM or KernelRidge, got {type(model).__name__}")
    if complementarity not in COMPLEMENTARITY:
        raise InvalidInputError(f"complementarity must be one of {COMPLEMENTARITY}, got {complementarity!r}")
    if linearization not in LINEARIZATIONS:
        raise InvalidInputError(f"linearization must be one of {LINEARIZATIONS}, got {linearization!r}")
    if budget is not None:
        if isinstance(budget, bool) or not isinstance(budget, (int, np.integer)) or budget < 0:
            raise InvalidInputError(f"budget must be a non-negative int (a flip count), got {budget!r}")
        budget = int(budget)
    if time_limit is not None and not (time_limit > 0):
        raise InvalidInputError(f"time_limit must be positive seconds, got {time_limit!r}")
    svm = isinstance(model, KernelSVM)
    caps = capabilities(solver)
    need = {"milp", ENCODING_FEATURE[complementarity]} if svm else {"milp"}
    if not need <= caps:
        raise UnsupportedFeatureError(
            f"solver {solver!r} supports {sorted(caps)}; complementarity={complementarity!r} needs "
            f"{sorted(need)} (use complementarity='bigm', or solver='scip' for sos1)")
    ctx = _Context(model, svm, dict(solver=solver, time_limit=time_limit, complementarity=complementarity,
                                    linearization=linearization, tighten=tighten_bounds,
                                    warm_start=warm_start, heuristic=heuristic, early_stop=early_stop,
                                    max_replays=int(max_replays), export=export,
                                    options=solver_options, n_candidates=int(n_candidates),
                                    radius_budget=bool(radius_budget),
                                    stability=bool(stability) and svm and model.kernel_ is not None,
                                    search_nodes=int(search_nodes) if svm else 0))
    Kx = model.cross_kernel(X_test)
    # ||phi(x)|| of every test point (the stability and ball bounds need k(x, x), not the test Gram)
    norms = np.sqrt(np.clip(model.kernel_.diag(X_test), 0.0, None)) \
        if svm and model.kernel_ is not None else None
    certs = []
    for m_idx in range(Kx.shape[0]):
        t0 = time.perf_counter()
        point = _Point(ctx, m_idx, Kx[m_idx], np.asarray(X_test)[m_idx], tol, milp_tol,
                       None if norms is None else float(norms[m_idx]),
                       deadline=None if time_limit is None else t0 + float(time_limit))
        cert = point.certify_budget(budget) if budget is not None else point.certify_radius()
        certs.append(cert.__class__(**{**cert.__dict__, "runtime": time.perf_counter() - t0}))
    return certs


class _Context:
    """What every test point shares: the learner's data, bounds and the options."""

    def __init__(self, model, svm: bool, opts: dict):
        self.model, self.svm, self.opts = model, svm, opts
        self.y_index = model.encode_labels(model.y_fit_)
        self.K = model.n_classes_
        self.Q = model.gram_
        self.N = self.Q.shape[0]
        if svm:
            from ..formulations.kkt import svm_bounds

            self.C = float(model.C)
            self.bounds = svm_bounds(self.Q, self.C, tighten=opts["tighten"])
            self.alpha = np.atleast_2d(model.alpha_)  # (1, N) binary, (K, N) one-vs-rest
            self.gram_diag = np.diag(self.Q)
            from .stability import model_flip_factors

            self.flip_factors = model_flip_factors(model)
            if opts["stability"]:
                from .stability import svm_blocks

                self.stability_blocks = svm_blocks(model)
        else:
            self.lam = float(model.alpha)

    # -- the learner restricted to the blocks of one margin -----------------------------------
    def block_alpha(self, k: int) -> np.ndarray:
        return self.alpha[0] if self.K == 2 else self.alpha[k]

    def retrain_margin(self, y_new, spec, q, warm=None):
        """Margin ``sum_k coef_k F_k`` after retraining the blocks of ``spec`` on ``y_new``."""
        from ..svm.margins import block_signs

        total, alphas = 0.0, {}
        for k, c in spec.coef.items():
            signs = block_signs(y_new, self.K, k)
            if self.svm:
                from ..svm.dual import solve_svm_dual

                a = solve_svm_dual(self.Q, signs, self.C, kkt_tol=self.model.kkt_tol, c_star=self.model.c_star_,
                                   warm_start=None if warm is None else warm.get(k)).alpha
                alphas[k] = a
                total += c * float(q @ (signs * a))
            else:
                target = signs if self.K == 2 else (signs > 0).astype(float)
                total += c * float(q @ _cho_solve(self.model, target))
        return total, alphas


def _cho_solve(model, target):
    import scipy.linalg

    return scipy.linalg.cho_solve(model.cho_, target, check_finite=False)


class _Point:
    """One test point: clean prediction, tolerances, heuristic, models and their solves."""

    def __init__(self, ctx: _Context, m_idx: int, q: np.ndarray, x_row, tol: float, milp_tol: float,
                 test_norm: float | None = None, deadline: float | None = None):
        self.ctx, self.m_idx, self.q, self.x_row, self.test_norm = ctx, m_idx, q, x_row, test_norm
        self.deadline = deadline
        self._ball = {}
        model = ctx.model
        all_scores = model.decision_function(x_row[None, :])
        scores = all_scores[0]
        self.pred = int(model.predict_index(all_scores)[0])
        self.label = model.classes_[self.pred]
        if ctx.svm:
            from ..svm.margins import tie_scale

            scale = float(tie_scale(q, ctx.C, ctx.K))
        else:
            scale = float(np.abs(_cho_solve(model, q)).sum())
        self.tau = tol * scale
        self.tau_milp = max(self.tau, milp_tol * scale)
        from ..svm.margins import margin_spec

        if ctx.K == 2:
            self.specs = [(None, margin_spec(2, self.pred))]
            self.clean_margin = float(scores) * (1.0 if self.pred == 1 else -1.0)
            self.target_margin = {None: self.clean_margin}
        else:
            gaps = scores[self.pred] - scores
            order = [int(t) for t in np.argsort(gaps, kind="stable") if t != self.pred]
            self.specs = [(t, margin_spec(ctx.K, self.pred, t)) for t in order]
            self.clean_margin = float(min(gaps[t] for t in order))
            self.target_margin = {t: float(gaps[t]) for t in order}
        self.best_k, self.witness, self.reports = INF, None, []
        self._question, self._exported = ("radius", None), set()
        self.info = {"tau": self.tau, "tau_milp": self.tau_milp, "solves": 0, "replay_failures": 0}

    def stability(self, spec, target) -> int:
        """L such that no labelling with at most L flips reaches ``margin <= tau_milp`` (0 if off):
        the better of the stability and the ball bound."""
        if self.test_norm is None or not self.ctx.opts["stability"]:
            return 0
        from ..svm.ball import ball_lower_bound
        from ..svm.stability import stability_lower_bound

        gap = self.target_margin[target] - self.tau_milp
        L = max(stability_lower_bound(self.ctx.stability_blocks, self.test_norm, spec.coef, gap),
                ball_lower_bound(self._moves_and_weights(spec)[1], gap))
        self.info["stability_lower"] = min(self.info.get("stability_lower", L), L)
        return L

    def _moves_and_weights(self, spec):
        """The relabellings that matter for ``spec`` and their ball weights (None without k(x, x)),
        once per margin (the bounds and the search both need them)."""
        from ..svm.ball import ball_weights
        from ..svm.margins import margin_moves

        key = tuple(spec.coef.items())
        if key not in self._ball:
            ctx = self.ctx
            moves = margin_moves(ctx.y_index, ctx.K, spec.coef)
            weights = None if self.test_norm is None else ball_weights(
                self.q, ctx.gram_diag, self.test_norm, ctx.C, ctx.y_index, ctx.K, spec.coef, moves,
                factors=ctx.flip_factors)
            self._ball[key] = (moves, weights)
        return self._ball[key]

    def time_left(self) -> float:
        return INF if self.deadline is None else self.deadline - time.perf_counter()

    def search_flips(self, spec, target, floor: int, limit: int) -> int:
        """Raise ``floor`` (no attack below it) by the flip-set search up to ``limit`` flips.

        Sound like a replay: every node is retrained to the learner's tolerance, pruning uses
        the ball bound only, and a labelling reaching ``tau_milp`` is replayed by ``refit``; if
        that replay fails (a near-tie) the floor stops at its size.
        """
        ctx = self.ctx
        if not ctx.svm or ctx.opts["search_nodes"] <= 0 or floor > min(limit, self.best_k - 1):
            return floor
        from ..svm.search import FlipSearch

        moves, _ = self._moves_and_weights(spec)
        search = FlipSearch(ctx.Q, ctx.C, ctx.model.c_star_, ctx.y_index, ctx.K, self.q, spec.coef,
                            {k: ctx.block_alpha(k) for k in spec.coef}, moves,
                            tau=self.tau_milp, kkt_tol=ctx.model.kkt_tol, test_norm=self.test_norm)
        res = search.run(floor, min(limit, self.best_k - 1), max_nodes=ctx.opts["search_nodes"],
                         deadline=self.deadline)
        self.info["search_nodes"] = self.info.get("search_nodes", 0) + res.nodes
        if res.crossing is not None:
            self._try_attack(res.crossing)
        self.info["searched_floor"] = res.floor
        return res.floor

    # -- attacks ---------------------------------------------------------------------------
    def _try_attack(self, y_new) -> bool:
        """Replay labels ``y_new`` (class indices) by real retraining; keep it if it is better."""
        idx = np.flatnonzero(y_new != self.ctx.y_index)
        if idx.size == 0 or idx.size >= self.best_k:
            return False
        attack = Attack(idx, self.ctx.model.classes_[y_new[idx]])
        if replay_changes_prediction(self.ctx.model, self.x_row, attack, self.label):
            self.best_k, self.witness = idx.size, attack
            return True
        self.info["replay_failures"] += 1
        return False

    def _greedy(self, spec, target, max_flips: int):
        """Greedy flips guided by label-linear gains, each step chosen by real retraining."""
        ctx, q = self.ctx, self.q
        y = ctx.y_index.copy()
        warm = {k: ctx.block_alpha(k) for k in spec.coef} if ctx.svm else None
        touched = np.zeros(ctx.N, dtype=bool)
        margin, _ = self.ctx.retrain_margin(y, spec, q, warm)
        strict_tie = ctx.K == 2 and self.pred == 0 or (ctx.K > 2 and target > self.pred)

        def crossed(mg):
            return mg < 0 or (mg == 0 and not strict_tie)

        for _ in range(max_flips):
            if crossed(margin):
                break
            new = self._moves(spec, target, y)
            gain = self._gains(spec, y, new)
            gain[touched] = -INF
            cand = [i for i in np.argsort(-gain, kind="stable")[:self.ctx.opts["n_candidates"]] if gain[i] > 0]
            if not cand:
                return None
            best = None
            for i in cand:
                y2 = y.copy()
                y2[i] = new[i]
                mg, al = ctx.retrain_margin(y2, spec, q, warm)
                if best is None or mg < best[0]:
                    best = (mg, i, al)
            margin, i, al = best
            y[i] = new[i]
            touched[i] = True
            warm = al or warm
        if not crossed(margin):
            return None
        for i in np.flatnonzero(touched)[::-1]:  # drop flips that are not needed
            y2 = y.copy()
            y2[i] = ctx.y_index[i]
            mg, _ = ctx.retrain_margin(y2, spec, q, warm)
            if crossed(mg):
                y = y2
        return y

    def _moves(self, spec, target, y):
        """Each point's best relabelling for this margin (label-linear view)."""
        from ..exact.label_linear import best_moves

        return best_moves(self.q, self.ctx.y_index, self.ctx.K, self.pred, target)

    def _gains(self, spec, y, new):
        """Label-linear estimate of how much moving each point to ``new`` lowers the margin."""
        from ..exact.label_linear import margin_gains

        return margin_gains(self.q, y, new, spec.coef)

    def heuristic(self, spec, target, max_flips: int):
        if not self.ctx.opts["heuristic"] or max_flips <= 0:
            return None
        y = self._greedy(spec, target, max_flips)
        if y is not None:
            self._try_attack(y)
        return y

    # -- models ----------------------------------------------------------------------------
    def _build(self, spec, question, budget, target, max_flips=None, min_flips=None, note=""):
        ctx, o = self.ctx, self.ctx.opts
        if ctx.svm:
            from ..formulations.svm_label_flip import build_svm_label_flip

            m = build_svm_label_flip(ctx.Q, ctx.C, ctx.y_index, ctx.K, self.q, spec, question=question,
                                     budget=budget, tau=self.tau_milp, complementarity=o["complementarity"],
                                     linearization=o["linearization"], bounds=ctx.bounds,
                                     max_flips=max_flips, min_flips=min_flips)
        else:
            from ..formulations.krr_label_flip import build_krr_label_flip

            m = build_krr_label_flip(ctx.Q, ctx.lam, ctx.y_index, ctx.K, self.q, spec, question=question,
                                     budget=budget, tau=self.tau_milp)
        if o["export"] is not None:
            self._export(m, question, target, note)
        return m

    def _export(self, m, question, target, note=""):
        from ..solvers import export

        dest = str(self.ctx.opts["export"])
        fields = {"point": self.m_idx, "target": "b" if target is None else target, "question": question}
        if Path(dest).suffix.lower() in (".mps", ".lp"):
            path = Path(dest.format(**fields))
        else:
            path = Path(dest) / "{}_p{point}_t{target}_{question}.mps".format(m.name, **fields)
        export(m, path)
        self._exported.add(target)
        logger.info("point %d, target %s: wrote the %s model to %s%s", self.m_idx, fields["target"],
                    question, path, note)

    def _export_settled(self):
        """``export=``: the plain model of each target settled without one, so that every point
        and target has its file however the point was decided."""
        question, budget = self._question
        for target, spec in self.specs:
            if target not in self._exported:
                self._build(spec, question, budget, target,
                            note=" (settled without it: the plain model, built only to be written)")

    def _warm(self, m, y_new, alphas=None):
        if not self.ctx.opts["warm_start"] or y_new is None:
            return False
        if self.ctx.svm:
            from ..formulations.svm_label_flip import set_labelling

            if alphas is None:
                _, alphas = self.ctx.retrain_margin(y_new, _spec_of(m), self.q)
            set_labelling(m, y_new, alphas)
        else:
            from ..formulations.krr_label_flip import set_krr_labelling

            set_krr_labelling(m, y_new)
        return True

    def _solve(self, m, warm: bool, **stops):
        from ..solvers import solve

        o = self.ctx.opts
        if not o["early_stop"]:
            stops = {}
        left = self.time_left()
        report = solve(m, o["solver"], time_limit=None if left == INF else max(left, 1e-3), warm_start=warm,
                       options=o["options"], **stops)
        self.reports.append(report)
        self.info["solves"] += 1
        return report

    # -- question (b): the radius --------------------------------------------------------------
    def certify_radius(self) -> Certificate:
        from ..formulations.svm_label_flip import decode_labels, exclude_labelling

        self._question = ("radius", None)
        rho_lo = INF
        for target, spec in self.specs:
            floor = self.stability(spec, target) + 1  # rho_t >= floor, polynomially
            if floor >= self.best_k:  # this target cannot beat the attack in hand
                rho_lo = min(rho_lo, floor)
                continue
            y_h = self.heuristic(spec, target, self.ctx.N)
            floor = self.search_flips(spec, target, floor, self.ctx.N)
            if floor >= self.best_k or self.time_left() <= 0:
                rho_lo = min(rho_lo, floor, self.best_k)
                continue
            # Only "is there an attack with fewer than best_k flips?" matters: with the cap the
            # model is infeasible exactly when there is none (rho >= best_k). Sound: every
            # labelling with fewer flips stays feasible, so the bound on min(rho, best_k) holds.
            cap = None
            if self.ctx.opts["radius_budget"] and self.ctx.svm and math.isfinite(self.best_k):
                cap = int(self.best_k) - 1
            # The cut flips >= floor, but never floor = cap: HiGHS was measured 1.7-3.4x slower
            # on "flips == cap" than without the cut, and 1.2-2.8x faster with floor <= cap - 1.
            cut = floor if cap is None else min(floor, cap - 1)
            m = self._build(spec, "radius", None, target, max_flips=cap,
                            min_flips=cut if cut > 1 else None)
            warm = self._warm(m, y_h) if y_h is not None and cap is None else False
            lb = float(floor)
            for _ in range(1 + self.ctx.opts["max_replays"]):
                if self.time_left() <= 0:
                    break
                # Under the cap no early stop: the search of an infeasible model ends with an
                # infinite dual bound, which an early stop would report as no bound at all;
                # INFEASIBLE itself is the proof.
                stop = {"stop_dual_above": self.best_k - 0.5} \
                    if math.isfinite(self.best_k) and cap is None else {}
                report = self._solve(m, warm, **stop)
                lo, hi = objective_interval(report)
                lb = max(lb, ceil_dual_bound(lo))
                if not (report.has_solution and hi < self.best_k - 0.5):
                    break
                y_new = decode_labels(m, report.values)
                if self._try_attack(y_new) or lb >= self.best_k:
                    break
                exclude_labelling(m, y_new)  # proven not an attack: the next bound stays sound
                warm = self._warm(m, y_h) if y_h is not None and cap is None else False
            rho_lo = min(rho_lo, lb)
        rho_lo = min(rho_lo, self.best_k)
        # zero flips retrain the clean model bit for bit: rho >= 1 (see optcert.results)
        lower = max(rho_lo, 1.0) - 1.0
        return self._certificate(lower, self.best_k - 1.0)

    # -- question (a): the worst margin at budget r -----------------------------------------------
    def certify_budget(self, r: int) -> Certificate:
        from ..formulations.svm_label_flip import decode_labels, exclude_labelling

        base = 0.0  # zero flips never change the prediction
        self._question = ("margin", r)
        if r == 0:
            return self._certificate(base, INF)
        decided = True
        for target, spec in self.specs:
            safe = self.stability(spec, target)
            if safe >= r:  # no attack of r flips against this target
                continue
            self.heuristic(spec, target, r)
            if self.best_k <= r:
                return self._certificate(base, self.best_k - 1.0)
            if self.search_flips(spec, target, safe + 1, r) > r:
                continue  # every labelling of at most r flips retrained or pruned: none crosses
            if self.best_k <= r:
                return self._certificate(base, self.best_k - 1.0)
            if self.time_left() <= 0:
                decided = False
                continue
            m = self._build(spec, "margin", r, target)
            warm = self._warm(m, self.ctx.y_index, self._clean_alphas(spec))
            target_ok = False
            for _ in range(1 + self.ctx.opts["max_replays"]):
                if self.time_left() <= 0:
                    break
                report = self._solve(m, warm, stop_dual_above=self.tau_milp, stop_primal_below=-self.tau_milp)
                lo, hi = objective_interval(report)
                if lo > self.tau_milp:
                    target_ok = True
                    break
                if not (report.has_solution and hi <= self.tau_milp):
                    break
                y_new = decode_labels(m, report.values)
                if self._try_attack(y_new):
                    return self._certificate(base, self.best_k - 1.0)
                exclude_labelling(m, y_new)
            decided = decided and target_ok
        lower = float(r) if decided else base
        return self._certificate(lower, self.best_k - 1.0)

    def _clean_alphas(self, spec):
        return {k: self.ctx.block_alpha(k) for k in spec.coef} if self.ctx.svm else None

    def _certificate(self, lower, upper) -> Certificate:
        if self.ctx.opts["export"] is not None:
            self._export_settled()
        lower, upper = reconcile(lower, upper, source="MILP")
        label = self.label.item() if hasattr(self.label, "item") else self.label
        self.info["status"] = [r.status.value for r in self.reports]
        return Certificate(prediction=label, lower=float(lower), upper=float(upper), method="milp",
                           witness=self.witness if math.isfinite(upper) else None,
                           report=self.reports[-1] if self.reports else None, info=dict(self.info))


def _spec_of(m):
    from ..svm.margins import MarginSpec

    return MarginSpec({k: 1.0 for k in m.classes_with_block})
