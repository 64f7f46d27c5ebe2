"""Every identifier found the way people really type it: a table of variants per identifier (Unicode
dashes and spaces, doubled spaces and tabs, full-width digits, dots and slashes, abbreviations,
suffixes, written-out e-mail), each in a made-up line of a school post; and a table of what looks
like them and is none (amounts, times, event dates, scores, class names, article and order numbers,
ISBNs), which stays quiet.

A variant is found when a hit of its rule covers the identifier as written, and no more than its own
line. `python -m pytest tests/text/test_identifier_variants.py -q -rA` lists each by its id."""

from __future__ import annotations

import pytest

NBSP, NNBSP, THIN, ZWSP, SHY = "\u00a0", "\u202f", "\u2009", "\u200b", "\u00ad"
EN, EM, MINUS, NBHY, FIG = "\u2013", "\u2014", "\u2212", "\u2011", "\u2012"


def full_width(text: str) -> str:
    """Digits, letters, '-', '/' and '.' as full-width forms (U+FF01-FF5E), as some phones' keyboards type them."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# (id, rule, line of a post, the identifier as written in it)
PHONE = "A2-TELEFOON"
PHONES = [
    ("en-dash", "Bel gerust: 06{}12345678.".format(EN), "06{}12345678".format(EN)),
    ("em-dash", "Mijn nummer is 06{}12345678".format(EM), "06{}12345678".format(EM)),
    ("minus", "Telefoon moeder: 06{}12345678".format(MINUS), "06{}12345678".format(MINUS)),
    ("non-breaking-hyphen", "App me: 06{}12345678".format(NBHY), "06{}12345678".format(NBHY)),
    ("figure-dash", "Bereikbaar op 06{}12345678.".format(FIG), "06{}12345678".format(FIG)),
    ("spaced-en-dash", "Tel: 030 {} 123 45 67".format(EN), "030 {} 123 45 67".format(EN)),
    ("nbsp", "Bel Ruud op 06{}12345678".format(NBSP), "06{}12345678".format(NBSP)),
    ("narrow-nbsp", "Mobiel: 06{0}12{0}34{0}56{0}78".format(NNBSP), "06{0}12{0}34{0}56{0}78".format(NNBSP)),
    ("thin-space", "Mobiel: 06{0}123{0}456{0}78".format(THIN), "06{0}123{0}456{0}78".format(THIN)),
    ("zero-width-space", "Bel 06{}12345678 na vijven".format(ZWSP), "06{}12345678".format(ZWSP)),
    ("soft-hyphen", "Bel 06-1234{}5678 na vijven".format(SHY), "06-1234{}5678".format(SHY)),
    ("double-space", "Bel me: 06  12 34 56 78", "06  12 34 56 78"),
    ("tab", "Moeder:\t06\t12345678", "06\t12345678"),
    ("full-width", "Bel me op {}".format(full_width("06-12345678")), full_width("06-12345678")),
    ("dots", "Tel. 06.12.34.56.78", "06.12.34.56.78"),
    ("slash", "Bel 06/12345678", "06/12345678"),
    ("plus31-zero", "Bel: +31 (0)6 1234 5678", "+31 (0)6 1234 5678"),
    ("0031", "Vanuit het buitenland: 0031 6 12345678", "0031 6 12345678"),
    ("spaced-anywhere", "06 123 456 78 is zijn nummer", "06 123 456 78"),
    ("spaced-anywhere-2", "bel 0612 34 5678 als er wat is", "0612 34 5678"),
    ("spaced-anywhere-3", "bel 061 234 5678 als er wat is", "061 234 5678"),
    ("tel-dot", "tel. 06-12345678", "06-12345678"),
    ("tel-glued", "tel.06-12345678", "06-12345678"),
    ("mob-colon", "mob: 06 12345678", "06 12345678"),
    ("telephone-sign", "☎ 06-12345678", "06-12345678"),
    ("telephone-sign-glued", "☎06-12345678", "06-12345678"),
    ("telephone-emoji", "📞 0612345678", "0612345678"),
    ("telephone-emoji-glued", "📞0612345678", "0612345678"),
    ("landline-en-dash", "Thuis: 0570{}623451".format(EN), "0570{}623451".format(EN)),
    ("belgian", "Oma in Gent: +32 470 12 34 56", "+32 470 12 34 56"),
    ("belgian-0032", "Oma in Gent: 0032 470 12 34 56", "0032 470 12 34 56"),
    ("belgian-zero", "Oma in Gent: +32 (0)470 12 34 56", "+32 (0)470 12 34 56"),
    ("german", "Vader (Duitsland): +49 176 28419053", "+49 176 28419053"),
    ("german-zero", "Vader (Duitsland): +49 (0)176 2841 9053", "+49 (0)176 2841 9053"),
    ("german-dash", "Vader: +49{}176{}28419053".format(EN, EN), "+49{}176{}28419053".format(EN, EN)),
    ("extension", "Bel 030 123 4567 toestel 12 voor de administratie van de opvang", "030 123 4567"),
    ("plus31-glued", "Overblijfmoeder, Wendy Brink: +31638765412 of mail.", "+31638765412"),
]

POSTCODE = "A2-POSTCODE"
POSTCODES = [
    ("joined-lower", "Kerkstraat 5, 7415ab Deventer", "7415ab"),
    ("spaced-capitals", "Kerkstraat 5, 7415 AB Deventer", "7415 AB"),
    ("dash", "Kerkstraat 5, 7415-AB Deventer", "7415-AB"),
    ("en-dash", "Kerkstraat 5, 7415{}AB Deventer".format(EN), "7415{}AB".format(EN)),
    ("double-space", "Kerkstraat 5, 7415  AB Deventer", "7415  AB"),
    ("tab", "Kerkstraat 5\t7415\tAB\tDeventer", "7415\tAB"),
    ("nbsp", "Kerkstraat 5, 7415{}AB Deventer".format(NBSP), "7415{}AB".format(NBSP)),
    ("narrow-nbsp", "Kerkstraat 5, 7415{}AB Deventer".format(NNBSP), "7415{}AB".format(NNBSP)),
    ("spaced-lower", "Kerkstraat 5, 7415 ab Deventer", "7415 ab"),
    ("full-width", "Kerkstraat 5, {} Deventer".format(full_width("7415AB")), full_width("7415AB")),
    ("alone-labelled", "Postcode: 7415 KP", "7415 KP"),
    ("alone-labelled-double-space", "Postcode:  7415  KP", "7415  KP"),
    ("alone-lower", "postcode 7415kp", "7415kp"),
    ("town-double-space", "Dorpsstraat 3  7415  KP  Deventer", "7415  KP"),
]

ADDRESS = "A2-ADRES"
ADDRESSES = [
    ("letter", "Ze woont op de Kerkstraat 12a.", "Kerkstraat 12a"),
    ("dash-letter", "Ze woont op de Kerkstraat 12-A.", "Kerkstraat 12-A"),
    ("en-dash-letter", "Ze woont op de Kerkstraat 12{}A.".format(EN), "Kerkstraat 12{}A".format(EN)),
    ("bis", "Ze woont op de Kerkstraat 12 bis.", "Kerkstraat 12 bis"),
    ("roman-floor", "Ze woont op de Kerkstraat 12-II.", "Kerkstraat 12-II"),
    ("roman-floor-spaced", "Ze woont op de Kerkstraat 12 III.", "Kerkstraat 12 III"),
    ("hs", "Ze woont op de Kerkstraat 12 hs.", "Kerkstraat 12 hs"),
    ("zw", "Ze woont op de Kerkstraat 12 zw.", "Kerkstraat 12 zw"),
    ("rd", "Ze woont op de Kerkstraat 12 rd.", "Kerkstraat 12 rd"),
    ("bv", "Ze woont op de Kerkstraat 12 bv.", "Kerkstraat 12 bv"),
    ("dash-digit", "Ze woont op de Kerkstraat 12-1.", "Kerkstraat 12-1"),
    ("letter-digit", "Ze woont op de Kerkstraat 12 A2.", "Kerkstraat 12 A2"),
    ("slash", "Ze woont op de Kerkstraat 12/3.", "Kerkstraat 12/3"),
    ("tegenover", "De woonboot ligt aan de Kerkstraat t/o 14.", "Kerkstraat t/o 14"),
    ("bij", "De woonboot ligt aan de Kerkgracht bij 14.", "Kerkgracht bij 14"),
    ("nbsp", "Ze woont op de Kerkstraat{}12.".format(NBSP), "Kerkstraat{}12".format(NBSP)),
    ("double-space", "Ze woont op de Kerkstraat  12.", "Kerkstraat  12"),
    ("full-width", "Ze woont op de Kerkstraat {}.".format(full_width("12")), "Kerkstraat " + full_width("12")),
    ("huis", "Ze woont op de Kerkstraat 12 huis.", "Kerkstraat 12 huis"),
    ("letter-spaced", "Ze woont op de Kerkstraat 12 A.", "Kerkstraat 12 A"),
    ("line", "Adres: Kerkstraat 12-3hg, 7415 KP Deventer", "Kerkstraat 12-3hg"),
]

BIRTH = "A2-GEBOORTEDATUM"
BIRTHS = [
    ("mrt-dot", "Tim is geboren op 3 mrt. 2016.", "3 mrt. 2016"),
    ("sept", "Geboren: 12 sept 2015", "12 sept 2015"),
    ("okt-apostrophe", "geb. 1 okt '16", "1 okt '16"),
    ("english-month-first", "Date of birth: Feb 3, 2016", "Feb 3, 2016"),
    ("english-month-first-full", "Geboren: March 3rd, 2016", "March 3rd, 2016"),
    ("english-day-first", "Geboren: 3 March 2016", "3 March 2016"),
    ("english-ordinal", "Date of birth: 3rd of March 2016", "3rd of March 2016"),
    ("day-name", "Onze dochter is geboren op za 3 maart 2016.", "3 maart 2016"),
    ("day-name-full", "Geboren op zaterdag 3 maart 2016", "3 maart 2016"),
    ("ordinal-e", "Hij is geboren op 3e maart 2016", "3e maart 2016"),
    ("ordinal-de", "Hij is geboren op 3de maart 2016", "3de maart 2016"),
    ("ordinal-ste", "Hij is geboren op 1ste maart 2016", "1ste maart 2016"),
    ("roman-month", "geb. 3-III-2016", "3-III-2016"),
    ("roman-month-spaced", "geboren 3 III 2016", "3 III 2016"),
    ("two-digit-year", "Geboren: 3-3-16", "3-3-16"),
    ("two-digit-year-slash", "geb 03/03/16", "03/03/16"),
    ("dots", "geb. 3.3.2016", "3.3.2016"),
    ("geb-colon", "geb: 03-03-2016", "03-03-2016"),
    ("geb-no-dot", "geb 3 maart 2016", "3 maart 2016"),
    ("non-breaking-hyphen", "Geboortedatum: 3{0}3{0}2016".format(NBHY), "3{0}3{0}2016".format(NBHY)),
    ("en-dash", "Geboortedatum: 3{0}3{0}2016".format(EN), "3{0}3{0}2016".format(EN)),
    ("spaced-dashes", "Geboortedatum: 12 - 06 - 2017", "12 - 06 - 2017"),
    ("spaced-dots", "Geboortedatum: 12 . 06 . 2017", "12 . 06 . 2017"),
    ("iso-single-digits", "Geboortedatum: 2020-1-9", "2020-1-9"),
    ("full-width", "Geboortedatum: {}".format(full_width("03-03-2016")), full_width("03-03-2016")),
    ("nbsp", "Geboren op 3{0}maart{0}2016".format(NBSP), "3{0}maart{0}2016".format(NBSP)),
    ("double-space", "Geboren op 3  maart  2016", "3  maart  2016"),
    ("capitalised-month", "Geboren op 3 Maart 2016", "3 Maart 2016"),
    ("upper-case-month", "GEBOREN OP 3 MAART 2016", "3 MAART 2016"),
    ("month-dashed", "Geboren: 3-mrt-2016", "3-mrt-2016"),
    ("month-apostrophe-year", "Geboren op 3 maart '16", "3 maart '16"),
    ("feb-dot", "Geboortedatum: 14 feb. 2017", "14 feb. 2017"),
]

IBAN = "A2-IBAN"
IBANS = [
    ("grouped", "Graag overmaken naar NL91 ABNA 0417 1643 00 t.n.v. de ouderraad", "NL91 ABNA 0417 1643 00"),
    ("joined", "IBAN: NL91ABNA0417164300", "NL91ABNA0417164300"),
    ("lower-case", "iban nl91abna0417164300", "nl91abna0417164300"),
    ("lower-case-grouped", "rekening nl91 abna 0417 1643 00", "nl91 abna 0417 1643 00"),
    ("dots", "Rekeningnummer: NL91.ABNA.0417.1643.00", "NL91.ABNA.0417.1643.00"),
    ("dashes", "Rekeningnummer: NL91-ABNA-0417-1643-00", "NL91-ABNA-0417-1643-00"),
    ("nbsp", "IBAN: NL91{0}ABNA{0}0417{0}1643{0}00".format(NBSP), "NL91{0}ABNA{0}0417{0}1643{0}00".format(NBSP)),
    ("double-space", "IBAN: NL91  ABNA  0417  1643  00", "NL91  ABNA  0417  1643  00"),
    ("spaced-country", "IBAN: NL 91 ABNA 0417 1643 00", "NL 91 ABNA 0417 1643 00"),
    ("full-width", "IBAN: {}".format(full_width("NL91ABNA0417164300")), full_width("NL91ABNA0417164300")),
    ("belgian", "Rekening oma: BE71 0961 2345 6769", "BE71 0961 2345 6769"),
    ("german", "Konto: DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
]

BSN = "A2-BSN"
BSNS = [
    ("joined", "BSN: 123456782", "123456782"),
    ("dots", "BSN: 123.456.782", "123.456.782"),
    ("dots-4-2-3", "BSN: 1234.56.782", "1234.56.782"),
    ("dashes", "BSN: 123-456-782", "123-456-782"),
    ("spaces", "BSN: 123 456 782", "123 456 782"),
    ("spaces-2-2-2-3", "BSN: 12 34 56 782", "12 34 56 782"),
    ("en-dash", "BSN: 123{0}456{0}782".format(EN), "123{0}456{0}782".format(EN)),
    ("nbsp", "BSN: 123{0}456{0}782".format(NBSP), "123{0}456{0}782".format(NBSP)),
    ("double-space", "BSN:  123  456  782", "123  456  782"),
    ("full-width", "BSN: {}".format(full_width("123456782")), full_width("123456782")),
    ("burgerservicenummer", "burgerservicenummer 123.45.67.82", "123.45.67.82"),
]

PLATE = "A2-KENTEKEN"
PLATE_SIDECODES = ["GF-12-34", "12-34-GF", "12-GF-34", "GF-12-HZ", "GF-HZ-12", "12-GF-HZ", "12-GFH-3", "1-GFH-23",
                   "GF-123-H", "G-123-FH", "GFH-12-J", "G-12-FHJ", "1-GF-234", "123-GF-4"]
PLATES = [
    *((f"dashes-{plate}", f"De auto met kenteken {plate} stond op de stoep.", plate) for plate in PLATE_SIDECODES),
    *((f"joined-{plate}", f"De auto met kenteken {plate.replace('-', '')} stond op de stoep.", plate.replace("-", ""))
      for plate in PLATE_SIDECODES),
    ("spaced", "Kenteken: GF 12 HZ", "GF 12 HZ"),
    ("en-dash", "De auto met kenteken GF{0}123{0}H stond op de stoep.".format(EN), "GF{0}123{0}H".format(EN)),
    ("lower", "de auto van de buren (gf-123-h) staat weer voor de poort", "gf-123-h"),
]

EMAIL = "A2-EMAIL"
EMAILS = [
    ("square-brackets", "Mail naar jdevries [at] ziggo [dot] nl", "jdevries [at] ziggo [dot] nl"),
    ("round-brackets", "Mail naar jdevries(at)ziggo.nl", "jdevries(at)ziggo.nl"),
    ("round-brackets-punt", "Mail naar jdevries (at) ziggo (punt) nl", "jdevries (at) ziggo (punt) nl"),
    ("apenstaartje", "mail jdevries(apenstaartje)ziggo.nl", "jdevries(apenstaartje)ziggo.nl"),
    ("capitals", "Mail: J.deVries@Ziggo.NL", "J.deVries@Ziggo.NL"),
    ("full-width-at", "Mail: jdevries＠ziggo.nl", "jdevries＠ziggo.nl"),
    ("spaces-around-at", "Mail: jdevries @ ziggo.nl", "jdevries @ ziggo.nl"),
    ("dots-and-dash", "mail: lotte.de-vries_2@gmail.com", "lotte.de-vries_2@gmail.com"),
]

HANDLE = "A2-ACCOUNT"
HANDLES = [
    ("dots", "Volg haar op insta: @lotte.devries", "@lotte.devries"),
    ("underscores", "Volg haar op insta: @lotte_de_vries", "@lotte_de_vries"),
    ("leading-underscores", "Volg haar op insta: @__lotte__", "@__lotte__"),
    ("capitals", "Volg haar: @Lotte.DeVries", "@Lotte.DeVries"),
    ("sentence-end", "Haar account is @lotte.devries.", "@lotte.devries"),
    ("digits", "insta: @lotte_2015", "@lotte_2015"),
    ("profile-link", "instagram.com/lotte.devries", "instagram.com/lotte.devries"),
    ("tiktok-link", "Kijk op tiktok.com/@lotte_dv", "tiktok.com/@lotte_dv"),
]

VARIANTS = [
    *((f"phone-{i}", PHONE, t, v) for i, t, v in PHONES),
    *((f"postcode-{i}", POSTCODE, t, v) for i, t, v in POSTCODES),
    *((f"address-{i}", ADDRESS, t, v) for i, t, v in ADDRESSES),
    *((f"birth-{i}", BIRTH, t, v) for i, t, v in BIRTHS),
    *((f"iban-{i}", IBAN, t, v) for i, t, v in IBANS),
    *((f"bsn-{i}", BSN, t, v) for i, t, v in BSNS),
    *((f"plate-{i}", PLATE, t, v) for i, t, v in PLATES),
    *((f"email-{i}", EMAIL, t, v) for i, t, v in EMAILS),
    *((f"handle-{i}", HANDLE, t, v) for i, t, v in HANDLES),
]


def _found(hits, rule: str, text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return any(h.rule == rule and h.start <= start and end <= h.end and line_start <= h.start and h.end <= line_end
               for h in hits)


@pytest.mark.parametrize(("rule", "text", "value"), [v[1:] for v in VARIANTS], ids=[v[0] for v in VARIANTS])
def test_an_identifier_typed_this_way_is_reported_as_written(analyze_default, rule, text, value):
    hits = analyze_default(text)
    assert _found(hits, rule, text, value), [(text[h.start:h.end], h.rule) for h in hits]


# what looks like an identifier and is none: no finding of any of these rules on the line
IDENTIFIER_RULES = {PHONE, POSTCODE, ADDRESS, BIRTH, IBAN, BSN, PLATE, EMAIL, HANDLE, "A2-LEERLINGNUMMER"}
QUIET = [
    ("amount", "De ouderbijdrage is € 45,50 per kind, € 1.234,56 in totaal."),
    ("amount-en-dash", "Kosten: €{}12,{} per persoon.".format(NBSP, EN)),
    ("time-range-en-dash", "De inloop is van 8.30{}12.00 uur.".format(EN)),
    ("time-range-nbsp", "Open: 08:30{0}{1}{0}12:00".format(NBSP, EN)),
    ("event-date", "Op vrijdag 3 maart 2026 is de studiedag."),
    ("event-date-abbreviated", "Op vr 3 mrt. 2026 vieren we het 50-jarig bestaan van de school."),
    ("event-date-en-dash", "De schoolreis is op 3{0}6{0}2026.".format(EN)),
    ("event-date-english", "Save the date: Feb 3, 2027, the school musical."),
    ("school-year", "Het schooljaar 2025{}2026 begint op 1 september.".format(EN)),
    ("score", "Groep 8 won met 3{}2 van de meesters.".format(EN)),
    ("score-spaced", "Uitslag: 12 {} 10 voor De Wingerd.".format(EN)),
    ("class-name", "Groep 5/6 en groep 7{}8 gaan samen naar het museum.".format(EN)),
    ("class-name-nbsp", "groep{}5 zwemt op dinsdag".format(NBSP)),
    ("article-number", "Artikelnummer 0612345678 is uitverkocht."),
    ("article-number-en-dash", "Artikelnummer: 06{}12345678".format(EN)),
    ("order-number", "Bestelnummer: 123456782, verzonden op dinsdag."),
    ("isbn", "Het boek (ISBN 978-90-451-1234-5) ligt in de bibliotheek."),
    ("isbn-joined", "ISBN 9789045112345, € 14,99."),
    ("isbn-en-dash", "ISBN 978{0}90{0}451{0}1234{0}5".format(EN)),
    ("page-range", "Lees blz. 12{}34 voor maandag.".format(EN)),
    ("age-range", "Voor kinderen van 4{}12 jaar.".format(EN)),
    ("year-range", "Uit de jaren 1990{}2000.".format(EN)),
    ("distance", "De sponsorloop: 2{}5 km, start 9.30 uur.".format(NBSP)),
    ("dose", "Geef 1250 mg, niet meer."),
    ("full-width-time", "Om {} uur beginnen we.".format(full_width("8.30"))),
    ("kvk", "KvK{}nummer: 41038542".format(NBHY)),
    ("road", "We fietsen over de A12 en de N{}201.".format(EN)),
    ("event-with-day-and-month", "De Kerstmarkt 12/12 en het Zomerkamp 12/7 staan in de agenda."),
    ("car-and-bus-lines", "De bus (lijn 12) vertrekt om 8.30 uur; met de auto neem je afslag 23, parkeren bij hal 3."),
    ("car-models", "Een Tesla Model 3 en een BMW X5 stonden voor de school; de auto's mochten daar niet staan."),
    ("quiz-score-spaced", "Groep 7 tegen groep 8: 12  -  10, een spannende quiz."),
    ("greeting-at", "Groetjes @ iedereen, tot morgen!"),
    ("month-word", "In mei 2016 opende de nieuwe vleugel; in March 2020 gingen de scholen dicht."),
]


@pytest.mark.parametrize("text", [q[1] for q in QUIET], ids=[q[0] for q in QUIET])
def test_what_only_looks_like_an_identifier_is_no_finding(analyze_default, text):
    hits = analyze_default(text)
    assert not [(text[h.start:h.end], h.rule) for h in hits if h.rule in IDENTIFIER_RULES]


@pytest.fixture(scope="module")
def analyze_default(cfg):
    from screener.text import analyzer

    return lambda text: analyzer.analyze(text, cfg)
