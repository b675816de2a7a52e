"""Baseline: a bare PySide6 main window with a table view, shown and closed as `peerdesk --smoke` does."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableView())
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
