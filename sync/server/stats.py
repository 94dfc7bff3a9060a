"""Leaders' figures, aggregated per unit and month (DOMAIN.md A, statistics). Counts only.

- meldinger: melding (report) entities created, by the month the server received them;
- undersøkelser opened: investigation entities created;
- undersøkelser concluded: investigations whose ``conclusion`` was first set in that month.
Deadline breaches, extensions and measures come with the deadline engine in a later issue.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import StatsPeriod, StatsResponse
from sync.server.tables import cases, ops


def unit_stats(session: Session, unit_id: str) -> StatsResponse:
    """Per-month counts for one unit."""
    counts: dict[str, dict[str, int]] = defaultdict(
        lambda: {"meldinger": 0, "undersokelser_opened": 0, "undersokelser_concluded": 0}
    )
    concluded: set[str] = set()
    rows = session.execute(
        select(ops.c.entity, ops.c.entity_id, ops.c.kind, ops.c.fields, ops.c.received_at)
        .join(cases, cases.c.id == ops.c.home_case)
        .where(cases.c.unit_id == unit_id, ops.c.entity.in_(["report", "investigation"]))
        .order_by(ops.c.seq)
    )
    for r in rows:
        period = r.received_at.strftime("%Y-%m")
        if r.entity == "report" and r.kind == "create":
            counts[period]["meldinger"] += 1
        elif r.entity == "investigation":
            if r.kind == "create":
                counts[period]["undersokelser_opened"] += 1
            if dict(r.fields).get("conclusion") and r.entity_id not in concluded:
                concluded.add(r.entity_id)
                counts[period]["undersokelser_concluded"] += 1
    periods = [StatsPeriod(period=p, **c) for p, c in sorted(counts.items())]
    return StatsResponse(unit_id=unit_id, periods=periods)
