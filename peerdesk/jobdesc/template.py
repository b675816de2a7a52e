"""The workspace's section template: what a job description started later begins with.

Built-in sections keep their stable key and show in the reader's language until the unit rewords them (`title`);
sections the unit adds have no key. Changes here apply to job descriptions started later, never to existing ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from peerdesk import templates
from peerdesk.changes import Change, op, set_removed, touched, unchanged
from peerdesk.errors import NotFound
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.jobdesc import sections
from peerdesk.templates import TemplateItem

if TYPE_CHECKING:
    from peerdesk.store import Workspace

TEMPLATE = touched("jd_template")
SEED = QT_TRANSLATE_NOOP("Edit", "Set up the job description template")
ADD_SECTION = QT_TRANSLATE_NOOP("Edit", "Add section to the template")
RENAME_SECTION = QT_TRANSLATE_NOOP("Edit", "Rename template section")
MOVE_SECTION = QT_TRANSLATE_NOOP("Edit", "Move template section")
REMOVE_SECTION = QT_TRANSLATE_NOOP("Edit", "Remove template section")
GONE = QT_TRANSLATE_NOOP("JobDesc", "That section no longer exists in the template.")


def built_in() -> dict[str, TemplateItem]:
    """The built-in sections by key (resources/templates/jobdesc_sections.json)."""
    return {item.key: item for item in templates.load("jobdesc_sections")}


def hint(key: str | None, lang: str) -> str:
    """What to write in a built-in section, in `lang` (English when missing); '' for the unit's own sections."""
    item = built_in().get(key or "")
    hints = item.extra.get("hint", {}) if item else {}
    return hints.get(lang) or hints.get(templates.FALLBACK, "")


def _built_in_rows() -> list[TemplateSection]:
    """The template a workspace has until it is first edited: every built-in section, in file order. Their ids are
    the ones `_materialise` writes, so an id shown before the first edit still names the same section after it."""
    return [TemplateSection(n + 1, item.key, "", item.extra.get("kind", "text"), n)
            for n, item in enumerate(built_in().values())]


def _materialise(ws: Workspace) -> None:
    """Before the template's first edit: write the built-in sections it has shown so far."""
    if ws.value("SELECT count(*) FROM jd_template"):
        return
    with ws.write(SEED) as db:
        db["jd_template"].insert_all([{**s._asdict(), **ws.saved()} for s in _built_in_rows()])


class TemplateSection(NamedTuple):
    id: int
    key: str | None
    title: str  # the unit's own wording; '' shows the built-in label in the reader's language
    kind: str
    position: int

    def shown_title(self, lang: str) -> str:
        item = built_in().get(self.key or "")
        return item.label(lang, self.title) if item else self.title


SCOPE = sections.Scope("jd_template")


def list_template(ws: Workspace) -> list[TemplateSection]:
    if not ws.value("SELECT count(*) FROM jd_template"):
        return _built_in_rows()
    return ws.query(TemplateSection, "SELECT id, key, title, kind, position FROM jd_template WHERE removed = 0 "
                                     "ORDER BY position, id")


def get_section(ws: Workspace, section_id: int) -> TemplateSection:
    found = next((s for s in list_template(ws) if s.id == section_id), None)
    if found is None:
        raise NotFound(GONE)
    return found


def add_section(ws: Workspace, title: str) -> Change[int]:
    _materialise(ws)
    section_id = sections.insert(ws, SCOPE, ADD_SECTION, {"title": sections.clean_title(title), "kind": "text"})
    return Change(ADD_SECTION, section_id, TEMPLATE, op(set_removed, table="jd_template", ids=(section_id,),
                                                         removed=True, label=REMOVE_SECTION))


def rename_section(ws: Workspace, section_id: int, title: str) -> Change[None]:
    """Reword a section; a built-in one given back its built-in label (or nothing) shows in each reader's language
    again."""
    old = get_section(ws, section_id)
    title = sections.clean_title(title, required=old.key is None)
    _materialise(ws)
    item = built_in().get(old.key or "")
    if item and title in item.labels.values():
        title = ""
    if title == old.title:
        return unchanged(RENAME_SECTION)
    with ws.write(RENAME_SECTION) as db:
        db["jd_template"].update(section_id, {"title": title, **ws.saved()})
    return Change(RENAME_SECTION, None, TEMPLATE, op(_retitle, section_id=section_id, title=old.title))


def _retitle(ws: Workspace, section_id: int, title: str) -> Change[None]:
    old = get_section(ws, section_id)
    with ws.write(RENAME_SECTION) as db:
        db["jd_template"].update(section_id, {"title": title, **ws.saved()})
    return Change(RENAME_SECTION, None, TEMPLATE, op(_retitle, section_id=section_id, title=old.title))


def move_section(ws: Workspace, section_id: int, offset: int) -> Change[None]:
    _materialise(ws)
    return sections.move(ws, SCOPE, section_id, offset, MOVE_SECTION, TEMPLATE)


def remove_section(ws: Workspace, section_id: int) -> Change[tuple[int, ...]]:
    get_section(ws, section_id)
    _materialise(ws)
    return set_removed(ws, table="jd_template", ids=(section_id,), removed=True, label=REMOVE_SECTION)
