"""A read-only look at a file: is it a healthy PeerDesk workspace, not newer than this code?

A damaged, foreign or too-new file is only ever read here, through a read-only connection; SQLite's environmental
failures become known errors with a clear message.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

from peerdesk import schema
from peerdesk.errors import (
    Busy,
    Damaged,
    NotAWorkspace,
    NotFound,
    PeerDeskError,
    StorageError,
    TooNew,
)
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.identity import known_id, meta_id

BUSY_TIMEOUT_S = 10.0
SQLITE_HEADER = b"SQLite format 3\x00"
RETRY_FOR_S = 3.0  # how long a look waits out another process's saves before believing what it sees
SMALL_TABLE = 10_000  # rows: a quick check reads every text value of tables up to this size


class Inspection(NamedTuple):
    """What a read-only look at a file found; raising a known error is how it says 'no'.

    `integrity` and `foreign_keys` are filled by a full inspection only: empty means no problem found.
    """

    applied: list[str]
    pending: list[str]
    workspace_id: str | None = None
    hot_journal: bool = False
    integrity: Sequence[str] = ()
    foreign_keys: Sequence[tuple[str, int | None, str]] = ()


@contextlib.contextmanager
def known_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's environmental failures into known errors with a clear message."""
    try:
        yield
    except sqlite3.Error as exc:
        raise classify(exc, path) from exc
    except OverflowError as exc:  # an id beyond SQLite's integer range: no such record
        raise NotFound(QT_TRANSLATE_NOOP("Store", "{path} has no record with that number."), path=path) from exc


def classify(exc: sqlite3.Error, path: Path) -> PeerDeskError | sqlite3.Error:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return Busy(QT_TRANSLATE_NOOP(
            "Store", "{path} is busy: another program kept it locked for over {seconds} seconds. Try again."),
            path=path, seconds=int(BUSY_TIMEOUT_S))
    if name == "SQLITE_READONLY_DBMOVED":  # a restore or repair replaced the file under this open session
        return StorageError(QT_TRANSLATE_NOOP(
            "Store", "{path} was replaced while it was open here (by a restore or a repair). Nothing was changed; "
            "close it and open it again."), path=path)
    if name.startswith(("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return StorageError(QT_TRANSLATE_NOOP(
            "Store", "Could not write to {path} ({reason}). Nothing was changed; check free disk space and that "
            "the folder is writable, then save again."), path=path, reason=str(exc))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):  # SQLite's own words only behind Details
        return Damaged(QT_TRANSLATE_NOOP("Store", "{path} is damaged: part of it cannot be read."), path=path,
                       details=[str(exc)])
    if str(exc).startswith("Could not decode to UTF-8"):  # Python's sqlite3: a text value that is not text
        return bad_text(path, [str(exc)])
    return exc


def bad_text(path: Path, details: list[str]) -> Damaged:
    return Damaged(QT_TRANSLATE_NOOP("Store", "{path} is damaged: some of the text in it cannot be read."),
                   path=path, details=details)


