"""A8 on the causes found when the kinds of conduct met posts written blind (issue 14): each cause
through `screener check` as a user runs it, the breach reported on its own line and a near-miss of
the same cause quiet beside it. The sentences are in neither tests/data/conduct-dev nor
tests/data/conduct-blind."""

from __future__ import annotations

import pytest
from policy_helpers import assert_a8_on_its_line, assert_no_a8, reported_on_line

PUPIL = ("--channel", "persoonlijk", "--author-role", "leerling")
PARENT = ("--channel", "persoonlijk", "--author-role", "ouder")
TEACHER = ("--channel", "persoonlijk", "--author-role", "medewerker", "--author-function", "leerkracht groep 6")
SCHOOL = ("--channel", "schoolaccount", "--author-role", "schoolaccount")

# (cause, breach, who writes it, near-miss of the same cause, who writes that)
CAUSES = [
    ("a weapon on its own, the target in the next clause",
     "🔪 woensdag op het plein. jij snapt het wel.", PUPIL,
     "Woensdag koken we pompoensoep: neem een mes 🔪 en een snijplank mee.", SCHOOL),
    ("knowing someone's movements, with a warning",
     "Ik weet hoe laat u uw zoon komt halen. Denk daar maar eens over na.", PARENT,
     "Ik weet hoe laat je uit de gym komt, vergeet je niet je jas mee te nemen?", PARENT),
    ("told to stay away from school",
     "jij kan morgen beter niet naar school komen", PUPIL,
     "Heb je koorts? Dan kun je beter niet naar school komen.", SCHOOL),
    ("a pact not to invite someone",
     "Laten we afspreken dat niemand Bas nog uitnodigt voor een feestje.", PARENT,
     "Niemand uitgenodigd voor de barbecue? Dan nodigen we de hele straat uit!", PARENT),
    ("a secret chat without someone",
     "chat gemaakt zonder haar, mag ze niet weten", PUPIL,
     "Niet tegen haar zeggen hoor, het cadeau voor de juf is een verrassing 🤫", PARENT),
    ("discrimination without 'eigen land'",
     "Meisjes met een hoofddoek horen hier niet, die moeten naar hun eigen school.", PARENT,
     "Meisjes met een hoofddoek kunnen bij het zwemmen een sporthoofddoek dragen.", SCHOOL),
    ("belittling a parent by a teacher",
     "Misschien eerst zelf even lezen, meneer 🙄 Het stond in de nieuwsbrief.", TEACHER,
     "Ik ben een hopeloos geval met de nieuwe printer, gelukkig helpt de conciërge.", TEACHER),
    ("belittling pupils by a teacher",
     "Sommige kinderen uit mijn klas zijn echt niet meer te redden.", TEACHER,
     "De tomatenplant in mijn klas was niet meer te redden na de vakantie.", TEACHER),
    ("a ranking of pupils by looks",
     "top 3 domste jongens van groep 8, stem in de comments", PUPIL,
     "Stem in de comments op de lelijkste kersttrui van de meesters!", SCHOOL),
    ("asking for a picture with clothes off",
     "stuur me een foto zonder t-shirt, doe niet zo moeilijk", PUPIL,
     "Stuur me een foto van je werkstuk, dan print ik hem.", TEACHER),
    ("an innuendo about someone's clothes",
     "Die moeder van groep 5 mag van mij vaker dat jurkje aan 😏", PARENT,
     "Wat een mooi jurkje had de juf aan bij de musical!", PARENT),
    ("a picture of someone passed on without their knowing",
     "foto van Ties toen zn broek afzakte bij het zwemmen. hij weet het niet. jullie moeten dit zien", PUPIL,
     "Foto's van de zwemles staan online. Jullie moeten dit zien, wat een waterratten!", SCHOOL),
    ("a damaging rumour",
     "Ik heb gehoord dat de moeder van Lotte aan de drank is, vertel het maar door.", PARENT,
     "Ik heb gehoord dat de moeder van Lotte de nieuwe voorzitter van de ouderraad wordt.", PARENT),
    ("an insult aimed at oneself",
     "jij bent echt zo'n sukkel", PUPIL,
     "Ik ben echt zo'n sukkel, mijn gymtas ligt nog thuis 🤦", PARENT),
    ("a pile-on telling someone what is wrong with them",
     "iedereen bij zijn filmpje reageren dat hij lelijk zingt 👎", PUPIL,
     "Reageer allemaal: welke tekening vind jij mooi? Lelijk bestaat niet!", SCHOOL),
    ("being in someone's account and posting as them",
     "ik zit op de insta van Noah, ik zet vanavond rare posts in zijn story alsof hij het is", PUPIL,
     "Ik zit op de insta van de school te kijken, wat een mooie foto's van het kamp!", PARENT),
    ("money demanded with a threat of exposure",
     "als je me vrijdag geen 5 euro geeft, zet ik je appjes in de klassenapp", PUPIL,
     "Vul het formulier in, anders zet ik je niet op de lijst voor de schoolreis.", TEACHER),
    ("someone's private chat passed on",
     "kijk wat Emma aan Luuk schreef [screenshot] 😂 ze is zo verliefd. stuur door", PUPIL,
     "Stuur de screenshot van je betaling door naar de penningmeester, dan weten we het.", PARENT),
    ("a stutter written out to mock it",
     "w-w-wat z-z-zeg je n-nou 😂😂", PUPIL,
     "Het nieuwjaarsfeest is op 1-1-2027 in de aula.", SCHOOL),
    ("a mocking nickname with a hint at who it is",
     "Die moeder van groep 7 noem ik voortaan 'de megafoon' 😂 collega's weten wel wie ik bedoel.", TEACHER,
     "Wat een topper! We noemen hem voortaan 'de professor' 😂 jullie weten wel wie ik bedoel.", SCHOOL),
    ("lying in wait for someone who tells",
     "als je weer gaat klikken bij meester, wacht ik je op bij de fietsen", PUPIL,
     "Als je klaar bent met de training, wacht ik je op bij de fietsen.", PARENT),
    ("a noun of contempt for a person",
     "Die nieuwe buurvrouw van school denkt dat ze alles beter weet. Wat een kakmadam.", PARENT,
     "Wat een aanstelster is onze hond, hij wil alleen maar aaien 😂", PARENT),
    ("a picture of someone crying, to go viral",
     "gefilmd hoe dat jochie van groep 4 huilde bij het hek. dit moet viral", PARENT,
     "Onze dansvideo ging viral! De kleuters vallen van het lachen.", SCHOOL),
    ("a group said not to belong, over two sentences",
     "Al die buitenlandse leerlingen in groep 6. Die horen gewoon niet op onze school.", PARENT,
     "Onze buitenlandse leerlingen horen er helemaal bij, welkom allemaal!", SCHOOL),
    ("a group word said with contempt",
     "die invaller is toch zo'n homo", PUPIL,
     "Meester Sven is homo en gaat deze zomer trouwen, we feliciteren hem!", SCHOOL),
    ("the worst of its kind, said to a teacher",
     "U bent de slechtste meester die mijn zoon ooit heeft gehad.", PARENT,
     "Opa is de slechtste verliezer bij het kaarten 😂", PARENT),
    ("a turn announced with a menacing emoji",
     "vrijdag is het jouw beurt, wacht maar af 😈", PUPIL,
     "Vrijdag is het jouw beurt om de klassenknuffel mee naar huis te nemen!", SCHOOL),
    ("out of the group for whoever talks to someone",
     "iedereen die nog met Daan speelt ligt er ook uit", PUPIL,
     "Wie nog met de bus mee wil, ligt eruit als hij te laat is haha", PARENT),
    ("someone else's login used",
     "ik heb de inlog van meester Kees en heb een bericht in Parro gezet", PUPIL,
     "Ik heb de inlog van mijn zoon en heb zijn rooster bekeken.", PARENT),
    ("a picture of someone offered round",
     "heb een filmpje van hem in de kleedkamer, wie wil het?", PUPIL,
     "Wie wil het laatste stuk taart? Ik heb er een filmpje van gemaakt.", PARENT),
    ("a teacher called a disgrace",
     "U bent echt een lachertje, meester.", PARENT,
     "Dit nieuwe rooster is een lachertje, we willen een gesprek.", PARENT),
    ("a dare with a reckoning",
     "Wie het waagt om aan mijn fiets te komen, reken ik persoonlijk af.", PARENT,
     "Wie het waagt om de hete pepers te proeven, krijgt een diploma!", SCHOOL),
    ("an inflected insult before a person",
     "Wat een stomme meester hebben we dit jaar.", PUPIL,
     "Wat een stomme regen, neem je jas mee naar school.", SCHOOL),
]


