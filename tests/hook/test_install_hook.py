"""`screener install-hook`: the same protection for a website repository without the pre-commit framework."""

from __future__ import annotations

import sys

import pytest

from hook_helpers import FIXED_POST, PUPIL_POST

POST = "content/nieuws/voorleeswedstrijd.md"


def _install(website, *extra: str):
    return website.run(sys.executable, "-m", "screener", "install-hook", *extra)


def test_installed_hook_refuses_pupil_name_and_accepts_fixed_post(website) -> None:
    installed = _install(website)
    assert installed.returncode == 0, installed.stderr
    assert (website.path / ".git" / "hooks" / "pre-commit").stat().st_mode & 0o111

    post = website.write(POST, PUPIL_POST)
    website.git("add", POST)
    refused = website.git("commit", "-m", "nieuws", check=False)
    output = refused.stdout + refused.stderr
    assert refused.returncode == 1, output
    assert f"{POST}:6:" in output and "A2-NAAM" in output and "S**** d* V****" in output
    assert "Sanne" not in output
    assert "commit geweigerd" in output

    post.write_text(FIXED_POST, encoding="utf-8")
    website.git("add", POST)
    accepted = website.git("commit", "-m", "nieuws", check=False)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr


def test_hook_screens_the_staged_version_not_the_work_tree(website) -> None:
    _install(website)
    post = website.write(POST, PUPIL_POST)
    website.git("add", POST)
    post.write_text(FIXED_POST, encoding="utf-8")  # fixed on disk, but the name is still staged
    refused = website.git("commit", "-m", "nieuws", check=False)
    output = refused.stdout + refused.stderr
    assert refused.returncode == 1, output
    assert f"{POST}:6:" in output and "A2-NAAM" in output


def test_commit_without_posts_or_photos_is_not_held_up(website) -> None:
    _install(website)
    website.write("layouts/base.css", "body { color: black }\n")
    website.git("add", "layouts/base.css")
    done = website.git("commit", "-m", "stijl", check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_existing_foreign_hook_is_kept_unless_forced_and_then_backed_up(website) -> None:
    hook = website.path / ".git" / "hooks" / "pre-commit"
    hook.parent.mkdir(parents=True, exist_ok=True)
    hook.write_text("#!/bin/sh\necho eigen hook\n", encoding="utf-8")
    refused = _install(website)
    assert refused.returncode == 2
    assert "--force" in refused.stderr
    assert hook.read_text(encoding="utf-8") == "#!/bin/sh\necho eigen hook\n"

    forced = _install(website, "--force")
    assert forced.returncode == 0, forced.stderr
    backups = list(hook.parent.glob("pre-commit.backup-*"))
    assert len(backups) == 1 and "eigen hook" in backups[0].read_text(encoding="utf-8")
    assert "screener" in hook.read_text(encoding="utf-8")
    assert _install(website).returncode == 0  # re-installing our own hook needs no --force


CONSENT_LIST = """id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot
p-014;Sanne de Vries|Sanne;leerling;6;nee;nee;ja;ja;2025-08-01;2099-07-31
p-015;Daan Bakker|Daan;leerling;6;ja;nee;ja;ja;2025-08-01;2099-07-31
"""


def test_with_a_consent_list_a_pupil_without_website_consent_is_refused_and_one_with_consent_passes(website) -> None:
    website.write("screener.toml", '[consent]\nlist = "toestemming.csv"\n')
    website.write("toestemming.csv", CONSENT_LIST)
    website.git("add", "screener.toml", "toestemming.csv")
    website.git("commit", "-q", "--no-verify", "-m", "toestemmingslijst")
    _install(website)

    website.write(POST, PUPIL_POST)
    website.git("add", POST)
    refused = website.git("commit", "-m", "nieuws", check=False)
    output = refused.stdout + refused.stderr
    assert refused.returncode == 1, output
    assert f"{POST}:6:" in output and "A5-NAAM-ZONDER-TOESTEMMING" in output and "Sanne" not in output

    website.write(POST, PUPIL_POST.replace("Sanne de Vries", "Daan Bakker"))
    website.git("add", POST)
    accepted = website.git("commit", "-m", "nieuws", check=False)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr


def test_photo_with_faces_and_no_consent_blocks_the_commit(website, shared_photos) -> None:
    _install(website)
    photo = website.path / "static" / "img" / "optreden.jpg"
    photo.write_bytes((shared_photos / "obama_and_biden.jpg").read_bytes())
    website.git("add", "static/img/optreden.jpg")
    refused = website.git("commit", "-m", "foto", check=False)
    output = refused.stdout + refused.stderr
    assert refused.returncode == 1, output
    assert "static/img/optreden.jpg: error A5-" in output


def test_video_with_faces_and_no_consent_blocks_the_commit(website, shared_photos) -> None:
    cv2 = pytest.importorskip("cv2")
    image = cv2.resize(cv2.imread(str(shared_photos / "obama_and_biden.jpg")), (640, 400))
    video = website.path / "static" / "img" / "optreden.mp4"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"mp4v"), 5, (640, 400))
    if not writer.isOpened():
        pytest.skip("OpenCV kan hier geen mp4 schrijven")
    for frame in [image * 0] * 10 + [image] * 10:  # the faces appear after 2 seconds
        writer.write(frame)
    writer.release()
    _install(website)
    website.git("add", "static/img/optreden.mp4")

    refused = website.git("commit", "-m", "video", check=False)

    output = refused.stdout + refused.stderr
    assert refused.returncode == 1, output
    assert "static/img/optreden.mp4: error A5-" in output
    assert "Op 0:02:" in output


