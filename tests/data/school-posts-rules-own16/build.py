"""Write tests/data/school-posts-rules-own16 (session 16, helper rules3): 30 made-up protocol cases (C1 C2 D3 D4)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from rule_cases import write  # noqa: E402

OUT = Path(sys.argv[1])
S, P, W, N = "schoolaccount", "persoonlijk", "website", "nieuwsbrief"
M = "medewerker"
CASES = [
 # (rol, functie, kanaal, expect, optional, why, text)
 (M, "leerkracht groep 6", P, ["D3", "D4"], [],
  "A teacher on her own account about her pupils, naming the school only as 'mijn leerlingen'.",
  "Mijn leerlingen hebben vandaag voor het eerst zelf een spreekbeurt gegeven over hun hobby. Wat was ik "
  "trots! Zo mooi om te zien hoe ze groeien dit jaar."),
 (M, "leerkracht groep 4", P, [], [],
  "A teacher's own post about her garden after work: 'werkdag' says nothing about the school.",
  "Na een lange werkdag eindelijk de tuin in. De tomaten doen het dit jaar super, de courgettes iets minder 🍅"),
 (S, None, S, ["C1"], [], "The school account asks the pupils to bring materials for a class project on Monday.",
  "Groep 5 bouwt volgende week robots van kosteloos materiaal. Neem maandag een leeg melkpak en een paar "
  "wc-rolletjes mee!"),
 (M, "leerkracht groep 7", P, ["D3", "D4"], [],
  "A teacher criticises a plan of 'de stichting' without saying where she works or that it is her view.",
  "De stichting wil volgend jaar op alle scholen een nieuwe rekenmethode invoeren. Waarom vraagt niemand ons "
  "als leerkrachten eens wat wij ervan vinden?"),
 (S, None, S, [], [], "The school account only points to Parro for the information about the trip.",
  "Alle informatie over de schoolreis van groep 1 tot en met 4 staat in Parro. Kijkt u er even naar?"),
 (M, "intern begeleider", W, ["C2"], [],
  "A staff member answers an English question on the website, signing with her first name only.",
  "Reply to: 'Is there someone at the school who speaks English? We are moving to Deventer in May.'\n\n"
  "Welcome! Yes, you can email me and I will gladly help you with the enrolment and a tour of the school. "
  "Kind regards, Sarah"),
 (M, "leerkracht groep 3", P, [], [],
  "A teacher's own post about singing with 'mijn collega's' of the choir: not her work.",
  "Zaterdag zingen mijn collega's van het Deventer Vocaal Ensemble en ik in de Lebuinuskerk. Kaartjes via "
  "de website van het koor!"),
 (M, "intern begeleider", P, ["D3", "D4"], [],
  "A staff member complains about the workload 'bij ons op school' without affiliation or disclaimer.",
  "Bij ons op school is de werkdruk dit jaar echt niet normaal meer. Drie collega's ziek thuis en nergens een "
  "invaller te vinden."),
 (M, "directeur", N, [], [], "The director writes in the staff newsletter and signs with name and function.",
  "Beste collega's,\n\nVolgende week starten we met de nieuwe werkgroep over het schoolplein. Wie mee wil "
  "denken, kan zich bij mij melden.\n\nMet vriendelijke groet,\nMark de Vries, directeur"),
 (M, "leerkracht groep 4", P, ["D4"], [],
  "A teacher gives affiliation and function but no disclaimer on an opinion about the playground.",
  "Als juf van groep 4 op OBS De Vlinderhof zie ik elke dag hoe weinig ruimte mijn leerlingen hebben om "
  "buiten te spelen. De gemeente moet echt iets doen aan het schoolplein."),
 (M, "leerkracht groep 5", P, ["D3"], [],
  "A teacher adds a disclaimer but never says where she works.",
  "Mijn leerlingen verdienen kleinere klassen, zo simpel is het. Dit is mijn persoonlijke mening."),
 (M, "leerkracht groep 6", P, [], [],
  "A teacher gives affiliation and a disclaimer in Sallands dialect.",
  "Ik bin juf van groep 6 op CBS Het Baken. Dit is mien eigen meaning, niet die van de stichting.\n\n"
  "Wat hebt de kinder vandaag mooi zungen op de kerstviering!"),
 (M, "leerkracht groep 8", P, ["D4"], [],
  "A teacher says in dialect where he works and gives his opinion without a disclaimer.",
  "Ik bin meester van groep 8 op KBS De Wingerd en ik vind dat wie veuls te weinig tied hebt veur de kinder "
  "die extra hulp neudig hebt."),
 (S, None, S, ["C1"], [], "The school account asks for an old T-shirt on Friday for the art project.",
  "Voor het kunstproject van groep 7: wilt u uw kind vrijdag een oud T-shirt meegeven om te beschilderen?"),
 (S, None, S, ["C1"], [], "The school account cancels a gym lesson and points to Parro for more.",
  "De gymles van groep 6 gaat donderdag niet door. Meer informatie vindt u in Parro."),
 (S, None, S, [], [], "The school account: this month's newsletter is in Parro.",
  "De nieuwsbrief van februari staat weer in Parro. Veel leesplezier!"),
 (S, None, S, [], [], "A report afterwards about decorated boxes; no request.",
  "Wat hebben de kinderen van groep 3 prachtige schoenendozen versierd voor het sinterklaasfeest! Kijk maar "
  "eens naar de foto's."),
 (M, "leerkracht groep 2", P, ["D3", "D4"], [],
  "A teacher's English post about 'my pupils' without affiliation or disclaimer.",
  "My pupils made me the sweetest card for my birthday today. Best job in the world! ❤️"),
 (M, "leerkracht groep 5", W, [], [],
  "A staff member answers an English question on the website with name, function and school.",
  "Reply to: 'Do the children need to bring their own lunch?'\n\nYes, the children eat their own lunch in "
  "the classroom with their teacher. Best wishes, Sarah Jansen, teacher of group 5 at CBS Het Baken"),
 ("ouder", None, P, [], [], "A parent writes 'bij ons op school': the rules for staff do not apply.",
  "Bij ons op school is de pauze veel te kort, vind ik. De kinderen hebben amper tijd om hun brood op te eten."),
 (M, "leerkracht groep 1-2", P, ["D3", "D4"], [],
  "A kindergarten teacher on her own account about her day at work, only 'mijn werk'.",
  "Wat een dag. 28 kleuters, één juf en een kapotte verwarming. Ik hou echt van mijn werk, maar zo kan het "
  "toch niet langer?"),
 (M, "leerkracht groep 8", P, [], [],
  "A teacher looks forward to going back to work; nothing about the school itself.",
  "Morgen na drie weken weer aan het werk. Eerst nog even genieten van de laatste vakantiedag aan zee ☀️"),
 (M, "leerkracht groep 6", P, [], [],
  "A teacher writes as a parent about her own daughter's first school day.",
  "Mijn dochter had vandaag haar eerste schooldag. Met een veel te grote tas op haar rug liep ze zo naar "
  "binnen. Wat gaat de tijd snel!"),
 (M, "leerkracht groep 7", P, ["D4"], [],
  "A teacher says where he works; the foundation's cuts are his opinion, without disclaimer.",
  "Ik werk als leerkracht op KBS De Wingerd. De stichting bezuinigt op de vakleerkracht gym en dat vind ik "
  "doodzonde voor de kinderen."),
 (M, "conciërge", P, ["D3", "D4"], [],
  "A caretaker thanks 'mijn collega's' for a cake for his 25 years at the school.",
  "Mijn collega's hebben me vandaag verrast met taart en een cadeaubon, omdat ik al 25 jaar op school werk. "
  "Wat een team! 🎂"),
 (M, "leerkracht groep 5", P, [], [],
  "A teacher's post with affiliation, function and disclaimer, then about her pupils.",
  "Leerkracht groep 5 bij CBS Het Baken (Stichting Lithora); hier schrijf ik op persoonlijke titel.\n\n"
  "Mijn leerlingen hebben vandaag een brief aan de burgemeester geschreven over de verkeersdrempels."),
 (M, "leerkracht groep 3", P, [], [],
  "A teacher helps at the food bank on Sunday: 'werk' that is not her job.",
  "Zondag weer vrijwilligerswerk bij de voedselbank. Mooi werk, en het geeft zoveel energie. Wie komt er "
  "ook eens helpen?"),
 (M, "leerkracht groep 7", P, [], [],
  "A teacher is proud of her husband's new job at another foundation.",
  "Mijn man begint maandag bij de stichting Natuurmonumenten als boswachter. Zo trots op hem! 🌳"),
 (S, None, S, ["C1"], [], "The school account asks each child to bring an empty jar on Wednesday.",
  "We gaan in groep 4 kweken! Geef uw kind woensdag een schone lege pot van jam of pindakaas mee."),
 (M, "leerkracht groep 8", P, ["D3", "D4"], [],
  "A teacher on her own account about the study day with 'mijn collega's' and her view on it.",
  "Vandaag met mijn collega's de hele studiedag over het nieuwe rapport gepraat. Eerlijk gezegd vind ik het "
  "een stap terug voor de kinderen."),
]


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
