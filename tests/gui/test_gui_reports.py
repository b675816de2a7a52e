"""The Reports page: choosing a report shows only its choices, the preview (made in the background) shows the right
pages, and the same PDF is saved, printed (to a PDF file through QPrinter) and its table exported as CSV."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PySide6.QtCore import QDate
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from peerdesk.activities import log
from peerdesk.gui.features import FEATURES
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.reports import FEATURE
from peerdesk.gui.reports.page import ReportsPage
from peerdesk.gui.reports.printing import print_document
from peerdesk.reports import kinds

PAGE = FEATURES.index(FEATURE)


def _page(window: MainWindow, qtbot: QtBot, kind: str = "summary") -> ReportsPage:
    window.nav.setCurrentRow(PAGE)
    page = window.pages[PAGE]
    assert isinstance(page, ReportsPage)
    page.kind.setCurrentIndex(page.kind.findData(kind))
    _wait(page, qtbot)
    return page


def _wait(page: ReportsPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(page.is_current, timeout=20_000)


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def test_each_report_offers_only_its_choices(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window, qtbot)
    for kind in kinds.KINDS:
        page.kind.setCurrentIndex(page.kind.findData(kind))
        needs = __import__(kinds.KINDS[kind], fromlist=["NEEDS"]).NEEDS
        assert page.start.isVisibleTo(page) == ("period" in needs)
        assert page.person.isVisibleTo(page) == ("person" in needs)
        assert page.placement.isVisibleTo(page) == ("placement" in needs)
        assert page.circle.isVisibleTo(page) == ("circle" in needs)
        assert page.buttons[2].isVisibleTo(page) == (kind == "summary")
    for widget in (page.kind, page.period, page.start, page.end, page.person, page.placement, page.circle,
                   page.suppress, page.draft, page.view):
        assert widget.accessibleName()


def test_the_preview_follows_the_choice_and_is_what_is_saved(qtbot: QtBot, window: MainWindow,
                                                            tmp_path: Path) -> None:
    page = _page(window, qtbot)
    assert page.document.pageCount() == len(_pages(page.pdf)) >= 1
    page.period.setCurrentIndex(page.period.findData("custom"))
    page.start.setDate(QDate(2001, 1, 1))
    page.end.setDate(QDate(2001, 12, 31))
    _wait(page, qtbot)
    assert "No activities were logged in this period." in _pages(page.pdf)[0]
    page.kind.setCurrentIndex(page.kind.findData("checklist"))
    page.placement.setCurrentIndex(page.placement.findData("Sara Åkesson"))
    _wait(page, qtbot)
    texts = _pages(page.pdf)
    assert page.document.pageCount() == len(texts) and "Sara Åkesson" in texts[0]
    target = tmp_path / "checklist.pdf"
    page.save_pdf_to(target)
    assert target.read_bytes() == page.pdf


def test_printing_prints_the_previewed_pages(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = _page(window, qtbot, "attendance")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_document(page.document, printer) == page.document.pageCount()
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == page.document.pageCount()


def test_the_summary_table_exports_as_csv_for_excel(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = _page(window, qtbot)
    request = page.request()
    target = tmp_path / "summary.csv"
    page.export_csv_to(target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    lines = data.decode("utf-8-sig").splitlines()
    total = log.totals(window.session.ws, log.Filter(start=request.start, end=request.end))
    assert lines[0].split(";")[1] in ("Number", "Antal")
    assert lines[-1].split(";")[1] == str(total.activities)
    assert lines[-1].split(";")[3] == str(total.participants)


def test_closing_the_workspace_clears_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window, qtbot)
    window.close_session()
    assert not page.pdf and page.document.pageCount() == 0 and not page.actions.print.isEnabled()
