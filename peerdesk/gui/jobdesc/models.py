"""The job description's table models: the task list and the revisions (one model per table view)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from peerdesk.gui.table_model import Column, RowsModel
from peerdesk.gui.translation import current_lang, local_time
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.jobdesc import revisions, text
from peerdesk.jobdesc.content import Task, activity_label
from peerdesk.jobdesc.revisions import Revision

ROLE = Qt.ItemDataRole


class TasksModel(RowsModel[Task]):
    TASK, TYPES = range(2)

    def columns(self) -> list[Column[Task]]:
        return [Column(QT_TRANSLATE_NOOP("JobDescPage", "Task"), lambda t: t.text,
                       {ROLE.ToolTipRole: lambda t: t.text}),
                Column(QT_TRANSLATE_NOOP("JobDescPage", "Activity types it covers"), self._types,
                       {ROLE.ToolTipRole: self._types})]

    @staticmethod
    def _types(task: Task) -> str:
        return ", ".join(activity_label(k, current_lang()) for k in task.activity_types) or "–"


class RevisionsModel(RowsModel[Revision]):
    """Every revision, newest first, with its state and who approved it."""

    NUMBER, SAVED, AUTHOR, SUMMARY, STATE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        self.all: list[Revision] = []
        super().__init__(parent)

    def set_revisions(self, found: list[Revision]) -> None:
        self.all = found
        self.set_rows(list(reversed(found)))

    def columns(self) -> list[Column[Revision]]:
        return [
            Column(QT_TRANSLATE_NOOP("JobDescPage", "Revision"), lambda r: str(r.number)),
            Column(QT_TRANSLATE_NOOP("JobDescPage", "Saved"), lambda r: local_time(r.saved_at)),
            Column(QT_TRANSLATE_NOOP("JobDescPage", "By"), lambda r: r.saved_by),
            Column(QT_TRANSLATE_NOOP("JobDescPage", "Changes"), lambda r: r.summary,
                   {ROLE.ToolTipRole: lambda r: r.summary}),
            Column(QT_TRANSLATE_NOOP("JobDescPage", "State"), self._state, {ROLE.ToolTipRole: self._state,
                                                                          ROLE.FontRole: self._bold}),
        ]

    def _state(self, r: Revision) -> str:
        shown = text.state(r, self.all, QCoreApplication.translate)
        signed = [f"✓ {a.person_name} {text.day_of(a.approved_at)}" for a in r.approvals if not a.withdrawn]
        return " · ".join([shown, *signed])

    def _bold(self, r: Revision) -> object:
        agreed = revisions.agreed(self.all)
        if agreed is None or agreed.id != r.id:
            return None
        font = QFont()
        font.setBold(True)
        return font
