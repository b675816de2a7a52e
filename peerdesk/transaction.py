"""The one way PeerDesk opens a write transaction on a raw connection."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator


@contextlib.contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error.

    IMMEDIATE takes the write lock before the first read, so a concurrent writer makes us wait (busy timeout) instead
    of failing half-way, which a deferred transaction that reads and then writes can do in rollback-journal mode.
    sqlite-utils' `db.atomic()` nests inside as savepoints.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        # After a disk or I/O error ROLLBACK may fail too; then SQLite rolls the journal back on the next read.
        # The error that got us here is the one to report.
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise
