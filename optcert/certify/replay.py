"""Replaying attacks: retrain the real learner on the flipped labels and look again.

No attack leaves optcert unreplayed: a certificate's ``upper`` bound stands only on an
attack whose retrained model really predicts another class.
"""

from __future__ import annotations

import logging

import numpy as np

from ..results import Attack

logger = logging.getLogger(__name__)


def attacked_labels(model, attack: Attack) -> np.ndarray:
    """The training labels of ``model`` with ``attack`` applied (user label values)."""
    return attack.apply(model.y_fit_)


def replay_prediction(model, x_row: np.ndarray, attack: Attack):
    """The label predicted for one test input after retraining ``model`` under ``attack``."""
    retrained = model.refit(attacked_labels(model, attack))
    return retrained.predict(np.asarray(x_row)[None, :])[0]


def replay_changes_prediction(model, x_row: np.ndarray, attack: Attack, clean_label) -> bool:
    """True when retraining on the attacked labels changes the prediction at ``x_row``."""
    changed = replay_prediction(model, x_row, attack) != clean_label
    if not changed:
        logger.info("attack of %d flips did not change the prediction when replayed", attack.size)
    return bool(changed)
