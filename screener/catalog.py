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
IMAGE_RULES: list[Rule] = []

# --- policy: affiliation, disclaimer, channel, conduct (issue 4) ---
POLICY_RULES: list[Rule] = []

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