def test_a_pupil_reporting_bullying_with_screenshots_stays_quiet_and_passing_them_on_is_reported(check):
    report = check("juf, ze schrijven gemene dingen over Noor in de groepsapp en ze huilt ervan. ik heb "
                   "screenshots. mag ik die aan u laten zien?\n", *PUPIL, name="bericht.txt")
    passed_on = check("kijk wat Noor aan Tim schreef [screenshot] 😂 stuur door\n", *PUPIL, name="bericht.txt")
    assert "A8-FATSOEN" not in report.output, report.output
    assert reported_on_line(passed_on.output, 1, "warning A8-FATSOEN"), passed_on.output


@pytest.mark.parametrize(("cause", "text", "who"), [(c, t, w) for c, t, w, _, _ in CAUSES])
def test_each_cause_is_reported_on_its_line(check, cause, text, who):
    assert_a8_on_its_line(check, cause, text, who)


@pytest.mark.parametrize(("cause", "text", "who"), [(c, t, w) for c, _, _, t, w in CAUSES])
def test_the_near_miss_of_each_cause_stays_quiet(check, cause, text, who):
    assert_no_a8(check, cause, text, who)


def test_a_listed_insult_quoted_in_a_lesson_stays_quiet_and_used_is_reported(check):
    lesson = check("In de kring oefenden we: wat zou jij doen als iemand 'loser' tegen je zegt?\n", *SCHOOL,
                   name="bericht.txt")
    used = check("jij bent echt een loser\n", *PUPIL, name="bericht.txt")
    assert "A8-FATSOEN" not in lesson.output, lesson.output
    assert reported_on_line(used.output, 1, "warning A8-FATSOEN"), used.output


def test_a_listed_warning_about_a_game_stays_quiet_and_at_a_person_is_reported(check):
    game = check("die eindbaas in Minecraft krijg ik morgen wel, let maar op\n", *PUPIL, name="bericht.txt")
    person = check("die gozer uit groep 8 krijg ik morgen wel, let maar op\n", *PUPIL, name="bericht.txt")
    assert "A8-FATSOEN" not in game.output, game.output
    assert reported_on_line(person.output, 1, "warning A8-FATSOEN"), person.output


def test_a_house_number_inside_a_reported_span_is_masked(check):
    result = check("het adres van juf Kim is Lindelaan 47, wie gaat er vanavond eieren gooien?\n", *PUPIL,
                   name="bericht.txt")
    a8 = [row for row in result.output.splitlines() if "A8-FATSOEN" in row]
    assert a8, result.output
    assert not any(ch.isdigit() for row in a8 for ch in row.split("'")[1]), a8
