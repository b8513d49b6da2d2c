"""SQLite allows one worker: a lock file beside the database, held for the life of the process.

PostgreSQL needs no lock: row claims (FOR UPDATE SKIP LOCKED) let any number of workers share it.
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO


class AlreadyRunning(Exception):
    pass


class SingleWorkerLock:
    def __init__(self, database_file: str) -> None:
        self.path = Path(database_file + ".worker.lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        handle = self.path.open("a+")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise AlreadyRunning(
                f"Er draait al een worker of server met herinneringen op deze SQLite-database ({self.path}). "
                "Op SQLite kan er maar één tegelijk draaien; stop de andere, of gebruik PostgreSQL "
                "(DATABASE_URL=postgresql://…) voor meerdere workers."
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None
