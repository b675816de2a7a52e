"""The Overview's table models pass Qt's model tester, and show 'ending soon' by sign and words, not colour alone."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from peerdesk import backup, people, placements
from peerdesk.gui.backups_dialog import BackupsModel
from peerdesk.gui.overview import models
from peerdesk.gui.overview.models import DecisionsModel, PeopleModel, PlacementsModel
from peerdesk.store import Workspace


def test_models_pass_the_model_tester(qtmodeltester: object, ws: Workspace) -> None:
    everyone, all_placements = people.list_people(ws), placements.list_placements(ws)
    people_model = PeopleModel()
    people_model.set_rows(everyone)
    placements_model = PlacementsModel()
    placements_model.set_rows(all_placements)
    decisions_model = DecisionsModel()
    decisions_model.set_placements(all_placements)
    backups_model = BackupsModel()
    backups_model.set_rows([backup.backup_file(ws.path, "manual"), backup.backup_file(ws.path, "periodic")])
    for model in (people_model, placements_model, decisions_model, backups_model):
        qtmodeltester.check(model, force_py=True)
    assert people_model.rowCount() == len(everyone) and decisions_model.rowCount() == 1


def test_days_left_under_sixty_is_marked_in_words(ws: Workspace) -> None:
    sara = next(p for p in placements.list_placements(ws) if p.peer_supporter == "Sara Åkesson")
    model = PlacementsModel(today=sara.planned_end_date - dt.timedelta(days=45))
    model.set_rows([sara])
    left = model.index(0, PlacementsModel.LEFT)
    assert left.data() == "⚠ 45 days left"
    assert left.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "renewal decision" in left.data(Qt.ItemDataRole.ToolTipRole)
    assert left.data(Qt.ItemDataRole.FontRole).bold()

    model = PlacementsModel(today=sara.planned_end_date - dt.timedelta(days=200))
    model.set_rows([sara])
    assert model.index(0, PlacementsModel.LEFT).data() == "200"
    assert model.index(0, PlacementsModel.LEFT).data(Qt.ItemDataRole.BackgroundRole) is None


def test_an_ended_placement_shows_as_ended(ws: Workspace) -> None:
    sara = next(p for p in placements.list_placements(ws) if p.peer_supporter == "Sara Åkesson")
    placements.record_decision(ws, sara.id, outcome="ended", decided_on=dt.date.today(), end_date=dt.date.today())
    model = PlacementsModel()
    model.set_rows(placements.list_placements(ws))
    ended = next(r for r in range(model.rowCount()) if model.rows[r].id == sara.id)
    assert model.index(ended, PlacementsModel.LEFT).data() == f"Ended {dt.date.today().isoformat()}"


def test_days_count_from_the_real_today_even_after_midnight(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    sara = next(p for p in placements.list_placements(ws) if p.peer_supporter == "Sara Åkesson")
    model = PlacementsModel()
    model.set_rows([sara])
    before = int(model.index(0, PlacementsModel.SINCE).data())

    class Tomorrow(dt.date):
        @classmethod
        def today(cls) -> dt.date:
            return dt.date.fromordinal(dt.date.today().toordinal() + 1)

    monkeypatch.setattr(models, "dt", SimpleNamespace(date=Tomorrow))  # the window stayed open overnight
    assert int(model.index(0, PlacementsModel.SINCE).data()) == before + 1
