"""Walking a media folder: which files to screen, and what could not be read on the way.

Symbolic links to folders are not followed unless asked (`follow_links`); when they are, a folder
seen before (same device and inode) is skipped, so a link loop ends. Links to files are followed
unless `follow_file_links` is off (`--no-follow-links`); a link that leads nowhere or in a circle
is a notice, never silently skipped. Files git ignores and `[scan] exclude` patterns are left out
(screener.scan.ignored). An unreadable folder or a file that vanished is a message for that folder
or file, never the end of the walk.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from screener.images.video import VIDEO_SUFFIXES

SKIPPED_FOLDERS = {".git", ".hg", ".svn", "__pycache__", "node_modules", ".venv", ".screener-cache"}


@dataclass
class Walk:
    files: list[tuple[Path, str]] = field(default_factory=list)  # (path, as shown to the user)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (shown path, Dutch message): not screened
    notices: list[str] = field(default_factory=list)  # Dutch: skipped on purpose, e.g. a link loop


NOT_A_FILE = "overgeslagen, geen gewoon bestand (maar een pijp, apparaat of socket), dus niet gescreend"


def media_suffixes() -> set[str]:
    from screener.documents import DOCUMENT_SUFFIXES

    suffixes = set(DOCUMENT_SUFFIXES) - {""} | VIDEO_SUFFIXES
    try:
        from screener.images import IMAGE_SUFFIXES

        suffixes |= set(IMAGE_SUFFIXES)
    except ImportError:  # the photo stage is not installed: still screen texts and say so per photo
        suffixes |= {".jpg", ".jpeg", ".png", ".webp", ".heic", ".tif", ".tiff", ".gif", ".bmp"}
    return suffixes


def _is_cache(folder: Path) -> bool:
    """A folder marked as a cache (CACHEDIR.TAG, as the screener's own scan cache is): not content."""
    return os.path.isfile(os.path.join(folder, "CACHEDIR.TAG"))


def _shown(path: Path, root: Path, root_shown: str) -> str:
    """The path as the user would write it: below the root as they named it."""
    relative = os.path.relpath(path, root)
    if relative == ".":
        return root_shown
    return relative if root_shown in ("", ".") else os.path.join(root_shown, relative)


def walk(root: Path, *, follow_links: bool = False, suffixes: set[str] | None = None,
         shown: str | None = None, follow_file_links: bool = True, exclude: list[str] = (),
         base: Path | None = None) -> Walk:
    """The media files under `root` (or `root` itself when it is a file), sorted, with problems.

    `exclude`: gitignore-style patterns, relative to `base` (the configuration's folder) or `root`."""
    from screener.scan import ignored as ignoring

    suffixes = suffixes if suffixes is not None else media_suffixes()
    root_shown = shown if shown is not None else str(root)
    result = Walk()
    if root.is_file():
        result.files.append((root, root_shown))
        return result
    if not root.is_dir():
        result.problems.append((root_shown, f"{root_shown}: map of bestand bestaat niet"))
        return result
    left_out = ignoring.for_root(root, list(exclude), base)
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        folder_shown = _shown(folder, root, root_shown)
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                result.notices.append(f"{folder_shown}: overgeslagen, deze map is al gescand "
                                      "(een snelkoppeling die naar een bovenliggende map terugwijst)")
                continue
            seen.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except PermissionError:
            result.problems.append((folder_shown, f"{folder_shown}: map overgeslagen, geen leesrechten"))
            continue
        except FileNotFoundError:
            result.problems.append((folder_shown, f"{folder_shown}: map verdwenen tijdens het scannen"))
            continue
        except OSError as exc:
            result.problems.append((folder_shown, f"{folder_shown}: map niet leesbaar ({exc.strerror})"))
            continue
        subfolders = []
        # a file's path as shown: the folder's and its name (what `_shown` gives, without two abspath calls a file)
        in_folder = "" if folder == root and root_shown in ("", ".") else folder_shown
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_dir(follow_symlinks=False):
                    if (entry.name not in SKIPPED_FOLDERS and not entry.name.startswith(".") and not _is_cache(path)
                            and not left_out.folder(path)):
                        subfolders.append(path)
                elif entry.is_symlink():
                    _link(path, root, root_shown, follow_links, follow_file_links, suffixes, left_out, result,
                          subfolders)
                elif path.suffix.lower() in suffixes and not left_out.file(path):
                    if entry.is_file(follow_symlinks=False):
                        result.files.append((path, os.path.join(in_folder, entry.name)))
                    else:  # not read, so not checked: a failed file (exit 3), as `check` reports it
                        shown = os.path.join(in_folder, entry.name)
                        result.problems.append((shown, f"{shown}: {NOT_A_FILE}"))
            except OSError:
                continue  # vanished between listing and looking: nothing to screen
        stack.extend(reversed(subfolders))
    result.files.sort(key=lambda item: item[1])
    return result


def _link(path: Path, root: Path, root_shown: str, follow_links: bool, follow_file_links: bool, suffixes: set[str],
          left_out, result: Walk, subfolders: list[Path]) -> None:
    """A symbolic link met on the walk: followed, or a notice saying why not."""
    shown = _shown(path, root, root_shown)
    try:
        target = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            result.notices.append(f"{shown}: overgeslagen, deze snelkoppeling wijst (via andere) naar zichzelf")
        elif path.suffix.lower() in suffixes or not path.suffix:
            result.notices.append(f"{shown}: overgeslagen, deze snelkoppeling wijst naar iets dat niet bestaat")
        return
    if stat.S_ISDIR(target.st_mode):
        if follow_links and not left_out.folder(path):
            subfolders.append(path)
        return
    if path.suffix.lower() not in suffixes or left_out.file(path):
        return
    if not stat.S_ISREG(target.st_mode):  # a link to /dev/zero or a pipe: never read, never passed (exit 3)
        result.problems.append((shown, f"{shown}: {NOT_A_FILE}"))
        return
    if not follow_file_links:
        result.notices.append(f"{shown}: snelkoppeling niet gevolgd (--no-follow-links), dus niet gescreend")
        return
    result.files.append((path, shown))
