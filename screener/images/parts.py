"""Findings about a part of a file: a frame of an animation, an image inside an SVG, PDF or Word file.

The part is named at the start of each message ("Beeldje 5 van 12: ...", "Afbeelding 2 op pagina 3: ..."),
and in `extra`, so a user knows where to look in a file that has no lines to point at.
"""

from __future__ import annotations

from dataclasses import replace

from screener.findings import Finding

# Findings that describe the file a part was taken from, not the part (the frame files we decode).
OWN_FILE_RULES = ("A2-FOTO-",)


def labelled(findings: list[Finding], label: str, **extra) -> list[Finding]:
    """`findings` about a part, each message starting with `label`, `extra` added."""
    return [replace(f, message=f"{label}: {f.message}", extra={**f.extra, **extra}) for f in findings]


def about_pixels(findings: list[Finding]) -> list[Finding]:
    """Only the findings about what a decoded frame shows (faces, unreadable), not its file's metadata."""
    return [f for f in findings if not f.rule.startswith(OWN_FILE_RULES)]
