"""Logs carry no content: the libraries that would log request bodies or row values are kept above DEBUG.

slack_sdk logs every Web API call with its body (message text, tokens) at DEBUG; msrest and botbuilder
log activities; SQLAlchemy logs statements with their parameters once the root logger is at INFO or
below. Our own logs name what happened (command word, item number, ids); LOG_LEVEL=DEBUG must not
turn a log file into a copy of confidential items.
"""
from __future__ import annotations

import logging

CHATTY = {
    "slack_sdk": logging.WARNING,
    "slack_bolt": logging.WARNING,
    "botbuilder": logging.WARNING,
    "botframework": logging.WARNING,
    "msrest": logging.WARNING,
    "msal": logging.WARNING,
    "urllib3": logging.WARNING,
    "aiohttp.client": logging.WARNING,
    "sqlalchemy": logging.WARNING,
    "alembic": logging.INFO,
}


def quiet_libraries() -> None:
    for name, level in CHATTY.items():
        logging.getLogger(name).setLevel(level)
