"""The classes of error a blind set of protocol cases showed after the first rules round of session 11 (counts
only, no text), one class at a time, as a user meets it through `screener check`; each class in several phrasings
and languages of our own, with a quiet look-alike.

- C1 missed on a notice not written in Dutch, on a class sent home because its teacher is ill, on a reply that
  lists what to pack without a "bring" verb, and on a changed start time passed on for the school on a staff
  member's own account; C1 raised on a staff member's farewell on her own account.
- C2 missed on a staff member's answer to a review (Google, Facebook, Scholen op de kaart), signed with a first name.
- D3 missed on a disclaimer that names "mijn werk" without the employer; D3 raised on affiliation and function
  stated in English.
- D4 raised on a head who writes "als mens, niet als directeur" (a disclaimer in other words), and A8 on the
  hostile words such a conciliatory post cites in quotation marks to condemn them.
- A8 missed on a mocking nickname for a teacher's body ("juf Olifant"), and on a staff member ridiculing a
  colleague without a swear word.
"""

from __future__ import annotations

import pytest
from policy_helpers import reported_on_line, rules_in_output

SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "schoolaccount")
HEAD_ON_SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "medewerker", "--author-function", "directeur")
HEAD_ON_WEBSITE = ("--channel", "website", "--author-role", "medewerker", "--author-function", "directeur")
STAFF_ON_OWN_ACCOUNT = ("--channel", "persoonlijk", "--author-role", "medewerker",
                        "--author-function", "leerkracht groep 5")
PUPIL = ("--channel", "persoonlijk", "--author-role", "leerling")
C1 = "warning C1-KANAAL"
A8 = "warning A8-FATSOEN"
C2 = "warning C2-FUNCTIE"
D3 = "warning D3-MEDEWERKER"


@pytest.mark.parametrize("notice", [
    "Moarn is der gjin gymles foar groep 5. Nim de gymtas net mei.",
    "Sevgili veliler, yarın 5. sınıfın beden eğitimi dersi yok.",
    "Drodzy rodzice, jutro nie ma lekcji WF dla grupy 5.",
    "Liebe Eltern, der Schwimmunterricht von Gruppe 5 fällt morgen aus.",
    "Chers parents, demain il n'y a pas de cours pour le groupe 5.",
    "أولياء الأمور الكرام، غداً لا يوجد درس الرياضة للمجموعة 5.",
], ids=["Frisian", "Turkish", "Polish", "German", "French", "Arabic"])
def test_a_notice_in_another_language_on_the_school_account_gets_c1(check, notice):
    result = check("Groep 5\n" + notice + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, C1), result.output


