"""The web application of `screener serve`: one Dutch page, two JSON/binary endpoints, a login.

Uploads arrive as JSON with the files base64-encoded and are read into memory with a size limit;
no multipart parser runs, so nothing is spooled to a temporary file. Screening runs one request at
a time in a worker thread (the face detector is not thread-safe) on the models loaded at start.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import threading
import time
import urllib.parse
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from screener import consent
from screener.config import CHANNEL_LABELS, CHANNELS, ROLES, Config
from screener.images.blur import suffix_for
from screener.images.opening import ImageProblem
from screener.serve import checking
from screener.serve.security import CSRF_HEADER, LOOPBACK_NAMES, SESSION_COOKIE, SESSION_SECONDS, Guard, Session

HERE = Path(__file__).parent
MAX_PHOTOS = 20
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
OPEN_PATHS = {"/aanmelden", "/static/style.css"}  # all a visitor without a session can reach
log = logging.getLogger("screener.serve")


class Problem(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def create_app(config: Config, guard: Guard) -> Starlette:
    templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescapes .html
    screening = threading.Lock()

    def who(request: Request) -> tuple[str | None, Session | None]:
        """The request's session, made on the spot where no login is needed."""
        token = request.cookies.get(SESSION_COOKIE)
        session = guard.session(token)
        peer = request.client.host if request.client else None
        proxy_user = guard.proxy_user(peer, request.headers)
        if session and (not proxy_user or session.user == proxy_user):
            return token, session
        if guard.open_access or proxy_user:
            token, session = guard.new_session(proxy_user or "")
            request.state.new_cookie = token
            return token, session
        return None, None

    def secure(request: Request) -> bool:
        peer = request.client.host if request.client else None
        forwarded = request.headers.get("x-forwarded-proto", "") if guard.trusted_peer(peer) else ""
        return request.url.scheme == "https" or forwarded == "https"

    def with_cookie(request: Request, response: Response, token: str) -> Response:
        response.set_cookie(SESSION_COOKIE, token, max_age=SESSION_SECONDS, httponly=True, samesite="strict",
                            secure=secure(request), path="/")
        return response

    async def gate(request: Request, call_next):
        path = request.url.path
        if guard.open_access and request.url.hostname not in LOOPBACK_NAMES:  # DNS rebinding: another name for us
            return Response("Onbekende host.", status_code=400, media_type="text/plain; charset=utf-8")
        if path not in OPEN_PATHS:
            token, session = who(request)
            if session is None:
                if request.method == "GET":
                    return RedirectResponse("/aanmelden", status_code=303)
                return JSONResponse({"fout": "Niet aangemeld: meld u eerst aan op /aanmelden."}, status_code=401)
            request.state.session = session
            request.state.token = token
        if request.method == "POST":
            problem = _cross_site(request) or _rate(request, guard)
            if problem:
                return JSONResponse({"fout": str(problem)}, status_code=problem.status)
        response = await call_next(request)
        if getattr(request.state, "new_cookie", None):
            with_cookie(request, response, request.state.new_cookie)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        if not path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    def _csrf(request: Request, sent: str | None = None) -> None:
        if not guard.csrf_matches(request.state.session, sent or request.headers.get(CSRF_HEADER)):
            raise Problem(403, "De pagina is verlopen of de aanvraag komt niet van deze pagina; laad de pagina opnieuw.")

    async def page(request: Request) -> Response:
        session: Session = request.state.session
        return templates.TemplateResponse(request, "index.html", {
            "csrf": session.csrf, "login": not guard.open_access and not session.user,
            "channels": [(c, CHANNEL_LABELS.get(c, c)) for c in CHANNELS], "roles": ROLES,
            "default_channel": config["post"]["channel"], "default_role": config["post"]["author_role"],
            "mode": checking.consent_mode(config), "max_mb": config["serve"]["max_upload_mb"],
            "accept": checking.ACCEPTED_FILES})

    async def login_page(request: Request) -> Response:
        if guard.open_access:
            return RedirectResponse("/", status_code=303)
        return templates.TemplateResponse(request, "login.html", {"error": "", "secret": bool(guard.secret)})

    async def login(request: Request) -> Response:
        if guard.open_access:
            return RedirectResponse("/", status_code=303)
        body = await _body(request, 4096)
        typed = urllib.parse.parse_qs(body.decode("utf-8", "replace")).get("geheim", [""])[0]
        if not guard.secret_matches(typed):
            await asyncio.sleep(0.5)  # slows guessing further, on top of the rate limit
            log.warning("aanmelden mislukt vanaf %s", request.client.host if request.client else "?")
            return templates.TemplateResponse(request, "login.html", {"error": "Dat geheim klopt niet.",
                                                                      "secret": bool(guard.secret)}, status_code=401)
        token, _ = guard.new_session("")
        return with_cookie(request, RedirectResponse("/", status_code=303), token)

    async def logout(request: Request) -> Response:
        form = urllib.parse.parse_qs((await _body(request, 4096)).decode("utf-8", "replace"))
        _csrf(request, form.get("csrf", [""])[0])
        guard.end(request.state.token)
        response = RedirectResponse("/aanmelden" if not guard.open_access else "/", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    async def check(request: Request) -> Response:
        _csrf(request)
        data = _json(await _body(request, guard.max_body))
        asked = _request(data)
        started = time.perf_counter()

        def run() -> dict:
            with screening:
                return checking.check(asked, config)

        try:
            answer = await run_in_threadpool(run)
        except checking.Refused as exc:
            raise Problem(400, str(exc)) from None
        log.info("controle: %d bevindingen, %d foto's, %.0f ms", len(answer["findings"]), len(asked.photos),
                 (time.perf_counter() - started) * 1000)
        return JSONResponse(answer)

    async def clean(request: Request) -> Response:
        _csrf(request)
        data = _json(await _body(request, guard.max_body))
        asked = _request({**data, "photos": [data.get("photo")]})
        photo = asked.photos[0]
        keep = data.get("keep")
        keep = {int(n) for n in keep} if isinstance(keep, list) and all(isinstance(n, int) for n in keep) else None

        def run():
            with screening:
                return checking.clean_photo(photo, config, asked, keep)

        try:
            copy = await run_in_threadpool(run)
        except ImageProblem as exc:
            raise Problem(400, f"{photo.name}: {exc}") from None
        except Exception as exc:  # noqa: BLE001 - a wrong channel or setting: a Dutch message, the server goes on
            raise Problem(400, str(exc)) from None
        name = f"{Path(photo.name).stem or 'foto'}.schoon{suffix_for(copy.format)}"
        log.info("schone kopie: %d van %d gezicht(en) vervaagd", len(copy.blurred), len(copy.faces))
        return Response(copy.data, media_type=f"image/{copy.format.lower()}", headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{urllib.parse.quote(name)}",
            "X-Vervaagd": str(len(copy.blurred))})

    def handled(endpoint):
        async def wrapper(request: Request) -> Response:
            try:
                return await endpoint(request)
            except Problem as exc:
                return JSONResponse({"fout": str(exc)}, status_code=exc.status)
            except Exception as exc:  # noqa: BLE001 - logged by type only: a message may quote the content
                log.error("interne fout bij %s: %s", request.url.path, type(exc).__name__)
                return JSONResponse({"fout": "Er ging iets mis in de screener; het bericht is NIET gecontroleerd. "
                                             "Probeer het opnieuw of meld het aan de beheerder."}, status_code=500)
        return wrapper

    routes = [
        Route("/", page),
        Route("/aanmelden", login_page, methods=["GET"]),
        Route("/aanmelden", handled(login), methods=["POST"]),
        Route("/afmelden", handled(logout), methods=["POST"]),
        Route("/api/controleer", handled(check), methods=["POST"]),
        Route("/api/schone-kopie", handled(clean), methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    return Starlette(routes=routes, middleware=[Middleware(BaseHTTPMiddleware, dispatch=gate)],
                     exception_handlers={HTTPException: _dutch_http_error})


_HTTP_DUTCH = {404: "Niet gevonden.", 405: "Deze actie kan hier niet."}


async def _dutch_http_error(request: Request, exc: HTTPException) -> Response:
    return Response(_HTTP_DUTCH.get(exc.status_code, "De aanvraag kan niet worden beantwoord."),
                    status_code=exc.status_code, media_type="text/plain; charset=utf-8")


def _cross_site(request: Request) -> Problem | None:
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = request.headers.get("host", "")
        if urllib.parse.urlsplit(origin).netloc != host:
            return Problem(403, "Deze aanvraag komt van een andere website en is geweigerd.")
    return None


def _rate(request: Request, guard: Guard) -> Problem | None:
    key = getattr(request.state, "token", None) or (request.client.host if request.client else "?")
    if not guard.allow(key):
        return Problem(429, "Te veel aanvragen in korte tijd; wacht een minuut en probeer het opnieuw.")
    return None


async def _body(request: Request, limit: int) -> bytes:
    """The request body, in memory, refused past `limit` bytes before more is read."""
    too_big = Problem(413, f"Te groot: er mag hoogstens {limit // (1024 * 1024) or 1} MB tegelijk worden "
                           "verstuurd; stuur minder of kleinere foto's.")
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise too_big
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)


def _json(body: bytes) -> dict:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise Problem(400, "De aanvraag is onleesbaar; laad de pagina opnieuw.") from None
    if not isinstance(data, dict):
        raise Problem(400, "De aanvraag is onleesbaar; laad de pagina opnieuw.")
    return data


def _text(data: dict, key: str, limit: int = 200) -> str:
    value = data.get(key)
    return value[:limit] if isinstance(value, str) else ""


def _upload(item, default: str) -> checking.Upload:
    if not isinstance(item, dict) or not isinstance(item.get("data"), str):
        raise Problem(400, "Een bestand kwam niet goed aan; kies het opnieuw.")
    name = checking.safe_name(_text(item, "name"), default)
    try:
        raw = base64.b64decode(item["data"], validate=True)
    except (binascii.Error, ValueError):
        raise Problem(400, f"{name}: het bestand kwam niet goed aan; kies het opnieuw.") from None
    people = item.get("people")
    if isinstance(people, str):
        people = [p.strip() for p in people.replace(";", ",").split(",") if p.strip()] or None
    else:
        people = None
    return checking.Upload(name=name, data=raw, people=people)


def _request(data: dict) -> checking.Request:
    photos = data.get("photos") or []
    if not isinstance(photos, list):
        raise Problem(400, "De aanvraag is onleesbaar; laad de pagina opnieuw.")
    if len(photos) > MAX_PHOTOS:
        raise Problem(413, f"Hoogstens {MAX_PHOTOS} foto's tegelijk.")
    file = data.get("file")
    return checking.Request(
        text=data["text"] if isinstance(data.get("text"), str) else "",
        name=_text(data, "name") or checking.PASTED_NAME,
        file=_upload(file, checking.PASTED_NAME) if file else None,
        photos=[_upload(p, "foto.jpg") for p in photos],
        channel=_text(data, "channel") or None,
        author_role=_text(data, "author_role") or None,
        author_function=_text(data, "author_function") or None,
    )


def consent_summary(config: Config) -> str:
    """For the start-up line: which consent list and mode the page uses."""
    try:
        people = consent.consent_list(config)
        return f"toestemmingslijst: {people.path} ({consent.mode(config)})" if people else "geen toestemmingslijst"
    except Exception as exc:  # noqa: BLE001 - shown, not fatal: each photo gets the same error finding
        return f"toestemmingslijst: FOUT ({exc})"
