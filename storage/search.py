"""Full-text search over the journal, inside the encrypted database (FTS5).

The user's words become quoted FTS5 terms (so no input is FTS syntax), all required, the
last one a prefix, since people search while they type. Hits are always existing notes:
the index row shares its rowid with the note row and is written in the same transaction.

Ranking (bm25) is done among the :data:`RANK_WINDOW` most recently created matching notes:
ranking every match of a common word ("skolen") costs 100+ ms at 100,000 notes, while
walking the index newest-first stops early. A journal search wants recent notes anyway.
"""

from __future__ import annotations

import re

from storage.base import Repository
from storage.rows import SearchHit

_WORD = re.compile(r"\w+", re.UNICODE)

RANK_WINDOW = 100

_WINDOW_SQL = (
    "SELECT rowid FROM note_fts WHERE note_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?"
)

_SEARCH_SQL = """
SELECT n.id, n.case_id, f.case_number,
       snippet(note_fts, -1, char(2), char(3), '…', 12), f.rank
FROM note_fts f JOIN notes n ON n.rid = f.rowid
WHERE note_fts MATCH ? AND f.rowid >= ?
ORDER BY f.rank
LIMIT ?
"""


def fts_query(text: str) -> str:
    """The user's text as an FTS5 query: every word required, the last one as a prefix."""
    words = _WORD.findall(text)
    if not words:
        return ""
    terms = [f'"{w}"' for w in words]
    if not text[-1:].isspace():
        terms[-1] += "*"
    return " ".join(terms)


class SearchRepository(Repository):
    """Search notes by text, case number and names."""

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        """Best matches first; each snippet marks the hit with ``\\x02`` … ``\\x03``."""
        match = fts_query(query)
        if not match:
            return []
        ctx = self._ctx
        with ctx.db.tx() as conn:
            oldest = conn.execute(_WINDOW_SQL, (match, RANK_WINDOW - 1)).fetchone()
            floor = int(oldest[0]) if oldest else 0
            rows = conn.execute(_SEARCH_SQL, (match, floor, limit)).fetchall()
            # The query itself may be a name: only the count is logged (B8).
            ctx.log(conn, "search", detail=f"{len(rows)} hits")
        return [
            SearchHit(note_id=r[0], case_id=r[1], case_number=r[2], snippet=r[3], rank=r[4])
            for r in rows
        ]
