"""A8 by kind of conduct, through `screener check` as a user runs it: a threat, an insult, exclusion,
doxxing, taking over an account or pretending to be someone, blackmail, passing on pictures, mocking,
a pile-on, discrimination, sexual remarks and stalking are each found in wordings that no phrase list
holds (cue classes that meet within a clause: who is aimed at, what is done, the marker of intent),
while the near-misses of each kind (a match, hyperbole, a lesson about bullying, the news, firm
criticism, a kind word) stay quiet. The sentences here are not in tests/data/conduct-dev."""

from __future__ import annotations

import pytest
from policy_helpers import reported_on_line

PARENT = ("--channel", "persoonlijk", "--author-role", "ouder")

KINDS = {
    "bedreiging": [
        "Als je nog één keer over mijn zusje liegt, trap ik je verrot.",
        "Zeg maar tegen die conciërge dat hij beter kan oppassen.",
        "nog 1x zo doen en je krijgt een 🔪",
    ],
    "belediging": [
        "Die juf van groep 5 is echt een waardeloze kneus.",
        "jij bent gewoon uitschot",
    ],
    "buitensluiten": [
        "Niemand kiest hem meer voor het team, regel ik wel.",
        "we hebben hem uit de klassenapp gegooid lol",
    ],
    "doxxing": [
        "Het adres van die meester is Dorpsweg 3, ga allemaal even langs.",
    ],
    "account": [
        "Ik heb zijn wachtwoord gewijzigd, nu kan hij niet meer in zijn insta.",
        "Gisteren deed ik alsof ik juf Mieke was en stuurde rare berichtjes.",
    ],
    "afpersing": [
        "Geef me morgen tien euro, anders vertel ik het hele team wat je gedaan hebt. Iedereen het weet dan.",
        "Ik heb die foto's nog, dus jij doet wat ik zeg.",
    ],
    "beelden rondsturen": [
        "Ik heb haar gefilmd in de douche na gym, stuur ik zo door.",
    ],
    "spot": [
        "Haha kijk hoe Bram praat met zijn beugel, we doen hem allemaal na.",
    ],
    "massaal aanvallen": [
        "Laten we allemaal haatcomments onder haar filmpje zetten.",
    ],
    "discriminatie": [
        "Die moslims moeten terug naar hun eigen land.",
    ],
    "seksueel": [
        "De nieuwe gymjuf heeft een lekker kontje 😏",
    ],
    "stalken": [
        "Ik loop hem elke dag achterna naar huis, hij heeft niks door.",
    ],
}

NEAR_MISSES = [
    "We maken ze kapot in de finale zaterdag, kom kijken!",
    "Ik lach me dood om jullie filmpje, wat een grap.",
    "Die rekentoets was moordend, iedereen was kapot.",
    "Snijd de paprika in reepjes en bak hem kort.",
    "In de Week tegen Pesten praten we over buitensluiten en over wat je doet als iemand wordt uitgelachen.",
    "De politie onderzoekt een dreigbericht aan de gemeente.",
    "Wij vinden het besluit over de gymlessen slecht doordacht en willen een gesprek met de directeur.",
    "Kijk uit voor de gladheid op het schoolplein!",
    "Deel deze foto van de sponsorloop met opa en oma!",
    "Als je niet op tijd betaalt, neem dan contact op met de administratie.",
    "Mijn zoon was vandaag een echte clown op het podium 🤡❤️",
    "Kun je me het adres van het zwembad sturen? Dan kom ik even langs.",
    "Wie zijn wachtwoord vergeten is, vraagt een nieuw aan bij de juf.",
    "Juf ligt in het ziekenhuis, we sturen haar een kaart.",
    "Als je je vinger opsteekt, mag je iets vragen.",
    "Iedereen reageren onder deze post met je leukste vakantiefoto!",
]


