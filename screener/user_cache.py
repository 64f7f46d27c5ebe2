"""Where screener keeps its caches on this machine: $XDG_CACHE_HOME/screener, else ~/.cache/screener.

Always outside any repository, so nothing cached (scan results, reference embeddings, word
lists) can be committed by accident.
"""

from __future__ import annotations

import os
from pathlib import Path


def user_cache_dir(*parts: str) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base, "screener", *parts)
