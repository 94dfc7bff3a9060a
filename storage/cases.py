"""Cases and their persons: the case list, the case file, the child's identity number."""

from __future__ import annotations

import builtins
import dataclasses
from datetime import date
from typing import Any

from domain.casefile import CaseFile
from domain.cases import Case, CaseStatus
from domain.changes import Changes
from domain.codec import to_fields
from domain.errors import ErrorKind, ValidationError
from domain.ops import Entity, OpKind
from domain.people import AddressProtection, Person
from storage import fts
from storage.base import Repository, diff, load, require_case
from storage.casefiles import load_all_files, load_file
from storage.context import dumps
from storage.db import Connection
from storage.rows import CaseSummary, mask_identity_number

_CASE_UPDATABLE = {"unit_id", "caseworker", "status", "child_id", "number"}

_SUMMARY_SQL = """
SELECT c.id, c.number, c.status, p.given_name, p.family_name, p.birth_date,
       p.identity_number, p.address_protection, c.updated_at
FROM cases c LEFT JOIN persons p ON p.id = c.child_id
"""


def _write_case(conn: Connection, case: Case, updated_at: str, *, insert: bool) -> None:
    values = (
        case.number,
        case.status.value,
        case.unit_id,
        case.caseworker,
        case.child_id,
        updated_at,
        dumps(to_fields(case)),
        case.id,
    )
    if insert:
        conn.execute(
            "INSERT INTO cases (number, status, unit_id, caseworker, child_id, updated_at, data,"
            " id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, case.created_at.isoformat()),
        )
    else:
        conn.execute(
            "UPDATE cases SET number = ?, status = ?, unit_id = ?, caseworker = ?,"
            " child_id = ?, updated_at = ?, data = ? WHERE id = ?",
            values,
        )


