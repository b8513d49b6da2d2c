"""The web pages: lists with filters, the Excel export, the item page and its actions, signing in.

Each handler only translates: the request becomes a ListQuery, an item number or a chat command; the core reads
(Dispatcher.view_async) or runs the command (Dispatcher.handle_async) as the signed-in person; the answer becomes
HTML from a template (Jinja2, autoescaped). A page is one person's private view, like a direct message.
"""
from __future__ import annotations

import logging
import os
import secrets
import tempfile
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlencode

from aiohttp import web
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from bot.agenda_config import agenda_instellingen
from bot.app import App
from bot.dispatcher import ViewFailed
from bot.origins import is_loopback
from bot.web.charts import Chart, bar_chart
from bot.web.look import Look
from bot.web.oidc import OidcClient, SignInRefused
from bot.web.security import frame_for_teams
from bot.web.session import Session, Sessions
from bot.web.translate import as_typed, command_of, item_path, query_string, to_query
from handlers.browse.agenda import Meeting, agenda_view
from handlers.browse.item import ItemView, item_view
from handlers.browse.overview import KindOverview, overview
from handlers.browse.ronde import RondeSummary, RondeView, ronde_view, rondes
from handlers.browse.lists import Browsed, browse, export_items, status_choices, summary
from handlers.browse.query import KINDS, ListQuery
from handlers.context import Context
from handlers.domain.people import Rol
from handlers.errors import NotFound, UserError
from handlers.messages import Actor, Address, IncomingCommand, ReplyKind
from handlers.texts import APOLOGY, aantal, datum, examples_line, tijdstip
from handlers.texts import aanmelden as ta
from handlers.texts import web as t
from storage.exporters.xlsx import write_list_workbook

log = logging.getLogger(__name__)

T = TypeVar("T")
PLATFORM = "web"
# A signed-in page is read by one person: private, like a direct message (confidential items for their readers).
ADDRESS = Address(PLATFORM, "browser", private=True)
KIND = "{soort:" + "|".join(KINDS) + "}"
TEMPLATES = Path(__file__).parent / "templates"
STYLE_CACHE = {"Cache-Control": "public, max-age=3600"}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHUNK = 64 * 1024


@dataclass(frozen=True)
class _Signed:
    """A request's session and, when someone is signed in, who they are to the core."""

    session: Session
    actor: Actor | None


