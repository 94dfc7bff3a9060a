"""Vault benchmark (DESIGN.md §8): ``python -m bench vault --json [--notes N]``.

Builds a vault of N notes (default 100,000) over N/20 cases through the normal repository
code (``notes.save_draft``; bulk loading only wraps many saves in one ``vault.batch()``
transaction), then measures:

- ``unlock_ms``: Argon2id with the DEFAULT parameters + open + first page (200) of the case list
- ``save_p95_ms``: one new note through ``notes.save_draft`` in its own durable commit
  (row, FTS update, outbox op, access-log row), 300 samples
- ``search_p95_ms``: 200 searches for realistic Norwegian words and names
- ``insert_ratio_vs_plain``: the same bulk insert workload on the same sqlcipher3 build,
  keyed vs opened without a key (best of 3 runs each)
- ``plaintext_marker_hits``: files in the vault folder and the temp dir containing a marker
  that was written into notes (must be 0)

Everything lives in a fresh temp folder, deleted at the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from domain.cases import Case
from domain.notes import JournalNote, NoteType
from domain.people import Person, PersonRole
from storage.db import Database
from storage.keys import KdfParams, KeyFile
from storage.migrations import migrate
from storage.vault import Vault, _write_meta

PASSPHRASE = "benk med lang nok passfrase"


def _words(text: str) -> list[str]:
    """Whitespace-separated words (keeps the vocabulary readable)."""
    return text.split()


WORDS = _words(
    "barnet mor far foreldrene skolen barnehagen hjemme hjemmebesøk samtale bekymring "
    "trygg utrygg omsorg oppfølging tiltak vurdering undersøkelse melding rus vold "
    "søvn mat klær hygiene lekser venner fritid fotball korps helsesykepleier lege "
    "politiet BUP PPT fastlege tolk besteforeldre søsken bror søster kontakt avtale "
    "møte telefon brev samarbeid bekymret glad lei trist sint redd rolig urolig "
    "fortalte sa ønsket ville kunne skulle måtte fikk gikk kom var har hadde blir "
    "kveld morgen helg ferie uke måned leilighet hus rom seng kjøkken stue "
    "økonomi arbeid jobb NAV bolig flytting barnevernstjenesten veileder støttekontakt "
    "besøkshjem MST FFT ruskontroll tilsyn fosterhjem institusjon akutt plan "
    "og i på med til av for som det at en et ikke er den om fra men så også hos"
)
NAMES = _words(
    "Ola Kari Åse Øyvind Ærlig Per Pål Nora Emma Jakob Noah Sofie Ingrid Lars Mette "
    "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Berg "
    "Haugen Hagen Bakken Solberg Strand Ås Bø Sæther Løken Dahl Lie Moen Ødegård"
)
QUERIES = (
    "skolen",
    "hjemmebesøk",
    "bekymring",
    "rus",
    "politiet",
    "tolk",
    "søvn",
    "fotball",
    "fosterhjem",
    "barnehagen",
    "støttekontakt",
    "Øyvind",
    "Ødegård",
    "Sæther",
    "Åse",
    "vold",
    "mor bekymret",
    "samtale barnet",
    "lekser",
    "NAV",
    "flytting",
    "akutt",
)
START = datetime(2024, 1, 1, 8, 0, tzinfo=UTC)


class TextMaker:
    """Zipf-weighted Norwegian note text (common words very common, as in real journals)."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._weights = [1.0 / (rank + 1) for rank in range(len(WORDS))]

    def text(self, low: int, high: int) -> str:
        """A sentence-ish run of ``low``–``high`` words."""
        words = self._rng.choices(WORDS, weights=self._weights, k=self._rng.randint(low, high))
        return " ".join(words).capitalize() + "."


def make_cases(vault: Vault, count: int, rng: random.Random) -> list[Case]:
    """``count`` cases with a named child each, in one transaction."""
    cases = []
    with vault.batch():
        for i in range(count):
            case = Case(created_at=START + timedelta(minutes=i), caseworker="benk")
            child = Person(
                case_id=case.id,
                role=PersonRole.CHILD,
                given_name=rng.choice(NAMES[:15]),
                family_name=rng.choice(NAMES[15:]),
                birth_date=date(2008 + i % 17, 1 + i % 12, 1 + i % 28),
            )
            vault.cases.create(case, child)
            cases.append(case)
    return cases


def make_note(case: Case, maker: TextMaker, rng: random.Random, extra: str = "") -> JournalNote:
    """A realistic note: structured sections of varying length."""
    return JournalNote(
        case_id=case.id,
        note_type=rng.choice(list(NoteType)),
        occurred_at=START + timedelta(hours=rng.randint(0, 20000)),
        author="benk",
        place=maker.text(2, 5),
        child_views=maker.text(10, 40),
        observations=maker.text(20, 80),
        assessment=maker.text(10, 40),
        body=maker.text(10, 60) + extra,
    )


