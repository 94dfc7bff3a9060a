"""``--lang en`` loads the English translation; bokmål is the source language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop.app import install_translator, resource_dir
from domain.errors import ErrorKind, FeltError
from ui.labels import label
from ui.main_window import MainWindow
from ui.messages import message_for


@pytest.fixture
def english(qapp) -> Iterator[None]:  # noqa: ANN001
    translator = install_translator(qapp, "en")
    assert translator is not None, "resources/i18n/feltjournal_en.qm is missing"
    yield
    QCoreApplication.removeTranslator(translator)


def test_compiled_translation_is_present() -> None:
    assert (resource_dir() / "i18n" / "feltjournal_en.qm").is_file()
    assert (resource_dir() / "i18n" / "feltjournal_en.ts").is_file()


def test_english_strings(qtbot, english) -> None:  # noqa: ANN001
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.lock_action.text() == "&Lock"
    assert window.search_action.text() == "&Search …"
    assert window.unlock.unlock_button.text() == "&Unlock"
    assert window.case_list.model.headerData(0, Qt.Orientation.Horizontal) == "Case no."
    assert label("undersokelse") == "Investigation"
    assert message_for(FeltError(ErrorKind.DISK_FULL)).startswith("The disk is full")


def test_bokmaal_without_translator(qtbot) -> None:  # noqa: ANN001
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.lock_action.text() == "&Lås"
    assert label("undersokelse") == "Undersøkelse"


def test_english_sync_strings(qtbot, english) -> None:  # noqa: ANN001
    from desktop.sync_service import message_for as sync_message
    from ui.quarantine_view import reason_text
    from ui.sync_status import SyncStatusWidget

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.enrol_action.text() == "&Connect to the municipality's server …"
    assert window.sync_gate.sync_button.text() == "&Sync now"
    status = SyncStatusWidget()
    qtbot.addWidget(status)
    assert status.state_label.text() == "Not registered with a server"
    assert sync_message("offline") == "Offline – will try again later"
    assert reason_text("access_denied") == "You no longer have access to the case"
