"""Logs carry no content: the libraries that would log request bodies are kept above DEBUG.

slack_sdk logs every Web API call with its body (message text, and the token) at DEBUG, and msrest and
botbuilder log activities. Our own logs name what happened (command word, item number, ids), so
LOG_LEVEL=DEBUG must not turn a log file into a copy of confidential items. Whoever builds such a client
quiets its library here first (SQLAlchemy is quieted where the engine is made, in storage/engine.py).
"""
from __future__ import annotations

import logging

SLACK = ("slack_sdk", "slack_bolt")
TEAMS = ("botbuilder", "botframework", "msrest", "msal")


def quiet(libraries: tuple[str, ...]) -> None:
    for name in libraries:
        logging.getLogger(name).setLevel(logging.WARNING)
