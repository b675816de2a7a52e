"""The workspace's statements for the next survey round: reworded, added, removed and reordered by the unit.

Built-in statements keep their stable key and show in the reader's language until the unit rewords them (`text`);
statements the unit adds have no key. Until the first edit the workspace has the built-in statements, written to the
file by that edit (with the ids they were shown with). A round copies these when it is created and keeps its copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from peerdesk import templates
from peerdesk.changes import Change, op, set_removed, touched, unchanged
from peerdesk.errors import InvalidInput, NotFound
from peerdesk.fields import short_text
from peerdesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from peerdesk.store import Workspace

TABLE = "survey_statements"
TOUCHED = touched(TABLE)
MAX_TEXT = 100  # easy-read: a statement is one short sentence
MOST = 10  # a statement more and the questionnaire no longer fits one page in large print

STATEMENT = QT_TRANSLATE_NOOP("Field", "Statement")
SEED = QT_TRANSLATE_NOOP("Edit", "Set up the survey statements")
ADD = QT_TRANSLATE_NOOP("Edit", "Add survey statement")
REWORD = QT_TRANSLATE_NOOP("Edit", "Reword survey statement")
MOVE = QT_TRANSLATE_NOOP("Edit", "Move survey statement")
REMOVE = QT_TRANSLATE_NOOP("Edit", "Remove survey statement")
GONE = QT_TRANSLATE_NOOP("Survey", "That statement no longer exists.")
TOO_MANY = QT_TRANSLATE_NOOP("Survey", "A questionnaire has at most {most} statements, so that it fits on one page.")


class Statement(NamedTuple):
    id: int
    key: str | None
    text: str  # the unit's own wording; "" = the built-in words in the reader's language
    position: int

    def wording(self, lang: str) -> str:
        return wording(self.key, self.text, lang)


def wording(key: str | None, text: str, lang: str) -> str:
    """A statement as the reader sees it: the unit's words, else the built-in ones in `lang`."""
    if text or not key:
        return text
    try:
        return templates.label("survey_statements", key, lang)
    except KeyError:  # a key a newer PeerDesk shipped: nothing better to show than the key
        return key


def _built_in_rows() -> list[Statement]:
    """The statements a workspace has until they are first edited: every built-in one, in file order."""
    return [Statement(n + 1, item.key, "", n) for n, item in enumerate(templates.load("survey_statements"))]


def _materialise(ws: Workspace) -> None:
    """Before the first edit: write the built-in statements shown so far, with the same ids."""
    if ws.value("SELECT count(*) FROM survey_statements"):
        return
    with ws.write(SEED) as db:
        db[TABLE].insert_all([{**s._asdict(), **ws.saved()} for s in _built_in_rows()])


def list_statements(ws: Workspace) -> list[Statement]:
    if not ws.value("SELECT count(*) FROM survey_statements"):
        return _built_in_rows()
    return ws.query(Statement, "SELECT id, key, text, position FROM survey_statements WHERE removed = 0 "
                               "ORDER BY position, id")


def _get(ws: Workspace, statement_id: int) -> Statement:
    found = next((s for s in list_statements(ws) if s.id == statement_id), None)
    if found is None:
        raise NotFound(GONE)
    _materialise(ws)
    return found


def add_statement(ws: Workspace, text: str) -> Change[int]:
    text = short_text(text, STATEMENT, "text", max_len=MAX_TEXT)
    current = list_statements(ws)
    if len(current) >= MOST:
        raise InvalidInput(TOO_MANY, field="text", most=MOST)
    _materialise(ws)
    with ws.write(ADD) as db:
        new_id = db[TABLE].insert({"key": None, "text": text, "position": 1 + max((s.position for s in current),
                                                                                   default=-1), **ws.saved()}).last_pk
    return Change(ADD, new_id, TOUCHED, op(set_removed, table=TABLE, ids=(new_id,), removed=True, label=REMOVE))


def reword_statement(ws: Workspace, statement_id: int, text: str, lang: str) -> Change[int]:
    """The unit's own words for a statement; typing back the built-in words (in `lang`) keeps it built-in."""
    text = short_text(text, STATEMENT, "text", max_len=MAX_TEXT)
    old = _get(ws, statement_id)
    if old.key and text == wording(old.key, "", lang):
        text = ""
    if text == old.text:
        return unchanged(REWORD, statement_id)
    return _set_text(ws, statement_id=statement_id, text=text)


def _set_text(ws: Workspace, *, statement_id: int, text: str) -> Change[int]:
    old = _get(ws, statement_id)
    with ws.write(REWORD) as db:
        db[TABLE].update(statement_id, {"text": text, **ws.saved()})
    return Change(REWORD, statement_id, TOUCHED, op(_set_text, statement_id=statement_id, text=old.text))


def remove_statement(ws: Workspace, statement_id: int) -> Change[tuple[int, ...]]:
    _get(ws, statement_id)
    return set_removed(ws, table=TABLE, ids=(statement_id,), removed=True, label=REMOVE)


def move_statement(ws: Workspace, statement_id: int, steps: int) -> Change[int]:
    """Move a statement up (steps < 0) or down the list; undo moves it back."""
    _get(ws, statement_id)
    order = [s.id for s in list_statements(ws)]
    at = order.index(statement_id)
    to = max(0, min(len(order) - 1, at + steps))
    if to == at:
        return unchanged(MOVE, statement_id)
    order.insert(to, order.pop(at))
    with ws.write(MOVE) as db:
        for position, sid in enumerate(order):
            db[TABLE].update(sid, {"position": position})
    return Change(MOVE, statement_id, TOUCHED, op(move_statement, statement_id=statement_id, steps=at - to))
