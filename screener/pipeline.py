"""The one place the stages meet: a file in, findings out.

documents -> text findings (screener.text) -> consent cross-check (screener.consent)
          -> policy rules (screener.rules) -> image findings (screener.images)
          -> inline suppressions -> organisation's rule settings -> findings.

Stages are imported lazily: a run over text only never imports the face model, and a run over
photos only never loads the Dutch language model.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from screener import catalog, emit
from screener.config import Config, ConfigError, channel_label
from screener.documents import DOCUMENT_SUFFIXES, Document, DocumentError
from screener.documents.packed import place_findings
from screener.documents.reading import not_a_file
from screener.images import in_posts
from screener.text import file_names
from screener.findings import Finding, Severity, mask, sort_key
from screener.post import PostContext, resolve


@dataclass
class FileResult:
    path: str  # as shown to the user
    findings: list[Finding] = field(default_factory=list)
    error: str = ""  # Dutch message when the file could not be screened
    photos: set[Path] = field(default_factory=set)  # photos screened as part of this post
    config: Config | None = None  # the configuration it was screened with (check: the nearest above it)


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

    def reported(self, min_severity: str | None, config: Config) -> list[Finding]:
        """The findings to report: from `min_severity` (the option), else from each file's own
        configuration's report.min_severity (`config` for files without one); E-BESTAND always."""
        shown = []
        for r in self.files:
            least = _report_setting(r, "min_severity", min_severity, config)
            shown += [f for f in r.findings if f.severity >= least or f.rule == "E-BESTAND"]
        return sorted(shown, key=sort_key)

    def exit_code_by(self, fail_on: str | None, config: Config) -> int:
        """As `exit_code`, with each file's own configuration's report.fail_on unless `fail_on` is given."""
        if self.errors:
            return 3
        return int(any(f.severity >= _report_setting(r, "fail_on", fail_on, config)
                       for r in self.files for f in r.findings))


def _report_setting(result: FileResult, key: str, given: str | None, config: Config) -> Severity:
    return Severity.parse(given or (result.config or config)["report"][key])


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

    from screener.text.public_sentence import about_public_figure
    from screener.text.place_context import (historical_address, organisation_account, organisation_handle,
                                             organisation_phones, school_towns, tied_to_person,
                                             venue_address)

    findings = []
    personal = post.author_role == "medewerker" and post.personal_account
    hits = analyzer.analyze(doc.text, config)
    name_ends = [h.end for h in hits if h.rule in ("A2-NAAM", "A2-DENY")]
    towns = school_towns(config["organisation"]["public"])
    found = [(hit.start, hit.end) for hit in hits]  # masked in every finding's context (the html report)
    venue_ends: list[int] = []  # where the addresses of venues end
    venue_phones = organisation_phones(doc.text, [(h.start, h.end) for h in hits if h.rule == "A2-TELEFOON"], name_ends)
    for hit in hits:
        rule = catalog.RULES[hit.rule]
        value = doc.text[hit.start:hit.end]
        excerpt = mask(value)
        at = _name_after_title_break(doc.text, hit.start, hit.end) if rule.id == "A2-NAAM" else hit.start
        finding = emit.at_span(doc, config, rule.id, at, hit.end, _message(rule, excerpt), excerpt=excerpt,
                               value=value, extra={"start": hit.start, "end": hit.end, "score": round(hit.score, 2)},
                               hidden=found)
        if finding is None:
            continue
        if rule.id == "A2-PLAATS" and finding.severity == rule.severity \
                and not tied_to_person(doc.text, hit.start, hit.end, name_ends, towns):
            finding = replace(finding, severity=Severity.INFO,
                              message=f"Plaatsnaam gevonden: '{excerpt}'. Een bestemming of de plaats van de school "
                                      "mag; noem geen woonplaats van een leerling, ouder of medewerker.")
        elif rule.id in ("A2-ADRES", "A2-POSTCODE") and finding.severity == rule.severity \
                and (venue_address(doc.text, hit.start)  # a venue's; or a historical figure's ("Prinsengracht 263")
                     or historical_address(doc.text, hit.start, name_ends)
                     # the postcode of a venue's address just before it: "ul. Bursaki 18, 20-150 Lublin"
                     or (rule.id == "A2-POSTCODE" and _right_after(doc.text, venue_ends, hit.start))):
            venue_ends.append(hit.end)
            finding = replace(finding, severity=Severity.INFO,
                              message=f"{rule.title[0].upper()}{rule.title[1:]} van een locatie of bedrijf gevonden: "
                                      f"'{excerpt}'. Dat mag; is het toch het adres van een persoon, verwijder het dan.")
        elif rule.id == "A2-TELEFOON" and finding.severity == rule.severity \
                and hit.start in venue_phones:
            finding = replace(finding, severity=Severity.INFO,
                              message=f"Telefoonnummer van een locatie of bedrijf gevonden: '{excerpt}'. Dat mag; "
                                      "is het toch het nummer van een persoon, verwijder het dan.")
        elif rule.id == "A2-GEBOORTEDATUM" and finding.severity == rule.severity \
                and about_public_figure(doc.text, hit.start, hit.end, name_ends):
            finding = replace(finding, severity=Severity.INFO,
                              message=f"Geboortedatum van een publiek of historisch persoon gevonden: '{excerpt}'. "
                                      "Dat mag; is het toch de geboortedatum van een leerling, ouder of medewerker, "
                                      "verwijder hem dan.")
        elif rule.id == "A2-ACCOUNT" and finding.severity == rule.severity \
                and organisation_handle(doc.text, hit.start, hit.end, config["organisation"]["schools"]):
            finding = replace(finding, severity=Severity.INFO,
                              message=f"Account van een organisatie gevonden: '{excerpt}'. Dat mag; is het toch het "
                                      "account van een persoon, verwijder het dan.")
        elif rule.id == "A2-IBAN" and finding.severity == rule.severity and organisation_account(doc.text, hit.end):
            finding = replace(finding, severity=Severity.INFO,
                              message=f"Rekeningnummer van een organisatie gevonden: '{excerpt}'. Dat mag; is het "
                                      "toch de rekening van een persoon, verwijder het dan.")
        if personal:  # an employee on a personal account: protocol D1 as well
            finding = replace(finding, protocol=finding.protocol + ("D1",))
        findings.append(finding)
    return findings


