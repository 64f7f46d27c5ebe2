"""The organisation's allowed names and public values stay allowed however a post types them, and a
configuration changed in a running process is followed (what it allows is made once per set of values)."""

from screener import config as screener_config


def test_an_allowed_name_typed_with_a_turkish_dotless_i_is_not_reported(find):
    text = "Vandaag vertelde Nazlı Demir over haar werk als verpleegkundige."
    assert ("Nazlı Demir", "A2-NAAM") in find(text)
    for allowed in ("Nazli Demir", "NAZLI DEMIR", "Nazlı Demir"):
        cfg = screener_config.from_dict({"allow": {"names": [allowed]}})
        assert find(text, cfg) == [], allowed


def test_an_allowed_name_with_a_dotless_i_is_not_reported_when_typed_with_a_plain_i(find):
    cfg = screener_config.from_dict({"allow": {"names": ["Nazlı Demir"]}})
    assert find("De ouderavond wordt geleid door Nazli Demir (MR).", cfg) == []


def test_someone_else_is_still_reported_beside_an_allowed_name(find):
    cfg = screener_config.from_dict({"allow": {"names": ["Nazli Demir"]}})
    assert find("Nazlı Demir en Kaan Yıldız vertelden over hun werk.", cfg) == [("Kaan Yıldız", "A2-NAAM")]


def test_a_number_added_to_the_public_data_in_a_running_process_is_allowed_from_then_on(find):
    cfg = screener_config.from_dict({"organisation": {"public": ["030-1234567"]}})
    text = "Bel de school op 030-1234567 of de conciërge op 030-7654321."
    assert find(text, cfg) == [("030-7654321", "A2-TELEFOON")]
    cfg["organisation"]["public"].append("030-7654321")
    assert find(text, cfg) == []
    other = screener_config.from_dict({})
    assert [rule for _, rule in find(text, other)] == ["A2-TELEFOON", "A2-TELEFOON"]


def test_the_schools_name_in_a_team_list_is_allowed_only_where_the_post_names_it(find):
    cfg = screener_config.from_dict({"organisation": {"schools": ["OBS De Vlinderhof"]}})
    text = "Het toernooi: | Vlinderhof 1 | meisjes groep 7/8 |\n| Vlinderhof 2 | jongens groep 8 |"
    assert not any(rule == "A2-NAAM" for _, rule in find(text, cfg))
