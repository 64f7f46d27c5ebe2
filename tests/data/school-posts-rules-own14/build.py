"""Write tests/data/school-posts-rules-own14 (session 14, helper rules): 30 made-up protocol cases."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from rule_cases import write  # noqa: E402

OUT = Path(sys.argv[1])
S, P, W, N = "schoolaccount", "persoonlijk", "website", "nieuwsbrief"
CASES = [
 # (rol, functie, kanaal, expect, optional, why, text)
 (S, None, S, ["C1"], [], "A Facebook post on the school account cancels a swimming lesson.",
  "Let op ouders van groep 5: de zwemles van aanstaande vrijdag gaat niet door, er is geen bus beschikbaar. "
  "De zwemtassen mogen dus thuisblijven."),
 (S, None, W, [], [], "The website's year calendar: practical dates on the information pages are allowed.",
  "Jaarkalender 2026-2027\n\nStudiedagen (alle leerlingen vrij):\n- maandag 5 oktober\n- woensdag 10 februari\n\n"
  "Kerstvakantie: 19 december t/m 3 januari\nVoorjaarsvakantie: 13 t/m 21 februari"),
 ("ouder", None, P, ["A8"], [], "A parent threatens a teacher's car without a single swear word.",
  "Meester Ruud weet vast wel waar ik woon, en ik weet waar hij elke ochtend zijn auto parkeert. "
  "Als mijn dochter nog één keer moet nablijven, zal hij wel merken wat er met die auto gebeurt."),
 ("medewerker", "leerkracht groep 4", P, ["D3", "D4"], [],
  "A teacher discusses her school's new building on her own account without affiliation or disclaimer.",
  "Wat een gedoe weer in de gemeenteraad over de nieuwbouw van De Wingerd. Als het aan mij lag stond die "
  "gymzaal er gisteren al, de kinderen verdienen echt beter dan die noodlokalen."),
 ("medewerker", "leerkracht groep 5", P, [], [], "An English bio gives affiliation and a disclaimer.",
  "Teacher at De Vlinderhof (Lithora) | views are my own\n\nSo proud of my group 5 today: they presented "
  "their own podcast about the history of our neighbourhood!"),
 ("medewerker", "leerkracht groep 8", P, ["C2"], ["D3", "D4"],
  "In a public Facebook discussion a teacher answers for the team without stating affiliation or function.",
  "Reactie onder het artikel 'Schoolplein wordt groen':\n\nWij hebben hier namens het team lang over "
  "nagedacht en de kinderen zijn er echt blij mee. Kom vooral eens kijken na schooltijd!"),
 ("medewerker", "adjunct-directeur", S, ["C2"], [],
  "A staff member answers a Google review on the school's account with only a first name, no function.",
  "Reactie op de review van 'Tamara B.' (2 sterren):\n\nDank voor uw eerlijke review. Ik begrijp dat het "
  "ophalen na de musical rommelig verliep; we bekijken hoe dat volgend jaar beter kan. – Jeroen"),
 (S, None, S, [], [], "The school answers a review as the school: no affiliation line needed.",
  "Beste ouder, bedankt voor uw reactie. Het team van De Wingerd neemt uw opmerking mee in het overleg "
  "met de ouderraad. U bent altijd welkom voor een gesprek."),
 ("leerling", None, P, ["A8"], [], "A pupil boasts about taking over a classmate's account.",
  "Ik heb het wachtwoord van Daan z'n Insta geraden haha. Vanavond ga ik vanaf zijn account berichtjes "
  "sturen naar de hele klas, kijken wie het doorheeft 😂"),
 (S, None, S, ["C1"], [], "An Instagram story announces a study day: the pupils are free.",
  "📣 Morgen (woensdag) is het studiedag voor het team: alle groepen zijn vrij! Donderdag beginnen we "
  "weer gewoon om 8.30 uur."),
 (S, None, W, [], [], "The website's information page on PE: practical but not through social media.",
  "Gymlessen\n\nGroep 3 tot en met 8 heeft twee keer per week gym in sporthal De Scheg. Geef uw kind een "
  "sportbroek, een shirt en gymschoenen met een lichte zool mee. Op gymdagen liever geen sieraden."),
 ("medewerker", "intern begeleider", P, ["D4"], [],
  "LinkedIn: affiliation and function are stated, but no disclaimer.",
  "Als intern begeleider bij IKC De Zeven Zeeën mocht ik afgelopen week een training geven over "
  "executieve functies. Wat een betrokken collega's, en wat een mooie vragen!"),
 ("medewerker", "leerkracht groep 1-2", P, [], [],
  "Affiliation and a disclaimer in other words, then an opinion about the school.",
  "Juf op De Wingerd (Lithora). Wat ik hier schrijf is alleen mijn eigen kijk, niet die van de school.\n\n"
  "Ik vind dat we veel vaker buiten les zouden moeten geven. Vandaag rekenen met stoepkrijt, top!"),
 ("ouder", None, P, ["A8"], [], "A parent shares a meme mocking a teacher.",
  "Zie je deze meme? Ik heb het hoofd van juf Petra op een clown geplakt. Dit is nou onze "
  "'onderwijsexpert' 🤡 Delen maar!"),
 ("ouder", None, P, ["A8"], [], "A sexist hint about a new teacher's looks.",
  "Nieuwe gymjuf op De Vlinderhof. Geen wonder dat de vaders ineens allemaal willen helpen bij de "
  "gymles, als je ziet hoe zij erbij loopt 😏"),
 ("ouder", None, P, [], [], "Fair criticism of a decision, addressed through the proper channel.",
  "Ik vind het jammer dat het schoolreisje van groep 6 dit jaar zo duur is. Ik heb de MR gemaild met de "
  "vraag of er een regeling kan komen voor gezinnen die het krap hebben."),
 ("ouder", None, P, ["A8"], [], "A parent pressures another to delete a photo, with a veiled threat.",
  "@moeder_van_lies haal die foto van het schoolfeest vandaag nog weg. Anders zorg ik ervoor dat het "
  "hele schoolplein weet wat voor iemand jij eigenlijk bent."),
 ("leerling", None, P, ["A8"], [], "A pupil mocks a teacher with a quote and offers to spread the recording.",
  "Meester Karim vandaag: 'ik ben eh... eh... de beste juf... eh meester' 😂😂 ik heb het opgenomen, "
  "wie wil het? Ik stuur het naar iedereen"),
 ("medewerker", "leerkracht groep 7", S, ["C1"], ["C2"],
  "A teacher reminds parents of a homework deadline on the school account.",
  "Groep 7: vergeet niet dat het werkstuk over de Hanzesteden maandag ingeleverd moet worden! "
  "Op papier of via Teams. Juf Merel"),
 (S, None, S, [], [], "A report afterwards on the school account, nothing practical.",
  "Wat hebben de kleuters genoten van de voorstelling van het poppentheater vanochtend! Dank aan de "
  "oudervereniging die dit mogelijk maakte 🎭"),
 ("medewerker", "leerkracht groep 6", P, ["D3"], [],
  "A disclaimer, but about the foundation without stating affiliation.",
  "Persoonlijke mening: de stichting zou het geld voor werkdrukverlaging veel eerder aan de scholen "
  "moeten uitkeren. Nu zitten we weer tot de kerst zonder extra handen."),
 (S, None, S, ["C1"], [], "The school account asks parents to send materials along.",
  "Ouders van groep 1-2: wilt u donderdag een lege wc-rol en een schoenendoos meegeven? "
  "We gaan knutselen voor de lentetafel."),
 (S, None, S, ["C1"], [], "A camp departure with packing instructions on the school account.",
  "Schoolkamp groep 8 🏕️ Vertrek maandag om 7.45 uur vanaf het plein. Slaapzak en zaklamp niet "
  "vergeten! Medicijnen graag in een zakje met naam afgeven bij de juf."),
 (S, None, S, [], [], "An open morning for prospective parents is not a practical notice.",
  "Op zoek naar een basisschool? Kom kijken tijdens onze open ochtend op 14 maart van 9 tot 12 uur. "
  "Aanmelden hoeft niet, de koffie staat klaar."),
 ("medewerker", "leerkracht groep 3", P, ["C2"], ["D3", "D4"],
  "In a neighbourhood app a teacher answers for the school without affiliation or function.",
  "Vraag in de buurtapp: 'Waarom laat die school ouders dubbel parkeren?'\n\nAntwoord: Wij hebben als "
  "school al drie keer bij de gemeente gevraagd om een kiss-and-ride zone. We doen echt ons best!"),
 ("ouder", None, P, ["A8"], [], "A parent points others to a teacher's house.",
  "Voor wie meester Bas eens wil aanspreken op zijn beleid: hij woont in de straat achter de bakker, "
  "het huis met de blauwe deur. Ga gerust eens langs, hij is 's avonds altijd thuis."),
 ("medewerker", "leerkracht groep 4", P, [], [],
  "A bio in Turkish gives affiliation and a disclaimer; the post is about the class.",
  "Het Baken'da (Lithora) 4. sınıf öğretmeniyim. Burada yazdıklarım kişisel görüşlerimdir.\n\n"
  "Vandaag hebben we in de klas over het Suikerfeest verteld, wat een mooie verhalen!"),
 ("medewerker", "onderwijsassistent", P, ["D3", "D4"], [],
  "A comment under a newspaper article about the school's classroom, no affiliation or disclaimer.",
  "Reactie bij 'Basisschool sluit lokaal wegens schimmel':\n\nDat lokaal is al jaren slecht, mijn "
  "collega's en ik klagen er al sinds 2022 over bij de directie."),
 (S, None, N, [], [], "A practical notice in the e-mail newsletter is allowed.",
  "Vrijdag 12 juni zijn alle kinderen om 12.00 uur vrij in verband met de teamdag."),
 ("leerling", None, P, ["A8"], [], "A pupil calls the class to shut a classmate out.",
  "Wie morgen nog naast Noor gaat zitten in de kring hoort er ook niet meer bij. Stuur dit door naar "
  "de hele groep 6."),
]


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
