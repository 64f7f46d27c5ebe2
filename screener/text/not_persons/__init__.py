"""What looks like a person's name but is none in a school post: children's culture, authors named
as authors, public figures in their public role, shops and brands, streets, animals.

Used by the name tagger (`screener.text.names`) on its own finds and on the model's PER guesses
alike. One module per kind of signal:

- `listed_phrases`: the phrases of the non-person lists and what they block (`blocked_tokens`,
  `beside_blocked`, `branch_of_brand`): "Nijntje", "Paw Patrol", "koningin Máxima", "Albert Heijn";
- `titles_and_acronyms`: a quoted title, half a shortened compound, an acronym's expansion;
- `emphasised_titles`: a title in italics or bold with its author and characters ("*Kees de jongen* van
  Theo Thijssen");
- `option_labels`: the letter of a quiz's answer option, which is no initial ("A. Parijs");
- `words_as_words`: a word the post explains or uses as a heading ("Luna is Latijn voor maan", "## Avontuur",
  "<th>Zaal</th>"), an ordinary compound opening a line ("Penvrienden groep 6");
- `kind_words`: a name right after the word for its kind ("de app Star Walk", "GGD IJsselland", "zorgboerderij De
  Hazelaar");
- `animal_names`: a pet's or zoo animal's name ("ons klassenkonijn Snuffie", "een jack russell die Bikkel heet");
- `thing_names`: a name given to a thing (raket "Sterre", "de robot heet Bolt", "de robot Zoemzoem", a mascot's names
  in brackets);
- `firm_names`: a firm named after a surname ("Fietsenmakerij Jansen & Zn.", "Tapijthuis Van Dalen");
- `school_rooms_and_teams`: the school's rooms and teams ("het Maaklokaal", "De Groene Ploeg");
- `song_lists`: the titles on a line of songs and their performers ("Kom maar bij mij (Suzan & Freek)");
- `things_and_brands`: the maker of a product, a brand among brands, a compound's first half, a
  cell under a column of things (`names_a_thing`);
- `public_roles`: a street, a saint, a town's office, a published author or performer
  (`public_or_street`);
- `verb_first`: a verb opening an imperative or a verb-first question ("Hang dit blad op", "Ken je iemand");
- `product_makers`: a product's maker or name ("(merk Eromes)", "40 schoolbanken (Ahrend)", "een tabletje
  Cetirizine", "IKEA Ekedalen");
- `scripture_references`: a book of the Bible before its chapter ("Johannes 15", "Lucas 2:1"), a sura;
- `foreign_schools`: a school abroad in its own language ("Szkoła Podstawowa nr 114", "Grundschule am Park");
- `foreign_text`: ordinary words of an English or German text ("Dear Parents", "Im März besuchen die Klassen"),
  German words in a Dutch sentence ("Brötchen"), a lake or street in German text ("den Vechtesee");
- `foreign_sentences`: a line, sentence or paragraph in another language or script ("Mutlu yıllar!", "Drodzy Rodzice,
  zapraszamy Państwa ...", "З Новим роком!", "Merry Christmas and a Happy New Year!"), with the names inside it kept
  ("pani Zuzanna Kowalczyk", "Kacper i Julia"), and a language's ordinary words by its vocabulary
  (`screener.text.foreign_vocabulary`: "Szanowni Państwo", "12 Nisan Cumartesi", "les Pays-Bas");
- `event_names`: an event's host city or course ("de Olympische Spelen van Rio", "de Dam tot Damloop");
- `english_titles`: an English name joined by "the" ("Join the Pipe");
- `costumes`: the character a child dresses up as or plays ("verkleed als Elsa", "Emma speelt Elsa");
- `editions`: a game's or product's edition ("Monopoly Junior", "Dobble Kids");
- `seasons`: a season with a capital ("de Lente, groep 6 de Winter"; "Sanne de Winter" is a person);
- `month_dates`: a month with a capital after a day's number ("15 Sep 2025", "3 Jan 2026");
- `made_up_places`: a compound of a word and a kind of place ("de Dinostad", "Piratenland");
- `organs`: a body named by an organisation's word and "van" ("de Raad van Elf", "de Raad van Toezicht");
- `demonyms`: the people of a town or its adjective, read off the place lexicon ("Zwollenaren", "Groningers",
  "de Tilburgse kermis");
- `title_lists`: a one-word item in a list of titles ("- Coco" between "- Paddington 2" and "- Kikker en zijn
  vriendjes");
- `hashtag_repeats`: a hashtag that repeats what the draft's text blocks as no person ("#helpMoos" under "Moos is een
  jack russell"), read by the hashtag recognizer;
- `school_context`: the sentence around a name, and the school context beside it that makes it a
  pupil's whatever the lists or the sentence say ("(groep 7)", "leerling X", "(9 jaar)").
"""

from screener.text.not_persons.listed_phrases import (
    Blocked,
    beside_blocked,
    blocked_tokens,
    branch_of_brand,
    relative_of_a_figure,
)
from screener.text.not_persons.public_roles import public_or_street
from screener.text.not_persons.things_and_brands import names_a_thing

__all__ = ["Blocked", "beside_blocked", "blocked_tokens", "branch_of_brand", "names_a_thing", "public_or_street",
           "relative_of_a_figure"]
