"""Identifiers that are no person's, as a user sees it from `screener check`: a message's or an
event's id shaped like an address, a fediverse account (`@user@server`, an account and not an e-mail
address; the school's own and a public body's stay quiet), and an organisation's general phone number
(a landline or service number beside a practice, a desk or a public body, or called "het algemene
nummer"), while a person's number (a mobile, or one beside a person's name) stays an error. The lines
are made up for these tests."""

from __future__ import annotations

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
public = ["info@obsdeklimop.nl", "0318-123450", "@obsdeklimop"]
"""


def _at(text: str, needle: str) -> str:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return f"{number}:{line.index(needle) + 1}"
    raise AssertionError(needle)


def test_a_fediverse_account_is_reported_as_an_account_not_as_an_e_mail_address(check):
    post = "Mooi gezegd door @meester_joost@mastodon.nl in zijn draadje over voorlezen.\n"
    result = check("draadje.txt", post)
    assert f"draadje.txt:{_at(post, '@meester_joost')}: error A2-ACCOUNT" in result.output, result.output
    assert "A2-EMAIL" not in result.output, result.output


def test_the_schools_own_fediverse_account_and_a_public_bodys_stay_quiet(check):
    post = ("OBS De Klimop @obsdeklimop@mastodon.nl\n"
            "Dank aan @bibliotheekveenendaal@mastodon.social voor de boekenkist! #lezen\n")
    result = check("toot.txt", post)
    assert result.exit_code == 0, result.output
    assert "A2-EMAIL" not in result.output and "A2-ACCOUNT" not in result.output, result.output


def test_message_ids_in_a_forwarded_mails_headers_are_not_addresses_but_its_sender_is(check):
    post = ("Van: Hanneke Bos <hannekebos@xs4all.nl>\n"
            "Message-ID: <CAH7pQx3Lm9Vt2Rb8Wk4Zn6Yc1Df5Gs0@mail.gmail.com>\n"
            "In-Reply-To: <20280111093512.7C3B2A@mail.obsdeklimop.nl>\n"
            "References: <a8f3c2e1b4d5f6a7@mail.obsdeklimop.nl> <CAH7pQx3Lm9Vt2Rb8Wk4Zn6Yc1Df5Gs0@mail.gmail.com>\n"
            "\n"
            "Ik kan helpen bij de kerstmarkt.\n")
    result = check("mail.txt", post)
    assert f"mail.txt:{_at(post, 'hannekebos@')}: error A2-EMAIL" in result.output, result.output
    assert "mail.txt:2:" not in result.output and "mail.txt:3:" not in result.output, result.output
    assert "mail.txt:4:" not in result.output, result.output


def test_an_event_id_shaped_like_an_address_is_no_ones_address(check):
    post = "Afspraak-id: 20280205T083000-ouders-12@obsdeklimop.nl (niet wijzigen)\nUID:7f1d2c3b-9a8e-4f6d-b5c4-3e2a1f0d9c8b@agenda.nl\n"
    result = check("id.txt", post)
    assert "A2-EMAIL" not in result.output, result.output


def test_an_organisations_general_numbers_are_info_and_a_persons_numbers_stay_errors(check):
    post = ("Belangrijke nummers\n\n"
            "Fysiotherapie ........ Fysiotherapiepraktijk Het Anker\n"
            "Telefoon ............. 0318-552 210\n"
            "Jeugdgezondheidszorg: bel het algemene nummer 088 355 00 00 en vraag naar de verpleegkundige.\n"
            "Helpdesk ICT: 085 - 4 01 22 33\n"
            "Gratis hulplijn voor ouders: 0800 1122\n"
            "Contactouder Romy Verduin: 0318 - 64 19 02\n"
            "Helpdesk ICT, of app Bart: 06-28 11 47 90\n")
    result = check("nummers.txt", post, "--min-severity", "info")
    for needle in ("0318-552 210", "088 355", "085 - 4", "0800 1122"):
        assert f"nummers.txt:{_at(post, needle)}: info A2-TELEFOON" in result.output, (needle, result.output)
    assert f"nummers.txt:{_at(post, '0318 - 64')}: error A2-TELEFOON" in result.output, result.output
    assert f"nummers.txt:{_at(post, '06-28')}: error A2-TELEFOON" in result.output, result.output


def test_a_landline_the_text_gives_to_a_person_stays_an_error(check):
    post = "Vragen over de sponsorloop? Bel meester Kevin op 0318 - 77 24 18, hij helpt graag.\n"
    result = check("sponsorloop.txt", post)
    assert f"sponsorloop.txt:{_at(post, '0318 - 77')}: error A2-TELEFOON" in result.output, result.output


def test_a_link_to_a_persons_fediverse_profile_is_an_account_and_the_schools_own_is_quiet(check):
    post = "Meer foto's op https://mastodon.social/@meester_joost en op ons eigen account mastodon.nl/@obsdeklimop.\n"
    result = check("links.txt", post)
    assert f"links.txt:{_at(post, 'https://mastodon.social')}: error A2-ACCOUNT" in result.output, result.output
    assert result.output.count("A2-ACCOUNT") == 1, result.output
