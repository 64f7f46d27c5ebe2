"""The one place the stages meet: a file in, findings out.

documents -> text findings (screener.text) -> consent cross-check (screener.consent)
          -> policy rules (screener.rules) -> image findings (screener.images)
          -> inline suppressions -> organisation's rule settings -> findings.

Stages are imported lazily: a run over text only never imports the face model, and a run over
photos only never loads the Dutch language model.
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable
from urllib.parse import unquote

from screener import catalog, emit
from screener.config import Config, ConfigError, channel_label
from screener.documents import DOCUMENT_SUFFIXES, Document, DocumentError
from screener.documents.reading import not_a_file
from screener.findings import Finding, Severity, mask, sort_key
from screener.post import PostContext, resolve


@dataclass
class FileResult:
    path: str  # as shown to the user
    findings: list[Finding] = field(default_factory=list)
    error: str = ""  # Dutch message when the file could not be screened
    photos: set[Path] = field(default_factory=set)  # photos screened as part of this post


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return sorted((f for r in self.files for f in r.findings), key=sort_key)

    @property
    def errors(self) -> list[FileResult]:
        return [r for r in self.files if r.error]

    def exit_code(self, fail_on: Severity) -> int:
        """0 nothing blocking, 1 blocking findings, 3 a file could not be screened."""
        if self.errors:
            return 3
        if any(f.severity >= fail_on for f in self.findings):
            return 1
        return 0


@dataclass(frozen=True)
class Overrides:
    """What the command line says about the post; beats front matter and configuration."""

    channel: str | None = None
    author_role: str | None = None
    author_function: str | None = None


def image_suffixes() -> set[str]:
    from screener.images import IMAGE_SUFFIXES

    return IMAGE_SUFFIXES


def is_image(path: Path) -> bool:
    return path.suffix.lower() in image_suffixes()


def is_video(path: Path) -> bool:
    from screener.images.video import VIDEO_SUFFIXES

    return path.suffix.lower() in VIDEO_SUFFIXES


def is_document(path: Path) -> bool:
    return path.suffix.lower() in DOCUMENT_SUFFIXES


# --- text ---------------------------------------------------------------------------------


def _message(rule: catalog.Rule, excerpt: str) -> str:
    return f"{rule.title[0].upper()}{rule.title[1:]} gevonden: '{excerpt}'. {rule.fix}"


def text_findings(doc: Document, config: Config, post: PostContext) -> list[Finding]:
    from screener.text import analyzer

    findings = []
    personal = post.author_role == "medewerker" and post.personal_account
    for hit in analyzer.analyze(doc.text, config):
        rule = catalog.RULES[hit.rule]
        value = doc.text[hit.start:hit.end]
        excerpt = mask(value)
        finding = emit.at_span(doc, config, rule.id, hit.start, hit.end, _message(rule, excerpt), excerpt=excerpt,
                               value=value, extra={"start": hit.start, "end": hit.end, "score": round(hit.score, 2)})
        if finding is None:
            continue
        if personal:  # an employee on a personal account: protocol D1 as well
            finding = replace(finding, protocol=finding.protocol + ("D1",))
        findings.append(finding)
    return findings


def contains_personal_data(text: str, config: Config) -> bool:
    """Whether a piece of text (e.g. a suppression's reason) holds personal data."""
    from screener.text import analyzer

    return any(catalog.RULES[h.rule].severity >= Severity.WARNING for h in analyzer.analyze(text, config))


# --- images -------------------------------------------------------------------------------


def _photo_findings(doc: Document, config: Config, post: PostContext) -> list[Finding]:
    from screener import images

    findings = []
    seen: set = set()
    for ref in doc.images:
        if ref.kind == "remote":
            finding = emit.emit(config, "E-FOTO-EXTERN", doc.display_path,
                                f"De foto '{_visible(ref.src)}' staat op een andere server en is niet gecontroleerd: "
                                "de screener haalt geen foto's van internet. Zet de foto in de site, of controleer "
                                "hem apart met `screener check FOTO`.", line=ref.line, col=ref.col, value=ref.src)
            findings += [finding] if finding else []
            continue
        if ref.kind == "outside":
            findings.append(_reference_problem(doc, ref, f"De foto '{_visible(ref.src)}' ligt buiten de site (de "
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
            findings += [replace(f, line=ref.line, col=ref.col, message=f"Ingebedde foto (data:-adres): {f.message}")
                         for f in found]
            continue
        if not ref.path.is_file():
            findings.append(_reference_problem(doc, ref, f"De foto '{_visible(ref.src)}' is niet gevonden en kon dus "
                                                         "niet gecontroleerd worden; controleer het pad of screen de "
                                                         "foto apart.", Severity.WARNING))
            continue
        findings.extend(images.screen_image(
            ref.path, _shown_near(doc, ref.path), config=config, post=post,
            declared=images.declared_people(doc, ref), referenced_at=at,
        ))
    return findings + _file_name_findings(doc, config)


def _visible(src: str) -> str:
    """A reference as a report may show it: no control characters, not endlessly long."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in src)
    return clean if len(clean) <= 120 else clean[:117] + "..."


def _reference_problem(doc: Document, ref, message: str, severity: Severity) -> Finding:
    rule = catalog.RULES["E-BESTAND"]
    return Finding(rule=rule.id, severity=severity, path=doc.display_path, line=ref.line, col=ref.col,
                   message=message, avg=rule.avg)


_DATED_POST = re.compile(r"^\d{4}-\d{2}-\d{2}-")  # Jekyll's _posts/2025-03-01-titel.md
_SIZE_SUFFIX = re.compile(r"[-_]\d+x\d+$")  # WordPress-style foto-300x200.jpg


# What a file name may give away. Not addresses, places or phone numbers: 'kerstmarkt-01.jpg' and camera
# numbers look like them.
FILE_NAME_RULES = {"A2-NAAM", "A2-BSN", "A2-EMAIL"}


def _file_name_findings(doc: Document, config: Config) -> list[Finding]:
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
        if rule.id not in FILE_NAME_RULES or (slugs[index] and len(value.split()) < 2):
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


def _shown_near(doc: Document, image: Path) -> str:
    """The photo's path as the user would write it: relative to where the post was named from."""
    return os.path.normpath(Path(doc.display_path).parent / os.path.relpath(image, doc.path.parent))


def local_photos(doc: Document) -> set[Path]:
    return {real_path(ref.path) for ref in doc.images if ref.kind == "file" and ref.path.is_file()}


def real_path(path: Path) -> Path:
    """`path` with symbolic links followed; unlike Path.resolve, a link loop does not raise."""
    return Path(os.path.realpath(path))


def _in_page_source(doc: Document, findings: list[Finding]) -> list[Finding]:
    """Text in an HTML comment or a script is in the page source, not on the page: a warning that says so."""
    if not doc.hidden:
        return findings
    out = []
    for f in findings:
        start = f.extra.get("start") if f.line else None
        if isinstance(start, int) and doc.is_hidden(start):
            f = replace(f, severity=min(f.severity, Severity.WARNING),
                        message=f"{f.message} Dit staat in de broncode van de pagina (een HTML-commentaar of script): "
                                "bezoekers zien het niet, maar iedereen kan het lezen. Haal het weg.")
        out.append(f)
    return out


# --- putting it together --------------------------------------------------------------------


def _own_signature(doc: Document, findings: list[Finding], config: Config) -> list[Finding]:
    """The writer's signature (a name with a school job title, protocol C2; "Juf Lotte" as last line)
    is info, not an error; another staff member's name gets a message about colleagues, not pupils."""
    from screener.rules import signature

    functions = tuple(config["policy"]["functions"])
    out = []
    for f in findings:
        if f.rule != "A2-NAAM" or f.severity == Severity.INFO:
            out.append(f)
            continue
        start, end = f.extra["start"], f.extra["end"]
        if signature.signs(doc.text, start, end, functions):
            f = replace(f, severity=Severity.INFO,
                        message=f"Naam van een medewerker als ondertekening: '{f.excerpt}'. Je eigen naam (en functie, "
                                "protocol C2) mag; is dit iemand anders, vraag dan eerst toestemming.")
        elif signature.titled(doc.text, start, functions):
            f = replace(f, message=f"Naam van een medewerker gevonden: '{f.excerpt}'. Noem een collega alleen met "
                                   "diens toestemming voor dit kanaal, of laat de naam weg.")
        out.append(f)
    return out


def _consent_cross_check(doc: Document, findings: list[Finding], config: Config,
                         post: PostContext) -> list[Finding]:
    """Names of people on the consent list: with consent for this channel the A2-NAAM finding drops
    to info; without it, the consent finding (A5-NAAM-ZONDER-TOESTEMMING) replaces it."""
    from screener import consent

    if not consent.configured(config):
        return findings
    names = [(f.extra["start"], f.extra["end"], doc.text[f.extra["start"]:f.extra["end"]])
             for f in findings if f.rule == "A2-NAAM"]
    refused, consented = consent.cross_check_names(doc, names, post, config)
    refused_at = {(f.line, f.col) for f in refused}
    out = []
    for f in findings:
        if f.rule == "A2-NAAM" and (f.line, f.col) in refused_at:
            continue
        if f.rule == "A2-NAAM" and (f.extra["start"], f.extra["end"]) in consented:
            f = replace(f, severity=Severity.INFO,
                        message=f"Naam gevonden: '{f.excerpt}'. Deze persoon heeft volgens de toestemmingslijst "
                                f"toestemming voor {channel_label(post.channel)}.")
        out.append(f)
    return out + refused


def screen_document(doc: Document, config: Config, post: PostContext) -> list[Finding]:
    from screener import rules

    findings = text_findings(doc, config, post)
    findings = _consent_cross_check(doc, findings, config, post)
    findings = _own_signature(doc, findings, config)
    findings += rules.check_policy(doc, post, config)
    findings = _in_page_source(doc, findings)
    findings += _photo_findings(doc, config, post)
    suppressions = rules.parse_suppressions(doc)
    if suppressions:
        findings = rules.apply_suppressions(doc, findings, suppressions,
                                            lambda reason: contains_personal_data(reason, config), config)
    return sorted(findings, key=sort_key)


def failed_file(shown: str, message: str) -> FileResult:
    """The result for a file that could not be screened: one E-BESTAND finding naming it."""
    rule = catalog.RULES["E-BESTAND"]
    finding = Finding(rule=rule.id, severity=Severity.ERROR, path=shown, line=0, col=0, message=message)
    return FileResult(path=shown, findings=[finding], error=message)


def screen_file(path: Path, config: Config, overrides: Overrides = Overrides(), shown: str | None = None,
                doc: Document | None = None) -> FileResult:
    """Screen one post, photo or video. Never raises for a bad file: the result says what went wrong.

    `doc`: the post, when the caller has read it already (`documents.load(path, shown)`).
    """
    from screener import documents

    shown = shown if shown is not None else str(path)
    photos: set[Path] = set()
    problem = not_a_file(path, shown)  # a folder, or a pipe that reading would wait on for ever
    if problem:
        return failed_file(shown, problem)
    try:
        if is_image(path):
            from screener import images

            post = resolve({}, config, **vars(overrides), where=shown)
            found = images.screen_image(path, shown, config=config, post=post)
        elif is_video(path):
            from screener.images.video import VideoError, screen_video

            post = resolve({}, config, **vars(overrides), where=shown)
            try:
                found = screen_video(path, shown, config=config, post=post)
            except VideoError as exc:
                return failed_file(shown, str(exc))
        else:
            doc = doc or documents.load(path, shown)
            post = resolve(doc.meta, config, **vars(overrides), where=shown)
            found = screen_document(doc, config, post)
            photos = local_photos(doc)
    except DocumentError as exc:
        return failed_file(shown, str(exc))
    except ConfigError as exc:  # e.g. an unknown channel in the post's front matter
        return failed_file(shown, str(exc))
    except Exception as exc:  # noqa: BLE001 - last resort: one file, never the run; never quote the file
        return failed_file(shown, f"{shown}: kon niet worden gescreend door een interne fout ({type(exc).__name__}); "
                                  "het bestand is niet gecontroleerd. De andere bestanden zijn wel gescreend; "
                                  "meld dit aan de beheerder van de screener")
    # a file, or a photo embedded in the post, that could not be screened (not a reference the post gets wrong)
    failures = [f for f in found if f.rule.startswith("E-") and f.severity == Severity.ERROR
                and (f.line == 0 or f.rule != "E-BESTAND")]
    result = FileResult(path=shown, findings=found, photos=photos)
    if failures:
        result.error = failures[0].message
    return result


def screen_posts_first(files: list[tuple[Path, str]], screen: Callable[[Path, str], FileResult],
                       rescreen: set[str] = frozenset()) -> RunResult:
    """Screen `files` ((path, as shown)) with `screen`: posts first, then photos. A photo a post already
    showed is counted but not screened again: the post's screening knew its channel and who is in it.
    `rescreen`: files (as shown) to screen anyway, e.g. a photo whose staged version is not the file
    the post showed."""
    run = RunResult()
    shown_in_posts: set[Path] = set()
    for path, shown in sorted(files, key=lambda item: is_image(item[0])):
        if is_image(path) and shown not in rescreen and real_path(path) in shown_in_posts:
            run.files.append(FileResult(path=shown))
            continue
        result = screen(path, shown)
        shown_in_posts |= result.photos
        run.files.append(result)
    return run


def screen_paths(paths: list[Path], config: Config, overrides: Overrides = Overrides()) -> RunResult:
    """`screener check`: the files as named on the command line."""
    return screen_posts_first([(path, str(path)) for path in paths],
                              lambda path, shown: screen_file(path, config, overrides, shown))
