"""The Reports page: which report, and the choices it needs (only those), on the left; the preview on the right,
made again in the background whenever a choice changes, so the window never waits for it. Print, Save as PDF and
the summary's CSV export use the very PDF previewed."""

from __future__ import annotations

import datetime as dt
import importlib
import io
import logging
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.activities.circles import list_circles
from peerdesk.errors import PeerDeskError
from peerdesk.gui import worker
from peerdesk.gui.messages import show_error
from peerdesk.gui.page import Page
from peerdesk.gui.reports.actions import ReportsActions
from peerdesk.gui.reports.printing import print_document
from peerdesk.gui.session import Session
from peerdesk.gui.translation import arg, current_lang, error_text, text
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.people import list_people
from peerdesk.placements import list_placements
from peerdesk.reports import kinds
from peerdesk.survey.rounds import list_rounds

_COULD_NOT_WRITE = QT_TRANSLATE_NOOP("Csv", "Could not write {path}: {reason}.")
PREVIEW_DELAY_MS = 250  # typing a date makes one report, not one per keystroke
PERIODS = ("this_month", "last_month", "this_quarter", "this_year", "last_year", "custom")
log = logging.getLogger(__name__)


def period_dates(kind: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """A period's first and last day (this one's up to today)."""
    first_of_month = today.replace(day=1)
    if kind == "last_month":
        end = first_of_month - dt.timedelta(days=1)
        return end.replace(day=1), end
    if kind == "this_quarter":
        return today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1), today
    if kind == "this_year":
        return today.replace(month=1, day=1), today
    if kind == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return first_of_month, today


def _module(kind: str) -> ModuleType:
    return importlib.import_module(kinds.KINDS[kind])


def make_pdf(path: Path, request: kinds.Request) -> bytes:
    """The report as PDF bytes, from a read-only connection of its own (this runs off the GUI thread)."""
    from peerdesk.query import open_reader

    reader = open_reader(path)
    try:
        out = io.BytesIO()
        kinds.make(reader, request, out, QCoreApplication.translate)  # type: ignore[arg-type]
        return out.getvalue()
    finally:
        reader.close()


