"""Where screener keeps its caches on this machine: $XDG_CACHE_HOME/screener, else ~/.cache/screener.

Always outside any repository, so nothing cached (scan results, reference embeddings, word
lists) can be committed by accident.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def user_cache_dir(*parts: str) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base, "screener", *parts)


def private_folder(folder: Path) -> Path:
    """`folder`, made if needed: every folder made here (parents too) is 0700. A folder that existed
    keeps its mode, unless it is part of the screener's own cache (below $XDG_CACHE_HOME/screener),
    which is made private: the screener never changes a folder it does not own."""
    missing = []
    here = folder
    while not os.path.lexists(here) and here != here.parent:
        missing.append(here)
        here = here.parent
    for made in reversed(missing):
        try:
            made.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(made, 0o700)  # mkdir's mode passes through the umask
    own = user_cache_dir()
    for existing in (folder, *folder.parents):
        if existing not in missing and existing.is_relative_to(own):
            _make_private(existing)
        if existing == own:
            break
    return folder


def _make_private(folder: Path) -> None:
    try:
        info = folder.stat()
        if info.st_uid == os.getuid() and info.st_mode & 0o077:
            os.chmod(folder, 0o700)
    except OSError:
        pass


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` at once (a reader never sees half a file), readable by this user only:
    the file 0600, its folder 0700. Raises OSError."""
    private_folder(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")  # mkstemp: mode 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
