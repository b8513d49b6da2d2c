"""A channel where a concernadviseur switched listening on."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# At most this many unasked suggestions per hour: a channel is a conversation, not a form.
PER_CHANNEL_PER_HOUR = 6
PER_PERSON_PER_HOUR = 2


@dataclass(frozen=True)
class Luisterkanaal:
    platform: str
    kanaal: str
    vertrouwelijk: bool
    aangezet_door_id: int | None
    aangezet_op: dt.datetime


# A verslag that did not fit one answer is kept this long, only for whoever handed it over, so that
# 'verslag pagina 2' (or 'Volgende') can read on without pasting it again.
BEWAAR_VERSLAG = dt.timedelta(days=7)


@dataclass(frozen=True)
class BewaardVerslag:
    tekst: str
    gelezen_op: dt.datetime
