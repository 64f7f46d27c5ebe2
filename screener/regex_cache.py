"""Compiled regular expressions kept between runs: compiling them is a good part of every cold start.

Python compiles a regex in two steps: parsing it and generating its code, in Python and slow
(spaCy's tokenizer rules take ~40 ms, the protocol rules' word lists ~30 ms), then `_sre.compile`,
in C and fast, which makes the pattern object from that code. Inside `kept()` every regex the `re`
module compiles is looked up in a cache of that code first; what is new is written to the cache
when the process ends (`save`). The cache is a marshal file in the user's cache folder (0600),
keyed on the exact Python build. A regex is only kept when the pattern made from the kept code
equals (same code) the one `re` itself compiled.

Only static regexes are compiled inside `kept()`: those of spaCy and presidio, of screener's own
word lists, and of the organisation's public names in its configuration. Never wrap code that
compiles a regex from a post or from names of people (the allow and deny lists): the cache would
keep them. Anything unexpected (another Python's internals, a damaged file) means plain compiling.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from screener.user_cache import user_cache_dir, write_private

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: compile the normal way
    _compiler = None

KEEP_WRITES = 20  # a regex no run used in this many writes of the cache is dropped
MAX_ENTRIES = 600  # a check uses some 200; an evaluation over many configurations more

_Entry = tuple[int, list[int], int, dict, tuple]  # _sre.compile's arguments after the pattern

_entries: dict | None = None  # loaded on first use
_used: dict = {}  # keys this process used, in the order of first use
_added = 0
_depth = 0
_owner: int | None = None  # the thread inside kept(); other threads compile the normal way
_plain_compile = _compiler.compile if _compiler else None


def _cache_file() -> Path:
    build = hashlib.sha256(f"{sys.version}|{getattr(_sre, 'MAGIC', '')}|{getattr(_sre, 'CODESIZE', '')}".encode())
    return user_cache_dir("regexes") / f"{build.hexdigest()[:20]}.marshal"


def _load() -> dict:
    """{key: (the write that last used it, entry)}, and under None the number of the last write."""
    try:
        entries = marshal.loads(_cache_file().read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) and isinstance(entries.get(None), int) else {}


def save() -> None:
    """Write the cache if this process compiled something new (also at exit): what this process
    used first, then what the last KEEP_WRITES writes used, at most MAX_ENTRIES. A regex that is
    different in every run (built from a set) or of an old configuration does not pile up."""
    global _entries, _added
    if not _added:
        return
    write = _entries.get(None, 0) + 1
    recent = sorted((key for key, stamped in _entries.items() if key is not None and key not in _used
                     and stamped[0] > write - KEEP_WRITES), key=lambda key: -_entries[key][0])
    kept = {key: (write, _entries[key][1]) for key in list(_used)[:MAX_ENTRIES] if key in _entries}
    kept.update((key, _entries[key]) for key in recent[:MAX_ENTRIES - len(kept)])
    kept[None] = write
    _entries, _added = kept, 0
    try:
        write_private(_cache_file(), marshal.dumps(kept))
    except (OSError, ValueError):
        pass  # a cache that cannot be written is no error


def _generate(pattern, flags: int) -> _Entry:
    """What re._compiler.compile passes to _sre.compile (Python 3.11-3.13)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, \
        tuple(indexgroup)


def _compile(pattern, flags=0):
    global _added
    if threading.get_ident() != _owner or not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
        return _plain_compile(pattern, flags)
    key = (isinstance(pattern, bytes), pattern, int(flags))
    stamped = _entries.get(key)
    if stamped is not None:
        try:
            compiled = _sre.compile(pattern, *stamped[1])
            _used[key] = None
            return compiled
        except Exception:  # noqa: BLE001 - a damaged entry: make it anew
            del _entries[key]
    compiled = _plain_compile(pattern, flags)
    try:
        entry = _generate(pattern, flags)
        if _sre.compile(pattern, *entry) != compiled:  # equal: the same pattern, flags and code
            return compiled
    except Exception:  # noqa: BLE001 - internals not as expected: compiled the normal way, not kept
        return compiled
    _entries[key] = (0, entry)
    _used[key] = None
    _added += 1
    return compiled


@contextlib.contextmanager
def kept() -> Iterator[None]:
    """Regexes compiled in this block come from (and go to) the cache. Only for static regexes."""
    global _entries, _depth, _owner
    if _plain_compile is None or (_depth and threading.get_ident() != _owner):
        yield
        return
    if _entries is None:
        _entries = _load()
        atexit.register(save)
    _depth += 1
    _owner = threading.get_ident()
    _compiler.compile = _compile
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            _compiler.compile = _plain_compile
            _owner = None
