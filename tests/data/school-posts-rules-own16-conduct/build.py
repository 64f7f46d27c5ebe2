"""Write tests/data/school-posts-rules-own16-conduct (session 16, helper conduct3): 30 made-up A8 cases."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from rule_cases import write  # noqa: E402

OUT = Path(sys.argv[1])
S, P, W, N = "schoolaccount", "persoonlijk", "website", "nieuwsbrief"
CASES = [
 # (rol, functie, kanaal, expect, optional, why, text)
 # --- A8 in many forms and registers
 ("ouder", None, P, ["A8"], [], "A parent threatens the school with a group of fathers, no swear words.",
  "Als de directie dit besluit niet terugdraait, staan we maandag met een paar vaders bij de poort. Dan zul je "
  "eens zien wat er gebeurt."),
 ("ouder", None, P, ["A8"], [], "A veiled threat about a teacher's way home.",
  "Die meester van groep 5 moet maar eens goed opletten als hij 's avonds alleen naar huis fietst."),
 ("ouder", None, P, ["A8"], [], "An insult in English about a new teacher.",
  "Honestly the new teacher in group 6 is a pathetic clown, no wonder the kids learn nothing from her."),
 ("leerling", None, P, ["A8"], [], "A pupil excludes a classmate in English.",
  "Nobody wants you here Mila. Just go back to your old school, seriously, we were fine without you."),
 ("medewerker", "leerkracht groep 7", S, ["A8"], ["C2"],
  "A teacher mocks a pupil's project in public on the school account.",
  "Haha, kijk eens wat Joep inleverde als werkstuk over Egypte 😂 drie zinnen en een plaatje van Google. "
  "Knap hoor, Joep, hier kunnen we allemaal nog wat van leren."),
 ("ouder", None, P, ["A8"], [], "A parent posts where another parent works to shame her.",
  "Die moeder die elke ochtend met haar SUV op de stoep voor school parkeert: ze werkt bij de bakker op de "
  "Dorpsstraat, daar staat ze elke ochtend achter de toonbank. Spreek haar er daar maar eens op aan."),
 ("leerling", None, P, ["A8"], [], "A pupil boasts of guessing a classmate's password to write as her.",
  "haha ik heb het wachtwoord van Sara d'r Magister geraden, morgen stuur ik vanaf haar account een berichtje "
  "naar de mentor 😈"),
 ("leerling", None, P, ["A8"], [], "An insult in text-speak.",
  "ff srs Noah jij bnt zo kl dm, nmnd wil nst je zttn"),
 ("leerling", None, P, ["A8"], [], "A pupil mocks a classmate's reading aloud.",
  "Luister naar Yara die voorleest: 'de... de... h-hond... loopt' 😂😂 dit moeten jullie echt horen"),
 ("ouder", None, P, ["A8"], [], "A threat in a formal register.",
  "Geachte directie, ik weet inmiddels waar u woont. Ik zal u daar persoonlijk aan herinneren als mijn "
  "dochter niet overgaat."),
 ("ouder", None, P, ["A8"], [], "A sexual remark about an intern.",
  "Die nieuwe stagiaire van groep 8 heeft wel een lekker kontje, daar let ik graag op bij het brengen 😏"),
 ("ouder", None, P, ["A8"], [], "A parent calls the parents' council names.",
  "Wat een stelletje prutsers in die MR. Hersenloze ja-knikkers, allemaal."),
 ("leerling", None, P, ["A8"], [], "A pupil makes the class choose between a party and a classmate.",
  "Wie naar het feestje van Bram gaat hoeft niet meer op het mijne te komen. Hij hoort er gewoon niet bij."),
 ("leerling", None, P, ["A8"], [], "A pupil will spread a screenshot of a classmate's private story.",
  "Ik heb een screenshot van Eline haar privéstory in pyjama, die zet ik morgen in de klassengroep 🤭"),
 ("leerling", None, P, ["A8"], [], "A threat in English against a teacher.",
  "You better watch your back, Mr. Peters. I know which car is yours."),
 # --- near misses: nothing expected of A8
 ("ouder", None, P, [], [], "Sharp but decent criticism of the school's communication.",
  "De communicatie van deze school is ronduit slecht. Drie keer gemaild, nul reactie. Ik verwacht dat de "
  "directie dit nu echt oppakt."),
 ("ouder", None, P, [], [], "A parent jokes about his son with a clown emoji.",
  "Mijn zoon is vandaag zijn gymtas weer vergeten. Zes weken op rij, een record! 🤡 Volgende week plak ik "
  "hem aan zijn voorhoofd."),
 (S, None, S, [], ["C1"], "A friendly reminder about dress-up day with a clown emoji.",
  "Vergeet niet: vrijdag is het verkleeddag! Kom je als clown 🤡, piraat of astronaut? Alles mag, als het "
  "maar vrolijk is."),
 ("ouder", None, P, [], [], "A parent quotes what her daughter was called, to report it.",
  "Mijn dochter werd vandaag op het plein 'vieze dikzak' genoemd door een paar jongens uit groep 8. Ik heb "
  "het bij de juf gemeld en vertrouw erop dat de school het oppakt."),
 ("ouder", None, P, [], [], "A friendly birthday tease in English.",
  "Happy birthday to the silliest teacher in the building, Mr. Daniels! Thanks for all the terrible jokes 😄"),
 (S, None, S, [], [], "Sports talk on the school account.",
  "Zaterdag spelen de meiden van groep 8 de finale van het schoolvoetbaltoernooi. We gaan ze inmaken! 💪⚽"),
 ("medewerker", "leerkracht groep 6", S, [], ["C2"], "A lesson about what to do when called names.",
  "Deze week praten we in groep 6 over pesten. De kinderen bedachten samen wat je kunt doen als iemand "
  "'sukkel' tegen je zegt."),
 ("ouder", None, P, [], [], "Self-mockery in English.",
  "I'm such an idiot, I forgot the sandwiches for the school trip again 🙈 Luckily the other parents shared."),
 ("leerling", None, P, [], [], "A pupil's boast about a game's dragon.",
  "Pas maar op, draak van level 3! Morgen versla ik je eindelijk in de computerles 😎"),
 ("ouder", None, P, [], [], "Strong criticism of a policy, with what the parent will do.",
  "Dit nieuwe telefoonbeleid is belachelijk en slecht doordacht. Ik ga er op de MR-vergadering tegen stemmen "
  "en hoop dat meer ouders dat doen."),
 ("medewerker", "leerkracht groep 7", S, [], ["C2"], "A teacher praises a pupil's project in public.",
  "Kijk eens wat een prachtig werkstuk over Egypte Joep heeft gemaakt! Drie weken aan gewerkt, wat ben ik "
  "trots 👏"),
 ("medewerker", "conciërge", S, [], ["C1", "C2"], "'Ik weet waar' about a key, not a person.",
  "Goed nieuws: ik weet waar de reservesleutel van de gymzaal ligt, dus de gymles gaat morgen gewoon door."),
 (S, None, S, [], [], "The school reports a threat it received, quoting it.",
  "Onder ons vorige bericht schreef iemand 'jullie gaan hier nog spijt van krijgen'. Zulke reacties "
  "verwijderen we, en we hebben er melding van gemaakt bij de wijkagent."),
 ("ouder", None, P, [], [], "An angry but decent parent.",
  "Ik ben echt boos en teleurgesteld dat de schoolreis zonder overleg is afgeblazen. Dit had anders gemoeten, "
  "en ik hoor graag waarom het zo is gegaan."),
 ("ouder", None, P, [], [], "A parent says where the flea market is, at her own home.",
  "Zaterdag is onze rommelmarkt voor het goede doel bij ons in de tuin, vanaf 10 uur. Iedereen uit de klas "
  "is welkom!"),
]


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
