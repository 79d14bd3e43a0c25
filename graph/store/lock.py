"""Who may open an on-disk store: one writer, or any number of readers, never both.

Oxigraph (RocksDB) lets only one process open a store for writing, but it also lets another process open
it read-only meanwhile, and says that doing so while the writer writes is undefined behaviour. So phakhi
takes its own advisory lock first, in the store directory: writers (ingest, serve with writes on) hold it
exclusively, readers (query, network, export, serve read-only) share it. A process that cannot have the
lock is refused at once with a message saying who holds the store, never left waiting or let in to read a
store mid-write. The lock is released by the kernel when its holder exits, however it exits.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
from pathlib import Path

LOCK_FILE = "phakhi.lock"


class StoreBusy(RuntimeError):
    """Another process holds the store in a way that excludes this one; the message says which."""


class StoreLock:
    def __init__(self, directory: str | os.PathLike[str], exclusive: bool):
        self.path = Path(directory) / LOCK_FILE
        self.exclusive = exclusive
        self._fd: int | None = None

    def acquire(self) -> StoreLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            raise StoreBusy(self._refusal(holder)) from None
        self._fd = fd
        if self.exclusive:  # say who writes, for the message another process gets
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps({"pid": os.getpid(), "command": _command()}).encode("utf-8"), 0)
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        if self.exclusive:
            os.ftruncate(self._fd, 0)
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

    def _refusal(self, holder: dict | None) -> str:
        directory = self.path.parent
        if holder:  # only writers leave their name
            who = f"{holder.get('command') or 'a phakhi process'} (pid {holder.get('pid')})"
            return (f"the store at {directory} is being written by {who}: wait for it to finish, or send "
                    f"queries and releases through `phakhi serve` over that store")
        if self.exclusive:
            return (f"the store at {directory} is open for reading by another process (phakhi serve, query, "
                    f"network or export): stop it first, or ingest through a `phakhi serve --update-token` "
                    f"over that store (phakhi ingest --store http://HOST:PORT/sparql)")
        return f"the store at {directory} is being written by another process: wait for it to finish"


def _read_holder(fd: int) -> dict | None:
    try:
        data = os.pread(fd, 4096, 0)
        return json.loads(data) if data.strip() else None
    except (OSError, ValueError):
        return None


def _command() -> str:
    args = [os.path.basename(sys.argv[0])] + sys.argv[1:2] if sys.argv and sys.argv[0] else []
    return " ".join(args) or "python"
