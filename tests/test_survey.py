"""The users' survey: statements, rounds keeping theirs, the tally with the returned-count rule, results, comparison
and the small-number rule (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerdesk import schema, templates
from peerdesk.errors import InvalidInput, ReadOnly
from peerdesk.language import LANGUAGES
from peerdesk.store import Workspace
from peerdesk.survey import results as res
from peerdesk.survey import rounds, statements


@pytest.fixture
def fresh(tmp_path: Path):
    workspace = Workspace.create(tmp_path / "unit.peerdesk", actor="Maria Lindqvist")
    yield workspace
    workspace.close()


def _round(ws: Workspace, name: str = "Våren", returned: int = 12, **extra: object) -> int:
    return rounds.add_round(ws, name=name, first_day="2026-03-02", last_day="2026-03-22", place="Caféet",
                            handed_out=20, returned=returned, **extra).result


def test_the_built_in_statements_are_data_with_stable_keys_in_every_language() -> None:
    items = templates.load("survey_statements")
    assert 6 <= len(items) <= statements.MOST
    for item in items:
        assert all(item.labels[lang].strip() for lang in LANGUAGES)
    assert "has_time" in {i.key for i in items} and "survey_round_statements" in schema.TABLES


def test_a_new_workspace_starts_with_the_built_in_statements_in_the_readers_language(fresh: Workspace) -> None:
    listed = statements.list_statements(fresh)
    assert [s.key for s in listed] == [i.key for i in templates.load("survey_statements")]
    assert listed[0].wording("sv") == "Peer supportern har tid för mig."
    assert listed[0].wording("en") == "The peer supporter has time for me."


def test_statements_are_reworded_added_moved_and_removed_each_undoably(fresh: Workspace) -> None:
    first = statements.list_statements(fresh)[0]
    change = statements.reword_statement(fresh, first.id, "Peer supportern lyssnar på mig.", "sv")
    assert statements.list_statements(fresh)[0].wording("en") == "Peer supportern lyssnar på mig."
    change.undo(fresh)
    assert statements.list_statements(fresh)[0].text == ""
    # typing back the built-in words keeps it built-in (it then shows in each reader's language)
    assert not statements.reword_statement(fresh, first.id, first.wording("sv"), "sv").changed
    extra = statements.remove_statement(fresh, statements.list_statements(fresh)[-1].id)
    added = statements.add_statement(fresh, "Jag vet när peer supportern är här.")
    assert statements.list_statements(fresh)[-1].text == "Jag vet när peer supportern är här."
    moved = statements.move_statement(fresh, added.result, -100)
    assert statements.list_statements(fresh)[0].id == added.result
    moved.undo(fresh)
    assert statements.list_statements(fresh)[-1].id == added.result
    added.undo(fresh)
    extra.undo(fresh)
    assert [s.key for s in statements.list_statements(fresh)] == [i.key for i in templates.load("survey_statements")]


def test_a_statement_with_an_identity_number_is_refused(fresh: Workspace) -> None:
    with pytest.raises(InvalidInput):
        statements.add_statement(fresh, "Fråga 19121212-1212 om stödet")


def test_a_round_keeps_the_statements_it_was_printed_with_after_the_template_changes(fresh: Workspace) -> None:
    spring = _round(fresh)
    printed = [s.wording("sv") for s in rounds.round_statements(fresh, spring)]
    listed = statements.list_statements(fresh)
    statements.reword_statement(fresh, listed[0].id, "Peer supportern har gott om tid för mig.", "sv")
    statements.remove_statement(fresh, listed[1].id)
    statements.add_statement(fresh, "Jag får vara med och bestämma.")
    assert [s.wording("sv") for s in rounds.round_statements(fresh, spring)] == printed
    autumn = _round(fresh, "Hösten")
    later = [s.wording("sv") for s in rounds.round_statements(fresh, autumn)]
    assert later[0] == "Peer supportern har gott om tid för mig." and later[-1] == "Jag får vara med och bestämma."
    assert len(later) == len(printed)


def test_a_round_is_checked_and_removed_undoably(fresh: Workspace) -> None:
    with pytest.raises(InvalidInput) as refused:
        rounds.add_round(fresh, name="Våren", first_day="2026-03-02", last_day="2026-03-22", handed_out=5,
                         returned=6)
    assert refused.value.field == "returned"
    with pytest.raises(InvalidInput):
        rounds.add_round(fresh, name="Våren", first_day="2026-03-22", last_day="2026-03-02")
    round_id = _round(fresh)
    with pytest.raises(InvalidInput):
        _round(fresh)  # the same name twice: --round NAME must find one
    assert rounds.find_round(fresh, "Våren").weeks == "10–12"
    removal = rounds.remove_round(fresh, round_id)
    assert rounds.list_rounds(fresh) == []
    removal.undo(fresh)
    assert [r.id for r in rounds.list_rounds(fresh)] == [round_id]


def test_a_tally_over_the_returned_count_is_refused_naming_the_statement(fresh: Workspace) -> None:
    round_id = _round(fresh, returned=10)
    first = rounds.round_statements(fresh, round_id)[0]
    rounds.set_tally(fresh, first.id, {"agree": 6, "partly": 3})
    with pytest.raises(InvalidInput) as refused:
        rounds.set_tally(fresh, first.id, {"disagree": 2}, lang="sv")
    message = refused.value.message()
    assert "Peer supportern har tid för mig." in message and "11" in message and "10" in message
    assert rounds.round_statements(fresh, round_id)[0].counts == (6, 3, 0, 0)  # nothing half-saved
    with pytest.raises(InvalidInput):
        rounds.set_tally(fresh, first.id, {"agree": -1})
    # the sheets that came back cannot then drop below a statement's answers
    with pytest.raises(InvalidInput):
        rounds.edit_round(fresh, round_id, name="Våren", first_day="2026-03-02", last_day="2026-03-22",
                          place="Caféet", handed_out=20, returned=8)


def test_a_correction_is_undone_and_redone(fresh: Workspace) -> None:
    round_id = _round(fresh)
    first = rounds.round_statements(fresh, round_id)[0]
    rounds.set_tally(fresh, first.id, {"agree": 5})
    correction = rounds.set_tally(fresh, first.id, {"agree": 7})
    redo = correction.undo(fresh)
    assert rounds.round_statements(fresh, round_id)[0].agree == 5
    redo.undo(fresh)
    assert rounds.round_statements(fresh, round_id)[0].agree == 7
    assert not rounds.set_tally(fresh, first.id, {"agree": 7}).changed


def test_results_give_each_answers_count_share_and_no_answer(fresh: Workspace) -> None:
    round_id = _round(fresh, returned=20)
    first = rounds.round_statements(fresh, round_id)[0]
    rounds.set_tally(fresh, first.id, {"agree": 10, "partly": 5, "disagree": 2, "dont_know": 1})
    result = res.results(fresh, round_id)
    top = result.statements[0]
    assert top.n == 20 and top.counts == {"agree": 10, "partly": 5, "disagree": 2, "dont_know": 1, "no_answer": 2}
    assert top.percent("agree") == 50 and top.percent("no_answer") == 10
    assert result.statements[1].counts["no_answer"] == 20 and result.tallied and not result.too_few


def test_two_rounds_compare_statement_by_statement(fresh: Workspace) -> None:
    spring, autumn = _round(fresh, returned=10), _round(fresh, "Hösten", returned=20)
    s1 = rounds.round_statements(fresh, spring)
    rounds.set_tally(fresh, s1[0].id, {"agree": 4, "partly": 6})
    statements.add_statement(fresh, "Jag får vara med och bestämma.")
    third = _round(fresh, "Vintern", returned=20)
    s3 = rounds.round_statements(fresh, third)
    rounds.set_tally(fresh, s3[0].id, {"agree": 15, "partly": 5})
    rows = res.compare(res.results(fresh, spring), res.results(fresh, third), "sv")
    assert rows[0].change("agree") == 75 - 40 and res.signed(rows[0].change()) == "+35"
    assert rows[0].change("partly") == 25 - 60 and res.signed(rows[0].change("partly")) == "−35"
    assert rows[-1].before is None and rows[-1].change() is None and res.signed(None) == "–"
    assert autumn


def test_small_numbers_fewer_than_five_sheets_and_counts_of_one_or_two(fresh: Workspace) -> None:
    few = res.results(fresh, _round(fresh, "Få", returned=4))
    assert few.too_few and few.shown(suppress=False) and not few.shown(suppress=True)
    round_id = _round(fresh, returned=12)
    first = rounds.round_statements(fresh, round_id)[0]
    rounds.set_tally(fresh, first.id, {"agree": 8, "partly": 2, "disagree": 1})
    top = res.results(fresh, round_id).statements[0]
    counts, n = top.texts(suppress=True)
    assert counts == {"agree": "8", "partly": "<3", "disagree": "<3", "dont_know": "0", "no_answer": "<3"}
    assert n == "12"
    assert top.texts(suppress=False)[0]["partly"] == "2"


def test_read_only_shows_everything_and_changes_nothing(fresh: Workspace, tmp_path: Path) -> None:
    round_id = _round(fresh)
    fresh.close()
    reader = Workspace.open(tmp_path / "unit.peerdesk", actor="Ahmed Hassan", read_only=True)
    try:
        assert res.results(reader, round_id).statements
        with pytest.raises(ReadOnly):
            rounds.set_tally(reader, rounds.round_statements(reader, round_id)[0].id, {"agree": 1})
        with pytest.raises(ReadOnly):
            statements.add_statement(reader, "Något nytt")
    finally:
        reader.close()


def test_where_n_would_pin_the_small_counts_down_the_smallest_other_count_is_hidden_too(fresh: Workspace) -> None:
    round_id = _round(fresh, returned=16)
    first = rounds.round_statements(fresh, round_id)[0]
    rounds.set_tally(fresh, first.id, {"agree": 8, "partly": 4, "disagree": 2, "dont_know": 2})  # no answer: 0
    counts, n = res.results(fresh, round_id).statements[0].texts(suppress=True)
    assert counts == {"agree": "8", "partly": "hidden", "disagree": "<3", "dont_know": "<3", "no_answer": "0"}
    assert n == "16"
    five = rounds.round_statements(fresh, _round(fresh, "Fem", returned=5))[0]
    rounds.set_tally(fresh, five.id, {"agree": 1, "partly": 1, "disagree": 1, "dont_know": 1})  # no answer: 1
    result = next(s for s in res.results(fresh, five.round_id).statements if s.statement.id == five.id)
    assert set(result.texts(suppress=True)[0].values()) == {"hidden"}