def _header_problem(path: Path) -> PeerDeskError | None:
    """Cheap checks on the raw header before SQLite opens the file.

    A file the workspace index knows (opened or backed up here as a workspace before) whose header is gone is called
    damaged, not foreign: the user must hear that their workspace broke and that its backups can be restored.
    """
    with path.open("rb") as f:
        header = f.read(100)
    size = path.stat().st_size  # after the header: a save that grows the file in between cannot look cut short
    if not header.startswith(SQLITE_HEADER):
        if known_id(path):
            return Damaged(QT_TRANSLATE_NOOP(
                "Store", "{path} is a PeerDesk workspace, but its first bytes are damaged: it cannot be read."),
                path=path)
        if size == 0:
            return NotAWorkspace(QT_TRANSLATE_NOOP("Store", "{path} is empty, not a PeerDesk workspace."), path=path)
        return NotAWorkspace(QT_TRANSLATE_NOOP(
            "Store", "{path} is not a PeerDesk workspace (or its first bytes are damaged)."), path=path)
    if len(header) < 100:
        return Damaged(QT_TRANSLATE_NOOP("Store", "{path} is damaged: the file is cut short."), path=path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_count = header[24:28] == header[92:96]  # the page count is only valid when these agree
    # A crash mid-save can leave the new page count written before the pages themselves; the journal's rollback
    # restores both, so with a journal present the size is judged by SQLite after the rollback, on a private copy.
    mid_save = _journal_size(path) > 0
    if page_size < 512 or (valid_count and not mid_save and pages * page_size > size):
        return Damaged(QT_TRANSLATE_NOOP("Store", "{path} is damaged: the file is cut short."), path=path)
    return None


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    # isolation_level=None: we open every transaction ourselves (BEGIN IMMEDIATE), sqlite-utils nests inside.
    # The name as the OS's bytes: a file name that is not UTF-8 (an old USB stick) still opens.
    # A read-only connection may be made in the GUI thread and handed to one background job (a report, an
    # export), which then alone uses it: sqlite3's same-thread check would refuse that.
    if read_only:
        conn = sqlite3.connect(f"file:{quote(os.fsencode(path))}?mode=ro", uri=True, isolation_level=None,
                               timeout=BUSY_TIMEOUT_S, check_same_thread=False, factory=_Counted)
    else:
        conn = sqlite3.connect(os.fsencode(path), isolation_level=None, timeout=BUSY_TIMEOUT_S, factory=_Counted)
    conn.count(path)
    return conn


# Files this process has open through connect(), by (device, inode). Closing any descriptor of a file drops every
# POSIX lock the process holds on it, a save's write lock too (SQLite's own connections share one descriptor and
# keep it while a lock is held). So a file open here is never opened raw: no header read, a signature from stat
# alone. (An automatic backup looks at the open workspace from a background thread while the window saves.)
_open_here: dict[tuple[int, int], int] = {}
_open_here_lock = threading.Lock()


def _file_key(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class _Counted(sqlite3.Connection):
    """A connection made by connect(): its file counts as open here until it is closed."""

    key: tuple[int, int] | None = None

    def count(self, path: Path) -> None:
        self.key = _file_key(path)
        if self.key is not None:
            with _open_here_lock:
                _open_here[self.key] = _open_here.get(self.key, 0) + 1

    def close(self) -> None:
        super().close()
        key, self.key = self.key, None
        if key is not None:
            with _open_here_lock:
                _open_here[key] -= 1
                if not _open_here[key]:
                    del _open_here[key]


def is_open_here(path: Path) -> bool:
    key = _file_key(path)
    with _open_here_lock:
        return key is not None and key in _open_here


def journal_of(path: Path) -> Path:
    return Path(f"{path}-journal")


def _journal_size(path: Path) -> int:
    """The journal's size, 0 when there is none. A writer creates and deletes its journal on every save, so it
    may vanish between two looks: that is no error."""
    try:
        return journal_of(path).stat().st_size
    except FileNotFoundError:
        return 0


def _signature(path: Path) -> tuple[object, ...]:
    """What changes when any process saves: the file's and the journal's identity, size and time, and the change
    counter SQLite keeps in the file's header (a save within one tick of a coarse file clock, as on some network
    drives, still shows), unless the file is open here."""
    out: list[object] = []
    for p in (path, journal_of(path)):
        try:
            st = p.stat()
            out.append((st.st_ino, st.st_size, st.st_mtime_ns))
        except OSError:
            out.append(None)
    if not is_open_here(path):
        try:
            with path.open("rb") as file:
                file.seek(24)
                out.append(file.read(4))
        except OSError:
            out.append(None)
    return tuple(out)


def has_hot_journal(path: Path) -> bool:
    """A crash left a rollback journal that no live writer holds. SQLite itself decides: a read-only connection
    refuses to read past a hot journal, while the journal of a writer that is still running is not hot."""
    if _journal_size(path) == 0:
        return False
    conn = connect(path, read_only=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return False
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"
    finally:
        conn.close()


def roll_back_hot_journal(path: Path) -> None:
    """SQLite rolls a hot journal back on the first read through a writable connection: what was committed before
    the crash stays, the unfinished transaction is undone (in rollback-journal mode the commit point is the
    journal's deletion, so a journal that is still there belongs to a transaction that never committed)."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


@contextlib.contextmanager
def committed_view(path: Path) -> Iterator[tuple[sqlite3.Connection, bool]]:
    """A read-only connection showing the last committed state, and whether a crash had left a hot journal.

    A hot journal must be rolled back before anything can be read. That is done on a private copy of the file and
    its journal, never on the file itself: a look must not write, and a damaged file keeps its journal for repair.
    Only a writable open of a file whose copy proved healthy rolls back in place (roll_back_hot_journal).
    """
    hot = has_hot_journal(path)
    with contextlib.ExitStack() as stack:
        target = path
        if hot:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="peerdesk-")))  # 0700: private
            target = folder / "copy.peerdesk"
            try:
                shutil.copyfile(path, target)
                shutil.copyfile(journal_of(path), journal_of(target))
            except OSError as exc:  # e.g. another PeerDesk rolled the journal back meanwhile: look again
                raise cannot_read(path, exc) from exc
            roll_back_hot_journal(target)
        conn = connect(target, read_only=True)
        stack.callback(conn.close)
        yield conn, hot


def cannot_read(path: Path, exc: OSError) -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP("Store", "Could not read {path}: {reason}."), path=path,
                        reason=exc.strerror or str(exc))


def inspect(path: Path, *, full: bool = False) -> Inspection:
    """Check a file without writing to it: a PeerDesk workspace, healthy, and not newer than this code.

    `full` adds integrity_check, foreign_key_check and a read of every text value, reported in the result rather
    than raised. A hot journal left by a crash is rolled back on a private copy only (see committed_view).

    Another process may save meanwhile: its journal comes and goes, the header changes under a raw read. A verdict
    other than healthy counts only when the file stood still while it was reached; else the look is repeated for up
    to RETRY_FOR_S, and a file that never stands still is called busy, never damaged.
    """
    path = Path(path)
    ahead = None if full else _ahead.pop(path.resolve(), None)
    if ahead is not None:
        ahead.join()
        if ahead.signature is not None and ahead.signature == _signature(path):
            if ahead.error is not None:
                raise ahead.error
            assert ahead.verdict is not None
            try:
                _check_text(path)
            except (StorageError, Busy):  # another program is at the file this moment: look again, as _look waits
                return _look(path, full)
            return ahead.verdict
    return _look(path, full)


def _check_text(path: Path) -> None:
    """A look ahead's text check, made here: reading rows takes Python's lock at every row, which a thread beside
    the GUI's start-up would fight it for, slowing both; the whole-file check is one call that leaves it free."""
    with known_errors(path), committed_view(path) as (conn, _hot):
        conn.execute("BEGIN")
        if bad := undecodable_text(conn, small_only=True):
            raise bad_text(path, bad)


class _LookAhead(threading.Thread):
    """A quick look started by look_ahead. Its verdict (or the known error it raised) counts only if the file stood
    still throughout (`signature`) and since; anything else is for inspect() to look at again."""

    def __init__(self, path: Path) -> None:
        super().__init__(name="peerdesk-look-ahead", daemon=True)
        self.path = path
        self.signature: tuple[object, ...] | None = None
        self.verdict: Inspection | None = None
        self.error: PeerDeskError | None = None

    def run(self) -> None:
        before = _signature(self.path)
        with contextlib.suppress(OSError, sqlite3.Error):  # unknown trouble: inspect() meets it again, and says it
            try:
                self.verdict = _look(self.path, False, text=False)  # inspect() checks the text
            except PeerDeskError as err:
                self.error = err
            if _signature(self.path) == before:
                self.signature = before


_ahead: dict[Path, _LookAhead] = {}


def look_ahead(path: Path) -> threading.Thread:
    """Start the quick look at `path` in the background (the thread is returned to wait for). The command line starts
    it before it imports the GUI, so SQLite's quick_check, which reads the whole file, runs meanwhile (it holds no
    Python lock); the first inspect() of the file takes its verdict and checks the text itself."""
    ahead = _ahead[Path(path).resolve()] = _LookAhead(Path(path))
    ahead.start()
    return ahead


def _look(path: Path, full: bool, *, text: bool = True) -> Inspection:
    deadline = time.monotonic() + RETRY_FOR_S
    while True:
        before = _signature(path)
        try:
            return _inspect_once(path, full, text=text)
        except (Damaged, NotAWorkspace, StorageError, Busy):
            if _signature(path) == before:
                raise
            if time.monotonic() > deadline:
                raise busy(path) from None
        time.sleep(0.02)


def busy(path: Path) -> Busy:
    return Busy(QT_TRANSLATE_NOOP(
        "Store", "{path} is busy: another program kept it locked for over {seconds} seconds. Try again."),
        path=path, seconds=int(BUSY_TIMEOUT_S))


def _inspect_once(path: Path, full: bool, *, text: bool = True) -> Inspection:
    if path.is_dir():
        raise NotAWorkspace(QT_TRANSLATE_NOOP("Store", "{path} is a folder, not a workspace file."), path=path)
    if not path.is_file():
        raise NotFound(QT_TRANSLATE_NOOP("Store", "{path} does not exist."), path=path)
    try:
        problem = None if is_open_here(path) else _header_problem(path)  # SQLite read that header when it opened
    except OSError as exc:
        raise cannot_read(path, exc) from exc
    if problem:
        raise problem
    with known_errors(path), committed_view(path) as (conn, hot):
        conn.execute("BEGIN")  # one read transaction: one wait for a busy writer, and one consistent state
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:
            raise Damaged(QT_TRANSLATE_NOOP("Store", "{path} is damaged: part of it cannot be read."),
                          path=path, details=rows)
        if conn.execute("PRAGMA application_id").fetchone()[0] != schema.APPLICATION_ID:
            raise NotAWorkspace(QT_TRANSLATE_NOOP("Store", "{path} is not a PeerDesk workspace."), path=path)
        applied = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            (schema.MIGRATION_SET,))]
        found = Inspection(applied, [n for n in schema.KNOWN_STEPS if n not in applied],
                           workspace_id=meta_id(conn), hot_journal=hot)
        bad = undecodable_text(conn, small_only=not full) if full or text else []
        if bad and not full:  # the app would stumble over it later, as a bug
            raise bad_text(path, bad)
        if full:
            integrity = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
            found = found._replace(integrity=integrity + bad + fts_problems(conn), foreign_keys=[
                (r[0], r[1], r[2]) for r in conn.execute("PRAGMA foreign_key_check")])
    unknown = [n for n in applied if n not in schema.KNOWN_STEPS]
    if unknown:
        raise too_new(path, unknown[-1])
    return found


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def plain_tables(conn: sqlite3.Connection) -> list[str]:
    """The ordinary tables: neither SQLite's own, nor virtual (full-text) tables, nor their shadow tables."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    tables = {name: sql or "" for name, sql in rows}
    virtual = [n for n, sql in tables.items() if sql.upper().startswith("CREATE VIRTUAL")]
    return [n for n in tables if n not in virtual and not any(n.startswith(f"{v}_") for v in virtual)]


def undecodable_text(conn: sqlite3.Connection, *, small_only: bool) -> list[str]:
    """Text values that are not valid UTF-8 (a page overwritten inside a text cell passes SQLite's checks), as
    'table #rowid column' lines; `small_only` reads only tables of up to SMALL_TABLE rows."""
    found: list[str] = []
    tables = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({_q(t)})")] for t in plain_tables(conn)}
    for table, columns in tables.items():
        if small_only and conn.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {_q(table)} LIMIT {SMALL_TABLE + 1})").fetchone()[0] \
                > SMALL_TABLE:
            continue
        texts = ", ".join(f"CASE WHEN typeof({_q(c)}) = 'text' THEN {_q(c)} END" for c in columns)
        select = f"SELECT rowid, {texts} FROM {_q(table)}"
        try:
            rows = conn.execute(select)
        except sqlite3.OperationalError:  # a table without rowid: none of PeerDesk's
            continue
        try:
            for _row in rows:  # the sqlite3 module decodes every text, in C: the quick look while all is well
                pass
        except sqlite3.OperationalError:  # "Could not decode to UTF-8 column ...": find each such value
            found += _undecodable_cells(conn, select, table, columns)
    return found


def _undecodable_cells(conn: sqlite3.Connection, select: str, table: str, columns: list[str]) -> list[str]:
    found = []
    factory = conn.text_factory
    conn.text_factory = bytes  # read the raw bytes: decoding them is the check
    try:
        for rowid, *values in conn.execute(select):
            for column, value in zip(columns, values, strict=True):
                if value is not None and not _decodes(value):
                    found.append(f"{table} #{rowid} {column}: text that is not valid UTF-8")
    finally:
        conn.text_factory = factory
    return found


def _decodes(value: bytes) -> bool:
    try:
        value.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def fts_problems(conn: sqlite3.Connection) -> list[str]:
    """Full-text indexes that do not match their source table. SQLite's integrity_check does not look inside them
    (before 3.44), and FTS5's own check is a write statement: it runs on a copy in memory, never on the file."""
    names = [n for n, policy in schema.TABLES.items() if policy.rebuild == "fts" and conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ?", (n,)).fetchone()]
    if not names:
        return []
    found = []
    with contextlib.closing(sqlite3.connect(":memory:")) as copy:
        conn.backup(copy)
        for name in names:
            try:  # rank 1: compare with the external content table too
                copy.execute(f"INSERT INTO {_q(name)} ({_q(name)}, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as exc:
                found.append(f"{name}: {exc}")
    return found


def too_new(path: Path, step: str) -> TooNew:
    return TooNew(QT_TRANSLATE_NOOP(
        "Store", "{path} was written by a newer PeerDesk (schema step {step}). Update PeerDesk to open it; "
        "the file was not changed."), path=path, step=step)
