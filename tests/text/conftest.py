import pytest

from screener import config as screener_config
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
