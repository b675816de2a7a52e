"""Survey rounds and their tallies: counts per answer, typed from the returned sheets; a sheet is never stored.

A round copies the workspace's statements when it is created and keeps that copy, so that its figures always go with
the words it was printed with. A statement's answers cannot add up to more than the sheets that came back: the
difference is "no answer".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

from peerdesk.changes import Change, op, set_removed, touched, unchanged
from peerdesk.errors import InvalidInput, NotFound
from peerdesk.fields import count, date, short_text
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.survey.statements import Statement, list_statements, wording

if TYPE_CHECKING:
    from peerdesk.store import Workspace

ROUNDS, TALLIES = "survey_rounds", "survey_round_statements"
TOUCHED = touched(ROUNDS, TALLIES)
ANSWERS = ("agree", "partly", "disagree", "dont_know")
ANSWER_WORDS = {"agree": QT_TRANSLATE_NOOP("Survey", "Agree"), "partly": QT_TRANSLATE_NOOP("Survey", "Partly"),
                "disagree": QT_TRANSLATE_NOOP("Survey", "Do not agree"),
                "dont_know": QT_TRANSLATE_NOOP("Survey", "Don't know")}
NO_ANSWER = QT_TRANSLATE_NOOP("Survey", "No answer")
MAX_SHEETS = 10_000

NAME = QT_TRANSLATE_NOOP("Field", "Name")
FIRST_DAY = QT_TRANSLATE_NOOP("Field", "First day")
LAST_DAY = QT_TRANSLATE_NOOP("Field", "Last day")
PLACE = QT_TRANSLATE_NOOP("Field", "Where the sheets were handed out")
HANDED_OUT = QT_TRANSLATE_NOOP("Field", "Handed out")
RETURNED = QT_TRANSLATE_NOOP("Field", "Came back")

ADD = QT_TRANSLATE_NOOP("Edit", "Add survey round")
EDIT = QT_TRANSLATE_NOOP("Edit", "Edit survey round")
REMOVE = QT_TRANSLATE_NOOP("Edit", "Remove survey round")
TALLY = QT_TRANSLATE_NOOP("Edit", "Enter survey tally")
GONE = QT_TRANSLATE_NOOP("Survey", "That survey round no longer exists in this workspace.")
UNKNOWN = QT_TRANSLATE_NOOP("Survey", "There is no survey round “{name}”. Rounds: {names}.")
TAKEN = QT_TRANSLATE_NOOP("Survey", "There is already a survey round called “{name}”.")
NO_STATEMENTS = QT_TRANSLATE_NOOP("Survey", "There are no statements to ask: add at least one first.")
BACKWARDS = QT_TRANSLATE_NOOP("Survey", "The round ends ({last}) before it starts ({first}).")
MORE_BACK = QT_TRANSLATE_NOOP("Survey", "More sheets came back ({returned}) than were handed out ({handed_out}).")
OVER = QT_TRANSLATE_NOOP(
    "Survey", "“{statement}”: the answers add up to {total}, but only {returned} sheets came back.")
BELOW_TALLY = QT_TRANSLATE_NOOP(
    "Survey", "“{statement}” already has {total} answers: more sheets than that must have come back.")


class Round(NamedTuple):
    id: int
    name: str
    first_day: dt.date
    last_day: dt.date
    place: str
    handed_out: int
    returned: int

    @property
    def weeks(self) -> str:
        """The weeks it ran, as the calendar says them ("v. 10–12" is written "10–12"; one week alone as "10")."""
        first, last = self.first_day.isocalendar().week, self.last_day.isocalendar().week
        return str(first) if first == last else f"{first}–{last}"


class RoundStatement(NamedTuple):
    id: int
    round_id: int
    key: str | None
    text: str
    position: int
    agree: int
    partly: int
    disagree: int
    dont_know: int

    def wording(self, lang: str) -> str:
        return wording(self.key, self.text, lang)

    @property
    def counts(self) -> tuple[int, ...]:
        return tuple(getattr(self, a) for a in ANSWERS)

    @property
    def answered(self) -> int:
        return sum(self.counts)


_ROUND = "SELECT id, name, first_day, last_day, place, handed_out, returned FROM survey_rounds"
_STATEMENTS = ("SELECT id, round_id, key, text, position, agree, partly, disagree, dont_know "
               "FROM survey_round_statements")


def list_rounds(ws: Workspace) -> list[Round]:
    """The rounds, the latest first (by their last day)."""
    return ws.query(Round, f"{_ROUND} WHERE removed = 0 ORDER BY last_day DESC, id DESC")


def get_round(ws: Workspace, round_id: int) -> Round:
    found = ws.one(Round, f"{_ROUND} WHERE id = ? AND removed = 0", (round_id,))
    if found is None:
        raise NotFound(GONE)
    return found


def find_round(ws: Workspace, name: str) -> Round:
    """A round by its exact name (the command line's --round)."""
    rounds = list_rounds(ws)
    for found in rounds:
        if found.name == name.strip():
            return found
    raise NotFound(UNKNOWN, name=name, names=", ".join(r.name for r in rounds) or "–")


def round_statements(ws: Workspace, round_id: int) -> list[RoundStatement]:
    return ws.query(RoundStatement, f"{_STATEMENTS} WHERE round_id = ? ORDER BY position, id", (round_id,))


def _statement(ws: Workspace, statement_id: int) -> RoundStatement:
    found = ws.one(RoundStatement, f"{_STATEMENTS} WHERE id = ?", (statement_id,))
    if found is None:
        raise NotFound(GONE)
    return found


def _values(ws: Workspace, name: str, first_day: dt.date | str, last_day: dt.date | str, place: str,
            handed_out: int | str, returned: int | str, round_id: int | None = None) -> dict[str, object]:
    name = short_text(name, NAME, "name")
    if any(r.name == name and r.id != round_id for r in list_rounds(ws)):
        raise InvalidInput(TAKEN, field="name", name=name)
    first = date(first_day, FIRST_DAY, "first_day", earliest=dt.date(2000, 1, 1))
    last = date(last_day, LAST_DAY, "last_day", earliest=dt.date(2000, 1, 1),
                latest=dt.date.today() + dt.timedelta(days=366))
    if last < first:
        raise InvalidInput(BACKWARDS, field="last_day", first=first.isoformat(), last=last.isoformat())
    out = count(handed_out, HANDED_OUT, "handed_out", maximum=MAX_SHEETS)
    back = count(returned, RETURNED, "returned", maximum=MAX_SHEETS)
    if back > out:
        raise InvalidInput(MORE_BACK, field="returned", returned=back, handed_out=out)
    return {"name": name, "first_day": first.isoformat(), "last_day": last.isoformat(),
            "place": short_text(place, PLACE, "place", required=False), "handed_out": out, "returned": back}


def add_round(ws: Workspace, *, name: str, first_day: dt.date | str, last_day: dt.date | str, place: str = "",
              handed_out: int | str = 0, returned: int | str = 0,
              statements: list[Statement] | None = None) -> Change[int]:
    """A new round with a copy of the workspace's statements (its tally all zero until typed)."""
    values = _values(ws, name, first_day, last_day, place, handed_out, returned)
    statements = list_statements(ws) if statements is None else statements
    if not statements:
        raise InvalidInput(NO_STATEMENTS, field="statements")
    saved = ws.saved()
    with ws.write(ADD) as db:
        round_id = db[ROUNDS].insert({**values, **saved}).last_pk
        db[TALLIES].insert_all([{"round_id": round_id, "key": s.key, "text": s.text, "position": n, **saved}
                                for n, s in enumerate(statements)])
    return Change(ADD, round_id, TOUCHED, op(set_removed, table=ROUNDS, ids=(round_id,), removed=True, label=REMOVE))


def edit_round(ws: Workspace, round_id: int, *, name: str, first_day: dt.date | str, last_day: dt.date | str,
               place: str, handed_out: int | str, returned: int | str, lang: str = "en") -> Change[int]:
    """Change a round's details; the sheets that came back cannot be fewer than any statement's answers."""
    old = get_round(ws, round_id)
    values = _values(ws, name, first_day, last_day, place, handed_out, returned, round_id)
    for s in round_statements(ws, round_id):
        if s.answered > int(values["returned"]):  # type: ignore[call-overload]
            raise InvalidInput(BELOW_TALLY, field="returned", statement=s.wording(lang), total=s.answered)
    before = {"name": old.name, "first_day": old.first_day.isoformat(), "last_day": old.last_day.isoformat(),
              "place": old.place, "handed_out": old.handed_out, "returned": old.returned}
    if values == before:
        return unchanged(EDIT, round_id)
    with ws.write(EDIT) as db:
        db[ROUNDS].update(round_id, {**values, **ws.saved()})
    return Change(EDIT, round_id, TOUCHED, op(_put_round, round_id=round_id, values=before))


def _put_round(ws: Workspace, *, round_id: int, values: dict[str, object]) -> Change[int]:
    old = get_round(ws, round_id)
    before = {"name": old.name, "first_day": old.first_day.isoformat(), "last_day": old.last_day.isoformat(),
              "place": old.place, "handed_out": old.handed_out, "returned": old.returned}
    with ws.write(EDIT) as db:
        db[ROUNDS].update(round_id, {**values, **ws.saved()})
    return Change(EDIT, round_id, TOUCHED, op(_put_round, round_id=round_id, values=before))


def remove_round(ws: Workspace, round_id: int) -> Change[tuple[int, ...]]:
    get_round(ws, round_id)
    return set_removed(ws, table=ROUNDS, ids=(round_id,), removed=True, label=REMOVE)


def set_tally(ws: Workspace, statement_id: int, counts: Mapping[str, int | str], lang: str = "en") -> Change[int]:
    """Set some or all of one statement's counts (answer → count). Refused, naming the statement (in `lang`), when
    its answers would add up to more than the sheets that came back."""
    row = _statement(ws, statement_id)
    the_round = get_round(ws, row.round_id)
    new = {a: getattr(row, a) for a in ANSWERS}
    for answer, value in counts.items():
        if answer not in ANSWERS:
            raise ValueError(f"no answer {answer!r}")
        new[answer] = count(value, ANSWER_WORDS[answer], answer, maximum=MAX_SHEETS)
    total = sum(new.values())
    if total > the_round.returned:
        raise InvalidInput(OVER, field=next(iter(counts), "agree"), statement=row.wording(lang), total=total,
                           returned=the_round.returned)
    before = {a: getattr(row, a) for a in ANSWERS}
    if new == before:
        return unchanged(TALLY, statement_id)
    with ws.write(TALLY) as db:
        db[TALLIES].update(statement_id, {**new, **ws.saved()})
    return Change(TALLY, statement_id, TOUCHED, op(set_tally, statement_id=statement_id, counts=before, lang=lang))
