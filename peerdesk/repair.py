"""Repair, like Anki's Check Database: rebuild a damaged workspace from every row that can still be read.

A raw copy of the damaged file and its journal is kept first; the work happens on a scratch copy; the file is replaced
only by a new one that passes every check. Each table is rebuilt as its schema.TablePolicy says: "copy" its readable
rows (a table without a policy is copied too, under its own name: it is the user's data), "skip" (recreated empty),
"fts" (a full-text index rebuilt from its source table; its shadow tables are never copied). `preview` does all of it
on private copies only, so the user can compare a repair with restoring a backup before choosing.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sqlite3
import tempfile
from pathlib import Path

from peerdesk import backup, identity, inspection, lock, schema, store
from peerdesk.check import say
from peerdesk.errors import Damaged, PeerDeskError
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.repair_report import RepairReport, TableResult, label
from peerdesk.transaction import immediate

FTS_SHADOWS = ("data", "idx", "content", "docsize", "config")  # FTS5's own tables behind a full-text index


def _refuse_if_held(path: Path) -> None:
    """InUse when someone else has the file open (a stale lock is taken over, as the command line does). A file too
    damaged to read its lock record is assumed free: nobody can be working in it."""
    try:
        with inspection.committed_view(path) as (conn, _):
            other = lock.holder(conn)
    except sqlite3.Error:
        return
    if other and not lock.is_stale(other):
        raise store.in_use(other, path)


def _fresh_header(size: int, page_size: int) -> bytes:
    """A plausible SQLite header for a PeerDesk file whose first 100 bytes are garbled: page 1's b-tree starts right
    after it, so with the right page size SQLite can read the schema and the tables again."""
    h = bytearray(100)
    h[0:16] = inspection.SQLITE_HEADER
    h[16:18] = (page_size if page_size < 65536 else 1).to_bytes(2, "big")
    h[18:24] = bytes([1, 1, 0, 64, 32, 32])  # rollback journal; no reserved bytes; the fixed payload fractions
    h[24:28] = h[92:96] = (1).to_bytes(4, "big")  # equal change counters: the page count below is valid
    h[28:32] = (size // page_size).to_bytes(4, "big")
    h[40:44] = (1).to_bytes(4, "big")  # schema cookie
    h[44:48] = (4).to_bytes(4, "big")  # schema format
    h[56:60] = (1).to_bytes(4, "big")  # UTF-8
    h[68:72] = schema.APPLICATION_ID.to_bytes(4, "big")
    major, minor, patch = sqlite3.sqlite_version_info
    h[96:100] = (major * 1000000 + minor * 1000 + patch).to_bytes(4, "big")
    return bytes(h)


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%'")]


def _read_schema(scratch: Path) -> sqlite3.Connection | None:
    """A connection to the scratch copy that can list its tables, or None. writable_schema (as sqlite's .recover
    uses it) lets SQLite list a schema whose tables lie partly past a cut-off end; nothing is written here except
    what rolling back a copied hot journal writes into the scratch copy."""
    conn = sqlite3.connect(str(scratch), isolation_level=None)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        if "meta" in _tables(conn):
            return conn
    except sqlite3.DatabaseError:
        pass
    conn.close()
    return None


def _open_scratch(scratch: Path) -> tuple[sqlite3.Connection, bool] | None:
    """Open the scratch copy so that its schema can be read, rewriting a garbled header if that is what it takes;
    None when not even the list of tables can be read."""
    conn = _read_schema(scratch)
    if conn:
        return conn, False
    size = scratch.stat().st_size
    for page_size in (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512):
        with scratch.open("r+b") as f:
            f.write(_fresh_header(size, page_size))
        conn = _read_schema(scratch)
        if conn:
            return conn, True
    return None


def _salvage(conn: sqlite3.Connection, table: str, columns: list[str]) -> tuple[list[tuple], int | None, int]:
    """Every row that can still be read, in rowid order, how many rowids were jumped over (None: the rest of the
    table could not be read), and how many rows held text that is not UTF-8 (kept, the bad bytes as U+FFFD).

    A damaged b-tree page makes reading fail at the rows it held; reading resumes at the first rowid past the
    damage, found by doubling the jump and then halving back, so as few readable rows as possible are skipped.
    """
    select = f"SELECT rowid, {', '.join(_q(c) for c in columns)} FROM {_q(table)} WHERE rowid >= ? ORDER BY rowid"

    def readable(start: int) -> bool:
        try:
            conn.execute(select + " LIMIT 1", (start,)).fetchall()
            return True
        except sqlite3.DatabaseError:
            return False

    bad_text = [False]

    def lenient(value: bytes) -> str:
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            bad_text[0] = True
            return value.decode("utf-8", "replace")

    conn.text_factory = lenient
    rows: list[tuple] = []
    start, top, skipped, mended = -(2 ** 63), 2 ** 63 - 1, 0, 0
    failed_at: int | None = None
    while True:
        try:
            bad_text[0] = False
            for row in conn.execute(select, (start,)):
                if failed_at is not None:
                    skipped, failed_at = skipped + row[0] - failed_at, None
                mended += bad_text[0]
                bad_text[0] = False
                rows.append(row)
                start = row[0] + 1
            return rows, skipped if failed_at is None else None, mended
        except sqlite3.DatabaseError:
            failed_at = start if failed_at is None else failed_at
        bad, step = start, 1
        while bad + step <= top and not readable(bad + step):
            bad, step = bad + step, step * 2
        if bad + step > top:
            return rows, None, mended
        good = bad + step
        while good - bad > 1:
            middle = (bad + good) // 2
            bad, good = (bad, middle) if readable(middle) else (middle, good)
        start = good


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _copy_order(conn: sqlite3.Connection, tables: list[str]) -> list[str]:
    """Parents before children, so a row's foreign keys can be checked as it is inserted."""
    parents = {t: {r[2] for r in conn.execute(f"PRAGMA foreign_key_list({_q(t)})")} - {t} for t in tables}
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and parents[t] <= set(ordered)]
        ordered += ready or [t for t in tables if t not in ordered]  # a cycle: copy the rest as they come
    return ordered


