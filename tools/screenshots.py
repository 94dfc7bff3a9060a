"""Render the main screens offscreen into ``docs/screenshots/*.png`` from a demo vault.

``python tools/screenshots.py [--lang en] [--out DIR]``. Uses the real Shell on a fresh
demo vault in a temporary folder (cheap KDF, synthetic data), so the pictures show exactly
what a caseworker sees: first run, case list, case view, note editor and search, and what
a leader sees: the leader's overview and the statistics.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.__main__ import DEMO_PASSPHRASE  # noqa: E402
from desktop.app import Shell, demo_opener, install_translator  # noqa: E402
from desktop.context import AppContext  # noqa: E402
from desktop.selftest import call, wait_for  # noqa: E402
from storage.keys import KdfParams  # noqa: E402


def grab(widget: QWidget, path: Path) -> None:
    """Let layouts settle, then save the widget as a PNG."""
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def spin_until(condition, timeout_ms: int = 10_000) -> None:  # noqa: ANN001
    """Run the event loop until ``condition()`` holds (the shell loads rows asynchronously)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not condition():
        poll.start()
        loop.exec()
    poll.stop()


def first_run(out: Path, folder: Path) -> None:
    """The first-run screen with a passphrase typed in."""
    shell = Shell(folder, AppContext(), kdf=KdfParams.cheap())
    shell.start()
    shell.window.first_run.passphrase.setText("en passordfrase")
    grab(shell.window, out / "first-run.png")
    shell.shutdown()
    shell.window.close()


def main_screens(out: Path, folder: Path) -> None:
    """Case list, case view, note editor and search on a demo vault."""
    context = AppContext(demo_mode=True)
    shell = Shell(folder, context, kdf=KdfParams.cheap())
    shell.window.show()
    opener = demo_opener(folder, DEMO_PASSPHRASE, context, kdf=KdfParams.cheap())
    wait_for(shell.session.unlocked, lambda: shell.session.adopt(opener), timeout_ms=120_000)
    model = shell.window.case_list.model
    spin_until(lambda: model.rowCount() > 0)
    grab(shell.window, out / "case-list.png")
    case_id = model.rows()[0].case_id
    shell.open_case(case_id)
    spin_until(lambda: shell.window.case_view.case_id == case_id)
    shell.window.case_view.tabs.setCurrentIndex(4)  # the journal
    grab(shell.window, out / "case-view.png")
    timeline = shell.window.case_view.timeline
    if timeline.rowCount():
        note_id = timeline.rows()[0].note_id
        shell.notes.open_note(note_id)
        spin_until(lambda: note_id in shell.notes.sessions)
        editor = shell.notes.sessions[note_id].editor if note_id in shell.notes.sessions else None
        if editor is not None:
            grab(editor, out / "note-editor.png")
            editor.close()
    words = call(shell, lambda v: v.notes.list_for_case(case_id))
    query = (words[0].text().split() or ["barnet"])[0] if words else "barnet"
    shell.window.search.open_search()
    shell.window.search.query.setText(query)
    spin_until(lambda: shell.window.search.model.rowCount() > 0)
    grab(shell.window.search, out / "search.png")
    shell.window.search.hide()
    leader_screens(shell, out)
    shell.shutdown()
    shell.window.close()


def leader_screens(shell: Shell, out: Path) -> None:
    """The leader's overview (cases, caseworkers, fristbrudd) and the statistics (issue 7)."""
    shell.office.open_overview()
    spin_until(lambda: shell.office.overview is not None)
    view = shell.office.overview
    if view is None:
        return
    spin_until(lambda: view.cases.rowCount() > 0 and view.statistics.model.rowCount() > 0)
    grab(view, out / "leader-overview.png")
    view.tabs.setCurrentIndex(view.STATISTICS)
    grab(view, out / "statistics.png")
    view.close()


def main() -> int:
    """Render every screen; returns 0."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("nb", "en"), default="nb")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(["feltjournal-screenshots"])
    install_translator(app, args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="feltjournal-shots-") as tmp:
        first_run(args.out, Path(tmp) / "first")
        main_screens(args.out, Path(tmp) / "demo")
    return 0


if __name__ == "__main__":
    sys.exit(main())
