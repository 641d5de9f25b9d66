"""Readers for local files: MNIST-format IDX files, CIFAR-10 python batches and ``.npz`` arrays.

Nothing here downloads. Every malformed file raises :class:`~optcert.exceptions.InvalidInputError`
naming the file and what is wrong, never a raw ``struct`` / ``gzip`` / ``pickle`` / ``zipfile``
traceback.
"""

from __future__ import annotations

import gzip
import importlib
import io
import logging
import os
import pickle
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from optcert.data._dataset import Dataset, prepare, resolve_classes
from optcert.exceptions import InvalidInputError

logger = logging.getLogger(__name__)

#: IDX type code -> big-endian numpy dtype (http://yann.lecun.com/exdb/mnist/, "IDX file format").
IDX_DTYPES: dict[int, np.dtype] = {
    0x08: np.dtype(">u1"),
    0x09: np.dtype(">i1"),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}
_GZIP_MAGIC = b"\x1f\x8b"


def _read_bytes(path: Path) -> bytes:
    """Whole file content, transparently gunzipped (detected by the gzip magic, not the name)."""
    if not path.is_file():
        raise InvalidInputError(f"{path}: file not found.")
    raw = path.read_bytes()
    if raw[:2] != _GZIP_MAGIC:
        return raw
    try:
        return gzip.decompress(raw)
    except (OSError, EOFError, zlib.error) as exc:
        raise InvalidInputError(f"{path}: corrupt or truncated gzip data ({exc}).") from None


def load_idx(path: str | os.PathLike) -> np.ndarray:
    """Read one IDX file (the MNIST container format), plain or gzip-compressed.

    Layout: two zero bytes, a type code (0x08 ubyte, 0x09 byte, 0x0B int16, 0x0C int32,
    0x0D float32, 0x0E float64), the number of dimensions, then one big-endian uint32 per
    dimension and the data, big-endian, row-major.

    Parameters
    ----------
    path : str or path-like
        ``*-idx?-ubyte`` file, optionally ``.gz``.

    Returns
    -------
    ndarray
        Native-endian array of the declared shape and type (uint8 for MNIST images/labels).

    Raises
    ------
    InvalidInputError
        Missing file, bad magic, unknown type code, truncated header or data, trailing bytes.
    """
    path = Path(path)
    data = _read_bytes(path)
    if len(data) < 4:
        raise InvalidInputError(f"{path}: too short for an IDX header ({len(data)} bytes).")
    if data[0] != 0 or data[1] != 0:
        raise InvalidInputError(
            f"{path}: bad IDX magic number 0x{data[:4].hex()} (must start with two zero bytes)."
        )
    code, ndim = data[2], data[3]
    if code not in IDX_DTYPES:
        raise InvalidInputError(
            f"{path}: unknown IDX type code 0x{code:02x}; expected one of "
            f"{', '.join(f'0x{c:02x}' for c in IDX_DTYPES)}."
        )
    if ndim == 0:
        raise InvalidInputError(f"{path}: IDX header declares 0 dimensions.")
    header = 4 + 4 * ndim
    if len(data) < header:
        raise InvalidInputError(
            f"{path}: truncated IDX header: {ndim} dimensions need {header} bytes, file has {len(data)}."
        )
    shape = tuple(int(v) for v in np.frombuffer(data, dtype=">u4", count=ndim, offset=4))
    dtype = IDX_DTYPES[code]
    expected = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
    actual = len(data) - header
    if actual < expected:
        raise InvalidInputError(
            f"{path}: truncated IDX data: shape {shape} of {dtype.name} needs {expected} bytes, "
            f"only {actual} present."
        )
    if actual > expected:
        raise InvalidInputError(
            f"{path}: {actual - expected} unexpected trailing bytes after IDX data of shape {shape}."
        )
    arr = np.frombuffer(data, dtype=dtype, offset=header).reshape(shape)
    logger.debug("read IDX %s: shape %s, %s", path, shape, dtype)
    return arr.astype(dtype.newbyteorder("="))


