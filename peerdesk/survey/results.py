"""A round's results and the comparison of two rounds, with the small-number rule.

Per statement: each answer's count and its share of the sheets that came back ("n"; the statements left
unanswered are "no answer"). A round with fewer than `FEWEST` sheets back shows its results inside the unit only: in
a report that leaves the unit it prints no figures at all. Counts of 1 and 2 are shown as "<3" there, as in every
report (`peerdesk.reports.suppression`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from peerdesk.reports.suppression import HIDDEN, row_texts
from peerdesk.survey.rounds import ANSWERS, Round, RoundStatement, get_round, round_statements

if TYPE_CHECKING:
    from peerdesk.store import Workspace

FEWEST = 5
TOO_FEW = QT_TRANSLATE_NOOP("Survey", "Too few answers to show (fewer than {fewest} sheets came back).")
KEYS = (*ANSWERS, "no_answer")


class StatementResult(NamedTuple):
    statement: RoundStatement
    n: int  # the sheets that came back

    @property
    def counts(self) -> dict[str, int]:
        """Every answer's count, "no answer" last."""
        answered = dict(zip(ANSWERS, self.statement.counts, strict=True))
        return {**answered, "no_answer": max(0, self.n - self.statement.answered)}

    def share(self, answer: str) -> float:
        """The answer's share of n, 0–1 (0 when nothing came back)."""
        return self.counts[answer] / self.n if self.n else 0.0

    def percent(self, answer: str) -> int:
        return round(100 * self.share(answer))

    def texts(self, suppress: bool, translate: Translate = untranslated) -> tuple[dict[str, str], str]:
        """The counts and n as a report shows them (counts of 1–2 as "<3" when `suppress`).

        n is printed with the round anyway, so where it would pin the small counts down (say two counts of 2 and
        the rest shown), the smallest of the other counts is hidden too: then the hidden ones fit several
        combinations."""
        counts = self.counts
        shown, total = row_texts(list(counts.values()), self.n, suppress=suppress, translate=translate)
        texts = dict(zip(counts, shown, strict=True))
        if total != str(self.n):
            others = [k for k in counts if counts[k] > 2]
            for key in [min(others, key=lambda k: counts[k])] if others else list(counts):  # none: hide them all
                texts[key] = HIDDEN.tr(translate)
        return texts, str(self.n)


class RoundResults(NamedTuple):
    round: Round
    statements: list[StatementResult]

    @property
    def too_few(self) -> bool:
        """Fewer than FEWEST sheets came back: the results stay inside the unit."""
        return self.round.returned < FEWEST

    @property
    def tallied(self) -> bool:
        return any(s.statement.answered for s in self.statements)

    def shown(self, suppress: bool) -> bool:
        """Whether figures may be printed: always inside the unit, in a report leaving it only from FEWEST sheets."""
        return not (suppress and self.too_few)


def results(ws: Workspace, round_id: int) -> RoundResults:
    the_round = get_round(ws, round_id)
    return RoundResults(the_round, [StatementResult(s, the_round.returned) for s in round_statements(ws, round_id)])


class Comparison(NamedTuple):
    """One statement in two rounds: the earlier round's result (None when it was not asked then) and the later's."""

    wording: str
    before: StatementResult | None
    after: StatementResult

    def change(self, answer: str = "agree") -> int | None:
        """The change in the answer's share, in percentage points (None when the earlier round did not ask it)."""
        return None if self.before is None else self.after.percent(answer) - self.before.percent(answer)


def _same(a: RoundStatement, b: RoundStatement, lang: str) -> bool:
    """The same statement: the same built-in one unreworded, or the same words."""
    if a.key and a.key == b.key and not a.text and not b.text:
        return True
    return a.wording(lang) == b.wording(lang)


def compare(earlier: RoundResults, later: RoundResults, lang: str) -> list[Comparison]:
    """The later round's statements in its order, each beside the earlier round's result for the same statement."""
    out = []
    for after in later.statements:
        before = next((b for b in earlier.statements if _same(b.statement, after.statement, lang)), None)
        out.append(Comparison(after.statement.wording(lang), before, after))
    return out


def signed(points: int | None) -> str:
    """A change in percentage points as printed: "+12", "−5", "±0"; "–" when there is nothing to compare."""
    if points is None:
        return "–"
    return f"+{points}" if points > 0 else f"−{-points}" if points < 0 else "±0"