def _right_after(text: str, ends: list[int], start: int) -> bool:
    """Does `start` follow one of `ends` with only a comma, a semicolon or white space between?"""
    return any(end <= start and not text[end:start].strip(" \t,;") for end in ends)


def _name_after_title_break(text: str, start: int, end: int) -> int:
    """Where a name found with its title is shown: at the name when the title ends the line before it ("het bakje
    van juf\nShanti"), so that the finding points at the line that holds the name; else at `start`."""
    from screener.text import lexicons

    brk = text.find("\n", start, end)
    if brk < 0 or not all(w.lower().rstrip(".") in lexicons.load().titles for w in text[start:brk].split()):
        return start
    return brk + 1 + len(text[brk + 1:end]) - len(text[brk + 1:end].lstrip())


def contains_personal_data(text: str, config: Config) -> bool:
    """Whether a piece of text (e.g. a suppression's reason) holds personal data."""
    from screener.text import analyzer

    return any(catalog.RULES[h.rule].severity >= Severity.WARNING for h in analyzer.analyze(text, config))


# --- images -------------------------------------------------------------------------------


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


def _own_signature(doc: Document, findings: list[Finding], config: Config, post: PostContext) -> list[Finding]:
    """The writer's own sign-off (a staff member's name in the closing lines, protocol C2) and the
    writer on an e-mail's `Van:` line are info, not an error; another staff member's name gets a
    message about colleagues, not pupils. A parent's or pupil's own name stays an error."""
    from screener.rules import own_header, signature, work_address

    functions = tuple(config["policy"]["functions"])
    domains = work_address.work_domains(config["organisation"]["public"], config["organisation"]["domains"])
    staff = post.author_role in signature.STAFF_ROLES and not work_address.writes_privately(doc.text, domains)
    writer = signature.writer_of(doc.text, doc.meta, functions) if staff else ""
    organiser, organiser_at = work_address.calendar_organiser(doc.senders, domains) if staff else ("", [])
    if organiser and writer and not signature.names_writer(organiser, 0, len(organiser), writer):
        organiser, organiser_at = "", []  # the post's writer is someone else: the organiser is a colleague
    writer = writer or organiser
    opening = own_header.opening_line(doc.text, _body_start(doc)) if staff else -1
    out: list[Finding] = []
    own_names: list[str] = []
    for f in findings:
        if f.rule not in ("A2-NAAM", "A2-EMAIL") or f.severity == Severity.INFO:
            out.append(f)
            continue
        start, end = f.extra["start"], f.extra["end"]
        if staff and f.rule == "A2-NAAM" and not writer and (
                own_header.post_header(doc.text, start, end, opening, functions)
                or own_header.app_header(doc.text, start, end, opening)):
            writer = doc.text[start:end]
            own_names.append(writer)
            f = replace(f, severity=Severity.INFO,
                        message=f"Naam van de schrijver in de kop van het eigen bericht: '{f.excerpt}'. Je eigen naam "
                                "mag; is dit iemand anders, vraag dan eerst toestemming.")
        elif staff and any(a <= start < b for a, b in organiser_at):
            if f.rule == "A2-NAAM":
                own_names.append(doc.text[start:end])
            what = "Naam" if f.rule == "A2-NAAM" else "E-mailadres"
            f = replace(f, severity=Severity.INFO,
                        message=f"{what} van de organisator van je eigen agenda: '{f.excerpt}'. Je eigen naam en "
                                "werkadres mogen; de deelnemers noem je alleen met hun toestemming.")
        elif staff and work_address.writer_line(doc.text, start, domains):
            what = "Naam" if f.rule == "A2-NAAM" else "E-mailadres"
            f = replace(f, severity=Severity.INFO,
                        message=f"{what} van de schrijver in de regel 'Van:': '{f.excerpt}'. Je eigen naam mag; "
                                "haal de kopregels van de e-mail weg als je dit bericht publiceert.")
        elif f.rule == "A2-EMAIL":
            pass
        elif staff and (signature.signs(doc.text, start, end, functions, writer)
                        or signature.introduces_self(doc.text, start, end, functions, writer)):
            own_names.append(doc.text[start:end])
            f = replace(f, severity=Severity.INFO,
                        message=f"Naam van een medewerker als ondertekening: '{f.excerpt}'. Je eigen naam (en functie, "
                                "protocol C2) mag; is dit iemand anders, vraag dan eerst toestemming.")
        elif staff and writer and signature.names_writer(doc.text, start, end, writer):
            own_names.append(doc.text[start:end])
            f = replace(f, severity=Severity.INFO,
                        message=f"Naam van de schrijver van dit bericht: '{f.excerpt}'. Je eigen naam mag; is dit "
                                "iemand anders, vraag dan eerst toestemming.")
        elif signature.titled(doc.text, start, functions):
            f = replace(f, message=f"Naam van een medewerker gevonden: '{f.excerpt}'. Noem een collega alleen met "
                                   "diens toestemming voor dit kanaal, of laat de naam weg.")
        out.append(f)
    if own_names or writer:
        out = [_own_work_address(doc, f, [*own_names, writer], domains) for f in out]
    return out