_MNIST_STEMS = {
    "train_images": ("train-images-idx3-ubyte", "train-images.idx3-ubyte"),
    "train_labels": ("train-labels-idx1-ubyte", "train-labels.idx1-ubyte"),
    "test_images": ("t10k-images-idx3-ubyte", "t10k-images.idx3-ubyte"),
    "test_labels": ("t10k-labels-idx1-ubyte", "t10k-labels.idx1-ubyte"),
}


def _find_mnist_file(folder: Path, stems: Sequence[str]) -> Path | None:
    for stem in stems:
        for suffix in ("", ".gz"):
            candidate = folder / (stem + suffix)
            if candidate.is_file():
                return candidate
    return None


def read_mnist_folder(folder: str | os.PathLike) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Raw MNIST-format arrays from a folder: ``(X_train, y_train, X_test, y_test)``.

    Images come back as uint8 of shape (N, rows, cols), labels as int64. Use
    :func:`load_mnist_folder` for a scaled :class:`Dataset`.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInputError(f"{folder}: not a folder.")
    paths = {key: _find_mnist_file(folder, stems) for key, stems in _MNIST_STEMS.items()}
    missing = [_MNIST_STEMS[k][0] + "[.gz]" for k, p in paths.items() if p is None]
    if missing:
        raise InvalidInputError(f"{folder}: missing MNIST-format files: {', '.join(missing)}.")
    out = []
    for split in ("train", "test"):
        img_path, lab_path = paths[f"{split}_images"], paths[f"{split}_labels"]
        assert img_path is not None and lab_path is not None  # missing files were rejected above
        images, labels = load_idx(img_path), load_idx(lab_path)
        if images.ndim != 3 or images.dtype != np.uint8:
            raise InvalidInputError(
                f"{img_path}: expected a 3-D ubyte image array (N, rows, cols); "
                f"got shape {images.shape}, {images.dtype}."
            )
        if labels.ndim != 1 or not np.issubdtype(labels.dtype, np.integer):
            raise InvalidInputError(
                f"{lab_path}: expected a 1-D integer label array; got shape {labels.shape}, {labels.dtype}."
            )
        if labels.shape[0] != images.shape[0]:
            raise InvalidInputError(
                f"{lab_path}: {labels.shape[0]} labels but {img_path.name} has {images.shape[0]} images."
            )
        if labels.size and labels.min() < 0:
            raise InvalidInputError(f"{lab_path}: negative label {labels.min()}.")
        out += [images, labels.astype(np.int64)]
    if out[0].shape[1:] != out[2].shape[1:]:
        raise InvalidInputError(
            f"{folder}: train images are {out[0].shape[1:]} but test images are {out[2].shape[1:]}."
        )
    return out[0], out[1], out[2], out[3]


def load_mnist_folder(
    folder: str | os.PathLike,
    *,
    n_train: int | None = None,
    n_test: int | None = None,
    classes: Sequence[int | str] | None = None,
    class_names: Sequence[str] | None = None,
    seed: int | None = 0,
    name: str | None = None,
    description: str | None = None,
) -> Dataset:
    """Load an MNIST-format folder (MNIST, Fashion-MNIST, KMNIST...) as a :class:`Dataset`.

    Expects ``train-images-idx3-ubyte``, ``train-labels-idx1-ubyte``, ``t10k-images-idx3-ubyte``
    and ``t10k-labels-idx1-ubyte`` (also the ``.idx3-ubyte`` spelling), each optionally ``.gz``.
    Pixels are divided by 255 and images flattened row-major; the official split is kept.

    Parameters
    ----------
    folder : str or path-like
    n_train, n_test : int, optional
        Seeded stratified subsample sizes.
    classes : sequence of int or str, optional
        Keep these classes, relabelled ``0..K'-1`` in the given order.
    class_names : sequence of str, optional
        Names of the original labels (default ``"0"``, ``"1"``, ...).
    seed : int or None
        Seed of the subsampling.
    name, description : str, optional
        Stored on the dataset (default: the folder name).
    """
    folder = Path(folder)
    Xtr, ytr, Xte, yte = read_mnist_folder(folder)
    n_classes = int(max(ytr.max(initial=-1), yte.max(initial=-1))) + 1
    if class_names is None:
        class_names = [str(k) for k in range(n_classes)]
    elif len(class_names) < n_classes:
        raise InvalidInputError(
            f"{folder}: labels go up to {n_classes - 1} but only {len(class_names)} class names given."
        )
    return prepare(
        (Xtr, ytr), (Xte, yte), names=list(class_names), name=name or folder.name,
        description=description or f"MNIST-format images from {folder}",
        scaling="unit-interval", pixel_max=255.0, image_shape=tuple(Xtr.shape[1:]),
        n_train=n_train, n_test=n_test, classes=classes, seed=seed,
    )


