"""Write tests/data/school-posts-rules-own17-conduct (session 17, helper conduct4): 30 made-up A8 cases."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from rule_cases import write  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
S, P, W, N = "schoolaccount", "persoonlijk", "website", "nieuwsbrief"
CASES = [
 # (rol, functie, kanaal, expect, optional, why, text); only A8 is scored on this set
 # --- A8: what the post does to a person (exclude, expose, threaten, ridicule, take over), in many languages
 ("leerling", None, P, ["A8"], [], "A pupil calls on others to mass-flag a classmate's account (English).",
  "ok so if we all flag Tess her insta as fake it'll be gone by friday 😂 spread the word, the more the better"),
 ("leerling", None, S, ["A8"], [], "Pupils post on the school's account they have taken over.",
  "Dit account is overgenomen door groep 8 😎 De meester had zijn wachtwoord op een geeltje geplakt. "
  "De echte beheerder komt er voorlopig niet meer in, morgen meer onthullingen!"),
 ("medewerker", "leerkracht groep 7", P, ["A8"], ["D3", "D4"],
  "A teacher mocks an identifiable pupil on her private account.",
  "Vandaag weer een leerling die dacht dat Parijs de hoofdstad van Spanje is. Ik noem geen namen, maar hij "
  "zit bij mij in groep 7 en zijn naam rijmt op Kees 🙄 Nog zes maanden volhouden."),
 ("leerling", None, P, ["A8"], [], "A pupil excludes a classmate from the class trip (German).",
  "Lena, du brauchst morgen gar nicht erst zur Klassenfahrt kommen. Keiner will neben dir im Bus sitzen."),
 ("leerling", None, P, ["A8"], [], "A pupil threatens a classmate in Turkish and Dutch.",
  "Kerem seni okuldan sonra bekliyorum, kaçma. Na school bij het hek, jij weet wel waarom."),
 ("ouder", None, P, ["A8"], [], "A parent insults a new teacher in Polish.",
  "Ta nowa nauczycielka z grupy 5 to kompletna idiotka, dzieci się z niej śmieją cały dzień."),
 ("ouder", None, P, ["A8"], [], "A parent tells a crowd where to find another parent.",
  "Voor wie de vader van die jongen die mijn zoon sloeg eens wil aanspreken: hij rijdt in een witte bus van een "
  "loodgietersbedrijf en staat elke ochtend om half 8 bij de Jumbo aan de Kerkstraat."),
 ("leerling", None, P, ["A8"], [], "A pupil films a teacher to ridicule him (English).",
  "did u guys see Mr. Hendriks trying to turn on the smartboard today?? 20 minutes 💀 boomer level expert. "
  "I filmed the whole thing, posting it tonight"),
 ("leerling", None, P, ["A8"], [], "A pupil excludes a classmate from a game server, and whoever invites him.",
  "Nieuwe regel op onze Minecraft-server: wie Jesse uitnodigt wordt zelf ook gebanned. Zeg het door."),
 ("leerling", None, P, ["A8"], [], "A Flemish pupil will misuse a classmate's logged-in account.",
  "Ik zit nog ingelogd op zijn Smartschool van toen we samen werkten 😇 zal ik al zijn taken eens wissen?"),
 ("ouder", None, P, ["A8"], [], "A parent threatens a teacher with consequences, formally.",
  "Ik ken mensen bij de krant en bij de gemeente. Als mijn zoon volgende week niet terug in groep 6 zit, wordt "
  "het voor u persoonlijk een heel vervelend jaar, meneer Bakker."),
 ("medewerker", "leerkracht groep 4", P, ["A8"], ["D3", "D4"], "A teacher ridicules an identifiable parent.",
  "De moeder van je-weet-wel stond vanochtend wéér met haar map vol 'bewijs' bij mijn lokaal. "
  "Popcorn erbij, collega's 🍿"),
 ("leerling", None, P, ["A8"], [], "A pupil makes a meme of a classmate's school photo (English).",
  "I put Jayden's school photo on a pig lmaooo 🐖 sending it to the year group chat tonight"),
 ("leerling", None, P, ["A8"], [], "A pupil spreads a rumour so that a classmate is left alone.",
  "Zeg maar tegen iedereen dat Noor luizen heeft, dan wil niemand meer naast haar zitten 😂"),
 ("ouder", None, P, ["A8"], [], "A veiled threat with blackmail, in English.",
  "Nice house you've got on the corner, Mrs. Visser. Would be a shame if the other parents found out what you "
  "said about the teachers."),
 # --- near misses: nothing expected of A8
 ("ouder", None, P, [], [], "A firm complaint with a procedure.",
  "Ik ben hier klaar mee. Als de school niet binnen twee weken op mijn klacht reageert, stap ik naar de "
  "landelijke klachtencommissie."),
 ("ouder", None, P, [], [], "A firm complaint in English.",
  "This is the third time the bus left without my son. I expect a written explanation by Friday, otherwise I "
  "will take this to the board."),
 ("leerling", None, P, [], [], "Friends joking with each other.",
  "haha Sanne jij bent echt gestoord, drie ijsjes op één dag 😂 morgen weer?"),
 ("ouder", None, P, [], [], "A parent quotes what her son was called, to ask whom to talk to.",
  "Mijn zoon kwam thuis en vertelde dat een klasgenoot hem 'loser' en 'mongool' had genoemd. Wie kan ik hier "
  "het beste over spreken?"),
 (S, None, S, [], ["C1"], "An idiom with a bullet: the decision has been made.",
  "De kogel is door de kerk: vanaf maandag hebben we een nieuw rooster. Alle tijden staan in Parro."),
 ("leerling", None, P, [], [], "Game talk between friends.",
  "Gisteren met Milan Fortnite gespeeld, ik heb hem wel tien keer uitgeschakeld haha. Revanche morgen 💀"),
 (S, None, S, [], [], "A challenge at draughts.",
  "Wie durft het tegen meester Rik op te nemen bij het damtoernooi? Kom maar op, hij maakt jullie allemaal in! "
  "♟️"),
 (S, None, N, [], ["C1"], "Moving day: packing boxes and taking cupboards apart.",
  "Dit weekend verhuizen we naar het nieuwe gebouw. Zaterdag om 9 uur pakken we de dozen in en daarna slaan we "
  "de oude kasten uit elkaar. Wie helpt mee?"),
 ("medewerker", "leerkracht groep 3", P, [], ["D3", "D4"], "A teacher laughs at herself.",
  "Vandaag drie keer mijn leesbril gezocht terwijl hij gewoon op mijn hoofd stond. De kinderen lagen dubbel, "
  "terecht 😂"),
 (S, None, S, [], [], "The school asks parents to report a fake account.",
  "Let op: er gaat een nepaccount rond dat zich voordoet als onze school. Meld het account bij Instagram en klik "
  "niet op de links. Wij hebben het zelf ook al gemeld."),
 (S, None, S, [], [], "The school says its account was hacked.",
  "Ons Facebook-account is gisteravond gehackt. Berichten van na 20.00 uur komen niet van ons; we hebben het "
  "wachtwoord inmiddels veranderd. Excuses voor de verwarring."),
 ("medewerker", "leerkracht groep 6", S, [], ["C2"], "A teacher praises a pupil with a gentle joke about herself.",
  "Luuk hield vandaag zijn spreekbeurt over slangen, met een echte slang erbij! Juf durfde niet te kijken 🙈 "
  "Knap gedaan, Luuk!"),
 ("ouder", None, P, [], [], "A parent points to where her sister works, to help.",
  "Heeft iemand nog een kinderfiets over? Anders: mijn zus werkt bij de kringloop aan de Hoofdstraat, ga daar "
  "maar langs, zij zet er graag een apart."),
 (S, None, N, [], [], "The newsletter condemns online bullying without quoting it.",
  "Vorige week stond er een filmpje op TikTok waarin een leerling werd uitgelachen. We hebben dit met de "
  "betrokken ouders besproken. Pesten, online of op het plein, accepteren we niet."),
 ("ouder", None, P, [], [], "Greetings from the exchange school in German, with a lost match.",
  "Liebe Grüße aus Münster! Die Kinder haben heute Fußball gegen die Lehrer gespielt und haushoch gewonnen, "
  "die Lehrer waren völlig chancenlos 😄"),
]


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