@pytest.mark.parametrize("news", [
    "Sevgili veliler, dün okul gezisi çok güzeldi! Çocuklar çok eğlendi ve hayvanları gördü.",
    "Drodzy rodzice i dzieci, dziękujemy za piękny festyn! Było wspaniale.",
    "Bêste âlders, wy binne tige grutsk op ús skoalle. Tank foar jimme help by it feest!",
], ids=["Turkish news afterwards", "Polish thanks for an event", "Frisian thanks"])
def test_news_and_thanks_in_another_language_get_no_c1(check, news):
    result = check(news + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


@pytest.mark.parametrize("notice", [
    "Juf Petra is ziek en er is geen vervanging. Groep 4 blijft vandaag thuis.",
    "Helaas is meester Ruud ziek. Daarom moeten de kinderen van groep 7 morgen thuisblijven.",
    "Door ziekte van de leerkracht kunnen wij groep 8 morgen helaas niet opvangen.",
], ids=["stays at home", "must stay at home", "cannot be taken in"])
def test_a_class_sent_home_on_the_school_account_gets_c1(check, notice):
    result = check("Bericht voor ouders\n" + notice + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, C1), result.output
    assert len([row for row in result.output.splitlines() if C1 in row]) == 1, result.output


def test_a_teacher_back_after_illness_gets_no_c1(check):
    result = check("Fijn nieuws: juf Petra is weer beter en staat vandaag weer voor groep 4!\n", *SCHOOL_ACCOUNT,
                   name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


@pytest.mark.parametrize("answer", [
    "Voor het kamp: slaapzak, kussen, zaklamp, toilettas en laarzen.",
    "@Sandra voor de schoolreis: lunchpakket, drinken en een regenjas, meer niet!",
], ids=["label", "reply to a parent"])
def test_what_to_pack_without_a_verb_on_the_school_account_gets_c1(check, answer):
    result = check("Even dit.\n" + answer + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, C1), result.output


def test_photos_of_the_camp_with_things_named_get_no_c1(check):
    result = check("Foto's van het kamp: slaapzakken, zaklampen en heel veel plezier!\n", *SCHOOL_ACCOUNT,
                   name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


@pytest.mark.parametrize("notice", [
    "Info van school: donderdag starten we om 9.30 uur in plaats van 8.30 uur.",
    "De directie laat weten dat de lessen vrijdag om 10.00 uur beginnen in plaats van 8.30 uur.",
], ids=["info from school", "the head lets know"])
def test_a_changed_start_time_for_the_school_on_an_own_account_gets_c1(check, notice):
    result = check("Buurtgroep De Hoven\n" + notice + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, C1), result.output


def test_news_from_the_council_on_an_own_account_gets_no_c1(check):
    result = check("Ik ben gisteren met mijn kinderen naar de markt geweest. Info van de gemeente: de markt is morgen "
                   "dicht.\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


@pytest.mark.parametrize("farewell", [
    "Afscheid! Na 12 jaar stop ik als gymmeester van De Regenboog. Morgen geef ik mijn allerlaatste gymles. "
    "Bedankt allemaal!",
    "Mijn laatste week op school is begonnen. Donderdag is mijn afscheidsfeest op het schoolplein, jullie zijn "
    "allemaal welkom! Neem gerust iets lekkers mee.",
], ids=["last gym lesson", "farewell party"])
def test_a_staff_members_farewell_on_her_own_account_gets_no_c1(check, farewell):
    result = check(farewell + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_lesson_cancelled_in_a_farewell_still_gets_c1(check):
    result = check("Dit is mijn laatste week in groep 5.\nMorgen vervalt de gymles, de kinderen blijven in de klas.\n",
                   *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, C1), result.output


@pytest.mark.parametrize("reply", [
    'Google-recensie (2 sterren): "Slechte communicatie, niemand belt terug."\nBeste Mark, dank voor uw eerlijke '
    "recensie. Ik bel u graag deze week.\nMet vriendelijke groet,\nHenk\n",
    '★★☆☆☆ Recensie op Scholen op de kaart: "De klassen zijn te vol."\nAntwoord: Dank voor uw reactie. Kom gerust '
    "langs om erover te praten. Groet, Ineke\n",
    "Reactie op uw Facebook-beoordeling: Wat vervelend om te lezen. Wij gaan graag met u in gesprek. Hartelijke "
    "groet, Saskia\n",
], ids=["Google", "Scholen op de kaart", "Facebook"])
@pytest.mark.parametrize("where", [HEAD_ON_SCHOOL_ACCOUNT, HEAD_ON_WEBSITE], ids=["school account", "website"])
def test_a_heads_answer_to_a_review_signed_with_a_first_name_gets_c2(check, reply, where):
    result = check(reply, *where, name="bericht.txt")
    assert C2 in result.output, result.output


def test_a_heads_answer_to_a_review_signed_with_function_and_school_gets_no_c2(check):
    result = check('Google-recensie: "Fijne school!"\nReactie: Dank u wel, wat fijn om te lezen. Groet, Henk, '
                   "directeur van OBS De Regenboog (Lithora)\n", *HEAD_ON_SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C2-FUNCTIE" not in result.output, result.output


def test_pupils_writing_a_book_review_is_no_discussion(check):
    result = check("Vandaag schreven de kinderen een review van hun lievelingsboek.\n", *HEAD_ON_SCHOOL_ACCOUNT,
                   name="bericht.txt")
    assert "C2-FUNCTIE" not in result.output, result.output


@pytest.mark.parametrize("post", [
    "Mooie kerstviering op De Regenboog. Mijn werk heeft hier niets mee te maken.",
    "Mooi feest op De Regenboog. Deze mening staat los van de school waar ik werk.",
    "Wat een musical gisteren op De Regenboog! Dit zijn mijn eigen gedachten, niet die van mijn werk.",
], ids=["my work has nothing to do with it", "where I work", "not my work's"])
def test_a_disclaimer_naming_my_work_without_the_employer_gets_d3_and_no_d4(check, post):
    result = check(post + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, D3), result.output
    assert "D4-DISCLAIMER" not in result.output, result.output


@pytest.mark.parametrize("post", [
    "Trots op De Regenboog, waar ik werk als juf. Eigen mening.",
    "Mooi feest op De Regenboog! Ik werk er al tien jaar. Eigen mening.",
], ids=["where I work after the name", "I work there"])
def test_working_at_the_named_school_states_the_affiliation(check, post):
    result = check(post + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "D3-MEDEWERKER" not in result.output, result.output


@pytest.mark.parametrize("post", [
    "As head of OBS De Regenboog, a Lithora school, I am proud of our pupils.",
    "Proud to be part of the team at OBS De Regenboog (Lithora foundation), where I teach year 5.",
    "Great sports day! I'm the PE teacher at OBS De Regenboog, part of Lithora.",
], ids=["as head of", "where I teach", "I'm the PE teacher"])
def test_affiliation_and_function_in_english_get_no_d3(check, post):
    result = check(post + " Views are my own.\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "D3-MEDEWERKER" not in result.output, result.output
    assert rules_in_output(result.output) <= {"D4-DISCLAIMER"}, result.output


@pytest.mark.parametrize("post", [
    "Ik schrijf dit als mens, niet als directeur: laten we ophouden met schelden en samen praten.",
    "Dit zeg ik als ouder en inwoner, niet namens de school: laten we elkaar weer gewoon groeten.",
], ids=["as a person", "as a parent"])
def test_a_head_writing_as_a_person_not_in_the_job_has_a_disclaimer(check, post):
    text = ("Er is veel boosheid over het besluit van OBS De Regenboog over de overblijf. " + post
            + "\nHenk, directeur OBS De Regenboog (Lithora)\n")
    result = check(text, "--channel", "persoonlijk", "--author-role", "medewerker", "--author-function", "directeur",
                   name="bericht.txt")
    assert "D4-DISCLAIMER" not in result.output, result.output


@pytest.mark.parametrize("post", [
    "haha Juffrouw Olifant stond weer te hijgen op de trap 🐘😂",
    "Morgen gym bij meester Bolbuik, die waggelt weer door de zaal 😂",
    "Ken je juf Bonenstaak al? Die waait zo weg 🤭",
], ids=["olifant", "bolbuik", "bonenstaak"])
def test_a_mocking_nickname_for_a_teachers_body_gets_a8(check, post):
    result = check(post + "\n", *PUPIL, name="bericht.txt")
    assert reported_on_line(result.output, 1, A8), result.output


@pytest.mark.parametrize("post", [
    "Vandaag lazen we in groep 3 het prentenboek van Meneer Olifant, wat hebben we gelachen 😂",
    "Meester Tim is verkleed als juf Olifant voor de musical haha 😂",
], ids=["a picture book", "dressed up"])
def test_an_animal_name_from_a_book_or_a_costume_gets_no_a8(check, post):
    result = check(post + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


@pytest.mark.parametrize("post", [
    "Onze nieuwe collega van groep 4 denkt dat ze het onderwijs komt uitvinden. Schattig hoor 🙄",
    "Zie je onze ib'er weer met haar kleurenschema's zwaaien? Dat noemen ze hier zorg. Ik lig in een deuk.",
    "Mijn duocollega kan nog geen digibord aanzetten zonder hulp. Twintig jaar ervaring, zeggen ze 😂",
], ids=["airs", "what they call care", "cannot even"])
def test_a_staff_member_ridiculing_a_colleague_gets_a8(check, post):
    result = check("Even dit.\n" + post + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, A8), result.output


@pytest.mark.parametrize("post", [
    "Mijn nieuwe collega kan nog geen Parro, dus ik help haar even 😊 Welkom in het team!",
    "Haha ik kan nog geen digibord aanzetten zonder de conciërge te bellen 😂",
    "Ik vind het besluit van de directeur over de schooltijden niet goed doordacht, daar wil ik graag over praten.",
], ids=["helping a new colleague", "laughing at oneself", "fair criticism"])
def test_helping_a_colleague_laughing_at_oneself_or_fair_criticism_gets_no_a8(check, post):
    result = check(post + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


@pytest.mark.parametrize("post", [
    'Sommigen riepen dat de juf "moet oprotten" en "we weten waar ze woont". Dat kan echt niet.',
    'Ik lees dat de juf van groep 6 een "heks" wordt genoemd. Zulke woorden horen hier niet thuis.',
], ids=["a threat cited", "an insult cited"])
def test_a_head_citing_hostile_words_to_condemn_them_gets_no_a8(check, post):
    text = post + " Laten we samen praten.\nHenk, directeur OBS De Regenboog (Lithora)\n"
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_a_threat_of_ones_own_beside_a_condemned_citation_still_gets_a8(check):
    result = check('Die juf "moet oprotten", we weten waar ze woont. Dat kan echt niet meer zo.\n',
                   "--channel", "persoonlijk", "--author-role", "ouder", name="bericht.txt")
    assert reported_on_line(result.output, 1, A8), result.output
