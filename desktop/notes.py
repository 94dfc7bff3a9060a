"""Journal notes: new note ("Nytt notat", Ctrl+Shift+N), autosave, signing (B11), addenda.

Autosave: the first keystroke after a save starts a one-second timer (it is not restarted by
later keystrokes), so a crash loses at most the last second of typing; the draft is saved by
``notes.save_draft`` on the TaskRunner, which replaces the draft's pending outbox operation.
Closing the editor saves what is unsaved first: nothing typed is ever lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.draft_merge import DraftVersions, save_merge, versions_to_merge
from desktop.jobs import Done, atomic, message, run_mutation
from desktop.note_rules import (
    check_before_signing,
    interpreter_of,
    interpreter_text,
    new_addendum,
    note_from_form,
    note_view,
)
from desktop.tasks import TaskRunner
from domain.errors import ValidationError
from domain.investigations import ChildParticipation
from domain.notes import Addendum, Interpreter, JournalNote, NoteType
from domain.people import Person
from ui.addendum_dialog import AddendumDialog
from ui.draft_merge import DraftMergeDialog
from ui.interpreter_box import InterpreterForm
from ui.note_editor import NoteEditor

AUTOSAVE_MS = 1000
"""At most this much typing is ever unsaved (DESIGN.md §3, Drafts)."""


@dataclass
class Opened:
    """A note with what its editor needs from the case."""

    note: JournalNote
    case_number: str
    persons: list[Person]
    child_id: str | None
    addenda: list[Addendum]
    versions: DraftVersions | None = None  # two versions of this draft to merge first (§5)


def load_case(vault: Any, case_id: str) -> tuple[str, list[Person], str | None]:
    """On the DB thread: case number, persons and child of a case."""
    case_file = vault.cases.get_file(case_id)
    child = case_file.child
    return case_file.case.number, case_file.persons, child.id if child else None


def load_note(vault: Any, note_id: str) -> Opened:
    """On the DB thread: a stored note and its case."""
    note = vault.notes.get(note_id)
    number, persons, child_id = load_case(vault, note.case_id)
    addenda = vault.notes.addenda_for(note_id)
    return Opened(note, number, persons, child_id, addenda, versions_to_merge(vault, note))


def sign_note(vault: Any, note: JournalNote, *, by: str, at: Any) -> Done:
    """On the DB thread: save the last typing, sign, and record A8 on the open undersøkelse."""
    with atomic(vault):
        changes = vault.notes.save_draft(note)
        changes |= vault.notes.sign(note.id, by=by, at=at)
        if note.child_participation is not None:
            open_ones = [
                inv
                for inv in vault.cases.get_file(note.case_id).investigations
                if inv.conclusion is None
            ]
            if open_ones:
                participation = ChildParticipation(
                    note.child_participation, note.occurred_at.date(), note_id=note.id
                )
                changes |= vault.investigations.add_participation(open_ones[-1].id, participation)
    return Done(changes, vault.notes.get(note.id))


class NoteSession(QObject):
    """One open editor, the note it edits and its autosave state."""

    def __init__(self, owner: NotesController, editor: NoteEditor, opened: Opened) -> None:
        super().__init__(owner)
        self.owner = owner
        self.editor = editor
        self.opened = opened
        self.note = opened.note
        self.interpreter: Interpreter | None = opened.note.interpreter
        self.dirty = False
        self.in_flight = False
        self.closed = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)
        editor.edited.connect(self.on_edited)
        editor.save_requested.connect(self.flush)
        editor.closing.connect(self.on_closing)
        editor.sign_requested.connect(lambda _id: self.sign())
        editor.addendum_requested.connect(lambda _id: self.ask_addendum())
        editor.interpreter.interpreter_requested.connect(self.set_interpreter)
        editor.interpreter.interpreter_cleared.connect(lambda: self.set_interpreter(None))

    @property
    def context(self) -> AppContext:
        """The app's user and clock."""
        return self.owner.context

    def on_edited(self) -> None:
        """Typing: save within a second (the timer is not restarted by later keystrokes)."""
        self.dirty = True
        if not self.timer.isActive():
            self.timer.start()

    def build(self) -> JournalNote:
        """The note with the editor's current values (refused when signed, B11)."""
        return note_from_form(
            self.note,
            self.editor.form(),
            self.interpreter,
            user=self.context.user,
            tz=self.context.now().tzinfo,
        )

    def flush(self) -> None:
        """Save the draft now if anything is unsaved; one save in flight at a time."""
        self.timer.stop()
        if not self.dirty or self.in_flight:
            return
        self.dirty = False
        try:
            note = self.build()
        except ValidationError as exc:
            self.editor.show_error(message(exc))
            return
        self.in_flight = True
        run_mutation(
            self.owner.runner,
            lambda vault: Done(vault.notes.save_draft(note)),
            lambda _v: self._saved(note),
            self._save_failed,
            label="notes.autosave",
        )

    def _saved(self, note: JournalNote) -> None:
        self.in_flight = False
        self.note = note
        at = self.context.now().strftime("%H:%M:%S")
        saved = QCoreApplication.translate("Notes", "Utkast lagret %1")
        self.editor.show_status(saved.replace("%1", at))
        self.owner.note_saved.emit(note.id)
        if self.dirty:
            self.flush()
        elif self.closed:
            self.owner.forget(self)

    def _save_failed(self, exc: BaseException) -> None:
        self.in_flight = False
        self.dirty = True  # keep the typing; the next keystroke or Ctrl+S tries again
        self.editor.show_error(message(exc))
        self.owner.status_message.emit(message(exc))

    def on_closing(self) -> None:
        """The window closes: save what is unsaved first (nothing lost)."""
        self.closed = True
        if self.dirty:
            self.flush()
            self.owner.status_message.emit(
                QCoreApplication.translate("Notes", "Utkastet er lagret. Du finner det i saken.")
            )
        elif not self.in_flight:
            self.owner.forget(self)

    def set_interpreter(self, form: InterpreterForm | None) -> None:
        """B7: accept the interpreter only when allowed; say why not otherwise."""
        if form is None:
            self.interpreter = None
        else:
            try:
                self.interpreter = interpreter_of(
                    form,
                    {p.id: p for p in self.opened.persons},
                    on=self.editor.form().occurred_at.date(),
                    child_id=self.opened.child_id,
                )
            except ValidationError as exc:
                self.editor.interpreter.show_state(message(exc))
                self.editor.show_error(message(exc))
                return
            if self.interpreter.override_reason:
                self._log_override()
        self.editor.show_error("")
        self.editor.interpreter.show_state(interpreter_text(self.interpreter))
        self.on_edited()

    def _log_override(self) -> None:
        # B7: an emergency override is logged (the reason stays in the note, not the log).
        case_id, note_id = self.note.case_id, self.note.id
        self.owner.runner.run(
            lambda vault: vault.access_log.record(
                "interpreter_override", case_id=case_id, entity_id=note_id
            ),
            label="notes.interpreter_override",
        )

    def sign(self) -> None:
        """Save and sign; the editor turns read-only (B11)."""
        self.timer.stop()
        now, user = self.context.now(), self.context.user
        try:
            note = self.build()
            check_before_signing(note, by=user, at=now, child_id=self.opened.child_id)
        except ValidationError as exc:
            self.editor.show_error(message(exc))
            return
        self.dirty = False
        run_mutation(
            self.owner.runner,
            lambda vault: sign_note(vault, note, by=user, at=now),
            self._signed,
            self._sign_failed,
            label="notes.sign",
        )

    def _sign_failed(self, exc: BaseException) -> None:
        self.dirty = True  # the save in the refused transaction was rolled back
        self.editor.show_error(message(exc))

    def _signed(self, note: JournalNote) -> None:
        self.note = note
        self.show()
        self.owner.note_signed.emit(note.id)

    def show(self) -> None:
        """Show the note as it now stands."""
        self.editor.load(
            note_view(
                self.note,
                case_number=self.opened.case_number,
                persons=self.opened.persons,
                addenda=self.opened.addenda,
                tz=self.context.now().tzinfo,
            )
        )

    def ask_addendum(self) -> None:
        """Open the addendum dialog for the signed note."""
        dialog = AddendumDialog(self.editor, self.note.id, self.editor.windowTitle())
        dialog.addendum_requested.connect(lambda _id, text: self._add(dialog, text))
        self.owner.addendum_dialog = dialog
        dialog.open()

    def _add(self, dialog: AddendumDialog, text: str) -> None:
        try:
            addendum = new_addendum(self.note, text, user=self.context.user, now=self.context.now())
        except ValidationError as exc:
            dialog.show_error(message(exc))
            return
        run_mutation(
            self.owner.runner,
            lambda vault: Done(
                vault.notes.add_addendum(addendum), vault.notes.addenda_for(addendum.note_id)
            ),
            lambda addenda: self._added(dialog, addenda),
            lambda exc: dialog.show_error(message(exc)),
            label="notes.addendum",
        )

    def _added(self, dialog: AddendumDialog, addenda: list[Addendum]) -> None:
        dialog.accept()
        self.opened.addenda = addenda
        self.show()
        self.owner.addendum_added.emit(self.note.id)


