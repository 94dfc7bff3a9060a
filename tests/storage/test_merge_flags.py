"""When a value that loses a per-field merge is flagged (``storage.inbound``, DESIGN.md §5).

Flag only what this device wrote in an op the other writer cannot have seen: undelivered, or
sequenced by the server after the incoming op. A grant has no sequence: only undelivered ops
count. Everything replaced is kept in ``case_history`` either way.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from domain.cases import CaseStatus
from domain.hlc import Timestamp
from domain.ops import Entity
from domain.syncstore import (
    CaseSnapshot,
    EntitySnapshot,
    PullPage,
    Receipt,
    ReceiptStatus,
    RemoteOp,
)
from storage.sync_store import VaultSyncStore
from storage.vault import Vault
from tests.storage.conftest import make_case
from tests.storage.remote_ops import OTHER_DEVICE, apply_remote, remote_op


def _deliver_all(vault: Vault, seq: int) -> None:
    """Every pending op reaches the server, sequenced from ``seq`` on."""
    ops = vault.outbox.pending()
    receipts = [Receipt(op.op_id, ReceiptStatus.DELIVERED, seq=seq + i) for i, op in enumerate(ops)]
    VaultSyncStore(vault).record_receipts(ops, receipts)


def _status_history(vault: Vault) -> list[tuple[str, str, int]]:
    rows = vault._db.conn.execute(
        "SELECT value, source, flagged FROM case_history WHERE field = 'status' ORDER BY id"
    )
    return [tuple(r) for r in rows]


def _newer_status(vault: Vault, case_id: str, seq: int) -> RemoteOp:
    op = remote_op(vault, Entity.CASE, case_id, case_id, {"status": "henlagt"}, newer=True)
    return dataclasses.replace(op, seq=seq)


def test_our_value_sequenced_before_the_incoming_op_is_kept_unflagged(vault: Vault) -> None:
    case = make_case(vault)
    vault.cases.update(case.id, status=CaseStatus.UNDERSOKELSE)
    _deliver_all(vault, seq=10)

    apply_remote(vault, _newer_status(vault, case.id, seq=20))

    assert vault.conflicts.flagged() == []
    assert _status_history(vault) == [('"undersokelse"', "local", 0)]


def test_our_value_sequenced_after_the_incoming_op_is_flagged(vault: Vault) -> None:
    case = make_case(vault)
    vault.cases.update(case.id, status=CaseStatus.UNDERSOKELSE)
    _deliver_all(vault, seq=30)

    apply_remote(vault, _newer_status(vault, case.id, seq=20))

    assert [(v.value, v.source) for v in vault.conflicts.flagged()] == [("undersokelse", "local")]


def test_an_older_remote_value_is_flagged_only_against_ours_sequenced_after_it(
    vault: Vault,
) -> None:
    case = make_case(vault)
    vault.cases.update(case.id, caseworker="kari-2")
    _deliver_all(vault, seq=10)
    first, second = (
        remote_op(vault, Entity.CASE, case.id, case.id, {"caseworker": "ola"}, newer=False)
        for _ in range(2)
    )

    apply_remote(vault, dataclasses.replace(first, seq=5))  # ours came after: unseen by it
    apply_remote(vault, dataclasses.replace(second, seq=15))  # ours came first: its writer flags

    rows = vault._db.conn.execute(
        "SELECT value, source, flagged FROM case_history WHERE field = 'caseworker' ORDER BY id"
    )
    assert [tuple(r) for r in rows] == [('"ola"', "remote", 1), ('"ola"', "remote", 0)]


def _grant(vault: Vault, case_id: str) -> PullPage:
    hlc = Timestamp(vault.hlc.last.wall_ms + 60_000, 0, OTHER_DEVICE).encode()
    snap = EntitySnapshot(Entity.CASE, case_id, {"status": "henlagt"}, {"status": hlc})
    grant = CaseSnapshot(case_id, "", "", "henlagt", entities=(snap,))
    return PullPage(ops=(), grants=(grant,), revocations=(), next_cursor=100, has_more=False,
                    max_offline_hours=72, server_time=datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


def test_a_grant_flags_only_values_not_yet_delivered(vault: Vault) -> None:
    delivered, pending = make_case(vault), make_case(vault)
    vault.cases.update(delivered.id, status=CaseStatus.UNDERSOKELSE)
    _deliver_all(vault, seq=1_000)  # a grant has no sequence: any receipt means "in it"
    vault.cases.update(pending.id, status=CaseStatus.UNDERSOKELSE)

    VaultSyncStore(vault).apply_page(_grant(vault, delivered.id))
    VaultSyncStore(vault).apply_page(_grant(vault, pending.id))

    assert [(v.case_id, v.value) for v in vault.conflicts.flagged()] == [
        (pending.id, "undersokelse")
    ]
    assert _status_history(vault) == [('"undersokelse"', "local", 0), ('"undersokelse"', "local", 1)]
