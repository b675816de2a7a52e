"""The job description's menu, page and dialogs: every Alt+letter does one thing, in both languages."""

from __future__ import annotations

import pytest
from conftest import catalog_built
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QToolButton
from pytestqt.qtbot import QtBot
from test_gui_mnemonics import _clashes, _dialog_clashes, _key, _menu_clashes

from peerdesk.gui import jobdesc as jobdesc_feature
from peerdesk.gui.features import FEATURES
from peerdesk.gui.jobdesc.page import JobDescPage
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.translation import Translators

PAGE = FEATURES.index(jobdesc_feature.FEATURE)  # the page's place in the navigation list

pytestmark = pytest.mark.skipif(not catalog_built(), reason="the Swedish catalog (.qm) is not built: run make setup")


@pytest.fixture(params=["en", "sv"])
def lang(request: pytest.FixtureRequest, translators: Translators) -> str:
    translators.install(request.param)
    return request.param


def _page(window: MainWindow, lang: str) -> JobDescPage:
    window.set_language(lang)
    window.nav.setCurrentRow(PAGE)
    QApplication.processEvents()
    page = window.pages[PAGE]
    assert isinstance(page, JobDescPage)
    page.placement.setCurrentIndex(page.placement.findText("Jonas Öberg"))
    return page


def test_the_submenu_and_the_page(lang: str, window: MainWindow) -> None:
    page = _page(window, lang)
    assert not _menu_clashes(window.actions.edit_menu)  # the submenu is checked with the Edit menu
    for title in ("Arbetsuppgifter", "Syfte"):  # with and without the task list on screen
        page.select_section(next(s.id for s in page.draft if s.title == title))
        texts = [b.text() for b in page.findChildren(QToolButton) if b.isVisibleTo(page) and b.text() not in
                 ("B", "I", "•")]
        texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None and w.isVisibleTo(page)]
        assert texts and all(_key(t) for t in texts), texts
        menus = [a.text() for a in window.menuBar().actions()]
        assert not _clashes(texts + menus), _clashes(texts + menus)


def test_the_dialogs(qtbot: QtBot, lang: str, window: MainWindow) -> None:
    page = _page(window, lang)
    page.select_section(next(s.id for s in page.draft if s.title == "Arbetsuppgifter"))
    page.tasks_view.selectRow(0)
    a = page.actions
    clashes = []
    for action in (a.add_section, a.rename_section, a.add_task, a.edit_task, a.suggested_tasks, a.save_revision,
                   a.approve, a.review_date, a.template, a.set_pin, a.reset_pin, a.compare):
        before = set(window.findChildren(QDialog))
        action.trigger()
        QApplication.processEvents()
        made = [d for d in window.findChildren(QDialog) if d not in before and d.isVisible()]
        assert made, action.text()
        clashes += _dialog_clashes(made[0])
        made[0].close()
        QApplication.processEvents()
    assert not clashes
