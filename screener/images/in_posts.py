"""The photos a post shows, each screened with the post's channel and the people it names; the
references that cannot be followed (a photo on another server, outside the site, not found); and the
photos inside a PDF or Word file."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from screener import catalog, emit
from screener.config import Config
from screener.documents import Document
from screener.documents.packed import PackedDocument
from screener.findings import Finding, Severity
from screener.post import PostContext


def photo_findings(doc: Document, config: Config, post: PostContext) -> list[Finding]:
    from screener import images

    findings = []
    seen: set = set()
    for ref in doc.images:
        if ref.kind == "remote":
            finding = emit.emit(config, "E-NIET-GECONTROLEERD", doc.display_path,
                                f"De foto '{visible(ref.src)}' staat op een andere server en is niet gecontroleerd: "
                                "de screener haalt geen foto's van internet. Zet de foto in de site, of controleer "
                                "hem apart met `screener check FOTO`.", line=ref.line, col=ref.col, value=ref.src)
            findings += [finding] if finding else []
            continue
        if ref.kind == "outside":
            findings.append(reference_problem(doc, ref, f"De foto '{visible(ref.src)}' ligt buiten de site (de "
                                                         "git-repository of de map waarin je de screener start) en is "
                                                         "niet geopend; zet de foto in de site.", Severity.ERROR))
            continue
        key = ref.path if ref.kind == "file" else ref.data
        if key in seen:
            continue
        seen.add(key)
        at = f"{doc.display_path}:{ref.line}:{ref.col}"
        if ref.kind == "embedded":
            found = images.screen_image(ref.data or b"", doc.display_path, config=config, post=post,
                                        declared=images.declared_people(doc, ref))
            where = "data:-adres" if ref.src[:5].lower() == "data:" else ref.src  # or "PHOTO in de vCard"
            findings += [replace(f, line=ref.line, col=ref.col, message=f"Ingebedde foto ({where}): {f.message}")
                         for f in found]
            continue
        if not ref.path.is_file():
            findings.append(reference_problem(doc, ref, f"De foto '{visible(ref.src)}' is niet gevonden en kon dus "
                                                         "niet gecontroleerd worden; controleer het pad of screen de "
                                                         "foto apart.", Severity.WARNING))
            continue
        findings.extend(images.screen_image(
            ref.path, shown_near(doc, ref.path), config=config, post=post,
            declared=images.declared_people(doc, ref), referenced_at=at,
        ))
    return findings


def visible(src: str) -> str:
    """A reference as a report shows it: not endlessly long (the reports escape control characters)."""
    return src if len(src) <= 120 else src[:117] + "..."


def reference_problem(doc: Document, ref, message: str, severity: Severity) -> Finding:
    rule = catalog.RULES["E-BESTAND"]
    return Finding(rule=rule.id, severity=severity, path=doc.display_path, line=ref.line, col=ref.col,
                   message=message, avg=rule.avg)


def packed_findings(doc: Document, config: Config, post: PostContext) -> list[Finding]:
    """A PDF's or Word file's own photos, screened in memory with the document's channel (the people in
    them named in a sidecar `nieuwsbrief.pdf.personen.txt`), and the parts that could not be read."""
    if not isinstance(doc, PackedDocument):
        return []
    from screener import images
    from screener.images.declared import sidecar_people
    from screener.images.parts import labelled

    findings = []
    declared = (sidecar_people(doc.path) if doc.path.is_file() else None) or []
    for number, image in enumerate(doc.embedded, start=1):
        found = images.screen_image(image.data, doc.display_path, config=config, post=post, declared=declared)
        for f in labelled(found, image.label, afbeelding=number, plek=doc.place(image.line)):
            findings.append(f if f.rule.startswith("E-") else replace(f, line=image.line, col=1))
    for line, message in doc.unscreened:
        found = emit.emit(config, "E-NIET-GECONTROLEERD", doc.display_path, message, line=line, col=1 if line else 0,
                          value=message, extra={"plek": doc.place(line)} if line else None)
        if found:
            findings.append(found)
    return findings


def shown_near(doc: Document, image: Path) -> str:
    """The photo's path as the user would write it: relative to where the post was named from."""
    return os.path.normpath(Path(doc.display_path).parent / os.path.relpath(image, doc.path.parent))
