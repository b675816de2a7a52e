"""Comparing two versions (revisions or the draft): per section, removals struck through and marked −, additions
underlined and marked +, unchanged sections collapsed to one line. Never colour alone."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.translation import Retranslating, arg, current_lang
from peerdesk.jobdesc import diff
from peerdesk.jobdesc.content import Section, activity_label
from peerdesk.jobdesc.revisions import Revision

DEL = "<s style='color:#8b0000; background:#ffe4e4'>[−{}]</s>"
INS = "<u style='color:#004d00; background:#e2f5e2'><b>[+{}]</b></u>"
DRAFT = "draft"
_LIST_ITEM = re.compile(r"[-*+]\s+")


def pieces_html(pieces: Sequence[diff.Piece]) -> str:
    """A paragraph's pieces; a Markdown list item shows as a bullet."""
    out = []
    if pieces and (bullet := _LIST_ITEM.match(pieces[0].text)):
        out.append("• ")
        pieces = [diff.Piece(pieces[0].op, pieces[0].text[bullet.end():]), *pieces[1:]]
    for p in pieces:
        shown = html.escape(p.text)
        out.append(shown if p.op == "=" else (DEL if p.op == "-" else INS).format(shown))
    return "".join(out)


class CompareDialog(Retranslating, QDialog):
    """Two versions chosen from the revisions and the draft; the comparison is redrawn when either changes."""

    def __init__(self, parent: QWidget, all_revisions: Sequence[Revision], draft: Sequence[Section],
                 old: int | str, new: int | str) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.versions: dict[int | str, Sequence[Section]] = {r.number: r.sections for r in all_revisions}
        self.versions[DRAFT] = draft
        self.old_label, self.new_label = QLabel(self), QLabel(self)
        self.old, self.new = QComboBox(self, objectName="old"), QComboBox(self, objectName="new")
        self.old_label.setBuddy(self.old)
        self.new_label.setBuddy(self.new)
        self.unchanged = QCheckBox(self, objectName="show_unchanged")
        self.view = QTextBrowser(self, objectName="comparison")
        self.view.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for widget in (self.old_label, self.old, self.new_label, self.new, self.unchanged):
            row.addWidget(widget)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self._fill()
        for combo, chosen in ((self.old, old), (self.new, new)):
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.currentIndexChanged.connect(self.show_comparison)
        self.unchanged.toggled.connect(self.show_comparison)
        self.retranslate()

    def _name(self, key: int | str) -> str:
        return self.tr("Draft") if key == DRAFT else arg(self.tr("Revision %1"), key)

    def _fill(self) -> None:
        for combo in (self.old, self.new):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for key in self.versions:
                combo.addItem(self._name(key), key)
            if chosen is not None:
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def show_comparison(self) -> None:
        old, new = self.old.currentData(), self.new.currentData()
        if old is None or new is None:
            return
        changes = diff.compare(self.versions[old], self.versions[new])
        self.view.setHtml(self.render(changes, self._name(old), self._name(new)))

    def render(self, changes: Sequence[diff.SectionChange], old_name: str, new_name: str) -> str:
        legend = self.tr("Removed text is struck through and marked −, added text underlined and marked +.")
        heading = arg(self.tr("From %1 to %2."), old_name, new_name)
        parts = [f"<p>{html.escape(heading)} {html.escape(legend)}</p>"]
        same = [c for c in changes if c.status == "same" and not c.moved]
        for c in changes:
            if c in same and not self.unchanged.isChecked():
                continue
            parts.append(f"<h3>{html.escape(c.title)} <small>{html.escape(self._marks(c))}</small></h3>")
            if c.renamed:
                parts.append("<p>" + pieces_html(diff.words(c.old.title, c.new.title)) + "</p>")  # type: ignore[union-attr]
            for block in c.blocks:
                if block.status == "same" and c.status != "same":
                    parts.append(f"<p style='color:#555'>{pieces_html(block.pieces)}</p>")
                elif block.status == "same":
                    parts.append(f"<p>{pieces_html(block.pieces)}</p>")
                else:
                    mark = {"added": "+ ", "removed": "− ", "changed": "± "}[block.status]
                    parts.append(f"<p><b>{mark}</b>{pieces_html(block.pieces)}</p>")
            if c.tasks:
                parts.append("<ul>" + "".join(self._task(t) for t in c.tasks) + "</ul>")
        if same and not self.unchanged.isChecked():
            titles = ", ".join(c.title for c in same)
            parts.append("<p><i>" + html.escape(arg(self.tr("Unchanged (%1): %2."), len(same), titles)) + "</i></p>")
        return "".join(parts)

    def _marks(self, c: diff.SectionChange) -> str:
        marks = {"added": [self.tr("+ added section")], "removed": [self.tr("− removed section")],
                 "changed": [self.tr("± changed")], "same": [self.tr("unchanged")]}[c.status]
        if c.moved:
            marks.append(self.tr("moved"))
        if c.renamed:
            marks.append(arg(self.tr("renamed from “%1”"), c.old.title))  # type: ignore[union-attr]
        return "(" + ", ".join(marks) + ")"

    def _task(self, t: diff.TaskChange) -> str:
        mark = {"added": self.tr("+ added task: "), "removed": self.tr("− removed task: "),
                "changed": self.tr("± changed task: "), "same": ""}[t.status]
        shown = (t.new or t.old)
        types = ", ".join(activity_label(k, current_lang()) for k in shown.activity_types)  # type: ignore[union-attr]
        if t.status == "changed" and t.old and t.new and t.old.activity_types != t.new.activity_types:
            before = ", ".join(activity_label(k, current_lang()) for k in t.old.activity_types) or "–"
            types = f"{DEL.format(html.escape(before))} {INS.format(html.escape(types or '–'))}"
        else:
            types = html.escape(types)
        return f"<li><b>{html.escape(mark)}</b>{pieces_html(t.pieces)} <small>({types})</small></li>"

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare versions of the job description"))
        self.old_label.setText(self.tr("&From:"))
        self.new_label.setText(self.tr("&To:"))
        self.unchanged.setText(self.tr("Show &unchanged sections"))
        self._fill()
        self.show_comparison()
