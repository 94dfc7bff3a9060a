"""NotesController against a real vault: autosave, B7, B11, B3, A8, closing saves the draft."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.notes import NotesController, NoteSession
from domain.cases import Case
from domain.investigations import Investigation, ParticipationCode
from domain.notes import NoteType
from domain.people import Person, PersonRole
from domain.reports import Channel, Report, ReporterType
from tests import feature_fixtures
from tests.feature_fixtures import NOW, SYNTHETIC, on_vault

# Fixtures shared with the other intake/notes tests (a real vault on a TaskRunner).
clock = feature_fixtures.clock
context = feature_fixtures.context
parent = feature_fixtures.parent
runner = feature_fixtures.runner


@pytest.fixture
def case_ids(qtbot, runner):
    """A case with a child (born 2014) and a mother, and an open undersøkelse."""
    case = Case(created_at=NOW)
    child = Person(case.id, PersonRole.CHILD, "Sara", "Haugen", date(2014, 5, 1), SYNTHETIC)
    case.child_id = child.id
    mother = Person(case.id, PersonRole.PARENT, "Lina", "Haugen", date(1988, 2, 3))
    report = Report(case.id, NOW, Channel.PHONE, ReporterType.ANONYMOUS, "Bekymring.")
    investigation = Investigation(case.id, report.id, NOW.date())

    def setup(vault):
        vault.cases.create(case, child)
        vault.cases.add_person(mother)
        vault.reports.add(report)
        vault.investigations.open(investigation)

    on_vault(qtbot, runner, setup)
    return {"case": case.id, "child": child.id, "mother": mother.id, "inv": investigation.id}


@pytest.fixture
def notes(runner, parent, context):
    return NotesController(runner, parent, context)


def open_new(qtbot, notes: NotesController, case_id: str) -> NoteSession:
    notes.new_note(case_id, NoteType.HJEMMEBESOK)
    qtbot.waitUntil(lambda: len(notes.sessions) == 1)
    return next(iter(notes.sessions.values()))


def type_into(session: NoteSession, section: str, text: str) -> None:
    session.editor.sections.sections[section].text.insertPlainText(text)


def test_autosave_writes_at_most_one_pending_outbox_op_per_draft(qtbot, notes, runner, case_ids):
    """DESIGN.md §3: autosaves replace the draft's pending op; typing never floods the outbox."""
    session = open_new(qtbot, notes, case_ids["case"])
    for word in ("Ryddig ", "kjøkken ", "og stue."):
        with qtbot.waitSignal(notes.note_saved, timeout=3000):
            type_into(session, "observations", word)
    note_id = session.note.id
    stored = on_vault(qtbot, runner, lambda v: v.notes.get(note_id))
    assert stored.observations == "Ryddig kjøkken og stue."
    ops = [
        op
        for op in on_vault(qtbot, runner, lambda v: v.outbox.pending())
        if op.entity_id == note_id
    ]
    assert len(ops) == 1


def test_autosave_timer_is_not_restarted_by_more_typing(qtbot, notes, case_ids):
    """A crash loses at most the last second: continuous typing still saves every second."""
    session = open_new(qtbot, notes, case_ids["case"])
    type_into(session, "body", "a")
    first_deadline = session.timer.remainingTime()
    qtbot.waitUntil(lambda: session.timer.remainingTime() < first_deadline - 20, timeout=2000)
    before = session.timer.remainingTime()
    type_into(session, "body", "b")
    assert session.timer.remainingTime() <= before
    assert session.timer.interval() == 1000


def test_closing_with_unsaved_typing_saves_the_draft(qtbot, notes, runner, case_ids):
    """Closing the editor before the autosave fires saves the draft first (nothing lost)."""
    session = open_new(qtbot, notes, case_ids["case"])
    type_into(session, "body", "Skrevet rett før lukking.")
    assert session.timer.isActive()
    with qtbot.waitSignal(notes.note_saved), qtbot.waitSignal(notes.status_message):
        session.editor.close()
    stored = on_vault(qtbot, runner, lambda v: v.notes.get(session.note.id))
    assert stored.body == "Skrevet rett før lukking."
    qtbot.waitUntil(lambda: not notes.sessions)


