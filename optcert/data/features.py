"""Label-independent feature maps, fitted on the training inputs only.

A feature map that never sees a label cannot be poisoned by label flips, so certificates on
the mapped features certify the whole pipeline. Shared by the CLI, the experiments and the
instance library.
"""

from __future__ import annotations

import numpy as np

from ..exceptions import InvalidInputError

FEATURE_MAPS = ("raw", "pca:K")


def feature_map(spec: str, X_train, X_test) -> tuple[np.ndarray, np.ndarray]:
    """Map training and test inputs by ``spec``: ``"raw"`` (unchanged) or ``"pca:K"``.

    ``pca:K`` projects on the first K principal components of ``X_train`` and scales so that
    the mean squared norm of the training rows is 1 (the NTK then sees inputs of unit scale).
    """
    if not isinstance(spec, str):
        raise InvalidInputError(f"the feature map must be one of {FEATURE_MAPS}, got {spec!r}")
    if spec == "raw":
        return X_train, X_test
    if spec.startswith("pca:"):
        from sklearn.decomposition import PCA

        try:
            k = int(spec.split(":", 1)[1])
        except ValueError:
            raise InvalidInputError(f"pca:K needs an integer K, got {spec!r}") from None
        if not 1 <= k <= min(X_train.shape):
            raise InvalidInputError(f"pca:{k} needs 1 <= K <= {min(X_train.shape)} "
                                    f"(training inputs of shape {X_train.shape})")
        pca = PCA(n_components=k, random_state=0).fit(X_train)  # never sees a label
        Z_train, Z_test = pca.transform(X_train), pca.transform(X_test)
        scale = np.sqrt(np.mean(np.sum(Z_train**2, axis=1)))
        if not scale > 0:
            raise InvalidInputError("pca:K: the training inputs have no variance")
        return Z_train / scale, Z_test / scale
    raise InvalidInputError(f"the feature map must be 'raw' or 'pca:K', got {spec!r}")
