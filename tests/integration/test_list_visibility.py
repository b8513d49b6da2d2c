"""The SQL page of a list shows exactly what may_read allows: the list form and the item form of one rule."""
from __future__ import annotations

import datetime as dt

from bot.app import App
from handlers.deadlines import Deadline, DeadlineKind
from handlers.domain.permissions import may_read, read_scope
from handlers.domain.toezegging import Toezegging
from handlers.ports import ToezeggingFilter, Window


def test_every_reader_sees_in_a_page_what_may_read_allows(app: App) -> None:
    today = app.clock.now().date()
    with app.uow_factory() as uow:
        people = uow.people.all()
        ids = [p.id for p in people]
        for n, (owner, holder, maker) in enumerate(zip(ids, ids[3:] + ids[:3], ids[5:] + ids[:5], strict=True)):
            uow.toezeggingen.add(Toezegging(
                id=None, nummer=f"T-2025-{n + 1:03d}", omschrijving=f"Geheim {n}", created_at=app.clock.now(),
                deadline=Deadline("1-1-2027", DeadlineKind.DATE, dt.date(2027, 1, 1)), eigenaar_id=owner,
                portefeuillehouder_id=holder, created_by_id=maker, vertrouwelijk=n % 2 == 0,
            ))
        uow.commit()
    with app.uow_factory() as uow:
        everything = uow.toezeggingen.find(ToezeggingFilter())
        for reader in [None, *people]:
            for private in (True, False):
                page = uow.toezeggingen.page(ToezeggingFilter(), Window(read_scope(reader, private), 0, 10_000, today))
                allowed = [z.nummer for z in everything if (private or not z.vertrouwelijk) and may_read(reader, z.stake)]
                assert [z.nummer for z in page.items] == allowed
                assert page.total == len(allowed) and page.hidden == len(everything) - len(allowed)
