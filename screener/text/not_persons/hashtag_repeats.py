"""A hashtag that repeats what the draft's own text writes out as no person: "#helpMoos" under "Moos is een kleine
jack russell", "#KapiteinKees" under the musical *Kapitein Kees*, "#WuWen" under "de reuzenpanda's Wu Wen",
"#legospike" under "Lego Spike Essential". The word in the text is blocked by one of the non-person signals (a pet,
a character, a product); the same word in a hashtag of the same draft is the same thing.

A name the draft also gives as a person stays a name in its hashtags: "Anne Frank schreef ..." and "Anne (groep 6)
las voor #teamAnne" report "Anne".
"""

from __future__ import annotations

NOT_PERSON_SPANS = "screener_not_person_spans"  # doc.user_data: (start_char, end_char) of blocked capitalised words


def remember(doc, blocked) -> None:  # noqa: ANN001 - a spaCy Doc and its `Blocked`
    """Keep where the non-person signals blocked a capitalised word, for the hashtags (see the module's docstring)."""
    doc.user_data[NOT_PERSON_SPANS] = [(token.idx, token.idx + len(token.text))
                                       for token, no in zip(doc, blocked.tokens) if no and token.text[:1].isupper()]


def written_out_as_no_person(text: str, doc, start: int, end: int) -> bool:  # noqa: ANN001 - spaCy Doc or None
    """Is the hashtag's part text[start:end] a word its draft writes out as no person, and nowhere as a person?"""
    if doc is None:
        return False
    from screener.text.public_context import draft_bounds

    word = text[start:end].lower()
    first, last = draft_bounds(text, start, end)
    in_draft = [(s, e) for s, e in doc.user_data.get(NOT_PERSON_SPANS, ()) if first <= s and e <= last]
    if not any(text[s:e].lower() == word for s, e in in_draft):
        return False
    return not any(first <= ent.start_char and ent.end_char <= last and ent.label_ in {"PERSON", "PER"}
                   and any(token.lower_ == word for token in ent) for ent in doc.ents)
