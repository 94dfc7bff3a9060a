"""Applying what the server sends: revocations, grants and ops (DESIGN.md §5).

Rules, in the order they bite:
- Nothing applied here writes an outbox op: these are not local changes.
- A revoked case and everything under it leaves the vault (``storage.purge``).
- Fields merge one by one by HLC; whichever value loses, local or remote, is kept in
  ``case_history``, never silently lost. It is *flagged* for review only when the two writes
  were concurrent, and then on one device (see "Which losing values are flagged" below).
- A signed note never changes (B11); a remote sign carries the final text and wins whole.
- A remote edit of a draft this device also edited, unseen by the other side, keeps both
  versions in ``draft_conflicts`` for the author to merge side by side.
- The FTS index is updated with every note written.

Which losing values are flagged
-------------------------------
A conflict is a *concurrent* edit: one whose writer cannot have seen the value it overwrote.
A value replaced after its writer saw it (edited, synced, pulled and changed elsewhere) is not,
nor is anything a device merely pulls (a bystander). The one fact every device shares is the
server sequence (``seq``; our own ops' in ``receipts``), so the rule uses only that, as the
draft path does (:func:`_edited_concurrently`). For field ``key`` of one entity and an op
sequenced at ``seq``:

    this device wrote ``key`` in an op the server had not sequenced before ``seq``
    (undelivered, or a receipt seq above ``seq``)

- Incoming wins (``source = "local"``): flag the local value iff the rule holds. Then our
  write cannot be in what the other writer had pulled. A value that came from another
  device, or ours that the server had before the incoming op, is kept unflagged.
- Local wins (``source = "remote"``): the same rule. Our write not sequenced before the
  incoming one: its writer cannot have seen ours, a conflict to review here (where the value
  that won was written). Ours sequenced before it: still concurrent (a writer that had pulled
  ours would carry a later HLC, the HLC observes what it applies), but the writer's device is
  the one that flags it, by the first branch; flagging here too would ask for two reviews.
  A value that lost to another device's value is a bystander's: kept unflagged.
- Grants carry no sequence: a snapshot already holds everything we delivered, so only
  undelivered ops of ours count. The signature (``whole``) follows the same rule.

So each concurrent pair is flagged once, on the device whose write the server sequenced
later: only that device can tell it wrote unseen. The other device cannot tell a concurrent
overwrite from a deliberate one (the protocol does not say what the writer had pulled), and
keeps its lost value unflagged in the history.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from domain.changes import Changes
from domain.hlc import Timestamp
from domain.ids import is_case_number
from domain.ops import Entity, JSONValue, OpKind
from domain.syncstore import CaseSnapshot, EntitySnapshot, PullPage, RemoteOp
from storage import fts, purge, sync_state
from storage import inbound_rows as rows
from storage.context import HLC_KEY, Context, dumps
from storage.db import Connection

_NO_HISTORY = frozenset({"id", "case_id", "number"})
"""Fields that differ between devices by construction (ids, provisional numbers)."""
_SIGNATURE_FIELDS = frozenset({"status", "signed_at", "signed_by"})
"""What signing changes besides the text: never a value anyone wrote and lost."""


@dataclass
class Tracker:
    """What a page changed, for :class:`Changes` (views refresh only that)."""

    cases: set[str] = field(default_factory=set)
    notes: set[str] = field(default_factory=set)
    case_list: bool = False

    def changes(self) -> Changes:
        """The combined :class:`Changes`."""
        if not (self.cases or self.notes or self.case_list):
            return Changes()
        return Changes(cases=frozenset(self.cases), notes=frozenset(self.notes),
                       case_list=True, deadlines=True, access_log=True)


def apply_page(conn: Connection, ctx: Context, page: PullPage) -> Changes:
    """Revocations, then grants, then ops, then the cursor: one transaction (the caller's)."""
    tracker = Tracker()
    rows.reset_terms()
    for case_id in page.revocations:
        if purge.revoke_case(conn, ctx, case_id):
            tracker.cases.add(case_id)
    for grant in page.grants:
        apply_grant(conn, ctx, grant, tracker)
    # A grant is the case's state at this very pull: its ops in the page are already in it.
    granted = {g.case_id for g in page.grants}
    for remote in page.ops:
        if remote.op.case_id not in granted:
            apply_op(conn, ctx, remote, tracker)
    sync_state.write(conn, sync_state.CURSOR, page.next_cursor)
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                 (HLC_KEY, ctx.hlc.last.encode()))
    if page.ops or page.grants or page.revocations:
        ctx.log(conn, "sync.pull", detail=f"ops={len(page.ops)} grants={len(page.grants)}"
                f" revocations={len(page.revocations)}")
    return tracker.changes()


