"""Personal PINs for signing at a shared PC: stored only as a salted scrypt hash.

Setting one's own PIN asks for the old one; a forgotten PIN is reset by a unit manager (with their own PIN, when they
have one), which the change history records. None of this is undone by Ctrl+Z: a PIN is not an edit to take back.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from typing import TYPE_CHECKING

from peerdesk.changes import Change, touched
from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg
from peerdesk.people import get_person

if TYPE_CHECKING:
    from peerdesk.store import Workspace

PINS = touched("person_pins")
SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}  # about 30 ms: slow to guess, quick to type
_PIN = re.compile(r"[0-9]{4,12}")
SET_PIN = QT_TRANSLATE_NOOP("Edit", "Set PIN")
RESET_PIN = QT_TRANSLATE_NOOP("Edit", "Reset PIN")
WRONG = QT_TRANSLATE_NOOP("JobDesc", "{label}: that is not the PIN of {name}.")
MISSING = QT_TRANSLATE_NOOP("JobDesc", "{label}: {name} has a PIN; type it to go on.")
PIN = QT_TRANSLATE_NOOP("Field", "PIN")
NEW_PIN = QT_TRANSLATE_NOOP("Field", "New PIN")
OLD_PIN = QT_TRANSLATE_NOOP("Field", "Current PIN")
MANAGER_PIN = QT_TRANSLATE_NOOP("Field", "Unit manager's PIN")


def _hash(pin: str, salt: bytes) -> str:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, **SCRYPT).hex()


def has_pin(ws: Workspace, person_id: int) -> bool:
    return bool(ws.value("SELECT 1 FROM person_pins WHERE person_id = ?", (person_id,)))


def check_pin(ws: Workspace, person_id: int, pin: str | None, *, field: str = "pin", label: Msg = PIN) -> None:
    """Nothing when the person has no PIN or `pin` is theirs; InvalidInput naming the field otherwise."""
    row = ws.rows("SELECT salt, hash FROM person_pins WHERE person_id = ?", (person_id,))
    if not row:
        return
    name = get_person(ws, person_id).name
    if not pin:
        raise InvalidInput(MISSING, field=field, label=label, name=name)
    salt, stored = row[0]
    if not hmac.compare_digest(_hash(pin, bytes.fromhex(salt)), stored):
        raise InvalidInput(WRONG, field=field, label=label, name=name)


def set_pin(ws: Workspace, person_id: int, new_pin: str, old_pin: str | None = None) -> Change[None]:
    """Set or change a person's own PIN (4 to 12 digits); changing one asks for the old one."""
    get_person(ws, person_id)
    if not _PIN.fullmatch(new_pin or ""):
        raise InvalidInput(QT_TRANSLATE_NOOP("JobDesc", "{label}: 4 to 12 digits."), field="new_pin", label=NEW_PIN)
    check_pin(ws, person_id, old_pin, field="old_pin", label=OLD_PIN)
    salt = secrets.token_bytes(16)
    with ws.write(SET_PIN) as db:
        db["person_pins"].upsert({"person_id": person_id, "salt": salt.hex(), "hash": _hash(new_pin, salt),
                                  **ws.saved()}, pk="person_id")
    return Change(SET_PIN, None, PINS, None)


def reset_pin(ws: Workspace, person_id: int, manager_id: int, manager_pin: str | None = None) -> Change[None]:
    """A unit manager removes someone's forgotten PIN (recorded in the history with both names)."""
    person, manager = get_person(ws, person_id), get_person(ws, manager_id)
    if manager.role != "unit_manager" or manager.removed:
        raise InvalidInput(QT_TRANSLATE_NOOP("JobDesc", "Only a unit manager can reset a PIN."), field="manager")
    check_pin(ws, manager_id, manager_pin, field="manager_pin", label=MANAGER_PIN)
    with ws.write(f"{RESET_PIN.text}: {person.name} ({manager.name})") as db:
        db.execute("DELETE FROM person_pins WHERE person_id = ?", [person_id])
    return Change(RESET_PIN, None, PINS, None)
