"""Small numbers in reports that leave the unit: a count of 1 or 2 could single out a person, so it is shown as "<3",
and whatever would let it be computed back from the figures shown is hidden too.

Within one row (the counts of one breakdown and their total): with the total shown, the hidden counts add up to the
total minus the shown ones. When that sum pins every hidden count down (one hidden count; or all of them 1, or all
2), the total is hidden as well. Otherwise the sum fits several combinations, and no single count can be told.
"""

from __future__ import annotations

from collections.abc import Sequence

from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

SMALL = "<3"
HIDDEN = QT_TRANSLATE_NOOP("Report", "hidden")


def is_small(count: int) -> bool:
    return 1 <= count <= 2


def count_text(count: int, suppress: bool) -> str:
    """One count on its own (no total beside it)."""
    return SMALL if suppress and is_small(count) else str(count)


def row_texts(counts: Sequence[int], total: int | None = None, *, suppress: bool,
              translate: Translate = untranslated) -> tuple[list[str], str | None]:
    """The texts of a row of counts and of its total (None: no total shown), suppressed when `suppress`."""
    total_text = None if total is None else str(total)
    if not suppress:
        return [str(c) for c in counts], total_text
    hidden = [c for c in counts if is_small(c)]
    if total is not None:
        if is_small(total):
            total_text = SMALL
        elif hidden and sum(hidden) in (len(hidden), 2 * len(hidden)):
            total_text = HIDDEN.tr(translate)
    return [count_text(c, suppress) for c in counts], total_text