class WebPages:
    def __init__(self, app: App, sessions: Sessions, dev_login: bool, look: Look, assets: Path,
                 oidc: OidcClient | None = None, teams_tab: bool = False) -> None:
        self.app = app
        self.sessions = sessions
        self.dev_login = dev_login
        self.look = look
        self.assets = assets
        self.oidc = oidc
        self.teams_tab = teams_tab  # the pages may be framed by Teams (docs/web.md#teams-tab)
        self.agenda = agenda_instellingen(app.settings)
        self.templates = Environment(
            loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(("html",), default=True),
            undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        )
        self.templates.filters["status_choice"] = lambda choice: (choice, t.STATUS_CHOICES_LABEL.get(choice, choice))

    def add_routes(self, web_app: web.Application) -> None:
        router = web_app.router
        router.add_get("/", self.home)
        router.add_get("/overzicht", self.overview_page)
        router.add_get(f"/{KIND}", self.list_page)
        router.add_get(f"/{KIND}.xlsx", self.export)
        router.add_get(f"/{KIND}/{{nummer:.+}}", self.item_page)
        router.add_post(f"/{KIND}/{{nummer:.+}}", self.item_action)
        router.add_get("/rondes", self.rondes_page)
        router.add_get("/rondes/{ronde}", self.ronde_page)
        router.add_get("/agenda", self.agenda_page)
        router.add_get("/aanmelden", self.sign_in_page)
        router.add_post("/aanmelden", self.sign_in)
        if self.oidc is not None:
            router.add_get("/aanmelden/start", self.oidc_start)
            router.add_get("/aanmelden/terug", self.oidc_return)
        router.add_post("/afmelden", self.sign_out)
        router.add_get("/static/huisstijl.css", self.brand_stylesheet)
        router.add_get("/static/nlds/{naam}", self.nlds_stylesheet)
        router.add_static("/static", Path(__file__).parent / "static")

    # ---- the look (bot/web/look.py)

    async def brand_stylesheet(self, request: web.Request) -> web.StreamResponse:
        return web.Response(text=self.look.brand_css, content_type="text/css", headers=STYLE_CACHE)

    async def nlds_stylesheet(self, request: web.Request) -> web.StreamResponse:
        path = self.look.nlds_path(self.assets, request.match_info["naam"])
        if path is None:
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={**STYLE_CACHE, "Content-Type": "text/css"})

    # ---- lists and export

    async def home(self, request: web.Request) -> web.StreamResponse:
        return _redirect("/toezeggingen")

    async def list_page(self, request: web.Request) -> web.StreamResponse:
        soort = request.match_info["soort"]
        signed = self._signed(request)
        actor = self._required(request, signed)
        params = dict(request.query)

        def read(ctx: Context) -> tuple[str, ListQuery, Browsed | UserError]:
            name = ctx.require_person().name
            query = ListQuery(soort)
            try:
                query = to_query(soort, params)
                return name, query, browse(ctx, query)
            except UserError as error:  # the filter form stays, with what was typed and what went wrong
                return name, as_typed(soort, params), error

        name, query, found = await self._view(request, signed, actor, read, f"lijst {soort}")
        values: dict[str, Any] = dict(
            soort=soort, query=query, statuses=status_choices(soort), error="", notes=(), summary="",
            holder_label=t.LOBBY_HOLDER if soort == "lobby" else t.FILTER_LABELS["portefeuillehouder"],
            columns=t.LOBBY_COLUMNS if soort == "lobby" else t.COLUMNS,
            item_url=lambda nummer: item_path(soort, nummer) + query_string(query, query.pagina),
            page_url=lambda n: f"/{soort}" + query_string(query, n),
        )
        if isinstance(found, UserError):
            values.update(error=found.message, notes=_notes(found.examples), found=None, export_url="", export_label="")
            return self._render(request, signed.session, "list.html", t.HEADING[soort], name, soort, 400, **values)
        values.update(
            found=found, summary=summary(query, found),
            export_url=f"/{soort}.xlsx" + query_string(query),
            export_label=t.EXPORT.format(wat=aantal(found.total, t.SINGULAR[soort], t.PLURAL[soort])),
        )
        return self._render(request, signed.session, "list.html", t.HEADING[soort], name, soort, **values)

    async def export(self, request: web.Request) -> web.StreamResponse:
        soort = request.match_info["soort"]
        signed = self._signed(request)
        actor = self._required(request, signed)
        params = dict(request.query)

        def read(ctx: Context) -> Path:
            # Rows come from the database in batches and go to a temporary file as they come: the export's memory
            # stays flat in its number of rows. The file is sent in chunks, then removed.
            query = to_query(soort, params)
            handle, name = tempfile.mkstemp(prefix="samenspel-export-", suffix=".xlsx")
            os.close(handle)
            path = Path(name)
            try:
                write_list_workbook(ctx.uow, soort, t.EXPORT_SHEET[soort], export_items(ctx, query), ctx.today, path)
            except BaseException:
                path.unlink(missing_ok=True)
                raise
            return path

        path = await self._view(request, signed, actor, read, f"export {soort}")
        filename = f"{soort}-{self.app.clock.now().date().isoformat()}.xlsx"
        try:
            return await _send_file(request, path, XLSX, filename)
        finally:
            path.unlink(missing_ok=True)

    async def overview_page(self, request: web.Request) -> web.StreamResponse:
        """The charts: per portefeuillehouder and per month, counted under this person's read scope."""
        signed = self._signed(request)
        actor = self._required(request, signed)

        def read(ctx: Context) -> tuple[str, tuple[KindOverview, ...]]:
            return ctx.require_person().name, overview(ctx)

        name, kinds = await self._view(request, signed, actor, read, "overzicht")
        return self._render(request, signed.session, "overview.html", t.OVERVIEW, name, "overzicht",
                            parts=[_charts(kind) for kind in kinds])

    # ---- one item

    async def item_page(self, request: web.Request) -> web.StreamResponse:
        soort, nummer = request.match_info["soort"], request.match_info["nummer"]
        signed = self._signed(request)
        actor = self._required(request, signed)
        name, view = await self._item(request, signed, actor, soort, nummer)
        return self._item_response(request, signed.session, name, view)

    async def item_action(self, request: web.Request) -> web.StreamResponse:
        """A button's form, posted: the same command as in the chat (rights, status machine, reasons, audit)."""
        soort, nummer = request.match_info["soort"], request.match_info["nummer"]
        signed = self._signed(request)
        actor = self._required(request, signed)
        posted = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        self._check_form(request, signed.session, posted)
        name, before = await self._item(request, signed, actor, soort, nummer)
        button = _chosen(before, posted)
        if button is None:
            return self._item_response(request, signed.session, name, before, t.STALE_FORM, ReplyKind.ERROR, status=409)
        incoming = IncomingCommand(actor, ADDRESS, command_of(button, posted), self.app.clock.now(),
                                   request_id=posted.get("verzoek", "")[:80] or None)
        reply = await self.app.dispatcher.handle_async(incoming)
        _name, after = await self._item(request, signed, actor, soort, before.nummer)
        if reply is None:
            return self._item_response(request, signed.session, name, after, t.ALREADY_DONE, ReplyKind.INFO)
        failed = reply.kind is ReplyKind.ERROR
        return self._item_response(request, signed.session, name, after, reply.text, reply.kind, reply.notes,
                                   status=400 if failed else 200)

    async def _item(self, request: web.Request, signed: _Signed, actor: Actor, soort: str,
                    nummer: str) -> tuple[str, ItemView]:
        def read(ctx: Context) -> tuple[str, ItemView]:
            return ctx.require_person().name, item_view(ctx, soort, nummer)

        return await self._view(request, signed, actor, read, f"item {soort} {_number_for_log(nummer)}")

    def _item_response(self, request: web.Request, session: Session, name: str, view: ItemView, message: str = "",
                       kind: ReplyKind = ReplyKind.INFO, notes: tuple[str, ...] = (), status: int = 200) -> web.Response:
        back = f"/{view.soort}" + (f"?{request.query_string}" if request.query_string else "")
        self_url = item_path(view.soort, view.nummer) + (f"?{request.query_string}" if request.query_string else "")
        return self._render(request, session, "item.html", view.title, name, view.soort, status, view=view,
                            back=back, self_url=self_url, message=message, kind=kind.value, notes=notes,
                            request_key=secrets.token_urlsafe(12))

    # ---- the ronde's progress and the agenda

    async def rondes_page(self, request: web.Request) -> web.StreamResponse:
        signed = self._signed(request)
        actor = self._required(request, signed)

        def read(ctx: Context) -> tuple[str, tuple[RondeSummary, ...]]:
            return ctx.require_person().name, rondes(ctx)

        name, found = await self._view(request, signed, actor, read, "rondes")
        return self._render(request, signed.session, "rondes.html", t.RONDES, name, "rondes", rondes=found,
                            tijdstip=tijdstip)

    async def ronde_page(self, request: web.Request) -> web.StreamResponse:
        signed = self._signed(request)
        actor = self._required(request, signed)
        wanted = request.match_info["ronde"]

        def read(ctx: Context) -> tuple[str, RondeView]:
            return ctx.require_person().name, ronde_view(ctx, wanted)

        name, view = await self._view(request, signed, actor, read, f"ronde {_number_for_log(wanted)}")
        return self._render(request, signed.session, "ronde.html", t.RONDE_HEADING.format(label=view.summary.label),
                            name, "rondes", view=view, tijdstip=tijdstip, item_path=item_path)

    async def agenda_page(self, request: web.Request) -> web.StreamResponse:
        signed = self._signed(request)
        actor = self._required(request, signed)
        soort = request.query.get("soort", "").strip()[:40]

        def read(ctx: Context) -> tuple[str, tuple[Meeting, ...]]:
            return ctx.require_person().name, agenda_view(ctx, self.agenda, soort)

        name, meetings = await self._view(request, signed, actor, read, "agenda")
        return self._render(request, signed.session, "agenda.html", t.AGENDA, name, "agenda", meetings=meetings,
                            soort=soort, datum=datum)

    # ---- signing in

    async def sign_in_page(self, request: web.Request) -> web.StreamResponse:
        signed = self._signed(request)
        email = ""
        if self.dev_login:
            email = await self._view(request, signed, Actor(PLATFORM, "aanmelden"), self._demo_email, "aanmelden")
        return self._sign_in_form(request, signed.session, email)

    async def sign_in(self, request: web.Request) -> web.StreamResponse:
        """The development sign-in: anyone in the registry, by e-mail, from this machine only."""
        signed = self._signed(request)
        posted = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        self._check_form(request, signed.session, posted)
        if not self._dev_login_allowed(request):
            return self._sign_in_form(request, signed.session, "", t.NO_SIGN_IN, status=403)
        email = posted.get("email", "").strip()[:200]
        if not email or not await self._known(request, signed, email):
            return self._sign_in_form(request, signed.session, email, t.UNKNOWN_EMAIL.format(email=email), status=403)
        return self._signed_in(request, signed, email, posted.get("terug", ""), "de ontwikkelaanmelding")

    async def oidc_start(self, request: web.Request) -> web.StreamResponse:
        """'Aanmelden met Microsoft': to the provider, remembering where the person was going."""
        assert self.oidc is not None
        signed = self._signed(request)
        try:
            return await self.oidc.start(request, _safe_back(request.query.get("terug", "")))
        except SignInRefused as refused:
            log.warning("web: aanmelden met OpenID Connect kon niet beginnen: %s", refused.reason)
            return self._sign_in_form(request, signed.session, "", refused.message, status=refused.status)

    async def oidc_return(self, request: web.Request) -> web.StreamResponse:
        """The provider's redirect back: a session only for a verified e-mail that the role registry knows."""
        assert self.oidc is not None
        signed = self._signed(request)
        pending = self.oidc.pending(request)
        try:
            email = await self.oidc.email(request, pending)
        except SignInRefused as refused:
            log.warning("web: aanmelding met OpenID Connect geweigerd: %s (van %s)", refused.reason, request.remote)
            response = self._sign_in_form(request, signed.session, "", refused.message, status=refused.status)
            self.oidc.forget(response)
            return response
        assert pending is not None
        if not await self._known(request, signed, email):
            log.info("web: aangemeld bij de provider, maar niet in het rollenregister (van %s)", request.remote)
            response = self._sign_in_form(request, Sessions.signed_out(signed.session), "", ta.NOT_IN_REGISTRY.format(
                naam=self.oidc.config.name, email=email), status=403)
        else:
            response = self._signed_in(request, signed, email, pending.back, "OpenID Connect")
        self.oidc.forget(response)
        return response

    async def _known(self, request: web.Request, signed: _Signed, email: str) -> bool:
        """Is this address someone in the role registry? The lookup the chat does for every message."""
        def known(ctx: Context) -> bool:
            return ctx.person is not None

        return await self._view(request, signed, Actor(PLATFORM, email, email), known, "aanmelden")

    def _signed_in(self, request: web.Request, signed: _Signed, email: str, back: str, how: str) -> web.Response:
        session = signed.session.signed_in(email)
        log.info("web: aangemeld via %s (van %s)", how, request.remote)
        response = _redirect(_safe_back(back))
        self.sessions.write(request, response, session)
        return response

    async def sign_out(self, request: web.Request) -> web.StreamResponse:
        signed = self._signed(request)
        posted = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        self._check_form(request, signed.session, posted)
        return self._sign_in_form(request, Sessions.signed_out(signed.session), "", t.SIGNED_OUT)

    def _sign_in_form(self, request: web.Request, session: Session, email: str, message: str = "",
                      status: int = 200) -> web.Response:
        oidc = self.oidc.config.name if self.oidc is not None else ""
        return self._render(request, session, "signin.html", t.SIGN_IN, "", "", status, dev=self.dev_login,
                            email=email, back=_safe_back(request.query.get("terug", "")), message=message,
                            kind=ReplyKind.ERROR.value if status >= 400 else ReplyKind.INFO.value, ta=ta,
                            oidc=oidc, framed=request.headers.get("Sec-Fetch-Dest") == "iframe")

    def _demo_email(self, ctx: Context) -> str:
        """Who the development sign-in suggests: the console's person (SAMENSPEL_CONSOLE_USER, else the first
        concernadviseur), so `make run`'s chat and page start as the same demo person."""
        if self.app.settings.console_user:
            return self.app.settings.console_user
        people = ctx.uow.people.with_role(Rol.CONCERNADVISEUR) or ctx.uow.people.all()
        return people[0].email if people else ""

    def _dev_login_allowed(self, request: web.Request) -> bool:
        # Loopback caller and a loopback Host: a page elsewhere that points a DNS name at 127.0.0.1 gets nothing.
        return self.dev_login and is_loopback(request.remote or "") and is_loopback(request.url.host or "")

    # ---- the parts every page shares

    def _signed(self, request: web.Request) -> _Signed:
        session = self.sessions.read(request)
        return _Signed(session, Actor(PLATFORM, session.email, session.email) if session.email else None)

    def _required(self, request: web.Request, signed: _Signed) -> Actor:
        if signed.actor is None:
            response = _redirect("/aanmelden?" + urlencode({"terug": request.path_qs}))
            self.sessions.write(request, response, signed.session)
            raise Shown(response)
        return signed.actor

    def _check_form(self, request: web.Request, session: Session, posted: Mapping[str, str]) -> None:
        if not session.valid_form(posted.get("csrf", "")):
            log.warning("web: formulier zonder geldig token geweigerd (%s %s van %s)", request.method, request.path,
                        request.remote)
            raise self._message(request, session, t.CSRF_FAILED, status=403)

    async def _view(self, request: web.Request, signed: _Signed, actor: Actor, read: Callable[[Context], T],
                    what: str) -> T:
        try:
            return await self.app.dispatcher.view_async(actor, ADDRESS, read, what)
        except NotFound as error:
            raise self._message(request, signed.session, error.message, status=404) from None
        except UserError as error:
            raise self._message(request, signed.session, error.message, _notes(error.examples), status=403) from None
        except ViewFailed:
            raise self._message(request, signed.session, APOLOGY, status=500, title=t.SERVER_ERROR) from None

    def _message(self, request: web.Request, session: Session, message: str, notes: tuple[str, ...] = (),
                 status: int = 400, title: str = t.REFUSED) -> Shown:
        response = self._render(request, session, "message.html", title, "", "", status, message=message, notes=notes,
                                kind=ReplyKind.ERROR.value, back="")
        return Shown(response)

    def _render(self, request: web.Request, session: Session, template: str, title: str, person: str, current: str,
                status: int = 200, **values: Any) -> web.Response:
        html = self.templates.get_template(template).render(
            t=t, look=self.look, title=title, person=person, current=current, csrf=session.csrf, **values)
        response = web.Response(text=html, content_type="text/html", status=status,
                                headers={"Cache-Control": "no-store"})
        if self.teams_tab:
            frame_for_teams(response)
        self.sessions.write(request, response, session)
        return response


