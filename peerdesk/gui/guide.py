"""Help › User guide: a short guide in the user's language, shipped as Markdown in resources/guide, read offline.

The dialog is non-modal, so the guide can stay open beside the window. It follows a language switch: on
QEvent.LanguageChange it retranslates its own texts and reloads the guide in the language now installed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from peerdesk.gui.translation import Retranslating
from peerdesk.paths import resources_dir

log = logging.getLogger(__name__)

FALLBACK_LANG = "en"
DEFAULT_SIZE = (760, 640)  # fits a 1366×768 screen with room for the taskbar and the window frame
HEADING_SPACE = 12  # pixels above a section heading and around the text
_LANG_CODE = re.compile(r"[a-z]{2,3}")


def guide_path(lang: str) -> Path:
    """resources/guide/guide_<lang>.md, or the English guide when there is none for `lang`."""
    folder = resources_dir() / "guide"
    if _LANG_CODE.fullmatch(lang):
        wanted = folder / f"guide_{lang}.md"
        if wanted.is_file():
            return wanted
    return folder / f"guide_{FALLBACK_LANG}.md"


def installed_lang() -> str:
    """The UI language as Translators.install left it (it sets the default QLocale too)."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


class GuideDialog(Retranslating, QDialog):
    """The user guide as rendered Markdown (Qt's own), with a Close button; Escape closes it as well.

    `current_lang` returns the UI language after a switch (e.g. `lambda: translators.lang`); without it the
    language is read from the default QLocale, which the translators set.
    """

    def __init__(self, parent: QWidget | None, lang: str,
                 current_lang: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.lang = ""
        self._current_lang = current_lang or installed_lang
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # the guide has no links; nothing may leave the app
        self.browser.setObjectName("guideText")
        self.buttons = QDialogButtonBox(self)
        # A plain button, not the standard Close: the button box would reset a standard button's text (and its
        # Alt+C) on every language switch, after this dialog set it.
        self.close_button = QPushButton(self)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self._fit_default_size()
        self.set_lang(lang)
        self._translate_texts()

    def _fit_default_size(self) -> None:
        width, height = DEFAULT_SIZE
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, int(free.width() * 0.9)), min(height, int(free.height() * 0.85))
        self.resize(width, height)

    def set_lang(self, lang: str) -> None:
        """Show the guide in `lang` (English when there is no guide in that language); keeps the place when the
        language is unchanged."""
        if lang == self.lang:
            return
        self.lang = lang
        path = guide_path(lang)
        try:
            markdown = path.read_text(encoding="utf-8")
        except OSError:
            log.exception("The user guide %s could not be read", path)
            markdown = "# PeerDesk\n\n" + self.tr("The user guide could not be found in this installation.")
        self.browser.setMarkdown(markdown)
        self._space_headings()
        self.browser.verticalScrollBar().setValue(0)

    def _space_headings(self) -> None:
        """Room above each heading and around the text: Qt's Markdown sets headings close to what precedes them."""
        document = self.browser.document()
        document.setDocumentMargin(HEADING_SPACE)
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 1:
                cursor.setPosition(block.position())
                spaced = QTextBlockFormat()
                spaced.setTopMargin(HEADING_SPACE)
                cursor.mergeBlockFormat(spaced)
            block = block.next()

    def retranslate(self) -> None:
        """On a language switch: the dialog's own texts, and the guide in the language now installed."""
        self._translate_texts()
        self.set_lang(self._current_lang())

    def _translate_texts(self) -> None:
        self.setWindowTitle(self.tr("PeerDesk – user guide"))
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setAccessibleDescription(self.tr("How to use PeerDesk, section by section"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the user guide"))


def show_guide(parent: QWidget, lang: str, current_lang: Callable[[], str] | None = None) -> GuideDialog:
    """Open the user guide beside `parent` in `lang`, or bring the one already open to the front."""
    dialog = parent.findChild(GuideDialog)
    if dialog is None:
        dialog = GuideDialog(parent, lang, current_lang)
    else:
        dialog.set_lang(lang)
    if dialog.isVisible():
        dialog.raise_()  # already open, perhaps behind the main window: bring it to the front
    dialog.show()
    dialog.activateWindow()
    return dialog
