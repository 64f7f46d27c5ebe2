"""What a scan leaves out on purpose: files git ignores, and the `[scan] exclude` patterns.

A Hugo or Jekyll site's repository holds the built site (`public/`, `_site/`, ignored by git) and
themes with example sites: none of it is what the school publishes from this repository's posts.
Git itself says what it ignores (`git ls-files --ignored`, with every .gitignore and
.git/info/exclude, as `git status` does); `exclude` takes gitignore-style patterns (pathspec),
relative to the folder of the configuration file (or to the scanned folder without one).
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pathspec

GIT_TIMEOUT = 20  # seconds: a huge work tree; beyond this nothing is ignored (everything is screened)


@dataclass
class Ignored:
    """Answers "is this path left out?" for paths under one scanned root."""

    git_root: Path | None = None
    by_git: set[str] = field(default_factory=set)  # relative to git_root; folders end in "/"
    base: Path | None = None  # where `exclude` patterns are relative to
    patterns: pathspec.PathSpec | None = None

    def folder(self, path: Path) -> bool:
        return self._ignored(path, True)

    def file(self, path: Path) -> bool:
        return self._ignored(path, False)

    def _ignored(self, path: Path, is_folder: bool) -> bool:
        if not self.by_git and self.patterns is None:
            return False  # nothing left out: most scans, asked for every file
        absolute = os.path.abspath(path)
        slash = "/" if is_folder else ""
        if self.by_git and self.git_root is not None:
            relative = _relative(absolute, self.git_root)
            if relative is not None and relative + slash in self.by_git:
                return True
        if self.patterns is not None and self.base is not None:
            relative = _relative(absolute, self.base)
            if relative is not None and self.patterns.match_file(relative + slash):
                return True
        return False


def for_root(root: Path, exclude: list[str], base: Path | None) -> Ignored:
    """What to leave out under `root`: git's ignored files (when `root` is in a git work tree) and
    `exclude` patterns, relative to `base` (default: `root`)."""
    ignored = Ignored()
    if exclude:
        ignored.patterns = pathspec.GitIgnoreSpec.from_lines(exclude)
        ignored.base = Path(os.path.abspath(base if base is not None and _below(root, base) else root))
    git_root = _git_root(root)
    if git_root is not None:
        ignored.git_root, ignored.by_git = git_root, _ignored_by_git(git_root)
    return ignored


def _below(path: Path, folder: Path) -> bool:
    return _relative(os.path.abspath(path), Path(os.path.abspath(folder))) is not None


def _relative(absolute: str, folder: Path) -> str | None:
    start = str(folder).rstrip(os.sep) + os.sep
    if absolute.startswith(start) and os.path.isabs(start):  # both normalised (abspath): the path below it
        return absolute[len(start):].replace(os.sep, "/")
    relative = os.path.relpath(absolute, folder)
    if relative == "." or relative.startswith(".." + os.sep) or relative == "..":
        return None if relative != "." else ""
    return relative.replace(os.sep, "/")


def _git(args: list[str], cwd: Path) -> str | None:
    try:
        # a repository's own configuration must not make git run a program (core.fsmonitor)
        done = subprocess.run(["git", "-c", "core.fsmonitor=false", *args], cwd=cwd, capture_output=True,
                              timeout=GIT_TIMEOUT, stdin=subprocess.DEVNULL,
                              env={**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"})
    except (OSError, subprocess.SubprocessError):  # no git on this machine, or it took too long
        return None
    return done.stdout.decode("utf-8", "surrogateescape") if done.returncode == 0 else None


def _git_root(root: Path) -> Path | None:
    folder = root if root.is_dir() else root.parent
    for candidate in (folder, *folder.resolve().parents):
        try:
            here = (candidate / ".git").exists()
        except OSError:  # a folder without search permission: the walk reports it
            here = False
        if here:
            out = _git(["rev-parse", "--show-toplevel"], folder)
            return Path(out.strip()) if out and out.strip() else None
    return None


def _ignored_by_git(git_root: Path) -> set[str]:
    """Untracked paths git ignores, relative to the work tree; a wholly ignored folder as 'folder/'."""
    out = _git(["ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory"], git_root)
    return {entry for entry in (out or "").split("\0") if entry}
