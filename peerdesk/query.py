"""The one read path: SQL rows mapped by column name into the domain's records, inside the known-error handling.

Records are named tuples (typing.NamedTuple): immutable, and cheap to define and to make, which start-up and long
lists both need (a frozen dataclass costs several times as much of each). A column named like a field fills it;
fields typed as dates are parsed from ISO text and flags from 0/1. Busy, damaged or unreachable files raise known
errors (peerdesk.errors), never raw sqlite3 errors.
"""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from peerdesk.inspection import connect, known_errors

T = TypeVar("T")
Params = Sequence[object] | dict[str, object]


def _to_date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


@functools.cache
def _converters(cls: type) -> dict[str, Callable[[Any], Any]]:
    """Per field, how a stored value becomes the field's value (dates and flags; everything else as stored)."""
    hints = typing.get_type_hints(cls)  # the annotations are strings: resolved in the record's own module
    out: dict[str, Callable[[Any], Any]] = {}
    for name in cls._fields:  # type: ignore[attr-defined]
        hint = hints[name]
        if hint is dt.date or dt.date in typing.get_args(hint):
            out[name] = _to_date
        elif hint is bool:
            out[name] = bool
    return out


class Reader:
    """Reads from one connection: the workspace's own, or a second, read-only one for work off the GUI thread."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        with known_errors(self.path):
            return self.conn.execute(sql, params).fetchall()

    def value(self, sql: str, params: Params = (), default: object = None) -> Any:
        with known_errors(self.path):
            row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else default

    def query(self, cls: type[T], sql: str, params: Params = (), **extra: object) -> list[T]:
        """Rows as `cls` instances; `extra` fills fields the SQL does not select (the same value for every row)."""
        convert = _converters(cls)
        with known_errors(self.path):
            try:
                cursor = self.conn.execute(sql, params)
            except OverflowError:  # an id beyond SQLite's integer range matches no row
                return []
            names = [d[0] for d in cursor.description]
            return [cls(**{n: convert[n](v) if n in convert else v for n, v in zip(names, r, strict=True)},
                        **extra) for r in cursor.fetchall()]

    def one(self, cls: type[T], sql: str, params: Params = ()) -> T | None:
        found = self.query(cls, sql, params)
        return found[0] if found else None

    def close(self) -> None:
        self.conn.close()


def open_reader(path: Path) -> Reader:
    """A second, read-only connection to an open workspace (already inspected by whoever opened it)."""
    with known_errors(path):
        return Reader(path, connect(path, read_only=True))
