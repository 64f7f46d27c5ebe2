"""The writer's own name where a class app or a letter shows it, as a user sees it from `screener check`:
the sender in a Parro, Klasbord or Teams message header under the app's line, two colleagues co-signing
with their full names and their function under them, and a function line of several roles of which one
is a staff job. The other direction stays an error: the senders of a thread of replies, two parents
signing for the parents' council, an MR chair's own sign-off, pupils in the message. The posts are
made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl", "www.obslindehof.nl"]
"""

INFO = ("--min-severity", "info")


def test_the_teacher_in_a_parro_header_is_info_and_the_pupils_stay_errors(check):
    post = ("Parro · Groep 4 · OBS De Lindehof\n"
            "Bericht van juf Marit · woensdag 08:40\n\n"
            "Vandaag heeft Jelmer zijn eerste tand verloren in de klas, en Sofie bracht haar konijn mee.\n\n"
            "Groetjes,\nJuf Marit\n")
    result = check("parro.txt", post, *INFO)
    assert reported_at(result, "parro.txt", post, "juf Marit", severity="info"), result.output
    assert "Naam van de schrijver in de kop van het eigen bericht" in result.output
    assert reported_at(result, "parro.txt", post, "Jelmer"), result.output
    assert result.exit_code == 1


def test_a_klasbord_or_teams_header_with_a_time_ago_or_a_clock_time_is_info(check):
    for post, name in (("Klasbord · Groep 6 · OBS De Lindehof\nMeester Tijmen · 3 uur geleden\n\n"
                        "Wat een mooie tekeningen hangen er in de gang!\n\nFijne avond,\nMeester Tijmen\n", "Meester Tijmen"),
                       ("Microsoft Teams · Groep 8 · Algemeen\nHenrieke Verbeek  10:05\n\n"
                        "Vergeet niet je werkstuk over de Romeinen in te leveren.\n\nSucces!\nJuf Henrieke\n",
                        "Henrieke Verbeek"),
                       ("Social Schools · Groep 5 · OBS De Lindehof\nGeplaatst door juf Anouk op 12 maart om 08:15\n\n"
                        "Morgen zingen we voor de ouders in de aula.\n\nGroetjes, juf Anouk\n", "juf Anouk")):
        result = check("app.txt", post, *INFO)
        assert reported_at(result, "app.txt", post, name, severity="info"), (post, result.output)
        assert result.exit_code == 0, result.output


def test_the_senders_of_a_thread_of_replies_stay_errors(check):
    post = ("Parro · Groep 4 · OBS De Lindehof\n"
            "Bericht van juf Marit · woensdag 08:40\n\n"
            "Wie kan er vrijdag mee als begeleider naar de kinderboerderij?\n\n"
            "Reactie van Ilse Bakker · woensdag 09:12\n"
            "Ik kan mee!\n")
    result = check("draad.txt", post, *INFO)
    assert reported_at(result, "draad.txt", post, "Ilse Bakker"), result.output
    assert not reported_at(result, "draad.txt", post, "juf Marit", severity="info"), result.output


def test_two_colleagues_co_signing_with_full_names_are_info_two_parents_are_not(check):
    letter = ("Beste ouders,\n\nOp woensdag gaan we met groep 6 naar het museum. Neem een lunchpakket mee.\n\n"
              "Hartelijke groet,\n\n{names}\n{function}\n")
    post = letter.format(names="Esra Yıldız en Joost de Haan", function="leerkrachten groep 6")
    result = check("brief.txt", post, "--channel", "nieuwsbrief", *INFO)
    assert reported_at(result, "brief.txt", post, "Esra Yıldız", severity="info"), result.output
    assert reported_at(result, "brief.txt", post, "Joost de Haan", severity="info"), result.output
    post = letter.format(names="Esra Yıldız\nJoost de Haan", function="leerkrachten groep 6, OBS De Lindehof")
    result = check("onder.txt", post, "--channel", "nieuwsbrief", *INFO)
    assert reported_at(result, "onder.txt", post, "Esra Yıldız", severity="info"), result.output
    assert reported_at(result, "onder.txt", post, "Joost de Haan", severity="info"), result.output
    for function in ("ouderraad OBS De Lindehof", "voorzitter en penningmeester van de ouderraad"):
        post = letter.format(names="Ilse Bakker en Roel Hendriks", function=function)
        result = check("ouders.txt", post, "--channel", "nieuwsbrief", *INFO)
        assert reported_at(result, "ouders.txt", post, "Ilse Bakker"), (function, result.output)
        assert reported_at(result, "ouders.txt", post, "Roel Hendriks"), (function, result.output)


def test_a_teacher_who_is_also_the_mr_secretary_signs_her_own_letter_the_chair_does_not(check):
    letter = "Beste ouders,\n\nDe MR vergadert op 17 maart; u bent welkom als toehoorder.\n\nMet vriendelijke groet,\n\n{}\n"
    post = letter.format("Hester Nijland\nsecretaris MR en leerkracht groep 7, OBS De Lindehof")
    result = check("mr.txt", post, "--channel", "nieuwsbrief", *INFO)
    assert reported_at(result, "mr.txt", post, "Hester Nijland", severity="info"), result.output
    post = letter.format("Roel Hendriks\nvoorzitter MR")
    result = check("voorzitter.txt", post, "--channel", "nieuwsbrief", *INFO)
    assert reported_at(result, "voorzitter.txt", post, "Roel Hendriks"), result.output