def apply_grant(conn: Connection, ctx: Context, grant: CaseSnapshot, tracker: Tracker) -> None:
    """The full state of a newly visible case, merged into whatever the vault holds."""
    for alias in grant.aliases:
        conn.execute("INSERT OR REPLACE INTO case_aliases (alias_id, case_id) VALUES (?, ?)",
                     (alias, grant.case_id))
    order = {e: i for i, e in enumerate(rows.APPLY_ORDER)}
    entities = sorted(grant.entities, key=lambda e: order.get(e.entity, len(order)))
    if not any(e.entity is Entity.CASE for e in entities):
        _ensure_case(conn, ctx, grant)
    for snap in entities:
        if snap.entity is Entity.CASE and is_case_number(grant.number):
            # The entity still has the provisional number its creator sent; the grant knows
            # the real one, and notes are indexed with it from the start.
            snap = dataclasses.replace(snap, fields={**snap.fields, "number": grant.number})
        _apply_snapshot(conn, ctx, grant.case_id, snap, tracker)
    set_case_number(conn, grant.case_id, grant.number)
    tracker.cases.add(grant.case_id)
    tracker.case_list = True


def _apply_snapshot(
    conn: Connection, ctx: Context, case_id: str, snap: EntitySnapshot, tracker: Tracker
) -> None:
    if snap.field_hlcs:
        _observe(ctx, max(snap.field_hlcs.values()))
    if snap.entity is Entity.JOURNAL_NOTE:
        tracker.notes.add(snap.entity_id)
        if snap.deleted:
            rows.delete_draft(conn, snap.entity_id)
            return
        if rows.note_status(conn, snap.entity_id) == "signert":
            _keep_rejected(conn, ctx, case_id, snap.entity, snap.entity_id, snap.fields,
                           snap.field_hlcs)
            return
    if snap.deleted:
        return  # deleted records stay gone
    if snap.entity in (Entity.VISIT, Entity.LETTER):
        rows.append_item(conn, snap.entity, snap.entity_id, dict(snap.fields))
        return  # applied after their parents (APPLY_ORDER)
    merge(conn, ctx, snap.entity, snap.entity_id, case_id, snap.fields, snap.field_hlcs,
          seq=None, whole=snap.signed and snap.entity is Entity.JOURNAL_NOTE)


def apply_op(conn: Connection, ctx: Context, remote: RemoteOp, tracker: Tracker) -> None:
    """One op from the server; our own ops (still in the outbox) were applied when written."""
    op = remote.op
    if conn.execute("SELECT 1 FROM outbox WHERE op_id = ?", (op.op_id,)).fetchone():
        return
    _observe(ctx, op.hlc)
    case_id = resolve_case(conn, op.case_id)
    if case_id is None:
        return  # not (yet) in the vault: its grant carries the full state
    tracker.cases.add(case_id)
    hlcs = dict.fromkeys(op.fields, op.hlc)
    if op.entity in (Entity.VISIT, Entity.LETTER):
        rows.append_item(conn, op.entity, op.entity_id, dict(op.fields))
    elif op.entity is Entity.JOURNAL_NOTE:
        tracker.notes.add(op.entity_id)
        _apply_note_op(conn, ctx, remote, case_id)
    elif op.kind is OpKind.DELETE:
        if op.entity in rows.RECORD_KINDS:
            conn.execute("DELETE FROM records WHERE id = ?", (op.entity_id,))
    elif op.kind is OpKind.CREATE or rows.load(conn, op.entity, op.entity_id) is not None:
        merge(conn, ctx, op.entity, op.entity_id, case_id, op.fields, hlcs, seq=remote.seq)
    # else: an update of a record this vault no longer holds (deleted here): stays gone


def _apply_note_op(conn: Connection, ctx: Context, remote: RemoteOp, case_id: str) -> None:
    op = remote.op
    hlcs = dict.fromkeys(op.fields, op.hlc)
    status = rows.note_status(conn, op.entity_id)
    if op.kind is OpKind.DELETE:
        rows.delete_draft(conn, op.entity_id)
        _resolve_conflicts(conn, ctx, op.entity_id, "deleted")
    elif status == "signert":
        _keep_rejected(conn, ctx, case_id, op.entity, op.entity_id, op.fields, hlcs)
    elif op.kind is OpKind.SIGN:
        merge(conn, ctx, op.entity, op.entity_id, case_id, op.fields, hlcs, seq=remote.seq,
              whole=True)
        _resolve_conflicts(conn, ctx, op.entity_id, "signed")
    elif status is None and op.kind is not OpKind.CREATE:
        return  # an edit of a draft deleted here: the deletion stands on this device too
    else:
        if status is not None and _edited_concurrently(conn, op.entity_id, remote.seq):
            _keep_both_drafts(conn, ctx, remote, case_id)
        else:
            _resolve_conflicts(conn, ctx, op.entity_id, "superseded")
        merge(conn, ctx, op.entity, op.entity_id, case_id, op.fields, hlcs, seq=remote.seq)


