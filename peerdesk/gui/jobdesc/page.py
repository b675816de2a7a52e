"""The job description page: choose the placement, write its draft section by section (autosaved), keep its task
list, save revisions, approve them and compare versions, with the general description of the role beside it.

The page always says which version is agreed, what the draft changes since it, and who still has to approve.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk import placements
from peerdesk.changes import Op, op
from peerdesk.errors import InvalidInput, PeerDeskError
from peerdesk.gui.jobdesc.actions import JobDescActions
from peerdesk.gui.jobdesc.editor import SectionEditor
from peerdesk.gui.jobdesc.models import RevisionsModel, TasksModel
from peerdesk.gui.jobdesc.status import StatusLines
from peerdesk.gui.messages import show_error
from peerdesk.gui.page import Page, action_button, button_row
from peerdesk.gui.session import Session
from peerdesk.gui.table_model import ID_ROLE
from peerdesk.gui.tables import FOCUS_FRAME, record_table
from peerdesk.gui.translation import arg, current_lang, error_text
from peerdesk.jobdesc import draft, revisions, template
from peerdesk.jobdesc.content import Section, Task
from peerdesk.jobdesc.revisions import Revision, Status
from peerdesk.paths import resources_dir
from peerdesk.people import list_people

SECTION_ROLE = Qt.ItemDataRole.UserRole


def _buttons(actions: list[QAction], parent: QWidget) -> QHBoxLayout:
    return button_row(actions, parent)[0]


def role_description(lang: str) -> str:
    """The general description of the peer supporter's role (resources/jobdesc), in `lang` or else English, its
    headings two levels down to suit a side panel."""
    folder = resources_dir() / "jobdesc"
    path = folder / f"role_{lang}.md"
    markdown = (path if path.exists() else folder / "role_en.md").read_text(encoding="utf-8")
    return re.sub(r"^(#+) ", r"##\1 ", markdown, flags=re.MULTILINE)  # beside the editor: modest headings


class JobDescPage(Page):
    SHOWS = frozenset({"job_descriptions", "jd_sections", "jd_revisions", "jd_approvals", "jd_template",
                       "placements", "people", "person_pins", "unit"})
    actions: JobDescActions

    def __init__(self, actions: JobDescActions, session: Session | None, parent: QWidget | None = None) -> None:
        super().__init__(actions, session, parent)
        self.jd: draft.JobDescription | None = None
        self.state: Status | None = None
        self.all_revisions: list[Revision] = []
        self.draft: list[Section] = []
        self._saving_text = False
        self._connected: Session | None = None

        self.placement_label = QLabel(self)
        self.placement = QComboBox(self, objectName="placement")
        self.placement_label.setBuddy(self.placement)
        top = QHBoxLayout()
        top.addWidget(self.placement_label)
        top.addWidget(self.placement)
        self.start_button = action_button(actions.start, self)
        top.addWidget(self.start_button)
        top.addStretch()
        self.status = StatusLines(self)

        left = QWidget(self)
        self.sections_label = QLabel(left)
        self.sections = QListWidget(left, objectName="sections")
        self.sections.setStyleSheet(FOCUS_FRAME)
        self.sections_label.setBuddy(self.sections)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.sections_label)
        column.addWidget(self.sections, 1)
        for pair in ((actions.add_section, actions.rename_section), (actions.section_up, actions.section_down),
                     (actions.remove_section,)):
            column.addLayout(_buttons(list(pair), left))

        middle = QWidget(self)
        self.editor = SectionEditor(middle)
        self.editor.saver = self._save_text
        self.tasks_box = QGroupBox(middle)
        self.tasks_model = TasksModel(self)
        self.tasks_view = record_table(self.tasks_model, self.tasks_box)
        self.tasks_view.doubleClicked.connect(actions.edit_task.trigger)
        self._wrap(self.tasks_view, (TasksModel.TASK, TasksModel.TYPES))
        box = QVBoxLayout(self.tasks_box)
        box.addWidget(self.tasks_view)
        box.addLayout(_buttons([actions.add_task, actions.suggested_tasks], self.tasks_box))
        box.addLayout(_buttons([actions.edit_task, actions.remove_task], self.tasks_box))
        self.tasks_box.hide()  # shown with the task list section
        split = QSplitter(Qt.Orientation.Vertical, middle)
        split.addWidget(self.editor)
        split.addWidget(self.tasks_box)
        split.setChildrenCollapsible(False)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(split)

        self.role = QTextBrowser(self, objectName="role_description")
        self.role.setOpenLinks(False)

        across = QSplitter(Qt.Orientation.Horizontal, self)
        for widget, stretch in ((left, 2), (middle, 5), (self.role, 3)):
            across.addWidget(widget)
            across.setStretchFactor(across.count() - 1, stretch)
        across.setChildrenCollapsible(False)

        self.revisions_box = QGroupBox(self)
        self.revisions_model = RevisionsModel(self)
        self.revisions_view = record_table(self.revisions_model, self.revisions_box)
        self.revisions_view.setMinimumHeight(60)
        self._wrap(self.revisions_view, (RevisionsModel.SUMMARY, RevisionsModel.STATE))
        box = QVBoxLayout(self.revisions_box)
        box.addWidget(self.revisions_view)
        box.addLayout(_buttons([actions.save_revision, actions.approve, actions.withdraw, actions.compare,
                            actions.review_date], self.revisions_box))
        down = QSplitter(Qt.Orientation.Vertical, self)
        down.addWidget(across)
        down.addWidget(self.revisions_box)
        down.setStretchFactor(0, 3)
        down.setStretchFactor(1, 2)
        down.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(down, 1)

        self.placement.currentIndexChanged.connect(self._placement_chosen)
        self.sections.currentRowChanged.connect(self._section_chosen)
        self.tasks_view.selectionModel().selectionChanged.connect(self.update_actions)
        self.revisions_view.selectionModel().selectionChanged.connect(self.update_actions)
        self._connect_actions()
        self._watch(session)
        self.retranslate()

    @staticmethod
    def _wrap(view: QTableView, columns: tuple[int, ...]) -> None:
        """Long texts share the width left and wrap, rows as tall as they need: they never widen the window."""
        header = view.horizontalHeader()
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)

    def _connect_actions(self) -> None:
        a = self.actions
        a.start.triggered.connect(self.start)
        a.add_section.triggered.connect(self.add_section)
        a.rename_section.triggered.connect(self.rename_section)
        a.section_up.triggered.connect(lambda: self._on_section(lambda s: op(draft.move_section, section_id=s.id,
                                                                             offset=-1)))
        a.section_down.triggered.connect(lambda: self._on_section(lambda s: op(draft.move_section, section_id=s.id,
                                                                               offset=1)))
        a.remove_section.triggered.connect(self.remove_section)
        a.add_task.triggered.connect(lambda: self._task_dialog(None))
        a.edit_task.triggered.connect(lambda: self._task_dialog(self._selected_task()))
        a.suggested_tasks.triggered.connect(self.suggested_tasks)
        a.task_up.triggered.connect(lambda: self._on_task(-1))
        a.task_down.triggered.connect(lambda: self._on_task(1))
        a.remove_task.triggered.connect(lambda: self._on_task(0))
        a.save_revision.triggered.connect(self.save_revision)
        a.approve.triggered.connect(lambda: self._approve(withdrawing=False))
        a.withdraw.triggered.connect(lambda: self._approve(withdrawing=True))
        a.compare.triggered.connect(self.compare)
        a.review_date.triggered.connect(self.review_date)
        a.template.triggered.connect(self.edit_template)
        a.set_pin.triggered.connect(lambda: self._pin_dialog(resetting=False))
        a.reset_pin.triggered.connect(lambda: self._pin_dialog(resetting=True))

    # -- the session ----------------------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        """Typing is saved before the workspace closes or another one opens."""
        self.editor.flush()
        self.editor.load(None, "", True)
        self._watch(session)
        super().set_session(session)

    def _watch(self, session: Session | None) -> None:
        if session is not None and session is not self._connected:
            session.read_only_changed.connect(self._read_only_changed)
            self._connected = session

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self.editor.flush()  # another page is shown: what was typed is saved now
        super().hideEvent(event)

    def _writable(self) -> bool:
        return self.session is not None and not self.session.read_only

    def _read_only_changed(self) -> None:
        self.editor.set_read_only(not self._writable() or self.editor.section is None)
        self.update_actions()

    # -- showing ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        ws = self.session.ws if self.session else None
        if self._saving_text and ws is not None and self.jd is not None:
            # This editor's own autosave: only the draft's text changed, so only the state it is in is shown anew.
            self.draft = draft.list_sections(ws, self.jd.id)
            self.state = revisions.status(ws, self.jd.id)
            self._show_status()
            self.update_actions()
            return
        wanted = self.placement.currentData()
        self.placement.blockSignals(True)
        self.placement.clear()
        for p in placements.list_placements(ws) if ws else []:
            self.placement.addItem(p.peer_supporter, p.id)
        if wanted is not None and self.placement.findData(wanted) >= 0:
            self.placement.setCurrentIndex(self.placement.findData(wanted))
        self.placement.blockSignals(False)
        self._load_placement()

    def _load_placement(self) -> None:
        ws = self.session.ws if self.session else None
        placement_id = self.placement.currentData()
        self.jd = draft.get_job_description(ws, placement_id) if ws and placement_id is not None else None
        self.draft = draft.list_sections(ws, self.jd.id) if self.jd else []
        self.all_revisions = revisions.list_revisions(ws, self.jd.id) if self.jd else []
        self.state = revisions.status(ws, self.jd.id) if self.jd else None
        chosen = self._selected_section_id()
        self.sections.blockSignals(True)
        self.sections.clear()
        for section in self.draft:
            item = QListWidgetItem(section.title, self.sections)
            item.setData(SECTION_ROLE, section.id)
            if section.id == chosen:
                self.sections.setCurrentItem(item)
        if self.sections.currentRow() < 0 and self.sections.count():
            self.sections.setCurrentRow(0)
        self.sections.blockSignals(False)
        self.revisions_model.set_revisions(self.all_revisions)
        self.start_button.setVisible(self.jd is None)
        self._show_section()
        self._show_status()
        self.update_actions()

    def _show_section(self) -> None:
        """The chosen section in the editor: loaded when another section is chosen or it changed elsewhere; what
        is being typed stays (a save refused as stale shows both texts)."""
        section = self._selected_section()
        shown = self.editor.section
        if not self._saving_text:
            same = shown is not None and section is not None and shown.id == section.id
            if not same or (not self.editor.dirty and shown.version != section.version):  # type: ignore[union-attr]
                self.editor.load(section, template.hint(section.key, current_lang()) if section else "",
                                 not self._writable())
            elif section is not None:
                self.editor.title.setText(section.title)
        is_tasks = section is not None and section.kind == "tasks"
        self.tasks_box.setVisible(is_tasks)
        self.tasks_model.set_rows(section.tasks if is_tasks else [])  # type: ignore[union-attr]

    def _show_status(self) -> None:
        managers = [p.name for p in list_people(self.session.ws) if p.role == "unit_manager"] if self.session else []
        self.status.show_state(self.jd is not None, self.state, self.placement.currentText(), self._placement(),
                               managers)

    def retranslate(self) -> None:
        self.placement_label.setText(self.tr("P&lacement:"))
        self.sections_label.setText(self.tr("&Sections"))
        self.tasks_box.setTitle(self.tr("Task list (part of what is approved)"))
        self.tasks_view.setAccessibleName(self.tr("Task list"))
        self.revisions_box.setTitle(self.tr("Revisions"))
        self.revisions_view.setAccessibleName(self.tr("Revisions"))
        self.role.setAccessibleName(self.tr("The peer supporter's role"))
        self.role.setMarkdown(role_description(current_lang()))
        for model in (self.tasks_model, self.revisions_model):
            model.refresh()
        if self.session is not None:
            self._show_status()

    # -- selection --------------------------------------------------------------------------------------------

    def _placement(self) -> placements.Placement | None:
        placement_id = self.placement.currentData()
        if self.session is None or placement_id is None:
            return None
        return next((p for p in placements.list_placements(self.session.ws) if p.id == placement_id), None)

    def _selected_section_id(self) -> int | None:
        item = self.sections.currentItem()
        return item.data(SECTION_ROLE) if item else None

    def _selected_section(self) -> Section | None:
        wanted = self._selected_section_id()
        return next((s for s in self.draft if s.id == wanted), None)

    def _selected_task(self) -> Task | None:
        rows = self.tasks_view.selectionModel().selectedRows()
        wanted = rows[0].data(ID_ROLE) if rows else None
        return next((t for t in self.tasks_model.rows if t.id == wanted), None)

    def select_section(self, section_id: int) -> None:
        for row in range(self.sections.count()):
            if self.sections.item(row).data(SECTION_ROLE) == section_id:
                self.sections.setCurrentRow(row)

    def _placement_chosen(self) -> None:
        self.editor.flush()
        self.editor.load(None, "", True)
        self._load_placement()

    def _section_chosen(self) -> None:
        self.editor.flush()
        self._show_section()
        self.update_actions()

    def update_actions(self) -> None:
        writable = self._writable()
        a, s, jd = self.actions, self._selected_section(), self.jd
        latest = self.state.latest if self.state else None
        open_for_signing = latest is not None and not latest.approved_by_both
        tasks = s is not None and s.kind == "tasks"
        task = self._selected_task() is not None
        for action, enabled in [
            (a.start, jd is None and self.placement.currentData() is not None), (a.add_section, jd is not None),
            (a.rename_section, s is not None), (a.section_up, s is not None), (a.section_down, s is not None),
            (a.remove_section, s is not None), (a.add_task, tasks), (a.suggested_tasks, tasks),
            (a.edit_task, tasks and task), (a.task_up, tasks and task), (a.task_down, tasks and task),
            (a.remove_task, tasks and task), (a.save_revision, jd is not None),
            (a.approve, open_for_signing and bool(self.state and self.state.awaiting)),
            (a.withdraw, open_for_signing and any(not x.withdrawn for x in latest.approvals)),  # type: ignore[union-attr]
            (a.review_date, jd is not None), (a.template, True), (a.set_pin, True), (a.reset_pin, True),
        ]:
            action.setEnabled(writable and enabled)
        a.compare.setEnabled(bool(self.all_revisions))

    # -- writing ------------------------------------------------------------------------------------------

    def _save_text(self, section: Section, markdown: str) -> Section | None:
        """The editor's autosave. A draft changed underneath (StaleDraft) shows both texts to merge by hand."""
        if self.session is None:
            return None
        self._saving_text = True
        try:
            self.session.commit(op(draft.save_text, section_id=section.id, body=markdown,
                                   expected_version=section.version, base=section.body))
            return draft.get_section(self.session.ws, section.id)
        except draft.StaleDraft as stale:
            self._resolve(stale, section, markdown)
        except PeerDeskError as err:  # e.g. the workspace became read-only: the text stays on screen
            self.editor.state.setText("⚠ " + error_text(err))
        finally:
            self._saving_text = False
        return None

    def _resolve(self, stale: draft.StaleDraft, section: Section, markdown: str) -> None:
        from peerdesk.gui.jobdesc.dialogs import ConflictDialog

        dialog = ConflictDialog(self.window(), section.title, markdown, stale.theirs)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.session is None:
            return
        if dialog.choice == ConflictDialog.MINE:
            try:
                self.session.commit(op(draft.save_text, section_id=section.id, body=dialog.mine.toPlainText(),
                                       expected_version=stale.version, base=stale.theirs))
            except PeerDeskError as err:
                show_error(self, err)
                return
        stored = draft.get_section(self.session.ws, section.id)
        self.editor.load(stored, template.hint(stored.key, current_lang()), not self._writable())

    def _run(self, operation: Op) -> bool:
        self.editor.flush()  # typing not yet autosaved goes first: the edit works on the saved draft
        return self.run(operation)

    def _open(self, dialog: QDialog) -> None:
        """Window-modal, not blocking: the dialog saves by itself and the page reloads on `Session.changed`."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def start(self) -> None:
        placement_id = self.placement.currentData()
        if self.session and placement_id is not None:
            self._run(op(draft.start_job_description, placement_id=placement_id, lang=current_lang()))

    def _on_section(self, make: Callable[[Section], Op]) -> None:
        section = self._selected_section()
        if section is not None and self.session:
            self._run(make(section))

    def add_section(self) -> None:
        from peerdesk.gui.jobdesc.dialogs import TitleDialog

        if self.session and self.jd:
            jd_id = self.jd.id
            self.editor.flush()
            self._open(TitleDialog(self.session, self.window(), lambda: self.tr("Add section"), "",
                                   lambda title: op(draft.add_section, jd_id=jd_id, title=title)))

    def rename_section(self) -> None:
        from peerdesk.gui.jobdesc.dialogs import TitleDialog

        section = self._selected_section()
        if self.session and section:
            self.editor.flush()
            self._open(TitleDialog(self.session, self.window(), lambda: self.tr("Rename section"), section.title,
                                   lambda title: op(draft.rename_section, section_id=section.id, title=title)))

    def remove_section(self) -> None:
        section = self._selected_section()
        if section and self.session and self._run(op(draft.remove_section, section_id=section.id)):
            self.show_status(arg(self.tr("Removed the section “%1”. Undo with Ctrl+Z."), section.title))

    def _task_dialog(self, task: Task | None) -> None:
        from peerdesk.gui.jobdesc.dialogs import TaskDialog

        section = self._selected_section()
        if self.session and section and section.kind == "tasks":
            self._open(TaskDialog(self.session, self.window(), section.id, task))

    def suggested_tasks(self) -> None:
        from peerdesk.gui.jobdesc.dialogs import SuggestionsDialog

        section = self._selected_section()
        if self.session and section and section.kind == "tasks":
            have = {t.key for t in section.tasks if t.key}
            self._open(SuggestionsDialog(self.session, self.window(), section.id, have))

    def _on_task(self, offset: int) -> None:
        """Move the selected task by `offset`, or remove it (0)."""
        section, task = self._selected_section(), self._selected_task()
        if not (self.session and section and task):
            return
        if offset:
            self._run(op(draft.move_task, section_id=section.id, task_id=task.id, offset=offset))
        else:
            self._run(op(draft.remove_task, section_id=section.id, task_id=task.id))

    def save_revision(self) -> None:
        """The draft is checked first (an identity number: its section is shown, with the message)."""
        from peerdesk.gui.jobdesc.dialogs import SaveRevisionDialog

        if not (self.session and self.jd):
            return
        self.editor.flush()
        try:
            revisions.checked_content(draft.list_sections(self.session.ws, self.jd.id))
        except InvalidInput as err:
            if err.field.startswith("section_"):
                self.select_section(int(err.field.removeprefix("section_")))
            show_error(self, err)
            return
        number = (self.all_revisions[-1].number if self.all_revisions else 0) + 1
        self._open(SaveRevisionDialog(self.session, self.window(), self.jd.id, number))

    def _approve(self, *, withdrawing: bool) -> None:
        from peerdesk.gui.jobdesc.dialogs import ApproveDialog

        latest = self.state.latest if self.state else None
        if self.session and self.jd and latest:
            self._open(ApproveDialog(self.session, self.window(), self.jd.id, latest, withdrawing=withdrawing))

    def compare(self) -> None:
        from peerdesk.gui.jobdesc.compare import DRAFT, CompareDialog

        if not (self.session and self.jd and self.all_revisions):
            return
        self.editor.flush()
        latest = self.all_revisions[-1].number
        agreed = self.state.agreed.number if self.state and self.state.agreed else None
        old: int | str = agreed or latest
        new: int | str = DRAFT if self.state and self.state.draft_changed else latest
        if old == new and latest > 1:
            old = latest - 1
        sections = draft.list_sections(self.session.ws, self.jd.id)
        dialog = CompareDialog(self.window(), self.all_revisions, sections, old, new)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def review_date(self) -> None:
        from peerdesk.gui.jobdesc.dialogs import ReviewDialog

        if self.session and self.jd:
            self._open(ReviewDialog(self.session, self.window(), self.jd))

    def edit_template(self) -> None:
        from peerdesk.gui.jobdesc.template_dialog import TemplateDialog

        if self.session:
            self._open(TemplateDialog(self.session, self.window()))

    def _pin_dialog(self, *, resetting: bool) -> None:
        from peerdesk.gui.jobdesc.dialogs import PinDialog

        if self.session:
            self._open(PinDialog(self.session, self.window(), resetting=resetting))
