"""Write tests/data/school-posts-rules-own15 (session 15, helper rules2): 30 made-up protocol cases."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from rule_cases import write  # noqa: E402

OUT = Path(sys.argv[1])
S, P, W, N = "schoolaccount", "persoonlijk", "website", "nieuwsbrief"
CASES = [
 # (rol, functie, kanaal, expect, optional, why, text)
 (S, None, W, [], [], "A plain-text letter on the website about the camp, as an information page with a title.",
  "Informatie schoolkamp groep 8\n\nIeder jaar gaat groep 8 drie dagen op kamp naar de Veluwe. De kinderen "
  "slapen in een groepsaccommodatie en doen spelletjes in het bos. De kosten zijn 95 euro; een paklijst "
  "krijgt u per mail via Parro."),
 (S, None, S, ["C1"], [], "The school account moves the parent evenings to another day.",
  "Let op: de oudergesprekken van groep 3 en 4 zijn verplaatst van dinsdag naar donderdag 19 maart. U krijgt "
  "in Parro een nieuwe tijd."),
 (S, None, S, [], [], "A report afterwards about the exam the pupils passed, with its date.",
  "Trots! Op 2 april deden alle kinderen van groep 7 mee aan het theoretisch verkeersexamen en iedereen is "
  "geslaagd. Gefeliciteerd, toppers! 🚲"),
 ("medewerker", "leerkracht groep 6", S, [], ["C2"],
  "A teacher tells on the school account what her class is practising for the musical; no request.",
  "Groep 6 oefent deze weken hard op de liedjes van de musical 'Kapitein Winokio'. Wat klinkt het al mooi! "
  "Juf Anouk"),
 ("medewerker", "leerkracht groep 5", S, ["C1"], ["C2"],
  "A teacher asks parents on the school account to practise the tables at home before Friday's test.",
  "Groep 5: oefent u thuis nog even de tafels van 6 en 7? Vrijdag is de tafeltoets. Meester Youssef"),
 ("medewerker", "leerkracht groep 4", W, [], [],
  "A class blog post on the website, signed with name and group: the school speaks on its own page.",
  "Wat een leuke week in groep 4! We hebben geleerd hoe een vlinder uit een rups komt en iedereen heeft een "
  "eigen vlinder getekend. Groetjes van juf Sanne en groep 4"),
 ("medewerker", "leerkracht groep 7", P, ["D3", "D4"], [],
  "A teacher writes on her own account about her school's plans without affiliation or disclaimer.",
  "Binnenkort gaan we op De Zeven Zeeën werken met een continurooster. Ik ben er eerlijk gezegd nog niet "
  "uit of ik dat goed vind voor de kinderen."),
 ("medewerker", "leerkracht groep 2", P, [], [],
  "A teacher's bio in Papiamento gives affiliation and function, with a disclaimer.",
  "Mi ta juf di grupo 2 na OBS De Vlinderhof (Lithora). Opinion personal.\n\nVandaag hebben we in de kring "
  "verteld over Dia di Rei en de kinderen hebben een kroon geknutseld."),
 ("medewerker", "leerkracht groep 8", P, ["D3", "D4"], [],
  "An English LinkedIn post hinting at the school without saying where she works.",
  "Another busy week at our school: report meetings, a fire drill and my class won the chess tournament. "
  "Teaching is never boring!"),
 ("medewerker", "teamleider", P, [], [],
  "An English LinkedIn post with affiliation and a disclaimer.",
  "Team leader at CBS Het Baken, part of Stichting Lithora. All views are my own.\n\nThis week our pupils "
  "planted forty trees with the municipality. Proud of this team!"),
 ("ouder", None, P, [], [], "A parent disagrees decently with a school decision.",
  "Ik ben het echt niet eens met het besluit om de kerstviering in de avond te houden. Voor werkende ouders "
  "is dat lastig. Ik hoop dat de MR er nog eens naar kijkt."),
 ("ouder", None, P, [], [], "A parent criticises a teacher's approach firmly but politely.",
  "Ik vind dat juf Mirjam te weinig uitlegt bij rekenen; mijn zoon komt vaak verdrietig thuis. Ik heb een "
  "gesprek aangevraagd en hoop dat we er samen uitkomen."),
 ("ouder", None, P, ["A8"], [], "A parent threatens a teacher with what will happen after school.",
  "Als meester Bram mijn zoon nog één keer de gang op stuurt, wacht ik hem vrijdag na school zelf wel op bij "
  "het fietsenhok. Dan praten we verder."),
 ("leerling", None, P, ["A8"], [], "A pupil calls the class to ignore a classmate.",
  "Vanaf maandag zegt niemand meer iets tegen Fenna. Wie wel met haar praat, hoort ook niet meer bij ons. "
  "Doorsturen!"),
 ("leerling", None, P, ["A8"], [], "A pupil shares a photo of a classmate to have her laughed at.",
  "Kijk die foto van Lotte in de kleedkamer 😂😂 heb ik stiekem gemaakt, stuur maar door naar de hele klas"),
 ("ouder", None, P, [], [], "A parent jokes about himself; no one is targeted.",
  "Vanochtend de verkeerde broodtrommel meegegeven, dus mijn dochter had mijn lunch met spruitjes. Ik ben ook "
  "zo'n sukkel soms 🙈"),
 ("medewerker", "directeur", S, [], [],
  "The school answers a Google review as the school, signed by the team.",
  "Google-recensie (3 sterren): 'Fijne school, maar de communicatie kan beter.'\n\nReactie van de eigenaar: "
  "Dank voor uw eerlijke feedback! We werken dit jaar aan een nieuwe nieuwsbrief. Team De Wingerd"),
 ("medewerker", "leerkracht groep 3", S, ["C2"], [],
  "A teacher answers a parent's comment on the school account with only her first name, no function.",
  "Reactie op: 'Waarom krijgen de kinderen zo weinig gym?'\n\nWe hebben het rooster echt zo goed mogelijk "
  "gemaakt, maar de sporthal is maar twee ochtenden vrij. Groet, Esther"),
 ("medewerker", "leerkracht groep 8", P, ["C2"], ["D3", "D4"],
  "A teacher speaks for the team in a public Facebook discussion without function.",
  "Reactie onder het bericht 'Drukte bij de school':\n\nWij als team zien dat ook elke ochtend en we hebben de "
  "gemeente al om een zebrapad gevraagd. Fijn dat jullie meedenken!"),
 (S, None, S, ["C1"], [], "The school account: pupils should bring their bike tomorrow for the cycling lesson.",
  "Morgen is de fietsles voor groep 6 en 7! Komen alle kinderen op de fiets? Vergeet de helm niet. 🚴"),
 (S, None, S, ["C1"], [], "The school account: the school is closed because of the storm.",
  "Vanwege de zware storm blijft de school morgen gesloten. Houd Parro in de gaten voor meer informatie."),
 (S, None, S, [], [], "The school account shares a past event; a date is only in the report.",
  "Zaterdag 14 maart stonden we met de hele school op de rommelmarkt en we haalden 1.240 euro op voor "
  "KiKa. Dank aan iedereen die iets kocht!"),
 (S, None, W, [], [], "A website news item about the new playground, the school speaking as the school.",
  "Nieuw schoolplein\n\nDe afgelopen maanden is hard gewerkt aan ons nieuwe groene schoolplein. Er is een "
  "moestuin, een wilgenhut en een klimrek. De officiële opening volgt later dit jaar."),
 (S, None, S, [], [], "The school account asks for donations for the school library (a call to give).",
  "Heeft u thuis nog leesboeken die niet meer gelezen worden? Onze schoolbieb is er blij mee! Inleveren kan "
  "bij de conciërge."),
 ("medewerker", "leerkracht groep 1-2", P, ["D4"], [],
  "A teacher states where she works but gives her opinion on a policy without a disclaimer.",
  "Ik werk als kleuterjuf op KBS De Wingerd en ik vind de nieuwe toetsen voor kleuters echt onzin. Laat ze "
  "toch gewoon spelen."),
 ("medewerker", "leerkracht groep 6", P, [], [],
  "A teacher's own post about her hobby: nothing about school.",
  "Eindelijk mijn eerste halve marathon gelopen! 2 uur en 4 minuten. Volgend jaar de hele? 🏃‍♀️"),
 ("ouder", None, P, ["A8"], [], "A parent shares a teacher's home street to make people go there.",
  "Wie juf Karin wil vertellen wat we van haar strafwerk vinden: ze woont op de Populierenlaan, vlak bij de "
  "kerk. Ga maar eens aanbellen."),
 ("leerling", None, P, ["A8"], [], "A pupil insults a classmate with a slur-like name and emoji.",
  "Thijs is echt een mongool 🤡 hij kan niet eens een bal vangen"),
 (S, None, S, [], [], "An English post on the school account about a visit, a report afterwards.",
  "Last week our group 8 pupils visited the European Parliament in Brussels. What an inspiring day for our "
  "young citizens!"),
 (S, None, S, ["C1"], [], "A notice in Papiamento on the school account: no swimming tomorrow.",
  "Mayornan di grupo 5: mañan no tin lès di landamentu. Por fabor laga e tas di landa na kas."),
]


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
