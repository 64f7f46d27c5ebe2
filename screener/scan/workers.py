"""The scan's worker processes: each screens chunks of files with one thread, loads its models once,
and reads (never writes) the cache. A worker that dies is a message for each of its files."""

from __future__ import annotations

import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from screener import pipeline
from screener.config import Config
from screener.pipeline import Overrides
from screener.scan.cache import ScanCache
from screener.scan.one_file import Screened, screen_cached, unexpected

FILES_PER_WORKER_AT_LEAST = 8  # fewer files are screened in this process: a worker's start-up costs seconds
THREAD_SETTINGS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OPENCV_FOR_THREADS_NUM")

_worker_state: dict = {}


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _one_thread() -> None:
    """`--jobs N` means N cores: each process screens with one thread (N processes with N threads
    each would fight over the same cores)."""
    for name in THREAD_SETTINGS:
        os.environ[name] = "1"
    try:
        import cv2

        cv2.setNumThreads(1)
    except ImportError:
        pass


def _init_worker(config: Config, overrides: Overrides, cache: ScanCache | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent decides
    _one_thread()
    _worker_state.update(config=config, overrides=overrides, cache=cache)


def _work(task: tuple[str, str]) -> Screened:
    path, shown = task
    return screen_cached(Path(path), shown, _worker_state["config"], _worker_state["overrides"],
                         _worker_state["cache"])


def _work_many(chunk: list[tuple[str, str]]) -> list[Screened]:
    return [_work(task) for task in chunk]


def run(todo: list[tuple[Path, str]], config: Config, overrides: Overrides, cache: ScanCache | None, jobs: int):
    """Screen `todo` ((path, as shown)) and yield a `Screened` for each, in the order they finish."""
    tasks = [(str(path), shown) for path, shown in todo]
    workers = min(jobs, -(-len(tasks) // FILES_PER_WORKER_AT_LEAST))
    if workers <= 1:  # starting a process costs more than a few files take
        if jobs <= 1 and tasks:
            _one_thread()
        for path, shown in tasks:
            yield screen_cached(Path(path), shown, config, overrides, cache)
        return
    context = multiprocessing.get_context("spawn")  # no fork: workers must not share model state
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                               initargs=(config, overrides, cache))
    finished = False
    try:
        pending = {pool.submit(_work_many, chunk): chunk for chunk in _chunks(tasks, workers)}
        for future in as_completed(pending):
            try:
                yield from future.result()
            except BrokenProcessPool:  # a worker died (out of memory, a crash in a library): say which files
                yield from (_died(shown) for _, shown in pending[future])
            except Exception as exc:  # a result that could not come back (say, not picklable): per file
                yield from (_lost(shown, exc) for _, shown in pending[future])
        finished = True
    except KeyboardInterrupt:  # Ctrl-C: the workers stop now, not after the files already handed to them
        for worker in multiprocessing.active_children():
            worker.terminate()
        raise
    finally:
        # Finished: wait for the workers to end (a tenth of a second; not waiting lets Python 3.11 print
        # an "Exception ignored" from its exit handler now and then). Interrupted: do not wait.
        pool.shutdown(wait=finished, cancel_futures=not finished)


def _chunks(tasks: list, workers: int) -> list[list]:
    """Big chunks first (fewer hand-overs), smaller ones towards the end, so the workers finish together."""
    chunks, start = [], 0
    while start < len(tasks):
        size = max(1, min(16, (len(tasks) - start) // (workers * 4)))
        chunks.append(tasks[start:start + size])
        start += size
    return chunks


def _died(shown: str) -> Screened:
    return Screened(pipeline.failed_file(shown, f"{shown}: niet gescreend, een screenerproces stopte onverwacht "
                                                "(te weinig geheugen?); scan opnieuw met --jobs 1"))


def _lost(shown: str, exc: BaseException) -> Screened:
    return Screened(unexpected(shown, exc))
