"""``feltjournal`` / ``python -m desktop``: parse the options and start the app.

Options: ``--data-dir`` (default: the platform's user data dir "Feltjournal"), ``--lang
nb|en``, ``--demo`` (a fresh vault with demo data in a temporary folder, removed on exit),
``--self-test`` (headless smoke test, exit 0 or a list of failures), ``--lock-minutes``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

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
        code = app.exec()
        shell.shutdown()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
