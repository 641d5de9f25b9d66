"""Fan-out of independent work on a ``dask.distributed`` Client.

The certifiers stay serial code: a task certifies a chunk of test points by calling
:func:`optcert.certify` itself (no client), so every certificate equals the serial run's (the
``runtime`` field aside). The fitted model is scattered once to every worker (``broadcast``),
never shipped per task; each task holds one chunk of test points, so its memory is bounded by
the chunk size. Dask reruns the tasks of a worker that dies.

Needs the optional extra: ``pip install 'optcert[dask]'``.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy as np

from .exceptions import ClusterError, InvalidInputError, MissingDependencyError

logger = logging.getLogger(__name__)

__all__ = ["CHUNK_SIZES", "MAX_RESCATTERS", "certify_chunks", "check_client", "default_chunk_size",
           "iter_certify", "local_client", "map_ordered", "open_client", "require_distributed"]

#: test points per task by default: the searches certify one point at a time (seconds to
#: minutes each, so one point per task balances the load); the polynomial methods are
#: vectorised, so a task takes a block.
CHUNK_SIZES = {"milp": 1, "bruteforce": 1, "scalable": 256, "stability": 256, "ensemble": 256}
#: how often :func:`iter_certify` scatters the model again after the cluster lost every copy
MAX_RESCATTERS = 3
_INSTALL = "pip install 'optcert[dask]'"


def require_distributed():
    """The ``distributed`` module, or a :class:`MissingDependencyError` naming the pip command."""
    try:
        import distributed
    except ImportError as exc:
        raise MissingDependencyError(
            f"running on a cluster needs dask.distributed, which is not installed ({exc}); "
            f"{_INSTALL}") from None
    return distributed


def check_client(client):
    """``client`` if it is a running, synchronous ``dask.distributed.Client``; else a clear error."""
    distributed = require_distributed()
    if not isinstance(client, distributed.Client):
        raise InvalidInputError(
            f"client must be a dask.distributed.Client or None, got {type(client).__module__}."
            f"{type(client).__name__}; e.g. client = dask.distributed.Client(LocalCluster(n_workers=2))")
    if getattr(client, "asynchronous", False):
        raise InvalidInputError("client must be a synchronous dask Client (asynchronous=False)")
    if client.status != "running":
        raise InvalidInputError(f"the dask client is not running (status {client.status!r}); "
                                "connect it or create a new one")
    return client


def default_chunk_size(model, method: str = "auto") -> int:
    """Test points per task when no chunk size is given, for ``certify(model, method=method)``."""
    from .partition import PartitionEnsemble

    if isinstance(model, PartitionEnsemble):
        return CHUNK_SIZES["ensemble"]
    from .certify.api import resolve_method

    return CHUNK_SIZES.get(resolve_method(model, method), 1)


def check_chunk_size(chunk_size) -> int:
    """``chunk_size`` as a positive int, or an :class:`InvalidInputError`."""
    if isinstance(chunk_size, (bool, np.bool_)) or not isinstance(chunk_size, (int, np.integer)) \
            or chunk_size < 1:
        raise InvalidInputError(f"chunk_size must be a positive int (test points per task), got {chunk_size!r}")
    return int(chunk_size)


# -- clusters ---------------------------------------------------------------------------------

def local_client(n_workers: int, **cluster_kwargs):
    """A Client on a new LocalCluster of ``n_workers`` processes, one thread each.

    Solver and BLAS threads are pinned to one per worker (``OMP_NUM_THREADS=1``), so N workers
    use N cores. Closing the client does not close the cluster: use :func:`open_client`, or
    ``client.cluster.close()`` after ``client.close()``.
    """
    distributed = require_distributed()
    if isinstance(n_workers, bool) or not isinstance(n_workers, (int, np.integer)) or n_workers < 1:
        raise InvalidInputError(f"n_workers must be a positive int, got {n_workers!r}")
    kwargs = dict(n_workers=int(n_workers), threads_per_worker=1, processes=True,
                  dashboard_address=":0", env={"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                                               "OPENBLAS_NUM_THREADS": "1"})
    kwargs.update(cluster_kwargs)
    cluster = distributed.LocalCluster(**kwargs)
    client = distributed.Client(cluster)
    logger.info("local Dask cluster: %d workers, dashboard %s", n_workers, client.dashboard_link)
    return client


@contextlib.contextmanager
def open_client(workers: int | None = None, scheduler: str | None = None):
    """Context manager: a Client on a LocalCluster of ``workers`` processes, on the existing
    cluster at ``scheduler`` (an address such as ``tcp://host:8786``), or ``None`` (serial)."""
    if workers is not None and scheduler is not None:
        raise InvalidInputError("give either a number of local workers or a scheduler address, not both")
    if workers is None and scheduler is None:
        yield None
        return
    distributed = require_distributed()
    if scheduler is None:
        client = local_client(1 if workers is None else workers)
        try:
            yield client
        finally:
            cluster = client.cluster
            client.close()
            cluster.close()
        return
    try:
        client = distributed.Client(scheduler, timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise InvalidInputError(f"cannot reach a dask scheduler at {scheduler!r}: {exc}") from None
    try:
        yield client
    finally:
        client.close()


# -- certification ----------------------------------------------------------------------------

def _certify_task(model, rows: np.ndarray, kwargs: dict) -> list:
    """One task: the serial ``certify`` on a chunk of test points."""
    from .certify.api import certify

    return list(certify(model, rows, **kwargs))


def iter_certify(client, model, X_test, *, chunk_size: int, **certify_kwargs
                 ) -> Iterator[tuple[np.ndarray, list]]:
    """Certify ``X_test`` in chunks on ``client``; yield ``(positions, certificates)`` per chunk
    as its task completes (any order). ``certify_kwargs`` go to :func:`optcert.certify` as they
    are (without ``client``). A task's error is raised here, and the other tasks are cancelled.

    A worker that dies has its tasks rerun by Dask; if every copy of the scattered model is lost
    with it, the model is scattered again and the unfinished chunks resubmitted (at most
    ``MAX_RESCATTERS`` times, then :class:`ClusterError`).
    """
    check_client(client)
    chunk_size = check_chunk_size(chunk_size)
    X = np.asarray(X_test)
    pending = {s: np.arange(s, min(s + chunk_size, X.shape[0])) for s in range(0, X.shape[0], chunk_size)}
    rescatters = 0
    while pending:
        model_future = client.scatter(model, broadcast=True, hash=False)
        futures = {client.submit(_certify_task, model_future, X[rows[0]:rows[-1] + 1], certify_kwargs,
                                 key=f"optcert-certify-{model_future.key}-{s}", pure=False): s
                   for s, rows in pending.items()}
        logger.debug("submitted %d chunks of at most %d points", len(futures), chunk_size)
        try:
            for fut, certs in _completed(futures):
                yield pending.pop(futures.pop(fut)), certs
        except _DataLost as lost:
            rescatters += 1
            if rescatters > MAX_RESCATTERS or client.status != "running":
                raise ClusterError(f"the cluster lost every copy of the model {rescatters} time(s) "
                                   f"(its workers died, left or closed); {len(pending)} chunk(s) "
                                   f"unfinished: {lost}") from None
            logger.warning("the cluster lost the scattered model (its workers died); scattering it "
                           "again for the %d unfinished chunks", len(pending))
        finally:
            if futures:
                client.cancel(list(futures))
            model_future.release()


def certify_chunks(client, model, X_test, *, chunk_size: int, progress: bool = False,
                   desc: str = "certify", **certify_kwargs) -> list:
    """The certificates of every row of ``X_test`` computed on ``client``, in row order; the
    progress bar advances as tasks complete."""
    X = np.asarray(X_test)
    out: list = [None] * X.shape[0]
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=X.shape[0], desc=desc, unit="pt")
    try:
        for positions, certs in iter_certify(client, model, X, chunk_size=chunk_size, **certify_kwargs):
            for p, c in zip(positions, certs):
                out[p] = c
            if bar is not None:
                bar.update(len(positions))
    finally:
        if bar is not None:
            bar.close()
    return out


# -- any independent calls --------------------------------------------------------------------

def map_ordered(client, fn: Callable, items: Iterable[tuple], *, on_result: Callable | None = None
                ) -> list[Any]:
    """``[fn(*args) for args in items]`` as one task per item on ``client``, in item order.

    ``on_result(i, result)`` is called as each task completes (any order). Arguments travel
    inside their task, so a task whose worker dies is rerun from them.
    """
    check_client(client)
    futures = {client.submit(fn, *args, pure=False): i for i, args in enumerate(items)}
    out: list[Any] = [None] * len(futures)
    try:
        for fut, result in _completed(futures):
            i = futures.pop(fut)
            out[i] = result
            if on_result is not None:
                on_result(i, result)
    except _DataLost as exc:
        raise ClusterError(f"the cluster cancelled a task: it closed or lost its workers ({exc})") from None
    finally:
        if futures:
            client.cancel(list(futures))
    return out


class _DataLost(Exception):
    """The scheduler cancelled a task: data it depends on was lost, or the cluster closed."""


def _completed(futures):
    """``(future, result)`` as the futures complete; Dask's failures as optcert errors."""
    from concurrent.futures import CancelledError

    distributed = require_distributed()
    for fut in distributed.as_completed(futures):
        try:
            result = fut.result()
        except CancelledError as exc:
            raise _DataLost(str(exc)) from exc
        except distributed.KilledWorker as exc:
            raise ClusterError(
                f"a task killed its worker repeatedly ({exc}): the certifier crashed the process or "
                "the worker ran out of memory; try a smaller chunk_size or workers with more memory"
            ) from None
        yield fut, result
        fut.release()
