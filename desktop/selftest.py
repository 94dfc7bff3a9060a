"""``feltjournal --self-test``: a headless smoke test of the real app, in a few seconds.

It drives the real Shell (session, TaskRunner, storage, deadlines, search) on a vault in a
``TemporaryDirectory``: create the vault, register a melding, write and sign a note, search
for it, compute deadlines, lock, unlock. The note carries a random marker; afterwards the
vault folder and every file the run left in the system temp dir are scanned for it, so
plaintext case data anywhere is a failure. The vault uses the **cheap KDF parameters meant
for tests** (the real cost is irrelevant to what is checked and would only slow CI).

Then it checks what the installer bundle trims around (``build.spec``), in memory only: Qt's
ICU still sorts and upper-cases Norwegian text and knows a legacy code page (the bundle ships
ICU data for nb/nn/no/en only), a letter renders to PDF (``QTextDocument`` + ``QPdfWriter``,
fonts embedded; the letter carries the marker too, so a spilled temporary file would be found),
and the leaders' statistics chart (QtCharts) fills and paints.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import cmp_to_key
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarSeries
from PySide6.QtCore import (
    QCollator,
    QEventLoop,
    QLocale,
    QMessageLogContext,
    QStringDecoder,
    QTimer,
    QtMsgType,
    SignalInstance,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from desktop import case_service, documents
from desktop.app import Shell, install_translator
from desktop.context import AppContext
from domain.cases import Case
from domain.letters import Letter, LetterSection, LetterType, Recipient
from domain.notes import JournalNote, NoteType
from domain.people import Person, PersonRole
from domain.reports import Channel, Report, ReporterType
from storage.keys import KdfParams
from ui.statistics_view import StatisticsRow, StatisticsView

PASSPHRASE = "selvtest med billig nøkkel"
TIMEOUT_MS = 20_000
SCAN_LIMIT_BYTES = 64 * 1024 * 1024
"""Files larger than this in the temp dir are not ours (the vault stays far below it)."""


class SelfTestFailure(Exception):
    """A step did not do what it should."""


def wait_for(
    signal: SignalInstance, trigger: Callable[[], Any], timeout_ms: int = TIMEOUT_MS
) -> tuple[Any, ...]:
    """Connect to ``signal``, run ``trigger``, and spin the event loop until it fires."""
    loop = QEventLoop()
    got: list[tuple[Any, ...]] = []

    def fired(*args: Any) -> None:
        got.append(args)
        loop.quit()

    signal.connect(fired)
    try:
        trigger()
        if not got:
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
    finally:
        signal.disconnect(fired)
    if not got:
        raise SelfTestFailure("timed out")
    return got[0]


def call(shell: Shell, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(vault)`` on the DB thread through the TaskRunner and wait for its result."""
    loop = QEventLoop()
    box: dict[str, Any] = {}

    def done(result: Any) -> None:
        box["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        box["error"] = error
        loop.quit()

    shell.runner.run(fn, done, failed, label="self-test")
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    loop.exec()
    if "error" in box:
        raise SelfTestFailure(type(box["error"]).__name__)
    if "result" not in box:
        raise SelfTestFailure("timed out")
    return box["result"]


class SelfTest:
    """The steps, in order; each raises :class:`SelfTestFailure` (or anything) on failure."""

    def __init__(self, folder: Path, marker: str) -> None:
        self.marker = marker
        self.context = AppContext(user="selvtest")
        self.shell = Shell(folder, self.context, kdf=KdfParams.cheap())
        self.case_id = ""
        self.note_id = ""

    def steps(self) -> list[tuple[str, Callable[[], None]]]:
        """Named steps for the report."""
        return [
            ("create vault", self.create_vault),
            ("register melding", self.register_melding),
            ("write and sign note", self.write_note),
            ("search", self.search),
            ("deadlines", self.deadlines),
            ("lock", self.lock),
            ("unlock", self.unlock),
            ("norwegian text (ICU)", norwegian_text),
            ("letter pdf", self.letter_pdf),
            ("statistics chart", statistics_chart),
        ]

    def create_vault(self) -> None:
        self.shell.start()
        wait_for(self.shell.session.unlocked, lambda: self.shell.session.create(PASSPHRASE))

    def register_melding(self) -> None:
        now = self.context.now().replace(tzinfo=None)
        case = Case(created_at=now)
        child = Person(
            case_id=case.id, role=PersonRole.CHILD, given_name="Test", family_name="Barn"
        )
        report = Report(
            case.id, now - timedelta(days=1), Channel.PHONE, ReporterType.ANONYMOUS, "Selvtest."
        )

        def work(vault: Any) -> Any:
            return vault.cases.create(case, child) | vault.reports.add(report)

        call(self.shell, work)
        self.case_id = case.id

    def write_note(self) -> None:
        now = self.context.now().replace(tzinfo=None)
        note = JournalNote(
            case_id=self.case_id,
            note_type=NoteType.SAMTALE_BARN,
            occurred_at=now,
            author="selvtest",
            body=f"Selvtest {self.marker} slutt.",
        )

        def work(vault: Any) -> Any:
            return vault.notes.save_draft(note) | vault.notes.sign(note.id, by="selvtest", at=now)

        call(self.shell, work)
        self.note_id = note.id

    def search(self) -> None:
        hits = call(self.shell, lambda v: case_service.search_rows(v, self.marker))
        if not any(h.note_id == self.note_id and "\x02" in h.snippet for h in hits):
            raise SelfTestFailure("the signed note was not found")

    def deadlines(self) -> None:
        today = self.context.today()
        detail = call(self.shell, lambda v: case_service.case_detail(v, self.case_id, today))
        if not any(d.rule == "A1" for d in detail.deadlines):
            raise SelfTestFailure("no A1 deadline for the melding")
        if not any(t.note_id == self.note_id and t.signed for t in detail.timeline):
            raise SelfTestFailure("the signed note is missing from the journal")

    def lock(self) -> None:
        wait_for(self.shell.session.locked, self.shell.session.lock)
        if self.shell.window.case_list.model.rowCount():
            raise SelfTestFailure("the case list was not cleared")

    def unlock(self) -> None:
        wait_for(self.shell.session.unlocked, lambda: self.shell.session.unlock(PASSPHRASE))
        rows = call(self.shell, lambda v: case_service.case_rows(v, self.context.today()))
        if [r.case_id for r in rows] != [self.case_id]:
            raise SelfTestFailure("the case is not there after unlock")

    def letter_pdf(self) -> None:
        letter = Letter(
            letter_type=LetterType.RECEIPT,
            title="Bekreftelse på mottatt bekymringsmelding",
            sender="Barneverntjenesten i Selvtest kommune",
            recipient=Recipient("Åse Ørjasæter", address_lines=("Bjørkeveien 1", "9999 Øvre Å")),
            dated=date(2024, 3, 1),
            sections=(LetterSection("Om meldingen", (f"Selvtest {self.marker} æøå ÆØÅ.",)),),
        )
        pdf = documents.letter_pdf_bytes(letter)  # in memory; nothing is written to disk
        if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-32:]:
            raise SelfTestFailure("the letter is not a complete PDF")
        if b"/Type /Page\n" not in pdf or b"/FontFile" not in pdf:
            raise SelfTestFailure("the letter PDF has no page or no embedded font")

    def run(self) -> list[str]:
        """Run every step; stop at the first failure (later steps depend on it)."""
        try:
            for name, step in self.steps():
                try:
                    step()
                except Exception as exc:  # noqa: BLE001 - reported, never raised
                    return [f"{name}: {type(exc).__name__}: {exc}"]
            return []
        finally:
            self.shell.shutdown()
            self.shell.window.close()


