"""The activity log as a CSV file, the way units keep it in Excel today.

Export: UTF-8 with BOM, semicolons, CR LF, the columns in a fixed order with headers in the chosen language; a text
cell that begins with =, +, - or @ gets a leading apostrophe, so Excel runs no formula (import takes it off again).
Import: semicolon, comma or tab separated; UTF-8 with or without BOM, else Windows-1252; headers and values in
Swedish or English (types also by key); durations in any accepted form. All or nothing: every row is checked first,
and one bad row rejects the import with the list of row, column and reason. Rows identical to ones in the log are
skipped unless duplicates are allowed. The vocabulary is kept here in both languages (not in the Qt catalog): a file
may be written in either language whatever language PeerDesk speaks.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from peerdesk.activities import log
from peerdesk.activities.entries import PEER_SUPPORTER, Activity, Context, Entry, check
from peerdesk.activities.types import ActivityType
from peerdesk.changes import Change, add_rows, unchanged
from peerdesk.errors import InvalidInput, PeerDeskError
from peerdesk.fields import row_label
from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate
from peerdesk.progress import Progress
from peerdesk.query import Reader
from peerdesk.store import Workspace

IMPORT = QT_TRANSLATE_NOOP("Edit", "Import activities")
COLUMNS = ("date", "type", "minutes", "participants", "where", "theme", "note", "peer_supporter",
           "visit_destination", "visit_took_place", "circle")
REQUIRED = ("date", "type", "minutes", "participants")
HEADERS: dict[str, dict[str, str]] = {
    "date": {"sv": "Datum", "en": "Date"},
    "type": {"sv": "Typ", "en": "Type"},
    "minutes": {"sv": "Minuter", "en": "Minutes"},
    "participants": {"sv": "Deltagare", "en": "Participants"},
    "where": {"sv": "Plats", "en": "Where"},
    "theme": {"sv": "Tema", "en": "Theme"},
    "note": {"sv": "Anteckning", "en": "Note"},
    "peer_supporter": {"sv": "Peer supporter", "en": "Peer supporter"},
    "visit_destination": {"sv": "Ledsagning till", "en": "Visit to"},
    "visit_took_place": {"sv": "Ledsagning genomförd", "en": "Visit took place"},
    "circle": {"sv": "Studiecirkel", "en": "Study circle"},
}
_ALIASES = {  # other headers people use for a column (case-folded)
    "date": {"dag"}, "type": {"aktivitet", "activity", "aktivitetstyp", "activity type"},
    "minutes": {"tid", "längd", "duration", "time", "min"}, "participants": {"antal", "antal deltagare"},
    "peer_supporter": {"peer-stödperson", "stödperson"}, "note": {"anteckningar", "notes", "kommentar"},
}
PLACE_WORDS = {"unit": {"sv": "På enheten", "en": "At the unit"}, "outside": {"sv": "Utanför", "en": "Outside"}}
DESTINATION_WORDS = {
    "healthcare": {"sv": "Vård", "en": "Healthcare"},
    "psychiatry": {"sv": "Psykiatri", "en": "Psychiatry"},
    "authority": {"sv": "Försäkringskassan eller annan myndighet", "en": "Social insurance agency or other authority"},
    "social_services": {"sv": "Socialtjänsten", "en": "Social services"},
    "housing": {"sv": "Boende", "en": "Housing"},
    "other": {"sv": "Annat", "en": "Other"},
}
YES_NO = {True: {"sv": "ja", "en": "yes"}, False: {"sv": "nej", "en": "no"}}
_FORMULA = ("=", "+", "-", "@")
PROGRESS_EVERY = 250


# -- export ----------------------------------------------------------------------------------------------------

def inert(text: str) -> str:
    """A cell Excel shows as text: one that begins like a formula (=, +, -, @) gets a leading apostrophe."""
    return "'" + text if text.startswith(_FORMULA) else text


def _cells(a: Activity, types: dict[str, ActivityType], lang: str) -> list[str]:
    kind = types.get(a.type_key)
    took = "" if a.visit_took_place is None else YES_NO[bool(a.visit_took_place)][lang]
    return [a.day.isoformat(), inert(kind.label(lang) if kind else a.type_key), str(a.minutes),
            str(a.participants), PLACE_WORDS[a.place][lang], inert(a.theme), inert(a.note),
            inert(a.peer_supporter), DESTINATION_WORDS[a.visit_destination][lang] if a.visit_destination else "",
            took, inert(a.circle)]


def export_rows(reader: Reader, flt: log.Filter, lang: str) -> Iterator[list[str]]:
    """The header, then the filtered entries oldest first, read a page at a time."""
    types = Context.load(reader).types
    yield [HEADERS[c][lang] for c in COLUMNS]
    sort = log.Sort("day", descending=False)
    offset = 0
    while rows := log.page(reader, flt, sort, offset, 2000):
        for a in rows:
            yield _cells(a, types, lang)
        offset += len(rows)


def export_csv(reader: Reader, path: Path, flt: log.Filter, lang: str) -> int:
    """Write the file (replacing `path` only once it is complete); returns the number of entries written."""
    tmp = path.with_name(f".{path.name}.tmp")
    written = -1
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
            for cells in export_rows(reader, flt, lang):
                writer.writerow(cells)
                written += 1
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PeerDeskError(QT_TRANSLATE_NOOP("Csv", "Could not write {path}: {reason}."), path=path,
                            reason=exc.strerror or str(exc)) from exc
    return written


# -- reading a file --------------------------------------------------------------------------------------------

class Table(NamedTuple):
    headers: list[str]
    rows: list[list[str]]  # the data rows; row i is spreadsheet row i + 2 (the header is row 1)
    encoding: str
    delimiter: str


def decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding: UTF-8 (with or without BOM), else Windows-1252 (Excel's "CSV" in Sweden)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def read_csv(path: Path) -> Table:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PeerDeskError(QT_TRANSLATE_NOOP("Csv", "Could not read {path}: {reason}."), path=path,
                            reason=exc.strerror or str(exc)) from exc
    return parse_csv(data)


def parse_csv(data: bytes) -> Table:
    text, encoding = decode(data)
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    rows = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) if any(c.strip() for c in r)]
    if not rows:
        raise PeerDeskError(QT_TRANSLATE_NOOP("Csv", "The file is empty: there is nothing to import."))
    return Table([h.strip() for h in rows[0]], rows[1:], encoding, delimiter)


def guess_mapping(headers: list[str]) -> dict[str, int | None]:
    """Which file column holds each of PeerDesk's columns (None: not in the file), by header in either language."""
    names = {c: {w.casefold() for w in HEADERS[c].values()} | {c} | _ALIASES.get(c, set()) for c in COLUMNS}
    mapping: dict[str, int | None] = dict.fromkeys(COLUMNS)
    for i, header in enumerate(headers):
        folded = header.strip().lstrip("\ufeff").casefold()
        for column, known in names.items():
            if folded in known and mapping[column] is None:
                mapping[column] = i
                break
    return mapping


