"""The activity log on ten years of two peer supporters (100,000 activities), against baselines of the same run:

- opening the Activities page (made, first screenful and totals) vs a raw SQL count of all rows;
- one filter keystroke, through the page's Qt model to the first screenful and the totals line, vs a raw SQL count of
  the same filter (goal <= 30 ms and <= 2x);
- saving one activity in the domain vs a raw sqlite insert and commit with the same pragmas (goal <= 4 ms, <= 5x);
- peak memory of a process with the page open (goal <= 120 MiB);
- importing a CSV of 10,000 rows, checking included, vs reading the same file with the csv module alone (goal <= 3 s);
- saving an edit while the page shows all 100,000 rows, to the page being up to date (goal <= 50 ms).
Run: `.venv/bin/python benchmarks/activities.py` (offscreen).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))  # also when run.py imports this file as benchmarks.activities

from common import show, window_on  # noqa: E402

from peerdesk.gui.activities import FEATURE as ACTIVITIES  # noqa: E402

ROWS = 100_000
TEN_YEARS_AGO = (dt.date.today() - dt.timedelta(days=3660)).isoformat()
IMPORT_ROWS = 10_000
WORDS = ["samtal", "sömn", "återhämtning", "ångest", "promenad", "fika", "öppet hus", "läkarbesök", "boende",
         "självhjälp", "gruppen", "vardag", "ekonomi", "arbete", "familj", "motion", "kultur", "matlagning"]


def ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def seed(path: Path) -> None:
    """The demo workspace with its log replaced by ten years of two peer supporters' work."""
    from peerdesk.activities.entries import Context, Entry, check
    from peerdesk.demo import write_demo

    ws = write_demo(path)
    with ws.write("bench: no demo log") as db:
        db.execute("DELETE FROM activities")
        db.execute("UPDATE placements SET start_date = ?", (TEN_YEARS_AGO,))
    ctx = Context.load(ws)
    rng = random.Random(1)
    kinds = [k for k, t in ctx.types.items() if t.text and not t.visit and not t.circle]
    supporters = list(ctx.supporters)
    today = dt.date.today()
    rows = []
    for i in range(ROWS):
        day = today - dt.timedelta(days=int(3650 * (1 - i / ROWS)))
        rows.append({**check(ctx, Entry(day, rng.choice(kinds), rng.choice((15, 30, 45, 60, 90)), rng.randint(0, 8),
                                        theme=rng.choice(WORDS).capitalize(),
                                        note=" ".join(rng.sample(WORDS, 3)), peer_supporter_id=supporters[i % 2])),
                     **ws.saved()})
    with ws.write("bench: ten years") as db:
        db["activities"].insert_all(rows, batch_size=5000)
    ws.close()


