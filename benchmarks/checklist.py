"""Ticking a checklist item until the page shows it (the item's row and the progress), goal ≤ 50 ms, on a checklist
of 30 items in a workspace that also holds 100,000 rows in a table (the activity log's stand-in, as in refresh.py).

Reported against baselines of the same run:
- a raw SQL count of the 100,000-row table (refresh.py's baseline);
- the tick alone through the domain (one IMMEDIATE transaction with its history row), no window.
Measured: the tick through the session (undo step, change signal), the shown checklist page reloading (its items,
progress and the selected item's history) and the events processed, so the repaint is included.
Run: `.venv/bin/python benchmarks/checklist.py` (offscreen).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from peerdesk import people, placements  # noqa: E402
from peerdesk.changes import op  # noqa: E402
from peerdesk.checklist import items as checklist  # noqa: E402
from peerdesk.gui import mainwindow  # noqa: E402
from peerdesk.gui.checklist import FEATURE as CHECKLIST  # noqa: E402
from peerdesk.gui.checklist.page import ChecklistPage  # noqa: E402
from peerdesk.gui.overview import FEATURE as OVERVIEW  # noqa: E402
from peerdesk.gui.translation import Translators  # noqa: E402
from peerdesk.settings import Settings  # noqa: E402
from peerdesk.store import Workspace  # noqa: E402

ROWS = 100_000
GOAL_MS = 50.0


def seed(path: Path) -> None:
    """A unit with one placement (its 29 built-in items and one of its own) and 100,000 stand-in rows."""
    ws = Workspace.create(path, actor="bench")
    people.add_person(ws, "Maria Lindqvist", "unit_manager")
    supporter = people.add_person(ws, "Sara Åkesson", "peer_supporter").result
    start = dt.date.today() - dt.timedelta(days=60)
    placement = placements.add_placement(ws, peer_supporter_id=supporter, employer="NSPH Väst", supervisor_id=None,
                                         start_date=start, planned_end_date=start.replace(year=start.year + 1)).result
    checklist.add_item(ws, placement, label="Visa nyckelskåpet och larmet", help="", phase="first_day",
                       owner="staff", due=start)
    with ws.write("seed") as db:
        db.execute("CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, day TEXT NOT NULL, kind TEXT NOT NULL, "
                   "minutes INTEGER NOT NULL, note TEXT NOT NULL)")
        db.execute("CREATE INDEX bench_rows_day ON bench_rows (day)")
        db["bench_rows"].insert_all(({"day": f"20{16 + i % 10}-{1 + i % 12:02}-{1 + i % 28:02}", "kind": "talk",
                                      "minutes": 30 + i % 90, "note": f"note {i}"} for i in range(ROWS)),
                                     batch_size=5000)
    ws.close()


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main(runs: int = 31) -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ["PEERDESK_DATA_DIR"] = str(tmp / "data")
        path = tmp / "bench.peerdesk"
        seed(path)
        mainwindow.FEATURES = [OVERVIEW, CHECKLIST]
        translators = Translators()
        translators.install("en")
        window = mainwindow.MainWindow(Settings(tmp / "settings.json"), translators)
        window.open_path(path, ask_who=False)
        window.show()
        window.nav.setCurrentRow(1)
        app.processEvents()
        session, page = window.session, window.pages[1]
        assert isinstance(page, ChecklistPage)
        items = page.model.rows
        assert len(items) == 30, len(items)

        count, domain, shown = [], [], []
        for i in range(runs):
            start = time.perf_counter()
            session.ws.value("SELECT count(*) FROM bench_rows")
            count.append(time.perf_counter() - start)

            item = items[i % len(items)]
            start = time.perf_counter()
            checklist.toggle(session.ws, item.id)  # the domain alone (the page is not told)
            domain.append(time.perf_counter() - start)

            page.refresh()  # shows the domain's tick, then selects the item as a user would
            page.view.selectRow(page.model.row_of(item.id))
            app.processEvents()
            before = page.overall.value()
            start = time.perf_counter()
            session.run(op(checklist.toggle, item_id=item.id))  # back again, through the window
            app.processEvents()
            shown.append(time.perf_counter() - start)
            assert page.overall.value() != before  # the progress is up to date
            state = checklist.get_item(session.ws, item.id).state
            row = page.model.row_of(item.id)
            assert page.model.rows[row].state == state  # and so is the item's row

        base, alone, ms = median_ms(count), median_ms(domain), median_ms(shown)
        print(f"tick a checklist item (30 items, {ROWS:,} rows in another table); baseline: raw count {base:.1f} ms")
        print(f"  the tick alone, through the domain: {alone:.1f} ms -> {alone / base:.1f}x the count")
        print(f"  tick -> page up to date (row, progress, history): {ms:.1f} ms -> {ms / base:.1f}x the count, "
              f"{ms / alone:.1f}x the tick alone; goal <= {GOAL_MS:.0f} ms: {'met' if ms <= GOAL_MS else 'NOT met'}")
        window.close()
        translators.remove()


if __name__ == "__main__":
    main()
