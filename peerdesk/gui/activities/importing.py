"""Importing a CSV file (a preview with column mapping, checked in the background with progress and Cancel, all or
nothing, one undo step) and exporting the shown list as CSV for Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.activities import csvio, log
from peerdesk.activities.entries import Context
from peerdesk.changes import op
from peerdesk.errors import PeerDeskError
from peerdesk.gui.forms import ERROR_STYLE
from peerdesk.gui.messages import show_error
from peerdesk.gui.session import Session
from peerdesk.gui.translation import Retranslating, arg, current_lang, error_text, text
from peerdesk.gui.worker import run_with_progress
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.progress import Cancelled, Progress

CHECKING = QT_TRANSLATE_NOOP("Importing", "Checking the rows…")
IMPORTED = QT_TRANSLATE_NOOP("Importing", "Imported %1 activities from %2. Undo with Ctrl+Z.")
SKIPPED = QT_TRANSLATE_NOOP("Importing", "Skipped %1 rows identical to activities already in the log (rows %2).")
ROW = QT_TRANSLATE_NOOP("Importing", "Row")
COLUMN = QT_TRANSLATE_NOOP("Importing", "Column")
REASON = QT_TRANSLATE_NOOP("Importing", "Reason")
IMPORT_TITLE = QT_TRANSLATE_NOOP("Importing", "Import activities")
CSV_IN = QT_TRANSLATE_NOOP("Importing", "CSV files (*.csv *.txt)")
EXPORT_TITLE = QT_TRANSLATE_NOOP("Importing", "Export activities")
CSV_OUT = QT_TRANSLATE_NOOP("Importing", "CSV files (*.csv)")
EXPORTED = QT_TRANSLATE_NOOP("Importing", "Exported %1 activities to %2.")
EXPORTING = QT_TRANSLATE_NOOP("Importing", "Exporting…")
PREVIEW_ROWS = 20
STATUS_MS = 15_000


class ImportDialog(Retranslating, QDialog):
    """The file's first rows, which of its columns holds what, and Import. A rejected import lists every bad row
    here (row, column, reason); nothing was written, and the file can be corrected and chosen again."""

    def __init__(self, session: Session, path: Path, table: csvio.Table, parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.path, self.table = session, path, table
        self.plan: csvio.Plan | None = None
        self.preview = QTableWidget(min(len(table.rows), PREVIEW_ROWS), len(table.headers), self,
                                    objectName="preview")
        self.preview.setHorizontalHeaderLabels(table.headers)
        for r, cells in enumerate(table.rows[:PREVIEW_ROWS]):
            for c, value in enumerate(cells[:len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mapping: dict[str, QComboBox] = {}
        self.mapping_labels: dict[str, QLabel] = {}
        guessed = csvio.guess_mapping(table.headers)
        form = QFormLayout()
        lang = current_lang()
        for column in csvio.COLUMNS:
            combo = QComboBox(self, objectName=f"map_{column}")
            combo.addItem("", None)
            for i, header in enumerate(table.headers):
                combo.addItem(header or str(i + 1), i)
            combo.setCurrentIndex(combo.findData(guessed[column]) if guessed[column] is not None else 0)
            label = QLabel(csvio.HEADERS[column][lang] + ":", self)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.mapping[column], self.mapping_labels[column] = combo, label
        self.supporter = QComboBox(self, objectName="default_supporter")
        self.supporter.addItem("", None)
        for pid, name in Context.load(session.ws).supporters.items():
            self.supporter.addItem(name, pid)
        self.supporter_label = QLabel(self)
        self.supporter_label.setBuddy(self.supporter)
        form.addRow(self.supporter_label, self.supporter)
        self.duplicates = QCheckBox(self, objectName="allow_duplicates")
        self.about = QLabel(self, wordWrap=True)
        self.error = QLabel(self, objectName="import_error", wordWrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.errors = QTableWidget(0, 3, self, objectName="row_errors")
        self.errors.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.errors.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.check_and_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.preview, 1)
        layout.addLayout(form)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.error)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 760)
        self.retranslate()

    def chosen_mapping(self) -> dict[str, int | None]:
        return {column: combo.currentData() for column, combo in self.mapping.items()}

    def check_and_import(self) -> None:
        """Check every row in the background (Cancel stops it: nothing is written), then import as one undo step."""
        self.error.hide()
        self.errors.hide()
        progress = Progress()
        mapping, supporter, allow = self.chosen_mapping(), self.supporter.currentData(), self.duplicates.isChecked()
        ws = self.session.ws

        def work() -> csvio.Plan:
            reader = ws.reader()  # its own connection, in the worker's thread
            try:
                return csvio.plan_import(reader, self.table, mapping, allow_duplicates=allow,
                                         default_supporter_id=supporter, progress=progress)
            finally:
                reader.close()

        try:
            plan = run_with_progress(self, text(CHECKING), work, progress)
            change = self.session.run(op(csvio.import_checked, plan=plan))
        except csvio.ImportRejected as rejected:
            self._show_rejected(rejected)
            return
        except Cancelled as cancelled:
            self._show_error(cancelled)
            return
        except PeerDeskError as err:
            self._show_error(err)
            return
        self.plan = plan
        window = self.parent()
        message = arg(text(IMPORTED), len(change.result), self.path.name)
        if plan.duplicates and plan.skipped:
            message += " " + arg(text(SKIPPED),
                                 len(plan.duplicates), ", ".join(map(str, plan.duplicates[:20])))
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, STATUS_MS)
        self.accept()

    def _show_error(self, err: PeerDeskError) -> None:
        self.error.setText("⚠ " + error_text(err))
        self.error.show()

    def _show_rejected(self, rejected: csvio.ImportRejected) -> None:
        self._show_error(rejected)
        self.errors.setRowCount(len(rejected.errors))
        self.errors.setHorizontalHeaderLabels([text(ROW), text(COLUMN), text(REASON)])
        for r, e in enumerate(rejected.errors):
            for c, value in enumerate((str(e.row), e.column, error_text(e.error))):
                self.errors.setItem(r, c, QTableWidgetItem(value))
        self.errors.resizeColumnsToContents()
        self.errors.horizontalHeader().setStretchLastSection(True)
        self.errors.show()

    def retranslate(self) -> None:
        self.setWindowTitle(arg(self.tr("Import activities: %1"), self.path.name))
        self.about.setText(arg(self.tr(
            "%1 rows. Choose which column of the file holds what (the columns were matched by their headers). "
            "Every row is checked first: if any row is wrong, nothing is imported and the rows to correct are "
            "listed."), len(self.table.rows)))
        self.supporter_label.setText(self.tr("Peer supporter for rows without one:"))
        self.duplicates.setText(self.tr("Also import rows &identical to activities already in the log"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I&mport"))


def import_file(session: Session, parent: QWidget) -> None:
    name, _ = QFileDialog.getOpenFileName(parent, text(IMPORT_TITLE), "", text(CSV_IN))
    if not name:
        return
    try:
        table = csvio.read_csv(Path(name))
    except PeerDeskError as err:
        show_error(parent, err)
        return
    dialog = ImportDialog(session, Path(name), table, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def export_file(session: Session, parent: QWidget, flt: log.Filter) -> None:
    lang = current_lang()
    default = "aktiviteter.csv" if lang == "sv" else "activities.csv"
    name, _ = QFileDialog.getSaveFileName(parent, text(EXPORT_TITLE), default, text(CSV_OUT))
    if not name:
        return
    path = Path(name)
    ws = session.ws

    def work() -> int:
        reader = ws.reader()
        try:
            return csvio.export_csv(reader, path, flt, lang)
        finally:
            reader.close()

    try:
        written = run_with_progress(parent, text(EXPORTING), work)
    except PeerDeskError as err:
        show_error(parent, err)
        return
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(arg(text(EXPORTED), written, path), STATUS_MS)
    else:
        QMessageBox.information(parent, "PeerDesk", arg(text(EXPORTED), written, path))