@pytest.mark.parametrize(("kind", "text"), [(k, t) for k, texts in KINDS.items() for t in texts])
def test_each_kind_of_conduct_is_reported_on_its_line_in_new_words(check, kind, text):
    result = check("Even dit.\n" + text + "\n", *PARENT, name="bericht.txt")
    a8 = [line for line in result.output.splitlines() if "A8-FATSOEN" in line]
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN"), (kind, result.output)
    assert not any(line.startswith("bericht.txt:1:") for line in a8), result.output


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_near_misses_of_each_kind_stay_quiet(check, text):
    result = check(text + "\n", *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_the_warning_names_the_kind_of_conduct(check):
    result = check("Ik heb zijn wachtwoord veranderd, nu kan hij niet meer in zijn snap.\n", *PARENT, name="bericht.txt")
    assert "inbreken in of overnemen van een account" in result.output, result.output


def test_an_insult_behind_a_swearing_prefix_in_chat_spelling_is_found(check):
    result = check("ff serieus jij kankerclown\n", *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" in result.output, result.output


# session 16: English, threats beyond words, a pupil's work mocked, a workplace spread, text-speak
NEW_FORMS = [
    "Honestly that coach is such a useless moron, he should never work with kids.",  # an English insult
    "You'll regret this, Mrs. Bakker. See you after school.",  # an English threat
    "No one likes you, Tess, so stop trying to sit with us.",  # English exclusion
    "Als de MR dit doordrukt, dan blijft het niet bij woorden. Reken maar.",  # a threat without a swear word
    "Dat gaan jullie hier nog spijt van krijgen, directie.",
    "Nakijkwerk 😂 dit pareltje van Sem uit groep 7: 'Een driehoek heeft vier hoeken.' Als komiek dan.",
    "Die vader die altijd toetert werkt bij de Jumbo aan de Markt. Ga maar even langs en zeg hem wat je ervan vindt.",
    "nmnd wl jou erbij, ga mr wg",  # exclusion in text-speak without vowels
]

NEW_NEAR_MISSES = [
    "Haha I'm such a clown, I wore two different shoes to the school play 🙈",
    "Thanks Mr. Jones, you are the best coach our boys ever had!",
    "Kom naar onze open dag, je gaat er geen spijt van krijgen!",
    "Sem heeft een prachtig werkstuk gemaakt, wat een pareltje! Trots op je 😊",
    "Mijn moeder werkt bij de bibliotheek, ga gerust langs als je een boek zoekt.",
    "Morgen is het verkleedfeest! Kom als clown 🤡 of als ridder.",
    "Weer de verkeerde bus gepakt, knap hoor! 🤡 Morgen schrijf ik hem in mijn agenda.",  # the emoji ends its sentence
    "Mijn zoon werd gisteren 'vetzak' genoemd in de bus. Ik heb het bij de mentor gemeld.",  # an insult reported
]


@pytest.mark.parametrize("text", NEW_FORMS)
def test_threats_insults_and_mockery_in_english_without_swear_words_or_vowels_are_reported_on_their_line(check,
                                                                                                          text):
    result = check("Even dit.\n" + text + "\n", *PARENT, name="bericht.txt")
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN"), result.output


@pytest.mark.parametrize("text", NEW_NEAR_MISSES)
def test_self_mockery_praise_a_costume_and_a_reported_insult_stay_quiet(check, text):
    result = check(text + "\n", *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


# session 17: what a post does to a person, in shapes no phrase list holds: an account taken over by a group or through
# a password left in sight, a person pointed at without a name and laughed at for a failing, an account reported by all,
# whoever invites someone thrown out too, exclusion, insults and veiled threats in other languages
DONE_TO_A_PERSON = [
    "Dit profiel is gekaapt door de jongens van groep 7 😎 vanaf nu posten wij hier",
    "Haha het wachtwoord van de klassensite stond op een briefje onder het toetsenbord lol, vanavond zetten we er iets "
    "leuks op",
    "Die ene moeder uit mijn groep die na drie brieven nog steeds niet weet hoe laat we beginnen 🙄 ik geef het op.",
    "if we all report Daan his tiktok it gets banned by monday lol",
    "Wie Sara meevraagt naar de film wordt zelf ook gekickt uit de chat.",
    "Keiner will neben dir sitzen, Jonas.",
    "Ten pan od matematyki to kretyn, nic nie umie.",
    "Als mijn dochter geen plek krijgt, maak ik uw leven zuur, mevrouw.",
    "It would be a shame if everyone found out what you did at the party, Emma.",
]

NOT_DONE_TO_A_PERSON = [
    "Zaterdag pakken we de klas in en dragen we de dozen naar het nieuwe lokaal.",  # moving, not a threat
    "De kogel is door de kerk: de speeltuin komt er.",  # an idiom
    "Mijn oom werkt bij de fietsenmaker op de Markt, ga daar maar langs, hij helpt je graag.",  # help offered
    "Een jongen uit groep 6 had mijn dochter 'sukkel' genoemd. Met wie kan ik het beste praten?",  # an insult reported
    "Op de site van de bieb? Kijk maar op bibliotheek.nl voor de openingstijden.",  # a pointer to a website
    "Ons Instagram-account is gehackt door oplichters, klik niet op de links.",  # the school warns
    "Zet je wachtwoord nooit op een briefje onder het toetsenbord, zegt de ICT-coördinator.",  # advice
    "Die ene jongen in mijn klas die altijd als eerste binnen is, wat een topper 😂",  # praise
]


@pytest.mark.parametrize("text", DONE_TO_A_PERSON)
def test_taking_over_pointing_out_reporting_excluding_and_threatening_in_any_language_are_reported(check, text):
    result = check("Even dit.\n" + text + "\n", *PARENT, name="bericht.txt")
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN"), result.output
    assert "Een taalmodel" not in result.output, result.output  # the rules find it, not only the model


@pytest.mark.parametrize("text", NOT_DONE_TO_A_PERSON)
def test_moving_idioms_help_a_reported_insult_a_link_a_warning_and_praise_stay_quiet(check, text):
    result = check(text + "\n", *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


STORY = "Mijn boek: Dolfje Weerwolfje. Dolfje vindt zijn broertje Timmie soms een sukkel, maar ze houden van elkaar."


def test_a_story_retold_in_a_post_that_names_the_book_stays_quiet(check):
    result = check(STORY + "\n", *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_the_writers_own_insult_beside_the_story_is_still_reported(check):
    result = check(STORY + "\nEn Bas uit mijn klas is een sukkel, die leest niks.\n", *PARENT, name="bericht.txt")
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN"), result.output
