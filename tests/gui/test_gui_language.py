"""Switching language from the menu: every visible label changes at once, and nothing typed is lost."""

from __future__ import annotations

import pytest
from conftest import catalog_built
from keyboard import type_text
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.overview.dialogs import PersonDialog

pytestmark = pytest.mark.skipif(not catalog_built(), reason="the Swedish catalog (.qm) is not built: run make setup")


def test_switching_language_relabels_everything_and_keeps_the_input(qtbot: QtBot, window: MainWindow) -> None:
    window.actions.language["sv"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Översikt")  # LanguageChange events are posted
    window.feature_actions[0].add_person.trigger()
    dialog = window.findChild(PersonDialog)
    type_text(qtbot, dialog.name, "Märta Ödegård")
    page = window.pages[0]
    assert window.nav.item(0).text() == "Översikt"
    assert window.actions.file_menu.title() == "&Arkiv"
    assert window.feature_actions[0].add_person.text() == "&Lägg till person…"  # a feature's actions too
    assert page.people_box.title() == "Personer"
    assert dialog.form.findChild(QLabel, "name_label").text() == "&Namn:"
    assert dialog.windowTitle() == "Lägg till person"
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert cancel.text() == "Avbryt"  # Qt's own catalog too

    window.actions.language["en"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Overview")
    assert window.actions.file_menu.title() == "&File"
    assert window.feature_actions[0].add_person.text() == "&Add person…"
    assert page.people_box.title() == "People"
    assert page.people_model.rows and page.people_model.index(0, 1).data() in {
        "Staff representative", "Peer supporter", "Supervisor", "Unit manager"}
    assert dialog.form.findChild(QLabel, "name_label").text() == "&Name:"
    assert dialog.windowTitle() == "Add person"
    assert dialog.name.text() == "Märta Ödegård"
    assert cancel.text() == "Cancel"
    assert window.settings.get("language") == "en"
