"""The job description page: typing (autosaved), revisions, sign-off, comparison, undo, privacy, stale drafts."""

from __future__ import annotations

from keyboard import answer_modal, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk.gui import jobdesc as jobdesc_feature
from peerdesk.gui.features import FEATURES
from peerdesk.gui.jobdesc.compare import CompareDialog
from peerdesk.gui.jobdesc.dialogs import ApproveDialog, ConflictDialog, SaveRevisionDialog
from peerdesk.gui.jobdesc.editor import SectionEditor
from peerdesk.gui.jobdesc.page import JobDescPage
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.jobdesc import draft, pins, revisions
from peerdesk.people import list_people

PAGE = FEATURES.index(jobdesc_feature.FEATURE)  # the page's place in the navigation list

CTRL = Qt.KeyboardModifier.ControlModifier


def _page(window: MainWindow, supporter: str = "Sara Åkesson") -> JobDescPage:
    window.nav.setCurrentRow(PAGE)
    page = window.pages[PAGE]
    assert isinstance(page, JobDescPage)
    page.placement.setCurrentIndex(page.placement.findText(supporter))
    return page


def _choose(page: JobDescPage, title: str) -> None:
    for row in range(page.sections.count()):
        if page.sections.item(row).text() == title:
            page.sections.setCurrentRow(row)
            return
    raise AssertionError(title)


def _ok(qtbot: QtBot, dialog: object) -> None:
    qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key.Key_Space)


def _person(window: MainWindow, name: str) -> int:
    return next(p.id for p in list_people(window.session.ws) if p.name == name)


def test_the_page_says_what_is_agreed_what_changed_and_who_is_to_approve(window: MainWindow) -> None:
    page = _page(window, "Jonas Öberg")
    shown = page.status.text()
    assert "Agreed version: revision 2" in shown
    assert "Revision 3 awaits approval by Jonas Öberg (peer supporter)." in shown
    assert "The draft changes, since the agreed version: Vilka brukare" in shown
    assert "Utrustning och arbetsmiljö" in shown  # what the draft changes since the agreed one
    assert "⚠ Next review" in shown  # six months after agreement has passed
    assert page.revisions_model.rowCount() == 3
    assert "peer supporter" in page.role.toPlainText()  # the general description beside the editor