def bulk_notes(
    vault: Vault, cases: list[Case], count: int, rng: random.Random, marker: str
) -> float:
    """Insert ``count`` notes in transactions of 5,000 saves; returns seconds."""
    maker = TextMaker(rng)
    start = time.perf_counter()
    done = 0
    while done < count:
        with vault.batch():
            for _ in range(min(5000, count - done)):
                extra = f" {marker}" if done % 5000 == 0 else ""
                vault.notes.save_draft(make_note(rng.choice(cases), maker, rng, extra))
                done += 1
    return time.perf_counter() - start


def _attach(folder: Path, key: bytes | None) -> Vault:
    """A vault on a fresh database keyed with ``key`` (``None``: plain SQLite), no KDF."""
    folder.mkdir(parents=True)
    db = Database.open(folder / "vault.db", key)
    migrate(db)
    _write_meta(db, user="benk", device_id=str(uuid.uuid4()), created_at=START)
    placeholder = KeyFile(kdf=KdfParams.cheap(), salt=b"", nonce=b"", wrapped_dek=b"")
    return Vault(folder, db, key or b"", placeholder, lambda: datetime.now(UTC))


def insert_ratio(base: Path, notes: int, seed: int) -> tuple[float, float]:
    """Best-of-3 seconds for the same bulk workload keyed and plain."""
    best = {"keyed": float("inf"), "plain": float("inf")}
    for run in range(3):
        for label, key in (("keyed", os.urandom(32)), ("plain", None)):
            folder = base / f"{label}{run}"
            vault = _attach(folder, key)
            rng = random.Random(seed)
            start = time.perf_counter()
            cases = make_cases(vault, max(1, notes // 20), rng)
            bulk_notes(vault, cases, notes, rng, marker="")
            vault.close()
            best[label] = min(best[label], time.perf_counter() - start)
            shutil.rmtree(folder)
    return best["keyed"], best["plain"]


def p95(samples: list[float]) -> float:
    """95th percentile in milliseconds."""
    return statistics.quantiles(samples, n=100)[94] * 1000


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def scan(marker: str, folders: list[Path]) -> int:
    """Files holding ``marker`` in plain UTF-8 or UTF-16."""
    needles = [marker.encode(), marker.encode("utf-16-le")]
    hits = 0
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                try:
                    data = (Path(root) / name).read_bytes()
                except OSError:
                    continue
                hits += any(n in data for n in needles)
    return hits


def run(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """The whole benchmark in ``work``; returns the figures."""
    rng = random.Random(args.seed)
    marker = f"Markør{uuid.uuid4().hex}"
    folder = work / "vault"
    vault = Vault.create(folder, PASSPHRASE, user="benk")  # default KDF parameters
    n_cases = max(1, args.notes // 20)
    t0 = time.perf_counter()
    cases = make_cases(vault, n_cases, rng)
    bulk_notes(vault, cases, args.notes, rng, marker)
    bulk_s = time.perf_counter() - t0
    vault.close()

    unlocks = []
    for _ in range(3):
        start = time.perf_counter()
        vault = Vault.open(folder, PASSPHRASE)
        first_page = vault.cases.list(limit=200)
        unlocks.append(time.perf_counter() - start)
        if len(first_page) != min(200, n_cases):
            raise RuntimeError("case list incomplete")
        vault.close()
    vault = Vault.open(folder, PASSPHRASE)

    maker = TextMaker(rng)
    saves = [
        timed(
            lambda: vault.notes.save_draft(make_note(rng.choice(cases), maker, rng, f" {marker}"))
        )
        for _ in range(args.saves)
    ]
    searches = [
        timed(lambda: vault.search.search(rng.choice(QUERIES))) for _ in range(args.searches)
    ]
    if not vault.search.search(marker):
        raise RuntimeError("marker not searchable")
    integrity = vault.check_integrity() if args.integrity else []
    vault.close()

    keyed_s, plain_s = insert_ratio(work / "ratio", args.ratio_notes, args.seed)
    return {
        "notes": args.notes,
        "cases": n_cases,
        "bulk_insert_s": round(bulk_s, 1),
        "unlock_ms": round(statistics.median(unlocks) * 1000, 1),
        "unlock_first_ms": round(unlocks[0] * 1000, 1),
        "save_p95_ms": round(p95(saves), 2),
        "save_median_ms": round(statistics.median(saves) * 1000, 2),
        "search_p95_ms": round(p95(searches), 2),
        "search_median_ms": round(statistics.median(searches) * 1000, 2),
        "insert_ratio_vs_plain": round(keyed_s / plain_s, 3),
        "insert_ratio_notes": args.ratio_notes,
        "plaintext_marker_hits": scan(marker, [folder, Path(tempfile.gettempdir())]),
        "vault_mb": round((folder / "vault.db").stat().st_size / 1e6, 1),
        "integrity_problems": len(integrity),
    }


def main(argv: list[str]) -> int:
    """Run and print one JSON object."""
    parser = argparse.ArgumentParser(prog="python -m bench vault")
    parser.add_argument("--json", action="store_true", help="print one JSON object (default)")
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--searches", type=int, default=200)
    parser.add_argument("--ratio-notes", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20260302)
    parser.add_argument("--integrity", action="store_true", help="also run the integrity checks")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="feltbench-"))
    try:
        result = run(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result))
    return 0
