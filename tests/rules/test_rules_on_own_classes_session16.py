"""The classes of error that the rule set released in session 16 (rules-heldout11) showed for C1, C2, D3 and D4,
one class at a time, as a user meets it through `screener check`: each in a made-up post of that kind, with a
look-alike that must stay quiet (or still be reported).

- D3/D4 missed where a staff member's own post names the work only as "mijn werk" ("de kinderen op mijn werk"),
  as "the foundation" in English, or by a disclaimer that sets the writer apart from the school ("wat ik er zelf
  van vind, niet van de school", also in dialect); D3/D4 raised on "mijn collega's" of a choir.
- C1 missed on what each child brings for a class project ("Elk kind mag ... meenemen, uiterlijk maandag"); raised
  on a post that only says the details are in Parro.
- C2 missed on a staff member's English reply that opens with "Comment on ..."; raised on an English reply signed
  on its last line ("... Kind regards, Sarah, teacher of group 5 at ...").
- On the post sets: C1 raised on a handover note "voor de invalleerkracht"; C2 raised on a website page by a staff
  member that the school signs with its name over its address.
- D3/D4 raised on a bio in Papiamento ("Mi ta juf di grupo 2 na ...", "Opinion personal") that has only one of the
  language's listed words besides "mi ta".
"""

from __future__ import annotations

from policy_helpers import reported_on_line

STAFF_ON_OWN_ACCOUNT = ("--channel", "persoonlijk", "--author-role", "medewerker",
                        "--author-function", "leerkracht groep 5")
STAFF_ON_SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "medewerker",
                           "--author-function", "leerkracht groep 4")
STAFF_ON_WEBSITE = ("--channel", "website", "--author-role", "medewerker", "--author-function", "leerkracht groep 6")
SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "schoolaccount")
D3, D4, C1, C2 = "D3-MEDEWERKER", "D4-DISCLAIMER", "C1-KANAAL", "C2-FUNCTIE"


# --- D3/D4: the work named only indirectly ----------------------------------------------------------------------

def test_the_children_at_my_work_make_a_post_about_the_school(check):
    text = "Even trots delen.\nVanmiddag gaven de kinderen op mijn werk hun kerstvoorstelling. Wat een talent!\n"
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, f"warning {D3}"), result.output
    assert reported_on_line(result.output, 2, f"warning {D4}"), result.output


def test_after_work_or_back_at_work_is_no_post_about_the_school(check):
    for text in ("Na mijn werk nog even met de kinderen naar het zwembad geweest.\n",
                 "Morgen weer aan het werk na de zomer, eerst nog een dagje strand.\n",
                 "Zaterdag vrijwilligerswerk bij de kringloop. Mooi werk!\n"):
        result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
        assert D3 not in result.output and D4 not in result.output, (text, result.output)


def test_my_work_in_a_disclaimer_does_not_make_a_post_about_the_school(check):
    text = "Als leerkracht vind ik de plannen van de minister slecht voor kinderen. Mijn werk heeft hier niets mee te maken.\n"
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert D3 not in result.output and D4 not in result.output, result.output


def test_the_foundation_in_an_english_post_is_the_employer(check):
    text = "The foundation is changing our timetable again and nobody asked the teachers. #teacherlife\n"
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert D3 in result.output and D4 in result.output, result.output


def test_a_disclaimer_against_the_school_makes_it_about_work_but_states_no_affiliation(check):
    text = ("Die nieuwe klimrekken op het plein zijn prachtig, al had het geld ook naar boeken gekund.\n"
            "(Dit is gewoon wat ik er zelf van vind, niet van de school.)\n")
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert D3 in result.output, result.output
    assert D4 not in result.output, result.output


def test_the_same_disclaimer_in_dialect_counts(check):
    text = ("Die nieje klimrekken op et plein bunt mooi, mar et geld had ok an boeken kunnen.\n"
            "(Dit is wat ik der zelf van vind, nie van de school.)\n")
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert D3 in result.output, result.output
    assert D4 not in result.output, result.output


