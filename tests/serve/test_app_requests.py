"""The page's requests one by one (Starlette's test client, no browser): Dutch refusals, the server goes on."""

from __future__ import annotations

import base64
import re

import warnings

import pytest

with warnings.catch_warnings():  # Starlette 1.x prefers httpx2 for its test client; httpx works the same
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from screener import config as config_module
from screener.serve.app import create_app
from screener.serve.security import SetupError, guard_for


def _client(user: dict | None = None, host: str = "127.0.0.1", client=("127.0.0.1", 50000)) -> TestClient:
    config = config_module.from_dict(user or {})
    return TestClient(create_app(config, guard_for(host, config)), base_url="http://127.0.0.1", client=client)


def _token(client: TestClient) -> str:
    return re.search(r'name="csrf-token" content="([^"]+)"', client.get("/").text).group(1)


@pytest.fixture(scope="module")
def client():
    with _client() as c:
        yield c


def _check(client, body, **headers):
    return client.post("/api/controleer", json=body, headers={"X-CSRF-Token": _token(client), **headers})


def test_the_page_is_dutch_and_sets_a_strict_content_security_policy_with_no_outside_resources(client):
    page = client.get("/")
    assert page.status_code == 200 and '<html lang="nl">' in page.text and "Controleer" in page.text
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert not re.search(r'(src|href)="(https?:)?//', page.text)  # nothing from another server
    assert page.headers["cache-control"] == "no-store"


def test_a_check_answers_with_the_rule_why_and_what_to_do_in_the_words_of_the_catalog(client):
    from screener import catalog

    answer = _check(client, {"text": "Sanne de Vries uit groep 5 won.", "channel": "website"}).json()
    name = next(f for f in answer["findings"] if f["rule"] == "A2-NAAM")
    rule = catalog.get("A2-NAAM")
    assert (name["title"], name["why"], name["fix"]) == (rule.title, rule.why, rule.fix)
    assert answer["text"][name["start"]:name["end"]] == "Sanne de Vries"
    assert (name["line"], name["col"]) == (1, 1)
    assert "Sanne" not in name["message"]  # masked, as in the CLI


def test_a_finding_in_markdown_is_highlighted_at_its_place_in_the_source_not_in_the_stripped_text(client):
    text = "---\ntitle: Nieuws\n---\n# Voorleeswedstrijd\n\n**Winnaar:** Sanne de Vries uit groep 5.\n"
    answer = _check(client, {"text": text, "name": "nieuws.md", "channel": "website"}).json()
    name = next(f for f in answer["findings"] if f["rule"] == "A2-NAAM")
    assert answer["text"][name["start"]:name["end"]] == "Sanne de Vries"
    assert name["line"] == 6


def test_a_post_that_is_not_text_gets_a_dutch_message_and_the_server_answers_the_next_request(client):
    refused = _check(client, {"text": "", "file": {"name": "brief.md", "data": base64.b64encode(b"%PDF-1.4 x").decode()}})
    assert refused.status_code == 400 and "brief.md" in refused.json()["fout"]
    broken = _check(client, {"text": "Hallo", "photos": [{"name": "kapot.jpg", "data": "!!geen base64!!"}]})
    assert broken.status_code == 400 and "kapot.jpg" in broken.json()["fout"]
    assert _check(client, {"text": "Hallo"}).status_code == 200


def test_a_broken_photo_is_reported_as_not_checked_never_as_without_findings(client):
    answer = _check(client, {"text": "Hallo", "photos": [{"name": "half.jpg",
                                                          "data": base64.b64encode(b"\xff\xd8\xff\xe0 kapot").decode()}]})
    photo = answer.json()["photos"][0]
    assert [f["rule"] for f in photo["findings"]] == ["E-AFBEELDING"]


def test_an_image_link_in_the_post_is_never_looked_up_on_the_servers_disk(client, tmp_path):
    answer = _check(client, {"text": "![klas](/etc/passwd)\n\nHallo", "name": "bericht.md"}).json()
    assert all(f["rule"] != "E-BESTAND" for f in answer["findings"])
    assert answer["photos"] == []


def test_a_post_without_the_pages_csrf_token_or_from_another_site_is_refused(client):
    assert client.post("/api/controleer", json={"text": "Hallo"}).status_code == 403
    other = _check(client, {"text": "Hallo"}, Origin="http://evil.example")
    assert other.status_code == 403 and "andere website" in other.json()["fout"]


def test_the_page_answers_only_to_its_own_name_so_a_rebound_dns_name_gets_nothing(client):
    assert client.get("/", headers={"Host": "evil.example:8765"}).status_code == 400


def test_an_upload_over_the_limit_is_refused_before_it_is_screened():
    with _client({"serve": {"max_upload_mb": 1}}) as small:
        big = _check(small, {"text": "x" * (2 * 1024 * 1024)})
        assert big.status_code == 413 and "1 MB" in big.json()["fout"]


def test_more_requests_per_minute_than_configured_get_a_polite_refusal():
    with _client({"serve": {"requests_per_minute": 3}}) as limited:
        codes = [_check(limited, {"text": "Hallo"}).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]


