"""Competing edits from "another device", applied the way sync applies a pulled page.

A conflict is made by the real inbound path (``VaultSyncStore.apply_page``): an op whose HLC
sorts after this vault's edit wins and the local value is flagged; one that sorts before
loses and is flagged itself (DESIGN.md §5).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from datetime import UTC, datetime

from domain.hlc import Timestamp
from domain.ids import new_id
from domain.ops import Entity, JSONValue, Operation, OpKind
from domain.syncstore import PullPage, RemoteOp
from storage.sync_store import VaultSyncStore
from storage.vault import Vault

OTHER_DEVICE = "0190aaaa-bbbb-7ccc-8ddd-kontorpc0001"
_SEQ = itertools.count(1)


def remote_op(
    vault: Vault,
    entity: Entity,
    entity_id: str,
    case_id: str,
    fields: Mapping[str, JSONValue],
    *,
    newer: bool,
    user: str = "ola",
) -> RemoteOp:
    """An update written on another device: after (``newer``) or before this vault's last edit."""
    last = vault.hlc.last.wall_ms
    wall = last + 60_000 if newer else last - 60_000
    op = Operation(
        op_id=new_id(),
        case_id=case_id,
        entity=entity,
        entity_id=entity_id,
        kind=OpKind.UPDATE,
        fields=dict(fields),
        hlc=Timestamp(wall, 0, OTHER_DEVICE).encode(),
        user=user,
        device=OTHER_DEVICE,
    )
    return RemoteOp(op=op, seq=next(_SEQ))


def apply_remote(vault: Vault, *ops: RemoteOp) -> object:
    """Apply the ops as one pulled page; returns the page's ``Changes``."""
    page = PullPage(
        ops=tuple(ops),
        grants=(),
        revocations=(),
        next_cursor=max(o.seq for o in ops),
        has_more=False,
        max_offline_hours=72,
        server_time=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
    )
    return VaultSyncStore(vault).apply_page(page)
