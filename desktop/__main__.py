"""``feltjournal`` / ``python -m desktop``: parse the options and start the app.

Options: ``--data-dir`` (default: the platform's user data dir "Feltjournal"), ``--lang
nb|en``, ``--demo`` (a fresh vault with demo data in a temporary folder, removed on exit),
``--self-test`` (headless smoke test, exit 0 or a list of failures), ``--lock-minutes``,
``--quit-when-ready`` (show the first screen, then quit: IT's smoke test of an install, and
how ``tools/check_bundle.py`` times the start of the built app).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import platformdirs

DEMO_PASSPHRASE = "demo journal for opplæring"
"""The demo vault's passphrase (printed on the console; demo data is synthetic)."""


def default_data_dir() -> Path:
    """The platform's per-user data folder for Feltjournal."""
    return Path(platformdirs.user_data_dir("Feltjournal", appauthor=False))


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line (English help: it is for IT staff and scripts)."""
    parser = argparse.ArgumentParser(prog="feltjournal", description="Feltjournal")
    parser.add_argument("--data-dir", type=Path, default=None, help="vault folder")
    parser.add_argument("--lang", choices=("nb", "en"), default="nb", help="UI language")
    parser.add_argument("--demo", action="store_true", help="fresh vault with demo data")
    parser.add_argument("--self-test", action="store_true", help="headless smoke test")
    parser.add_argument(
        "--lock-minutes", type=float, default=5.0, help="auto-lock after idle (default 5)"
    )
    parser.add_argument(
        "--quit-when-ready", action="store_true", help="show the first screen, then quit"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``feltjournal``; returns the process exit code."""
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from desktop.selftest import run_self_test

        return run_self_test(lang=args.lang)
    return _run_gui(args)


def _run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.app import Shell, install_translator
    from desktop.context import AppContext

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Feltjournal")
    install_translator(app, args.lang)
    idle_ms = max(1, int(args.lock_minutes * 60_000))
    with tempfile.TemporaryDirectory(prefix="feltjournal-demo-") as demo_dir:
        folder = Path(demo_dir) if args.demo else (args.data_dir or default_data_dir())
        shell = Shell(folder, AppContext(demo_mode=args.demo), idle_ms=idle_ms)
        if args.demo:
            print(f"Demo: passordfrase «{DEMO_PASSPHRASE}» (demo passphrase)", flush=True)
            shell.start_demo(DEMO_PASSPHRASE)
        else:
            shell.start()
        if args.quit_when_ready:
            _quit_once_shown(app, shell.window)
        code = app.exec()
        shell.shutdown()
    return int(code)


def _quit_once_shown(app: Any, window: Any) -> None:
    """Quit as soon as the first screen has been painted (a zero timer runs after the paint)."""
    from PySide6.QtCore import QTimer

    window.repaint()
    QTimer.singleShot(0, app.quit)


if __name__ == "__main__":
    sys.exit(main())
