"""A job description's content: its sections in order, each with its text (Markdown) and, for the task list, its
tasks. The same shape for the draft and for every revision; its hash is what an approval is bound to."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import NamedTuple

from peerdesk import templates

SECTION_MAX = 50_000  # characters of Markdown in one section: far beyond what a section needs, still fast


class Task(NamedTuple):
    id: str  # stable across revisions, so a comparison knows a task it has seen before
    text: str
    activity_types: tuple[str, ...] = ()  # keys of resources/templates/activity_types.json
    key: str | None = None  # the suggestion it was picked from, if any


class Section(NamedTuple):
    id: int  # the draft section's id, kept by every revision: moved or renamed sections are still recognised
    key: str | None  # the built-in section it was started from, if any
    title: str
    kind: str  # "text" or "tasks"
    body: str = ""  # Markdown, as Qt writes it
    tasks: tuple[Task, ...] = ()
    version: int = 0  # the draft's version counter (not part of the content)


def tasks_from_json(text: str) -> tuple[Task, ...]:
    return tuple(Task(t["id"], t["text"], tuple(t.get("activity_types", ())), t.get("key"))
                 for t in json.loads(text or "[]"))


def tasks_to_json(tasks: Sequence[Task]) -> str:
    return json.dumps([{"id": t.id, "text": t.text, "activity_types": list(t.activity_types), "key": t.key}
                       for t in tasks], ensure_ascii=False)


def _plain(sections: Sequence[Section]) -> list[dict[str, object]]:
    return [{"id": s.id, "key": s.key, "title": s.title, "kind": s.kind, "body": s.body,
             "tasks": [{"id": t.id, "text": t.text, "activity_types": list(t.activity_types), "key": t.key}
                       for t in s.tasks]} for s in sections]


def to_json(sections: Sequence[Section]) -> str:
    """The canonical form, stored with each revision and hashed."""
    return json.dumps(_plain(sections), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def from_json(text: str) -> tuple[Section, ...]:
    return tuple(Section(s["id"], s["key"], s["title"], s["kind"], s["body"],
                         tuple(Task(t["id"], t["text"], tuple(t["activity_types"]), t.get("key")) for t in s["tasks"]))
                 for s in json.loads(text))


def content_hash(sections: Sequence[Section]) -> str:
    """SHA-256 of the canonical content: equal exactly when every title, text and task is equal."""
    return hashlib.sha256(to_json(sections).encode("utf-8")).hexdigest()


def activity_label(key: str, lang: str) -> str:
    try:
        return templates.label("activity_types", key, lang)
    except KeyError:  # a type a newer PeerDesk knows: shown by its key
        return key


def task_line(task: Task, lang: str, covers: str) -> str:
    """A task as one Markdown list item; `covers` is the translated "covers: {types}" wording."""
    if not task.activity_types:
        return f"- {task.text}"
    types = ", ".join(activity_label(k, lang) for k in task.activity_types)
    return f"- {task.text} ({covers.format(types=types)})"


def to_markdown(sections: Sequence[Section], lang: str, covers: str = "{types}") -> str:
    """The content as one Markdown document: a level-2 heading per section, its text, then its tasks."""
    parts: list[str] = []
    for s in sections:
        parts.append(f"## {s.title}")
        if s.body.strip():
            parts.append(s.body.strip())
        if s.tasks:
            parts.append("\n".join(task_line(t, lang, covers) for t in s.tasks))
    return "\n\n".join(parts) + "\n"
