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
    """`folder`, made if needed, readable by this user only (0700)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


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