class NotesController(QObject):
    """Opens note editors; each keeps its own autosave session."""

    note_saved = Signal(str)
    note_signed = Signal(str)
    addendum_added = Signal(str)
    note_merged = Signal(str)  # two versions of a draft were merged and saved
    status_message = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.runner = runner
        self.parent_widget = parent
        self.context = context
        self.sessions: dict[str, NoteSession] = {}
        self.addendum_dialog: AddendumDialog | None = None
        self.merge_dialog: DraftMergeDialog | None = None

    def new_note(self, case_id: str, note_type: NoteType = NoteType.HJEMMEBESOK) -> None:
        """A new draft in ``case_id``; stored at the first keystroke."""
        now, user = self.context.now().replace(second=0, microsecond=0), self.context.user

        def opened(found: tuple[str, list[Person], str | None]) -> None:
            note = JournalNote(case_id, note_type, occurred_at=now, author=user)
            self._open(Opened(note, found[0], found[1], found[2], []), "")

        self.runner.run(
            lambda vault: load_case(vault, case_id),
            opened,
            lambda exc: self.status_message.emit(message(exc)),
            label="notes.new",
        )

    def open_note(self, note_id: str, highlight: str = "") -> None:
        """Open a stored note: an editor for a draft, read-only when signed."""
        session = self.sessions.get(note_id)
        if session is not None:
            session.editor.raise_()
            session.editor.highlight(highlight)
            return
        self.runner.run(
            lambda vault: load_note(vault, note_id),
            lambda found: self._open(found, highlight),
            lambda exc: self.status_message.emit(message(exc)),
            label="notes.open",
        )

    def _open(self, opened: Opened, highlight: str) -> None:
        if opened.versions is not None:
            self._ask_merge(opened.note.id, opened.versions, highlight)
            return
        editor = NoteEditor(self.parent_widget)
        session = NoteSession(self, editor, opened)
        self.sessions[opened.note.id] = session
        session.show()
        editor.show()
        editor.highlight(highlight)

    def _ask_merge(self, note_id: str, versions: DraftVersions, highlight: str) -> None:
        """Both versions side by side; the draft opens once merged (cancel: not now)."""
        dialog = DraftMergeDialog(versions.mine, versions.theirs, self.parent_widget)
        dialog.merged.connect(lambda sections: self._merge(note_id, sections, highlight))
        self.merge_dialog = dialog
        dialog.open()

    def _merge(self, note_id: str, sections: dict[str, str], highlight: str) -> None:
        run_mutation(
            self.runner,
            lambda vault: save_merge(vault, note_id, sections),
            lambda _id: self._merged(note_id, highlight),
            lambda exc: self.status_message.emit(message(exc)),
            label="notes.merge",
        )

    def _merged(self, note_id: str, highlight: str) -> None:
        self.merge_dialog = None
        self.status_message.emit(
            QCoreApplication.translate("Notes", "Versjonene er slått sammen og lagret som utkast.")
        )
        self.note_merged.emit(note_id)
        self.open_note(note_id, highlight)

    def forget(self, session: NoteSession) -> None:
        """Drop a closed editor once nothing of it is unsaved."""
        self.sessions.pop(session.note.id, None)
        session.editor.deleteLater()

    def flush_all(self) -> None:
        """Save every unsaved draft now: before locking or quitting, and after an unlock (a save
        that found the vault locked kept its typing and is retried here)."""
        for session in list(self.sessions.values()):
            session.flush()

    def discard_all(self) -> None:
        """Close every editor without saving: the vault is gone (wiped after revocation)."""
        for session in list(self.sessions.values()):
            session.timer.stop()
            session.dirty = False
            session.closed = True
            self.forget(session)
            session.editor.hide()
        for dialog in (self.addendum_dialog, self.merge_dialog):
            if dialog is not None:
                dialog.reject()
        self.addendum_dialog = self.merge_dialog = None
