"""Logging set up once from Settings: readable lines for a terminal, or one JSON object per line.

LOG_FORMAT=json is for log collectors (Azure Monitor, Loki, ELK): python-json-logger turns every record,
with its level, logger name and time, into JSON; a traceback becomes the `exc_info` field.
"""
from __future__ import annotations

import logging
import sys

from bot.settings import Settings

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(settings: Settings) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json":
        from pythonjsonlogger.json import JsonFormatter

        handler.setFormatter(JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s",
                                           rename_fields={"levelname": "level", "name": "logger"}))
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    logging.basicConfig(level=settings.log_level.upper(), handlers=[handler], force=True)
    # Alembic narrates every migration step at INFO; the chat should open quietly.
    logging.getLogger("alembic").setLevel(logging.WARNING)
