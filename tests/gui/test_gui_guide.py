"""Help › User guide: the guide in the user's language, its sections, closing it, and following a language switch."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from peerdesk.gui import guide
from peerdesk.gui.guide import GuideDialog, show_guide
from peerdesk.gui.translation import Translators
from peerdesk.paths import resources_dir

GUIDES = resources_dir() / "guide"
EXPECTED = {
    "sv": ["Kom igång", "Vem är du?", "Översikten", "Förnyelsebeslut", "Introduktionschecklistan",
           "Personer och placeringar", "Lokal arbetsbeskrivning", "Aktivitetsloggen", "Vad brukarna säger",
           "Rapporter", "Ångra och gör om", "Byt språk", "Arbetsytans fil", "Säkerhetskopior och kontroll",
           "Vad som sparas – och vad som aldrig sparas"],
    "en": ["Getting started", "Who are you?", "The Overview", "Renewal decisions", "The introduction checklist",
           "People and placements", "The local job description", "The activity log", "What the users say", "Reports",
           "Undo and redo", "Switching language", "The workspace file", "Backups and checking",
           "What is stored – and what never is"],
}


def _sections(path: Path) -> list[str]:
    return re.findall(r"^## (.+)$", path.read_text(encoding="utf-8"), flags=re.MULTILINE)


def _headings(document: QTextDocument, level: int) -> list[str]:
    found, block = [], document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == level:
            found.append(block.text())
        block = block.next()
    return found


@pytest.fixture
def parent(qtbot: QtBot, translators: Translators) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_both_guides_exist_with_the_same_sections() -> None:
    sv, en = GUIDES / "guide_sv.md", GUIDES / "guide_en.md"
    assert sv.is_file() and en.is_file()
    assert len(_sections(sv)) == len(_sections(en)) == len(EXPECTED["sv"])
    assert _sections(sv) == EXPECTED["sv"]
    assert _sections(en) == EXPECTED["en"]


def test_swedish_guide_uses_the_house_terms() -> None:
    text = (GUIDES / "guide_sv.md").read_text(encoding="utf-8")
    assert "arbetsplats" not in text.lower()  # the physical workplace; the file is the "arbetsyta"
    for term in ["arbetsyta", "enhetschef", "peer supporter", "handledare", "placering", "förnyelsebeslut",
                 "säkerhetskopi", "brukare", "Ctrl+Z", "Ctrl+Shift+Z", "60 dagar", "⚠"]:
        assert term in text, term


@pytest.mark.parametrize(("lang", "phrase"), [("sv", "Användarguide för PeerDesk"), ("en", "PeerDesk user guide")])
def test_opens_in_the_chosen_language_with_its_sections(qtbot: QtBot, parent: QWidget, lang: str,
                                                        phrase: str) -> None:
    dialog = show_guide(parent, lang)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    document = dialog.browser.document()
    assert _headings(document, 1) == [phrase]  # rendered as Markdown, not shown as source
    assert _headings(document, 2) == EXPECTED[lang]
    other = "en" if lang == "sv" else "sv"
    assert EXPECTED[other][3] not in document.toPlainText()
    assert dialog.windowTitle()
    assert dialog.browser.accessibleName() and dialog.close_button.accessibleName()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform cannot raise a window
def test_escape_closes_it_and_show_guide_reuses_the_open_one(qtbot: QtBot, parent: QWidget) -> None:
    dialog = show_guide(parent, "en")
    qtbot.waitExposed(dialog)
    assert show_guide(parent, "en") is dialog
    assert len(parent.findChildren(GuideDialog)) == 1
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    again = show_guide(parent, "sv")
    assert again is dialog and again.isVisible()
    assert _headings(again.browser.document(), 1) == ["Användarguide för PeerDesk"]


def test_close_button_has_a_shortcut_and_closes(qtbot: QtBot, parent: QWidget) -> None:
    dialog = show_guide(parent, "en")
    qtbot.waitExposed(dialog)
    assert not QKeySequence.mnemonic(dialog.close_button.text()).isEmpty()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_default_size_fits_the_screen(qtbot: QtBot, parent: QWidget) -> None:
    width, height = guide.DEFAULT_SIZE
    assert width <= 1366 * 0.9 and height <= 768 * 0.85  # a 1366×768 laptop, less taskbar and frame
    dialog = show_guide(parent, "sv")
    qtbot.waitExposed(dialog)
    free = dialog.screen().availableGeometry()
    assert dialog.width() <= free.width() and dialog.height() <= free.height()


def test_follows_a_language_switch(qtbot: QtBot, parent: QWidget, translators: Translators) -> None:
    dialog = show_guide(parent, "en", lambda: translators.lang)
    qtbot.waitExposed(dialog)
    translators.install("sv")  # LanguageChange is posted to every window
    qtbot.waitUntil(lambda: dialog.lang == "sv")
    assert _headings(dialog.browser.document(), 2) == EXPECTED["sv"]
    translators.install("en")
    qtbot.waitUntil(lambda: dialog.lang == "en")
    assert _headings(dialog.browser.document(), 2) == EXPECTED["en"]
    assert dialog.close_button.text() == "&Close"


def test_follows_the_installed_language_without_a_callable(qtbot: QtBot, parent: QWidget,
                                                          translators: Translators) -> None:
    dialog = show_guide(parent, "en")
    qtbot.waitExposed(dialog)
    translators.install("sv")  # sets the default QLocale, which the dialog reads
    qtbot.waitUntil(lambda: dialog.lang == "sv")


def test_unknown_language_falls_back_to_english() -> None:
    assert guide.guide_path("fi").name == "guide_en.md"
    assert guide.guide_path("../x").name == "guide_en.md"
    assert guide.guide_path("sv").name == "guide_sv.md"
