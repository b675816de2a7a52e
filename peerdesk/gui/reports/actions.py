"""The Reports page's actions, defined once: print, save as PDF, export the summary's table as CSV. They read the
workspace only, so they stay available in a read-only workspace; they are the page's buttons (Print also answers
to the standard shortcut while the page is shown)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from peerdesk.gui.page import MenuPlace, PageActions


class ReportsActions(PageActions):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.print = self.make(QKeySequence.StandardKey.Print, editing=False)
        self.save_pdf = self.make(editing=False)
        self.export_csv = self.make(editing=False)

    def menus(self) -> list[MenuPlace]:
        return []

    def retranslate(self) -> None:
        for action, label, tip in [
            (self.print, self.tr("&Print…"), self.tr("Print the report shown")),
            (self.save_pdf, self.tr("Save as P&DF…"), self.tr("Save the report shown as a PDF file")),
            (self.export_csv, self.tr("E&xport table as CSV…"),
             self.tr("Save the activity summary's table by type as a CSV file for Excel")),
        ]:
            action.setText(label)
            action.setStatusTip(tip)
            action.setToolTip(tip)