def _body_start(doc: Document) -> int:
    """Where the post's own text begins in doc.text: after the lines of a Markdown front matter (YAML or
    TOML, as the reader found it), which the screened text keeps, values only."""
    at = 0
    for _ in range(doc.front_matter_lines):
        at = doc.text.find("\n", at) + 1
        if at == 0:
            return 0
    return at


def _own_work_address(doc: Document, f: Finding, names: list[str], domains: frozenset[str]) -> Finding:
    """The writer's own work address on their own post ("mail mij op f.nijhuis@school.nl" under
    "Ik ben Femke Nijhuis, juf van groep 4") is info, like their name: C2 asks who they are."""
    from screener.rules import work_address

    if f.rule != "A2-EMAIL" or f.severity == Severity.INFO:
        return f
    address = doc.text[f.extra["start"]:f.extra["end"]].lower()
    if not work_address.own_work_address(address, names, domains):
        return f
    return replace(f, severity=Severity.INFO,
                   message=f"Werkadres van de schrijver gevonden: '{f.excerpt}'. Je eigen werkadres mag; verwijs "
                           "liever naar het algemene adres van de school.")


def _consent_cross_check(doc: Document, findings: list[Finding], config: Config,
                         post: PostContext) -> list[Finding]:
    """Names of people on the consent list: with consent for this channel the A2-NAAM finding drops
    to info; without it, the consent finding (A5-NAAM-ZONDER-TOESTEMMING) replaces it."""
    from screener import consent

    findings = findings + consent.list_named_in_post(doc, config)
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


