"""A browser without JavaScript, as a test sees the web pages: real HTTP to the real server on loopback, cookies
kept, forms filled and posted the way a person does (hidden fields included), the page read as its visible text."""
from __future__ import annotations

import asyncio
import io
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from aiohttp import web
from openpyxl import load_workbook

from bot.app import App
from bot.server import build_web_app, make_runner

_INVISIBLE = {"script", "style", "head", "title"}


@dataclass
class Form:
    action: str
    method: str
    fields: dict[str, str] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)


class Page(HTMLParser):
    """What a person sees (text) and can use (links, forms) on one page."""

    def __init__(self, response: requests.Response) -> None:
        super().__init__()
        self.response = response
        self.status = response.status_code
        self.url = response.url
        self.links: list[tuple[str, str]] = []  # (text, href)
        self.forms: list[Form] = []
        self._words: list[str] = []
        self._skip = 0
        self._link: list[Any] | None = None
        self._textarea: str | None = None
        self._select: str | None = None
        self.feed(response.text)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self._words).split())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in _INVISIBLE:
            self._skip += 1
        elif tag == "a":
            self._link = [a.get("href", ""), []]
        elif tag == "form":
            self.forms.append(Form(a.get("action", ""), a.get("method", "get").lower()))
        elif tag == "input" and self.forms and a.get("name"):
            if a.get("type") != "checkbox" or "checked" in a:
                self.forms[-1].fields[a["name"]] = a.get("value", "")
        elif tag == "textarea" and self.forms:
            self._textarea = a.get("name", "")
            self.forms[-1].fields[self._textarea] = ""
        elif tag == "select" and self.forms:
            self._select = a.get("name", "")
        elif tag == "option" and self._select and "selected" in a:
            self.forms[-1].fields[self._select] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE:
            self._skip -= 1
        elif tag == "a" and self._link is not None:
            self.links.append((" ".join("".join(self._link[1]).split()), self._link[0]))
            self._link = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self._words.append(data)
        if self._link is not None:
            self._link[1].append(data)
        if self.forms:
            self.forms[-1].text.append(data)
        if self._textarea is not None and self.forms:
            self.forms[-1].fields[self._textarea] += data

    def link(self, text: str) -> str:
        """The address of the first link whose text starts with `text`."""
        for shown, href in self.links:
            if shown.startswith(text):
                return urljoin(self.url, href)
        raise AssertionError(f"geen link '{text}' op {self.url}: {[s for s, _h in self.links]}")

    def form_with(self, words: str) -> Form:
        for form in self.forms:
            if words in " ".join(" ".join(form.text).split()) or words in form.fields.values():
                return form
        raise AssertionError(f"geen formulier met '{words}' op {self.url}")


class Browser:
    def __init__(self, base: str) -> None:
        self.base = base
        self.session = requests.Session()

    def get(self, path: str, **params: str) -> Page:
        return Page(self.session.get(urljoin(self.base, path), params=params or None, timeout=30))

    def submit(self, page: Page, form: Form, **values: str) -> Page:
        """Fill in `values` (the rest as the page has them) and send the form as the browser would."""
        data = {**form.fields, **values}
        target = urljoin(page.url, form.action or page.url)
        if form.method == "post":
            return Page(self.session.post(target, data=data, timeout=30))
        return Page(self.session.get(target, params={k: v for k, v in data.items() if v}, timeout=30))

    def sign_in(self, email: str) -> Page:
        page = self.get("/aanmelden")
        return self.submit(page, page.form_with("Aanmelden als"), email=email)

    def download(self, url: str) -> tuple[requests.Response, list[list[Any]]]:
        """The export behind a link, and its rows (heading first)."""
        response = self.session.get(urljoin(self.base, url), timeout=60)
        if response.status_code != 200:
            return response, []
        book = load_workbook(io.BytesIO(response.content), read_only=True)
        rows = [list(row) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
        return response, rows


@contextmanager
def serving(app: App, port: int = 0, outer: Sequence[Any] = ()) -> Iterator[str]:
    """The server `samenspel serve` runs (every adapter mounted), on a loopback port (0: a free one), in a thread.
    `outer`: middlewares around all of it (bench/web.py times the server's own work with one)."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    web_app = build_web_app(app)
    web_app.middlewares[0:0] = list(outer)
    runner = make_runner(web_app)

    async def start() -> str:
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", port)
        await site.start()
        return f"http://127.0.0.1:{runner.addresses[0][1]}"

    try:
        yield asyncio.run_coroutine_threadsafe(start(), loop).result(30)
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")