# -- checking and importing --------------------------------------------------------------------------------------

class RowError(NamedTuple):
    row: int  # as the spreadsheet numbers it
    column: str  # the file's header of the column
    error: InvalidInput


class ImportRejected(PeerDeskError):
    """One or more rows are wrong: nothing was written. `errors` says where and why."""

    def __init__(self, errors: list[RowError]) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Csv", "Nothing was imported: {count} row(s) have errors. Correct them in the file and import it again."),
            count=len({e.row for e in errors}))
        self.errors = errors


class Plan(NamedTuple):
    rows: list[dict[str, object]]  # checked, ready to insert
    duplicates: list[int]  # spreadsheet rows identical to entries in the log
    skipped: bool = True  # the duplicates are left out of `rows`


_MISSING = QT_TRANSLATE_NOOP("Csv", "The file has no column for {column}: choose which column holds it.")
_NO_SUPPORTER = QT_TRANSLATE_NOOP("Csv", "{label}: there is no peer supporter called “{name}” in this workspace.")
_NO_CIRCLE = QT_TRANSLATE_NOOP("Csv", "{label}: there is no study circle called “{name}” in this workspace.")
_NOT_YES_NO = QT_TRANSLATE_NOOP("Csv", "{label}: “{value}” is neither yes nor no (ja or nej).")
_CIRCLE_LABEL = QT_TRANSLATE_NOOP("Field", "Study circle")
_TOOK_LABEL = QT_TRANSLATE_NOOP("Field", "Visit took place")


