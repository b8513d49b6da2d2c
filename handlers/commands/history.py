"""The audit trail as reply fields: one line per change, with old → new and the reason."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from handlers.domain.audit import AuditEntry
from handlers.messages import Field
from handlers.texts import tijdstip
from handlers.texts.followed import HISTORY_REASON, UNCHANGED, UNCHANGED_SAME


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


def unchanged(nummer: str, before: Mapping[str, str | None], named: Iterable[str], labels: Mapping[str, str]) -> str:
    """'T-2026-001: ambtelijk eigenaar is al Hans Bakker; er is niets veranderd.' A change that changes nothing
    says so, and (the caller's part) writes no history line."""
    said = [f"{labels.get(name, name).lower()} is al {before[name] or '—'}" for name in named if name in before]
    return UNCHANGED.format(nummer=nummer, wat=", ".join(said) or UNCHANGED_SAME)