def _write_person(conn: Connection, person: Person, *, insert: bool) -> None:
    birth = person.birth_date.isoformat() if person.birth_date else None
    values = (
        person.case_id,
        person.role.value,
        person.given_name,
        person.family_name,
        birth,
        person.identity_number,
        person.address_protection.value,
        dumps(to_fields(person)),
        person.id,
    )
    if insert:
        conn.execute(
            "INSERT INTO persons (case_id, role, given_name, family_name, birth_date,"
            " identity_number, address_protection, data, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
    else:
        conn.execute(
            "UPDATE persons SET case_id = ?, role = ?, given_name = ?, family_name = ?,"
            " birth_date = ?, identity_number = ?, address_protection = ?, data = ?"
            " WHERE id = ?",
            values,
        )


def _summary(row: Any) -> CaseSummary:
    given, family = row[3] or "", row[4] or ""
    return CaseSummary(
        id=row[0],
        number=row[1],
        status=CaseStatus(row[2]),
        child_name=f"{given} {family}".strip(),
        child_birth_date=None if row[5] is None else date.fromisoformat(row[5]),
        child_identity_masked=mask_identity_number(row[6]),
        address_protection=AddressProtection(row[7] or AddressProtection.NONE.value),
        updated_at=row[8],
    )


class CaseRepository(Repository):
    """Cases, persons, the case list and case files."""

    def create(self, case: Case, child: Person) -> Changes:
        """A new case with its child; the child becomes ``case.child_id``."""
        if child.case_id != case.id:
            raise ValidationError(ErrorKind.MISSING_FIELD, field="case_id")
        case = dataclasses.replace(case, child_id=child.id)
        ctx = self._ctx
        with ctx.db.tx() as conn:
            _write_case(conn, case, ctx.now_iso(), insert=True)
            _write_person(conn, child, insert=True)
            ctx.write_op(conn, case.id, Entity.CASE, case.id, OpKind.CREATE, to_fields(case))
            ctx.write_op(conn, case.id, Entity.PERSON, child.id, OpKind.CREATE, to_fields(child))
            ctx.log(conn, "case.create", case_id=case.id, entity_id=case.id)
        return Changes.for_case(case.id, case_list=True, deadlines=True) | Changes(access_log=True)

    def add_person(self, person: Person) -> Changes:
        """Add a parent, foster parent or other person to a case."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            require_case(conn, person.case_id)
            _write_person(conn, person, insert=True)
            ctx.write_op(
                conn, person.case_id, Entity.PERSON, person.id, OpKind.CREATE, to_fields(person)
            )
            ctx.log(conn, "person.create", case_id=person.case_id, entity_id=person.id)
            ctx.touch_case(conn, person.case_id)
            fts.reindex_case(conn, person.case_id)
        return Changes.for_case(person.case_id, case_list=True) | Changes(access_log=True)

    def update_person(self, person: Person) -> Changes:
        """Store a changed person; the op carries only the changed fields."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            old = load(conn, Person, "persons", person.id)
            if old.case_id != person.case_id:
                raise ValidationError(ErrorKind.MISSING_FIELD, "a person never changes case")
            changed = diff(to_fields(old), to_fields(person))
            if not changed:
                return Changes()
            _write_person(conn, person, insert=False)
            ctx.write_op(conn, person.case_id, Entity.PERSON, person.id, OpKind.UPDATE, changed)
            ctx.log(conn, "person.update", case_id=person.case_id, entity_id=person.id)
            ctx.touch_case(conn, person.case_id)
            if {"given_name", "family_name"} & changed.keys():
                fts.reindex_case(conn, person.case_id)
        return Changes.for_case(person.case_id, case_list=True, deadlines=True) | Changes(
            access_log=True
        )

    def update(self, case_id: str, **fields: Any) -> Changes:
        """Change case fields (status, caseworker, unit, server-given number, child)."""
        unknown = fields.keys() - _CASE_UPDATABLE
        if unknown:
            raise ValueError(f"not updatable: {sorted(unknown)}")
        ctx = self._ctx
        with ctx.db.tx() as conn:
            old = load(conn, Case, "cases", case_id)
            new = dataclasses.replace(old, **fields)
            changed = diff(to_fields(old), to_fields(new))
            if not changed:
                return Changes()
            _write_case(conn, new, ctx.now_iso(), insert=False)
            ctx.write_op(conn, case_id, Entity.CASE, case_id, OpKind.UPDATE, changed)
            ctx.log(conn, "case.update", case_id=case_id, entity_id=case_id)
            if {"number", "child_id"} & changed.keys():
                fts.reindex_case(conn, case_id)
        return Changes.for_case(case_id, case_list=True, deadlines=True) | Changes(access_log=True)

    def list(
        self,
        *,
        text: str = "",
        status: CaseStatus | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[CaseSummary]:
        """A page of the case list, most recently changed first (no address ever, B6)."""
        where: list[str] = []
        params: list[Any] = []
        if status is not None:
            where.append("c.status = ?")
            params.append(status.value)
        if text.strip():
            like = f"%{text.strip()}%"
            where.append("(c.number LIKE ? OR (p.given_name || ' ' || p.family_name) LIKE ?)")
            params += [like, like]
        sql = _SUMMARY_SQL + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY c.updated_at DESC, c.id LIMIT ? OFFSET ?"
        with self._ctx.db.read() as conn:
            rows = conn.execute(sql, (*params, limit, offset)).fetchall()
        return [_summary(r) for r in rows]

    def count(self) -> int:
        """Number of cases in the vault."""
        with self._ctx.db.read() as conn:
            return int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])

    def get_file(self, case_id: str) -> CaseFile:
        """Everything recorded on one case (a logged read, B2). Reporter identities stay out (B4)."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            case_file = load_file(conn, case_id)
            ctx.log(conn, "case.read", case_id=case_id, entity_id=case_id)
        return case_file

    def all_files(self) -> builtins.list[CaseFile]:
        """Every case file, for deadlines and statistics; logs one ``case.list`` entry."""
        ctx = self._ctx
        with ctx.db.tx() as conn:
            files = load_all_files(conn)
            ctx.log(conn, "case.list", detail=f"{len(files)} cases")
        return files

    def find_by_identity_number(self, number: str) -> str | None:
        """The case id of a known child with this identity number (to join two intakes)."""
        with self._ctx.db.read() as conn:
            row = conn.execute(
                "SELECT p.case_id FROM persons p JOIN cases c ON c.child_id = p.id"
                " WHERE p.identity_number = ? ORDER BY c.created_at LIMIT 1",
                (number,),
            ).fetchone()
        return None if row is None else str(row[0])
