"""The characters people's keyboards, phones and word processors type for the plain ones, read as
the plain ones before any recognizer looks at a text: a phone number with a non-breaking hyphen
("06‑12345678"), a postcode with a non-breaking space, a date with an en dash, digits typed full
width on a phone ("０６１２３４５６７８"), a surname with a typographic apostrophe ("D’Souza", "van ’t Veer").

One character for one, so every offset stays where it was: a hit on the plain text is a hit on the
text as written. (Characters that are not seen at all, a zero-width space or a soft hyphen, are
taken out before this, see `screener.findings.INVISIBLE`.)"""

from __future__ import annotations

import re

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"  # hyphen, non-breaking hyphen, figure dash,
# en dash, em dash, horizontal bar, minus sign, small and full-width hyphen-minus
SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"  # no-break,
# en, em, figure, thin, hair, narrow no-break, ideographic space ...
SLASHES = "\u2044\u2215"  # fraction slash, division slash

_PLAIN = {
    **{ord(c): "-" for c in DASHES},
    **{ord(c): " " for c in SPACES},
    **{ord(c): "/" for c in SLASHES},
    # the full-width forms of ASCII ("０６", "＠", "．"): U+FF01-FF5E are U+0021-007E moved up by 0xFEE0
    **{code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F) if code != 0xFF0D},
}
_TYPED = re.compile("[" + DASHES + SPACES + SLASHES + "\uff01-\uff5e]")


# a typographic apostrophe (a word processor's or phone's ’, a modifier letter ʼ, an accent ´ or `) inside a
# word or before the "t" of "'t": "D’Souza", "O’Neill", "van ’t Veer", "’t Hart", "Anna’s"; not a closing quote
# ("‘Het was super’, zei ze")
APOSTROPHES = "\u2019\u02bc\u00b4`"
_APOSTROPHE = re.compile(rf"(?<=[^\W\d_])[{APOSTROPHES}](?=[^\W\d_])|(?<![\w{APOSTROPHES}])[{APOSTROPHES}](?=t\b)")


def plain(text: str) -> str:
    """`text` with every typed variant of a dash, a space, a slash, an apostrophe or an ASCII character as
    that character; the same length, each character in its place."""
    if any(mark in text for mark in APOSTROPHES) and _APOSTROPHE.search(text) is not None:  # the pattern opens
        # with a look-behind, tried at every position of the text: the marks are looked for first
        text = _APOSTROPHE.sub("'", text)
    if _TYPED.search(text) is None:
        return text
    return text.translate(_PLAIN)
