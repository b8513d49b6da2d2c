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


def test_my_list_pages_follow_one_order_whether_i_hold_or_own_an_item(app: App) -> None:
    """'toezeggingen mijn' reads a page from each part (portefeuillehouder, eigenaar) and merges them; paging through
    it gives exactly the whole list in list order, none twice, none missed, also at page boundaries."""
    today = app.clock.now().date()
    with app.uow_factory() as uow:
        ids = [p.id for p in uow.people.all()]
        me, other = ids[0], ids[1]
        roles = [(me, other), (other, me), (me, me), (other, other)]  # (eigenaar, portefeuillehouder)
        for n in range(40):
            owner, holder = roles[n % 4]
            due = None if n % 9 == 0 else dt.date(2026, 1, 1) + dt.timedelta(days=(n * 37) % 400)
            uow.toezeggingen.add(Toezegging(
                id=None, nummer=f"T-2024-{n + 1:03d}", omschrijving=f"Item {n}", created_at=app.clock.now(),
                deadline=Deadline("x", DeadlineKind.DATE, due) if due else Deadline("ooit", DeadlineKind.UNKNOWN, None),
                eigenaar_id=owner, portefeuillehouder_id=holder, created_by_id=other, vertrouwelijk=n % 5 == 0,
            ))
        uow.commit()
    with app.uow_factory() as uow:
        reader = uow.people.get(me)
        mine = uow.toezeggingen.find(ToezeggingFilter(betrokkene_id=me))
        assert len(mine) >= 30  # ours, and what the demo gave this person
        for private in (True, False):
            expected = [z.nummer for z in mine if private or not z.vertrouwelijk]
            seen: list[str] = []
            for offset in range(0, len(mine) + 7, 7):
                page = uow.toezeggingen.page(ToezeggingFilter(betrokkene_id=me), Window(read_scope(reader, private), offset, 7, today))
                seen += [z.nummer for z in page.items]
                assert page.total == len(expected)
            assert seen == expected