def test_a_staged_post_that_is_not_utf8_is_named_and_refused(website) -> None:
    _install(website)
    website.write(POST, "Sportdag\n")
    (website.path / POST).write_bytes("Groep 5 won de sportdag met juf Ans\u00e9\n".encode("cp1252"))
    website.git("add", POST)
    website.write(POST, "Nog niet klaar\n")  # unstaged change: the staged version is screened

    refused = website.git("commit", "-m", "nieuws", check=False)

    output = refused.stdout + refused.stderr
    assert refused.returncode == 1, output
    assert f"{POST}: error E-BESTAND {POST}: is geen UTF-8-tekst" in output
    assert "1 bestand kon niet gescreend worden" in output


THREE_WITH_CONSENT = """id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot
p-015;Daan Bakker|Daan;leerling;6;ja;nee;ja;ja;2025-08-01;2099-07-31
p-016;Noor El Amrani|Noor;leerling;6;ja;nee;ja;ja;2025-08-01;2099-07-31
p-017;Levi Smit|Levi;leerling;6;ja;nee;ja;ja;2025-08-01;2099-07-31
"""


@pytest.mark.parametrize("src", ["../../static/img/optreden.jpg", "/img/optreden.jpg"])
def test_a_post_and_the_photo_it_shows_committed_together_pass_when_the_pupils_in_it_have_consent(
        website, shared_photos, src) -> None:
    website.write("screener.toml", '[consent]\nlist = "toestemming.csv"\n')
    website.write("toestemming.csv", THREE_WITH_CONSENT)
    website.git("add", "screener.toml", "toestemming.csv")
    website.git("commit", "-q", "--no-verify", "-m", "toestemmingslijst")
    _install(website)
    (website.path / "static" / "img" / "optreden.jpg").write_bytes((shared_photos / "obama_and_biden.jpg").read_bytes())
    website.write(POST, f"---\ntitle: Optreden\nphotos:\n  - src: {src}\n    personen: [p-015, p-016, p-017]\n---\n"
                        f"Het optreden van groep 6 was prachtig.\n\n![Het optreden]({src})\n")
    website.git("add", POST, "static/img/optreden.jpg")

    done = website.git("commit", "-m", "optreden", check=False)

    output = done.stdout + done.stderr
    assert done.returncode == 0, output  # the photo alone names nobody; with its post, all three pupils are known
    assert "niet gevonden" not in output


def test_hook_screens_each_post_with_the_configuration_nearest_above_it(website) -> None:
    _install(website)
    website.write("content/archief/screener.toml", '[rules]\n"A2-NAAM" = "info"\n')  # the archive's own settings
    website.write("content/archief/voorleeswedstrijd-2019.md", PUPIL_POST)
    website.write(POST, PUPIL_POST)
    website.git("add", "content")

    refused = website.git("commit", "-m", "nieuws en archief", check=False)

    output = refused.stdout + refused.stderr
    assert refused.returncode == 1, output
    assert f"{POST}:6:" in output and "error A2-NAAM" in output
    assert "content/archief/voorleeswedstrijd-2019.md" not in output  # info there: below what is shown
