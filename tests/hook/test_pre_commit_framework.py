"""The hook as a school website installs it: through the real pre-commit framework, `repo:` this
repository at a release tag, on a Hugo-shaped site, with no model mirror and no download of models.

The framework builds its own environment from the tagged release (`pip install .`, from the package
registry and pip's cache), once per test session: about 25 s on a warm pip cache here, paid by the
first test that needs it. Every commit after that costs a few seconds (the screener's own start-up);
the whole module about a minute.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hook_helpers import FIXED_POST, PUPIL_POST, SVG_LOGO, minimal_pdf
from screener import __version__

# The framework's environment for the whole module: its tests run in one worker of `make test`.
pytestmark = pytest.mark.xdist_group("test_pre_commit_framework")

ROOT = Path(__file__).resolve().parents[2]
GROUP_PHOTO = ROOT.parent / "shared" / "data" / "faces" / "group" / "obama_and_biden.jpg"
TAG = f"v{__version__}"
OLDER_TAG = "v0.1.0"


def _git(*args: str, cwd: Path, env: dict) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="session")
def framework(tmp_path_factory) -> dict:
    """A release of this working tree (tag `TAG`) in a folder of its own, nothing beside it (no
    ../shared), and the framework's environment for it, built once. Returns what the sites need."""
    if shutil.which("git") is None or importlib.util.find_spec("pre_commit") is None:
        pytest.skip("git of pre-commit ontbreekt: het pre-commit-framework kan niet getest worden")
    pip_cache = subprocess.run([sys.executable, "-m", "pip", "cache", "dir"], capture_output=True, text=True).stdout
    base = tmp_path_factory.mktemp("framework")
    (base / "gitconfig").write_text("[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("GIT_") and k not in ("SCREENER_MODEL_MIRROR", "PYTHONPATH", "NO_COLOR", "FORCE_COLOR")}
    env.update({
        "PRE_COMMIT_HOME": str(base / "pre-commit-home"),
        "XDG_CACHE_HOME": str(base / "cache"),  # no model in a user cache either
        "PIP_CACHE_DIR": pip_cache.strip() or str(base / "pip-cache"),
        "GIT_CONFIG_GLOBAL": str(base / "gitconfig"), "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Webredactie", "GIT_AUTHOR_EMAIL": "web@school.invalid",
        "GIT_COMMITTER_NAME": "Webredactie", "GIT_COMMITTER_EMAIL": "web@school.invalid",
        "NO_COLOR": "1",
    })
    release = base / "screener"  # the working tree as committed plus uncommitted changes, without .venv
    _git("init", "-q", str(release), cwd=base, env=env)
    (release / "README.md").write_text("# screener\n", encoding="utf-8")  # an older release, for autoupdate
    _git("add", "README.md", cwd=release, env=env)
    _git("commit", "-q", "-m", "screener 0.1.0", cwd=release, env=env)
    _git("tag", OLDER_TAG, cwd=release, env=env)
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        if (ROOT / name).is_file():
            (release / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, release / name)
    _git("add", "-A", cwd=release, env=env)
    _git("commit", "-q", "-m", f"screener {__version__}", cwd=release, env=env)
    _git("tag", TAG, cwd=release, env=env)

    scratch = base / "scratch"
    scratch.mkdir()
    _git("init", "-q", cwd=scratch, env=env)
    (scratch / ".pre-commit-config.yaml").write_text(_config(release), encoding="utf-8")
    assert not (release.parent / "shared").exists()  # no model mirror beside the release
    built = subprocess.run([sys.executable, "-m", "pre_commit", "install-hooks"], cwd=scratch, env=env,
                           capture_output=True, text=True, timeout=900)
    assert built.returncode == 0, built.stdout + built.stderr
    return {"env": env, "release": release}


def _config(release: Path, rev: str = TAG) -> str:
    """What the README tells a site to write."""
    return f"repos:\n  - repo: {release}\n    rev: {rev}\n    hooks:\n      - id: screener\n"


class HugoSite:
    """A Hugo website repository with the screener hook installed through the framework."""

    def __init__(self, path: Path, env: dict, release: Path) -> None:
        self.path, self.env = path, env
        for name, text in {
            "hugo.toml": 'baseURL = "https://www.obs-deregenboog.invalid/"\ntitle = "OBS De Regenboog"\n',
            "archetypes/default.md": "---\ntitle: \"{{ .Name }}\"\ndraft: true\n---\n",
            "content/_index.md": "",
            "layouts/shortcodes/.gitkeep": "",
            "screener.toml": '[organisation]\nschools = ["OBS De Regenboog"]\n',
            ".pre-commit-config.yaml": _config(release),
        }.items():
            self.write(name, text)
        self.git("init", "-q")
        self.git("add", "-A")
        self.git("commit", "-q", "--no-verify", "-m", "Nieuwe site")
        installed = self.run(sys.executable, "-m", "pre_commit", "install")
        assert installed.returncode == 0, installed.stdout + installed.stderr

    def run(self, *command: str) -> subprocess.CompletedProcess:
        return subprocess.run(list(command), cwd=self.path, env=self.env, capture_output=True, text=True,
                              timeout=300)

    def git(self, *args: str) -> subprocess.CompletedProcess:
        done = self.run("git", *args)
        assert done.returncode == 0, done.stdout + done.stderr
        return done

    def write(self, name: str, text: str | bytes) -> Path:
        path = self.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        return path

    def commit(self, *names: str) -> subprocess.CompletedProcess:
        self.git("add", *names)
        done = self.run("git", "commit", "-m", "Nieuws")
        done.out = done.stdout + done.stderr
        return done

    def commits(self) -> int:
        return self.git("rev-list", "--count", "HEAD").stdout.strip()


@pytest.fixture
def hugo(framework, tmp_path) -> HugoSite:
    return HugoSite(tmp_path / "website", framework["env"], framework["release"])


@pytest.fixture
def group_photo(tmp_path) -> Path:
    """Two people, unnamed: the top of a shared group photo (its third face is lower down)."""
    if not GROUP_PHOTO.is_file():
        pytest.skip("../shared/data/faces/group ontbreekt: geen foto met twee mensen voor deze test")
    from PIL import Image

    photo = tmp_path / "twee-mensen.jpg"
    with Image.open(GROUP_PHOTO) as image:
        image.crop((0, 0, image.width, 900)).save(photo, quality=90)
    return photo


POST = "content/nieuws/voorleeswedstrijd.md"


def test_a_post_naming_a_pupil_is_refused_masked_and_the_fixed_post_passes(hugo):
    hugo.write(POST, PUPIL_POST)
    refused = hugo.commit(POST)
    assert refused.returncode == 1, refused.out
    assert f"{POST}:6:" in refused.out and "error A2-NAAM" in refused.out
    assert "S**** d* V****" in refused.out and "Sanne" not in refused.out
    assert hugo.commits() == "1"

    hugo.write(POST, FIXED_POST)
    accepted = hugo.commit(POST)
    assert accepted.returncode == 0, accepted.out
    assert hugo.commits() == "2"


def test_pre_commit_autoupdate_moves_a_site_from_an_older_tag_to_this_release(framework, tmp_path):
    site = tmp_path / "oude-site"
    site.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=site, env=framework["env"], check=True)
    config = site / ".pre-commit-config.yaml"
    config.write_text(_config(framework["release"], rev=OLDER_TAG), encoding="utf-8")

    done = subprocess.run([sys.executable, "-m", "pre_commit", "autoupdate"], cwd=site, env=framework["env"],
                          capture_output=True, text=True, timeout=300)

    assert done.returncode == 0, done.stdout + done.stderr
    assert f"rev: {TAG}" in config.read_text(encoding="utf-8")