def memory_child(path: Path) -> None:
    """Run in a child process: the window with the Activities page showing all rows; prints peak RSS in MiB."""
    app, window = window_on(path)
    page = show(window, ACTIVITIES)
    page.period.setCurrentIndex(page.period.findData("all"))
    app.processEvents()
    for _ in range(5):  # scroll down a few screens: the view fetches more
        page.view.verticalScrollBar().setValue(page.view.verticalScrollBar().maximum())
        app.processEvents()
    # VmHWM, not getrusage: ru_maxrss survives exec, so a child would report its parent's peak.
    status = Path("/proc/self/status").read_text()
    peak_kib = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), None)
    print((peak_kib or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--memory":
        memory_child(Path(sys.argv[2]))
        return
    from peerdesk.activities import csvio, log
    from peerdesk.activities.entries import Entry, add_activity, update_activity
    from peerdesk.changes import op
    from peerdesk.demo import write_demo
    from peerdesk.store import _set_pragmas

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ["PEERDESK_DATA_DIR"] = str(tmp / "data")
        path = tmp / "big.peerdesk"
        start = time.perf_counter()
        seed(path)
        print(f"{ROWS:,} activities generated in {time.perf_counter() - start:.1f} s")
        raw = sqlite3.connect(path, isolation_level=None)

        def raw_count(where: str = "removed = 0", params: tuple = ()) -> float:
            t0 = time.perf_counter()
            raw.execute(f"SELECT count(*), sum(minutes), sum(participants) FROM activities WHERE {where}",
                        params).fetchone()
            return time.perf_counter() - t0

        app, window = window_on(path)
        session = window.session
        # Opening the page: made, the first screenful and the totals (this month, as it opens).
        count_all = ms([raw_count() for _ in range(5)])
        t0 = time.perf_counter()
        page = show(window, ACTIVITIES)
        opened = (time.perf_counter() - t0) * 1000
        print(f"open the Activities page: {opened:.1f} ms (raw count of all rows {count_all:.1f} ms -> "
              f"{opened / count_all:.1f}x)")

        page.period.setCurrentIndex(page.period.findData("all"))
        app.processEvents()
        assert page.model.totals.activities == ROWS, page.model.totals
        # One keystroke at a time, through the model: each reloads the first screenful and the totals.
        typed, keys, counts = "återhämtning", [], []
        for n in range(1, len(typed) + 1):
            needle = typed[:n]
            t0 = time.perf_counter()
            page.search.setText(needle)
            keys.append(time.perf_counter() - t0)
            counts.append(raw_count("removed = 0 AND search LIKE ?", (f"%{needle}%",)))
        ratios = [k / c for k, c in zip(keys, counts, strict=True)]
        print(f"filter keystroke ({len(typed)} keys, 'å' first): median {ms(keys):.1f} ms, worst "
              f"{max(keys) * 1000:.1f} ms; raw count of the same filter median {ms(counts):.1f} ms -> median "
              f"{statistics.median(ratios):.2f}x, worst {max(ratios):.2f}x (goal <= 30 ms, <= 2x)")
        page.search.clear()
        app.processEvents()

        # Saving one activity in the domain vs a raw insert and commit.
        ws = session.ws
        supporter = next(iter(page.entry.peer_supporter.itemData(i) for i in range(1)))
        domain, baseline = [], []
        raw_db = sqlite3.connect(tmp / "raw.db", isolation_level=None)
        _set_pragmas(raw_db)
        raw_db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, day TEXT, minutes INT, note TEXT)")
        for i in range(100):
            entry = Entry(dt.date.today(), "one_to_one", "45 min", 1, note=f"bench {i}", peer_supporter_id=supporter)
            t0 = time.perf_counter()
            add_activity(ws, entry)
            domain.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            raw_db.execute("BEGIN IMMEDIATE")
            raw_db.execute("INSERT INTO t (day, minutes, note) VALUES (?, ?, ?)", ("2026-01-01", 45, f"bench {i}"))
            raw_db.execute("COMMIT")
            baseline.append(time.perf_counter() - t0)
        print(f"save one activity: domain {ms(domain):.2f} ms, raw insert+commit {ms(baseline):.2f} ms -> "
              f"{ms(domain) / ms(baseline):.2f}x (goal <= 4 ms, <= 5x)")

        # An edit while the page shows every row, to the page being up to date.
        page.period.setCurrentIndex(page.period.findData("all"))
        app.processEvents()
        page.view.selectRow(3)
        chosen = page.model.rows[3]
        edits = []
        for i in range(15):
            entry = chosen.entry()
            entry = Entry(entry.day, entry.type_key, 30 + i, entry.participants, entry.place, entry.theme,
                          entry.note, entry.peer_supporter_id)
            t0 = time.perf_counter()
            session.run(op(update_activity, activity_id=chosen.id, entry=entry))
            edits.append(time.perf_counter() - t0)
        shown = next(a for a in page.model.rows if a.id == chosen.id)
        assert shown.minutes == 44 and page.model.totals.activities == ROWS + 100
        print(f"save an edit with {page.model.totals.activities:,} rows shown, to the page up to date: "
              f"{ms(edits):.1f} ms (raw count of all rows {count_all:.1f} ms; goal <= 50 ms)")
        window.close()

        # Peak memory with the page open, in a process of its own.
        out = subprocess.run([sys.executable, __file__, "--memory", str(path)], capture_output=True, text=True,
                             env={**os.environ}, check=True)
        print(f"peak memory with the page open on {ROWS:,} activities: {float(out.stdout.split()[-1]):.0f} MiB "
              "(goal <= 120 MiB)")

        # Importing 10,000 rows (checking included) into a workspace without them, vs csv alone.
        source = tmp / "import.csv"
        big_reader = ws.reader()
        with open(source, "w", encoding="utf-8-sig", newline="") as out_file:
            writer = csv.writer(out_file, delimiter=";", lineterminator="\r\n")
            for n, cells in enumerate(csvio.export_rows(big_reader, log.Filter(), "sv")):
                if n > IMPORT_ROWS:
                    break
                writer.writerow(cells)
        big_reader.close()
        target = write_demo(tmp / "target.peerdesk")
        with target.write("bench: placements start earlier") as db:
            db.execute("UPDATE placements SET start_date = ?", (TEN_YEARS_AGO,))
        t0 = time.perf_counter()
        with open(source, encoding="utf-8-sig", newline="") as f:
            read = sum(1 for _ in csv.reader(f, delimiter=";")) - 1
        csv_alone = time.perf_counter() - t0
        t0 = time.perf_counter()
        table = csvio.read_csv(source)
        plan = csvio.plan_import(target, table, csvio.guess_mapping(table.headers))
        checked = time.perf_counter() - t0
        change = csvio.import_checked(target, plan)
        imported = time.perf_counter() - t0
        assert read == IMPORT_ROWS and len(change.result) == IMPORT_ROWS, (read, len(change.result))
        print(f"import {IMPORT_ROWS:,} rows: {imported:.2f} s (checking {checked:.2f} s, writing with a backup first "
              f"{imported - checked:.2f} s); the csv module alone {csv_alone * 1000:.0f} ms -> "
              f"{imported / csv_alone:.0f}x (goal <= 3 s)")
        target.close()


if __name__ == "__main__":
    main()
