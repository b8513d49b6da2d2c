"""The audit trail as reply fields: one line per change, with old → new and the reason."""
from __future__ import annotations

from collections.abc import Mapping

from handlers.domain.audit import AuditEntry
from handlers.messages import Field
from handlers.texts import tijdstip
from handlers.texts.followed import HISTORY_REASON


def history_fields(
    entries: list[AuditEntry], field_labels: Mapping[str, str], action_labels: Mapping[str, str]
) -> tuple[Field, ...]:
    return tuple(history_line(entry, field_labels, action_labels) for entry in entries)


def history_line(entry: AuditEntry, field_labels: Mapping[str, str], action_labels: Mapping[str, str]) -> Field:
    what = action_labels.get(entry.action, entry.action)
    changes = "; ".join(
        f"{field_labels.get(name, name)}: {old or '—'} → {new or '—'}" for name, (old, new) in entry.changes.items()
    )
    why = HISTORY_REASON.format(reason=entry.reason) if entry.reason else ""
    return Field(f"{tijdstip(entry.at)} · {entry.actor_name or 'onbekend'} · {what}", f"{changes}{why}" or "—")
