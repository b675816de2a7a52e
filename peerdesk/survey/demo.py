"""The demo workspace's survey: a spring and an autumn round with plausible tallies, and a round in progress whose
sheets are still out (no tally yet)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from peerdesk.survey.rounds import ANSWERS, add_round, round_statements, set_tally

if TYPE_CHECKING:
    from peerdesk.store import Workspace

MONTHS = ("Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti", "September", "Oktober",
          "November", "December")
# agree, partly, do not agree, don't know per built-in statement, in file order; what is left is "no answer"
SPRING = ((9, 5, 2, 1), (10, 5, 1, 0), (6, 6, 2, 3), (7, 4, 3, 2), (5, 3, 2, 5), (6, 6, 3, 1), (7, 6, 2, 1),
          (10, 4, 1, 1))
AUTUMN = ((14, 5, 1, 0), (14, 4, 1, 1), (12, 6, 1, 1), (11, 6, 2, 1), (9, 4, 2, 4), (9, 8, 2, 1), (11, 7, 1, 1),
          (15, 4, 0, 1))


def add_rounds(ws: Workspace, today: dt.date) -> None:
    """The spring and autumn rounds ("Våren 2026", "Hösten 2026") of the latest year whose autumn round ended at
    least two months ago, and the round in progress, named by its month ("November 2026")."""
    year = today.year if dt.date(today.year, 9, 8) <= today - dt.timedelta(weeks=10) else today.year - 1
    for name, first, handed_out, returned, tally in (("Våren", dt.date(year, 3, 9), 30, 17, SPRING),
                                                      ("Hösten", dt.date(year, 9, 7), 32, 21, AUTUMN)):
        round_id = add_round(ws, name=f"{name} {year}", first_day=first, last_day=first + dt.timedelta(days=20),
                             place="Caféet och samtalsrummet", handed_out=handed_out, returned=returned).result
        for statement, counts in zip(round_statements(ws, round_id), tally, strict=False):
            set_tally(ws, statement.id, dict(zip(ANSWERS, counts, strict=True)))
    start = today - dt.timedelta(days=6)
    add_round(ws, name=f"{MONTHS[start.month - 1]} {start.year}", first_day=start,
              last_day=start + dt.timedelta(days=20),
              place="Caféet och samtalsrummet", handed_out=25, returned=0)
