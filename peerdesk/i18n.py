"""Translatable text for the Qt-free domain.

The domain never imports Qt, yet all its user-visible strings live in Qt Linguist's catalog. They are marked with
`QT_TRANSLATE_NOOP(context, text)`, which `pyside6-lupdate` extracts from any Python file, and are translated at the
edge (GUI, command line, report builders) by a `Translate` callable such as `QCoreApplication.translate`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    return text


class Msg(NamedTuple):
    """A source string and its catalog context, translated only when shown. `bound`: parameters given when it was
    made (`bind`), such as the title in a section's label; a Msg among the parameters is translated too."""

    context: str
    text: str
    bound: tuple[tuple[str, object], ...] = ()

    def bind(self, **params: object) -> Msg:
        return self._replace(bound=(*self.bound, *params.items()))

    def tr(self, translate: Translate = untranslated, **params: object) -> str:
        shown = {k: v.tr(translate) if isinstance(v, Msg) else v for k, v in (*self.bound, *params.items())}
        return translate(self.context, self.text).format(**shown)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Msg:  # noqa: N802 - the name lupdate looks for
    return Msg(context, text)
