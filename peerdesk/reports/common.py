"""What the report kinds share: the unit's name, the period in words, numbers in the reader's language, and the
peer supporter or placement a request names."""

from __future__ import annotations

from typing import Any

from peerdesk.people import get_unit
from peerdesk.query import Reader
from peerdesk.reports import parts
from peerdesk.reports.figures import peer_supporter_named
from peerdesk.reports.kinds import Request
from peerdesk.store import Workspace


def unit_name(ws: Workspace) -> str:
    unit = get_unit(ws)
    return unit.name if unit else ""


def period_text(request: Request) -> str:
    return f"{request.start.isoformat()} – {request.end.isoformat()}"


def decimal(value: float, lang: str, places: int = 1) -> str:
    """1234.5 → "1 234,5" in Swedish, "1,234.5" in English."""
    text = f"{value:,.{places}f}"
    return text.replace(",", "\u00a0").replace(".", ",") if lang == "sv" else text


def hours(minutes: int, lang: str) -> str:
    return decimal(minutes / 60, lang)


def share(value: float, lang: str) -> str:
    return f"{decimal(100 * value, lang, 0)}\u00a0%"


def supporter_id(reader: Reader, request: Request) -> int | None:
    """The peer supporter the request names (None: every one)."""
    return peer_supporter_named(reader, request.person) if request.person else None


def table_heading(words: str, style: Any, room_mm: float = 35) -> list[Any]:
    """A heading over a table that may split: kept with the table's first rows by starting a new page when less
    than `room_mm` is left (keeping it with the whole table would leave most of a page empty)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak

    loose = ParagraphStyle(f"{style.name}_loose", parent=style, keepWithNext=0)
    return [CondPageBreak(room_mm * mm), parts.text(words, loose)]
