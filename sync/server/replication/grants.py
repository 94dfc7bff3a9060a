"""Full current state of cases newly visible to a device, filtered on the way out."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import CaseState, EntityState
from sync.server.policy import CaseInfo
from sync.server.replication.outbound import CaseView, filter_fields
from sync.server.tables import case_joins, entities


def case_states(
    session: Session, infos: dict[str, CaseInfo], views: dict[str, CaseView]
) -> list[CaseState]:
    """One :class:`CaseState` per case in ``infos``."""
    if not infos:
        return []
    ids = sorted(infos)
    by_case: dict[str, list[EntityState]] = {c: [] for c in ids}
    rows = session.execute(
        select(entities).where(entities.c.case_id.in_(ids)).order_by(entities.c.updated_seq)
    ).all()
    for r in rows:
        fields = dict(r.fields)
        level = fields.get("address_protection") if r.entity == "person" else None
        shown, redacted = filter_fields(views[str(r.case_id)], str(r.entity), fields, level)
        if shown is None:
            continue
        by_case[str(r.case_id)].append(
            EntityState(
                entity=r.entity,
                entity_id=r.entity_id,
                fields=shown,
                field_hlcs={k: v for k, v in dict(r.field_hlcs).items() if k in shown},
                signed=bool(r.signed),
                deleted=bool(r.deleted),
                redacted=redacted,
            )
        )
    aliases: dict[str, list[str]] = {}
    for j in session.execute(
        select(case_joins).where(case_joins.c.case_id.in_(ids), case_joins.c.status == "joined")
    ):
        aliases.setdefault(str(j.case_id), []).append(str(j.alias_case_id))
    return [
        CaseState(
            case_id=c,
            number=infos[c].number,
            unit_id=infos[c].facts.unit_id,
            status=infos[c].status,
            assigned=sorted(infos[c].facts.assigned),
            aliases=sorted(aliases.get(c, [])),
            strengt_fortrolig=infos[c].strengt_fortrolig,
            entities=by_case[c],
        )
        for c in ids
    ]
