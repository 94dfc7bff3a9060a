"""The note editor: templates per type, plain form values, read-only when signed, models."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from domain.notes import NoteType
from ui.addendum_dialog import AddendumDialog
from ui.note_editor import NoteEditor, NoteView
from ui.note_templates import template_for
from ui.plain_table import PlainTableModel

WHEN = datetime(2026, 3, 2, 13, 15)


def editor_with(qtbot, **kwargs) -> NoteEditor:
    editor = NoteEditor()
    qtbot.addWidget(editor)
    view = NoteView(
        "n1", "Hjemmebesøk – sak 2026-0142", kwargs.pop("note_type", "hjemmebesok"), WHEN, **kwargs
    )
    editor.load(view)
    editor.show()
    return editor


@pytest.mark.parametrize("note_type", list(NoteType))
def test_each_type_has_a_template_with_sections(note_type):
    template = template_for(note_type)
    keys = [key for key, _ in template.sections]
    assert "follow_up" in keys and len(keys) == len(set(keys))


def test_templates_differ_between_types():
    shown = {t: tuple(k for k, _ in template_for(t).sections) for t in NoteType}
    assert len(set(shown.values())) >= 5
    assert "child_views" in shown[NoteType.SAMTALE_BARN]
    assert "child_views" not in shown[NoteType.TELEFONSAMTALE]


def test_switching_type_keeps_hidden_text(qtbot):
    editor = editor_with(qtbot)
    editor.sections.sections["observations"].text.setPlainText("Ryddig hjem.")
    editor.note_type.setCurrentIndex(editor.note_type.findData("telefonsamtale"))
    assert not editor.sections.sections["observations"].isVisible()
    assert not editor.participation.isVisible()
    assert editor.form().sections["observations"] == "Ryddig hjem."


def test_loading_is_not_typing_but_typing_is(qtbot):
    editor = NoteEditor()
    qtbot.addWidget(editor)
    with qtbot.assertNotEmitted(editor.edited):
        editor.load(
            NoteView("n1", "t", "samtale_med_barnet", WHEN, sections={"child_views": "Hei"})
        )
    with qtbot.waitSignal(editor.edited):
        editor.sections.sections["child_views"].text.insertPlainText("!")


def test_form_has_participants_and_exemptions(qtbot):
    editor = editor_with(qtbot)
    editor.participants.setPlainText("Lina Haugen, mor\nTolk Tolkesen\n\n")
    editor.place.setText("Hjemme")
    section = editor.sections.sections["child_views"]
    section.exempt.setChecked(True)
    section.basis.setText("fvl. § 19")
    editor.exempt_whole.setChecked(True)
    form = editor.form()
    assert form.participants == [("Lina Haugen", "mor"), ("Tolk Tolkesen", "")]
    assert form.exempt_sections == {"child_views": "fvl. § 19"}
    assert form.exempt_whole == "" and form.place == "Hjemme"


def test_signed_view_is_read_only_and_offers_addendum(qtbot):
    editor = editor_with(
        qtbot,
        signed=True,
        sections={"body": "Tekst"},
        addenda=[("a1", ("03.03.2026", "kari", "Rettelse"))],
    )
    assert editor.sections.sections["body"].text.isReadOnly()
    assert not editor.sign_button.isVisible() and editor.addendum_button.isVisible()
    with qtbot.assertNotEmitted(editor.sign_requested):
        editor._on_sign()
    with qtbot.waitSignal(editor.addendum_requested) as blocker:
        editor.addendum_button.click()
    assert blocker.args == ["n1"]


def test_close_tells_the_controller_first(qtbot):
    editor = editor_with(qtbot)
    with qtbot.waitSignal(editor.closing):
        editor.close()


def test_highlight_marks_search_hit(qtbot):
    editor = editor_with(qtbot, sections={"body": "Mor fortalte om barnehagen i dag."})
    editor.highlight("barnehagen")
    assert len(editor.sections.sections["body"].text.extraSelections()) == 1


def test_interpreter_box_form(qtbot):
    editor = editor_with(qtbot, persons=[("p1", "Lina Haugen (Forelder)")])
    box = editor.interpreter
    box.person.setCurrentIndex(box.person.findData("p1"))
    assert box.name.text() == "Lina Haugen (Forelder)"
    box.birth_known.setChecked(True)
    box.birth_date.setDate(date(2000, 1, 1))
    with qtbot.waitSignal(box.interpreter_requested) as blocker:
        box.use_button.click()
    form = blocker.args[0]
    assert form.person_id == "p1" and form.birth_date is None


def test_plain_table_model_passes_modeltester(qtmodeltester):
    model = PlainTableModel(["Dato", "Skrevet av", "Tekst"])
    qtmodeltester.check(model)
    model.set_rows([("a1", ("03.03.2026", "kari", "Rettelse")), ("a2", ("04.03.2026", "ola", "x"))])
    qtmodeltester.check(model)
    assert model.key(1) == "a2"


def test_editor_addenda_model_passes_modeltester(qtbot, qtmodeltester):
    editor = editor_with(qtbot, signed=True, addenda=[("a1", ("03.03.2026", "kari", "Rettelse"))])
    qtmodeltester.check(editor.addenda_model)


def test_addendum_dialog_emits_text(qtbot):
    dialog = AddendumDialog(None, "n1", "Hjemmebesøk")
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("  Tillegg.  ")
    with qtbot.waitSignal(dialog.addendum_requested) as blocker:
        dialog.save_button.click()
    assert blocker.args == ["n1", "Tillegg."]
