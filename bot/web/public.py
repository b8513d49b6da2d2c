"""The public list for the raad: /openbaar/toezeggingen, /openbaar/moties, one item each, and an Atom feed of new
and changed items (feedgen). No sign-in, no session cookie, read-only (GET only), cacheable; mounted only when the
organisation opts in (SAMENSPEL_OPENBARE_LIJST), otherwise these addresses are 404 like any unknown one.

Reads run as nobody in a channel (handlers/browse/public.py): nothing confidential, no civil servant's name. Every
refusal (an unknown number, a confidential one, a page past the end) comes from one place and differs only in the
number that was asked, so the list cannot be used to find out which confidential numbers exist.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from aiohttp import web
from feedgen.feed import FeedGenerator  # type: ignore[import-untyped]
from jinja2 import Environment

from bot.app import App
from bot.dispatcher import ViewFailed
from bot.web.look import Look
from bot.web.translate import item_path
from handlers.browse.public import PublicItem, public_feed, public_item, public_list
from handlers.context import Context
from handlers.errors import NotFound, UserError
from handlers.invoer import bounded_int
from handlers.messages import Actor, Address
from handlers.texts import APOLOGY, aantal
from handlers.texts import lists as list_texts
from handlers.texts import web as t

T = TypeVar("T")
# Nobody, in a channel: read_scope gives no confidential item whoever calls (the reads never use the person).
PUBLIC_ACTOR = Actor("web", "openbaar")
PUBLIC_ADDRESS = Address("web", "openbaar", private=False)
KIND = "{soort:toezeggingen|moties}"


class PublicPages:
    def __init__(self, app: App, templates: Environment, look: Look, max_age: int) -> None:
        self.app = app
        self.templates = templates
        self.look = look
        self.cache = {"Cache-Control": f"public, max-age={max_age}"}

    def add_routes(self, web_app: web.Application) -> None:
        router = web_app.router
        router.add_get("/openbaar", self.home)
        router.add_get("/openbaar/feed.atom", self.feed)
        router.add_get(f"/openbaar/{KIND}", self.list_page)
        router.add_get(f"/openbaar/{KIND}/{{nummer:.+}}", self.item_page)

    async def home(self, request: web.Request) -> web.StreamResponse:
        return web.Response(status=303, headers={"Location": "/openbaar/toezeggingen", **self.cache})

    async def list_page(self, request: web.Request) -> web.StreamResponse:
        soort = request.match_info["soort"]
        typed = request.query.get("pagina", "").strip()
        try:
            pagina = bounded_int(typed, 1, 100_000, list_texts.PAGE_NUMBER) if typed else 1
        except UserError as error:
            return self._refusal(error.message, 400)
        found = await self._read(lambda ctx: public_list(ctx, soort, pagina))
        if isinstance(found, web.Response):
            return found
        summary = t.PUBLIC_COUNT.format(wat=aantal(found.total, t.SINGULAR[soort], t.PLURAL[soort])) \
            if found.total else t.NONE_FOUND.format(meer=t.PLURAL[soort])
        return self._render("public_list.html", t.PUBLIC_HEADING[soort], soort, found=found, summary=summary,
                            item_url=lambda nummer: "/openbaar" + item_path(soort, nummer),
                            page_url=lambda n: f"/openbaar/{soort}" + (f"?pagina={n}" if n > 1 else ""))

    async def item_page(self, request: web.Request) -> web.StreamResponse:
        soort, nummer = request.match_info["soort"], request.match_info["nummer"]
        item = await self._read(lambda ctx: public_item(ctx, soort, nummer))
        if isinstance(item, web.Response):
            return item
        return self._render("public_item.html", f"{item.nummer} · {item.onderwerp}", soort, item=item)

    async def feed(self, request: web.Request) -> web.StreamResponse:
        changed = await self._read(public_feed)
        if isinstance(changed, web.Response):
            return changed
        base = str(request.url.origin())
        generator = FeedGenerator()
        generator.id(base + "/openbaar/feed.atom")
        generator.title(f"{t.FEED_TITLE} · {self.look.site}")
        generator.subtitle(t.FEED_SUBTITLE)
        generator.link(href=base + "/openbaar/feed.atom", rel="self")
        generator.link(href=base + "/openbaar/toezeggingen", rel="alternate")
        generator.language("nl")
        generator.updated(changed[0][1] if changed else self.app.clock.now())
        for item, at in reversed(changed):  # feedgen puts each new entry first: add the oldest first
            url = base + "/openbaar" + item_path(item.soort, item.nummer)
            entry = generator.add_entry()
            entry.id(url)
            entry.title(f"{item.nummer} · {item.onderwerp}")
            entry.link(href=url)
            entry.updated(at)
            entry.summary(_summary(item))
        return web.Response(body=generator.atom_str(pretty=True), content_type="application/atom+xml",
                            charset="utf-8", headers=self.cache)

    async def _read(self, read: Callable[[Context], T]) -> T | web.Response:
        try:
            return await self.app.dispatcher.view_async(PUBLIC_ACTOR, PUBLIC_ADDRESS, read, "openbare lijst")
        except UserError as error:  # NotFound included: unknown and confidential numbers alike
            return self._refusal(error.message, 404 if isinstance(error, NotFound) else 400)
        except ViewFailed:
            return self._refusal(APOLOGY, 500)

    def _refusal(self, message: str, status: int) -> web.Response:
        return self._render("public_message.html", t.NOT_FOUND_TITLE if status == 404 else t.REFUSED, "",
                            status=status, message=message)

    def _render(self, template: str, title: str, current: str, status: int = 200, **values: Any) -> web.Response:
        html = self.templates.get_template(template).render(t=t, look=self.look, title=title, person="",
                                                            current=current, csrf="", **values)
        return web.Response(text=html, content_type="text/html", status=status, headers=self.cache)


def _summary(item: PublicItem) -> str:
    return " · ".join(f"{label}: {getattr(item, key)}" for key, label in t.PUBLIC_FIELDS.items()
                      if key != "onderwerp" and getattr(item, key))
