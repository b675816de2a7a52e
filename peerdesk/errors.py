"""Known errors: expected, environmental or input problems that become a clear message, never a traceback.

Anything that is not a `PeerDeskError` is a bug: the GUI and the command line log it with its traceback.
"""

from __future__ import annotations

from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg, Translate, untranslated


class PeerDeskError(Exception):
    """A known error with a translatable message; `exit_code` is what the command line returns for it."""

    exit_code = 1

    def __init__(self, msg: Msg, **params: object) -> None:
        super().__init__(msg.tr(untranslated, **params))
        self.msg = msg
        self.params = params

    def message(self, translate: Translate = untranslated) -> str:
        return self.msg.tr(translate, **self.params)


class InvalidInput(PeerDeskError):
    """A value the user typed is wrong; `field` names the field so the GUI can point at it."""

    def __init__(self, msg: Msg, *, field: str = "", **params: object) -> None:
        super().__init__(msg, **params)
        self.field = field


class NeedsConfirmation(InvalidInput):
    """Allowed, but the user should confirm first (a likely duplicate, a reference that will be cleared): the GUI
    asks with this message and repeats the operation with `confirmed=True`."""


class NotFound(PeerDeskError):
    pass


class NotAWorkspace(PeerDeskError):
    """The file is not a PeerDesk workspace; it is left untouched."""


class TooNew(PeerDeskError):
    """A newer PeerDesk wrote the file; it is left untouched."""


class Damaged(PeerDeskError):
    """The file fails SQLite's checks; it is never written to."""

    def __init__(self, msg: Msg, *, details: list[str] | None = None, **params: object) -> None:
        super().__init__(msg, **params)
        self.details = details or []


class StorageError(PeerDeskError):
    """The disk refused a write (full, read-only, I/O error); the transaction was rolled back."""


class Busy(PeerDeskError):
    """Another program kept the file busy longer than the busy timeout."""


class ReadOnly(PeerDeskError):
    """The workspace is open read-only (in use elsewhere, or the lock was taken over)."""


class InUse(PeerDeskError):
    """Someone else holds the workspace's lock."""

    exit_code = 3

    def __init__(self, msg: Msg, *, holder: object = None, **params: object) -> None:
        super().__init__(msg, **params)
        self.holder = holder


def cannot_create(path: object, exc: OSError) -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP("Store", "Could not create {path}: {reason}."), path=path,
                        reason=exc.strerror or str(exc))


def already_exists(path: object) -> PeerDeskError:
    return PeerDeskError(QT_TRANSLATE_NOOP("Store", "{path} already exists: it was not overwritten."), path=path)
