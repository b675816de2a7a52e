"""Activity types: the built-in ones (resources/templates/activity_types.json, stable keys) and the unit's own.

A unit can reword a built-in type (its own wording then shows in every language), hide a type it does not use,
add its own, and delete its own types while no activity uses them. An untouched built-in type shows in the reader's
language. A type's flags: `text` (False: no theme or note, as for supervision), `visit` (an accompanied visit:
destination and whether it took place) and `circle` (a session of a study circle).
"""

from __future__ import annotations

from typing import NamedTuple

from peerdesk import templates
from peerdesk.changes import Change, op, touched, unchanged
from peerdesk.errors import InvalidInput, NotFound
from peerdesk.fields import short_text
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg
from peerdesk.query import Reader
from peerdesk.store import Workspace

TEMPLATE = "activity_types"
TYPES = touched("activity_types")
TYPE_NAME = QT_TRANSLATE_NOOP("Field", "Activity type")
ADD_TYPE = QT_TRANSLATE_NOOP("Edit", "Add activity type")
RENAME_TYPE = QT_TRANSLATE_NOOP("Edit", "Rename activity type")
HIDE_TYPE = QT_TRANSLATE_NOOP("Edit", "Hide activity type")
SHOW_TYPE = QT_TRANSLATE_NOOP("Edit", "Show activity type")
DELETE_TYPE = QT_TRANSLATE_NOOP("Edit", "Delete activity type")
MAX_LABEL = 80
SUPERVISION = ("supervision_group", "supervision_individual")


class ActivityType(NamedTuple):
    key: str
    labels: dict[str, str]  # built-in labels per language (empty for a unit's own type)
    own_label: str  # the unit's wording ('' : untouched)
    hidden: bool
    custom: bool
    text: bool = True
    visit: bool = False
    circle: bool = False

    def label(self, lang: str) -> str:
        if self.own_label:
            return self.own_label
        return self.labels.get(lang) or self.labels.get(templates.FALLBACK) or self.key

    def names(self) -> set[str]:
        """Every label this type answers to (an import may name it in either language), case-folded."""
        return {n.casefold() for n in (self.key, self.own_label, *self.labels.values()) if n}


class _Row(NamedTuple):
    key: str
    own_label: str
    hidden: bool
    custom: bool


def list_types(reader: Reader, *, include_hidden: bool = True) -> list[ActivityType]:
    """Built-in types in file order, then the unit's own in the order they were added."""
    rows = {r.key: r for r in reader.query(
        _Row, "SELECT key, own_label, hidden, custom FROM activity_types WHERE removed = 0 ORDER BY rowid")}
    found: list[ActivityType] = []
    for item in templates.load(TEMPLATE):
        row = rows.pop(item.key, None)
        found.append(ActivityType(item.key, dict(item.labels), row.own_label if row else "",
                                  bool(row and row.hidden), False, bool(item.extra.get("text", True)),
                                  bool(item.extra.get("visit", False)), bool(item.extra.get("circle", False))))
    found += [ActivityType(r.key, {}, r.own_label, r.hidden, True) for r in rows.values() if r.custom]
    return [t for t in found if include_hidden or not t.hidden]


def types_by_key(reader: Reader) -> dict[str, ActivityType]:
    return {t.key: t for t in list_types(reader)}


def get_type(reader: Reader, key: str) -> ActivityType:
    found = types_by_key(reader).get(key)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Activities", "That activity type no longer exists in this workspace."))
    return found


def _label(value: str) -> str:
    return short_text(value, TYPE_NAME, "type_label", max_len=MAX_LABEL)


def _check_unique(ws: Workspace, label: str, key: str | None) -> None:
    for t in list_types(ws):
        if t.key != key and label.casefold() in {t.label(lang).casefold() for lang in ("sv", "en")}:
            raise InvalidInput(QT_TRANSLATE_NOOP("Activities", "There is already an activity type called {name}."),
                               field="type_label", name=label)


def add_type(ws: Workspace, label: str) -> Change[str]:
    """A unit's own type (with theme and note, no visit or circle details)."""
    label = _label(label)
    _check_unique(ws, label, None)
    number = int(ws.value("SELECT count(*) FROM activity_types WHERE custom = 1") or 0) + 1
    while ws.value("SELECT 1 FROM activity_types WHERE key = ?", (f"own_{number}",)):
        number += 1
    key = f"own_{number}"
    with ws.write(ADD_TYPE) as db:
        db["activity_types"].insert({"key": key, "own_label": label, "custom": 1, **ws.saved()})
    return Change(ADD_TYPE, key, TYPES, op(_set_type_removed, key=key, removed=True))


def _set_type_removed(ws: Workspace, key: str, removed: bool) -> Change[None]:
    """Delete (or bring back) a unit's own type; refused while activities use it."""
    if removed and in_use(ws, key):
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Activities", "{name} is used by activities and cannot be deleted. Hide it instead: it then is no "
            "longer offered for new entries."), field="type", name=get_type(ws, key).own_label)
    with ws.write(DELETE_TYPE) as db:
        db.conn.execute("UPDATE activity_types SET removed = ?, saved_by = ?, saved_at = ? WHERE key = ?",
                        (int(removed), *ws.saved().values(), key))
    return Change(DELETE_TYPE, None, TYPES, op(_set_type_removed, key=key, removed=not removed))


def in_use(reader: Reader, key: str) -> bool:
    return bool(reader.value("SELECT 1 FROM activities WHERE type_key = ? LIMIT 1", (key,)))


def delete_type(ws: Workspace, key: str) -> Change[None]:
    """Delete one of the unit's own types that no activity uses (built-in types can only be hidden)."""
    found = get_type(ws, key)
    if not found.custom:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Activities", "Built-in activity types cannot be deleted: hide the ones your unit does not use."),
            field="type")
    return _set_type_removed(ws, key, True)


def _upsert(ws: Workspace, label_msg: Msg, key: str, values: dict[str, object]) -> None:
    with ws.write(label_msg) as db:
        db["activity_types"].upsert({"key": key, **values, **ws.saved()}, pk="key")


def rename_type(ws: Workspace, key: str, label: str) -> Change[None]:
    """The unit's own wording ('' or the built-in label in either language: back to the built-in labels)."""
    old = get_type(ws, key)
    label = short_text(label, TYPE_NAME, "type_label", max_len=MAX_LABEL, required=old.custom)
    if not old.custom and label in old.labels.values():
        label = ""
    if label == old.own_label:
        return unchanged(RENAME_TYPE)
    if label:
        _check_unique(ws, label, key)
    _upsert(ws, RENAME_TYPE, key, {"own_label": label, "hidden": int(old.hidden), "custom": int(old.custom)})
    return Change(RENAME_TYPE, None, TYPES, op(rename_type, key=key, label=old.own_label))


def hide_type(ws: Workspace, key: str, hidden: bool) -> Change[None]:
    """Hidden types are no longer offered for new entries; the entries that use them keep them."""
    old = get_type(ws, key)
    label = HIDE_TYPE if hidden else SHOW_TYPE
    if old.hidden == hidden:
        return unchanged(label)
    _upsert(ws, label, key, {"own_label": old.own_label, "hidden": int(hidden), "custom": int(old.custom)})
    return Change(label, None, TYPES, op(hide_type, key=key, hidden=not hidden))
