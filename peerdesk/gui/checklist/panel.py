"""The Overview's checklist panel: per running placement, its checklist's progress and the next three items due."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from peerdesk import placements
from peerdesk.checklist import items as checklist
from peerdesk.checklist.builtin import OWNERS
from peerdesk.gui.translation import Retranslating, arg, current_lang, text
from peerdesk.store import Workspace

NEXT = 3


def progress_text(p: checklist.Progress) -> str:
    """"12 of 30 settled (40 %)": settled items are done or not applicable."""
    return arg(QCoreApplication.translate("Checklist", "%1 of %2 settled (%3 %)"), p.settled, p.total, p.percent)


class ChecklistPanel(Retranslating, QGroupBox):
    """Shown on the Overview; `reload(ws)` when what it shows (SHOWS) changed."""

    SHOWS = frozenset({"placements", checklist.ITEMS})

    def __init__(self, parent: QWidget, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.body = QVBoxLayout(self)
        self.lines: list[QWidget] = []
        self.retranslate()

    def reload(self, ws: Workspace | None) -> None:
        for widget in self.lines:
            self.body.removeWidget(widget)
            widget.deleteLater()
        self.lines = []
        running = [p for p in placements.list_placements(ws) if p.ended_on is None] if ws else []
        today = self._today or dt.date.today()
        lang = current_lang()
        for p in running:
            items = checklist.list_items(ws, p.id)
            overall, _ = checklist.progress(items)
            heading = QLabel(arg(self.tr("%1: %2"), p.peer_supporter, progress_text(overall)), self)
            bar = QProgressBar(self)
            bar.setRange(0, max(overall.total, 1))
            bar.setValue(overall.settled if overall.total else 1)
            bar.setFormat(f"{overall.percent} %")
            bar.setAccessibleName(heading.text())
            self.lines += [heading, bar]
            due = checklist.next_due(items, NEXT)
            for item in due:
                line = arg(self.tr("%1 %2 (%3)"), item.due_date.isoformat(), item.title(lang),
                           text(OWNERS[item.owner]))
                if item.overdue(today):
                    line = arg(self.tr("⚠ Overdue: %1"), line)
                label = QLabel(line, self, wordWrap=True)
                if item.overdue(today):
                    label.setStyleSheet("color: #5c0000; font-weight: bold;")  # with the sign and the word
                self.lines.append(label)
            if not due:
                self.lines.append(QLabel(self.tr("Nothing left to do."), self))
        if not running:
            self.lines.append(QLabel(self.tr("No running placement."), self))
        for widget in self.lines:
            self.body.addWidget(widget)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Introduction checklist: progress and the next items due"))  # the lines: the page reloads
