"""`screener scan DIR`: screen a whole media folder (posts, photos, videos) in parallel, with a cache.

    from screener.scan import scan
    result = scan([Path("media")], config, jobs=2)

The pieces, in the order a scan uses them:
- `walk`: which files to screen (links, loops, ignored and excluded files), with a message for
  what could not be looked at;
- `cache`: findings of files that did not change, in a folder of the cache's own;
- `workers`: separate processes (spawn-safe), each loading the text and face models once, and only
  the ones its files need;
- `one_file`: one file screened, or taken from the cache; never raises, so a file that fails is a
  message in the result, never the end of the scan.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from screener import pipeline
from screener.config import Config
from screener.pipeline import FileResult, Overrides, RunResult
from screener.scan.cache import CacheFolderError, ScanCache, StatIndex, own_folder, settings_hash
from screener.scan.one_file import Screened, screen_cached, screen_one
from screener.scan.walk import walk as find_media
from screener.scan.workers import default_jobs, run

__all__ = ["ScanResult", "scan", "screen_one", "screen_cached", "default_jobs"]


@dataclass
class ScanResult(RunResult):
    notices: list[str] = field(default_factory=list)  # Dutch: skipped on purpose (link loops), no cache
    cached: int = 0  # files answered from the cache
    screened: int = 0  # files screened now


def scan(roots: list[Path], config: Config | Callable[[Path], Config], *, overrides: Overrides = Overrides(),
         jobs: int | None = None, cache_dir: Path | None = None, use_cache: bool = True, follow_links: bool = False,
         follow_file_links: bool = True, progress: Callable[[str], None] | None = None,
         on_start: Callable[[int], None] | None = None, exclude: set[Path] = frozenset()) -> ScanResult:
    """Screen every post, photo and video under `roots`.

    `config`: for every file, or a function giving the configuration nearest above a file (then each
    file's result keeps it; ConfigError when one is wrong). `on_start(total)` is called once the
    files are known, `progress(shown)` after each file. `exclude`: resolved paths not to screen (the
    report being written, say).
    """
    result = ScanResult()
    tasks = _find_files(roots, config, result, exclude, follow_links=follow_links, follow_file_links=follow_file_links)
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
    by_folder: dict[Path, Config] = {}  # the files of one folder have one nearest configuration: asked once
    for path, shown in tasks:
        chosen = by_folder.get(path.parent)
        if chosen is None:
            chosen = by_folder[path.parent] = config(path)
        groups.setdefault(id(chosen), (chosen, []))[1].append((path, shown))
    return list(groups.values())


def _scan_group(tasks: list[tuple[Path, str]], config: Config, result: ScanResult, overrides: Overrides,
                jobs: int | None, cache_dir: Path | None, use_cache: bool, progress) -> None:
    """Screen files that share one configuration (and so one set of cache settings) into `result`."""
    cache = _open_cache(cache_dir, config, overrides, result) if use_cache else None
    index = cache.index() if cache is not None else None
    todo = _answer_unchanged(tasks, cache, index, result, progress)
    paths = {shown: path for path, shown in todo}
    try:
        for screened in run(todo, config, overrides, cache, jobs or default_jobs()):
            _add(screened, result)
            if cache is not None and screened.key and not screened.result.error:
                _remember(screened, paths[screened.result.path], cache, index)
            _tick(progress, screened.result.path)
    finally:  # also on Ctrl-C: what was screened is kept for the next scan
        if cache is not None:
            cache.commit()
    if cache is not None:
        _close_cache(cache, index, bool(todo), config)


def media_files(root: Path, config: Config, **links: bool):
    """`walk.walk` with the configuration's exclude patterns (relative to its file's folder)."""
    return find_media(root, exclude=config["scan"]["exclude"], base=config.base_dir if config.source else None,
                      **links)


def _find_files(roots: list[Path], config: Config | Callable[[Path], Config], result: ScanResult,
                exclude: set[Path], **links: bool) -> list[tuple[Path, str]]:
    """(path, as shown) of every file to screen; what could not be looked at goes into `result`.
    A folder's exclude patterns come from the configuration nearest above it."""
    tasks: list[tuple[Path, str]] = []
    for root in roots:
        found = media_files(root, config(root) if callable(config) else config, **links)
        tasks.extend((path, shown) for path, shown in found.files if not _excluded(path, exclude))
        result.notices.extend(found.notices)
        result.files.extend(pipeline.failed_file(shown, message) for shown, message in found.problems)
    return tasks


def _open_cache(cache_dir: Path | None, config: Config, overrides: Overrides, result: ScanResult) -> ScanCache | None:
    """The cache for this configuration, opened here, before the workers start (they only read it);
    None, with a notice, when its folder cannot be used."""
    try:
        folder = own_folder(cache_dir)
    except CacheFolderError as exc:
        result.notices.append(str(exc))
        return None
    key = config.fingerprint_key
    cache = ScanCache(folder, settings_hash(config.data, vars(overrides), _configured_files(config),
                                            key.id if key else ""))
    cache.open()
    return cache


def _answer_unchanged(tasks: list[tuple[Path, str]], cache: ScanCache | None, index: StatIndex | None,
                      result: ScanResult, progress) -> list[tuple[Path, str]]:
    """Files unchanged since the last scan are answered from the cache without being read; returns the rest."""
    if cache is None or index is None:
        return list(tasks)
    todo: list[tuple[Path, str]] = []
    for path, shown in tasks:
        known = index.lookup(path, shown)
        found = cache.find(known[0]) if known else None
        if found is None:
            todo.append((path, shown))
            continue
        cache.used(known[0])
        result.files.append(FileResult(path=shown, findings=found, photos=known[1]))
        result.cached += 1
        _tick(progress, shown)
    return todo


def _add(screened: Screened, result: ScanResult) -> None:
    result.files.append(screened.result)
    if screened.from_cache:
        result.cached += 1
    else:
        result.screened += 1


def _remember(screened: Screened, path: Path, cache: ScanCache, index: StatIndex) -> None:
    """Write what a worker screened into the cache (by content) and the index (by path)."""
    if screened.from_cache:
        cache.used(screened.key)
    else:
        cache.put(screened.key, screened.stored)
    index.remember(path, screened.result.path, screened.sig, screened.photos, screened.key)


def _close_cache(cache: ScanCache, index: StatIndex | None, screened_any: bool, config: Config) -> None:
    if index is not None and screened_any:
        index.save()
    cache.prune(config["scan"]["cache_days"])
    cache.close()


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
