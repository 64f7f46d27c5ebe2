"""Write tests/data/school-posts-rules-own17 (session 17, helper rules4): 30 made-up protocol cases (C1 C2 D3 D4).

A case whose channel (kanaal) and writer (rol) are None gives neither: the screener decides them from the
draft's shape, as `screener check draft.txt` does without front matter."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from rule_cases import write  # noqa: E402

OUT = Path(sys.argv[1])
S, P, W, N = "schoolaccount", "persoonlijk", "website", "nieuwsbrief"
M = "medewerker"
CASES = [
 # (rol, functie, kanaal, expect, optional, why, text)
 # --- channel not given: the shape of the draft decides
 (None, None, None, [], [],
  "A plain-text newsletter (masthead on the first line) passes notices on: a newsletter is mail, the right channel.",
  "WEEKBRIEF KBS DE WINGERD | week 38 | vrijdag 18 september 2026\n\n"
  "Beste ouders,\n\n"
  "Volgende week woensdag is er een studiedag: alle kinderen zijn dan vrij. Groep 6 heeft donderdag geen gym, "
  "want de gymzaal wordt geschilderd.\n\n"
  "Vergeet u niet de toestemmingsformulieren voor de excursie vóór dinsdag in te leveren?\n\n"
  "Hartelijke groet,\nhet team van KBS De Wingerd"),
 (None, None, None, [], [],
  "A newsletter pasted as text whose masthead names it 'Ouderbrief'; the heat notice is in the right channel.",
  "Ouderbrief IKC De Zeven Zeeën – juni 2027\n\n"
  "Hitte op komst\n"
  "Donderdag en vrijdag wordt het boven de 30 graden. De kinderen zijn die dagen om 12.30 uur uit. Geeft u een "
  "petje en een flesje water mee?\n\n"
  "Schoolfotograaf\n"
  "Op 24 juni komt de schoolfotograaf. Broertjes en zusjes kunnen samen op de foto.\n\n"
  "Met vriendelijke groet,\nDirectie IKC De Zeven Zeeën"),
 (None, None, None, [], [],
  "A class newsletter with its masthead 'Nieuwsflits groep 4'; homework in it goes through the newsletter (mail).",
  "Nieuwsflits groep 4 – CBS Het Baken\n\n"
  "Hoi allemaal!\n\n"
  "Deze week oefenen we de tafels van 3 en 4. Het huiswerk is blad 12 van het rekenschrift, dat moet maandag af. "
  "Dinsdag gaan we naar de kinderboerderij: trek laarzen aan!\n\n"
  "Groetjes, juf Kim"),
 (None, None, None, [], [],
  "An e-mail to the parents, with its header lines: mail is the right channel for a practical notice.",
  "Van: Groep 7 De Vlinderhof <groep7@devlinderhof.nl>\nAan: ouders groep 7\nOnderwerp: gym morgen\n\n"
  "Beste ouders,\n\nMorgen gaat de gymles niet door omdat de zaal gebruikt wordt voor de verkiezingen. "
  "De kinderen hoeven dus geen gymtas mee te nemen.\n\nGroet,\nmeester Tim"),
 (None, None, None, [], [],
  "An export of the pupil administration (a table of records): no message to anyone, no channel for C1.",
  "Export Magister – Schoolkamp groep 8 – CBS Het Baken – 02-05-2027\n"
  "leerlingnummer;achternaam;voornaam;groep;schoolkamp betaald;dieet;opmerking\n"
  "44012;Jansen;Sem;8a;ja;geen;\n"
  "44019;El Idrissi;Nora;8a;nee;halal;herinnering gestuurd\n"
  "44027;Visser;Lotte;8b;ja;vegetarisch;neemt eigen slaapzak mee\n"
  "44031;Bakker;Daan;8b;ja;geen;\n"),
 (None, None, None, [], [],
  "A form's answers exported as a list: the school trip is its subject, nobody is told anything.",
  "Antwoorden formulier 'Hulpouders schoolreis groep 3 en 4'\n"
  "Tijdstempel;Naam ouder;Groep kind;Kan rijden;Aantal plaatsen\n"
  "12-4-2027 19:02;Anouk de Boer;3;ja;3\n"
  "12-4-2027 20:15;Rachid Amrani;4;nee;0\n"
  "13-4-2027 08:40;Femke Hoekstra;4;ja;4\n"),
 (None, None, None, [], [],
  "An X thread (no platform word): the school's own account answers a parent; the school speaks, no C2.",
  "CBS Het Baken @cbshetbaken · 8 apr.\n"
  "Wat een prachtige voorstelling van groep 5 vanmiddag! 🎭 Dank aan alle ouders die kwamen kijken.\n\n"
  "  Esther Mulder @esthermulder_ · 8 apr.\n"
  "  Mijn dochter heeft er weken naar uitgekeken, wat hebben jullie dat mooi gedaan!\n\n"
  "  CBS Het Baken @cbshetbaken · 8 apr.\n"
  "  @esthermulder_ Dank u wel! We geven het compliment door aan de juffen van groep 5.\n"),
 (None, None, None, ["C1"], [],
  "An X thread of the school's account that answers a parent with a cancelled lesson: C1 on the school account.",
  "IKC De Zeven Zeeën @ikcdezevenzeeen · 14 jan.\n"
  "Brr, wat is het glad vanochtend! ❄️ Fijn dat zoveel kinderen op tijd waren.\n\n"
  "  Kees Brouwer @keesbrouwer77 · 14 jan.\n"
  "  @ikcdezevenzeeen Gaat het schaatsen van groep 7 morgen nog door?\n\n"
  "  IKC De Zeven Zeeën @ikcdezevenzeeen · 14 jan.\n"
  "  @keesbrouwer77 Nee helaas, de schaatsles van morgen gaat niet door: de baan is dicht.\n"),
 (None, None, None, [], [],
  "A parent's Instagram export about her own child's heat day: someone's own account, writer not staff.",
  "@marloes.bakker · Instagram\n"
  "Morgen is mijn kleine man om 12 uur al uit door de hitte 🥵 Dus wij gaan lekker naar het zwembad! "
  "#hittegolf #zomer\n"),
 (None, None, None, ["C1"], [],
  "A plain text without any shape is the configured channel (the website): the school cuts the day short.",
  "Beste ouders,\n\nVanwege de hitte stoppen we morgen om 12.00 uur. Kinderen die niet opgehaald kunnen worden, "
  "blijven op school tot half vier.\n\nTeam OBS De Vlinderhof"),
 (None, None, None, ["C1"], [],
  "'Nieuws uit groep 3' is a title, no newsletter's masthead: on the website the changed time is a notice.",
  "Nieuws uit groep 3\n\nDonderdag zijn de kinderen van groep 3 om half 1 uit, omdat juf Ilse naar een "
  "cursus gaat. Wilt u zorgen dat uw kind op tijd wordt opgehaald?"),
 (None, None, None, ["C1"], [],
  "A website post that mentions last week's newsletter is no newsletter itself; it still passes a notice on.",
  "Zoals we in de nieuwsbrief van vorige week al schreven, wordt het schoolplein opgeknapt.\n\n"
  "Vanaf maandag brengt u uw kind daarom naar de ingang aan de Lindelaan. Het hek aan de voorkant blijft "
  "drie weken dicht."),
 # --- channel given
 (S, None, W, ["C1"], [], "The school shortens Thursday because of the heat, worded as the time school is out.",
  "Door de verwachte hitte is de school donderdag om 12.30 uur uit. Er is die middag opvang voor kinderen die "
  "niet eerder opgehaald kunnen worden."),
 (S, None, S, ["C1"], [], "The school account: school ends early on Friday, worded as 'we stoppen'.",
  "Het zit erop! Vrijdag stoppen we al om kwart over twaalf, en dan begint de zomervakantie. ☀️"),
 (S, None, W, ["C1"], [], "Two classes go home early tomorrow because of a broken heating.",
  "De verwarming in de noordvleugel is kapot. De kinderen van groep 5 en 6 gaan morgen daarom om 12.00 uur "
  "naar huis."),
 (S, None, W, ["C1"], [], "School starts later on Monday for the whole school, worded as the time the doors open.",
  "Maandag gaan de deuren pas om 10.00 uur open, omdat het team 's ochtends een EHBO-training heeft."),
 (S, None, W, [], [], "The website page of the regular school times: an information page, no notice.",
  "Schooltijden\n\n"
  "- Maandag, dinsdag, donderdag en vrijdag: 8.30 tot 14.15 uur\n"
  "- Woensdag: 8.30 tot 12.15 uur\n\n"
  "De deuren gaan tien minuten voor de start open."),
 (S, None, W, ["C1"], [], "A news item titled with changed school times names one occasion: a message.",
  "Gewijzigde schooltijden op 5 en 6 juli\n\n"
  "Op maandag 5 en dinsdag 6 juli zijn alle kinderen om 12.00 uur vrij, in verband met de teamdag."),
 (S, None, W, [], [],
  "A report on the swimming diplomas ends with the weekly timetable and a standing reminder: no notice.",
  "Veertien kinderen van groep 5 hebben vorige week hun A-diploma gehaald. Wat waren ze trots!\n\n"
  "Schoolzwemmen is voor groep 5 en 6 op vrijdag van 9.00 tot 9.45 uur. Denk aan de zwemtas!"),
 (S, None, S, [], [], "A report afterwards: yesterday the children were out early because of the heat.",
  "Gisteren waren de kinderen door de hitte al om 12 uur uit. Wat hebben ze genoten van het waterfestijn op "
  "het plein! 💦"),
 (S, None, W, ["C1"], [], "The school asks, in words no list names, that the children come in sports clothes.",
  "Donderdag is de sportdag van groep 1 tot en met 4. Laat uw kind die ochtend in sportkleren naar school komen."),
 (M, "leerkracht groep 8", N, [], [], "A teacher's class news in the newsletter: the right channel.",
  "Groep 8 vertrekt maandag om 8.30 uur op kamp. Neem een slaapzak, een kussen en een zaklamp mee.\n\n"
  "Meester Ruben, leerkracht groep 8 van CBS Het Baken"),
 # --- C2
 (M, "leerkracht groep 3", W, ["C2"], [],
  "A teacher answers under a website post, signing with her first name only: no function.",
  "Reactie op: 'Waarom ligt er zoveel zwerfafval rond het plein?'\n\n"
  "Goed dat u het meldt! We gaan er deze week met de kinderen van de groene klas mee aan de slag. Groetjes, "
  "Marieke"),
 (M, "leerkracht groep 3", W, [], [],
  "The same kind of answer, signed with function and school.",
  "Reactie op: 'Wanneer is het nieuwe klimrek klaar?'\n\n"
  "Na de meivakantie, als alles meezit! Marieke Smit, leerkracht groep 3 van KBS De Wingerd"),
 (S, None, S, [], [], "The school account answers a comment and the team signs: the school speaks.",
  "Reactie op: 'Mooie foto's van de sportdag!'\n\nDank u wel, het was een fantastische dag. Team Het Baken"),
 # --- D3 / D4
 (M, "leerkracht groep 6", P, ["D3", "D4"], [],
  "A teacher on her own account about the heat at 'onze school', without affiliation or disclaimer.",
  "Vandaag om 12 uur al uit vanwege de hitte. In de lokalen van onze school werd het 31 graden. Hoe lang "
  "moeten we nog wachten op airco?"),
 (M, "intern begeleider", P, ["D4"], [],
  "A staff member states affiliation and function, then an opinion, without a disclaimer.",
  "Ik werk als intern begeleider op IKC De Zeven Zeeën. De wachtlijsten voor jeugdzorg zijn veel te lang: "
  "kinderen wachten soms een jaar op hulp."),
 (M, "leerkracht groep 2", P, ["D3"], [],
  "A disclaimer, 'bij ons op school', but no statement of where she works.",
  "Dit is mijn persoonlijke mening. Bij ons op school zitten er 29 kleuters in één groep, en dat is gewoon te veel."),
 (M, "leerkracht groep 4", P, [], [],
  "A teacher writes about her own son's heat day: her family, not her work.",
  "Mijn zoon is morgen om 12 uur uit door de hitte, dus ik ga na mijn werk snel naar huis. Zwembadje staat al klaar!"),
 (M, "leerkracht groep 7", P, [], [],
  "A teacher gives affiliation, function and disclaimer before her view on the heat at school.",
  "Leerkracht groep 7 op OBS De Vlinderhof, hier op persoonlijke titel. In ons lokaal werd het vandaag 30 graden: "
  "ventilatie in scholen moet echt beter."),
]


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