def test_a_photo_of_two_unnamed_people_is_refused_with_face_findings_from_the_shipped_model(hugo, group_photo):
    hugo.write("static/img/optreden.jpg", group_photo.read_bytes())
    refused = hugo.commit("static/img/optreden.jpg")
    assert refused.returncode == 1, refused.out
    assert refused.out.count("error A5-GEZICHT-ZONDER-TOESTEMMING") == 2
    assert "Gezicht 1 van 2" in refused.out and "Gezicht 2 van 2" in refused.out
    assert "E-GEZICHTMODEL" not in refused.out
    assert hugo.commits() == "1"


FIGURE_POST = """---
title: Optreden groep 7
---
Wat een mooi optreden gaf groep 7 vandaag in de aula.

{{< figure src="/img/optreden.jpg" alt="Het optreden" >}}
"""


def test_a_post_whose_figure_shortcode_shows_two_unnamed_people_is_refused_and_the_fixed_post_passes(hugo, group_photo):
    post = "content/nieuws/optreden.md"
    hugo.write(post, FIGURE_POST)
    hugo.write("static/img/optreden.jpg", group_photo.read_bytes())
    refused = hugo.commit(post, "static/img/optreden.jpg")
    assert refused.returncode == 1, refused.out
    faces = [line for line in refused.out.splitlines() if "error A5-GEZICHT-ZONDER-TOESTEMMING" in line]
    assert len(faces) == 2 and all(f"foto getoond in {post}:6:" in line for line in faces), refused.out
    assert hugo.commits() == "1"

    from PIL import Image

    Image.new("RGB", (800, 600), (90, 140, 60)).save(hugo.path / "static/img/schoolplein.jpg")  # no people
    hugo.write(post, FIGURE_POST.replace("/img/optreden.jpg", "/img/schoolplein.jpg"))
    hugo.git("rm", "-q", "--cached", "static/img/optreden.jpg")
    accepted = hugo.commit(post, "static/img/schoolplein.jpg")
    assert accepted.returncode == 0, accepted.out
    assert hugo.commits() == "2"


def test_an_svg_logo_passes(hugo):
    hugo.write("static/img/logo.svg", SVG_LOGO)
    accepted = hugo.commit("static/img/logo.svg")
    assert accepted.returncode == 0, accepted.out
    assert hugo.commits() == "2"


def test_a_pdf_newsletter_with_a_pupils_bsn_is_refused_with_a2_bsn(hugo):
    newsletter = "static/nieuwsbrief/oktober.pdf"
    hugo.write(newsletter, minimal_pdf(["Nieuwsbrief oktober", "Welkom aan onze nieuwe leerling.",
                                        "Haar BSN is 111222333, zie de administratie."]))
    refused = hugo.commit(newsletter)
    assert refused.returncode == 1, refused.out
    assert f"{newsletter}:" in refused.out and "error A2-BSN" in refused.out
    assert "111222333" not in refused.out
    assert hugo.commits() == "1"