def use_interpreter(
    session: NoteSession, *, born: date | None = None, person: str = "", override: str = ""
) -> None:
    box = session.editor.interpreter
    if person:
        box.person.setCurrentIndex(box.person.findData(person))
    else:
        box.name.setText("Tolk Tolkesen")
        box.qualification.setText("Statsautorisert")
    if born is not None:
        box.birth_known.setChecked(True)
        box.birth_date.setDate(QDate(born))
    box.override.setText(override)
    box.use_button.click()


def test_B7_interpreter_under_18_is_refused(qtbot, notes, runner, case_ids):
    """B7 (tolkeloven § 4): nobody under 18 interprets; the refusal says what to do."""
    session = open_new(qtbot, notes, case_ids["case"])
    use_interpreter(session, born=date(2010, 1, 1))
    assert session.interpreter is None
    assert "under 18" in session.editor.interpreter.state.text()
    use_interpreter(session, born=date(1975, 1, 1))
    assert session.interpreter is not None
    assert "Tolk Tolkesen" in session.editor.interpreter.state.text()


def test_B7_child_of_the_case_is_refused_as_interpreter(qtbot, notes, case_ids):
    """B7: the child of the case is never the interpreter, override or not."""
    session = open_new(qtbot, notes, case_ids["case"])
    use_interpreter(session, person=case_ids["child"], override="Ingen andre tilgjengelig")
    assert session.interpreter is None
    assert "Barnet i saken" in session.editor.error.text()


def test_B7_override_with_reason_is_accepted_and_logged(qtbot, notes, runner, case_ids):
    """B7: an emergency override needs a reason and is logged in the access log."""
    session = open_new(qtbot, notes, case_ids["case"])
    use_interpreter(session, born=date(2010, 1, 1), override="Akutt situasjon om natten")
    assert session.interpreter is not None
    qtbot.waitUntil(
        lambda: any(
            e.action == "interpreter_override"
            for e in on_vault(qtbot, runner, lambda v: v.access_log.for_case(case_ids["case"]))
        )
    )