def _policy(table: str) -> schema.TablePolicy:
    return schema.TABLES.get(table) or schema.TablePolicy(label(table))  # unknown: copied, under its own name


def _rebuild(old: sqlite3.Connection, new_path: Path, actor: str, workspace_id: str,
             report: RepairReport) -> list[TableResult]:
    """A fresh file at the current schema holding every readable row that fits it, written in one transaction.
    Rows that break a constraint or point to a lost record are dropped and counted; full-text indexes are rebuilt
    from their source tables."""
    conn = store.new_file(new_path)
    try:
        old_tables = set(_tables(old))
        indexes = [t for t in _tables(conn) if _policy(t).rebuild == "fts"]
        shadows = {f"{t}_{s}" for t in indexes for s in FTS_SHADOWS}
        copied = [t for t in _copy_order(conn, [t for t in _tables(conn) if t not in shadows])
                  if _policy(t).rebuild == "copy" and t in old_tables]
        results = []
        with immediate(conn):
            for table in copied:
                results.append(_copy_table(old, conn, table))
            for index in indexes:
                conn.execute(f"INSERT INTO {_q(index)} ({_q(index)}) VALUES ('rebuild')")
                results.append(TableResult(index, rebuilt_from=_policy(index).source or "?"))
            counter = conn.execute("SELECT value FROM meta WHERE key = 'change_counter'").fetchone()
            report.counter = int(counter[0]) if counter and str(counter[0]).isdigit() else None
            report.change_times = [r[0] for r in conn.execute("SELECT at FROM change_log")]
            # Keep the workspace's identity; move the change counter on so that open viewers reload.
            conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('workspace_id', ?)", (workspace_id,))
            store.mark_changed(conn, actor, "repair")
    finally:
        conn.close()
    return results


def _copy_table(old: sqlite3.Connection, conn: sqlite3.Connection, table: str) -> TableResult:
    result = TableResult(table)
    with contextlib.suppress(sqlite3.DatabaseError):
        result.before = old.execute(f"SELECT count(*) FROM {_q(table)}").fetchone()[0]
    wanted = {r[1] for r in conn.execute(f"PRAGMA table_info({_q(table)})")}
    columns = [r[1] for r in old.execute(f"PRAGMA table_info({_q(table)})") if r[1] in wanted]
    rows, result.skipped, result.mended = _salvage(old, table, columns)
    insert = (f"INSERT INTO {_q(table)} (rowid, {', '.join(_q(c) for c in columns)}) "
              f"VALUES ({', '.join('?' * (len(columns) + 1))})")
    for row in rows:
        try:
            conn.execute(insert, row)
            result.kept += 1
        except sqlite3.IntegrityError:
            result.dropped += 1
    return result


def _needs_repair(path: Path, report: RepairReport) -> bool:
    """False (and the report says healthy) when a full check finds nothing to repair."""
    try:
        found = inspection.inspect(path, full=True)
    except (Damaged, inspection.StorageError):  # a hot journal that cannot be rolled back is damage too
        return True
    report.healthy = not found.integrity and not found.foreign_keys
    return not report.healthy