class ReportsPage(Page):
    SHOWS = frozenset({"unit", "people", "placements", "decisions", "activities", "activity_types", "study_circles",
                       "checklist_items", "checklist_history", "job_descriptions", "jd_sections", "jd_revisions",
                       "jd_approvals", "survey_rounds", "survey_round_statements"})
    actions: ReportsActions

    def __init__(self, actions: ReportsActions, session: Session | None, parent: QWidget | None = None) -> None:
        super().__init__(actions, session, parent)
        self.pdf = b""  # what the preview shows: printed and saved as is
        self._wanted = 0  # the latest request's number: an older one's result is dropped
        self._buffer: QBuffer | None = None
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS, timeout=self._make_preview)

        self.kind = QComboBox(self)
        for kind in kinds.KINDS:
            self.kind.addItem("", kind)
        self.period = QComboBox(self)
        for key in PERIODS:
            self.period.addItem("", key)
        self.start, self.end = QDateEdit(self, calendarPopup=True), QDateEdit(self, calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.person, self.placement, self.circle, self.round = (QComboBox(self) for _ in range(4))
        self.suppress, self.draft = QCheckBox(self), QCheckBox(self)
        self.status = QLabel(self, wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, widget in [("kind", self.kind), ("period", self.period), ("start", self.start), ("end", self.end),
                            ("person", self.person), ("placement", self.placement), ("circle", self.circle),
                            ("round", self.round)]:
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            self.form.addRow(label, widget)
        self.form.addRow(self.suppress)
        self.form.addRow(self.draft)
        buttons = QHBoxLayout()
        self.buttons = [self._button(a) for a in (actions.print, actions.save_pdf, actions.export_csv)]
        for button in self.buttons:
            buttons.addWidget(button)
        buttons.addStretch()
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addLayout(buttons)
        left.addWidget(self.status)
        left.addStretch()

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addWidget(self.view, 1)

        self.period.setCurrentIndex(PERIODS.index("this_year"))
        self.set_period("this_year")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(lambda: self.set_period(self.period.currentData()))
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._dates_edited)
        for box in (self.person, self.placement, self.circle, self.round):
            box.currentIndexChanged.connect(self.changed)
        for check in (self.suppress, self.draft):
            check.toggled.connect(self.changed)
        actions.print.triggered.connect(self.print_report)
        actions.save_pdf.triggered.connect(self.save_pdf)
        actions.export_csv.triggered.connect(self.export_csv)
        self.retranslate()
        self._kind_changed()

    def _button(self, action: object) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)  # type: ignore[arg-type]
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        action.changed.connect(lambda: button.setText(action.text()))  # type: ignore[attr-defined]
        button.setText(action.text())  # type: ignore[attr-defined]
        return button

    # -- choices ------------------------------------------------------------------------------------------------

    def set_period(self, key: str) -> None:
        if key != "custom":
            first, last = period_dates(key, dt.date.today())
            for edit, day in ((self.start, first), (self.end, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
            self.changed()

    def _dates_edited(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(PERIODS.index("custom"))
        self.period.blockSignals(False)
        self.changed()

    def _kind_changed(self) -> None:
        needs = set(_module(self.kind.currentData()).NEEDS)
        shown = {"period": "period" in needs, "start": "period" in needs, "end": "period" in needs,
                 "person": "person" in needs, "placement": "placement" in needs, "circle": "circle" in needs,
                 "round": "round" in needs}
        for key, visible in shown.items():
            self.form.setRowVisible(self.labels[key], visible)
        summary = self.kind.currentData() == "summary"
        self.actions.export_csv.setVisible(summary)
        self.buttons[2].setVisible(summary)
        self.changed()

    def request(self) -> kinds.Request:
        needs = _module(self.kind.currentData()).NEEDS
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return kinds.Request(
            self.kind.currentData(), start, end, current_lang(),
            placement=self.placement.currentData() if "placement" in needs else None,
            person=self.person.currentData() if "person" in needs else None,
            circle=self.circle.currentData() if "circle" in needs else None,
            round=self.round.currentData() if "round" in needs else None,
            suppress_small=self.suppress.isChecked(), draft=self.draft.isChecked())

    def reload(self) -> None:
        ws = self.session.ws if self.session else None
        supporters = [] if ws is None else [p.name for p in list_people(ws) if p.role == "peer_supporter"]
        running = [] if ws is None else list_placements(ws)
        running = [p for p in running if p.ended_on is None] or running
        circles = [] if ws is None else [c.theme for c in list_circles(ws)]
        rounds = [] if ws is None else [r.name for r in list_rounds(ws)]
        self._fill(self.person, [(self.tr("All peer supporters"), None)] + [(n, n) for n in supporters])
        self._fill(self.placement, [(p.peer_supporter, p.peer_supporter) for p in running])
        self._fill(self.circle, [(c, c) for c in circles])
        self._fill(self.round, [(r, r) for r in rounds])  # the latest first
        for widget in [self.kind, self.period, self.start, self.end, self.person, self.placement, self.circle,
                       self.round, self.suppress, self.draft]:
            widget.setEnabled(ws is not None)
        if ws is None:  # the workspace was closed: nothing of it stays on screen
            self._wanted += 1
            self._show(b"")
            self._set_ready(False)
            self.status.clear()
            return
        self.changed()

    @staticmethod
    def _fill(box: QComboBox, entries: list[tuple[str, str | None]]) -> None:
        kept = box.currentData()
        box.blockSignals(True)
        box.clear()
        for label, data in entries:
            box.addItem(label, data)
        box.setCurrentIndex(max(0, box.findData(kept)) if kept is not None else 0)
        box.blockSignals(False)

    # -- preview ------------------------------------------------------------------------------------------------

    def changed(self) -> None:
        """A choice changed: make the report again shortly (the previous one, if still being made, is dropped)."""
        self._wanted += 1
        self._timer.start()

    def _make_preview(self) -> None:
        if self.session is None:
            return
        number, request, path = self._wanted, self.request(), self.session.ws.path
        self._set_ready(False)
        self.status.setText(self.tr("Making the report…"))
        worker.start(lambda: make_pdf(path, request), lambda pdf, error: self._preview_done(number, pdf, error))

    def _preview_done(self, number: int, pdf: bytes | None, error: BaseException | None) -> None:
        if number != self._wanted:
            return  # a newer choice is on its way
        if error is not None:
            self._show(b"")
            if not isinstance(error, PeerDeskError):
                log.error("report failed", exc_info=error)
                self.status.setText(self.tr("The report could not be made."))
                return
            self.status.setText(error_text(error))
            return
        self._show(pdf or b"")
        self.status.setText(arg(self.tr("Pages: %1"), self.document.pageCount()))
        self._set_ready(True)

    def _show(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.document.close()
        old, self._buffer = self._buffer, None
        if pdf:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(pdf))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()

    def _set_ready(self, ready: bool) -> None:
        for action in (self.actions.print, self.actions.save_pdf, self.actions.export_csv):
            action.setEnabled(ready)

    def is_current(self) -> bool:
        """The preview shows the choices made (nothing is waiting to be made)."""
        return bool(self.pdf) and not self._timer.isActive() and self.actions.save_pdf.isEnabled()

    # -- print, save, export --------------------------------------------------------------------------------------

    def _title(self) -> str:
        return text(_module(self.kind.currentData()).TITLE)

    def print_report(self) -> None:
        if not self.pdf:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title())
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            printed = print_document(self.document, printer)
            self.show_status(arg(self.tr("Printed %1 pages."), printed))

    def _suggested(self, suffix: str) -> str:
        r = self.request()
        return str(Path.home() / f"{self._title()} {r.start.isoformat()} {r.end.isoformat()}.{suffix}")

    def save_pdf(self) -> None:
        if not self.pdf:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save report as PDF"), self._suggested("pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if name:
            self.save_pdf_to(Path(name))

    def save_pdf_to(self, path: Path) -> None:
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            show_error(self, PeerDeskError(_COULD_NOT_WRITE, path=path, reason=exc.strerror or str(exc)))
            return
        self.show_status(arg(self.tr("Saved %1."), path))

    def export_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export table as CSV"), self._suggested("csv"),
                                              self.tr("CSV files (*.csv)"))
        if name:
            self.export_csv_to(Path(name))

    def export_csv_to(self, path: Path) -> None:
        from peerdesk.query import open_reader
        from peerdesk.reports.summary_csv import export_summary_csv

        if self.session is None:
            return
        request, source = self.request(), self.session.ws.path

        def work() -> int:
            reader = open_reader(source)
            try:
                return export_summary_csv(reader, request, path, QCoreApplication.translate)
            finally:
                reader.close()

        try:
            worker.run_with_progress(self, self.tr("Exporting…"), work)
        except PeerDeskError as err:
            show_error(self, err)
            return
        self.show_status(arg(self.tr("Saved %1."), path))

    def retranslate(self) -> None:
        for index, kind in enumerate(kinds.KINDS):
            self.kind.setItemText(index, text(_module(kind).TITLE))
        for index, words in enumerate([self.tr("This month"), self.tr("Last month"), self.tr("This quarter"),
                                       self.tr("This year"), self.tr("Last year"), self.tr("Custom")]):
            self.period.setItemText(index, words)
        for key, words in [("kind", self.tr("Rep&ort:")), ("period", self.tr("Per&iod:")),
                           ("start", self.tr("Fro&m:")), ("end", self.tr("&To:")),
                           ("person", self.tr("Peer &supporter:")), ("placement", self.tr("P&lacement:")),
                           ("circle", self.tr("Study &circle:")), ("round", self.tr("Survey ro&und:"))]:
            self.labels[key].setText(words)
            self.labels[key].buddy().setAccessibleName(words.replace("&", "").rstrip(":"))
        self.suppress.setText(self.tr("Hide small &numbers (for reports leaving the unit)"))
        self.suppress.setAccessibleName(self.tr("Hide small numbers"))
        self.draft.setText(self.tr("Mark as dr&aft"))
        self.draft.setAccessibleName(self.tr("Mark as draft"))
        self.view.setAccessibleName(self.tr("Preview"))
        self.status.setAccessibleName(self.tr("Report status"))
        if self.person.count():
            self.person.setItemText(0, self.tr("All peer supporters"))
        if self.pdf or self._timer.isActive():
            self.changed()  # the report in the new language