def test_the_proxys_user_header_is_believed_only_from_a_configured_proxy():
    settings = {"serve": {"user_header": "X-Remote-User", "trusted_proxies": ["10.0.0.1"]}}
    with _client(settings, host="0.0.0.0", client=("10.0.0.9", 4000)) as stranger:
        page = stranger.get("/", headers={"X-Remote-User": "directeur"}, follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"] == "/aanmelden"
    with _client(settings, host="0.0.0.0", client=("10.0.0.1", 4000)) as proxy:
        assert proxy.get("/", headers={"X-Remote-User": "directeur"}).status_code == 200


def test_a_short_shared_secret_is_refused_at_start(monkeypatch):
    monkeypatch.setenv("SCREENER_SERVE_SECRET", "kort")
    with pytest.raises(SetupError, match="te kort"):
        guard_for("0.0.0.0", config_module.from_dict({}))


def test_a_name_on_the_consent_list_without_consent_is_highlighted_and_can_be_replaced(tmp_path):
    listed = tmp_path / "toestemming.csv"
    listed.write_text("id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot\n"
                      "p-1;Sanne de Vries;leerling;5;nee;nee;nee;nee;;\n", encoding="utf-8")
    with _client({"consent": {"list": str(listed)}}) as school:
        text = "Gisteren won\nSanne de Vries de wedstrijd voor groep 5."
        answer = _check(school, {"text": text, "channel": "website"}).json()
        refused = next(f for f in answer["findings"] if f["rule"] == "A5-NAAM-ZONDER-TOESTEMMING")
        assert text[refused["start"]:refused["end"]] == "Sanne de Vries"
        assert refused["actions"][0]["text"] == "Gisteren won\neen leerling uit groep 5 de wedstrijd voor groep 5."


def test_an_internal_error_says_the_post_was_not_checked_and_logs_no_content(client, monkeypatch, caplog):
    from screener.serve import checking

    def broken(asked, config):
        raise KeyError(asked.text)

    monkeypatch.setattr(checking, "check", broken)
    answer = _check(client, {"text": "Zorrowitz Quandelaar"})
    assert answer.status_code == 500 and "NIET gecontroleerd" in answer.json()["fout"]
    assert "Zorrowitz" not in caplog.text and "KeyError" in caplog.text


def test_logging_out_ends_the_session_so_the_next_request_gets_the_login(monkeypatch):
    monkeypatch.setenv("SCREENER_SERVE_SECRET", "een-lang-gedeeld-geheim-42")
    with _client(host="0.0.0.0") as staff:
        assert staff.post("/aanmelden", data={"geheim": "een-lang-gedeeld-geheim-42"}).status_code == 200
        page = staff.get("/")
        assert "Afmelden" in page.text
        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        assert staff.post("/afmelden", data={"csrf": token}, follow_redirects=False).status_code == 303
        assert staff.get("/", follow_redirects=False).headers["location"] == "/aanmelden"


def test_a_dropped_markdown_file_saved_by_word_as_unicode_is_read_and_shown_as_text(client):
    text = "---\nkanaal: website\n---\nSanne de Vries uit groep 5 won.\n"
    data = base64.b64encode(b"\xff\xfe" + text.encode("utf-16-le")).decode()
    answer = _check(client, {"text": "", "file": {"name": "C:\\Users\\juf\\nieuws.md", "data": data}}).json()
    assert answer["name"] == "nieuws.md" and answer["text"] == text
    assert "A2-NAAM" in {f["rule"] for f in answer["findings"]}


def test_the_post_says_who_is_on_an_uploaded_photo_and_that_face_is_shown_with_consent(tmp_path, shared):
    import io

    from images.image_helpers import MODEL, canvas

    listed = tmp_path / "toestemming.csv"
    listed.write_text("id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot\n"
                      "p-1;Sanne de Vries;leerling;5;ja;ja;ja;ja;;\n", encoding="utf-8")
    photo = io.BytesIO()
    canvas((900, 600), [("obama", 240, (300, 150))]).save(photo, format="JPEG", quality=92)
    post = "---\nphotos:\n  - src: fotos/klas.jpg\n    personen: [p-1]\n---\n![De klas](fotos/klas.jpg)\n\nMooie dag.\n"
    with _client({"consent": {"list": str(listed)}, "images": {"model": str(MODEL)}}) as school:
        answer = _check(school, {"text": post, "name": "nieuws.md", "channel": "website",
                                 "photos": [{"name": "klas.jpg", "data": base64.b64encode(photo.getvalue()).decode()}]})
    faces = answer.json()["photos"][0]["faces"]
    assert [(f["number"], f["consent"], f["rule"]) for f in faces] == [(1, True, "A5-GEZICHT")]


def test_an_unknown_address_on_the_page_gets_a_dutch_answer(client):
    missing = client.get("/bestaat-niet")
    assert missing.status_code == 404 and missing.text == "Niet gevonden."
    assert client.get("/api/controleer").text == "Deze actie kan hier niet."


def test_a_damaged_a8_model_gets_a_dutch_refusal_never_an_answer_without_findings(client, tmp_path, monkeypatch):
    from screener.rules import conduct_model

    broken = tmp_path / "conduct_model.npz"
    broken.write_bytes(b"kapot")
    monkeypatch.setattr(conduct_model, "MODEL_FILE", broken)
    refused = _check(client, {"text": "Wat een mooie dag was het vandaag.", "name": "bericht.md"})
    assert refused.status_code == 400 and "A8-taalmodel" in refused.json()["fout"]
    monkeypatch.undo()
    assert _check(client, {"text": "Hallo"}).status_code == 200
