"""Cold start: import spaCy and presidio-analyzer without paying for what screener never uses.

The CLI starts cold for every check, so import time is what a user waits for.

1. `import spacy` imports spaCy's own command line (`spacy.cli`: weasel, typer, httpx; about
   0.3 s) only to offer `spacy.info`. Until something actually uses `spacy.cli`, a stand-in
   module takes its place; the first attribute anyone asks of it imports the real one.
2. Importing `presidio_analyzer` defines ~170 predefined recognizers for many countries; each
   `Pattern` compiles its regex at class definition just to validate it (about 0.3 s).
   screener registers none of them. While the package is imported, that validation is
   skipped; it is restored before screener's own patterns are made, so those are still
   validated, and presidio compiles every pattern it uses when it first matches.
3. presidio's e-mail recognizer imports `tldextract` (and with it `requests`, about 0.1 s), and
   tldextract would try to download the public suffix list on first use. screener has its own
   e-mail and URL recognizers, so a stand-in takes tldextract's place as well: the real module
   is only imported if something uses it, which nothing in screener does.

4. The cyclic garbage collector would walk the ~100,000 objects the imports make again and again
   while they are made (some 5 % of a cold start); it is off during the imports, and what they
   made is then frozen (`gc.freeze`): it lives as long as the process.

All fall back to a plain import when the libraries' internals are not as expected.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import sys
import types
from pathlib import Path


class _LazyModule(types.ModuleType):
    """Stands in for a module until its first attribute is asked; then imports the real one."""

    def __getattr__(self, name: str):
        if name.startswith("__"):  # the import system probing (__path__, ...): not a real use
            raise AttributeError(name)
        real = _import_real(self.__name__)
        return getattr(real, name)


def _import_real(name: str) -> types.ModuleType:
    for stub in [key for key, module in sys.modules.items() if isinstance(module, _LazyModule)]:
        del sys.modules[stub]
    real = importlib.import_module(name)
    return real


def _lazy_info(*args, **kwargs):  # noqa: ANN002, ANN003 - spacy.info's own signature
    return _import_real("spacy.cli.info").info(*args, **kwargs)


def import_spacy() -> None:
    if "spacy" in sys.modules or importlib.util.find_spec("spacy") is None:
        importlib.import_module("spacy")
        return
    cli = _LazyModule("spacy.cli")
    info = _LazyModule("spacy.cli.info")
    info.__dict__["info"] = _lazy_info
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info
    try:
        spacy = importlib.import_module("spacy")
        spacy.__dict__.setdefault("cli", cli)
    except Exception:  # noqa: BLE001 - anything unexpected: import the normal way
        for name in ("spacy.cli", "spacy.cli.info", "spacy"):
            if isinstance(sys.modules.get(name), _LazyModule) or name == "spacy":
                sys.modules.pop(name, None)
        importlib.import_module("spacy")


def import_presidio() -> None:
    collecting = gc.isenabled()
    gc.disable()
    try:
        _import_presidio()
    finally:
        gc.freeze()  # what the imports made lives as long as the process: no collection walks it again
        if collecting:
            gc.enable()


def _import_presidio() -> None:
    import_spacy()
    if "presidio_analyzer" in sys.modules:
        return
    if "tldextract" not in sys.modules and importlib.util.find_spec("tldextract") is not None:
        sys.modules["tldextract"] = _LazyModule("tldextract")
    try:
        spec = importlib.util.find_spec("presidio_analyzer")
        location = Path(list(spec.submodule_search_locations)[0]) / "pattern.py"
        pattern_spec = importlib.util.spec_from_file_location("presidio_analyzer.pattern", location)
        module = importlib.util.module_from_spec(pattern_spec)
        sys.modules["presidio_analyzer.pattern"] = module
        pattern_spec.loader.exec_module(module)
        validate = module.Pattern.__dict__["_Pattern__validate_regex"]
    except Exception:  # noqa: BLE001 - anything unexpected: import the normal way
        sys.modules.pop("presidio_analyzer.pattern", None)
        importlib.import_module("presidio_analyzer")
        return
    module.Pattern._Pattern__validate_regex = staticmethod(lambda pattern: None)
    try:
        package = importlib.import_module("presidio_analyzer")
        package.pattern = module
    finally:
        module.Pattern._Pattern__validate_regex = validate
