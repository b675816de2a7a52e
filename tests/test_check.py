"""Check and repair: a truncated file, a garbled header and a garbled page in the middle are refused and never
written; check says what is wrong; repair keeps the raw bytes and builds a healthy file, reporting what was lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from workspaces import add_placed_supporters

from peerdesk import backup, check, inspection, paths, recovery, repair, schema
from peerdesk.errors import Damaged, InUse, NotAWorkspace
from peerdesk.repair_report import RepairReport
from peerdesk.store import Workspace

PEOPLE = 200


def middle_leaf(path: Path, table: str) -> tuple[int, int]:
    """A leaf page in the middle of `table`'s b-tree, and the page size."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    leaves = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                                         "ORDER BY pageno", (table,))]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    assert len(leaves) >= 3, "the table needs several pages for a page in the middle"
    return leaves[len(leaves) // 2], page_size


def overwrite_page(path: Path, page: int, page_size: int) -> None:
    with path.open("r+b") as f:
        f.seek((page - 1) * page_size)
        f.write(random.Random(page).randbytes(page_size))


def corrupt_table_page(path: Path, table: str) -> None:
    """Overwrite a leaf page in the middle of `table`'s b-tree with noise."""
    overwrite_page(path, *middle_leaf(path, table))


@pytest.fixture
def big(demo_path: Path) -> Path:
    """The demo workspace with many peer supporters, each with a placement that refers to them."""
    ws = Workspace.open(demo_path, actor="Maria Lindqvist")
    add_placed_supporters(ws, PEOPLE)
    backup.make_backup(ws.conn, ws.path, "manual")
    ws.close()
    return demo_path


def _unchanged(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), os.stat(path).st_mtime_ns


def _refused_untouched(path: Path, error: type[Exception]) -> check.CheckReport:
    before = _unchanged(path)
    with pytest.raises(error):
        Workspace.open(path, actor="Maria Lindqvist")
    with pytest.raises(error):
        Workspace.open(path, actor="Maria Lindqvist", read_only=True)
    report = check.check(path, full=True)
    assert not report.healthy
    assert _unchanged(path) == before
    return report


def _repaired(path: Path) -> RepairReport:
    damaged = path.read_bytes()
    report = repair.repair(path, actor="Maria Lindqvist")
    assert report.healthy and report.replaced
    assert [p.read_bytes() for p in report.raw_copies if p.suffix == ".raw"] == [damaged]
    assert check.check(path, full=True).healthy
    Workspace.open(path, actor="Maria Lindqvist").close()
    return report


def test_healthy_file(big: Path) -> None:
    report = check.check(big, full=True)
    assert report.healthy
    assert report.summary()[0] == f"{big} is a healthy PeerDesk workspace."
    step = schema.KNOWN_STEPS[-1]
    assert report.technical() == [f"Format version {len(schema.KNOWN_STEPS)} ({step})."]  # the step: a detail
    assert repair.repair(big, actor="x").lines() == [f"{big} is healthy: nothing to repair."]


def _after_the_table_list(path: Path) -> int:
    """A length that keeps every page of the list of tables (they move further in as the schema grows)."""
    conn = sqlite3.connect(path)
    last = conn.execute("SELECT max(pageno) FROM dbstat WHERE name = 'sqlite_schema'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    return max(20000, last * size)


def test_truncated_file(big: Path) -> None:
    big.write_bytes(big.read_bytes()[:_after_the_table_list(big)])
    report = _refused_untouched(big, Damaged)
    assert report.lines()[0] == f"{big} is damaged: the file is cut short."
    assert any(line.startswith("Newest backup: ") for line in report.lines())
    repaired = _repaired(big)
    assert any("lost" in line for line in repaired.lines())


def test_garbled_header_of_a_known_workspace(big: Path) -> None:
    with big.open("r+b") as f:
        f.write(random.Random(1).randbytes(100))
    report = _refused_untouched(big, Damaged)
    assert report.lines()[0] == f"{big} is a PeerDesk workspace, but its first bytes are damaged: it cannot be read."
    assert report.newest_backup is not None and f"Newest backup: {report.newest_backup.path}" in report.lines()[1]
    repaired = _repaired(big)
    assert repaired.header_rewritten
    assert {t.table: (t.kept, t.lost) for t in repaired.tables}["people"] == (PEOPLE + 5, 0)


def test_garbled_header_of_an_unknown_file_is_not_called_a_workspace(big: Path) -> None:
    (paths.data_dir() / "workspaces.json").unlink()
    with big.open("r+b") as f:
        f.write(random.Random(1).randbytes(100))
    report = _refused_untouched(big, NotAWorkspace)
    assert "not a PeerDesk workspace" in report.lines()[0]
    with pytest.raises(NotAWorkspace):
        repair.repair(big, actor="x")


def test_garbled_page_in_the_middle(big: Path) -> None:
    corrupt_table_page(big, "people")
    report = _refused_untouched(big, Damaged)
    assert report.lines()[0].startswith(f"{big} is damaged")
    repaired = _repaired(big)
    tables = {t.table: t for t in repaired.tables}
    people, placements = tables["people"], tables["placements"]
    assert 0 < people.lost < PEOPLE // 2 and people.kept + people.lost >= PEOPLE  # only that page's rows
    assert placements.dropped == people.lost  # placements of the lost people point nowhere: dropped and counted
    lines = repaired.lines()
    assert repaired.lost == people.lost + placements.lost
    assert lines[0] == f"{big} was repaired, but {repaired.lost} records could not be saved."
    assert f"People: records kept: {people.kept}, lost: at most {people.lost}." in lines
    assert f"Placements: records kept: {placements.kept}, lost: {placements.lost}." in lines
    assert "Raw copy of the damaged file kept: " in lines[1]


def test_full_check_finds_broken_references_and_repair_drops_them(big: Path) -> None:
    conn = sqlite3.connect(big)  # foreign keys are off by default here: a bug elsewhere could do this
    with conn:
        conn.execute("INSERT INTO decisions (placement_id, outcome, decided_on, previous_end_date, saved_by, saved_at)"
                     " VALUES (9999, 'ended', '2026-01-01', '2026-01-01', 'x', 'x')")
    conn.close()
    assert check.check(big).healthy  # quick_check does not look at references
    report = check.check(big, full=True)
    assert not report.healthy and report.lines()[0] == f"{big} is damaged: problems found: 1."
    assert "Records that point to records that do not exist: 1." in report.lines()
    repaired = _repaired(big)
    assert {t.table: t.dropped for t in repaired.tables}["decisions"] == 1
    assert repaired.backup is not None and repaired.backup.reason == "repair"  # readable: a real backup first


def test_repair_refuses_while_someone_has_it_open(big: Path) -> None:
    conn = sqlite3.connect(big)
    with conn:
        conn.execute("INSERT INTO decisions (placement_id, outcome, decided_on, previous_end_date, saved_by, saved_at)"
                     " VALUES (9999, 'ended', '2026-01-01', '2026-01-01', 'x', 'x')")
    conn.close()
    ws = Workspace.open(big, actor="Maria Lindqvist")
    before = big.read_bytes()
    with pytest.raises(InUse):
        repair.repair(big, actor="Sara Åkesson")
    assert big.read_bytes() == before
    ws.close()


_HALF_WRITTEN = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file before the commit
conn.execute("BEGIN IMMEDIATE")
conn.execute("CREATE TABLE IF NOT EXISTS filler (x)")
conn.execute("INSERT INTO filler VALUES (randomblob(200000))")
print("ready", flush=True)
time.sleep(60)
"""


def _crash_mid_transaction(path: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", _HALF_WRITTEN, str(path)], stdout=subprocess.PIPE) as child:
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        os.kill(child.pid, signal.SIGKILL)
    assert inspection.has_hot_journal(path)


def test_check_after_a_crash_writes_nothing_and_opening_recovers(big: Path) -> None:
    _crash_mid_transaction(big)
    journal = inspection.journal_of(big)
    before = (_unchanged(big), journal.read_bytes())
    report = check.check(big, full=True)
    assert report.healthy and any("interrupted save" in line for line in report.lines())
    assert (_unchanged(big), journal.read_bytes()) == before
    ws = Workspace.open(big, actor="Maria Lindqvist", take_over=True)
    assert not journal.exists()
    assert not ws.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'filler'").fetchone()
    ws.close()


def test_a_foreign_files_hot_journal_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE notes (text)")
    conn.close()
    _crash_mid_transaction(path)
    before = (_unchanged(path), inspection.journal_of(path).read_bytes())
    with pytest.raises(NotAWorkspace):
        Workspace.open(path, actor="x")
    assert "not a PeerDesk workspace" in check.check(path).lines()[0]
    assert (_unchanged(path), inspection.journal_of(path).read_bytes()) == before


def test_repair_a_crashed_and_damaged_file_keeps_its_journal_too(big: Path) -> None:
    page = middle_leaf(big, "people")
    _crash_mid_transaction(big)
    overwrite_page(big, *page)
    journal = inspection.journal_of(big).read_bytes()
    report = repair.repair(big, actor="Maria Lindqvist")
    assert report.replaced
    [kept_journal] = [p for p in report.raw_copies if p.name.endswith(".raw-journal")]
    assert kept_journal.read_bytes() == journal
    assert not inspection.journal_of(big).exists() and check.check(big, full=True).healthy


def test_opening_a_crashed_and_damaged_file_writes_nothing(big: Path) -> None:
    page = middle_leaf(big, "people")
    _crash_mid_transaction(big)
    overwrite_page(big, *page)
    journal = inspection.journal_of(big)
    before = (big.read_bytes(), journal.read_bytes())
    with pytest.raises(Damaged):
        Workspace.open(big, actor="Maria Lindqvist", take_over=True)
    with pytest.raises(Damaged):
        Workspace.open(big, actor="Maria Lindqvist", read_only=True)
    assert (big.read_bytes(), journal.read_bytes()) == before


def test_a_crash_between_header_and_new_pages_is_recovered_not_called_damaged(big: Path) -> None:
    """The new page count can reach the disk before the new pages do; the journal restores the old header."""
    _crash_mid_transaction(big)
    data = bytearray(big.read_bytes())
    data[28:32] = (len(data) // 4096 + 50).to_bytes(4, "big")  # page 1 claims pages that were never written
    big.write_bytes(bytes(data))
    assert check.check(big, full=True).healthy
    ws = Workspace.open(big, actor="Maria Lindqvist", take_over=True)
    assert ws.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    ws.close()


def test_a_repair_that_loses_records_says_so_and_the_backup_is_offered(big: Path) -> None:
    """The tester's case: a good backup from minutes ago, then a page in the middle overwritten."""
    corrupt_table_page(big, "people")
    options = recovery.options(big)  # measured on private copies: nothing changes yet
    assert options.backup is not None and options.backup_loses == 0
    assert options.repair.lost and options.recommended == "restore"
    lines = options.lines()
    assert f"Repairing loses {options.repair.lost} records." in lines
    assert f"Restoring the backup from {recovery.when(options.backup)} loses nothing" in lines[1]
    assert lines[-1] == "Recommended: restoring the backup, which loses less."
    report = repair.repair(big, actor="Maria Lindqvist")
    assert report.summary()[0] == f"{big} was repaired, but {report.lost} records could not be saved."
    assert not any("malformed" in line for line in report.summary())  # SQLite's words only in the details


def test_raw_sqlite_words_stay_in_the_details(big: Path) -> None:
    corrupt_table_page(big, "people")
    with pytest.raises(Damaged) as caught:
        Workspace.open(big, actor="x")
    assert "malformed" not in caught.value.message()
    report = check.check(big)
    assert not any("malformed" in line for line in report.summary())


FTS_STEP = "0999_test_people_fts"


@pytest.fixture
def with_fts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A schema with a full-text index over people's names, as a feature would add it."""
    def create(db: object) -> None:
        db.execute("CREATE VIRTUAL TABLE people_fts USING fts5(name, content='people', content_rowid='id', "  # type: ignore[attr-defined]
                   "tokenize='unicode61 remove_diacritics 0')")
        db.execute("INSERT INTO people_fts (people_fts) VALUES ('rebuild')")  # type: ignore[attr-defined]

    monkeypatch.setattr(schema, "STEPS", [*schema.STEPS, (FTS_STEP, create)])
    monkeypatch.setattr(schema, "KNOWN_STEPS", [*schema.KNOWN_STEPS, FTS_STEP])
    monkeypatch.setattr(schema, "TABLES", {**schema.TABLES, "people_fts": schema.TablePolicy(
        schema.TABLES["people"].label, "fts", source="people")})


def _fts_matches_source(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO people_fts (people_fts, rank) VALUES ('integrity-check', 1)")
    found = {r[0] for r in conn.execute("SELECT rowid FROM people_fts WHERE people_fts MATCH 'Stödperson'")}
    assert found == {r[0] for r in conn.execute("SELECT id FROM people WHERE name LIKE 'Stödperson%'")} != set()
    conn.close()


def test_repair_rebuilds_a_full_text_index_from_its_source(with_fts: None, big: Path) -> None:
    conn = sqlite3.connect(big)
    with conn:
        conn.execute("INSERT INTO people_fts (people_fts) VALUES ('rebuild')")
    conn.close()
    _fts_matches_source(big)
    page, size = middle_leaf(big, "people_fts_data") if _leaves(big, "people_fts_data") >= 3 else \
        (_root(big, "people_fts_data"), 4096)
    overwrite_page(big, page, size)
    assert not check.check(big, full=True).healthy
    report = _repaired(big)
    shadows = {f"people_fts_{s}" for s in repair.FTS_SHADOWS}
    assert not shadows & {t.table for t in report.tables}  # never copied as plain tables
    assert "People: rebuilt from People." in report.lines()
    _fts_matches_source(big)


def test_check_finds_a_full_text_index_out_of_step(with_fts: None, big: Path) -> None:
    conn = sqlite3.connect(big)
    with conn:
        conn.execute("INSERT INTO people_fts (people_fts) VALUES ('rebuild')")
        conn.execute("UPDATE people SET name = 'Ändrad' WHERE id = 1")  # the index still has the old name
    conn.close()
    assert not check.check(big, full=True).healthy
    _repaired(big)


def _leaves(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    n = conn.execute("SELECT count(*) FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,)).fetchone()[0]
    conn.close()
    return n


def _root(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    return page


def test_text_that_is_not_utf8_is_damage_and_repair_marks_it(big: Path) -> None:
    conn = sqlite3.connect(big)
    with conn:  # what a page overwritten inside a text cell looks like: bytes that are no UTF-8 text
        conn.execute("UPDATE people SET name = CAST(X'4B61C3FFFE' AS TEXT) WHERE id = 2")
    conn.close()
    assert check.check(big, full=True).lines()[0].startswith(f"{big} is damaged")
    report = check.check(big)  # a quick check reads the small tables' text too
    assert report.lines()[0] == f"{big} is damaged: some of the text in it cannot be read."
    with pytest.raises(Damaged):
        Workspace.open(big, actor="x")  # a clear message, not the bug dialog
    repaired = _repaired(big)
    assert {t.table: t.mended for t in repaired.tables}["people"] == 1
    conn = sqlite3.connect(big)
    assert "\ufffd" in conn.execute("SELECT name FROM people WHERE id = 2").fetchone()[0]
    conn.close()


def test_repair_of_a_file_whose_journal_is_damaged_too(big: Path) -> None:
    _crash_mid_transaction(big)
    journal = inspection.journal_of(big)
    data = bytearray(journal.read_bytes())
    data[512:512 + 4096] = random.Random(5).randbytes(4096)  # a page image inside the journal
    journal.write_bytes(bytes(data))
    overwrite_page(big, 4, 4096)
    report = repair.repair(big, actor="Maria Lindqvist")  # a repair or a clear refusal, never an error
    assert report.replaced or report.failure is not None
    if report.replaced:
        assert check.check(big, full=True).healthy


def test_a_look_ahead_counts_only_while_the_file_stands_still(big: Path) -> None:
    inspection.look_ahead(big).join()  # as the command line does before the GUI starts: its verdict is healthy
    corrupt_table_page(big, "people")  # ... and then the file is damaged before it is opened
    with pytest.raises(Damaged):
        Workspace.open(big, actor="x")  # looked at again, not the earlier verdict


def test_a_look_ahead_sees_a_save_that_leaves_size_and_time_alone(big: Path) -> None:
    """On a network drive with a coarse clock a save may keep the file's size and time: SQLite's change counter in
    the header still tells."""
    stamp = os.stat(big)
    inspection.look_ahead(big).join()  # its verdict: healthy
    conn = sqlite3.connect(big)
    with conn:  # a save in place, then size and time put back as a coarse clock would leave them
        conn.execute("UPDATE people SET name = CAST(X'4B61C3FFFE' AS TEXT) WHERE id = 2")
    conn.close()
    os.utime(big, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert os.stat(big).st_size == stamp.st_size
    with pytest.raises(Damaged):
        Workspace.open(big, actor="x")


def test_a_file_whose_text_is_not_utf8_is_refused_after_a_look_ahead_too(big: Path) -> None:
    conn = sqlite3.connect(big)
    with conn:  # text that is not UTF-8, as a page overwritten inside a text cell leaves it
        conn.execute("UPDATE people SET name = CAST(X'4B61C3FFFE' AS TEXT) WHERE id = 2")
    conn.close()
    inspection.look_ahead(big).join()  # SQLite's own check passes: it does not look inside text
    with pytest.raises(Damaged):
        Workspace.open(big, actor="x")  # opening checks the text itself


def test_another_program_at_the_file_during_the_text_check_means_a_second_look(
        big: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inspection.look_ahead(big).join()
    def busy_once(path: Path) -> None:
        monkeypatch.undo()
        raise inspection.busy(path)
    monkeypatch.setattr(inspection, "_check_text", busy_once)
    Workspace.open(big, actor="x").close()  # looked at again, with the patience of a first look


def _counted_looks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files looked at in full (header, quick_check, ...) from now on."""
    looks: list[Path] = []
    look = inspection._inspect_once
    monkeypatch.setattr(inspection, "_inspect_once",
                        lambda path, full, **kw: (looks.append(path), look(path, full, **kw))[1])
    return looks


def test_opening_takes_the_verdict_of_a_look_ahead(big: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    looks = _counted_looks(monkeypatch)
    inspection.look_ahead(big).join()
    Workspace.open(big, actor="x").close()
    assert looks == [big]  # the whole file was checked once, beside the GUI's start-up


def test_opening_refuses_a_damaged_file_without_reading_it_twice(big: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corrupt_table_page(big, "people")
    looks = _counted_looks(monkeypatch)
    inspection.look_ahead(big).join()
    with pytest.raises(Damaged):
        Workspace.open(big, actor="x")
    assert looks == [big]
