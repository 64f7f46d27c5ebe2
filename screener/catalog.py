"""Every rule the screener knows: a stable id, its default severity, the articles it rests on,
and the Dutch text a user sees with `screener explain RULE`.

Rule ids are "<protocol article>-<WHAT>", so a user can tell from the id which part of the
protocol is meant. Every stage emits findings with one of these ids; configuration may switch a
rule off or change its severity, never invent one.
"""

from __future__ import annotations

from dataclasses import dataclass

from screener.findings import Severity

AVG_PERSONAL_DATA = "art. 4 lid 1 AVG (persoonsgegevens)"
AVG_SPECIAL_ID = "art. 87 AVG en art. 46 UAVG (BSN)"
AVG_CHILD_CONSENT = "art. 6 lid 1 sub a en art. 8 AVG (toestemming)"
AVG_BIOMETRIC = "art. 9 AVG (biometrische gegevens)"
AVG_NONE = ""


@dataclass(frozen=True)
class Rule:
    id: str
    title: str  # short Dutch title
    severity: Severity  # default; configuration may change it
    protocol: tuple[str, ...]
    avg: str
    why: str  # Dutch: why the rule exists
    fix: str  # Dutch: how to fix a finding


def _pii(id_: str, title: str, severity: Severity, what: str, fix: str, avg: str = AVG_PERSONAL_DATA) -> Rule:
    return Rule(
        id=id_,
        title=title,
        severity=severity,
        protocol=("A2",),
        avg=avg,
        why=(
            f"{what} is een persoonsgegeven (artikel 4 AVG). Protocol A2 verbiedt het delen van "
            "persoonsgegevens van leden van de schoolgemeenschap; voor medewerkers op een "
            "privéaccount geldt D1."
        ),
        fix=fix,
    )


E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO

# --- text: personal data in Dutch text (issue 2) ---
TEXT_RULES = [
        _pii("A2-NAAM", "naam van een persoon", E, "Een naam",
             "Laat de naam weg of gebruik alleen een voornaam met toestemming van de ouders voor dit kanaal."),
        _pii("A2-PLAATS", "plaatsnaam", W, "Een plaats die samen met andere gegevens een persoon aanwijst",
             "Noem geen woonplaats van een leerling, ouder of medewerker; een schoolreisbestemming mag."),
        _pii("A2-ADRES", "adres", E, "Een adres (straat met huisnummer of postbus)",
             "Verwijder het adres; het adres van de school zelf mag in de configuratie worden toegestaan."),
        _pii("A2-POSTCODE", "postcode", E, "Een postcode", "Verwijder de postcode."),
        _pii("A2-BSN", "burgerservicenummer", E, "Een burgerservicenummer (BSN)",
             "Verwijder het BSN: het mag nooit in een publicatie staan.", AVG_SPECIAL_ID),
        _pii("A2-IBAN", "rekeningnummer (IBAN)", E, "Een rekeningnummer",
             "Verwijder het rekeningnummer, of gebruik alleen het rekeningnummer van de school (toestaan in de configuratie)."),
        _pii("A2-TELEFOON", "telefoonnummer", E, "Een telefoonnummer",
             "Verwijder het telefoonnummer; verwijs naar het algemene nummer van de school."),
        _pii("A2-EMAIL", "e-mailadres", E, "Een e-mailadres",
             "Verwijder het e-mailadres; verwijs naar het algemene adres van de school."),
        Rule(id="A2-EMAIL-ALGEMEEN", title="algemeen e-mailadres", severity=I, protocol=("A2",),
             avg=AVG_PERSONAL_DATA,
             why="Een algemeen adres als info@ of administratie@ hoort bij een organisatie of een taak, niet bij "
                 "één persoon; het is meestal geen persoonsgegeven (artikel 4 AVG).",
             fix="Controleer dat dit het algemene adres van de school is. Zet het domein van de school in de "
                 "configuratie ([organisation] domains), dan verdwijnt deze melding."),
        _pii("A2-URL", "webadres", I, "Een webadres dat naar een persoon kan leiden",
             "Controleer of de link niet naar een persoonlijke pagina of een document met persoonsgegevens wijst."),
        _pii("A2-ACCOUNT", "account op sociale media", E, "Een account op sociale media (@naam of profiellink)",
             "Verwijder de accountnaam of profiellink van de persoon."),
        _pii("A2-GEBOORTEDATUM", "geboortedatum", E, "Een geboortedatum of leeftijd met naam",
             "Verwijder de geboortedatum; 'jarig deze week' zonder datum en naam is genoeg."),
        _pii("A2-KENTEKEN", "kenteken", E, "Een kenteken", "Verwijder het kenteken of maak het onleesbaar op de foto."),
        _pii("A2-LEERLINGNUMMER", "leerling- of onderwijsnummer", E, "Een leerling- of onderwijsnummer",
             "Verwijder het leerlingnummer: het hoort alleen in de leerlingadministratie."),
        _pii("A2-IP", "IP-adres", W, "Een IP-adres", "Verwijder het IP-adres."),
        _pii("A2-DENY", "naam op de lijst 'altijd melden'", E, "Een naam die de organisatie altijd wil laten melden",
             "Verwijder deze naam: de organisatie heeft bepaald dat die nooit gepubliceerd mag worden."),
]

