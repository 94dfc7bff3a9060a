"""Several devices, a faulty network and a restarting server: sync still converges.

A hypothesis ``RuleBasedStateMachine`` writes cases, notes, edits, signatures, draft
deletions, addenda and case-field changes on three devices (two laptops of one caseworker,
one of her leader), and syncs them through :class:`FaultTransport` with any fault armed. When the faults stop and
every device syncs, every device holds the same state, no op is lost (each is on the
server or visibly in quarantine) and none is duplicated.

``FELT_SYNC_EXAMPLES`` raises the number of examples (default 200).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from domain.access import Role
from domain.cases import CaseStatus
from domain.notes import Addendum
from sync.client.errors import SyncError
from tests.sync.faults import Fault, FaultTransport
from tests.sync.harness import (
    AppDevice,
    ServerHandle,
    TickingClock,
    make_device,
    migrated_template,
    new_case,
    new_note,
    snapshot,
)

EXAMPLES = int(os.environ.get("FELT_SYNC_EXAMPLES", "200"))
_TEMPLATE_DIR = Path(tempfile.mkdtemp(prefix="felt-sync-template-"))
DEVICES = (("kari-laptop", "kari"), ("kari-kontor", "kari"), ("lea-laptop", "lea"))
WRITERS = st.sampled_from([0, 1])  # kari's two devices write; the leader mostly reads
ANY = st.sampled_from([0, 1, 2])
FAULTS = st.lists(st.sampled_from(list(Fault)), min_size=0, max_size=3)
WORDS = st.sampled_from(["bekymring", "skole", "søvn", "trygghet", "samtale", "ærlig"])


class SyncMachine(RuleBasedStateMachine):
    """Random offline work and faulty syncs on three devices."""

    @initialize()
    def start(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="felt-sync-"))
        self.clock = TickingClock()
        self.server = ServerHandle(migrated_template(_TEMPLATE_DIR), self.tmp / "srv",
                                   self.clock)
        self.server.user("kari")
        self.server.user("lea", Role.LEDER)
        self.net = FaultTransport(lambda: self.server.transport, self.server.restart)
        self.devices: list[AppDevice] = [
            make_device(self.tmp, name, self.net, self.clock, username=user)
            for name, user in DEVICES
        ]

    def _cases(self, d: AppDevice) -> list[str]:
        return [c.id for c in d.vault.cases.list(limit=1000)]

    def _notes(self, d: AppDevice, status: str) -> list[tuple[str, str]]:
        rows = d.vault._db.conn.execute(
            "SELECT id, case_id FROM notes WHERE status = ? ORDER BY id", (status,)
        ).fetchall()
        return [(str(r[0]), str(r[1])) for r in rows]

    @rule(i=WRITERS)
    def create_case(self, i: int) -> None:
        new_case(self.devices[i].vault)

    @rule(i=WRITERS, pick=st.integers(0, 50), word=WORDS)
    def write_note(self, i: int, pick: int, word: str) -> None:
        cases = self._cases(self.devices[i])
        if cases:
            new_note(self.devices[i].vault, cases[pick % len(cases)], f"Notat om {word}.")

    @rule(i=WRITERS, pick=st.integers(0, 50), word=WORDS)
    def edit_draft(self, i: int, pick: int, word: str) -> None:
        vault = self.devices[i].vault
        drafts = self._notes(self.devices[i], "utkast")
        if drafts:
            note = vault.notes.get(drafts[pick % len(drafts)][0])
            vault.notes.save_draft(note.edited(observations=f"Endret: {word}."))

    @rule(i=WRITERS, pick=st.integers(0, 50))
    def sign_note(self, i: int, pick: int) -> None:
        drafts = self._notes(self.devices[i], "utkast")
        if drafts:
            note_id = drafts[pick % len(drafts)][0]
            self.devices[i].vault.notes.sign(note_id, by="kari", at=self.clock())

    @rule(i=WRITERS, pick=st.integers(0, 50))
    def delete_draft(self, i: int, pick: int) -> None:
        # Racing a signature elsewhere: the sign wins and the note comes back signed (B10).
        drafts = self._notes(self.devices[i], "utkast")
        if drafts:
            self.devices[i].vault.notes.delete_draft(drafts[pick % len(drafts)][0])

    @rule(i=WRITERS, pick=st.integers(0, 50), word=WORDS)
    def add_addendum(self, i: int, pick: int, word: str) -> None:
        signed = self._notes(self.devices[i], "signert")
        if signed:
            note_id, case_id = signed[pick % len(signed)]
            self.devices[i].vault.notes.add_addendum(Addendum(
                case_id=case_id, note_id=note_id, text=f"Tillegg: {word}.", author="kari",
                created_at=self.clock()))

    @rule(i=ANY, pick=st.integers(0, 50), status=st.sampled_from(list(CaseStatus)))
    def change_status(self, i: int, pick: int, status: CaseStatus) -> None:
        cases = self._cases(self.devices[i])
        if cases:
            self.devices[i].vault.cases.update(cases[pick % len(cases)], status=status)

    @rule(i=ANY, faults=FAULTS)
    def sync(self, i: int, faults: list[Fault]) -> None:
        self.net.arm(*faults)
        try:
            self.devices[i].sync(batch_size=3, page_limit=4)
        except SyncError as exc:
            assert exc.transient, exc
        self.net.armed.clear()

    @rule()
    def restart_server(self) -> None:
        self.server.restart()

    @invariant()
    def nothing_lost_locally(self) -> None:
        for d in getattr(self, "devices", []):
            conn = d.vault._db.conn
            dup = conn.execute(
                "SELECT count(*) FROM outbox o JOIN quarantine q ON q.op_id = o.op_id"
                " WHERE o.delivered_at IS NULL").fetchone()[0]
            assert dup == 0, "an op is both pending and in quarantine"

    def teardown(self) -> None:
        if not hasattr(self, "devices"):
            return
        try:
            self.net.clear()
            for _ in range(3):
                for d in self.devices:
                    d.sync()
            self._check_converged()
        finally:
            for d in self.devices:
                d.close()
            self.server.close()

    def _check_converged(self) -> None:
        states = [snapshot(d.vault) for d in self.devices]
        assert states[0] == states[1], "kari's two devices differ"
        # The leader sees the same cases and journal (no reporters or addresses involved).
        assert states[0] == states[2], "the leader's device differs"
        on_server = self.server.op_ids()
        assert len(on_server) == len(set(on_server)), "an op was sequenced twice"
        server_ids = set(on_server)
        for d in self.devices:
            conn = d.vault._db.conn
            assert d.vault.outbox.count() == 0, f"{d.name}: ops never delivered"
            # A delete the server answered ``unknown_entity`` (the draft was deleted before
            # its create ever left) is done without being sequenced: it has no receipt seq.
            delivered = {str(r[0]) for r in conn.execute(
                "SELECT o.op_id FROM outbox o LEFT JOIN receipts r ON r.op_id = o.op_id"
                " WHERE o.delivered_at IS NOT NULL"
                " AND NOT (o.kind = 'delete' AND r.seq IS NULL)")}
            missing = delivered - server_ids
            assert not missing, f"{d.name}: receipts for ops the server does not have"
            reasons = {str(r[0]) for r in conn.execute("SELECT reason FROM quarantine")}
            assert reasons <= {"note_signed"}, reasons


SyncMachine.TestCase.settings = settings(
    max_examples=EXAMPLES,
    stateful_step_count=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestSyncUnderFaults = SyncMachine.TestCase


