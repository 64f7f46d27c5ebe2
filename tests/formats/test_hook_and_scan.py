"""PDF, Word and SVG files in a website repository: the installed hook and `screener scan` screen them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from formats_helpers import BSN_SENTENCE, LOGO_SVG, PLAIN_SENTENCE, animated_gif, pdf_newsletter, word_document
from screener.config import from_dict
from screener.findings import Severity
from screener.scan import scan

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def repo(tmp_path: Path):
    """A school website repository with the screener's own hook installed."""
    if shutil.which("git") is None:
        pytest.skip("git is niet geïnstalleerd")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"PYTHONPATH": str(ROOT), "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache"),
                "GIT_CONFIG_NOSYSTEM": "1", "NO_COLOR": "1", "GIT_AUTHOR_NAME": "Web", "GIT_AUTHOR_EMAIL": "w@x.invalid",
                "GIT_COMMITTER_NAME": "Web", "GIT_COMMITTER_EMAIL": "w@x.invalid"})
    path = tmp_path / "website"
    path.mkdir()

    def git(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["git", *args], cwd=path, env=env, capture_output=True, text=True)

    git("init", "-q", "-b", "main")
    installed = subprocess.run([sys.executable, "-m", "screener", "install-hook"], cwd=path, env=env,
                               capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    return path, git


def test_the_installed_hook_refuses_a_pdf_with_a_bsn_and_lets_an_svg_logo_and_a_plain_pdf_through(repo) -> None:
    path, git = repo
    (path / "static").mkdir()
    (path / "static" / "logo.svg").write_text(LOGO_SVG, encoding="utf-8")
    pdf_newsletter(path / "static" / "nieuwsbrief.pdf", [[PLAIN_SENTENCE], [BSN_SENTENCE]])
    git("add", "static")
    refused = git("commit", "-m", "nieuwsbrief")
    output = refused.stdout + refused.stderr
    assert refused.returncode == 1, output
    assert "static/nieuwsbrief.pdf:" in output and "error A2-BSN Pagina 2, regel 1:" in output
    assert "logo.svg" not in output and "111222333" not in output

    pdf_newsletter(path / "static" / "nieuwsbrief.pdf", [[PLAIN_SENTENCE], ["Fijne feestdagen!"]])
    git("add", "static")
    accepted = git("commit", "-m", "nieuwsbrief")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr


def test_the_hook_screens_the_staged_word_document_not_the_one_on_disk(repo) -> None:
    path, git = repo
    word_document(path / "brief.docx", [PLAIN_SENTENCE, BSN_SENTENCE])
    git("add", "brief.docx")
    word_document(path / "brief.docx", [PLAIN_SENTENCE])  # fixed on disk, not staged
    refused = git("commit", "-m", "brief")
    output = refused.stdout + refused.stderr
    assert refused.returncode == 1, output
    assert "brief.docx:" in output and "error A2-BSN Alinea 2:" in output


def test_scan_screens_pdfs_word_files_svgs_and_gifs_in_a_media_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    media = tmp_path / "media"
    media.mkdir()
    pdf_newsletter(media / "nieuwsbrief.pdf", [[BSN_SENTENCE]])
    word_document(media / "brief.docx", [PLAIN_SENTENCE])
    (media / "logo.svg").write_text(LOGO_SVG, encoding="utf-8")
    animated_gif(media / "knipper.gif", [Image.new("RGB", (40, 40), c) for c in ((255, 0, 0), (0, 0, 255))])
    (media / "kapot.pdf").write_bytes(b"%PDF-1.7 afgebroken")

    result = scan([Path("media")], from_dict({"images": {"faces": False}}), jobs=1, use_cache=False)
    assert sorted(r.path for r in result.files) == ["media/brief.docx", "media/kapot.pdf", "media/knipper.gif",
                                                    "media/logo.svg", "media/nieuwsbrief.pdf"]
    assert [f.rule for f in result.findings if f.path == "media/nieuwsbrief.pdf"] == ["A2-BSN"]
    assert [r.path for r in result.errors] == ["media/kapot.pdf"]
    assert result.exit_code(Severity.ERROR) == 3


PROBE = """
import json, sys
from screener.cli import main
try:
    main(["check", "--no-colour", *sys.argv[1:]])
except SystemExit:
    pass
readers = ["pypdf", "docx", "lxml", "defusedxml", "screener.text.analyzer"]
print(json.dumps([m for m in readers if m in sys.modules]))
"""


def test_a_text_only_check_loads_no_pdf_word_or_svg_reader(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "bericht.md").write_text(f"# Kerst\n\n{PLAIN_SENTENCE}\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", PROBE, "bericht.md"], cwd=tmp_path, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded == ["screener.text.analyzer"]  # the post was screened, and nothing else was imported