def _lookup(words: dict[str, dict[str, str]]) -> dict[str, str]:
    return {w.casefold(): key for key, by_lang in words.items() for w in (key, *by_lang.values())}


_PLACES = _lookup(PLACE_WORDS) | {"enheten": "unit", "ute": "outside", "utomhus": "outside", "inne": "unit"}
_DESTINATIONS = _lookup(DESTINATION_WORDS)
_YES_NO = {w: flag for flag, by_lang in YES_NO.items() for w in by_lang.values()} | {
    "1": True, "0": False, "true": True, "false": False, "sant": True, "falskt": False, "j": True, "n": False,
    "y": True}


def _unquote(text: str) -> str:
    """Undo the export's guard against formulas."""
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA) else text


def plan_import(reader: Reader, table: Table, mapping: dict[str, int | None], *, allow_duplicates: bool = False,
                default_supporter_id: int | None = None, progress: Progress | None = None,
                today: dt.date | None = None) -> Plan:
    """Check every row (raises ImportRejected listing every bad one); nothing is written."""
    ctx = Context.load(reader, today)
    missing = [c for c in REQUIRED if mapping.get(c) is None]
    if mapping.get("peer_supporter") is None and default_supporter_id is None:
        missing.append("peer_supporter")
    if missing:
        raise InvalidInput(_MISSING, field="mapping", column=", ".join(HEADERS[c]["en"] for c in missing))
    types: dict[str, str] = {}
    for kind in ctx.types.values():
        for name in kind.names():
            types.setdefault(name, kind.key)
    supporters = {name.casefold(): pid for pid, name in ctx.supporters.items()}
    circles: dict[str, int] = {}
    for cid, theme in ctx.circles.items():
        circles.setdefault(theme.casefold(), cid)
    errors: list[RowError] = []
    checked: list[tuple[int, dict[str, object]]] = []
    for n, cells in enumerate(table.rows):
        row = n + 2
        if progress and n % PROGRESS_EVERY == 0:
            progress.step(n, len(table.rows))

        def cell(column: str, cells: list[str] = cells) -> str:
            index = mapping.get(column)
            return _unquote(cells[index].strip()) if index is not None and index < len(cells) else ""

        try:
            checked.append((row, check(ctx, _entry(cell, types, supporters, circles, default_supporter_id, row),
                                       row=row)))
        except InvalidInput as err:
            column = _COLUMN_OF_FIELD.get(err.field, "")
            index = mapping.get(column)
            errors.append(RowError(row, table.headers[index] if index is not None and index < len(table.headers)
                                   else "", err))
    if progress:
        progress.step(len(table.rows), len(table.rows))
    if errors:
        raise ImportRejected(errors)
    existing = _existing(reader, [values for _, values in checked])
    duplicates = [row for row, values in checked if _key(values) in existing]
    rows = [values for row, values in checked if allow_duplicates or _key(values) not in existing]
    return Plan(rows, duplicates, not allow_duplicates)


_COLUMN_OF_FIELD = {"day": "date", "type": "type", "duration": "minutes", "participants": "participants",
                    "place": "where", "theme": "theme", "note": "note", "peer_supporter": "peer_supporter",
                    "visit_destination": "visit_destination", "visit_took_place": "visit_took_place",
                    "circle": "circle"}