def screen_text(doc: Document, config: Config, post: PostContext) -> list[Finding]:
    """Personal data in the text, cross-checked with the consent list: for the text inside an image
    (an SVG logo) as well as for a post."""
    findings = text_findings(doc, config, post)
    findings = _consent_cross_check(doc, findings, config, post)
    return _own_signature(doc, findings, config, post)


def screen_document(doc: Document, config: Config, post: PostContext) -> list[Finding]:
    from screener import rules

    findings = screen_text(doc, config, post)
    findings += rules.check_policy(doc, post, config)
    findings = _in_page_source(doc, findings)
    findings += in_posts.photo_findings(doc, config, post)
    if post.channel == "website":  # a file name becomes a web address on the site; an upload's name does not
        findings += file_names.file_name_findings(doc, config)
    findings = place_findings(doc, findings)  # a PDF or Word file: "Pagina 2, regel 3: ..."
    findings += in_posts.packed_findings(doc, config, post)
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


def _no_reader(exc, shown: str, config: Config) -> list[Finding]:
    return [f for f in [emit.emit(config, "E-NIET-GECONTROLEERD", shown, exc.reason, value=shown)] if f]


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
    except documents.NoReader as exc:  # a spreadsheet, an old .doc: said, and a warning unless configured
        found = _no_reader(exc, shown, config)
    except DocumentError as exc:
        return failed_file(shown, str(exc))
    except ConfigError as exc:  # e.g. an unknown channel in the post's front matter
        return failed_file(shown, str(exc))
    except TimeoutError:  # a recognizer's pattern ran out of time: part of the text is not searched
        return failed_file(shown, f"{shown}: het doorzoeken van de tekst duurde te lang; het bestand is niet "
                                  "(volledig) gecontroleerd. Splits het in kleinere stukken of meld dit aan de "
                                  "beheerder van de screener")
    except Exception as exc:  # noqa: BLE001 - last resort: one file, never the run; never quote the file
        return failed_file(shown, f"{shown}: kon niet worden gescreend door een interne fout ({type(exc).__name__}); "
                                  "het bestand is niet gecontroleerd. De andere bestanden zijn wel gescreend; "
                                  "meld dit aan de beheerder van de screener")
    return _result(shown, found, photos)


def _result(shown: str, found: list[Finding], photos: set[Path] = frozenset()) -> FileResult:
    """A file's result; a part that could not be screened (an error where it is: an unreadable part, a photo
    embedded in the post) fails the file."""
    failures = [f for f in found if f.rule.startswith("E-") and f.severity == Severity.ERROR
                and (f.line == 0 or f.rule in ("E-NIET-GECONTROLEERD", "E-AFBEELDING", "E-GEZICHTMODEL"))]
    result = FileResult(path=shown, findings=found, photos=set(photos))
    if failures:
        result.error = failures[0].message
    return result


# --- one file that never stops a run -------------------------------------------------------
# A message never quotes the document: an exception's text can hold a piece of the post ("expected
# name token at '<![ Sanne de Vries 1'"), and messages reach reports and CI logs. It names the kind
# of error only.


def unexpected(shown: str, exc: BaseException) -> FileResult:
    """The result for a file whose screening raised something the screener did not expect."""
    return failed_file(shown, f"{shown}: kon niet gescreend worden door een onverwachte fout in de screener "
                              f"({type(exc).__name__}); het bestand is niet gecontroleerd. Meld dit aan de "
                              "beheerder van de screener, zonder het bestand zelf te delen")