NORWEGIAN_ORDER = ["Anne", "Zara", "Ærlig", "Ørjan", "Åse"]
"""Bokmål collation: æ, ø, å after z, in that order (ICU's root order mixes them into a)."""


def norwegian_text() -> None:
    """Qt's ICU (trimmed to nb/nn/no/en data in the bundle) still handles Norwegian text."""
    bokmal = QLocale("nb_NO")
    collator = QCollator(bokmal)
    shuffled = [NORWEGIAN_ORDER[i] for i in (4, 2, 0, 3, 1)]
    if sorted(shuffled, key=cmp_to_key(collator.compare)) != NORWEGIAN_ORDER:
        raise SelfTestFailure("Norwegian collation is missing (ICU data)")
    if bokmal.toUpper("blåbærsyltetøy") != "BLÅBÆRSYLTETØY" or bokmal.toLower("ÆØÅ") != "æøå":
        raise SelfTestFailure("Norwegian case mapping failed")
    if not QStringDecoder("windows-1252").isValid():
        raise SelfTestFailure("the windows-1252 code page is missing (ICU data)")


def statistics_chart() -> None:
    """The leaders' chart (QtCharts) takes figures and paints them."""
    rows = [
        StatisticsRow(
            period=f"2024K{q}",
            is_quarter=True,
            reports_received=10 * q,
            share_reports_closed=0.5,
            reports_over_deadline=q,
            investigations_opened=5 * q,
            investigations_concluded=4 * q,
            investigations_over_deadline=q,
            share_investigations_closed=0.25,
            children_with_measures=3 * q,
            share_with_plan=None,
            emergency_decisions=0,
            followup_visits_per_child=1.5,
        )
        for q in (1, 2, 3, 4)
    ]
    view = StatisticsView(2024)
    try:
        view.resize(900, 500)
        view.set_rows(rows)
        series = view.chart().series()
        bars = series[0].barSets() if len(series) == 1 and isinstance(series[0], QBarSeries) else []
        if len(bars) != 4 or any(bar.count() != 4 for bar in bars):
            raise SelfTestFailure("the chart did not take the figures")
        if view.grab().toImage().isNull():
            raise SelfTestFailure("the chart did not paint")
    finally:
        view.deleteLater()


