"""Control characters out of everything the screener prints or writes.

A file name, an image `src` or a post's text can hold terminal escapes (ESC, CSI, BEL), carriage
returns and Unicode bidi overrides. Printed raw they clear the screen, set a window title, move
the cursor back over a finding or reverse a line, so a post could hide what the hook found. Every
report and message shows them as visible escapes instead (`\\x1b`, `\\u202e`).
"""

from __future__ import annotations

import re

# C0 (tab and newline included: a report line is one line), DEL, C1; bidi embeddings, overrides and
# isolates; the Arabic letter mark and the line and paragraph separators, which also break a line.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character shown as an escape: safe to print to a terminal."""
    return _CONTROL.sub(_escape, text) if _CONTROL.search(text) else text


def _json_escape(match: re.Match) -> str:
    return f"\\u{ord(match.group(0)):04x}"


# json.dumps escapes C0 already; DEL, C1 and bidi controls it leaves raw, and a terminal that shows the
# file (`cat report.json`, a CI log) would act on them.
_JSON_RAW = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_safe(text: str) -> str:
    """JSON text (from json.dumps) with the control characters it leaves raw written as \\u escapes.
    They only occur inside strings, so the JSON means the same."""
    return _JSON_RAW.sub(_json_escape, text)
