"""Sync operations: the unit of change that leaves a device (DESIGN.md §5).

Every mutation of the vault writes one :class:`Operation` in the same transaction (the
outbox). The server applies ops idempotently by ``op_id`` and answers with the content hash
computed here, so both sides agree byte for byte on what was delivered.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

JSONValue = Any
"""A value that survives ``json.dumps``: str, int, float, bool, None, list, dict."""


class Entity(StrEnum):
    """What an operation changes. Every entity belongs to exactly one case."""

    CASE = "case"
    PERSON = "person"
    REPORT = "report"  # melding
    REPORTER = "reporter"  # the reporter's identity, stored apart (B4)
    INVESTIGATION = "investigation"  # undersøkelse
    MEASURE = "measure"  # tiltak
    EMERGENCY_DECISION = "emergency_decision"  # akuttvedtak
    CARE_ORDER = "care_order"  # omsorgsovertakelse
    PLACEMENT = "placement"  # fosterhjem / institusjon
    VISIT = "visit"  # oppfølgings- og tilsynsbesøk
    ADDRESS_PROTECTION = "address_protection"  # sperret adresse-vedtak (A23)
    JOURNAL_NOTE = "journal_note"
    ADDENDUM = "addendum"
    LETTER = "letter"  # brev til melder (A4) og vedtaksbrev


PARENT_FIELD = {Entity.VISIT: "placement_id", Entity.LETTER: "report_id"}
"""Items of a list on their parent record (a placement's visits, a melding's letters): each
is an entity of its own, created once under its own id, and names its parent in this field."""


class OpKind(StrEnum):
    """How an operation changes its entity."""

    CREATE = "create"
    UPDATE = "update"  # per-field merge by HLC
    SIGN = "sign"  # a journal note or addendum becomes immutable (B11)
    DELETE = "delete"  # only drafts; meldinger and signed notes are never deleted (B10)


@dataclass(frozen=True)
class Operation:
    """One change, as it travels from a device to the server and on to other devices."""

    op_id: str
    case_id: str
    entity: Entity
    entity_id: str
    kind: OpKind
    fields: Mapping[str, JSONValue]
    hlc: str
    user: str
    device: str

    def to_json(self) -> dict[str, JSONValue]:
        """Plain dict for the wire and for the outbox table."""
        return {
            "op_id": self.op_id,
            "case_id": self.case_id,
            "entity": self.entity.value,
            "entity_id": self.entity_id,
            "kind": self.kind.value,
            "fields": dict(self.fields),
            "hlc": self.hlc,
            "user": self.user,
            "device": self.device,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, JSONValue]) -> Operation:
        """Inverse of :meth:`to_json`."""
        return cls(
            op_id=str(data["op_id"]),
            case_id=str(data["case_id"]),
            entity=Entity(data["entity"]),
            entity_id=str(data["entity_id"]),
            kind=OpKind(data["kind"]),
            fields=dict(data["fields"]),
            hlc=str(data["hlc"]),
            user=str(data["user"]),
            device=str(data["device"]),
        )

    def content_hash(self) -> str:
        """SHA-256 over the canonical JSON of the op: the receipt the client verifies."""
        return content_hash(self.to_json())


def canonical_json(data: Mapping[str, JSONValue]) -> str:
    """Deterministic JSON (sorted keys, no spaces, UTF-8 kept) for hashing."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(data: Mapping[str, JSONValue]) -> str:
    """Hex SHA-256 of :func:`canonical_json`."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()
