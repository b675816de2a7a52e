"""How long the free-text notes of activities are kept: a workspace setting, off by default.

With it on, the notes of activities older than the chosen number of years are cleared (a backup is made first);
counts, types and durations stay. The backups made before keep the notes until they age out of the backup thinning,
within about nine months.
"""

from __future__ import annotations

import datetime as dt

from peerdesk.activities.entries import search_text
from peerdesk.changes import Change, op, touched, unchanged
from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.query import Reader
from peerdesk.store import Workspace

KEY = "notes_retention_years"
MAX_YEARS = 20
SET_RETENTION = QT_TRANSLATE_NOOP("Edit", "Set how long notes are kept")
CLEAR_NOTES = QT_TRANSLATE_NOOP("Edit", "Clear old notes")
CHANGED = touched("activities", "meta")


def retention_years(reader: Reader) -> int | None:
    """None: notes are kept (the default)."""
    value = reader.value("SELECT value FROM meta WHERE key = ?", (KEY,))
    return int(value) if value and value.isdigit() and int(value) > 0 else None


def cutoff(years: int, today: dt.date) -> dt.date:
    """Activities before this day are older than `years` years."""
    return today.replace(year=today.year - years, day=min(today.day, 28))


def _expired(ws: Workspace, years: int, today: dt.date) -> list[tuple[int, str, str]]:
    return ws.rows("SELECT id, theme, note FROM activities WHERE note != '' AND day < ?",
                   (cutoff(years, today).isoformat(),))


def _clear(ws: Workspace, rows: list[tuple[int, str, str]]) -> None:
    """Inside a write: the notes gone, the search text without them."""
    ws.db.conn.executemany("UPDATE activities SET note = '', search = ?, saved_by = ?, saved_at = ? WHERE id = ?",
                           [(search_text(theme, ""), *ws.saved().values(), i) for i, theme, _ in rows])


def _backup(ws: Workspace) -> None:
    from peerdesk.backup import make_backup

    make_backup(ws.conn, ws.path, "notes")


def set_notes_retention(ws: Workspace, years: int | None, *, today: dt.date | None = None) -> Change[int]:
    """Keep notes `years` years (None: for ever), clearing those older now; the result is how many were cleared.
    Undo puts the setting and the cleared notes back (from memory, in this session only)."""
    if years is not None and not 1 <= years <= MAX_YEARS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Activities", "Keep notes for 1 to {max} years, or for ever."),
                           field="years", max=MAX_YEARS)
    old = retention_years(ws)
    if old == years:
        return unchanged(SET_RETENTION, 0)
    rows = _expired(ws, years, today or dt.date.today()) if years else []
    if rows:
        _backup(ws)
    with ws.write(SET_RETENTION) as db:
        db.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (KEY, str(years or 0)))
        _clear(ws, rows)
    return Change(SET_RETENTION, len(rows), CHANGED,
                  op(_put_back, years=old, notes=tuple((i, theme, note) for i, theme, note in rows)))


def _put_back(ws: Workspace, years: int | None, notes: tuple[tuple[int, str, str], ...]) -> Change[int]:
    current = retention_years(ws)
    with ws.write(SET_RETENTION) as db:
        db.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (KEY, str(years or 0)))
        db.conn.executemany("UPDATE activities SET note = ?, search = ? WHERE id = ?",
                            [(note, search_text(theme, note), i) for i, theme, note in notes])
    return Change(SET_RETENTION, 0, CHANGED, op(set_notes_retention, years=current))


def clear_expired_notes(ws: Workspace, *, today: dt.date | None = None) -> int:
    """Apply the setting (when the log is opened): clear what has aged past it, after a backup. Not undoable: the
    setting asked for it. Returns how many notes were cleared."""
    years = retention_years(ws)
    if years is None or ws.read_only:
        return 0
    rows = _expired(ws, years, today or dt.date.today())
    if not rows:
        return 0
    _backup(ws)
    with ws.write(CLEAR_NOTES):
        _clear(ws, rows)
    return len(rows)