def repair(path: Path, *, actor: str) -> RepairReport:
    """Rebuild a damaged workspace from everything still readable; see the module docstring for the order of steps.

    Raises NotFound, NotAWorkspace or TooNew (never repaired) and InUse when someone else has the file open.
    """
    path = Path(path)
    report = RepairReport(path)
    if not _needs_repair(path, report):
        return report
    _refuse_if_held(path)
    report.raw_copies = backup.keep_raw_copy(path)
    with contextlib.suppress(PeerDeskError, sqlite3.Error, OSError), \
            inspection.committed_view(path) as (conn, _):
        report.backup = backup.make_backup(conn, path, "repair")  # possible when the damage spares every page
    new_path = path.with_name(f".{path.name}.repair-{secrets.token_hex(4)}.tmp")
    try:
        result = _repair_into(path, new_path, actor, report)
        if result is None:
            return report
        inspection.journal_of(path).unlink(missing_ok=True)  # the old journal must never be rolled into the new file
        os.replace(new_path, path)
    finally:
        _remove(new_path)
    identity.remember(path, result.workspace_id or identity.fallback_id(path))
    report.healthy = report.replaced = True
    return report


def preview(path: Path) -> RepairReport:
    """What repairing would keep and lose, found by repairing private copies: the file and its backups are not
    touched. The report's `replaced` is True when a repair would succeed."""
    path = Path(path)
    report = RepairReport(path)
    if not _needs_repair(path, report):
        return report
    with tempfile.TemporaryDirectory(prefix="peerdesk-preview-") as tmp:
        report.replaced = _repair_into(path, Path(tmp) / "repaired.peerdesk", "preview", report) is not None
    return report


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    inspection.journal_of(path).unlink(missing_ok=True)


def _repair_into(path: Path, new_path: Path, actor: str, report: RepairReport) -> inspection.Inspection | None:
    """Build the repaired file at `new_path` from a scratch copy of `path` and check it; None (with the reason in
    the report) when nothing can be rebuilt. A crash's journal is rolled back first; when the journal itself is
    damaged so that this fails, the file is rebuilt as it stands, without it."""
    with_journal = inspection.journal_of(path).exists()
    for use_journal in (True, False) if with_journal else (False,):
        _remove(new_path)
        try:
            result = _attempt(path, new_path, actor, report, use_journal)
        except (sqlite3.DatabaseError, Damaged, OSError):
            if use_journal:
                continue
            raise
        if result is not None or not use_journal:
            return result
    return None


def _attempt(path: Path, new_path: Path, actor: str, report: RepairReport,
             use_journal: bool) -> inspection.Inspection | None:
    with tempfile.TemporaryDirectory(prefix="peerdesk-repair-") as tmp:  # 0700: the scratch copy stays private
        scratch = Path(tmp) / "damaged.peerdesk"
        shutil.copyfile(path, scratch)
        if use_journal:
            shutil.copyfile(inspection.journal_of(path), inspection.journal_of(scratch))
        opened = _open_scratch(scratch)
        if opened is None:
            report.failure = say(QT_TRANSLATE_NOOP("Check", "Not even the list of tables can be read: restore a "
                                                    "backup instead."))
            return None
        old, report.header_rewritten = opened
        try:
            report.found = _problems(old)
            _refuse_too_new(old, path)
            report.tables = _rebuild(old, new_path, actor, identity.known_id(path) or identity.fallback_id(path),
                                     report)
        finally:
            old.close()
    result = inspection.inspect(new_path, full=True)
    if result.integrity or result.foreign_keys:
        raise RuntimeError(f"the rebuilt file failed its own check: {result.integrity} {result.foreign_keys}")
    return result


def _problems(conn: sqlite3.Connection) -> list[str]:
    """What integrity_check and foreign_key_check say about the damaged file, or why they could not run."""
    found = []
    for pragma in ("integrity_check", "foreign_key_check"):
        try:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        except sqlite3.DatabaseError as exc:
            found.append(f"{pragma}: {exc}")
            continue
        if pragma == "integrity_check":
            found += [r[0] for r in rows if r[0] != "ok"]
        else:
            found += [f"{r[0]} #{r[1]} → {r[2]}" for r in rows]
    return found


def _refuse_too_new(conn: sqlite3.Connection, path: Path) -> None:
    """A damaged file from a newer PeerDesk holds data this version does not know: rebuilding would drop it."""
    with contextlib.suppress(sqlite3.DatabaseError):
        for (name,) in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                                    (schema.MIGRATION_SET,)):
            if name not in schema.KNOWN_STEPS:
                raise inspection.too_new(path, name)
