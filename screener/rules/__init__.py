"""Protocol rules beyond personal data: affiliation (C2, D3), disclaimer (D4), channel (C1),
conduct (A8), recordings (A1, A7), and inline suppressions.

The pipeline calls `check_policy`, then `parse_suppressions` + `apply_suppressions` on all findings.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from screener.config import Config
from screener.documents import Document
from screener.findings import Finding
from screener.post import PostContext
from screener.rules import affiliation, channel, conduct, disclaimer, organisation, platform, recording
from screener.rules.analysis import Analysis, Segment
from screener.rules.discussion import Voice
from screener.rules.emit import finding, mask_names
from screener.rules.recording import recorded_in_school_hours
from screener.rules.settings import PolicySettings, from_config
from screener.rules.suppressions import Suppression, apply_suppressions, parse_suppressions

__all__ = ["check_policy", "parse_suppressions", "apply_suppressions", "Suppression", "recorded_in_school_hours"]

FIRST_WORDS = 6  # of a reply's opening line: where a C2 finding about the whole post stands
DISCUSSION_EXCERPT = "reactie in een discussie"
# The C rules bind staff in work situations: a medewerker, and the school's own account (its staff).
STAFF_ROLES = {"medewerker", "schoolaccount"}
CHAT_MEMBERS = "deelnemers"  # the writers of an exported group chat whose role nobody stated
SOMEONE = "iemand"  # the writer of someone's own social account, whose role nobody stated: not said to be staff
CHANNEL_NAMES = {"website": "de website", "schoolaccount": "een schoolaccount op sociale media",
                 "persoonlijk": "je eigen account", "nieuwsbrief": "de nieuwsbrief", "schoolapp": "de schoolapp"}


def check_policy(doc: Document, post: PostContext, config: Config) -> list[Finding]:
    """All protocol findings of the post's text: C2/D3/D4, C1, A8 and A1/A7 (text)."""
    settings = from_config(config)
    post = _shaped(post, doc, settings)
    analysis = Analysis(doc)
    voice = Voice(analysis)
    role = _role(post, voice, settings)
    found: list[Finding | None] = []
    mentions: list[organisation.Mention] = []
    if role == "medewerker":
        # a disclaimer says the post touches the writer's work: a school's short name in it is theirs
        mentions = organisation.find_mentions(analysis, settings, school_channel=post.channel in settings.work_channels,
                                              work_said=lambda: disclaimer.has_disclaimer(analysis, settings))
        found += _affiliation_and_disclaimer(analysis, voice, mentions, post, config, settings)
    if role in STAFF_ROLES and post.channel in settings.announcement_channels and not analysis.is_email:
        for_school = post.personal_account and bool(_speaks_for_school(voice, mentions, post, settings))
        found += _announcements(analysis, post, config, settings, quoted=voice.is_quoted, for_school=for_school)
    found += _conduct(analysis, config, settings, voice)
    if post.author_role in recording.RECORDING_ROLES:
        found += _recordings(analysis, post, config)
    return [f for f in found if f is not None]


def _shaped(post: PostContext, doc: Document, settings: PolicySettings) -> PostContext:
    """The post's channel and writer as its shape shows them (rules/platform.py) where nobody stated them: a
    class app's timeline is the school app, a TikTok export of the school's handle its account, one of
    someone else's handle their own account (its writer not said to be staff), an owner's answers the school's."""
    if post.channel_stated and post.role_stated:
        return post
    shape = platform.read(doc.text, settings.organisation, settings.schools)
    changes = {}
    if shape.channel and not post.channel_stated:
        changes["channel"] = shape.channel
    if shape.writer and not post.role_stated:
        changes.update(author_role="schoolaccount" if shape.writer == platform.SCHOOL else SOMEONE, role_stated=True)
    return dataclasses.replace(post, **changes) if changes else post


def _role(post: PostContext, voice: Voice, settings: PolicySettings) -> str:
    """The writer's role. Nobody said who writes on a school channel, so the school speaks
    (post.default_role), unless the post is a reply in the first person: then a staff member does,
    or an exported group chat: its members write, none of them said to be staff (the C rules bind
    staff; A8 binds everyone)."""
    if not post.role_stated and voice.analysis.is_chat:
        return CHAT_MEMBERS
    if not post.role_stated and post.author_role == "schoolaccount" and post.channel in settings.work_channels \
            and voice.is_reply and voice.first_person:
        return "medewerker"
    return post.author_role


