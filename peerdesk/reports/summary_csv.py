"""The activity summary's table by activity type as CSV for Swedish Excel, written as the activity log's export
is (UTF-8 with BOM, semicolons, CR LF, no cell Excel would run as a formula), the figures suppressed when asked."""

from __future__ import annotations

import csv
from pathlib import Path

from peerdesk.activities.csvio import inert
from peerdesk.errors import PeerDeskError
from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate
from peerdesk.query import Reader
from peerdesk.reports.common import supporter_id
from peerdesk.reports.figures import summary_figures
from peerdesk.reports.kinds import Request
from peerdesk.reports.summary import CONTACTS, HOURS, NUMBER, TOTAL, TYPE
from peerdesk.reports.suppression import row_texts


def summary_rows(reader: Reader, request: Request, translate: Translate) -> list[list[str]]:
    """The header, a row per activity type and the total row; hours with one decimal, in the reader's language's
    decimal sign and without thousands separators (Excel reads them as numbers)."""
    figures = summary_figures(reader, request.start, request.end, supporter_id(reader, request), request.lang,
                              translate)
    suppress = request.suppress_small
    numbers, number_total = row_texts([t.activities for t in figures.types], figures.activities,
                                      suppress=suppress, translate=translate)
    contacts, contacts_total = row_texts([t.participants for t in figures.types], figures.participants,
                                         suppress=suppress, translate=translate)

    def hours(minutes: int) -> str:
        text = f"{minutes / 60:.1f}"
        return text.replace(".", ",") if request.lang == "sv" else text

    rows = [[TYPE.tr(translate), NUMBER.tr(translate), HOURS.tr(translate), CONTACTS.tr(translate)]]
    rows += [[inert(t.label), n, hours(t.minutes), c]
             for t, n, c in zip(figures.types, numbers, contacts, strict=True)]
    rows.append([TOTAL.tr(translate), number_total or "", hours(figures.minutes), contacts_total or ""])
    return rows


def export_summary_csv(reader: Reader, request: Request, path: Path, translate: Translate) -> int:
    """Write the file (replacing `path` only once it is complete); returns the number of activity types written."""
    rows = summary_rows(reader, request, translate)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PeerDeskError(QT_TRANSLATE_NOOP("Csv", "Could not write {path}: {reason}."), path=path,
                            reason=exc.strerror or str(exc)) from exc
    return len(rows) - 2
