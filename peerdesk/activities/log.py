"""The log as a list: a period, filters (type, peer supporter, text), a sort order, paging and totals.

The list is read a page at a time (a view asks for more as it scrolls); the totals cover everything the filters
select. The text filter folds case in Python (theme and note are stored case-folded in `search`), since SQLite's
lower() and LIKE fold only A–Z, not å, ä, ö.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from peerdesk.activities.entries import SELECT, Activity
from peerdesk.query import Params, Reader

PAGE = 200
SORTS = {  # column key → SQL to sort by (ties by date and id, newest first)
    "day": "a.day", "type": "a.type_key", "minutes": "a.minutes", "participants": "a.participants",
    "place": "a.place", "theme": "a.theme COLLATE NOCASE", "note": "a.note COLLATE NOCASE",
    "peer_supporter": "p.name COLLATE NOCASE", "visit": "a.visit_destination", "circle": "c.theme COLLATE NOCASE",
}


class Filter(NamedTuple):
    start: dt.date | None = None
    end: dt.date | None = None
    type_key: str | None = None
    peer_supporter_id: int | None = None
    text: str = ""
    removed: bool = False  # True: the bin

    def where(self) -> tuple[str, list[object]]:
        clauses, params = ["a.removed = ?"], [int(self.removed)]
        if self.start:
            clauses.append("a.day >= ?")
            params.append(self.start.isoformat())
        if self.end:
            clauses.append("a.day <= ?")
            params.append(self.end.isoformat())
        if self.type_key:
            clauses.append("a.type_key = ?")
            params.append(self.type_key)
        if self.peer_supporter_id is not None:
            clauses.append("a.peer_supporter_id = ?")
            params.append(self.peer_supporter_id)
        needle = " ".join(self.text.split()).casefold()
        if needle:
            escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            clauses.append("a.search LIKE ? ESCAPE '\\'")
            params.append(f"%{escaped}%")
        return " AND ".join(clauses), params


class Sort(NamedTuple):
    column: str = "day"
    descending: bool = True
    type_order: Sequence[str] = ()  # type keys in the order their labels show (sorting by type sorts by label)

    def order_by(self) -> tuple[str, list[object]]:
        direction = "DESC" if self.descending else "ASC"
        if self.column == "type" and self.type_order:
            cases = " ".join("WHEN ? THEN ?" for _ in self.type_order)
            params: list[object] = [v for i, key in enumerate(self.type_order) for v in (key, i)]
            expression = f"CASE a.type_key {cases} ELSE {len(self.type_order)} END"
        else:
            expression, params = SORTS[self.column], []
        tie = "" if self.column == "day" else f", a.day {direction}"
        return f"{expression} {direction}{tie}, a.id {direction}", params


NEWEST_FIRST = Sort()


class Totals(NamedTuple):
    activities: int = 0
    minutes: int = 0
    participants: int = 0  # participant contacts: service users present, summed over the activities


def totals(reader: Reader, flt: Filter) -> Totals:
    where, params = flt.where()
    found = reader.rows(f"SELECT count(*), coalesce(sum(minutes), 0), coalesce(sum(participants), 0) "
                        f"FROM activities a WHERE {where}", params)[0]
    return Totals(*found)


def page(reader: Reader, flt: Filter, sort: Sort = NEWEST_FIRST, offset: int = 0, limit: int = PAGE) -> list[Activity]:
    where, params = flt.where()
    order, order_params = sort.order_by()
    sql = f"{SELECT} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
    all_params: Params = [*params, *order_params, limit, offset]
    return reader.query(Activity, sql, all_params)


def first_page(reader: Reader, flt: Filter, sort: Sort = NEWEST_FIRST, limit: int = PAGE
               ) -> tuple[list[Activity], Totals]:
    """The first rows and the totals of all. When everything fits on the page, the totals are summed from it: one
    query instead of two, which is what a filter keystroke that narrows the list costs."""
    rows = page(reader, flt, sort, 0, limit + 1)
    if len(rows) <= limit:
        return rows, Totals(len(rows), sum(r.minutes for r in rows), sum(r.participants for r in rows))
    return rows[:limit], totals(reader, flt)


def period(kind: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """This week (Monday to Sunday), this month, this year, or everything."""
    if kind == "week":
        monday = today - dt.timedelta(days=today.weekday())
        return monday, monday + dt.timedelta(days=6)
    if kind == "month":
        following = (today.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return today.replace(day=1), following - dt.timedelta(days=1)
    if kind == "year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    return None, None