def _speaks_for_school(voice: Voice, mentions: list[organisation.Mention], post: PostContext,
                       settings: PolicySettings) -> Segment | None:
    """'wij als school', 'namens alle collega's van De Vlinderhof': the writer speaks for the school. So does
    a staff member who replies in a public discussion on their own account in their function, as one of
    the school's staff about school life ('Reactie onder het artikel ...:' / 'Als directeur wil ik een
    misverstand rechtzetten ... We praten eerst met ouders en de MR'): the school need not be named."""
    found = voice.school_voice or voice.named_voice(mentions)
    if found or not (post.personal_account and voice.is_reply and voice.first_plural):
        return found
    title = affiliation.own_title(voice.analysis, mentions, settings, quoted=voice.is_quoted)
    # about school life, but for the title itself: "Ik ben zelf juf, maar we hebben een geweldige oppas" is not
    if title and organisation.about_school_life(voice.analysis, settings, outside=(title.start, title.end)):
        return title
    return None


def _example_workplace(settings: PolicySettings) -> str:
    if settings.schools:
        return f"{settings.schools[0]} ({settings.organisation})"
    return settings.organisation


def _affiliation_and_disclaimer(analysis: Analysis, voice: Voice, mentions: list[organisation.Mention],
                                post: PostContext, config: Config, settings: PolicySettings) -> list[Finding | None]:
    work = post.channel in settings.work_channels
    if work:  # on the school's own channels its hashtag files the post ("#groep3 #DeWingerd"): no subject
        mentions = [m for m in mentions if not organisation.tags_the_post(analysis, m)]
        # nor does a page's title ("# Notulen MR CBS Het Baken", "<title>Schoolbieb | KBS De Wingerd"): the
        # school's own page, in which nobody speaks as "ik", is the school speaking
        if not voice.first_person:
            mentions = [m for m in mentions if not organisation.titles_the_page(analysis, m)]
    speaks_for_school = _speaks_for_school(voice, mentions, post, settings)
    if speaks_for_school and not any(m.start <= speaks_for_school.start < m.end for m in mentions):
        mentions = sorted([*mentions, organisation.Mention(speaks_for_school.start, speaks_for_school.end, False)],
                          key=lambda m: m.start)
    # at work, taking part in a discussion is enough, also without the school's name: "Reactie op: ..."
    taking_part = voice.takes_part if work else None
    if work and not taking_part and not speaks_for_school and voice.team_signs(mentions):
        return []  # "Team De Klimboom" signs the school's own newsletter: the school speaks, as without a writer
    if not mentions and not taking_part:
        return []
    first: Segment | organisation.Mention = mentions[0] if mentions else _first_words(analysis, taking_part)
    # the words a finding quotes: a mention of the school, or (a reply's opening line may name someone) a label
    about = analysis.text[first.start:first.end] if mentions else DISCUSSION_EXCERPT
    org = settings.organisation
    said = affiliation.statement(analysis, mentions, settings, quoted=voice.is_quoted)
    where = _example_workplace(settings)
    results = []

    def add(rule_id: str, message: str) -> None:
        results.append(finding(analysis.doc, config, rule_id, first.start, first.end, message, excerpt=about))

    # speaking for the school ("wij als school") is a work situation: C2 below says what is missing, and a
    # "this is my own opinion" line would contradict it
    if post.personal_account and not speaks_for_school:
        if not said.affiliation:
            add("D3-MEDEWERKER",
                f"Je schrijft op je eigen account over de school ('{about}'), maar vermeldt niet dat je "
                f"medewerker van {org} bent. Voeg dat toe, bijvoorbeeld: 'Ik werk als leerkracht bij {where}.'")
        if not disclaimer.has_disclaimer(analysis, settings):
            add("D4-DISCLAIMER",
                f"Je schrijft op je eigen account over {org} ('{about}'), maar vermeldt niet dat dit je "
                f"persoonlijke mening is. Voeg toe: '{settings.disclaimer_text}' "
                f"(`screener fix {analysis.doc.display_path}` voegt deze zin toe).")
    if (work or speaks_for_school) and not (said.affiliation and said.function):
        missing = ("dat je bij " + org + " werkt en wat je functie is" if not (said.affiliation or said.function)
                   else "wat je functie is" if said.affiliation else f"dat je bij {org} werkt")
        if speaks_for_school and not work:
            situation = f"Je spreekt op {CHANNEL_NAMES[post.channel]} namens de school ('{about}')"
        elif mentions:
            situation = f"Je schrijft als medewerker op {CHANNEL_NAMES[post.channel]} over de school ('{about}')"
        else:
            situation = f"Je neemt als medewerker op {CHANNEL_NAMES[post.channel]} deel aan een gesprek"
        add("C2-FUNCTIE",
            f"{situation}, maar vermeldt niet {missing}. Zet bijvoorbeeld onder het bericht: 'juf Anouk, "
            f"leerkracht groep 4 bij {where}'.")
    return results


