"""The numerics of the bias-free kernel SVM at any C: no certificates, no solvers in here.

One module per idea; compiled (numba) loops sit beside the module they serve, in a private
module named by what it computes:

* :mod:`.dual` -- the dual solver (coordinate descent + active-set polish), ``C*``, the
  duality gap;
* :mod:`.resolve` -- the warm active-set re-solve from a neighbour's active set, with its early
  stop (:class:`~.resolve.ScoreStop`), compiled rounds in the same module;
* :mod:`.margins` -- what a margin is (:class:`~.margins.MarginSpec`), the tie scale, the moves
  that matter for a margin, a trained SVM as arrays (:class:`~.margins.TrainedSVM`);
* :mod:`.span` -- the part of a test feature the training features span (every bound's factor);
* :mod:`.stability` -- the strong-convexity stability bound (:class:`~.stability.BlockStability`);
* :mod:`.ball` -- ball weights, flip factors and the sorting lower bound (top-k in :mod:`._topk`);
* :mod:`.restoring` -- the restoring bound (:mod:`._restoring_rounds`, :mod:`._set_search`);
* :mod:`.spectral` -- the restoring bound with the Gram matrix's leading component kept exact;
* :mod:`.coefficient_box` -- the box of the dual variables, multipliers that sharpen it;
* :mod:`.search` -- the branch and bound over flip sets (:class:`~.search.FlipSearch`);
* :mod:`.attacks` -- attacks that return labellings for the certifiers to replay.

Imports only :mod:`optcert.exact`, :mod:`optcert.results` and :mod:`optcert.exceptions` (and
numpy, scipy, numba); :mod:`optcert.certify` unpacks fitted models into these arrays.
"""