def merge(
    conn: Connection,
    ctx: Context,
    entity: Entity,
    entity_id: str,
    case_id: str,
    incoming: Mapping[str, JSONValue],
    hlcs: Mapping[str, str],
    *,
    seq: int | None,
    whole: bool = False,
) -> None:
    """Per-field last-writer-wins by HLC (``whole``: every incoming field wins, a signature).

    ``seq`` is the incoming op's server sequence (``None`` for a grant's snapshot); it decides
    which losing values are flagged (module docstring), not which value wins.
    """
    found = rows.load(conn, entity, entity_id)
    local = dict(found[0]) if found else {}
    # Nothing held: no local value to protect, whatever our outbox remembers of it.
    clocks = local_clock(conn, entity, entity_id) if found else {}
    stored = _stored_clock(conn, entity, entity_id) if found else {}
    unseen = _written_unseen(conn, entity, entity_id, seq) if found else set()
    merged = dict(local)
    for key, value in incoming.items():
        theirs, mine = hlcs.get(key, ""), clocks.get(key)
        if whole or mine is None or theirs > mine:
            if found and key in local and local[key] != value:
                # A signature replacing a draft: its own status fields are not a lost value.
                flag = key in unseen and not (whole and key in _SIGNATURE_FIELDS)
                _history(conn, ctx, case_id, entity, entity_id, key, local[key], mine or "",
                         theirs, "local", flagged=flag)
            merged[key] = value
            stored[key] = max(theirs, stored.get(key, ""))
        elif theirs < mine and local.get(key) != value:
            _history(conn, ctx, case_id, entity, entity_id, key, value, theirs, mine, "remote",
                     flagged=key in unseen)
    if entity is Entity.CASE:
        _keep_real_number(conn, entity_id, merged)
    if found is None or merged != local:
        rows.write(conn, entity, entity_id, case_id, merged, ctx.now_iso())
    conn.execute(
        "INSERT OR REPLACE INTO entity_clock (entity, entity_id, case_id, hlcs) VALUES (?, ?, ?, ?)",
        (entity.value, entity_id, case_id, dumps(stored)),
    )


def _written_unseen(
    conn: Connection, entity: Entity, entity_id: str, seq: int | None
) -> set[str]:
    """Fields this device wrote in ops the writer of the op sequenced at ``seq`` cannot have seen.

    Those are undelivered, or the server sequenced them after ``seq`` (their receipt), so
    they were not on the server when that op was written. ``None`` (a grant, no sequence):
    only undelivered ops, since the snapshot holds everything we delivered.
    """
    unseen: set[str] = set()
    for (fields,) in conn.execute(
        "SELECT o.fields FROM outbox o LEFT JOIN receipts r ON r.op_id = o.op_id"
        " WHERE o.entity = ? AND o.entity_id = ? AND o.kind != 'delete'"
        " AND (o.delivered_at IS NULL OR (? IS NOT NULL AND r.seq > ?))",
        (entity.value, entity_id, seq, seq),
    ):
        unseen.update(json.loads(fields))
    return unseen


def local_clock(conn: Connection, entity: Entity, entity_id: str) -> dict[str, str]:
    """Per-field HLCs of what the vault holds: merged remote clocks and our own ops."""
    clocks = _stored_clock(conn, entity, entity_id)
    for hlc, fields in conn.execute(
        "SELECT hlc, fields FROM outbox WHERE entity_id = ? AND entity = ?",
        (entity_id, entity.value),
    ):
        for key in json.loads(fields):
            if clocks.get(key, "") < hlc:
                clocks[key] = str(hlc)
    return clocks


def _stored_clock(conn: Connection, entity: Entity, entity_id: str) -> dict[str, str]:
    row = conn.execute(
        "SELECT hlcs FROM entity_clock WHERE entity = ? AND entity_id = ?",
        (entity.value, entity_id),
    ).fetchone()
    return dict(json.loads(row[0])) if row else {}


def resolve_case(conn: Connection, case_ref: str) -> str | None:
    """The local case an op's ``case_id`` means (after a join on the server), if held."""
    row = conn.execute("SELECT case_id FROM case_aliases WHERE alias_id = ?", (case_ref,))
    alias = row.fetchone()
    case_id = str(alias[0]) if alias else case_ref
    held = conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone()
    return case_id if held else None


