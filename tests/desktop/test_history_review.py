"""Values that lost a sync merge (DESIGN.md §5): the rows review shows, and the two answers.

Conflicts are made the way sync makes them: a pulled page applied by the vault's sync store
(``tests.storage.remote_ops``), or two real devices and the real server in the last test.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import Shell
from desktop.context import AppContext
from desktop.history_review import keep_value, restore_value, review_rows
from domain.cases import CaseStatus
from domain.errors import ErrorKind, ValidationError
from domain.ops import Entity, OpKind
from domain.people import AddressProtection
from storage.keys import KdfParams
from storage.vault import Vault
from tests.desktop.test_sync_shell import (
    WAIT,
    Clock,
    first_run_and_enrol,
    on_db,
    reach,
    sync_now,
    write,
)
from tests.storage.conftest import CHEAP, PASSPHRASE, FakeClock, make_case, make_note
from tests.storage.remote_ops import OTHER_DEVICE, apply_remote, remote_op
from tests.sync.harness import (
    ServerHandle,
    TickingClock,
    make_device,
    migrated_template,
    new_case,
)
from ui.history_review import ReviewPanel


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "hvelv", PASSPHRASE, user="kari", kdf=CHEAP, clock=FakeClock())
    yield v
    v.close()


def _status_conflict(vault: Vault) -> str:
    """This vault sets "undersøkelse"; a newer "henlagt" from another device wins."""
    case = make_case(vault)
    vault.cases.update(case.id, status=CaseStatus.UNDERSOKELSE)
    apply_remote(
        vault, remote_op(vault, Entity.CASE, case.id, case.id, {"status": "henlagt"}, newer=True)
    )
    return case.id


def _rows(vault: Vault, case_id: str) -> list[Any]:
    return review_rows(vault, vault.cases.get_file(case_id))


def _outbox(vault: Vault) -> list[tuple[Any, ...]]:
    """Every op ever written here, delivered or not."""
    return [tuple(r) for r in vault._db.conn.execute("SELECT * FROM outbox ORDER BY seq")]


def test_the_flagged_loser_appears_with_both_values(vault: Vault) -> None:
    case_id = _status_conflict(vault)

    [row] = _rows(vault, case_id)

    assert (row.entity, row.field, row.subject) == ("case", "status", "")
    assert (row.kept, row.lost) == ("henlagt", "undersokelse")
    assert row.lost_here and row.lost_by == "kari" and not row.arrived
    assert row.kept_device == OTHER_DEVICE and not row.kept_here
    assert row.lost_at is not None and row.kept_at is not None and row.kept_at > row.lost_at
    assert row.restorable and not row.hidden


def test_use_this_value_makes_it_current_with_one_outbox_op_and_clears_the_flag(
    vault: Vault,
) -> None:
    case_id = _status_conflict(vault)
    [row] = _rows(vault, case_id)
    before = vault.outbox.count()
    winner = vault.conflicts.flagged()[0].winner_hlc

    done = restore_value(vault, row.lost_id)

    assert vault.cases.get_file(case_id).case.status is CaseStatus.UNDERSOKELSE
    assert vault.outbox.count() == before + 1
    op = vault.outbox.pending()[-1]
    assert (op.entity, op.kind, dict(op.fields)) == (
        Entity.CASE,
        OpKind.UPDATE,
        {"status": "undersokelse"},
    )
    assert op.hlc > winner  # newer than the value it replaces: it wins on every device
    assert vault.conflicts.flagged() == [] and _rows(vault, case_id) == []
    assert done.changes.outbox and case_id in done.changes.cases and done.changes.case_list
    assert restore_value(vault, row.lost_id).changes.outbox is False  # answered: left alone
    assert vault.outbox.count() == before + 1


def test_keep_clears_the_flag_and_changes_nothing_else(vault: Vault) -> None:
    case_id = _status_conflict(vault)
    [row] = _rows(vault, case_id)
    data = vault._db.conn.execute("SELECT data FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    ops = _outbox(vault)
    history = vault._db.conn.execute("SELECT field, value FROM case_history").fetchall()

    done = keep_value(vault, row.lost_id)

    assert _rows(vault, case_id) == [] and vault.conflicts.flagged_counts() == {}
    assert vault.cases.get_file(case_id).case.status is CaseStatus.HENLAGT
    after = vault._db.conn.execute("SELECT data FROM cases WHERE id = ?", (case_id,)).fetchone()
    assert after[0] == data
    assert _outbox(vault) == ops
    assert vault._db.conn.execute("SELECT field, value FROM case_history").fetchall() == history
    assert not done.changes.outbox and done.changes.cases == {case_id}


def test_a_person_field_is_restored_through_the_person_edit(vault: Vault) -> None:
    case = make_case(vault, phone="111 11 111")
    child = vault.cases.get_file(case.id).child
    assert child is not None
    apply_remote(
        vault,
        remote_op(vault, Entity.PERSON, child.id, case.id, {"phone": "222 22 222"}, newer=True),
    )
    [row] = _rows(vault, case.id)
    assert (row.subject, row.kept, row.lost) == ("Åse Bø", "222 22 222", "111 11 111")

    restore_value(vault, row.lost_id)

    assert vault.cases.get_file(case.id).child.phone == "111 11 111"  # type: ignore[union-attr]
    op = vault.outbox.pending()[-1]
    assert (op.entity, op.entity_id, dict(op.fields)) == (
        Entity.PERSON,
        child.id,
        {"phone": "111 11 111"},
    )
    assert vault.access_log.for_case(case.id)[-2].action == "person.update"
    assert _rows(vault, case.id) == []


def test_strengt_fortrolig_address_is_hidden_and_identity_numbers_masked(
    vault: Vault,
) -> None:
    case = make_case(
        vault,
        address="Hemmeligveien 6",
        identity_number="17051512345",
        address_protection=AddressProtection.STRENGT_FORTROLIG,
    )
    child = vault.cases.get_file(case.id).child
    assert child is not None
    apply_remote(
        vault,
        remote_op(
            vault,
            Entity.PERSON,
            child.id,
            case.id,
            {"address": "Skjultgata 9", "identity_number": "17051554321"},
            newer=False,
        ),
    )

    rows = {r.field: r for r in _rows(vault, case.id)}

    assert rows["address"].hidden and rows["address"].kept is None
    assert rows["address"].lost is None  # B6: neither address reaches the screen
    assert (rows["identity_number"].kept, rows["identity_number"].lost) == (
        "170515*****",
        "170515*****",
    )
    text = json.dumps([str(r) for r in rows.values()], ensure_ascii=False)
    assert "Hemmeligveien" not in text and "Skjultgata" not in text and "12345" not in text


def test_a_draft_is_restored_through_save_draft_and_a_signed_note_is_only_kept(
    vault: Vault,
) -> None:
    case = make_case(vault)
    draft, signed = make_note(case, "Min tekst."), make_note(case, "Signert tekst.")
    vault.notes.save_draft(draft)
    vault.notes.save_draft(signed)
    vault.notes.sign(signed.id, by="kari", at=datetime(2026, 3, 2, 11, 0, tzinfo=UTC))
    apply_remote(
        vault,
        remote_op(vault, Entity.JOURNAL_NOTE, draft.id, case.id, {"body": "Deres."}, newer=True),
        remote_op(vault, Entity.JOURNAL_NOTE, signed.id, case.id, {"body": "Nei."}, newer=True),
    )
    rows = {r.lost: r for r in _rows(vault, case.id)}
    assert rows["Min tekst."].restorable and rows["Min tekst."].subject.startswith("Hjemmebesøk")
    assert not rows["Nei."].restorable and rows["Nei."].arrived  # B11

    restore_value(vault, rows["Min tekst."].lost_id)
    before = vault.outbox.count()
    with pytest.raises(ValidationError) as refused:  # the view never offers it; B11 holds
        restore_value(vault, rows["Nei."].lost_id)
    assert refused.value.kind is ErrorKind.SIGNED_NOTE_IMMUTABLE

    assert vault.notes.get(draft.id).body == "Min tekst."
    assert vault.notes.get(signed.id).body == "Signert tekst."
    assert vault.outbox.count() == before
    assert [r.lost for r in _rows(vault, case.id)] == ["Nei."]
    keep_value(vault, rows["Nei."].lost_id)
    assert _rows(vault, case.id) == []


# The shell, two devices and the real server ---------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_template(tmp_path_factory.mktemp("server-template"))


@pytest.fixture
def server(template: Path, tmp_path: Path) -> Iterator[ServerHandle]:
    handle = ServerHandle(template, tmp_path / "server", TickingClock())
    handle.user("kari")
    yield handle
    handle.close()


@pytest.fixture
def shell(qtbot: QtBot, tmp_path: Path, server: ServerHandle) -> Iterator[Shell]:
    app = Shell(
        tmp_path / "vault",
        AppContext(user="kari", clock=Clock()),
        idle_ms=60_000,
        kdf=KdfParams.cheap(),
        sleep=lambda _s: None,
    )
    qtbot.addWidget(app.window)
    reach(app, server)
    yield app
    app.shutdown()


def _review(app: Shell) -> ReviewPanel:
    return app.window.case_view.review


def test_a_value_lost_in_sync_is_listed_and_using_it_reaches_the_other_device(
    qtbot: QtBot, shell: Shell, server: ServerHandle, tmp_path: Path
) -> None:
    first_run_and_enrol(qtbot, shell)
    case = write(qtbot, shell, new_case)
    sync_now(qtbot, shell)
    office = make_device(
        tmp_path / "devices", "kontor", server.transport, TickingClock(), username="kari"
    )
    try:
        office.sync()
        office.vault.cases.update(case.id, status=CaseStatus.HENLAGT)
        office.sync()
        shell.open_case(case.id)
        qtbot.waitUntil(lambda: shell.window.case_view.case_id == case.id, timeout=WAIT)
        panel = _review(shell)
        assert panel.model.rowCount() == 0 and not shell.window.case_view.review_notice.isVisible()
        # Typed here before the office's change arrived: older by HLC, so it loses the merge.
        write(qtbot, shell, lambda v: v.cases.update(case.id, status=CaseStatus.UNDERSOKELSE))
        sync_now(qtbot, shell)

        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT)  # after sync
        view = shell.window.case_view
        assert view.tabs.tabText(view.review_tab).endswith("(1)")
        assert view.review_notice.text().endswith(": 1")
        assert panel.model.index(0, 0).data() == "Sak: Status"
        assert (panel.model.index(0, 1).data(), panel.model.index(0, 2).data()) == (
            "Henlagt",
            "Undersøkelse",
        )
        assert panel.model.index(0, 4).data() == "kari, denne enheten"
        case_list = shell.window.case_list
        qtbot.waitUntil(lambda: case_list.model.index(0, 6).data() == "1", timeout=WAIT)

        view.show_review()
        assert panel.restore_button.isEnabled()
        with qtbot.waitSignal(shell.history.reviewed, timeout=WAIT):
            panel.restore_button.click()

        qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=WAIT)
        qtbot.waitUntil(lambda: case_list.model.index(0, 6).data() == "", timeout=WAIT)
        assert not view.review_notice.isVisibleTo(view)
        assert "Undersøkelse" in view.subtitle.text()
        assert on_db(qtbot, shell, lambda v: v.outbox.count()) == 1
        sync_now(qtbot, shell)
        office.sync()
        assert office.vault.cases.get_file(case.id).case.status is CaseStatus.UNDERSOKELSE
        # The conflict was the laptop's to review (its write came unseen, after the office's);
        # the restore was written after seeing "henlagt": a deliberate edit, not a conflict.
        # The office keeps both values it saw lose, unflagged.
        assert office.vault.conflicts.flagged(case.id) == []
        kept = office.vault._db.conn.execute(
            "SELECT value, source, flagged FROM case_history WHERE field = 'status' ORDER BY id"
        ).fetchall()
        assert [tuple(r) for r in kept] == [('"undersokelse"', "remote", 0), ('"henlagt"', "local", 0)]
    finally:
        office.close()
