"""One photo in, findings out: bad file, hidden metadata, faces cross-checked against the consent list.

Findings about a photo carry the photo's own path (as shown to the user) with line 0: the place
inside the photo is the face box (`Finding.box`, displayed pixels) and is spelled out in the message.
When the photo is referenced from a post, the message says where (`post.md:12:3`), and
`extra["referenced_at"]` holds that location.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from screener import consent
from screener.config import Config, ConfigError, channel_label
from screener.consent.registry import ConsentList, Person
from screener.findings import Finding, mask
from screener.images import metadata
from screener.images.declared import sidecar_people
from screener.emit import emit
from screener.images.faces import Face, detect_faces, work_side
from screener.images.opening import ImageProblem, NoReader, Photo, open_photo, readable
from screener.images.positions import describe_face
from screener.post import PostContext

_META_RULES = {"gps": "A2-FOTO-GPS", "place": "A2-FOTO-PLAATS", "owner": "A2-FOTO-EIGENAAR",
               "text": "A2-FOTO-BESCHRIJVING", "thumbnail": "A2-FOTO-MINIATUUR"}
_META_WHAT = {"gps": "een GPS-positie (waar de foto is gemaakt)", "place": "de plaats of locatie",
              "owner": "de maker, eigenaar of het serienummer", "text": "een beschrijving of trefwoorden",
              "thumbnail": "een verborgen miniatuur van de foto"}


class _Photo:
    """Collects the findings for one photo, all at the same place."""

    def __init__(self, shown: str, config: Config, referenced_at: str | None) -> None:
        self.shown = shown
        self.config = config
        self.referenced_at = referenced_at
        self.findings: list[Finding] = []
        self.faces: list[Face] = []  # every face found, in reading order: "gezicht 2 van 3" is box 2
        self.size = (0, 0)

    def describe(self, face: Face) -> str:
        return describe_face(self.faces.index(face), len(self.faces), face.box, self.size)

    def add(self, rule_id: str, message: str, *, face: Face | None = None, value: str = "",
            excerpt: str = "", extra: dict | None = None) -> None:
        data = dict(extra or {})
        identity = f"{self.shown}\x00{value or message}"  # for the fingerprint: not where a post shows it
        if self.referenced_at:
            message += f" (foto getoond in {self.referenced_at})"
            data["referenced_at"] = self.referenced_at
        box = face.box if face else None
        if face is not None and face in self.faces:
            data.update(face=self.faces.index(face) + 1, faces=len(self.faces))
        finding = emit(self.config, rule_id, self.shown, message, box=box, excerpt=excerpt, value=identity, extra=data)
        if finding:
            self.findings.append(finding)


def screen_image(path: Path | bytes, shown: str, *, config: Config, post: PostContext,
                 declared: list[str] | None = None, referenced_at: str | None = None) -> list[Finding]:
    out = _Photo(shown, config, referenced_at)
    images = config["images"]
    try:
        photo = open_photo(path, max_megapixels=images["max_megapixels"],
                           min_side=lambda size: work_side(size, images["min_face_percent"]))
    except NoReader as exc:
        out.add("E-NIET-GECONTROLEERD", f"foto is niet gecontroleerd: {exc}")
        return out.findings
    except ImageProblem as exc:
        out.add("E-AFBEELDING", f"foto kon niet worden gecontroleerd: {exc}")
        return out.findings
    _check_metadata(photo.path, out)
    if images["faces"]:
        faces = _faces(photo, config, out)
        if faces is not None:
            if declared is None:
                declared = sidecar_people(path) if isinstance(path, Path) else []
            _check_consent(photo, faces, declared, config, post, out)
    return out.findings


def metadata_findings(source: Path | bytes, shown: str, *, config: Config,
                      referenced_at: str | None = None) -> list[Finding]:
    """Only the hidden-metadata findings of a file (an animation's own, screened once for all its frames)."""
    out = _Photo(shown, config, referenced_at)
    _check_metadata(source, out)
    return out.findings


def _check_metadata(source: Path | bytes, out: _Photo) -> None:
    from PIL import Image

    try:
        with Image.open(readable(source)) as img:
            items = metadata.read_metadata(img)
            texts = metadata.hidden_texts(img)
    except Exception:  # noqa: BLE001 - the pixels were readable; odd metadata must not stop the run
        return
    for kind in ("gps", "place", "owner", "text", "thumbnail"):
        found = [item for item in items if item.kind == kind]
        if not found:
            continue
        fields = ", ".join(item.field for item in found)
        out.add(_META_RULES[kind], f"de foto bevat verborgen gegevens: {_META_WHAT[kind]} ({fields}); "
                                   "maak een schone kopie met `screener clean`",
                excerpt="; ".join(item.excerpt for item in found if item.excerpt)[:120], value=kind + fields,
                extra={"fields": [item.field for item in found]})
    _screen_hidden_texts(texts, out)


def _inside_a_code(text: str, start: int, end: int) -> bool:
    """Part of a longer code such as an agency's photo id ('Was1849788') or a file name ('DSC_0042')."""
    def joined(ch: str) -> bool:
        return ch.isalnum() or ch == "_"

    return (start > 0 and joined(text[start - 1])) or (end < len(text) and joined(text[end]))


def _screen_hidden_texts(texts: list[tuple[str, str]], out: _Photo) -> None:
    """A caption or keyword field is text like a post's: a pupil's name or BSN there is found the same way."""
    if not texts:
        return  # a photo without captions never loads the language model
    from screener import catalog
    from screener.text import analyzer

    for field, text in texts:
        for hit in analyzer.analyze(text, out.config):
            if _inside_a_code(text, hit.start, hit.end):
                continue
            rule = catalog.RULES[hit.rule]
            excerpt = mask(text[hit.start:hit.end])
            out.add(rule.id, f"in het verborgen veld {field} van de foto: {rule.title} gevonden: '{excerpt}'. "
                             "Maak een schone kopie met `screener clean`", excerpt=excerpt,
                    value=f"{field}\x00{text[hit.start:hit.end]}", extra={"field": field})


def _faces(photo: Photo, config: Config, out: _Photo) -> list[Face] | None:
    from screener.images.model_files import ModelMissing, locate

    try:
        model = locate(config=config)
    except ModelMissing as exc:
        out.add("E-GEZICHTMODEL", f"gezichten konden niet worden gecontroleerd: {exc}")
        return None
    out.faces = detect_faces(photo.image, photo.size, model=model,
                             min_face_percent=config["images"]["min_face_percent"],
                             score_threshold=config["images"]["score_threshold"])
    out.size = photo.size
    return out.faces


def _doubtful_faces(faces: list[Face], out: _Photo) -> list[Face]:
    """Faces that are probably an animal's warn; the others (human or undecided: those block) are returned."""
    for i, face in enumerate(faces):
        if not face.human:
            out.add("A5-MOGELIJK-GEEN-MENS",
                    f"{out.describe(face)}: dit lijkt geen menselijk gezicht (een dier?): klein bekeken is het "
                    "geen gezicht meer; staat hier toch een persoon, noem die dan in het bericht",
                    face=face, value=f"face{i}")
    return [face for face in faces if face.human]


def _check_consent(photo: Photo, faces: list[Face], declared: list[str] | None, config: Config,
                   post: PostContext, out: _Photo) -> None:
    faces = _doubtful_faces(faces, out)  # a person named in the post still counts without a face
    try:
        people = consent.consent_list(config)
        mode = consent.mode(config)
    except ConfigError as exc:
        out.add("E-TOESTEMMINGSLIJST", str(exc))
        people, mode = None, "declared"
    if people is None:
        for i, face in enumerate(faces):
            out.add("A5-GEZICHT-ZONDER-TOESTEMMING",
                    f"{out.describe(faces[i])}: toestemming kan niet worden nagegaan, want er is geen "
                    "toestemmingslijst ingesteld (instelling consent.list)", face=face, value=f"face{i}")
        return
    if mode == "matching":
        _check_by_matching(photo, faces, people, config, post, out)
    else:
        _check_declared(photo, faces, declared or [], people, post, out)


def _check_declared(photo: Photo, faces: list[Face], names: list[str], people: ConsentList, post: PostContext,
                    out: _Photo) -> None:
    single = faces[0] if len(faces) == 1 else None
    problems = 0
    named: list[Person] = []
    for name in names:
        matches = people.find(name)
        shown_name = name if people.by_id(name) else mask(name)
        if not matches:
            problems += 1
            out.add("A5-ONBEKENDE-PERSOON", f"'{shown_name}' is benoemd op deze foto maar staat niet op de "
                                            "toestemmingslijst, dus toestemming is niet aantoonbaar",
                    face=single, value=name, excerpt=mask(name))
            continue
        named.extend(matches)
        for person in matches:
            why = person.refusal(post.channel)
            if why:
                problems += 1
                where = f"{out.describe(faces[0])}: " if single else ""
                out.add("A5-GEZICHT-ZONDER-TOESTEMMING",
                        f"{where}{person.label} ({person.role or 'rol onbekend'}) staat op de foto: {why}",
                        face=single, value=person.id, extra={"person": person.id})
    if len(faces) > len(names):
        for i, face in enumerate(faces):
            out.add("A5-NIET-BENOEMD",
                    f"{out.describe(faces[i])}: niet alle personen op de foto zijn benoemd "
                    f"({len(faces)} {'gezicht' if len(faces) == 1 else 'gezichten'}, {len(names)} benoemd)",
                    face=face, value=f"face{i}")
        return
    if problems and single:
        return  # the finding about the person already carries the face box
    for i, face in enumerate(faces):
        if problems:
            message = f"{out.describe(faces[i])}: op deze foto staat iemand zonder toestemming (zie hierboven)"
        else:
            ids = ", ".join(sorted({p.label for p in named}))
            message = f"{out.describe(faces[i])}: benoemd ({ids}), toestemming voor {channel_label(post.channel)} aanwezig"
        # the report colours the box: which face lacks consent is not known when several are named
        out.add("A5-GEZICHT", message, face=face, value=f"face{i}",
                extra={"consent": "onbekend" if problems else "toestemming"})


def _check_by_matching(photo: Photo, faces: list[Face], people: ConsentList, config: Config, post: PostContext,
                       out: _Photo) -> None:
    from screener.consent.cache import CacheError
    from screener.consent.embeddings import EmbeddingUnavailable
    from screener.consent.matching import identify, references

    try:
        refs = references(config, people)
        vectors = _embeddings(photo, faces, config)
    except (CacheError, EmbeddingUnavailable) as exc:
        out.add("E-TOESTEMMINGSLIJST", f"gezichtsvergelijking kon niet worden uitgevoerd: {exc}")
        for i, face in enumerate(faces):
            out.add("A5-GEZICHT-ZONDER-TOESTEMMING",
                    f"{out.describe(faces[i])}: toestemming kan niet worden nagegaan", face=face, value=f"face{i}")
        return
    threshold = config["consent"]["match_threshold"]
    for i, (face, vector) in enumerate(zip(faces, vectors)):
        person_id, distance = identify(vector, refs, threshold)
        person = people.by_id(person_id) if person_id else None
        where = out.describe(faces[i])
        if person is None:
            out.add("A5-GEZICHT-ONBEKEND", f"{where}: dit gezicht komt met niemand op de toestemmingslijst "
                                           "overeen, dus toestemming is niet aantoonbaar", face=face, value=f"face{i}")
            continue
        why = person.refusal(post.channel)
        if why:
            out.add("A5-GEZICHT-ZONDER-TOESTEMMING", f"{where}: lijkt op {person.label} "
                                                     f"({person.role or 'rol onbekend'}): {why}",
                    face=face, value=person.id, extra={"person": person.id, "distance": round(distance, 3)})
        else:
            out.add("A5-GEZICHT", f"{where}: lijkt op {person.label}, toestemming voor {channel_label(post.channel)} aanwezig",
                    face=face, value=person.id, extra={"person": person.id, "distance": round(distance, 3)})


def _embeddings(photo: Photo, faces: list[Face], config: Config) -> list[np.ndarray]:
    """One embedding per face; small faces are cut from the photo decoded at full resolution."""
    from screener.consent.embeddings import EMBEDDING_FACE_PX, embed
    from screener.findings import Box

    full: np.ndarray | None = None
    reduced = np.asarray(photo.image)
    vectors = []
    for face in faces:
        scale = photo.scale
        if face.box.width / scale >= EMBEDDING_FACE_PX or scale <= 1.01:
            b = face.box
            box = Box(int(b.x / scale), int(b.y / scale), max(1, int(b.width / scale)), max(1, int(b.height / scale)))
            vectors.append(embed(reduced, box))
            continue
        if full is None:
            full = np.asarray(open_photo(photo.path, max_megapixels=config["images"]["max_megapixels"]).image)
        vectors.append(embed(full, face.box))
    return vectors