def _entry(get: Callable[[str], str], types: dict[str, str], supporters: dict[str, int], circles: dict[str, int],
           default_supporter_id: int | None, row: int) -> Entry:
    """The entry a row describes, its names looked up (`get`: PeerDesk's column → the row's cell text)."""
    supporter_name = get("peer_supporter")
    supporter = default_supporter_id
    if supporter_name:
        supporter = supporters.get(supporter_name.casefold())
        if supporter is None:
            raise InvalidInput(_NO_SUPPORTER, field="peer_supporter", label=row_label(PEER_SUPPORTER, row),
                               name=supporter_name)
    circle_name = get("circle")
    circle = None
    if circle_name:
        circle = circles.get(circle_name.casefold())
        if circle is None:
            raise InvalidInput(_NO_CIRCLE, field="circle", label=row_label(_CIRCLE_LABEL, row), name=circle_name)
    took_text = get("visit_took_place").casefold()
    took = _YES_NO.get(took_text) if took_text else None
    if took_text and took is None:
        raise InvalidInput(_NOT_YES_NO, field="visit_took_place", label=row_label(_TOOK_LABEL, row),
                           value=get("visit_took_place"))
    place_text = get("where")
    destination = get("visit_destination")
    return Entry(
        day=get("date"), type_key=types.get(get("type").casefold(), get("type")), duration=get("minutes"),
        participants=get("participants"), place=_PLACES.get(place_text.casefold(), place_text) if place_text
        else "unit", theme=get("theme"), note=get("note"), peer_supporter_id=supporter,
        visit_destination=_DESTINATIONS.get(destination.casefold(), destination) if destination else None,
        visit_took_place=took, circle_id=circle)


_VALUES = ("day", "type_key", "minutes", "participants", "place", "theme", "note", "peer_supporter_id",
           "visit_destination", "visit_took_place", "circle_id")


def _key(values: dict[str, object]) -> tuple[object, ...]:
    return tuple(values[k] for k in _VALUES)


def _existing(reader: Reader, rows: list[dict[str, object]]) -> set[tuple[object, ...]]:
    if not rows:
        return set()
    days = [str(r["day"]) for r in rows]
    found = reader.rows(f"SELECT {', '.join(_VALUES)} FROM activities WHERE removed = 0 AND day BETWEEN ? AND ?",
                        (min(days), max(days)))
    return {tuple(r) for r in found}


def import_plan(ws: Workspace, plan: Plan, progress: Progress | None = None) -> Change[tuple[int, ...]]:
    """Write a checked plan: one transaction and one undo step (which puts the imported rows in the bin)."""
    if not plan.rows:
        return unchanged(IMPORT, ())
    return add_rows(ws, table="activities", rows=plan.rows, label=IMPORT, progress=progress)


def import_checked(ws: Workspace, plan: Plan, progress: Progress | None = None) -> Change[tuple[int, ...]]:
    """A backup first, then the checked rows: what the GUI and the command line run."""
    from peerdesk.backup import make_backup

    if plan.rows:
        make_backup(ws.conn, ws.path, "import")
    return import_plan(ws, plan, progress)


def import_csv(ws: Workspace, path: Path, *, allow_duplicates: bool = False,
               default_supporter_id: int | None = None) -> tuple[Change[tuple[int, ...]], Plan]:
    """Read, check and import a file in one go (the command line)."""
    table = read_csv(path)
    plan = plan_import(ws, table, guess_mapping(table.headers), allow_duplicates=allow_duplicates,
                       default_supporter_id=default_supporter_id)
    return import_checked(ws, plan), plan


def error_lines(errors: Iterable[RowError], translate: Translate) -> list[str]:
    """One line per bad row and column (the message names both)."""
    return [e.error.message(translate) for e in errors]