def screen_one(path: Path, shown: str, config: Config, overrides: Overrides, doc=None,
               content: bytes | None = None) -> FileResult:
    """Screen one post, photo or video (`doc`: the post, if read already; `content`: the file's bytes,
    e.g. from standard input, standing for `path`); never raises."""
    try:
        if content is not None:
            return screen_content(content, path, shown, config, overrides)
        if not path.exists() and not path.is_symlink():
            return failed_file(shown, f"{shown}: bestand bestaat niet")
        return screen_file(path, config, overrides, shown, doc=doc)
    except ImportError as exc:
        return failed_file(shown, f"{shown}: kan niet gescreend worden, een onderdeel van de screener "
                                  f"ontbreekt ({exc.name})")
    except MemoryError:
        return failed_file(shown, f"{shown}: te groot om te screenen")
    except RecursionError:
        return failed_file(shown, f"{shown}: te diep genest om te screenen; het bestand is niet gecontroleerd")
    except PermissionError:  # a folder on its way without search permission: even its existence is hidden
        return failed_file(shown, f"{shown}: geen toestemming om het bestand te lezen (een map op de weg ernaartoe "
                                  "is niet toegankelijk); het bestand is niet gecontroleerd")
    except Exception as exc:  # one bad file never stops a run over thousands
        return unexpected(shown, exc)


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


# posts that are text, read from memory when they are not on disk (standard input, the git index)
STDIN = Path("-")


def screen_content(data: bytes, path: Path, shown: str, config: Config, overrides: Overrides = Overrides()) -> FileResult:
    """Screen `data` as if it were the file `path`: its suffix picks the reader, its folder is where the
    photos a post shows are found. A post is read in memory; other kinds of file (photos, videos) are
    screened from a private temporary copy with the same suffix, which is removed afterwards."""
    import tempfile

    from screener import documents
    from screener.documents.reading import MAX_TEXT_BYTES

    if is_document(path):
        limit = documents.PACKED_SUFFIXES.get(path.suffix.lower(), MAX_TEXT_BYTES)
        if len(data) > limit:
            return failed_file(shown, f"{shown}: is te groot om te screenen ({len(data) // 1024 // 1024} MB)")
        try:
            doc = documents.from_bytes(str(path), data, shown)
        except documents.NoReader as exc:
            return _result(shown, _no_reader(exc, shown, config))
        except DocumentError as exc:
            return failed_file(shown, str(exc))
        return screen_file(path, config, overrides, shown, doc=doc)
    with tempfile.TemporaryDirectory(prefix="screener-") as tmp:  # mode 0700
        copy = Path(tmp) / f"bestand{path.suffix}"
        copy.write_bytes(data)
        return screen_file(copy, config, overrides, shown)


@dataclass(frozen=True)
class Stdin:
    """A post read from standard input (`screener check -`): its bytes, and the file it stands for
    (`--stdin-filename`): its suffix picks the reader, its folder the configuration and the photos."""

    data: bytes
    name: Path | None = None

    @property
    def path(self) -> Path:
        return self.name or Path("stdin.md")  # unnamed: Markdown, in the current folder

    @property
    def shown(self) -> str:
        return str(self.name) if self.name else "-"


def screen_paths(paths: list[Path], config: Config | Callable[[Path], Config], overrides: Overrides = Overrides(),
                 stdin: Stdin | None = None) -> RunResult:
    """`screener check`: the files as named on the command line, each with `config`, or with
    `config(path)` (the configuration nearest above it). "-" is standard input (`stdin`). Raises
    ConfigError before screening anything when a file's configuration is wrong."""
    if STDIN in paths and stdin is None:
        raise ValueError("'-' without the standard input's content")
    real = {path: stdin.path if path == STDIN else path for path in paths}
    configs = {path: config(real[path]) if callable(config) else config for path in paths}

    def screen(path: Path, shown: str) -> FileResult:
        if path == STDIN:
            result = screen_one(stdin.path, shown, configs[path], overrides, content=stdin.data)
        else:
            result = screen_one(path, shown, configs[path], overrides)
        result.config = configs[path]
        return result

    return screen_posts_first([(path, stdin.shown if path == STDIN else str(path)) for path in paths], screen)