def test_colleagues_of_a_named_choir_are_not_the_school(check):
    text = "Vanavond zingen mijn collega's van het Zwols Kamerkoor en ik de Matthäus. Kom luisteren!\n"
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert D3 not in result.output and D4 not in result.output, result.output


def test_my_colleagues_alone_are_still_the_school(check):
    text = "Mijn collega's hebben vandaag de hele gang versierd voor de Kinderboekenweek.\n"
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert D3 in result.output and D4 in result.output, result.output


# --- C1: what each child brings; a pointer to Parro -------------------------------------------------------------

def test_what_each_child_may_bring_for_a_project_by_monday_is_a_notice(check):
    text = "Voor ons project over de ridders:\nElk kind mag een lege wc-rol en een stuk karton meenemen, uiterlijk maandag.\n"
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, f"warning {C1}"), result.output


def test_a_post_that_only_says_the_details_are_in_parro_is_quiet(check):
    text = "Ouders van groep 6: de paklijst en de vertrektijden voor de schoolreis staan vanaf vandaag in Parro.\n"
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert C1 not in result.output, result.output
    assert result.exit_code == 0, result.output


def test_a_cancelled_lesson_that_also_points_to_parro_is_still_a_notice(check):
    text = "De zwemles van groep 5 gaat vrijdag niet door. Meer informatie staat in Parro.\n"
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, f"warning {C1}"), result.output


# --- C2: an English reply on the website ------------------------------------------------------------------------

def test_an_english_reply_that_opens_with_comment_on_is_a_reply(check):
    text = ('Comment on "Museum visit group 6" - question from a parent: "Do they need money?"\n\n'
            "No money needed, the entrance is paid by the school. See you there!\n")
    result = check(text, *STAFF_ON_WEBSITE, name="bericht.txt")
    assert C2 in result.output, result.output


def test_an_english_reply_signed_on_its_last_line_with_function_and_school_is_quiet(check):
    text = ("Reply to: 'Is there after-school care on Wednesdays?'\n\n"
            "Yes, until 18.00 in the building next door. Kind regards, Sarah, teacher of group 6 at IKC Het Anker\n")
    result = check(text, *STAFF_ON_WEBSITE, name="bericht.txt")
    assert C2 not in result.output, result.output


def test_the_same_reply_signed_with_a_first_name_only_gets_c2(check):
    text = ("Reply to: 'Is there after-school care on Wednesdays?'\n\n"
            "Yes, until 18.00 in the building next door. Kind regards, Sarah\n")
    result = check(text, *STAFF_ON_WEBSITE, name="bericht.txt")
    assert C2 in result.output, result.output


def test_a_papiamento_bio_with_affiliation_and_disclaimer_is_quiet(check):
    text = ("Mi ta juf di grupo 4 na OBS De Regenboog (Lithora). Opinion personal.\n\n"
            "Vandaag zijn we met de klas naar de bieb geweest.\n")
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert D3 not in result.output and D4 not in result.output, result.output


def test_a_handover_note_for_the_substitute_teacher_is_no_notice(check):
    text = ("Afwezig groep 4 - week 12 (voor de invalleerkracht)\n\n"
            "di  Noor  tandarts\n\n"
            "Let op: de gymles van donderdag is in het speellokaal.\n")
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert C1 not in result.output, result.output


def test_a_page_the_school_signs_with_its_name_over_its_address_is_the_school_speaking(check):
    text = ("Beste ouders, de kas in de schooltuin is hersteld. Dank aan alle helpers!\n\n"
            "IKC Het Anker\nAnkerstraat 4\n1234 AB Ergens\n")
    result = check(text, *STAFF_ON_WEBSITE, name="bericht.txt")
    assert C2 not in result.output, result.output


def test_a_first_name_above_the_school_address_still_gets_c2(check):
    text = ("Beste ouders, de kas in de schooltuin is hersteld. Dank aan alle helpers!\n\n"
            "Groetjes,\nWendy\n\nIKC Het Anker\nAnkerstraat 4\n1234 AB Ergens\n")
    result = check(text, *STAFF_ON_WEBSITE, name="bericht.txt")
    assert C2 in result.output, result.output
