"""The first-run wizard: explore the demo, or create the unit's own workspace by answering a few questions.

Each page checks its own fields with the domain's rules (`setup_unit.check_unit`, `check_people`,
`check_placement`) before Next proceeds; the last page creates the workspace in one go
(`setup_unit.create_unit_workspace`). Errors show under the field concerned, go away as soon as the field is
corrected, and nothing typed is lost: closing the wizard asks first once anything has been typed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from peerdesk import demo, paths
from peerdesk.errors import InvalidInput, PeerDeskError
from peerdesk.gui.forms import (
    PLANNED_END_DATE,
    START_DATE,
    FieldErrors,
    Suggestion,
    child,
    fill_choices,
    load_form,
    read_date,
    retranslate_choices,
)
from peerdesk.gui.translation import Retranslating, arg, error_text
from peerdesk.people import UNIT_KINDS
from peerdesk.placements import default_end_date
from peerdesk.setup_unit import (
    UnitSetup,
    check_people,
    check_placement,
    check_unit,
    create_unit_workspace,
    list_field,
)
from peerdesk.store import Workspace

CHOICE, UNIT, PEOPLE, PLACEMENT, DEMO = range(5)


class ChoicePage(Retranslating, QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.intro = QLabel(self, wordWrap=True)  # in the body, not the subtitle: a wizard's subtitle does not grow
        self.create = QRadioButton(self, checked=True, objectName="create")
        self.create_help = QLabel(self, wordWrap=True)
        self.demo = QRadioButton(self, objectName="demo")
        self.demo_help = QLabel(self, wordWrap=True)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.create, self.create_help, self.demo, self.demo_help):
            layout.addWidget(widget)
        self.intro.setContentsMargins(0, 0, 0, 12)
        for help_label in (self.create_help, self.demo_help):
            help_label.setContentsMargins(24, 0, 0, 12)  # under its radio button's text
        layout.addStretch()
        self.retranslate()

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return DEMO if self.demo.isChecked() else UNIT

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to PeerDesk"))
        self.setSubTitle(self.tr("Choose how to start."))
        self.intro.setText(self.tr("PeerDesk keeps a unit's peer support placement in order: who takes part, the "
                                   "dates and renewal decisions, and later the introduction, the job description "
                                   "and the activity log."))
        self.create.setText(self.tr("&Create our unit's workspace"))
        self.create_help.setText(self.tr("Answer a few questions about the unit, the people and the placement. "
                                         "Everything can be changed later."))
        self.demo.setText(self.tr("Explore a &demo workspace"))
        self.demo_help.setText(self.tr("A made-up meeting place with two peer supporters, kept in its own file: "
                                       "your own data is never mixed with it."))


class DemoPage(Retranslating, QWizardPage):
    """The last page on the demo path: says where the demo lives, and Finish writes (or reopens) it."""

    def __init__(self) -> None:
        super().__init__()
        self.where = QLabel(self, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addStretch()
        self.retranslate()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self.wizard().choose_demo()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The demo workspace"))
        self.setSubTitle(self.tr("Try everything freely: the demo is a separate file."))
        self.where.setText(arg(self.tr("Press Finish to open the demo. It is kept in %1; your unit's own "
                                       "workspace can be created later with File › New workspace…"),
                               paths.demo_workspace()))


class FormPage(Retranslating, QWizardPage):
    """A page around a Designer form; `check` raises the domain's InvalidInput for a wrong field.

    Next runs `check` and shows its error under the field; any edit on the page checks again, and the error goes
    away once its field (or whatever made it wrong) is corrected. Errors are never added while the user types.
    """

    def __init__(self, form_name: str) -> None:
        super().__init__()
        self.form = load_form(form_name, self)
        general = QLabel(self)
        self.errors = FieldErrors(self.form, general)
        self.error_field: str | None = None  # the field of the error on screen ("" for one under the form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(general)
        layout.addStretch()

    def watch_edits(self) -> None:
        """Call at the end of a subclass's __init__, after its own reactions to edits (they run first)."""
        for edit in self.form.findChildren(QLineEdit):
            edit.textEdited.connect(self._edited)
        for combo in self.form.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._edited)

    def line(self, name: str) -> QLineEdit:
        return child(self.form, QLineEdit, name)

    def owns(self, field: str) -> bool:
        return self.form.findChild(QWidget, field) is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.clear_error()
        try:
            self.check()
        except PeerDeskError as err:
            self.show_error(err)
            return False
        return True

    def show_error(self, err: PeerDeskError) -> None:
        self.errors.show(err)
        self.error_field = err.field if isinstance(err, InvalidInput) else ""

    def clear_error(self) -> None:
        self.errors.clear()
        self.error_field = None

    def _edited(self) -> None:
        if self.error_field is None:
            return
        try:
            self.check()
        except InvalidInput as err:
            if err.field == self.error_field:
                return  # still wrong: the message stays until it is corrected
        except PeerDeskError:
            pass
        self.clear_error()

    def check(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError


class UnitPage(FormPage):
    def __init__(self) -> None:
        super().__init__("unit_form")
        self.kind = child(self.form, QComboBox, "unit_kind")
        fill_choices(self.kind, UNIT_KINDS)
        self.watch_edits()
        self.retranslate()

    def check(self) -> None:
        check_unit(self.line("unit_name").text(), self.kind.currentData())

    def retranslate(self) -> None:
        self.setTitle(self.tr("The unit"))
        self.setSubTitle(self.tr("The unit that hosts the peer supporter."))
        retranslate_choices(self.kind, UNIT_KINDS)


class PeoplePage(FormPage):
    def __init__(self) -> None:
        super().__init__("setup_people")
        self.watch_edits()
        self.retranslate()

    def _list(self, name: str) -> list[str]:
        """The names typed in the fields of a list (`peer_supporters`, `peer_supporters_2`…), in order."""
        names: list[str] = []
        while (edit := self.form.findChild(QLineEdit, list_field(name, len(names)))) is not None:
            names.append(edit.text())
        return names

    def supporters(self) -> list[str]:
        return self._list("peer_supporters")

    def staff(self) -> list[str]:
        return self._list("staff")

    def check(self) -> None:
        check_people(manager=self.line("manager").text(), peer_supporters=self.supporters(),
                     supervisor=self.line("supervisor").text(), staff_representatives=self.staff(),
                     employer=self.line("employer").text())

    def retranslate(self) -> None:
        self.setTitle(self.tr("The people"))
        self.setSubTitle(self.tr("Who runs the unit, who is the peer supporter, and who employs and supervises "
                                 "them. A staff representative helps write the job description."))


class PlacementPage(FormPage):
    def __init__(self) -> None:
        super().__init__("setup_placement")
        today = dt.date.today()
        self.line("start_date").setText(today.isoformat())
        self._end = Suggestion(self.line("planned_end_date"), default_end_date(today).isoformat())
        self.line("start_date").textEdited.connect(self._start_edited)
        self.watch_edits()
        self.retranslate()

    def _start_edited(self, start: str) -> None:
        """Keep suggesting 'one year after the start' until the user types an end date of their own."""
        try:
            self._end.follow(default_end_date(dt.date.fromisoformat(start.strip())).isoformat())
        except ValueError:
            return  # not a whole date yet

    def dates(self) -> tuple[dt.date, dt.date]:
        return (read_date(self.form, "start_date", START_DATE),
                read_date(self.form, "planned_end_date", PLANNED_END_DATE))

    def check(self) -> None:
        check_placement(*self.dates())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return super().validatePage() and self.wizard().create_workspace()

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return -1  # the last page of the unit's own path (the demo page comes after it by number only)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The placement"))
        self.setSubTitle(self.tr("When the peer supporter starts, and when the funding runs out unless it is "
                                 "renewed."))


class SetupWizard(Retranslating, QWizard):
    """After `exec()` is accepted, `workspace` is the open new (or demo) workspace; `existing` names a demo file
    that was already there and must be opened the usual way."""

    def __init__(self, target: Path, *, offer_demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.workspace: Workspace | None = None
        self.existing: Path | None = None
        if offer_demo:
            self.setPage(CHOICE, ChoicePage())
            self.setPage(DEMO, DemoPage())
        self.unit, self.people, self.placement = UnitPage(), PeoplePage(), PlacementPage()
        for page_id, page in ((UNIT, self.unit), (PEOPLE, self.people), (PLACEMENT, self.placement)):
            self.setPage(page_id, page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setMinimumSize(640, 480)
        self._untouched = self.entered()
        self.retranslate()

    def entered(self) -> tuple[object, ...]:
        """Everything typed or chosen on the unit's pages."""
        pages = (self.unit, self.people, self.placement)
        return (self.unit.kind.currentIndex(), *(e.text() for p in pages for e in p.form.findChildren(QLineEdit)))

    def reject(self) -> None:
        """Escape, Cancel and the window's close button: with anything typed, ask before throwing it away."""
        if self.entered() != self._untouched and not self._discard_confirmed():
            return
        super().reject()

    def _discard_confirmed(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr("Discard what you have entered?"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr("The workspace has not been created yet."))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def choose_demo(self) -> bool:
        path = paths.demo_workspace()
        if path.exists():
            self.existing = path
            return True
        try:
            self.workspace = demo.write_demo(path)
        except PeerDeskError as err:
            self.page(DEMO).setSubTitle("⚠ " + error_text(err))
            return False
        return True

    def create_workspace(self) -> bool:
        """Create the unit's workspace from every page; an error on an earlier page sends the user back to it."""
        start, end = self.placement.dates()
        setup = UnitSetup(
            unit_name=self.unit.line("unit_name").text(), unit_kind=self.unit.kind.currentData(),
            manager=self.people.line("manager").text(), peer_supporters=self.people.supporters(),
            employer=self.people.line("employer").text(), supervisor=self.people.line("supervisor").text(),
            start_date=start, planned_end_date=end, staff_representatives=self.people.staff())
        try:
            self.workspace = create_unit_workspace(self.target, setup, actor=" ".join(setup.manager.split()))
        except PeerDeskError as err:
            field = err.field if isinstance(err, InvalidInput) else ""
            owner = next((p for p in (self.unit, self.people) if field and p.owns(field)), self.placement)
            while self.currentPage() is not owner:
                self.back()
            owner.show_error(err)
            return False
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PeerDesk – set up"))