def sign(qtbot, notes: NotesController, session: NoteSession) -> None:
    with qtbot.waitSignal(notes.note_signed, timeout=3000):
        qtbot.keyClick(session.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_B11_signed_note_turns_read_only_and_edits_are_refused(qtbot, notes, runner, case_ids):
    """B11 (§ 12-4): a signed note never changes; the editor is read-only, an edit is refused."""
    session = open_new(qtbot, notes, case_ids["case"])
    type_into(session, "observations", "Barnet virket trygt.")
    sign(qtbot, notes, session)
    assert session.editor.sections.sections["observations"].text.isReadOnly()
    assert not session.editor.sign_button.isVisible()
    session.on_edited()
    session.flush()
    assert "signert og kan ikke endres" in session.editor.error.text()
    stored = on_vault(qtbot, runner, lambda v: v.notes.get(session.note.id))
    assert stored.is_signed and stored.observations == "Barnet virket trygt."


def test_B11_empty_note_cannot_be_signed(qtbot, notes, case_ids):
    session = open_new(qtbot, notes, case_ids["case"])
    session.sign()
    assert session.editor.error.isVisible()
    assert not session.note.is_signed


def test_B11_addendum_references_the_signed_note(qtbot, notes, runner, case_ids):
    """B11: corrections are addenda that reference the note; the note itself is unchanged."""
    session = open_new(qtbot, notes, case_ids["case"])
    type_into(session, "body", "Opprinnelig tekst.")
    sign(qtbot, notes, session)
    session.editor.addendum_button.click()
    dialog = notes.addendum_dialog
    dialog.text.setPlainText("Rettelse: besøket varte i to timer.")
    with qtbot.waitSignal(notes.addendum_added):
        dialog.save_button.click()
    addenda = on_vault(qtbot, runner, lambda v: v.notes.addenda_for(session.note.id))
    assert [a.note_id for a in addenda] == [session.note.id]
    assert session.editor.addenda_model.rowCount() == 1


def test_B3_exempt_section_needs_a_basis_before_signing(qtbot, notes, runner, case_ids):
    """B3 (fvl §§ 18–19): "unntatt innsyn" carries a basis and who decided."""
    session = open_new(qtbot, notes, case_ids["case"])
    type_into(session, "child_views", "Barnet fortalte om kranglingen hjemme.")
    section = session.editor.sections.sections["child_views"]
    section.exempt.setChecked(True)
    session.sign()
    assert session.editor.error.isVisible()
    section.basis.setText("fvl. § 19 første ledd bokstav d")
    sign(qtbot, notes, session)
    stored = on_vault(qtbot, runner, lambda v: v.notes.get(session.note.id))
    [exemption] = stored.exemptions
    assert exemption.section == "child_views" and exemption.decided_by == "kari.saksbehandler"


def test_A8_signed_note_with_child_participation_documents_it(qtbot, notes, runner, case_ids):
    """A8 (§ 1-4): the child's participation in a signed note is recorded on the undersøkelse."""
    session = open_new(qtbot, notes, case_ids["case"])
    type_into(session, "child_views", "Sara sa at hun liker skolen.")
    combo = session.editor.participation
    combo.setCurrentIndex(combo.findData(ParticipationCode.SAMTALE.value))
    sign(qtbot, notes, session)
    inv = on_vault(qtbot, runner, lambda v: v.investigations.get(case_ids["inv"]))
    assert [(p.code, p.note_id) for p in inv.participation] == [
        (ParticipationCode.SAMTALE, session.note.id)
    ]


def test_open_note_shows_a_signed_note_read_only_with_highlight(qtbot, notes, case_ids):
    session = open_new(qtbot, notes, case_ids["case"])
    type_into(session, "body", "Mor fortalte om barnehagen.")
    sign(qtbot, notes, session)
    note_id = session.note.id
    session.editor.close()
    qtbot.waitUntil(lambda: not notes.sessions)
    notes.open_note(note_id, highlight="barnehagen")
    qtbot.waitUntil(lambda: note_id in notes.sessions)
    editor = notes.sessions[note_id].editor
    assert editor.sections.sections["body"].text.isReadOnly()
    assert editor.sections.sections["body"].text.extraSelections()


def test_draft_typed_when_the_vault_locks_is_kept_and_saved_after_unlock(
    qtbot,
    notes,
    runner,
    case_ids,
    tmp_path,
    context,
):
    """Nothing lost: a save that finds the vault locked keeps the typing until the next unlock."""
    from storage.vault import Vault
    from tests.feature_fixtures import PASSPHRASE

    session = open_new(qtbot, notes, case_ids["case"])
    type_into(session, "body", "Skrevet i det hvelvet låses.")
    runner.close_vault()
    session.editor.close()  # the save is queued after the lock: it fails, the text is kept
    qtbot.waitUntil(lambda: session.dirty and not session.in_flight)
    assert notes.sessions  # not forgotten
    opened = []
    runner.set_vault(
        lambda: Vault.open(tmp_path / "vault", PASSPHRASE, clock=context.clock),
        opened.append,
        opened.append,
    )
    qtbot.waitUntil(lambda: bool(opened))
    with qtbot.waitSignal(notes.note_saved):
        notes.flush_all()
    stored = on_vault(qtbot, runner, lambda v: v.notes.get(session.note.id))
    assert stored.body == "Skrevet i det hvelvet låses."
    qtbot.waitUntil(lambda: not notes.sessions)
