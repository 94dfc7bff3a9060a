"""FTS5 search inside the vault, and the hash-chained access log (B2)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.notes import Addendum
from storage.search import fts_query
from storage.vault import Vault
from tests.storage.conftest import make_case, make_note

AT = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def test_norwegian_letters_stay_distinct(vault: Vault) -> None:
    case = make_case(vault)
    bor = make_note(case, body="Familien bor i en liten leilighet.")
    bor_o = make_note(case, body="Mor bør få veiledning.")
    vault.notes.save_draft(bor)
    vault.notes.save_draft(bor_o)
    assert [h.note_id for h in vault.search.search("bor ")] == [bor.id]
    assert [h.note_id for h in vault.search.search("bør ")] == [bor_o.id]
    assert [h.note_id for h in vault.search.search("BØR ")] == [bor_o.id]


def test_snippet_marks_hit_and_sections_are_searched(vault: Vault) -> None:
    case = make_case(vault)
    note = make_note(
        case,
        body="",
        child_views="Barnet forteller om mareritt.",
        assessment="Vurdering: trygg base hos bestemor.",
    )
    vault.notes.save_draft(note)
    [hit] = vault.search.search("mareritt")
    assert "\x02mareritt\x03" in hit.snippet
    assert hit.case_id == case.id and hit.case_number == case.number
    assert [h.note_id for h in vault.search.search("bestem")] == [note.id]  # prefix while typing
    assert [h.note_id for h in vault.search.search(case.number)] == [note.id]


def test_addenda_are_searchable_with_their_note(vault: Vault) -> None:
    case = make_case(vault)
    note = make_note(case)
    vault.notes.save_draft(note)
    vault.notes.sign(note.id, by="kari", at=AT)
    vault.notes.add_addendum(
        Addendum(
            case_id=case.id,
            note_id=note.id,
            text="Tillegg: politiet varslet.",
            author="kari",
            created_at=AT,
        )
    )
    assert [h.note_id for h in vault.search.search("politiet")] == [note.id]


def test_index_follows_edits_and_deletes(vault: Vault) -> None:
    case = make_case(vault)
    note = make_note(case, body="gammel tekst")
    vault.notes.save_draft(note)
    vault.notes.save_draft(note.edited(body="ny formulering"))
    assert vault.search.search("gammel") == []
    assert len(vault.search.search("formulering")) == 1
    vault.notes.delete_draft(note.id)
    assert vault.search.search("formulering") == []


@pytest.mark.parametrize(
    "query", ['"', "NOT", "a AND OR", "*", "x:y", "(", "'; DROP TABLE notes; --"]
)
def test_search_input_is_never_fts_syntax(vault: Vault, query: str) -> None:
    vault.search.search(query)  # no error for any input


def test_fts_query_quotes_words() -> None:
    assert fts_query("Ås skole") == '"Ås" "skole"*'
    assert fts_query("skole ") == '"skole"'
    assert fts_query("  ") == ""


def test_b2_reads_and_changes_are_logged(vault: Vault) -> None:
    """B2 (GDPR art. 32): every read of a case or note, every change, export and print."""
    case = make_case(vault)
    note = make_note(case)
    vault.notes.save_draft(note)
    vault.notes.get(note.id)
    vault.cases.get_file(case.id)
    vault.access_log.record("export", case_id=case.id, entity_id=case.id, detail="pdf til part")
    vault.access_log.record("print", case_id=case.id, entity_id=note.id)
    actions = [e.action for e in vault.access_log.for_case(case.id)]
    assert actions == [
        "case.create",
        "case.read",
        "note.save_draft",
        "note.read",
        "case.read",
        "export",
        "print",
    ]
    entry = vault.access_log.for_case(case.id)[-1]
    assert (entry.user, entry.device) == ("kari", vault.device_id)
    assert vault.access_log.verify() is None
    assert [e.seq for e in vault.access_log.after(5)] == [6, 7]


def test_b2_log_is_append_only_and_tamper_evident(vault: Vault) -> None:
    """B2: UPDATE and DELETE are refused; a row edited behind the triggers breaks the chain."""
    case = make_case(vault)
    for _ in range(3):
        vault.cases.get_file(case.id)
    conn = vault._db.conn
    with pytest.raises(Exception, match="append-only"):
        conn.execute("UPDATE access_log SET user = 'x' WHERE seq = 2")
    with pytest.raises(Exception, match="append-only"):
        conn.execute("DELETE FROM access_log WHERE seq = 2")
    conn.execute("DROP TRIGGER access_log_no_update")  # an attacker holding the key
    conn.execute("UPDATE access_log SET user = 'noen andre' WHERE seq = 3")
    assert vault.access_log.verify() == 3
    conn.execute("UPDATE access_log SET user = 'kari' WHERE seq = 3")
    assert vault.access_log.verify() is None
    conn.execute("DROP TRIGGER access_log_no_delete")
    conn.execute("DELETE FROM access_log WHERE seq = 2")
    assert vault.access_log.verify() == 3


def test_ranking_window_keeps_newest_matches(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    import storage.search

    monkeypatch.setattr(storage.search, "RANK_WINDOW", 3)
    case = make_case(vault)
    # Distinct words, not digits: "0*" would also match a provisional case number "F-0…".
    words = ["alfa", "bravo", "charlie", "delta", "ekko"]
    notes = [make_note(case, body=f"skolen notat {w}") for w in words]
    for note in notes:
        vault.notes.save_draft(note)
    assert {h.note_id for h in vault.search.search("skolen")} == {n.id for n in notes[2:]}
    assert len(vault.search.search("skolen", limit=2)) == 2
    assert len(vault.search.search("notat alfa")) == 1  # few matches: all of them ranked
