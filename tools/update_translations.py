"""Refresh the English translation: lupdate over ui/ and desktop/, then lrelease to .qm.

Run after changing any user-visible string (``python tools/update_translations.py``). The
source language is Norwegian bokmål; new strings arrive in ``feltjournal_en.ts`` as
unfinished until someone writes their English. The compiled ``.qm`` is committed (it is
small, and PyInstaller bundles it as it is), so a fresh clone runs without Qt tools.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("en",)
SOURCES = ("ui", "desktop")


def tool(name: str) -> str:
    """A Qt tool from the venv (beside this Python) or from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in the venv")
    return found


def sources() -> list[str]:
    """Every Python file whose strings are translated."""
    files = sorted(p for d in SOURCES for p in (ROOT / d).rglob("*.py"))
    return [str(p.relative_to(ROOT)) for p in files]


def main() -> int:
    """Update every .ts and compile it; returns the exit code of the first failure."""
    for lang in LANGUAGES:
        ts = I18N / f"feltjournal_{lang}.ts"
        qm = I18N / f"feltjournal_{lang}.qm"
        update = [
            tool("pyside6-lupdate"),
            *sources(),
            "-source-language",
            "nb_NO",
            "-target-language",
            lang,
            "-no-obsolete",
            "-ts",
            str(ts.relative_to(ROOT)),
        ]
        for command in (update, [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)]):
            result = subprocess.run(command, cwd=ROOT, check=False)
            if result.returncode:
                return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