def scan_for(marker: str, roots: list[Path], since: float) -> list[str]:
    """Files under ``roots`` changed since ``since`` that contain ``marker`` in plain text."""
    needles = [marker.encode("utf-8"), marker.encode("utf-16-le")]
    hits: list[str] = []
    for root in roots:
        for path in root.rglob("*") if root.is_dir() else []:
            try:
                if not path.is_file() or path.stat().st_mtime < since:
                    continue
                if path.stat().st_size > SCAN_LIMIT_BYTES:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            if any(n in data for n in needles):
                hits.append(str(path))
    return hits


def _quiet_offscreen(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """The offscreen platform warns about window hints it cannot honour; keep the rest."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def run_self_test(lang: str = "nb") -> int:
    """Run the self-test headless; print what failed; 0 when everything passed."""
    started = time.time() - 1
    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(["feltjournal-self-test"])
    install_translator(app, lang)
    # A fixed marker from the environment lets a packaging check scan the install folder too.
    marker = os.environ.get("FELT_SELFTEST_MARKER") or "selvtestmerke" + secrets.token_hex(8)
    with tempfile.TemporaryDirectory(prefix="feltjournal-selftest-") as tmp:
        failures = SelfTest(Path(tmp) / "vault", marker).run()
        leaks = scan_for(marker, [Path(tmp)], since=started)
    leaks += scan_for(marker, [Path(tempfile.gettempdir())], since=started)
    failures += [f"plaintext found in {leak}" for leak in sorted(set(leaks))]
    if failures:
        print("Feltjournal self-test FAILED:", file=sys.stderr)
        for failure in failures:
            print(f"  - {failure}", file=sys.stderr)
        return 1
    print(f"Feltjournal self-test OK ({time.time() - started - 1:.1f} s)")
    return 0
