"""Where nl_core_news_sm is installed, the screener uses it (and says so).

The real model cannot be installed on the development machines, so this test installs a stand-in
package under that name: a blank Dutch pipeline whose NER is an entity ruler that knows one
invented name no lexicon has. If the screener reports that name, it ran the installed model.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

INVENTED = "Quirijntje"  # in no first-name list: only the stand-in model knows it


def make_standin_model(site: Path, persons: tuple[str, ...] = (INVENTED,)) -> None:
    package = site / "nl_core_news_sm"
    package.mkdir(parents=True)
    script = textwrap.dedent(f"""
        import spacy
        nlp = spacy.blank("nl")
        ruler = nlp.add_pipe("entity_ruler")
        ruler.add_patterns([{{"label": "PER", "pattern": p}} for p in {list(persons)!r}])
        nlp.meta["name"] = "core_news_sm"
        nlp.meta["version"] = "0.0.0"
        nlp.to_disk({str(package / "model")!r})
    """)
    subprocess.run([sys.executable, "-c", script], check=True)
    dist_info = site / "nl_core_news_sm-0.0.0.dist-info"  # spaCy loads models that are installed packages
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: nl_core_news_sm\nVersion: 0.0.0\n")
    (package / "__init__.py").write_text(textwrap.dedent("""
        from pathlib import Path
        import spacy

        def load(**overrides):
            return spacy.load(Path(__file__).parent / "model", **overrides)
    """))


def test_installed_dutch_model_is_used_and_named(tmp_path: Path) -> None:
    site = tmp_path / "site"
    make_standin_model(site)
    probe = textwrap.dedent(f"""
        import json
        from screener import config
        from screener.text import analyzer
        cfg = config.from_dict({{"text": {{"unknown_names": False}}}})  # only a model can know the name
        text = "Gisteren speelde {INVENTED} met de andere kinderen op het plein."
        hits = [(text[h.start:h.end], h.rule) for h in analyzer.analyze(text, cfg)]
        print(json.dumps({{"model": analyzer.describe(cfg)["model"], "hits": hits}}))
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True, env=env)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert "nl_core_news_sm" in result["model"]
    assert [INVENTED, "A2-NAAM"] in result["hits"]


def test_without_the_model_the_lexicon_pipeline_runs_and_says_so() -> None:
    probe = textwrap.dedent(f"""
        import json
        from screener import config
        from screener.text import analyzer
        cfg = config.from_dict({{"text": {{"model": "lexicon", "unknown_names": False}}}})
        text = "Gisteren speelde {INVENTED} met Sanne op het plein."
        hits = [(text[h.start:h.end], h.rule) for h in analyzer.analyze(text, cfg)]
        print(json.dumps({{"model": analyzer.describe(cfg)["model"], "hits": hits}}))
    """)
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["model"].startswith("lexicon")
    assert ["Sanne", "A2-NAAM"] in result["hits"]
    assert [INVENTED, "A2-NAAM"] not in result["hits"]  # the lexicon does not know it: the model did


def test_the_lexicons_of_characters_authors_and_brands_veto_the_models_person_guesses(tmp_path: Path) -> None:
    site = tmp_path / "site"
    make_standin_model(site, persons=(INVENTED, "Nijntje", "Dikkie Dik", "Roald Dahl", "Albert Heijn"))
    probe = textwrap.dedent(f"""
        import json
        from screener import config
        from screener.text import analyzer
        cfg = config.from_dict({{"text": {{"unknown_names": False}}}})
        text = ("{INVENTED} las Nijntje en Dikkie Dik voor, daarna het boek van Roald Dahl. "
                "Het fruit kwam van de Albert Heijn.")
        print(json.dumps([text[h.start:h.end] for h in analyzer.analyze(text, cfg) if h.rule == "A2-NAAM"]))
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True, env=env)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [INVENTED]


def test_the_lists_by_category_veto_the_models_person_guesses_for_figures_actors_firms_and_regions(tmp_path: Path) -> None:
    site = tmp_path / "site"
    make_standin_model(site, persons=(INVENTED, "Renze Klamer", "Huub Stapel", "Geert Grote", "Edison", "Abraham",
                                      "Dura Vermeer", "Hoftijzer", "IJsselland", "Melle", "Sanne"))
    probe = textwrap.dedent(f"""
        import json
        from screener import config
        from screener.text import analyzer
        cfg = config.from_dict({{"text": {{"unknown_names": False}}}})
        text = ("{INVENTED} keek de talkshow van Renze Klamer en een film met Huub Stapel. Geert Grote en de uitvinder "
                "Edison kwamen in de les voor, en uit de kinderbijbel Abraham. Dura Vermeer legt de weg aan, "
                "de bus van Hoftijzer rijdt en GGD IJsselland komt langs. Melle las De Gorgels. Sanne las mee.")
        print(json.dumps([text[h.start:h.end] for h in analyzer.analyze(text, cfg) if h.rule == "A2-NAAM"]))
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True, env=env)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [INVENTED, "Sanne"]