def set_case_number(conn: Connection, case_id: str, number: str | None) -> None:
    """The server's human case number replaces the provisional one (no op: it came from there)."""
    if not number or not is_case_number(number):
        return
    row = conn.execute("SELECT number, data FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None or row[0] == number:
        return
    data = {**json.loads(row[1]), "number": number}
    conn.execute("UPDATE cases SET number = ?, data = ? WHERE id = ?",
                 (number, dumps(data), case_id))
    fts.reindex_case(conn, case_id)


def _keep_real_number(conn: Connection, case_id: str, merged: dict[str, JSONValue]) -> None:
    row = conn.execute("SELECT number FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is not None and is_case_number(str(row[0])) and not is_case_number(
        str(merged.get("number") or "")
    ):
        merged["number"] = str(row[0])


def _ensure_case(conn: Connection, ctx: Context, grant: CaseSnapshot) -> None:
    if conn.execute("SELECT 1 FROM cases WHERE id = ?", (grant.case_id,)).fetchone() is None:
        data: dict[str, JSONValue] = {"status": grant.status, "unit_id": grant.unit_id,
                                      "number": grant.number, "created_at": ctx.now_iso()}
        rows.write(conn, Entity.CASE, grant.case_id, grant.case_id, data, ctx.now_iso())


def _edited_concurrently(conn: Connection, note_id: str, seq: int) -> bool:
    """Did this device edit the draft in a way the remote op cannot have seen?

    Either our edit has not reached the server yet, or the server sequenced it after the
    remote op: in both cases the other device wrote without our version.
    """
    row = conn.execute(
        "SELECT 1 FROM outbox o LEFT JOIN receipts r ON r.op_id = o.op_id"
        " WHERE o.entity = 'journal_note' AND o.entity_id = ? AND o.kind != 'delete'"
        " AND (o.delivered_at IS NULL OR r.seq > ?) LIMIT 1",
        (note_id, seq),
    ).fetchone()
    return row is not None


def _keep_both_drafts(conn: Connection, ctx: Context, remote: RemoteOp, case_id: str) -> None:
    found = rows.load(conn, Entity.JOURNAL_NOTE, remote.op.entity_id)
    if found is None:
        return
    mine = found[0]
    theirs = {**mine, **remote.op.fields}
    if {k: v for k, v in theirs.items() if k not in _NO_HISTORY} == {
        k: v for k, v in mine.items() if k not in _NO_HISTORY
    }:
        return
    _resolve_conflicts(conn, ctx, remote.op.entity_id, "superseded")
    conn.execute(
        "INSERT INTO draft_conflicts (note_id, case_id, mine, theirs, theirs_hlc, theirs_device,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (remote.op.entity_id, case_id, dumps(mine), dumps(theirs), remote.op.hlc,
         remote.op.device, ctx.now_iso()),
    )


def _resolve_conflicts(conn: Connection, ctx: Context, note_id: str, how: str) -> None:
    conn.execute(
        "UPDATE draft_conflicts SET resolved_at = ? WHERE note_id = ? AND resolved_at IS NULL",
        (f"{ctx.now_iso()} {how}", note_id),
    )


def _keep_rejected(
    conn: Connection, ctx: Context, case_id: str, entity: Entity, entity_id: str,
    fields: Mapping[str, JSONValue], hlcs: Mapping[str, str],
) -> None:
    """A change that arrived for a signed note: not applied (B11), kept for review."""
    found = rows.load(conn, entity, entity_id)
    local = found[0] if found else {}
    for key, value in fields.items():
        if key not in _NO_HISTORY and local.get(key) != value and key not in _SIGNATURE_FIELDS:
            _history(conn, ctx, case_id, entity, entity_id, key, value, hlcs.get(key, ""),
                     "signed", "remote")


def _history(
    conn: Connection, ctx: Context, case_id: str, entity: Entity, entity_id: str, key: str,
    value: JSONValue, hlc: str, winner: str, source: str, *, flagged: bool = True,
) -> None:
    """Keep a losing value in the case history; ``flagged``: a conflict someone must review."""
    if key in _NO_HISTORY:
        return
    conn.execute(
        "INSERT INTO case_history (case_id, entity, entity_id, field, value, hlc, winner_hlc,"
        " source, recorded_at, flagged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (case_id, entity.value, entity_id, key, json.dumps(value, ensure_ascii=False), hlc,
         winner, source, ctx.now_iso(), int(flagged)),
    )


def _observe(ctx: Context, hlc: str) -> None:
    """Later local changes must sort after everything this device has seen."""
    with contextlib.suppress(ValueError):
        ctx.hlc.observe(Timestamp.decode(hlc))
