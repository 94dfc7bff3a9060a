"""The vault as the sync engine's store: ``domain.syncstore.SyncStore``, structurally.

Each method is one vault transaction. The vault is single-threaded: call these on the
thread that opened it (the desktop marshals them to its DB worker).
"""

from __future__ import annotations

import base64
import contextlib
import logging
from collections.abc import Sequence
from datetime import datetime

from domain.changes import Changes
from domain.escrow import EscrowError
from domain.ops import Operation, OpKind, canonical_json
from domain.syncstore import Credentials, PullPage, Receipt, ReceiptOutcome, ReceiptStatus
from storage import inbound, outbox, quarantine
from storage.context import Context
from storage.db import Connection
from storage.vault import Vault

log = logging.getLogger(__name__)


class VaultSyncStore:
    """:class:`domain.syncstore.SyncStore` over an open :class:`Vault`."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._ctx = vault.context
        self.state = vault.sync_state
        self.quarantine = vault.quarantine

    def credentials(self) -> Credentials | None:
        """The enrolment, or ``None``."""
        return self.state.credentials()

    def save_enrolment(
        self, credentials: Credentials, max_offline_hours: int, idle_lock_minutes: int | None = None
    ) -> None:
        """Token, address, CA pin and policy into the vault."""
        self.state.save_enrolment(credentials, max_offline_hours, idle_lock_minutes)

    def seal_data_key(self, recovery_public_pem: str) -> str | None:
        """Seal the data key to the recovery key; base64 of the escrow blob's JSON, or None."""
        try:
            self.vault.set_escrow_public_key(recovery_public_pem.encode("ascii"))
        except (EscrowError, UnicodeEncodeError) as exc:
            log.warning("recovery key not usable for escrow: %s", type(exc).__name__)
            return None
        blob = self.vault.escrow_blob
        if blob is None:
            return None
        return base64.b64encode(canonical_json(blob).encode("utf-8")).decode("ascii")

    def pending(self, limit: int) -> Sequence[Operation]:
        """Undelivered ops, oldest first."""
        return self.vault.outbox.pending(limit)

    def pending_count(self) -> int:
        """How many ops wait for the server."""
        return self.vault.outbox.count()

    def record_receipts(
        self, ops: Sequence[Operation], receipts: Sequence[Receipt]
    ) -> ReceiptOutcome:
        """Delivered ops leave the outbox; rejected ones go to quarantine; one transaction."""
        counts = {"delivered": 0, "quarantined": 0, "rebased": 0, "kept": 0}
        with self._ctx.db.tx() as conn:
            for op, receipt in zip(ops, receipts, strict=True):
                counts[_record(conn, self._ctx, op, receipt)] += 1
        changes = Changes(outbox=True, case_list=True) if len(ops) else Changes()
        return ReceiptOutcome(changes=changes, **counts)

    def cursor(self) -> int:
        """The server sequence applied up to."""
        return self.state.cursor()

    def apply_page(self, page: PullPage) -> Changes:
        """One page in one transaction; then the freed pages leave the WAL too."""
        empty = not (page.ops or page.grants or page.revocations)
        if empty and page.next_cursor == self.cursor():
            return Changes()  # nothing new: no write, no fsync (the common periodic sync)
        with self._ctx.db.tx() as conn:
            changes = inbound.apply_page(conn, self._ctx, page)
        if page.revocations:
            with self._ctx.db.read() as conn, contextlib.suppress(Exception):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return changes

    def finish(
        self, server_time: datetime, max_offline_hours: int, idle_lock_minutes: int | None = None
    ) -> None:
        """Remember the successful sync and the server's policy; drop the delivered ops the
        device has pulled past (``outbox.prune_seen`` says why that is safe)."""
        self.state.finish(server_time, max_offline_hours, idle_lock_minutes)
        cursor = self.cursor()
        with self._ctx.db.tx() as conn:
            outbox.prune_seen(conn, cursor)


def _record(conn: Connection, ctx: Context, op: Operation, receipt: Receipt) -> str:
    """One receipt; returns which count it adds to."""
    if receipt.status is ReceiptStatus.MISMATCH:
        return "kept"  # no receipt we can trust: the op stays and is sent again
    if receipt.status is ReceiptStatus.DELIVERED:
        _delivered(conn, ctx, op, receipt)
        return "delivered"
    if receipt.reason == "entity_exists" and op.kind is OpKind.CREATE:
        # Our earlier create got there in a request whose answer was lost, and an autosave
        # replaced it since: the same content goes again as an update.
        conn.execute("DELETE FROM outbox WHERE op_id = ? AND delivered_at IS NULL", (op.op_id,))
        ctx.write_op(conn, op.case_id, op.entity, op.entity_id, OpKind.UPDATE, op.fields)
        return "rebased"
    if receipt.reason == "unknown_entity" and op.kind is OpKind.DELETE:
        _delivered(conn, ctx, op, receipt)  # nothing there to delete: the intent holds
        return "delivered"
    quarantine.put(conn, ctx, op, receipt.reason)
    return "quarantined"


def _delivered(conn: Connection, ctx: Context, op: Operation, receipt: Receipt) -> None:
    now = ctx.now_iso()
    conn.execute("UPDATE outbox SET delivered_at = ? WHERE op_id = ? AND delivered_at IS NULL",
                 (now, op.op_id))
    conn.execute(
        "INSERT OR REPLACE INTO receipts (op_id, seq, case_id, received_at) VALUES (?, ?, ?, ?)",
        (op.op_id, receipt.seq, op.case_id, now),
    )
    if receipt.case_id and receipt.case_id != op.case_id:
        conn.execute("INSERT OR REPLACE INTO case_aliases (alias_id, case_id) VALUES (?, ?)",
                     (op.case_id, receipt.case_id))
    inbound.set_case_number(conn, op.case_id, receipt.case_number)
