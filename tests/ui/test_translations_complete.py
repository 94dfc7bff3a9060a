"""Every string the UI shows has its English, and the committed .qm is the .ts compiled.

English users saw bokmål where a string never reached lupdate (a ``_t(text)`` wrapper, a
``translate(..., n)`` plural that lupdate does not mark as plural, a deadline title from
``domain/deadlines``). These tests fail when a string is added without its English, when the
.qm is stale, or when the domain gets a deadline title the UI's table does not know.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from domain.deadlines import Deadline, compute_deadlines, conclusion_gates, rules
from domain.deadlines.catalogue import Rule
from domain.errors import ErrorKind, FeltError
from domain.investigations import Extension
from tests.domain.test_deadlines_builders import case_file, investigation, only, report
from tools.update_translations import ROOT, SOURCES, sources, tool

I18N = ROOT / "resources" / "i18n"
TS = I18N / "feltjournal_en.ts"
QM = I18N / "feltjournal_en.qm"
GONE = ("vanished", "obsolete")


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    """(context, <message>) for every live message of ``ts`` (vanished/obsolete skipped)."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in GONE:
                yield name, message


def missing_english(ts: Path) -> list[str]:
    """Messages of ``ts`` that are unfinished or have an empty translation (or plural form)."""
    bad = []
    for context, message in messages(ts):
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.findall("numerusform")]
            empty = len(texts) < 2 or not all(t.strip() for t in texts)  # English: one, other
        else:
            empty = not (translation.text or "").strip()
        if empty or translation.get("type") == "unfinished":
            bad.append(f"{context}: {message.findtext('source')!r}")
    return bad


def test_every_message_in_the_ts_has_english() -> None:
    assert missing_english(TS) == []
    assert sum(1 for _ in messages(TS)) > 700


def test_the_ts_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    """lupdate over ui/ and desktop/ into a copy finds nothing new: the .ts is up to date."""
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    command = [
        tool("pyside6-lupdate"),
        *sources(),
        "-source-language",
        "nb_NO",
        "-target-language",
        "en",
        "-no-obsolete",
        "-silent",
        "-ts",
        str(copy),
    ]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    assert missing_english(copy) == []
    found = {(c, m.findtext("source")) for c, m in messages(copy)}
    assert found == {(c, m.findtext("source")) for c, m in messages(TS)}


def test_the_qm_is_the_ts_compiled(tmp_path: Path) -> None:
    """lrelease output is deterministic, so a rebuild must equal the committed .qm byte for
    byte (run ``tools/update_translations.py`` after editing the .ts)."""
    rebuilt = tmp_path / QM.name
    command = [tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(rebuilt)]
    subprocess.run(command, check=True, capture_output=True)
    assert rebuilt.read_bytes() == QM.read_bytes()


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_translate_calls_lupdate_can_read() -> None:
    """A literal context wherever the text is literal (lupdate skips a variable one), and no ``translate(ctx, text, "", n)`` (lupdate does not see it as plural: use
    ``self.tr(text, "", n)`` in a QObject, like ``ui.labels.Labels``)."""
    bad = []
    for path in sorted(p for d in SOURCES for p in (ROOT / d).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            if name not in ("translate", "QT_TRANSLATE_NOOP"):
                continue
            if isinstance(node.func, ast.Attribute) and getattr(node.func.value, "id", "") in (
                "painter",
            ):
                continue  # QPainter.translate
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            literal = [isinstance(arg, ast.Constant) for arg in node.args[:2]]
            # translate(CTX, table[key]) is a table marked with QT_TRANSLATE_NOOP: fine.
            if literal[1:] == [True] and not literal[0]:
                bad.append(f"{where}: a literal text with a variable context")
            if name == "QT_TRANSLATE_NOOP" and literal != [True, True]:
                bad.append(f"{where}: QT_TRANSLATE_NOOP needs a literal context and text")
            if len(node.args) > 3 or any(k.arg == "n" for k in node.keywords):
                bad.append(f"{where}: plural through translate()")
    assert bad == []


def _domain_deadline_titles() -> set[str]:
    """Every title ``domain.deadlines`` can give: each rule's, A5 extended, each A7 item."""
    titles = {v.title for v in vars(rules).values() if isinstance(v, Rule)}
    melding = report(date(2024, 1, 24), decided=date(2024, 1, 24))
    undersokelse = investigation(melding)
    gates: list[Deadline] = conclusion_gates(undersokelse, melding, date(2024, 2, 1))
    titles |= {gate.title for gate in gates}
    undersokelse.extension = Extension(date(2024, 4, 1), "Sakkyndig utredning pågår.", "leder")
    file = case_file()
    file.reports.append(melding)
    file.investigations.append(undersokelse)
    titles.add(only(compute_deadlines(file, date(2024, 5, 1)), "A5").title)
    return titles


def test_every_deadline_title_of_the_domain_is_in_the_table() -> None:
    from ui.labels import DEADLINE_TITLES

    titles = _domain_deadline_titles()
    assert "Undersøkelse avsluttet (forlenget frist)" in titles
    assert "Undersøkelsesplan: hjemmebesøk" in titles
    assert titles - DEADLINE_TITLES == set()


@pytest.fixture
def english(qapp) -> Iterator[None]:  # noqa: ANN001
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_qm_translates_every_context_it_was_missing(english) -> None:  # noqa: ANN001
    from desktop.note_rules import interpreter_text
    from desktop.notifier import what
    from domain.deadlines import Action
    from domain.notes import NoteType
    from domain.reports import Channel
    from ui.domain_labels import channel_labels
    from ui.labels import DEADLINE_TITLES, age, deadline_title
    from ui.leader_overview import _unassigned
    from ui.messages import message_for
    from ui.models import DeadlineModel
    from ui.note_templates import section_names, template_for
    from ui.rows import DeadlineRow

    assert age(1) == "1 year"
    assert age(3) == "3 years"
    wrong = FeltError(ErrorKind.WRONG_PASSPHRASE)
    wrong.delay_s = 1.0  # type: ignore[attr-defined]
    assert message_for(wrong).endswith(" Wait 1 second before the next attempt.")
    wrong.delay_s = 3.0  # type: ignore[attr-defined]
    assert message_for(wrong).endswith(" Wait 3 seconds before the next attempt.")
    assert channel_labels()[Channel.DIGITAL] == "Digital report"
    assert template_for(NoteType.MOTE).sections[0] == ("body", "Minutes")
    assert section_names()["place"] == "Place"
    assert interpreter_text(None) == "No interpreter."
    assert _unassigned() == "(not assigned)"
    assert what(Action.MAKE_PLAN) == "measure plan"
    assert deadline_title("Gjennomgang av melding") == "Review of the report"
    assert deadline_title("Ukjent tittel") == "Ukjent tittel"
    assert all(deadline_title(t) != t for t in DEADLINE_TITLES)
    model = DeadlineModel()
    model.set_rows([DeadlineRow("A1", "Gjennomgang av melding", date(2026, 11, 27), "due_soon")])
    assert model.index(0, 1).data() == "Review of the report"


def test_bokmaal_stays_without_a_translator() -> None:
    from ui.labels import age, deadline_title

    assert age(3) == "3 år"
    assert deadline_title("Gjennomgang av melding") == "Gjennomgang av melding"
