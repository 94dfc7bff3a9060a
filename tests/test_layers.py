"""Layers point one way (DESIGN.md §1, STYLE.md rule 1), checked on every import statement.

``desktop → {ui, storage, sync} → domain``; the core imports no Qt; ``ui`` imports none of the
core's storage or sync, nor ``desktop``; the app never imports the server and the server never
imports the app. Static (AST) so that a lazy import inside a function is caught too.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OUR_PACKAGES = ("domain", "storage", "sync", "desktop", "ui", "bench")


def imported_modules(package: str) -> dict[str, set[str]]:
    """Map each file of ``package`` to the top-level-qualified modules it imports."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def offenders(package: str, forbidden: tuple[str, ...], *, skip: str = "") -> list[str]:
    """Files of ``package`` (outside ``skip``) importing a module under ``forbidden``."""
    bad = []
    for path, names in imported_modules(package).items():
        if skip and path.startswith(skip):
            continue
        for name in names:
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                bad.append(f"{path}: {name}")
    return sorted(bad)


QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


@pytest.mark.parametrize("package", ["domain", "storage", "sync"])
def test_core_imports_no_qt(package: str) -> None:
    assert offenders(package, QT) == []


def test_domain_imports_no_database_or_network() -> None:
    forbidden = (
        "sqlcipher3",
        "sqlite3",
        "sqlalchemy",
        "httpx",
        "fastapi",
        "socket",
        "storage",
        "sync",
        "desktop",
        "ui",
    )
    assert offenders("domain", forbidden) == []


def test_storage_and_sync_do_not_import_each_other_or_the_app() -> None:
    assert offenders("storage", ("sync", "desktop", "ui")) == []
    assert offenders("sync", ("storage", "desktop", "ui")) == []


def test_ui_imports_no_storage_sync_or_desktop() -> None:
    assert offenders("ui", ("storage", "sync", "desktop", "sqlcipher3")) == []


def test_app_never_imports_the_server() -> None:
    for package in ("desktop", "ui", "storage"):
        assert offenders(package, ("sync.server", "fastapi", "sqlalchemy")) == []
    assert (
        offenders("sync", ("sync.server", "fastapi", "sqlalchemy", "uvicorn"), skip="sync/server")
        == []
    )


def test_server_never_imports_the_app() -> None:
    found = [
        f"{path}: {name}"
        for path, names in imported_modules("sync").items()
        if path.startswith("sync/server")
        for name in names
        if name.split(".")[0] in ("storage", "desktop", "ui") or name.startswith("PySide6")
    ]
    assert found == []


@pytest.mark.parametrize("package", OUR_PACKAGES)
def test_top_level_packages_are_ours(package: str) -> None:
    """PyPI has packages named storage, sync and desktop: make sure we import our own."""
    module = importlib.import_module(package)
    assert Path(module.__file__ or "").resolve().parent == ROOT / package