class Shown(Exception):
    """A finished response (a refusal, a redirect) raised from deep in a handler; `shown_pages` sends it."""

    def __init__(self, response: web.StreamResponse) -> None:
        super().__init__(response.status)
        self.response = response


@web.middleware
async def shown_pages(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                      ) -> web.StreamResponse:
    try:
        return await handler(request)
    except Shown as shown:
        return shown.response


@dataclass(frozen=True)
class _Charted:
    kind: KindOverview
    holders: Chart
    months: Chart


def _charts(kind: KindOverview) -> _Charted:
    meer = t.PLURAL[kind.soort]
    series = [(key, t.HOLDER_SERIES[key].format(jaar=kind.year)) for key in ("open", "late", "done")]
    caption = t.HOLDERS_CAPTION.format(Meer=meer.capitalize(), jaar=kind.year)
    holders = bar_chart(f"{kind.soort}-houders-grafiek", caption, series,
                        [(line.name, (line.open, line.late, line.done)) for line in kind.holders])
    months = bar_chart(f"{kind.soort}-maanden-grafiek", t.MONTHS_CAPTION.format(meer=meer),
                       [("month", t.MONTH_SERIES)], [(line.label, (line.count,)) for line in kind.months])
    return _Charted(kind, holders, months)


async def _send_file(request: web.Request, path: Path, content_type: str, filename: str) -> web.StreamResponse:
    """A file as a download, in chunks: never the whole file in memory."""
    response = web.StreamResponse(headers={
        "Content-Type": content_type, "Content-Disposition": f'attachment; filename="{filename}"',
        "Cache-Control": "no-store", "Content-Length": str(path.stat().st_size)})
    await response.prepare(request)
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            await response.write(chunk)
    await response.write_eof()
    return response


def _redirect(location: str) -> web.Response:
    return web.Response(status=303, headers={"Location": location, "Cache-Control": "no-store"})


def _chosen(view: ItemView, posted: Mapping[str, str]) -> Any:
    """The button the form belonged to, recomputed for this person now; None when the page was out of date
    (the button is gone or another one sits in its place), so nothing runs that the person did not see."""
    try:
        index = int(posted.get("actie", ""))
    except ValueError:
        return None
    if not 0 <= index < len(view.buttons) or view.buttons[index].label != posted.get("knop", ""):
        return None
    return view.buttons[index]


def _notes(examples: tuple[str, ...]) -> tuple[str, ...]:
    return (examples_line(examples),) if examples else ()


def _safe_back(path: str) -> str:
    """Only a path on this site: '//evil.example' or 'https://…' would send a fresh session elsewhere."""
    if path.startswith("/") and not path.startswith("//") and "\\" not in path:
        return path
    return "/toezeggingen"


def _number_for_log(nummer: str) -> str:
    # An item number is no secret, but this is whatever was in the address: only number-like characters.
    return "".join(c for c in nummer[:40] if c.isalnum() or c in "-/._") or "-"