def _first_words(analysis: Analysis, where: Segment) -> Segment:
    """The opening words of the sentence at `where`, as the place of a finding about the whole post."""
    sentence = analysis.sentence_at(where.start)
    tokens = analysis.tokens(Segment(max(sentence.start, where.start), sentence.end))[:FIRST_WORDS]
    return Segment(where.start, tokens[-1].end) if tokens else where


def _announcements(analysis: Analysis, post: PostContext, config: Config, settings: PolicySettings,
                   quoted: Callable[[int, int], bool], for_school: bool) -> list[Finding | None]:
    # on her own account a staff member who speaks for the school (`for_school`: "Namens alle collega's van De
    # Vlinderhof: ... Maandag gaan de lessen door in het gebouw van Het Baken") sends the school's message
    personal = post.personal_account and not for_school
    return [
        finding(analysis.doc, config, "C1-KANAAL", a.start, a.end,
                f"Praktische mededeling over '{a.topic}' op {CHANNEL_NAMES[post.channel]}: zulke berichten "
                "(lesuitval, huiswerk, gymspullen, schoolreis, schoolkamp) gaan via Parro of e-mail. "
                "Stuur dit via Parro of per mail aan de ouders en haal het uit dit bericht.",
                excerpt=a.topic)
        for a in channel.announcements(analysis, settings.announcement_topics, quoted=quoted,
                                       website=post.channel == "website", personal=personal)
    ]


def _conduct(analysis: Analysis, config: Config, settings: PolicySettings, voice: Voice) -> list[Finding | None]:
    if config.rule_severity("A8-FATSOEN") is None:  # switched off: neither the rules nor the model run
        return []
    results = []
    # the post a reply answers, quoted on its opening line, is someone else's conduct, not the writer's
    replied_to = [(s.start, s.end) for s in voice.replied_to]
    for offence in conduct.offences(analysis, settings.conduct_words, settings.conduct_allow, replied_to):
        words = mask_names(offence.words)
        results.append(finding(
            analysis.doc, config, "A8-FATSOEN", offence.start, offence.end,
            getattr(offence, "message", None) or f"'{words}' is {offence.label} en past niet bij de fatsoensnormen "
            "van het protocol. Haal het weg of schrijf de zin opnieuw zonder iemand te kwetsen.",
            excerpt=words, value=offence.words))
    return results


def _recordings(analysis: Analysis, post: PostContext, config: Config) -> list[Finding | None]:
    if recording.consent_recorded(analysis):
        return []
    results = []
    for rec in recording.recordings(analysis):
        lesson = rec.during_lesson and post.author_role in recording.LESSON_ROLES
        rule_id = "A1-OPNAME" if lesson else "A7-OPNAME"
        when = "tijdens de les" if rec.during_lesson else "tijdens een schoolactiviteit"
        results.append(finding(
            analysis.doc, config, rule_id, rec.start, rec.end,
            f"Volgens de tekst is deze opname ('{rec.words}') {when} gemaakt, maar er is geen toestemming "
            "vastgelegd. Deel haar alleen met toestemming van de school en de ouders, en zet dat in de front "
            "matter ('toestemming: ...'), of laat de opname weg.",
            excerpt=rec.words))
    return results
