"""A8 by target and act: a veiled threat against someone's things and a family's unpaid bill named in public
with a call to leave their children out are warned; friends' banter, a line that closes on fondness for the one
it is about, and a line the Dutch-trained model cannot read (another language) are not."""

import pytest
from policy_helpers import reported_on_line

PARENT = ("--channel", "persoonlijk", "--author-role", "ouder")
PUPIL = ("--channel", "persoonlijk", "--author-role", "leerling")
STAFF = ("--channel", "persoonlijk", "--author-role", "medewerker")
A8 = "warning A8-FATSOEN"


@pytest.mark.parametrize("kind, text, who", [
    ("knowing where a teacher leaves her car", "Leuke foto, juf Esra. Ik weet waar jij je auto altijd parkeert 😉",
     PARENT),
    ("a family's unpaid bill and a call to leave their children out",
     "De ouders van Timo hebben de overblijf nog steeds niet betaald. Dan moeten die kinderen maar thuisblijven.",
     PARENT),
    ("a heavy slur stays one, fond words or not", "jij kankerlijer, love je", PUPIL),
])
def test_a_line_that_aims_an_act_at_someone_is_warned(check, kind, text, who):
    result = check("Even dit.\n" + text + "\n", *who, name="bericht.txt")
    assert reported_on_line(result.output, 2, A8), (kind, result.output)


@pytest.mark.parametrize("kind, text, who", [
    ("friends' banter", "haha jij bent echt een sukkel met dat spel 😂 morgen revanche, love je", PUPIL),
    ("hyperbole that closes on fondness",
     "als juf Mira nog één keer die mop over haar hond vertelt ga ik echt dood 💀 maar ze is de liefste juf ooit", PUPIL),
    ("fair criticism in German", "Seit zwei Monaten ist die Bibliothek unserer Schule geschlossen, und niemand kümmert "
     "sich darum. Die Kinder brauchen Bücher, nicht noch mehr Bildschirme!", STAFF),
])
def test_banter_fondness_and_a_language_the_model_never_learned_are_quiet(check, kind, text, who):
    result = check("Even dit.\n" + text + "\n", *who, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, (kind, result.output)


def test_a_pupil_offering_her_own_contact_in_a_letter_is_quiet(check):
    letter = ("Hoi Mateusz!\nIk vind het leuk dat je mijn penvriend bent. Ik zit in groep 6 en ik hou van tekenen.\n"
              "Als je wil mag je me ook mailen, mijn vader vindt het goed via zijn adres:\npapa.jansen@example.nl\n"
              "Groetjes, Noor\n")
    result = check(letter, *PUPIL, name="brief.txt")
    assert "A8-FATSOEN" not in result.output, result.output