def test_typing_swedish_is_autosaved_and_flushed_when_the_window_closes(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    _choose(page, "Syfte")
    page.editor.text.setFocus()
    page.editor.text.moveCursor(page.editor.text.textCursor().MoveOperation.End)
    type_text(qtbot, page.editor.text, " Även på helgerna: åäö.")
    assert page.editor.dirty
    qtbot.waitUntil(lambda: not page.editor.dirty, timeout=5000)  # saved by itself after a pause
    section = next(s for s in draft.list_sections(window.session.ws, page.jd.id) if s.title == "Syfte")
    assert section.body.endswith("Även på helgerna: åäö.") and section.version >= 2
    type_text(qtbot, page.editor.text, " Sista.")
    path = window.session.ws.path
    window.close()  # before the timer: saved on close
    from peerdesk.store import Workspace

    ws = Workspace.open(path, actor="x", read_only=True)
    try:
        assert draft.get_section(ws, section.id).body.endswith("åäö. Sista.")
    finally:
        ws.close()


def test_undo_a_section_edit_with_ctrl_z(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    before = [page.sections.item(i).text() for i in range(page.sections.count())]
    _choose(page, "Handledning")
    page.actions.section_up.trigger()
    after = [page.sections.item(i).text() for i in range(page.sections.count())]
    assert after.index("Handledning") == before.index("Handledning") - 1
    page.sections.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert [page.sections.item(i).text() for i in range(page.sections.count())] == before


def test_save_a_revision_approve_it_as_both_and_compare(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    ws = window.session.ws
    _choose(page, "Arbetstid och arbetsplats")
    page.editor.text.setFocus()
    type_text(qtbot, page.editor.text, "Tisdagar även kvällstid. ")
    page.actions.save_revision.trigger()  # typing is saved first
    dialog = window.findChild(SaveRevisionDialog)
    type_text(qtbot, dialog.summary, "Kvällstid på tisdagar")
    ticks = {t.text().split(" (")[0]: t for t in dialog.findChildren(QCheckBox)}
    ticks["Sara Åkesson"].setChecked(True)
    ticks["Ahmed Hassan"].setChecked(True)
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    two = revisions.get_revision(ws, page.jd.id, 2)
    assert two.sections[4].body.startswith("Tisdagar även kvällstid.")
    assert {p.name for p in two.people()} == {"Maria Lindqvist", "Sara Åkesson", "Ahmed Hassan"}
    assert window.actions.undo.text() != "Undo Save revision"  # saving a revision is no undo step

    page.actions.approve.trigger()
    dialog = window.findChild(ApproveDialog)
    assert dialog.person.currentText().startswith("Maria Lindqvist")  # the person acting
    _ok(qtbot, dialog)
    pins.set_pin(ws, _person(window, "Sara Åkesson"), "2580")
    page.refresh()
    page.actions.approve.trigger()
    dialog = next(d for d in window.findChildren(ApproveDialog) if d.isVisible())
    assert dialog.person.currentText().startswith("Sara Åkesson")
    assert dialog.pin.isVisibleTo(dialog)  # she has a PIN: it is asked for
    type_text(qtbot, dialog.pin, "1111")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "not the PIN" in dialog.errors._general.text() + "".join(
        label.text() for label in dialog.errors._labels.values())
    dialog.pin.clear()
    type_text(qtbot, dialog.pin, "2580")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert revisions.status(ws, page.jd.id).agreed.number == 2
    assert "Agreed version: revision 2" in page.status.text()

    page.actions.compare.trigger()
    compare = window.findChild(CompareDialog)
    compare.old.setCurrentIndex(compare.old.findData(1))
    compare.new.setCurrentIndex(compare.new.findData(2))
    shown = compare.view.toHtml()
    assert "Arbetstid och arbetsplats" in compare.view.toPlainText()
    assert "[+Tisdagar " in compare.view.toPlainText() or "[+Tisdagar" in compare.view.toPlainText()
    assert ("Unchanged (" in compare.view.toPlainText() and "line-through" in shown) or "<s" in shown
    compare.close()


def test_an_identity_number_is_marked_kept_and_blocks_the_revision(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    _choose(page, "Handledning")
    page.editor.text.setFocus()
    type_text(qtbot, page.editor.text, "Ring 19121212-1212 ")
    qtbot.waitUntil(lambda: page.editor.privacy.isVisible(), timeout=2000)
    assert "Handledning" in page.editor.privacy.text() and page.editor.text.extraSelections()
    _choose(page, "Syfte")  # the draft is saved anyway
    stored = next(s for s in draft.list_sections(window.session.ws, page.jd.id) if s.title == "Handledning")
    assert "19121212-1212" in stored.body
    said: list[str] = []
    seen = answer_modal(QMessageBox, lambda box: (said.append(box.text()), box.accept()))
    page.actions.save_revision.trigger()
    assert seen and "Handledning" in said[0]
    assert page.sections.currentItem().text() == "Handledning"  # the section is shown
    assert window.findChild(SaveRevisionDialog) is None


def test_a_draft_changed_underneath_shows_both_texts_to_merge(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    _choose(page, "Syfte")
    section = page.editor.section
    # Elsewhere (a backup restored, another computer): the same section changes without this editor knowing.
    draft.save_text(window.session.ws, section.id, "Deras text.", expected_version=section.version)
    page.editor.text.setFocus()
    type_text(qtbot, page.editor.text, "Min text. ")

    def merge(dialog: ConflictDialog) -> None:
        assert dialog.theirs.toPlainText() == "Deras text." and "Min text." in dialog.mine.toPlainText()
        dialog.mine.setPlainText("Min text. Deras text.")
        dialog.keep.click()

    seen = answer_modal(ConflictDialog, merge)
    page.editor.flush()
    assert seen
    assert draft.get_section(window.session.ws, section.id).body == "Min text. Deras text."
    assert page.editor.text.toPlainText() == "Min text. Deras text." and not page.editor.dirty


def test_read_only_shows_everything_and_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window, "Jonas Öberg")
    window.session.lose_lock(lambda: "taken over")
    QApplication.processEvents()
    assert page.editor.text.isReadOnly() and page.revisions_model.rowCount() == 3
    a = page.actions
    assert not any(x.isEnabled() for x in (a.save_revision, a.approve, a.add_section, a.add_task, a.start))
    assert a.compare.isEnabled()


def test_the_editor_writes_markdown_through_qt(qtbot: QtBot) -> None:
    editor = SectionEditor()
    qtbot.addWidget(editor)
    editor.text.setMarkdown("Vanlig text med **fetstil** och *kursiv*.\n\n- en punkt\n- två punkter\n")
    written = editor.markdown()
    assert "**fetstil**" in written and "*kursiv*" in written and "- en punkt" in written


def test_start_a_job_description_from_the_template_and_undo_it(qtbot: QtBot, window: MainWindow) -> None:
    import datetime as dt

    from peerdesk import people, placements
    from peerdesk.changes import op

    session = window.session
    lina = session.run(op(people.add_person, name="Lina Östlund", role="peer_supporter")).result
    session.run(op(placements.add_placement, peer_supporter_id=lina, employer="NSPH Väst", supervisor_id=None,
                   start_date=dt.date(2026, 12, 1), planned_end_date=dt.date(2027, 11, 30)))
    page = _page(window, "Lina Östlund")
    assert page.start_button.isVisible() and page.sections.count() == 0
    assert "has no job description yet" in page.status.text()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    titles = [page.sections.item(i).text() for i in range(page.sections.count())]
    assert titles[:3] == ["Purpose", "The users it serves", "Tasks"]  # in the language shown when it was started
    assert not page.start_button.isVisible()
    _choose(page, "Tasks")
    assert page.tasks_box.isVisible() and page.editor.text.placeholderText().startswith("What applies")
    page.sections.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert page.sections.count() == 0 and page.start_button.isVisible()


def test_the_models_pass_qts_model_tester(qtmodeltester: object, window: MainWindow) -> None:
    page = _page(window, "Jonas Öberg")
    _choose(page, "Arbetsuppgifter")
    assert page.tasks_model.rowCount() == 6 and page.revisions_model.rowCount() == 3
    qtmodeltester.check(page.tasks_model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.revisions_model)  # type: ignore[attr-defined]


def test_pick_suggested_tasks_then_undo(qtbot: QtBot, window: MainWindow) -> None:
    from peerdesk.gui.jobdesc.dialogs import SuggestionsDialog

    page = _page(window)
    _choose(page, "Arbetsuppgifter")
    before = page.tasks_model.rowCount()
    page.actions.suggested_tasks.trigger()
    dialog = window.findChild(SuggestionsDialog)
    greyed = [dialog.list.item(i) for i in range(dialog.list.count())
              if not dialog.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]
    assert len(greyed) == before  # the ones already in the list cannot be added twice
    wanted = next(dialog.list.item(i) for i in range(dialog.list.count())
                  if dialog.list.item(i).data(Qt.ItemDataRole.UserRole).key == "study_circles")
    wanted.setCheckState(Qt.CheckState.Checked)
    _ok(qtbot, dialog)
    assert page.tasks_model.rowCount() == before + 1
    assert page.tasks_model.rows[-1].activity_types == ("study_circle",)
    page.tasks_view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert page.tasks_model.rowCount() == before


def test_the_section_template_applies_to_job_descriptions_started_later(qtbot: QtBot, window: MainWindow) -> None:
    import datetime as dt

    from peerdesk import people, placements
    from peerdesk.changes import op
    from peerdesk.gui.jobdesc.dialogs import TitleDialog
    from peerdesk.gui.jobdesc.template_dialog import TemplateDialog

    page = _page(window)
    page.actions.template.trigger()
    dialog = window.findChild(TemplateDialog)
    assert dialog.list.item(0).text() == "Purpose"  # built-in: in the reader's language
    dialog.add.click()
    title = window.findChild(TitleDialog)
    type_text(qtbot, title.title, "Studiecirklar")
    _ok(qtbot, title)
    assert dialog.list.item(dialog.list.count() - 1).text() == "Studiecirklar"
    assert "Studiecirklar" not in [s.title for s in page.draft]  # Sara's job description keeps its sections
    dialog.close()
    session = window.session
    lina = session.run(op(people.add_person, name="Lina Östlund", role="peer_supporter")).result
    session.run(op(placements.add_placement, peer_supporter_id=lina, employer="NSPH Väst", supervisor_id=None,
                   start_date=dt.date(2026, 12, 1), planned_end_date=dt.date(2027, 11, 30)))
    page = _page(window, "Lina Östlund")
    page.actions.start.trigger()
    assert page.sections.item(page.sections.count() - 1).text() == "Studiecirklar"


def test_set_a_pin_in_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    from peerdesk.gui.jobdesc.dialogs import PinDialog

    page = _page(window)
    page.actions.set_pin.trigger()
    dialog = window.findChild(PinDialog)
    assert dialog.person.currentText() == "Maria Lindqvist"  # the person acting
    assert not dialog.form.findChild(QLineEdit, "old_pin").isVisibleTo(dialog)  # no PIN yet: none to ask for
    type_text(qtbot, dialog.form.findChild(QLineEdit, "new_pin"), "1357")
    _ok(qtbot, dialog)
    assert not dialog.isVisible() and pins.has_pin(window.session.ws, _person(window, "Maria Lindqvist"))
