"""One section's editor: paragraphs, bullet lists, bold and italic, stored as Markdown by Qt's own reader and writer.

The text is saved by itself a moment after typing pauses (and at the latest every few seconds while typing goes on,
when another section is chosen and when the workspace closes), through `saver`, which the page provides. Typing is
undone in the editor itself (Ctrl+Z while it has the focus). The privacy guard marks an identity number as soon as it
is typed; the draft is still saved, so nothing is lost.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextEdit, QToolButton, QVBoxLayout, QWidget

from peerdesk.errors import InvalidInput
from peerdesk.gui.forms import ERROR_STYLE
from peerdesk.gui.translation import Retranslating, arg, error_text
from peerdesk.jobdesc.content import Section
from peerdesk.jobdesc.draft import section_field, section_label
from peerdesk.privacy import check_free_text, find_identity_span

AUTOSAVE_MS = 1500  # after typing pauses this long
MAX_UNSAVED_S = 5.0  # while typing goes on, no longer than this
CHECK_MS = 250
Saver = Callable[[Section, str], "Section | None"]  # (section as loaded, Markdown) → as stored now; None: refused


class SectionEditor(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section: Section | None = None
        self.saver: Saver | None = None
        self._dirty_since: float | None = None
        self._saving = False
        self.title = QLabel(self, objectName="section_title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QTextEdit(self, objectName="section_text")
        self.text.setTabChangesFocus(True)  # Tab leaves the editor (no keyboard trap)
        self.bold = self._tool("B", self.toggle_bold, QKeySequence.StandardKey.Bold)
        self.italic = self._tool("I", self.toggle_italic, QKeySequence.StandardKey.Italic)
        self.bullets = self._tool("•", self.toggle_bullets, None)
        bold_font, italic_font = QFont(self.bold.font()), QFont(self.italic.font())
        bold_font.setBold(True)
        italic_font.setItalic(True)
        self.bold.setFont(bold_font)
        self.italic.setFont(italic_font)
        self.privacy = QLabel(self, objectName="privacy_mark", wordWrap=True)
        self.privacy.setStyleSheet(ERROR_STYLE)
        self.privacy.hide()
        self.state = QLabel(self, objectName="autosave_state")
        tools = QHBoxLayout()
        tools.addWidget(self.title, 1)
        for button in (self.bold, self.italic, self.bullets):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.privacy)
        layout.addWidget(self.state)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS, timeout=self.flush)
        self._check = QTimer(self, singleShot=True, interval=CHECK_MS, timeout=self.check_privacy)
        self.text.document().contentsChanged.connect(self._typed)
        self.retranslate()

    def _tool(self, label: str, slot: Callable[[], None], key: QKeySequence.StandardKey | None) -> QToolButton:
        button = QToolButton(self)
        button.setText(label)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the shortcuts do the same from the keyboard
        button.clicked.connect(slot)
        if key is not None:
            QShortcut(QKeySequence(key), self.text, slot, context=Qt.ShortcutContext.WidgetShortcut)
        return button

    # -- loading and saving ----------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty_since is not None

    def load(self, section: Section | None, hint: str, read_only: bool) -> None:
        """Show a section (None: nothing to write); what was typed before is saved first by the caller (flush)."""
        self._autosave.stop()
        self.section = section
        doc = self.text.document()
        doc.blockSignals(True)
        self.text.setMarkdown(section.body if section else "")
        doc.blockSignals(False)
        doc.clearUndoRedoStacks()  # Ctrl+Z undoes typing, never the loading of a section
        doc.setModified(False)
        self._dirty_since = None
        self.title.setText(section.title if section else "")
        self.text.setPlaceholderText(hint)
        self.set_read_only(read_only or section is None)
        self.state.clear()
        self.check_privacy()

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        for button in (self.bold, self.italic, self.bullets):
            button.setEnabled(not read_only)

    def markdown(self) -> str:
        return self.text.toMarkdown()

    def _typed(self) -> None:
        if self.section is None or self.text.isReadOnly():
            return
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        self._check.start()
        if now - self._dirty_since >= MAX_UNSAVED_S:
            self.flush()
        else:
            self._autosave.start()

    def flush(self) -> bool:
        """Save what was typed now; True when nothing is left unsaved."""
        self._autosave.stop()
        if self._dirty_since is None or self.section is None or self.saver is None or self._saving:
            return self._dirty_since is None
        self._saving = True
        try:
            stored = self.saver(self.section, self.markdown())
        finally:
            self._saving = False
        if stored is None:
            return False
        self._dirty_since = None
        self.section = stored
        self.state.setText(arg(self.tr("Saved %1"), time.strftime("%H:%M:%S")))
        return True

    # -- the privacy guard -----------------------------------------------------------------------------------

    def check_privacy(self) -> None:
        plain = self.text.toPlainText()
        span = find_identity_span(plain) if self.section else None
        if span is None:
            self.text.setExtraSelections([])
            self.privacy.hide()
            return
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(self.text.document())
        mark.cursor.setPosition(span[0])
        mark.cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor("#a00000"))
        fmt.setBackground(QColor("#ffe0e0"))
        mark.format = fmt
        self.text.setExtraSelections([mark])
        try:
            check_free_text(plain, section_label(self.section.title), section_field(self.section.id))
        except InvalidInput as err:
            self.privacy.setText("⚠ " + error_text(err) + " " + self.tr(
                "The draft is kept, but no revision can be saved until the number is removed."))
        self.privacy.show()

    # -- formatting ------------------------------------------------------------------------------------------

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.text.fontWeight() < QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.text.mergeCurrentCharFormat(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.text.fontItalic())
        self.text.mergeCurrentCharFormat(fmt)

    def toggle_bullets(self) -> None:
        cursor = self.text.textCursor()
        current = cursor.currentList()
        if current is not None:
            block = cursor.block()
            current.remove(block)
            fmt = block.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)

    def retranslate(self) -> None:
        self.text.setAccessibleName(self.tr("Section text"))
        self.privacy.setAccessibleName(self.tr("Privacy warning"))
        for button, tip in [(self.bold, self.tr("Bold (Ctrl+B)")), (self.italic, self.tr("Italic (Ctrl+I)")),
                            (self.bullets, self.tr("Bullet list"))]:
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.check_privacy()