# --- images: faces, consent, metadata (issue 3) ---
_CONSENT_WHY = (
    "Protocol A5 en A7: een foto of naam van een leerling, ouder of medewerker mag alleen worden "
    "gepubliceerd als er aantoonbaar schriftelijke toestemming is voor dit kanaal. Een gezicht is een "
    "persoonsgegeven; voor een kind geven de ouders toestemming (artikel 8 AVG)."
)
_METADATA_WHY = (
    "{what} staat onzichtbaar in het fotobestand (EXIF/XMP) en gaat mee als de foto wordt gepubliceerd. "
    "Het is een persoonsgegeven (artikel 4 AVG); protocol A2 verbiedt het delen ervan."
)
_CLEAN_FIX = "Maak een schone kopie met `screener clean FOTO --output KOPIE` en publiceer die kopie."

IMAGE_RULES: list[Rule] = [
    Rule("A5-GEZICHT", "gezicht met toestemming", I, ("A5", "A7"), AVG_CHILD_CONSENT, _CONSENT_WHY,
         "Niets te doen: de personen op de foto hebben toestemming voor dit kanaal."),
    Rule("A5-GEZICHT-ZONDER-TOESTEMMING", "persoon op de foto zonder toestemming", E, ("A5", "A7"),
         AVG_CHILD_CONSENT, _CONSENT_WHY,
         "Kies een andere foto, snijd de persoon weg of maak het gezicht onherkenbaar; of vraag eerst "
         "schriftelijke toestemming voor dit kanaal en werk de toestemmingslijst bij."),
    Rule("A5-NIET-BENOEMD", "niet alle personen op de foto benoemd", E, ("A5", "A7"), AVG_CHILD_CONSENT,
         _CONSENT_WHY + " Zonder te weten wie er op de foto staat, kan niemand nagaan of er toestemming is.",
         "Noem in de kop van het bericht wie er op de foto staat (photos: - src: ... personen: [...]) of "
         "in een bestand naast de foto (FOTO.personen.txt, één persoon per regel)."),
    Rule("A5-MOGELIJK-GEEN-MENS", "gezicht dat waarschijnlijk niet van een mens is", W, ("A5", "A7"),
         AVG_CHILD_CONSENT, "Ook dieren lijken soms een gezicht. Een gezicht dat verdwijnt als de screener het "
         "klein bekijkt, is waarschijnlijk van een dier: het blokkeert niet, maar iemand moet het bekijken. "
         "Een gezicht waarover de screener twijfelt, blokkeert wel, net als een mensengezicht.",
         "Bekijk het kader op de foto. Is het een dier, beeld of tekening, dan hoeft er niets te gebeuren. "
         "Is het een persoon, noem die dan in de kop van het bericht (photos: - src: ... personen: [...]) "
         "of in FOTO.personen.txt, en zorg voor toestemming."),
    Rule("A5-GEZICHT-ONBEKEND", "gezicht van iemand die niet op de toestemmingslijst staat", E, ("A5", "A7"),
         AVG_BIOMETRIC, _CONSENT_WHY,
         "Kies een andere foto of maak het gezicht onherkenbaar; staat de persoon wel op de lijst, voeg "
         "dan een referentiefoto toe en voer `screener consent enroll` opnieuw uit."),
    Rule("A5-ONBEKENDE-PERSOON", "benoemde persoon staat niet op de toestemmingslijst", E, ("A5", "A7"),
         AVG_CHILD_CONSENT, _CONSENT_WHY,
         "Controleer de schrijfwijze van de naam of het id, of zet de persoon met toestemming op de lijst."),
    Rule("A5-NAAM-ZONDER-TOESTEMMING", "naam van iemand zonder toestemming voor dit kanaal", E, ("A5", "A2"),
         AVG_CHILD_CONSENT, _CONSENT_WHY,
         "Laat de naam weg, of vraag eerst schriftelijke toestemming voor dit kanaal en werk de lijst bij."),
    Rule("A2-FOTO-GPS", "GPS-positie in de foto", E, ("A2",), AVG_PERSONAL_DATA,
         _METADATA_WHY.format(what="De plek waar de foto is gemaakt (GPS), bv. bij iemand thuis,"), _CLEAN_FIX),
    Rule("A2-FOTO-PLAATS", "plaatsnaam of locatie in de foto", W, ("A2",), AVG_PERSONAL_DATA,
         _METADATA_WHY.format(what="De plaats, wijk of locatie waar de foto is gemaakt (IPTC/XMP),"), _CLEAN_FIX),
    Rule("A2-FOTO-EIGENAAR", "maker, eigenaar of serienummer in de foto", W, ("A2",), AVG_PERSONAL_DATA,
         _METADATA_WHY.format(what="De naam van de maker of eigenaar, of het serienummer van de camera,"),
         _CLEAN_FIX),
    Rule("A2-FOTO-BESCHRIJVING", "beschrijving of trefwoorden in de foto", W, ("A2",), AVG_PERSONAL_DATA,
         _METADATA_WHY.format(what="Een beschrijving, opmerking of trefwoord (vaak met namen)"), _CLEAN_FIX),
    Rule("A2-FOTO-MINIATUUR", "verborgen miniatuur in de foto", W, ("A2",), AVG_PERSONAL_DATA,
         _METADATA_WHY.format(what="Een verborgen miniatuur (kan de foto vóór bijsnijden of vervagen tonen)"),
         _CLEAN_FIX),
    Rule("E-AFBEELDING", "foto kon niet worden gecontroleerd", E, (), AVG_NONE,
         "Een foto die niet gelezen kan worden, kan ook niet op gezichten en verborgen gegevens worden "
         "gecontroleerd.",
         "Sla de foto op als JPEG of PNG (geen SVG met script) en controleer opnieuw."),
    Rule("E-GEZICHTMODEL", "gezichtsherkenningsmodel ontbreekt", E, (), AVG_NONE,
         "Zonder het model kan de screener geen gezichten vinden; een foto zou dan onterecht goedgekeurd worden.",
         "Het model hoort bij de screener: installeer hem opnieuw (pip install of pre-commit clean), of "
         "controleer het pad in [images] model in de configuratie."),
    Rule("E-TOESTEMMINGSLIJST", "toestemmingslijst ontbreekt of is onleesbaar", E, (), AVG_NONE,
         "Zonder toestemmingslijst kan niet worden nagegaan of personen op foto's toestemming hebben.",
         "Zet [consent] list in de configuratie en controleer de lijst met `screener consent check LIJST`."),
]