# ---------------------------------------------------------------------------------------------
# CIFAR-10 python batches
# ---------------------------------------------------------------------------------------------

CIFAR10_CLASSES = (
    "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck",
)
_CIFAR_TRAIN = tuple(f"data_batch_{i}" for i in range(1, 6))
_CIFAR_TEST = "test_batch"

# The only globals a CIFAR batch (a dict holding a numpy array) needs: anything else in a
# pickle is refused, so a hostile file cannot run code.
_SAFE_GLOBALS = {
    ("numpy.core.multiarray", "_reconstruct"),
    ("numpy._core.multiarray", "_reconstruct"),
    ("numpy.core.multiarray", "scalar"),
    ("numpy._core.multiarray", "scalar"),
    ("numpy", "ndarray"),
    ("numpy", "dtype"),
    ("_codecs", "encode"),
}


class _SafeUnpickler(pickle.Unpickler):
    """Unpickler restricted to plain containers and numpy arrays."""

    def find_class(self, module: str, name: str):
        if (module, name) not in _SAFE_GLOBALS:
            raise pickle.UnpicklingError(f"refusing to load global {module}.{name}")
        if module.startswith("numpy.core"):
            module = "numpy._core" + module[len("numpy.core"):]
        return getattr(importlib.import_module(module), name)


def _load_pickle(path: Path):
    data = _read_bytes(path)
    try:
        return _SafeUnpickler(io.BytesIO(data), encoding="bytes").load()
    except Exception as exc:  # pickle raises many types on bad input; all mean "malformed"
        raise InvalidInputError(
            f"{path}: not a readable CIFAR-10 pickle batch ({type(exc).__name__}: {exc})."
        ) from None


def _get(batch: dict, key: str):
    for k in (key.encode(), key):
        if k in batch:
            return batch[k]
    return None


def read_cifar10_batch(path: str | os.PathLike) -> tuple[np.ndarray, np.ndarray]:
    """One CIFAR-10 python batch: ``(data, labels)``, uint8 (N, 3072) and int64 (N,).

    Each row is channel-first: 1024 red, 1024 green, 1024 blue values, each a 32x32 image
    in row-major order.
    """
    path = Path(path)
    batch = _load_pickle(path)
    if not isinstance(batch, dict):
        raise InvalidInputError(f"{path}: expected a pickled dict, got {type(batch).__name__}.")
    data, labels = _get(batch, "data"), _get(batch, "labels")
    if data is None or labels is None:
        raise InvalidInputError(
            f"{path}: batch dict lacks b'data' or b'labels' (keys: {sorted(map(repr, batch))})."
        )
    data = np.asarray(data)
    if data.dtype != np.uint8 or data.ndim != 2 or data.shape[1] != 3072:
        raise InvalidInputError(
            f"{path}: b'data' must be uint8 of shape (N, 3072); got {data.dtype} {data.shape}."
        )
    try:
        labels = np.asarray(labels, dtype=np.int64)
    except (TypeError, ValueError) as exc:
        raise InvalidInputError(f"{path}: b'labels' is not a list of integers ({exc}).") from None
    if labels.shape != (data.shape[0],):
        raise InvalidInputError(
            f"{path}: {labels.size} labels for {data.shape[0]} images (shape {labels.shape})."
        )
    if labels.size and (labels.min() < 0 or labels.max() > 9):
        raise InvalidInputError(
            f"{path}: labels must be in 0..9; got values in {labels.min()}..{labels.max()}."
        )
    return data, labels


