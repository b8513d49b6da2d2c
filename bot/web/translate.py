"""Between HTTP and the core: a query string is a ListQuery and back (so every link keeps the filter), a posted
form is the chat command its button carries."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from urllib.parse import quote, urlencode

from handlers.browse.query import ListQuery
from handlers.forms import fill_template
from handlers.invoer import bounded_int
from handlers.messages import Button
from handlers.texts import lists as list_texts

# The filter's keys in the order a link writes them; each is a field of ListQuery.
KEYS = ("portefeuillehouder", "eigenaar", "status", "te_laat", "termijn_van", "termijn_tot", "tekst", "vergadering",
        "commissie", "sorteer")
MAX_TEXT = 200  # a filter value longer than this is no name, date or search


def to_query(soort: str, params: Mapping[str, str]) -> ListQuery:
    """The list a query string asks for; a bad page number is a Dutch refusal (the core judges the rest)."""
    pagina = params.get("pagina", "").strip()
    number = bounded_int(pagina, 1, 100_000, list_texts.PAGE_NUMBER) if pagina else 1
    return replace(as_typed(soort, params), pagina=number)


def as_typed(soort: str, params: Mapping[str, str]) -> ListQuery:
    """The filter as typed, values cut to a sane length: also what the form shows back beside a refusal."""
    def text(key: str) -> str:
        return params.get(key, "").strip()[:MAX_TEXT]

    return ListQuery(
        soort, portefeuillehouder=text("portefeuillehouder"), eigenaar=text("eigenaar"), status=text("status"),
        te_laat=params.get("te_laat", "") in ("ja", "1", "on", "true"), termijn_van=text("termijn_van"),
        termijn_tot=text("termijn_tot"), tekst=text("tekst"), vergadering=text("vergadering"),
        commissie=text("commissie"), sorteer=text("sorteer"),
    )


def query_string(query: ListQuery, pagina: int = 1) -> str:
    """'?portefeuillehouder=De+Vries&te_laat=ja&pagina=2': only what differs from the default."""
    pairs = [(key, getattr(query, key)) for key in KEYS if key != "te_laat" and getattr(query, key)]
    if query.te_laat:
        pairs.insert(KEYS.index("te_laat"), ("te_laat", "ja"))
    if pagina > 1:
        pairs.append(("pagina", str(pagina)))
    return "?" + urlencode(pairs) if pairs else ""


def item_path(soort: str, nummer: str) -> str:
    # Council numbers may hold a '/' ('2026/M12'): quoted, it stays one path segment.
    return f"/{soort}/{quote(nummer, safe='')}"


def command_of(button: Button, posted: Mapping[str, str]) -> str:
    """What a button on the page runs: its command, or its form's command filled with what was typed, exactly as
    a Slack modal or a Teams card fills it."""
    if button.form is None:
        return button.command
    form = button.form
    values = {field.name: posted.get(field.name, "") for field in form.fields}
    return fill_template(form.submit_command, values, {f.name for f in form.fields if f.required})