# --- policy: affiliation, disclaimer, channel, conduct (issue 4) ---
POLICY_RULES: list[Rule] = [
    Rule("C2-FUNCTIE", "medewerker noemt werkgever en functie niet", W, ("C2",), AVG_NONE,
         "Een medewerker die in een werksituatie over Lithora of een van haar scholen schrijft, of daar "
         "reageert in een discussie (ook op een eigen account namens de school: 'wij als school'), moet "
         "vermelden dat hij medewerker van Lithora is en welke functie hij heeft (protocol C2): "
         "privémeningen worden anders makkelijk verward met het standpunt van de school. Een bericht van "
         "de school zelf (rol schoolaccount) heeft dat niet nodig.",
         "Vermeld wie je bent en wat je doet, bijvoorbeeld onder het bericht: "
         "'juf Anouk, leerkracht groep 4 bij OBS De Regenboog (Lithora)'."),
    Rule("D3-MEDEWERKER", "medewerker noemt werkgever niet", W, ("D3",), AVG_NONE,
         "Een medewerker die op een eigen account schrijft over iets dat met de school te maken heeft, "
         "moet vermelden dat hij medewerker van Lithora is (protocol D3).",
         "Vermeld dat je bij Lithora werkt, bijvoorbeeld: 'Ik werk als leerkracht bij OBS De Regenboog (Lithora).'"),
    Rule("D4-DISCLAIMER", "persoonlijke mening niet vermeld", W, ("D4",), AVG_NONE,
         "Een medewerker die op een eigen account over Lithora publiceert, moet vermelden dat het zijn "
         "persoonlijke mening is, los van de officiële standpunten van Lithora (protocol D4).",
         "Voeg een zin toe als 'Dit schrijf ik op persoonlijke titel; het staat los van de standpunten van "
         "Lithora.' `screener fix BERICHT` voegt de ingestelde tekst toe."),
    Rule("C1-KANAAL", "praktische mededeling via het verkeerde kanaal", W, ("C1",), AVG_NONE,
         "Medewerkers en het schoolaccount geven bijzondere aangelegenheden zoals lesuitval, huiswerk, "
         "gymspullen, schoolreis en schoolkamp door via Parro of e-mail, niet via sociale media of de website "
         "(protocol C1). De kalender- en informatiepagina's van de website mogen zulke data wel noemen.",
         "Stuur deze mededeling via Parro of per e-mail aan de ouders, en haal haar uit dit bericht."),
    Rule("A8-FATSOEN", "beledigend, bedreigend of seksueel getint", W, ("A8",), AVG_NONE,
         "Iedereen neemt de gewone fatsoensnormen in acht tegenover leden van de schoolgemeenschap; "
         "schelden, bedreigen, pesten en buitensluiten, seksueel getinte opmerkingen, memes en bewerkte foto's "
         "die iemand belachelijk maken, inbreken in andermans account en iemands adres verspreiden horen daar "
         "niet bij (protocol A8).",
         "Haal de genoemde woorden weg of schrijf het bericht opnieuw, zonder iemand te kwetsen. "
         "Twijfel je, overleg dan met je leidinggevende (C4)."),
    Rule("A1-OPNAME", "opname tijdens de les zonder toestemming", W, ("A1",), AVG_CHILD_CONSENT,
         "Medewerkers en leerlingen maken tijdens de lessen geen foto-, film- of geluidsopnamen en zijn "
         "niet actief op sociale media, tenzij de schoolleiding, de leraar en de leerlingen (ouders) "
         "vooraf toestemming gaven (protocol A1).",
         "Publiceer de opname alleen als er vooraf toestemming is; leg dat vast in de front matter "
         "('toestemming: ...') of laat de opname weg."),
    Rule("A7-OPNAME", "opname van een schoolactiviteit zonder toestemming", W, ("A7",), AVG_CHILD_CONSENT,
         "Opnamen van schoolgebonden activiteiten (ook op afstand) mogen alleen met toestemming worden "
         "gemaakt en gedeeld (protocol A7).",
         "Vraag eerst toestemming aan de school en de ouders van wie er op staan, en leg dat vast in de "
         "front matter ('toestemming: ...'), of laat de opname weg."),
]