def test_the_models_person_guesses_give_way_to_clubs_quoted_titles_and_animals(tmp_path: Path) -> None:
    site = tmp_path / "site"
    make_standin_model(site, persons=(INVENTED, "Athlos", "Rudolph", "Snuffie", "Wu Wen"))
    probe = textwrap.dedent(f"""
        import json
        from screener import config
        from screener.text import analyzer
        cfg = config.from_dict({{"text": {{"unknown_names": False}}}})
        text = ("{INVENTED} rende voor Atletiekvereniging Athlos. Groep 3 zong \\"Rudolph the Red-Nosed Reindeer\\". "
                "Ons klassenkonijn Snuffie is ziek. De panda's heten Wu Wen en Xing Ya.")
        print(json.dumps([text[h.start:h.end] for h in analyzer.analyze(text, cfg) if h.rule == "A2-NAAM"]))
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True, env=env)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [INVENTED]


def test_the_models_person_guesses_give_way_to_a_shops_name_after_van_and_a_club_beside_a_club(tmp_path: Path) -> None:
    site = tmp_path / "site"
    make_standin_model(site, persons=(INVENTED, "Bussink", "Sallandia"))
    probe = textwrap.dedent(f"""
        import json
        from screener import config
        from screener.text import analyzer
        cfg = config.from_dict({{"text": {{"unknown_names": False}}}})
        text = ("{INVENTED} bracht een Deventer koek van Bussink mee. "
                "De hesjes kwamen van Hockeyclub Deventer en Sallandia.")
        print(json.dumps([text[h.start:h.end] for h in analyzer.analyze(text, cfg) if h.rule == "A2-NAAM"]))
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True, env=env)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [INVENTED]


def test_the_lists_filled_by_category_veto_the_models_person_guesses_but_not_a_pupil_beside_school_context(tmp_path: Path) -> None:
    site = tmp_path / "site"
    make_standin_model(site, persons=(INVENTED, "Piplup", "Sipke Jan Bousema", "Amalia van Solms", "Hans Memling",
                                      "Joep Wennemars", "Rabobank", "Kentalis", "Milo"))
    probe = textwrap.dedent(f"""
        import json
        from screener import config
        from screener.text import analyzer
        cfg = config.from_dict({{"text": {{"unknown_names": False}}}})
        text = ("{INVENTED} ruilde een kaart van Piplup en keek Zapp met Sipke Jan Bousema. Bij geschiedenis ging het "
                "over Amalia van Solms en Hans Memling, bij gym over Joep Wennemars. Rabobank en Kentalis sponsorden "
                "de dag. Milo (groep 2) las Fien en Milo voor.")
        print(json.dumps([text[h.start:h.end] for h in analyzer.analyze(text, cfg) if h.rule == "A2-NAAM"]))
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True, env=env)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [INVENTED, "Milo"]


def test_the_models_person_guesses_give_way_to_pets_things_roles_editions_rooms_and_famous_makers(tmp_path: Path) -> None:
    site = tmp_path / "site"
    make_standin_model(site, persons=(INVENTED, "Knarsbot", "Bikkel", "Plukkie", "Elsa", "Junior", "Pippi", "Baktus",
                                      "Wouter Kasteleijn", "Lotte"))
    probe = textwrap.dedent(f"""
        import json
        from screener import config
        from screener.text import analyzer
        cfg = config.from_dict({{"text": {{"unknown_names": False}}}})
        text = ("{INVENTED} bouwde de robot Knarsbot. De buren hebben een jack russell die Bikkel heet. Onze kat Pluk "
                "komt als je Plukkie roept. Lotte speelt Elsa. In de kast staat Catan Junior. Groep 1 zit in lokaal "
                "Pippi. We lazen Karius en Baktus.\\n\\nDe loopfiets werd in 1817 bedacht door Wouter Kasteleijn, de "
                "uitvinder van de draisine.")
        print(json.dumps([text[h.start:h.end] for h in analyzer.analyze(text, cfg) if h.rule == "A2-NAAM"]))
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True, env=env)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [INVENTED, "Lotte"]
