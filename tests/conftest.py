from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared ontbreekt (alleen op de ontwikkelmachines en in CI)")
    return SHARED


@pytest.fixture(autouse=True, scope="session")
def _private_cache_home(tmp_path_factory):
    """Tests (and the commands they start) never write into the user's own cache folder."""
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache-home")))
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def _private_config_home(tmp_path_factory, monkeypatch):
    """Each test has its own configuration folder, where the fingerprint key lives, and no key from
    the environment: a key one test makes never changes another's fingerprints."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config-home")))
    monkeypatch.delenv("SCREENER_KEY", raising=False)