def load_cifar10_folder(
    folder: str | os.PathLike,
    *,
    n_train: int | None = None,
    n_test: int | None = None,
    classes: Sequence[int | str] | None = None,
    seed: int | None = 0,
) -> Dataset:
    """Load the CIFAR-10 python version (``cifar-10-batches-py``) from a local folder.

    Reads ``data_batch_1`` .. ``data_batch_5`` and ``test_batch`` (also accepted in a
    ``cifar-10-batches-py`` sub-folder); class names come from ``batches.meta`` when present.
    Images are flattened channel-first (``image_shape = (3, 32, 32)``) and divided by 255.

    Only a restricted unpickler is used (dicts, lists, numpy arrays), so a hostile pickle
    raises :class:`InvalidInputError` instead of running code.

    Parameters
    ----------
    folder : str or path-like
    n_train, n_test, classes, seed
        As in :func:`load_mnist_folder`.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInputError(f"{folder}: not a folder.")
    if not (folder / _CIFAR_TEST).is_file() and (folder / "cifar-10-batches-py").is_dir():
        folder = folder / "cifar-10-batches-py"
    missing = [f for f in (*_CIFAR_TRAIN, _CIFAR_TEST) if not (folder / f).is_file()]
    if missing:
        raise InvalidInputError(f"{folder}: missing CIFAR-10 batch files: {', '.join(missing)}.")
    parts = [read_cifar10_batch(folder / f) for f in _CIFAR_TRAIN]
    Xtr = np.concatenate([p[0] for p in parts])
    ytr = np.concatenate([p[1] for p in parts])
    Xte, yte = read_cifar10_batch(folder / _CIFAR_TEST)
    names = list(CIFAR10_CLASSES)
    if (folder / "batches.meta").is_file():
        meta = _load_pickle(folder / "batches.meta")
        label_names = _get(meta, "label_names") if isinstance(meta, dict) else None
        if isinstance(label_names, list) and len(label_names) == 10:
            names = [n.decode() if isinstance(n, bytes) else str(n) for n in label_names]
    return prepare(
        (Xtr, ytr), (Xte, yte), names=names, name="cifar10",
        description=f"CIFAR-10 (32x32 colour, 10 classes) from {folder}",
        scaling="unit-interval", pixel_max=255.0, image_shape=(3, 32, 32),
        n_train=n_train, n_test=n_test, classes=classes, seed=seed,
    )


# ---------------------------------------------------------------------------------------------
# .npz arrays with any labels
# ---------------------------------------------------------------------------------------------

NPZ_KEYS = ("X_train", "y_train", "X_test", "y_test")
# what np.load and NpzFile raise on a damaged file (zip structure, npy header, data, CRC)
_NPZ_READ_ERRORS = (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error, MemoryError,
                    NotImplementedError, RuntimeError)  # the last two: unsupported or encrypted zip entries


def _read_npz(path: Path) -> dict[str, np.ndarray]:
    """The four arrays of an .npz file, or an InvalidInputError saying what is wrong with it."""
    if not path.is_file():
        raise InvalidInputError(f"{path}: file not found.")
    with path.open("rb") as fh:
        magic = fh.read(6)
    if magic.startswith(b"\x93NUMPY"):
        raise InvalidInputError(
            f"{path}: a single .npy array, not an .npz archive of {', '.join(NPZ_KEYS)} (np.savez)."
        )
    if not magic.startswith((b"PK\x03\x04", b"PK\x05\x06")):  # zip: first entry, or empty
        raise InvalidInputError(f"{path}: not an .npz file (no zip signature); write it with np.savez.")
    try:
        z = np.load(path, allow_pickle=False)
    except _NPZ_READ_ERRORS as exc:
        raise InvalidInputError(f"{path}: not a readable .npz file ({type(exc).__name__}: {exc}).") from None
    if not isinstance(z, np.lib.npyio.NpzFile):  # np.load only returns other types for non-zips
        raise InvalidInputError(f"{path}: not an .npz archive of {', '.join(NPZ_KEYS)} (np.savez).")
    with z:
        missing = [k for k in NPZ_KEYS if k not in z.files]
        if missing:
            raise InvalidInputError(
                f"{path}: missing array(s) {', '.join(missing)}; the file holds {z.files} and must "
                f"hold {', '.join(NPZ_KEYS)}."
            )
        arrays = {}
        for key in NPZ_KEYS:
            try:
                arrays[key] = z[key]
            except _NPZ_READ_ERRORS as exc:
                if "allow_pickle" in str(exc):
                    raise InvalidInputError(
                        f"{path}: {key} is an object array, which is not loaded (it could run code); "
                        "save it as a numeric or str array."
                    ) from None
                raise InvalidInputError(
                    f"{path}: array {key} is corrupt or unreadable ({type(exc).__name__}: {exc})."
                ) from None
    return arrays


def _npz_features(X: np.ndarray, key: str, path: Path) -> np.ndarray:
    if X.dtype.kind not in "biuf":
        raise InvalidInputError(f"{path}: {key} must hold numbers; got dtype {X.dtype}.")
    if X.ndim < 2:
        raise InvalidInputError(
            f"{path}: {key} must have one row per point, shape (n, n_features) or (n, *image_shape); "
            f"got shape {X.shape}."
        )
    if X.shape[0] == 0:
        what = "the training set is empty" if key == "X_train" else "the test set is empty: nothing to certify"
        raise InvalidInputError(f"{path}: {key} has no rows ({what}).")
    if X.size == 0:
        raise InvalidInputError(f"{path}: {key} has no features (shape {X.shape}).")
    finite = np.isfinite(X)
    if not finite.all():
        raise InvalidInputError(f"{path}: {key} contains {X.size - int(finite.sum())} NaN or infinite value(s).")
    return X


def _npz_labels(y: np.ndarray, key: str, path: Path, n_rows: int) -> np.ndarray:
    """Labels as int64 (integers, bools, whole floats) or str; anything else refused."""
    if y.ndim == 2 and y.shape[1] == 1:
        y = y.ravel()
    if y.ndim != 1:
        raise InvalidInputError(f"{path}: {key} must be 1-D (one label per point); got shape {y.shape}.")
    if y.shape[0] != n_rows:
        raise InvalidInputError(
            f"{path}: {key} has {y.shape[0]} labels but X_{key[2:]} has {n_rows} rows."
        )
    kind = y.dtype.kind
    if kind == "f":
        finite = np.isfinite(y)
        if not finite.all():
            raise InvalidInputError(f"{path}: {key} contains NaN or infinite labels.")
        frac = y != np.round(y)
        if frac.any():
            raise InvalidInputError(
                f"{path}: {key} holds float labels that are not whole numbers (e.g. {float(y[frac][0])!r}); "
                "class labels must be integers or strings."
            )
        if y.size and np.abs(y).max() >= 2.0**63:
            raise InvalidInputError(f"{path}: {key} holds labels too large for int64.")
        return y.astype(np.int64)
    if kind == "u" and y.size and y.max() > np.iinfo(np.int64).max:
        raise InvalidInputError(f"{path}: {key} holds labels too large for int64.")
    if kind in "biu":
        return y.astype(np.int64)
    if kind == "S":
        try:
            return np.char.decode(y, "utf-8")
        except UnicodeDecodeError:
            raise InvalidInputError(f"{path}: {key} holds byte-string labels that are not UTF-8.") from None
    if kind == "U":
        return y
    raise InvalidInputError(
        f"{path}: {key} must hold class labels (integers, whole floats or strings); got dtype {y.dtype}."
    )


def _label_text(value) -> str:
    """A ``classes=`` entry as the text of an .npz label (whole numbers without a decimal point)."""
    if isinstance(value, (bool, np.bool_)):
        return str(int(value))
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value.item() if isinstance(value, np.generic) else value)


def load_npz(
    path: str | os.PathLike,
    *,
    n_train: int | None = None,
    n_test: int | None = None,
    classes: Sequence[int | str] | None = None,
    seed: int | None = 0,
    name: str | None = None,
    description: str | None = None,
) -> Dataset:
    """Load ``X_train, y_train, X_test, y_test`` from an ``.npz`` file (``np.savez``) as a Dataset.

    Labels may be any class values -- integers such as {-1, 1} or {2, 7}, strings, bools, or
    floats that are whole numbers (a label 0.5 is refused rather than truncated). The sorted
    distinct labels of both splits become classes ``0..K-1`` and ``Dataset.classes[k]`` is the
    text of the label of class ``k``, so the mapping travels with the data. Features are used as
    stored (``scaling="none"``); image arrays of shape (n, h, w, ...) are flattened.

    Parameters
    ----------
    path : str or path-like
    n_train, n_test : int, optional
        Seeded stratified subsample sizes.
    classes : sequence of labels, optional
        Keep these labels (matched by value, e.g. ``[2, 7]`` or ``["cat", "dog"]``), as classes
        ``0..K'-1`` in the given order.
    seed : int or None
        Seed of the subsampling.
    name, description : str, optional
        Stored on the dataset (default: the file name).

    Raises
    ------
    InvalidInputError
        Missing or corrupt file, missing arrays, non-numeric or non-finite features, mismatched
        shapes, labels that are not class values, an empty split, fewer than 2 training classes.
    """
    path = Path(path)
    arrays = _read_npz(path)
    X_train = _npz_features(arrays["X_train"], "X_train", path)
    X_test = _npz_features(arrays["X_test"], "X_test", path)
    if X_train.shape[1:] != X_test.shape[1:]:
        raise InvalidInputError(
            f"{path}: X_train rows have shape {X_train.shape[1:]} but X_test rows have {X_test.shape[1:]}."
        )
    y_train = _npz_labels(arrays["y_train"], "y_train", path, X_train.shape[0])
    y_test = _npz_labels(arrays["y_test"], "y_test", path, X_test.shape[0])
    if (y_train.dtype.kind == "U") != (y_test.dtype.kind == "U"):
        raise InvalidInputError(
            f"{path}: y_train holds {y_train.dtype} labels but y_test holds {y_test.dtype}; "
            "both must be numbers or both strings."
        )
    labels = np.unique(np.concatenate([y_train, y_test]))
    names = [_label_text(v) for v in labels.tolist()]
    unseen = np.setdiff1d(np.unique(y_test), y_train)
    if unseen.size:
        logger.warning("%s: y_test labels %s never occur in y_train; those points cannot be "
                       "predicted correctly", path, unseen.tolist()[:5])
    if isinstance(classes, np.ndarray):
        classes = classes.tolist()
    if isinstance(classes, (list, tuple)):
        classes = [_label_text(c) for c in classes]
    y_train, y_test = np.searchsorted(labels, y_train), np.searchsorted(labels, y_test)
    keep = resolve_classes(classes, names)
    chosen = np.arange(len(names)) if keep is None else np.asarray(keep)
    in_train = np.intersect1d(chosen, y_train)
    if in_train.size < 2:
        raise InvalidInputError(
            f"{path}: y_train holds {in_train.size} of the classes {[names[k] for k in chosen][:10]} "
            f"({[names[k] for k in in_train]}); a classifier needs at least 2."
        )
    if not np.isin(y_test, chosen).any():
        raise InvalidInputError(f"{path}: no test point has one of the classes {[names[k] for k in chosen]}.")
    return prepare(
        (X_train, y_train), (X_test, y_test), names=names, name=name or path.stem,
        description=description or f"features and labels from {path} (labels {', '.join(names[:10])})",
        scaling="none", image_shape=tuple(X_train.shape[1:]) if X_train.ndim > 2 else None,
        n_train=n_train, n_test=n_test, classes=classes, seed=seed,
    )
