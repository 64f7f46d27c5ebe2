"""What runs where: the language model, the recognizers, the face model, the configuration.

`screener --version` prints a one-line summary (cheap: no model is loaded);
`screener doctor` loads everything once and reports what it found.
"""

from __future__ import annotations

import importlib.util
import platform
import sys

from screener import __version__
from screener.config import Config


def dutch_model_installed() -> bool:
    return importlib.util.find_spec("nl_core_news_sm") is not None


def text_model_name(config: Config | None = None) -> str:
    setting = config["text"]["model"] if config else "auto"
    if setting != "lexicon" and dutch_model_installed():
        return "nl_core_news_sm"
    return "lexicon"


def summary_line() -> str:
    if dutch_model_installed():
        text = "tekst: spaCy nl_core_news_sm + Nederlandse namenlijsten"
    else:
        text = "tekst: spaCy (nl, zonder nl_core_news_sm) + Nederlandse namen- en plaatsenlijsten"
    return f"{text}; herkenners: presidio-analyzer; gezichten: OpenCV YuNet (zie `screener doctor`)"


def report(config: Config) -> tuple[str, bool]:
    lines = [f"screener {__version__}", f"Python {platform.python_version()} ({sys.executable})"]
    ok = True
    lines.append(f"Configuratie: {config.source or 'standaardwaarden (geen screener.toml gevonden)'}")
    try:
        from screener.text import analyzer

        info = analyzer.describe(config)
        lines.append("Tekst:")
        lines.extend(f"  {key}: {value}" for key, value in info.items())
    except Exception as exc:  # doctor reports, it does not crash
        ok = False
        lines.append(f"Tekst: NIET BESCHIKBAAR ({exc})")
    try:
        from screener import images

        info = images.describe(config)
        lines.append("Foto's:")
        lines.extend(f"  {key}: {value}" for key, value in info.items())
        ok = ok and info.get("ok", True)
    except Exception as exc:
        ok = False
        lines.append(f"Foto's: NIET BESCHIKBAAR ({exc})")
    return "\n".join(lines), ok