RULES: dict[str, Rule] = {r.id: r for r in TEXT_RULES + IMAGE_RULES + POLICY_RULES}

# Screener's own problems with a file: not a protocol rule, but reported the same way.
RULES["E-BESTAND"] = Rule(
    id="E-BESTAND",
    title="bestand kon niet worden gescreend",
    severity=Severity.ERROR,
    protocol=(),
    avg=AVG_NONE,
    why="Een bestand dat niet gelezen kan worden, kan ook niet gecontroleerd worden.",
    fix="Sla het bestand op als UTF-8 tekst, Markdown, HTML of een gangbaar fotoformaat (JPEG, PNG).",
)
RULES["E-NIET-GECONTROLEERD"] = Rule(
    id="E-NIET-GECONTROLEERD",
    title="(een deel van) het bestand is niet gecontroleerd",
    severity=Severity.WARNING,  # [images] unreadable = "error" makes it refuse the file (exit 3)
    protocol=(),
    avg=AVG_NONE,
    why="Wat de screener niet kan lezen (een HEIC-foto, een afbeelding op internet waar een SVG naar verwijst, "
        "een afbeelding in een PDF in een formaat zonder lezer, de tekst van een gescande pagina, een Excel- of "
        "PowerPoint-bestand) is niet "
        "gecontroleerd: wat erin staat, kan persoonsgegevens bevatten.",
    fix="Bekijk dit deel zelf, of lever het aan in een vorm die de screener leest (JPEG of PNG voor foto's, "
        "een PDF met tekst in plaats van een scan). Een organisatie die zulke bestanden wil weigeren, zet "
        '[images] unreadable = "error".',
)
RULES["E-ONDERDRUKKING"] = Rule(
    id="E-ONDERDRUKKING",
    title="onderdrukking zonder geldige reden",
    severity=Severity.WARNING,
    protocol=(),
    avg=AVG_NONE,
    why="Een onderdrukte melding moet een reden hebben, zodat een collega kan nagaan waarom het mag.",
    fix="Schrijf achter de onderdrukking een reden zonder persoonsgegevens, bv. "
        "<!-- screener: negeer A2-NAAM toestemming ouders 2025 -->.",
)


def get(rule_id: str) -> Rule:
    return RULES[rule_id]
