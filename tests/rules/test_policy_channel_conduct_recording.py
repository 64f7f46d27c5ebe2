"""C1 (practical announcements go through Parro or mail), A8 (decency) and A1/A7 (recordings)."""

from __future__ import annotations

import datetime as dt

import pytest
from policy_helpers import front, make_config, only, rules, screen

from screener.config import ConfigError
from screener.rules import recorded_in_school_hours


def test_teacher_announcing_gym_on_facebook_is_sent_to_parro(tmp_path):
    text = front("persoonlijk", "medewerker") + "Ouders van groep 4: morgen geen gym, de gymspullen mogen thuisblijven.\n"
    c1 = only(screen(tmp_path, text), "C1-KANAAL")
    assert c1.line == 5 and c1.col == text.splitlines()[4].index("gym") + 1
    assert "Parro" in c1.message and c1.protocol == ("C1",)


@pytest.mark.parametrize("sentence", [
    "Vergeet niet: donderdag gymschoenen en een handdoek mee!",
    "Huiswerk groep 7: maak blz. 34 af voor vrijdag.",
    "Over twee weken gaan we op schoolkamp, neem een slaapzak mee.",
    "Let op! Woensdag zijn alle kinderen vrij vanwege een studiemiddag.",
    "Groep 7 gaat donderdag om 12.00 uur naar huis. Er is geen les in de middag.",
])
def test_announcements_written_in_many_ways_get_c1(tmp_path, sentence):
    assert "C1-KANAAL" in rules(screen(tmp_path, front("schoolaccount", "medewerker") + sentence + "\n"))


@pytest.mark.parametrize("sentence", [
    "Gisteren zijn we met groep 5 op schoolreis geweest naar Artis.",
    "Op dinsdag gingen we met groep 6 op schoolreis naar de Efteling.",
    "Huiswerk in groep 6: ja of nee? Ik ben benieuwd hoe jullie erover denken.",
    "Het schoolkamp is voor veel kinderen de mooiste herinnering aan de basisschool.",
])
def test_reports_and_discussions_are_no_announcement(tmp_path, sentence):
    text = front("website", "medewerker") + sentence + "\n"
    assert "C1-KANAAL" not in rules(screen(tmp_path, text))


@pytest.mark.parametrize("channel,role", [("schoolapp", "medewerker"), ("schoolapp", "schoolaccount"),
                                          ("nieuwsbrief", "medewerker"), ("persoonlijk", "ouder")])
def test_school_trip_announcement_is_fine_through_the_right_channel_or_from_a_parent(tmp_path, channel, role):
    text = front(channel, role) + "Op donderdag 12 juni gaat groep 5 op schoolreis. Neem een lunchpakket mee.\n"
    assert "C1-KANAAL" not in rules(screen(tmp_path, text))


def test_insult_is_named_in_the_warning(tmp_path):
    text = front("persoonlijk", "ouder") + "Heb weer geen antwoord gekregen.\nDie juf is echt een sukkel.\n"
    a8 = only(screen(tmp_path, text), "A8-FATSOEN")
    assert (a8.line, a8.col) == (6, text.splitlines()[5].index("sukkel") + 1)
    assert "'sukkel'" in a8.message and a8.excerpt == "sukkel"


@pytest.mark.parametrize("sentence", [
    "Als die meester dat nog eens doet, dan maak ik hem af.",
    "jij bent echt zo dik en lelijk",
    "de nieuwe stagiaire is echt een lekker ding",
    "kijk deze meme die ik van meester Rob heb gemaakt",
    "Als jullie dat nog eens doen krijgen jullie klappen.",
])
def test_threats_bullying_sexual_remarks_and_memes_get_a8(tmp_path, sentence):
    assert rules(screen(tmp_path, front("persoonlijk", "leerling") + sentence + "\n")) == {"A8-FATSOEN"}


def test_names_in_a_threat_are_masked(tmp_path):
    a8 = only(screen(tmp_path, front("persoonlijk", "ouder") + "Morgen maak ik die Jansen af.\n"), "A8-FATSOEN")
    assert "Jansen" not in a8.message and "Jansen" not in a8.excerpt
    assert "J*****" in a8.excerpt


@pytest.mark.parametrize("sentence", [
    "Onze school loopt mee in de strijd tegen kanker bij kinderen.",
    "In de Week tegen het Pesten praatten we over schelden en uitlachen.",
    "De musical was te gek, een dikke pluim voor de juffen!",
])
def test_talking_about_illness_bullying_or_praise_is_no_offence(tmp_path, sentence):
    assert "A8-FATSOEN" not in rules(screen(tmp_path, front("persoonlijk", "ouder") + sentence + "\n"))


def test_organisation_extends_and_trims_the_conduct_lexicon(tmp_path):
    text = front("persoonlijk", "ouder") + "Wat een zeurpiet is die meester, echt een sukkel.\n"
    cfg = make_config(policy={"conduct_words": ["zeurpiet"], "conduct_allow": ["sukkel"]})
    found = screen(tmp_path, text, cfg=cfg)
    assert [f.excerpt for f in found if f.rule == "A8-FATSOEN"] == ["zeurpiet"]


def test_pupil_filming_during_a_lesson_gets_a1(tmp_path):
    text = front("persoonlijk", "leerling") + "heb stiekem gefilmd tijdens de rekenles lol\n"
    a1 = only(screen(tmp_path, text), "A1-OPNAME")
    assert a1.excerpt == "gefilmd" and "toestemming" in a1.message


def test_parent_sharing_a_video_of_the_musical_gets_a7(tmp_path):
    text = front("persoonlijk", "ouder") + "Hier het filmpje van de eindmusical van groep 8!\n"
    assert rules(screen(tmp_path, text)) == {"A7-OPNAME"}


def test_recorded_consent_in_front_matter_or_text_clears_a7(tmp_path):
    consent_meta = "---\nchannel: persoonlijk\nauthor_role: ouder\ntoestemming: ouders akkoord\n---\n" \
                   "Hier het filmpje van de eindmusical van groep 8!\n"
    consent_text = front("persoonlijk", "ouder") + "Met toestemming van alle ouders de foto's van de musical.\n"
    refused = front("persoonlijk", "ouder") + "Zonder toestemming, maar hier de foto's van de musical.\n"
    assert rules(screen(tmp_path, consent_meta, "a.md")) == set()
    assert rules(screen(tmp_path, consent_text, "b.md")) == set()
    assert rules(screen(tmp_path, refused, "c.md")) == {"A7-OPNAME"}


def test_watching_a_video_in_class_is_no_recording(tmp_path):
    text = front("persoonlijk", "leerling") + "we keken een video over vulkanen in de klas\n"
    assert rules(screen(tmp_path, text)) == set()


def test_photo_time_is_compared_with_configured_school_hours():
    cfg = make_config(policy={"school_hours": ["ma-vr 08:30-15:15", "wo 08:30-12:30"]})
    assert recorded_in_school_hours(dt.datetime(2025, 3, 10, 10, 0), cfg)  # Monday morning
    assert not recorded_in_school_hours(dt.datetime(2025, 3, 12, 14, 0), cfg)  # Wednesday afternoon
    assert not recorded_in_school_hours(dt.datetime(2025, 3, 15, 10, 0), cfg)  # Saturday
    assert recorded_in_school_hours(dt.datetime(2025, 3, 12, 14, 0))  # default hours: whole weekday


def test_unreadable_school_hours_are_a_dutch_configuration_error():
    with pytest.raises(ConfigError, match="policy.school_hours"):  # when the configuration is read
        make_config(policy={"school_hours": ["maandag 8 tot 3"]})
