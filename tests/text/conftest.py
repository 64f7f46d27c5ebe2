import pytest
from click.testing import CliRunner

from helpers import write

from screener import config as screener_config
from screener.cli import main
from screener.text import analyzer


@pytest.fixture(scope="session")
def cfg():
    return screener_config.from_dict({})


@pytest.fixture(scope="session")
def find(cfg):
    """Hits of one text as (found text, rule) pairs, with the default configuration."""

    def run(text: str, config=None) -> list[tuple[str, str]]:
        return [(text[h.start : h.end], h.rule) for h in analyzer.analyze(text, config or cfg)]

    return run


@pytest.fixture
def check(request, tmp_path, monkeypatch):
    """`screener check` on one post in a fresh site folder, with the test module's CONFIG as its
    screener.toml: check(name, text, *options) -> click's result."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # stop the configuration search here
    write(tmp_path / "screener.toml", request.module.CONFIG)

    def run(name: str, text: str, *options: str):
        write(tmp_path / name, text)
        return CliRunner().invoke(main, ["check", *options, name], catch_exceptions=False)

    return run
