"""`screener scan DIR`: screen a whole media folder (posts, photos, videos) in parallel, with a cache.

    from screener.scan import scan
    result = scan([Path("media")], config, jobs=2)

Workers are separate processes (spawn-safe); each loads the text and face models once, and only
the ones its files need. A file that fails is a message in the result, never the end of the scan.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from screener import pipeline
from screener.config import Config
from screener.pipeline import FileResult, Overrides, RunResult
from screener.scan.cache import ScanCache, default_dir, file_hash, serialise, settings_hash, signature
from screener.scan.walk import walk as find_media

__all__ = ["ScanResult", "scan", "screen_one", "default_jobs"]

FILES_PER_WORKER_AT_LEAST = 8  # fewer files are screened in this process: a worker's start-up costs seconds


@dataclass
class ScanResult(RunResult):
    notices: list[str] = field(default_factory=list)  # Dutch: skipped on purpose (link loops)
    cached: int = 0  # files answered from the cache
    screened: int = 0  # files screened now


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def screen_one(path: Path, shown: str, config: Config, overrides: Overrides, doc=None) -> FileResult:
    """Screen one post, photo or video (`doc`: the post, if read already); never raises."""
    try:
        if not path.exists():
            return pipeline.failed_file(shown, f"{shown}: bestand verdwenen tijdens het scannen")
        return pipeline.screen_file(path, config, overrides, shown, doc=doc)
    except ImportError as exc:
        return pipeline.failed_file(shown, f"{shown}: kan niet gescreend worden, een onderdeel van de screener ontbreekt ({exc.name})")
    except MemoryError:
        return pipeline.failed_file(shown, f"{shown}: te groot om te screenen")
    except Exception as exc:  # one bad file never stops a scan of thousands
        return pipeline.failed_file(shown, f"{shown}: onverwachte fout bij het screenen ({type(exc).__name__}: {exc})")


# --- one file, with the cache ---------------------------------------------------------------


@dataclass
class Screened:
    """What a worker sends back: the result, and how to find it in the cache next time."""

    result: FileResult
    from_cache: bool = False
    key: str = ""  # the cache key: the scan's own process writes the cache, the workers only read it
    sig: list[int] = field(default_factory=list)
    photos: list = field(default_factory=list)  # [(photo path, signature)] for a post's photos
    stored: str = ""  # the findings as the cache stores them (made here, in parallel); "" from the cache


def _read_post(path: Path, shown: str):
    """(the post, the local photos it shows): the photos are part of the post's cache key, and the post
    read here is the one screened. (None, []) for a photo, a video or a post that cannot be read."""
    if pipeline.is_document(path):
        from screener import documents

        try:
            doc = documents.load(path, shown)
        except documents.DocumentError:
            return None, []  # screen_one reads it again and says what is wrong
        return doc, sorted({ref.path for ref in doc.images if ref.path is not None})
    return None, []


def screen_cached(path: Path, shown: str, config: Config, overrides: Overrides, cache: ScanCache | None) -> Screened:
    """Screen one file, or take its findings from the cache when its content (and its photos) did not change.
    Reads the cache, never writes it (see `_remember`)."""
    if cache is None:
        return Screened(screen_one(path, shown, config, overrides))
    try:
        sig = signature(path)
        doc, photos = _read_post(path, shown)
        content = file_hash(path, photos)
    except FileNotFoundError:
        return Screened(pipeline.failed_file(shown, f"{shown}: bestand verdwenen tijdens het scannen"))
    except OSError as exc:
        return Screened(pipeline.failed_file(shown, f"{shown}: bestand niet leesbaar ({exc.strerror})"))
    photo_sigs = []
    for photo in photos:
        try:
            photo_sigs.append((str(photo.resolve()), signature(photo)))
        except OSError:
            photo_sigs.append((str(photo), [-1]))
    key = cache.key(content, shown)
    found = cache.find(key)
    if found is not None:
        shows = {Path(photo) for photo, _ in photo_sigs}
        return Screened(FileResult(path=shown, findings=found, photos=shows), True, key, sig, photo_sigs)
    result = screen_one(path, shown, config, overrides, doc)
    return Screened(result, False, key, sig, photo_sigs, serialise(result.findings))


# --- worker processes ----------------------------------------------------------------------

_worker_state: dict = {}


THREAD_SETTINGS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OPENCV_FOR_THREADS_NUM")


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


# --- the scan ------------------------------------------------------------------------------


def scan(roots: list[Path], config: Config | Callable[[Path], Config], *, overrides: Overrides = Overrides(),
         jobs: int | None = None, cache_dir: Path | None = None, use_cache: bool = True, follow_links: bool = False,
         progress: Callable[[str], None] | None = None, on_start: Callable[[int], None] | None = None,
         exclude: set[Path] = frozenset()) -> ScanResult:
    """Screen every post, photo and video under `roots`.

    `config`: for every file, or a function giving the configuration nearest above a file (then each
    file's result keeps it; ConfigError when one is wrong). `on_start(total)` is called once the
    files are known, `progress(shown)` after each file. `exclude`: resolved paths not to screen (the
    report being written, say).
    """
    result = ScanResult()
    tasks: list[tuple[Path, str]] = []
    for root in roots:
        found = find_media(root, follow_links=follow_links)
        tasks.extend((path, shown) for path, shown in found.files if not _excluded(path, exclude))
        result.notices.extend(found.notices)
        result.files.extend(pipeline.failed_file(shown, message) for shown, message in found.problems)
    if on_start:
        on_start(len(tasks))

    for chosen, group in _by_config(tasks, config):
        first = len(result.files)
        _scan_group(group, chosen, result, overrides, jobs, cache_dir, use_cache, progress)
        if callable(config):
            for screened in result.files[first:]:
                screened.config = chosen
    _photos_once(result.files, {shown: path for path, shown in tasks})
    result.files.sort(key=lambda r: r.path)
    return result


def _by_config(tasks: list[tuple[Path, str]], config) -> list[tuple[Config, list[tuple[Path, str]]]]:
    """The files grouped by the configuration they are screened with (one group for a single one)."""
    if not callable(config):
        return [(config, tasks)]
    groups: dict[int, tuple[Config, list]] = {}
    for path, shown in tasks:
        chosen = config(path)
        groups.setdefault(id(chosen), (chosen, []))[1].append((path, shown))
    return list(groups.values())


def _scan_group(tasks: list[tuple[Path, str]], config: Config, result: ScanResult, overrides: Overrides,
                jobs: int | None, cache_dir: Path | None, use_cache: bool, progress) -> None:
    """Screen files that share one configuration (and so one set of cache settings) into `result`."""
    cache = index = None
    if use_cache:
        cache = ScanCache(cache_dir or default_dir(), settings_hash(config.data, vars(overrides),
                                                                   _configured_files(config)))
        index = cache.index()
        cache.open()  # made here, before the workers start: they only read it
    todo: list[tuple[Path, str]] = []
    for path, shown in tasks:  # unchanged since the last scan: not even read
        known = index.lookup(path, shown) if index is not None else None
        found = cache.find(known[0]) if known else None
        if found is None:
            todo.append((path, shown))
            continue
        cache.used(known[0])
        result.files.append(FileResult(path=shown, findings=found, photos=known[1]))
        result.cached += 1
        _tick(progress, shown)

    paths = {shown: path for path, shown in todo}
    try:
        for screened in _run(todo, config, overrides, cache, jobs or default_jobs()):
            result.files.append(screened.result)
            if screened.from_cache:
                result.cached += 1
            else:
                result.screened += 1
            if cache is not None and screened.key and not screened.result.error:
                _remember(screened, paths[screened.result.path], cache, index)
            _tick(progress, screened.result.path)
    finally:  # also on Ctrl-C: what was screened is kept for the next scan
        if cache is not None:
            cache.commit()
    if index is not None and todo:
        index.save()
    if cache is not None:
        cache.prune(config["scan"]["cache_days"])
        cache.close()


def _remember(screened: Screened, path: Path, cache: ScanCache, index) -> None:
    """Write what a worker screened into the cache (by content) and the index (by path)."""
    if screened.from_cache:
        cache.used(screened.key)
    else:
        cache.put(screened.key, screened.stored)
    index.remember(path, screened.result.path, screened.sig, screened.photos, screened.key)


def _photos_once(files: list[FileResult], paths: dict[str, Path]) -> None:
    """A photo that a post in the scan shows is reported with that post, as `check` does: with the
    post's channel and the people it names. Its own findings would say the same again, or, for a
    face, contradict the post ("not named" where the post names the pupil). A photo that cannot be
    read is counted once too: the post reports it."""
    shown_in_posts = {os.path.realpath(photo) for r in files for photo in r.photos}
    if not shown_in_posts:
        return
    for r in files:
        if r.path in paths and pipeline.is_image(paths[r.path]) and os.path.realpath(paths[r.path]) in shown_in_posts:
            r.findings, r.error = [], ""


def _excluded(path: Path, exclude: set[Path]) -> bool:
    return bool(exclude) and any(path.name == e.name for e in exclude) and path.resolve() in exclude


def _configured_files(config: Config) -> list[Path]:
    listed = config["consent"]["list"]
    if not listed:
        return []
    path = Path(listed).expanduser()
    return [path if path.is_absolute() else config.base_dir / path]


def _tick(progress, shown: str) -> None:
    if progress:
        progress(shown)


def _run(todo: list[tuple[Path, str]], config: Config, overrides: Overrides, cache: ScanCache | None, jobs: int):
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


def _work_many(chunk: list[tuple[str, str]]) -> list[Screened]:
    return [_work(task) for task in chunk]
