"""`peerdesk activities import CSV` and `peerdesk activities export --out CSV [--from DATE] [--to DATE]`: the command
line's side of the activity log (cli.py parses; this runs). Exit 0 done, 1 refused (a rejected import lists every
bad row on stderr; nothing was written)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from peerdesk.activities import csvio, log
from peerdesk.dates import parse_date
from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate
from peerdesk.store import Workspace

FROM = QT_TRANSLATE_NOOP("Cli", "--from")
TO = QT_TRANSLATE_NOOP("Cli", "--to")


def run(ws: Workspace, args: argparse.Namespace, say: Callable[..., None], translate: Translate, lang: str) -> int:
    if args.action == "import":
        return _import(ws, args, say, translate)
    start = parse_date(args.start, FROM, "from") if args.start else None
    end = parse_date(args.end, TO, "to") if args.end else None
    written = csvio.export_csv(ws, args.out, log.Filter(start, end), lang)
    say(QT_TRANSLATE_NOOP("Cli", "Exported {count} activities to {path}."), count=written, path=args.out)
    return 0


def _import(ws: Workspace, args: argparse.Namespace, say: Callable[..., None], translate: Translate) -> int:
    try:
        change, plan = csvio.import_csv(ws, args.csv, allow_duplicates=args.allow_duplicates)
    except csvio.ImportRejected as rejected:
        print(rejected.message(translate), file=sys.stderr)
        for line in csvio.error_lines(rejected.errors, translate):
            print(line, file=sys.stderr)
        return 1
    say(QT_TRANSLATE_NOOP("Cli", "Imported {count} activities from {path}."), count=len(change.result),
        path=args.csv)
    if plan.duplicates and plan.skipped:
        say(QT_TRANSLATE_NOOP("Cli", "Skipped {count} rows identical to activities already in the log (rows "
                              "{rows}); --allow-duplicates imports them too."), count=len(plan.duplicates),
            rows=", ".join(map(str, plan.duplicates)))
    return 0
