"""Names in file names: on the website a photo's or a post's file name becomes a public web address
('fotos/sanne-de-vries.jpg'), so a name there is personal data on the site."""

from __future__ import annotations

import bisect
import re
from urllib.parse import unquote

from screener import catalog, emit
from screener.config import Config
from screener.documents import Document
from screener.findings import Finding, mask


_DATED_POST = re.compile(r"^\d{4}-\d{2}-\d{2}-")  # Jekyll's _posts/2025-03-01-titel.md
_SIZE_SUFFIX = re.compile(r"[-_]\d+x\d+$")  # WordPress-style foto-300x200.jpg


# What a file name may give away. Not addresses, places or phone numbers: 'kerstmarkt-01.jpg' and camera
# numbers look like them.
FILE_NAME_RULES = {"A2-NAAM", "A2-BSN", "A2-EMAIL"}


def file_name_findings(doc: Document, config: Config) -> list[Finding]:
    """A name in a photo's or the post's file name: the file name becomes a public web address."""
    from screener.text import analyzer

    names: list[tuple[str, int, int, str]] = []  # (file name, line, col, what)
    for ref in doc.images:
        if ref.kind in ("file", "outside") and ref.src:
            names.append((ref.src, ref.line, ref.col, "de bestandsnaam van de foto"))
    post = doc.path.name if doc.path.stem.lower() not in ("index", "_index") else doc.path.parent.name
    names.append((post, 0, 0, "de bestandsnaam van het bericht"))
    words = [_words(name) for name, *_ in names]
    slugs = [w.islower() for w in words]  # 'sanne-de-vries': a name only as first and last name together
    words = [_title_case(w) if slug else w for w, slug in zip(words, slugs)]
    joined = analyzer.SEPARATOR.join(words)
    starts, at = [], 0
    for w in words:
        starts.append(at)
        at += len(w) + len(analyzer.SEPARATOR)
    findings = []
    for hit in analyzer.analyze(joined, config) if joined.strip("\n\x00") else []:
        rule = catalog.RULES[hit.rule]
        value = joined[hit.start:hit.end]
        index = bisect.bisect_right(starts, hit.start) - 1
        if rule.id not in FILE_NAME_RULES or (slugs[index] and not _slug_name(value, rule.id)):
            continue
        _, line, col, what = names[index]
        excerpt = mask(value)
        finding = emit.emit(config, rule.id, doc.display_path,
                            f"{rule.title[0].upper()}{rule.title[1:]} in {what}: '{excerpt}'. Een bestandsnaam wordt "
                            "een openbaar webadres; geef het bestand een neutrale naam (zoals foto-schoolreis-1.jpg).",
                            line=line, col=col, excerpt=excerpt, value="bestandsnaam\x00" + value)
        if finding:
            findings.append(finding)
    return findings


def _slug_name(value: str, rule: str) -> bool:
    """In a lower-case slug every word looks like a name once capitalised: a name there is a known
    first name with a surname ('sanne-de-vries', 'afscheid-juf-anneke' -> 'Juf Anneke'), not
    'fb-gevonden'."""
    if rule != "A2-NAAM":
        return True
    from screener.text import lexicons

    words = value.split()
    lex = lexicons.load()
    return len(words) >= 2 and any(w in lex.first_names and w.lower() not in lex.ambiguous_first_names for w in words)


def _words(src: str) -> str:
    """The words of a file name: 'fotos/Sanne_de-Vries-300x200.jpg' -> 'Sanne de Vries'."""
    name = unquote(src.split("?")[0].split("#")[0]).replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = _SIZE_SUFFIX.sub("", _DATED_POST.sub("", stem))
    return " ".join(stem.replace("-", " ").replace("_", " ").replace("+", " ").split())[:200]


_PARTICLES = {"de", "den", "der", "van", "het", "ter", "ten", "te", "in", "op", "la", "le", "du", "da", "di",
              "von", "zu", "en"}


def _title_case(words: str) -> str:
    return " ".join(w if w in _PARTICLES else w.capitalize() for w in words.split())
