"""Printing a report: the very pages the preview shows (its QPdfDocument), rendered onto a QPrinter. A test prints
to a PDF file through the same function, since the system print dialog cannot be driven offscreen."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

RENDER_DPI = 200  # sharp on paper, and about 15 MB a page in memory while it is drawn


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the pages the printer's range asks for (all by default); returns how many were printed."""
    count = document.pageCount()
    first = max(printer.fromPage(), 1) if printer.fromPage() else 1
    last = min(printer.toPage(), count) if printer.toPage() else count
    painter = QPainter()
    if count == 0 or not painter.begin(printer):
        return 0
    printed = 0
    try:
        for index in range(first - 1, last):
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * RENDER_DPI / 72),
                                                 round(points.height() * RENDER_DPI / 72)))
            area = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            area.moveTo(0, 0)
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed
