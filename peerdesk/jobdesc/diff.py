"""Comparing two versions of a job description, section by section, with Python's difflib.

Sections are matched by their stable id, so a moved or renamed section is recognised as itself. Within a changed
section the text is compared paragraph by paragraph (a list item counts as a paragraph) and changed paragraphs word
by word; tasks are matched by their id too.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from typing import NamedTuple

from peerdesk.jobdesc.content import Section, Task

_TOKEN = re.compile(r"\s+|[^\s]+")
_STARTS_BLOCK = re.compile(r"\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|>)")


class Piece(NamedTuple):
    op: str  # "=" unchanged, "-" removed, "+" added
    text: str


class Block(NamedTuple):
    status: str  # "same", "added", "removed", "changed"
    pieces: tuple[Piece, ...]


class TaskChange(NamedTuple):
    status: str  # "same", "added", "removed", "changed"
    old: Task | None
    new: Task | None
    pieces: tuple[Piece, ...] = ()  # the text word by word


class SectionChange(NamedTuple):
    status: str  # "same", "added", "removed", "changed"
    old: Section | None
    new: Section | None
    moved: bool = False
    blocks: tuple[Block, ...] = ()
    tasks: tuple[TaskChange, ...] = ()

    @property
    def title(self) -> str:
        return (self.new or self.old).title  # type: ignore[union-attr]

    @property
    def renamed(self) -> bool:
        return self.old is not None and self.new is not None and self.old.title != self.new.title


def paragraphs(markdown: str) -> list[str]:
    """The text's paragraphs: blank lines separate them, every list item or heading starts one, and lines Qt
    wrapped are joined again."""
    out: list[str] = []
    current: list[str] = []
    for line in markdown.split("\n"):
        if not line.strip() or _STARTS_BLOCK.match(line):
            if current:
                out.append(" ".join(current))
            current = [line.strip()] if line.strip() else []
        else:
            current.append(line.strip())
    if current:
        out.append(" ".join(current))
    return out


def words(old: str, new: str) -> tuple[Piece, ...]:
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces.append(Piece("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece("-", "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(Piece("+", "".join(b[j1:j2])))
    return tuple(pieces)


def _blocks(old: str, new: str) -> tuple[Block, ...]:
    a, b = paragraphs(old), paragraphs(new)
    out: list[Block] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out += [Block("same", (Piece("=", p),)) for p in a[i1:i2]]
            continue
        pairs = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        out += [Block("changed", words(a[i1 + k], b[j1 + k])) for k in range(pairs)]
        out += [Block("removed", (Piece("-", p),)) for p in a[i1 + pairs:i2]]
        out += [Block("added", (Piece("+", p),)) for p in b[j1 + pairs:j2]]
    return tuple(out)


def _tasks(old: Sequence[Task], new: Sequence[Task]) -> tuple[TaskChange, ...]:
    before = {t.id: t for t in old}
    after = {t.id for t in new}
    out: list[TaskChange] = []
    for t in new:
        was = before.get(t.id)
        if was is None:
            out.append(TaskChange("added", None, t, (Piece("+", t.text),)))
        elif (was.text, was.activity_types) == (t.text, t.activity_types):
            out.append(TaskChange("same", was, t, (Piece("=", t.text),)))
        else:
            out.append(TaskChange("changed", was, t, words(was.text, t.text)))
    out += [TaskChange("removed", t, None, (Piece("-", t.text),)) for t in old if t.id not in after]
    return tuple(out)


def compare(old: Sequence[Section], new: Sequence[Section]) -> list[SectionChange]:
    """Per section, in the newer order (a removed section where it stood): what changed between `old` and `new`."""
    before = {s.id: s for s in old}
    after = {s.id: s for s in new}
    common_old = [s.id for s in old if s.id in after]
    common_new = [s.id for s in new if s.id in before]
    kept = set()
    for block in difflib.SequenceMatcher(None, common_old, common_new, autojunk=False).get_matching_blocks():
        kept.update(common_old[block.a:block.a + block.size])
    changes: list[SectionChange] = []
    for s in new:
        was = before.get(s.id)
        if was is None:
            changes.append(SectionChange("added", None, s, blocks=_blocks("", s.body), tasks=_tasks((), s.tasks)))
            continue
        moved = s.id not in kept
        same = (was.title, was.body, was.tasks) == (s.title, s.body, s.tasks)
        changes.append(SectionChange("same" if same else "changed", was, s, moved,
                                     _blocks(was.body, s.body), _tasks(was.tasks, s.tasks)))
    for n, s in enumerate(old):
        if s.id in after:
            continue
        previous = next((p.id for p in reversed(old[:n]) if p.id in after), None)
        at = 0 if previous is None else next(i for i, c in enumerate(changes) if c.new and c.new.id == previous) + 1
        while at < len(changes) and changes[at].status == "removed":
            at += 1
        changes.insert(at, SectionChange("removed", s, None, blocks=_blocks(s.body, ""),
                                         tasks=_tasks(s.tasks, ())))
    return changes


def _lines(s: Section | None, task_prefix: str) -> list[str]:
    if s is None:
        return []
    return [*paragraphs(s.body), *(f"{task_prefix}{t.text} [{', '.join(t.activity_types)}]" for t in s.tasks)]


def unified(old: Sequence[Section], new: Sequence[Section], old_name: str, new_name: str,
            task_prefix: str = "[task] ") -> list[str]:
    """A unified diff per changed section (paragraphs and tasks as lines), headed by each side's name and the
    section's title there; moved-only sections say so in a one-line hunk of their own."""
    out: list[str] = []
    for change in compare(old, new):
        if change.status == "same" and not change.moved:
            continue
        a = f"{old_name}: {change.old.title}" if change.old else "/dev/null"
        b = f"{new_name}: {change.new.title}" if change.new else "/dev/null"
        lines = list(difflib.unified_diff(_lines(change.old, task_prefix), _lines(change.new, task_prefix),
                                          a, b, lineterm="", n=1))
        if not lines:
            lines = [f"--- {a}", f"+++ {b}"]
        out += lines
    return out
