"""The sync engine: ``push_pending → pull_since → apply → finish`` (DESIGN.md §5, STYLE.md rule 4).

Every phase is one short method. All state lives in the vault: the outbox (what has no
receipt yet) and the cursor (stored with each applied page). So a sync that fails at any
point is resumed by simply running it again: ops without a receipt are pushed again (the
server answers ``duplicate``) and the pull starts from the last page that was applied.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pydantic import ValidationError

from domain.changes import Changes
from domain.ops import Operation
from domain.syncstore import PullPage, Receipt, ReceiptOutcome, ReceiptStatus, SyncStore
from sync.client import convert
from sync.client.errors import SyncError, SyncErrorKind
from sync.client.transport import Transport
from sync.protocol import PushRequest, WireOp

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Progress:
    """Where a sync is: ``phase`` is push, pull or finish; ``total`` is None when unknown."""

    phase: str
    done: int
    total: int | None = None


ProgressFn = Callable[[Progress], None]


@dataclass
class SyncReport:
    """What one sync did (counts only: never content)."""

    pushed: int = 0
    delivered: int = 0
    quarantined: int = 0
    rebased: int = 0
    kept: int = 0
    pulled_ops: int = 0
    grants: int = 0
    revocations: int = 0
    pages: int = 0
    changes: Changes = field(default_factory=Changes)

    def add_receipts(self, outcome: ReceiptOutcome) -> None:
        """Fold one batch's receipts in."""
        self.delivered += outcome.delivered
        self.quarantined += outcome.quarantined
        self.rebased += outcome.rebased
        self.kept += outcome.kept
        self.changes = self.changes | outcome.changes


class SyncEngine:
    """One device's sync with its server; run it on a network thread, never the GUI's."""

    def __init__(
        self,
        store: SyncStore,
        transport: Transport,
        *,
        batch_size: int = 200,
        page_limit: int = 500,
        progress: ProgressFn | None = None,
    ) -> None:
        self.store = store
        self.transport = transport
        self.batch_size = batch_size
        self.page_limit = page_limit
        self._progress = progress or (lambda _p: None)

    def sync(self) -> SyncReport:
        """One full round; raises :class:`SyncError` and is safe to run again after it."""
        report = SyncReport()
        self.push_pending(report)
        page = self.pull_since(self.store.cursor())
        self.apply(page, report)
        while page.has_more:
            page = self.pull_since(self.store.cursor())
            self.apply(page, report)
        self.finish(page, report)
        return report

    def push_pending(self, report: SyncReport) -> None:
        """Push the outbox in batches until every op has a receipt (or is stuck on a bad one)."""
        total = self.store.pending_count()
        stuck: set[str] = set()
        size = self.batch_size
        for _ in range(total + 16):  # each round delivers, quarantines or sticks ≥ 1 op
            batch = self._next_batch(size, stuck)
            if not batch:
                return
            try:
                receipts = self._push(batch)
            except SyncError as exc:
                if exc.kind is SyncErrorKind.BATCH_TOO_LARGE and size > 1:
                    size = max(1, size // 2)
                    continue
                raise
            stuck.update(r.op_id for r in receipts if r.status is ReceiptStatus.MISMATCH)
            report.pushed += len(batch)
            report.add_receipts(self.store.record_receipts(batch, receipts))
            self._progress(Progress("push", report.pushed, max(total, report.pushed)))

    def pull_since(self, cursor: int) -> PullPage:
        """One page of what the server has after ``cursor``."""
        return convert.pull_page(self.transport.pull(cursor, self.page_limit))

    def apply(self, page: PullPage, report: SyncReport) -> None:
        """Apply one page and advance the cursor, atomically (the store's transaction)."""
        report.changes = report.changes | self.store.apply_page(page)
        report.pages += 1
        report.pulled_ops += len(page.ops)
        report.grants += len(page.grants)
        report.revocations += len(page.revocations)
        self._progress(Progress("pull", report.pulled_ops + report.grants, None))

    def finish(self, page: PullPage, report: SyncReport) -> None:
        """Remember the successful sync (status line, offline-time limit)."""
        self.store.finish(page.server_time, page.max_offline_hours, page.idle_lock_minutes)
        self._progress(Progress("finish", report.pushed, report.pushed))

    def _next_batch(self, size: int, stuck: set[str]) -> list[Operation]:
        pending = self.store.pending(size + len(stuck))
        return [op for op in pending if op.op_id not in stuck][:size]

    def _push(self, batch: Sequence[Operation]) -> list[Receipt]:
        """Send a batch; an op the wire format refuses is rejected locally, never lost."""
        wire: list[WireOp] = []
        local: dict[str, Receipt] = {}
        for op in batch:
            try:
                wire.append(WireOp.from_operation(op))
            except ValidationError:
                local[op.op_id] = Receipt(op.op_id, ReceiptStatus.REJECTED, reason="invalid_op")
        results = self.transport.push(PushRequest(ops=wire)).results if wire else []
        sent = [op for op in batch if op.op_id not in local]
        by_id = {r.op_id: r for r in convert.receipts(sent, results)}
        by_id.update(local)
        return [by_id[op.op_id] for op in batch]
