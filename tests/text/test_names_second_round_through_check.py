"""Names the first names round of session 12 still missed, and the look-alikes that must stay quiet, through
`screener check` (made-up posts of each kind)."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
public = ["info@obsdeklimop.nl"]
"""


def test_a_chat_sender_whose_first_name_is_a_shop_is_found_again_beside_a_brand_in_the_next_message(check):
    post = ("14-03-2027 19:02 - Juf Anouk: Wie helpt er vrijdag bij de paasontbijt-kraam?\n"
            "14-03-2027 19:05 - Dirk Smeets: Ik neem de broodjes mee, net als vorig jaar. Smeets bakt 😎\n"
            "14-03-2027 19:06 - Juf Anouk: Top Dirk! Wie neemt de chocomel mee?\n")
    result = check("app.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "app.txt", post, "Dirk Smeets"), result.output
    assert reported_at(result, "app.txt", post, "Smeets bakt"), result.output
    assert reported_at(result, "app.txt", post, "Dirk! Wie"), result.output


def test_a_shop_named_among_brands_in_one_sentence_stays_quiet(check):
    post = "Voor het paasontbijt halen we de broodjes bij Dirk en de chocomel bij de Lidl.\n"
    result = check("boodschappen.txt", post)
    assert result.exit_code == 0, result.output


# drafts of kinds no set has, names typed as people type them; kept as tests of what is found today
DRAFTS = {
    'team.txt': ('Teamopgave schoolhandbaltoernooi – VV Olympia\n'
                 'Team De Klimop 1: Jens, Noor, Mila-Rose, Ayoub, Storm, Guusje\n'
                 'Coach: vader van Ayoub\n',
                 ['Jens', 'Mila-Rose', 'Storm', 'Guusje']),
    'gebed.md': ('## Wij danken en bidden voor\n'
                 '- de familie van Hidde, die een zusje kreeg\n'
                 '- juf Marieke, die herstelt van haar operatie\n'
                 '- opa van Lotte en Bas\n',
                 ['familie van Hidde', 'opa van Lotte', 'Bas']),
    'mentor.txt': ('Notitie mentorgesprek 14-3\n'
                   'Aanwezig: mentor, moeder van Siem\n'
                   'Siem gaat goed, maar vindt rekenen lastig. Hij speelt vaak met Wout en Jip.\n',
                   ['Siem gaat', 'Wout', 'Jip']),
    'fotos.txt': ("Bestellijst schoolfoto's (uiterlijk vrijdag inleveren)\n"
                  'naam kind | groep | set\n'
                  'Evi Bosch | 4 | A\n'
                  'jay | 2 | B + broertje Kai\n'
                  'Hanna de W. | 6 | A\n',
                  ['Evi Bosch', 'jay', 'Kai', 'Hanna']),
    'formulier.txt': ('AANMELDFORMULIER NAOBLIJVEN\n'
                      'Naam leerling: daan ter horst\n'
                      'Groep: 5b\n'
                      'Naam ouder/verzorger: M. ter Horst\n',
                      ['daan', 'M. ter Horst']),
    'kahoot.txt': ('Kahoot-uitslag groep 7 – quiz over de Tweede Wereldoorlog\n'
                   '1. Mo – 8420 punten\n'
                   '2. jurre de boer – 7710\n'
                   '3. lieke v – 6200\n'
                   '4. Ties – 5980\n',
                   ['Mo', 'jurre', 'lieke', 'Ties']),
}


def test_every_child_in_a_draft_of_a_new_kind_of_the_second_round_is_found(check):
    for name, (post, persons) in DRAFTS.items():
        result = check(name, post)
        assert result.exit_code == 1, (name, result.output)
        for person in persons:
            assert reported_at(result, name, post, person), (name, person, result.output)
