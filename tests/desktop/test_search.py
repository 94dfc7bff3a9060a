"""Search (Ctrl+K) finds a note and opens it at the hit."""

from __future__ import annotations

from tests.desktop.shell_fixtures import NOTE_MARKER, MakeShell, Seeded, unlock
from ui.search_dialog import snippet_html


def test_search_opens_the_note_at_the_hit(
    qtbot, make_shell: MakeShell, seeded: Seeded, monkeypatch
) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    opened: list[tuple[str, str]] = []
    monkeypatch.setattr(
        shell.notes, "open_note", lambda note_id, highlight="": opened.append((note_id, highlight))
    )
    assert shell.window.search_action.shortcut().toString() == "Ctrl+K"
    shell.window.search_action.trigger()
    dialog = shell.window.search
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.query, NOTE_MARKER)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    hit = dialog.model.row_at(0)
    assert hit.note_id == seeded.note_id and hit.case_number == "2026-0001"
    assert "\x02" in hit.snippet
    assert "<b" in snippet_html(hit.snippet)
    dialog.results.setFocus()
    dialog.results.activated.emit(dialog.model.index(0, 1))
    assert opened == [(seeded.note_id, NOTE_MARKER)]
    assert not dialog.isVisible()


def test_snippet_html_escapes_note_text() -> None:
    html = snippet_html("<script>x</script> \x02treff\x03")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert ">treff</b>" in html


def test_search_hit_opens_the_real_note_editor(
    qtbot, make_shell: MakeShell, seeded: Seeded
) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    shell.window.search.open_search()
    shell.window.search.query.setText(NOTE_MARKER)
    dialog = shell.window.search
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    dialog.results.activated.emit(dialog.model.index(0, 0))
    qtbot.waitUntil(lambda: seeded.note_id in shell.notes.sessions, timeout=10_000)
