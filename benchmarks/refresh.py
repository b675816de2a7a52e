"""From one edit to the visible page being up to date, on a workspace with 100,000 rows in a table a page shows.

The activity log does not exist yet, so a stand-in table (`bench_rows`) and a stand-in page show the 100,000 rows.
Reported against a raw SQL count of that table in the same run:
- before (the foundation's way): every edit reloads every page, the stand-in page listing all its rows into
  dataclasses, handing them to its model and finding the selected row again;
- after, an edit the stand-in page does not show (a person): only the Overview reloads;
- after, an edit of the stand-in table while its page is shown: it reloads one screenful (count + first rows).
Run: `.venv/bin/python benchmarks/refresh.py` (offscreen).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QTableView, QVBoxLayout, QWidget  # noqa: E402

from peerdesk import people  # noqa: E402
from peerdesk.changes import Change, op, touched  # noqa: E402
from peerdesk.gui import mainwindow  # noqa: E402
from peerdesk.gui.overview import FEATURE as OVERVIEW  # noqa: E402
from peerdesk.gui.page import Feature, Page, PageActions  # noqa: E402
from peerdesk.gui.session import Session  # noqa: E402
from peerdesk.gui.table_model import ID_ROLE, Column, RowsModel  # noqa: E402
from peerdesk.gui.translation import Translators  # noqa: E402
from peerdesk.i18n import QT_TRANSLATE_NOOP  # noqa: E402
from peerdesk.settings import Settings  # noqa: E402
from peerdesk.store import Workspace  # noqa: E402

ROWS = 100_000
SCREENFUL = 200
BENCH = touched("bench_rows")
EDIT = QT_TRANSLATE_NOOP("Bench", "Edit a row")


@dataclass(frozen=True)
class Row:
    id: int
    day: str
    kind: str
    minutes: int
    note: str


def edit_row(ws: Workspace, row_id: int, minutes: int) -> Change[None]:
    old = ws.value("SELECT minutes FROM bench_rows WHERE id = ?", (row_id,))
    with ws.write(EDIT) as db:
        db["bench_rows"].update(row_id, {"minutes": minutes})
    return Change(EDIT, None, BENCH, op(edit_row, row_id=row_id, minutes=old))


class RowsTable(RowsModel[Row]):
    def columns(self) -> list[Column[Row]]:
        return [Column(QT_TRANSLATE_NOOP("Bench", "Day"), lambda r: r.day),
                Column(QT_TRANSLATE_NOOP("Bench", "Kind"), lambda r: r.kind),
                Column(QT_TRANSLATE_NOOP("Bench", "Minutes"), lambda r: str(r.minutes))]


class NoActions(PageActions):
    def menus(self) -> list:
        return []

    def retranslate(self) -> None:
        pass


class StandInPage(Page):
    SHOWS = BENCH
    paged = True

    def __init__(self, actions: PageActions, session: Session | None, parent: QWidget) -> None:
        super().__init__(actions, session, parent)
        self.model = RowsTable(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        QVBoxLayout(self).addWidget(self.view)
        self.total = 0

    def reload(self) -> None:
        if self.session is None:
            return
        ws = self.session.ws
        chosen = self.view.currentIndex().data(ID_ROLE)
        self.total = ws.value("SELECT count(*) FROM bench_rows")
        limit = f" LIMIT {SCREENFUL}" if self.paged else ""
        self.model.set_rows(ws.query(Row, f"SELECT id, day, kind, minutes, note FROM bench_rows ORDER BY day DESC, "
                                          f"id DESC{limit}"))
        found = self.model.row_of(chosen)
        if found is not None:
            self.view.selectRow(found)

    def retranslate(self) -> None:
        pass


def seed(path: Path) -> None:
    ws = Workspace.create(path, actor="bench")
    people.add_person(ws, "Maria Lindqvist", "unit_manager")
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


def main(runs: int = 15) -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ["PEERDESK_DATA_DIR"] = str(tmp / "data")
        path = tmp / "bench.peerdesk"
        seed(path)
        mainwindow.FEATURES = [OVERVIEW, Feature(lambda: "Rows", NoActions, StandInPage)]
        translators = Translators()
        translators.install("en")
        window = mainwindow.MainWindow(Settings(tmp / "settings.json"), translators)
        window.open_path(path, ask_who=False)
        window.show()
        window.nav.setCurrentRow(1)  # made once, then hidden behind the Overview
        window.nav.setCurrentRow(0)
        app.processEvents()
        session, overview, stand_in = window.session, window.pages[0], window.pages[1]
        manager = people.list_people(session.ws)[0]

        count, before, after_other, after_shown = [], [], [], []
        for i in range(runs):
            start = time.perf_counter()
            session.ws.value("SELECT count(*) FROM bench_rows")
            count.append(time.perf_counter() - start)

            # Before: the edit, then every page reloaded, the stand-in listing all its rows.
            StandInPage.paged = False
            start = time.perf_counter()
            people.update_person(session.ws, manager.id, name=f"Maria L {i}", role="unit_manager")
            overview.reload()
            stand_in.reload()
            before.append(time.perf_counter() - start)

            # After: an edit the hidden stand-in page does not show; only the Overview reloads.
            StandInPage.paged = True
            start = time.perf_counter()
            session.run(op(people.update_person, person_id=manager.id, name=f"Maria Lindqvist {i}",
                           role="unit_manager"))
            after_other.append(time.perf_counter() - start)

        window.nav.setCurrentRow(1)
        app.processEvents()
        for i in range(runs):
            start = time.perf_counter()
            session.run(op(edit_row, row_id=1 + i, minutes=45))  # the shown page reloads one screenful
            after_shown.append(time.perf_counter() - start)
        assert stand_in.total == ROWS and stand_in.model.rowCount() == SCREENFUL

        base = median_ms(count)
        print(f"edit to visible page, {ROWS:,} rows in a shown table; baseline: raw count {base:.1f} ms")
        for name, samples in [("before: every page reloads everything", before),
                              ("after: an edit the big page does not show", after_other),
                              ("after: an edit of the big table, its page shown", after_shown)]:
            ms = median_ms(samples)
            print(f"  {name}: {ms:.1f} ms -> {ms / base:.1f}x the count")
        window.close()
        translators.remove()


if __name__ == "__main__":
    main()
