"""Installing and swapping the translators, and translating the domain's messages at the edge."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from peerdesk import language
from peerdesk.errors import PeerDeskError
from peerdesk.i18n import Msg, Translate
from peerdesk.templates import TemplateItem


def current_lang() -> str:
    """The language shown now (Translators.install sets the default locale)."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def text(msg: Msg | TemplateItem, **params: object) -> str:
    """A domain message, or a built-in template item's label, in the language now installed."""
    if isinstance(msg, TemplateItem):
        return msg.label(current_lang())
    return msg.tr(QCoreApplication.translate, **params)


def error_text(err: PeerDeskError) -> str:
    return err.message(QCoreApplication.translate)


class Translators:
    """PeerDesk's catalog and Qt's own (for standard buttons), swapped together at run time.

    Installing a translator sends QEvent.LanguageChange to every widget, which is how open windows retranslate.
    """

    def __init__(self) -> None:
        self.lang = "en"
        self._installed: list[QTranslator] = []

    def remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []

    def install(self, lang: str) -> None:
        app = QCoreApplication.instance()
        self.remove()
        self.lang = lang
        QLocale.setDefault(QLocale(QLocale.Language.Swedish if lang == "sv" else QLocale.Language.English))
        own = language.catalog(lang)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{lang}", qt_folder)] if lang != "en" else []
        if own is not None and own.exists():  # missing while the catalog is not built yet: English then
            candidates.append((own.stem, str(own.parent)))
        for name, folder in candidates:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)


def command_line_translate(lang: str) -> Translate:
    """The command line speaks through the same catalog: translators installed on a bare QCoreApplication."""
    if QCoreApplication.instance() is None:
        QCoreApplication([])
    Translators().install(lang)
    return QCoreApplication.translate


def local_time(moment: dt.datetime | str) -> str:
    """A moment (aware, or an ISO text) as this computer's local date and time to the minute, e.g. 2026-11-23 14:05:
    how every date with a time is shown."""
    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def arg(template: str, *values: object) -> str:
    """Qt's QString.arg for PySide's plain str: %1, %2 … replaced in one pass (a value holding "%2" stays)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), template)


class Retranslating:
    """Mixin for widgets built in code (put it before the Qt class): `retranslate()` runs again whenever the
    language is switched, so every label changes while what the user typed stays."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
