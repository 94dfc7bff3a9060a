"""Identifiers: UUIDv7 record ids made where a record is created, and human case numbers.

UUIDv7 sorts by creation time and never collides between devices, so records made offline
on two laptops can be merged by the server without renumbering (DESIGN.md §2).
"""

from __future__ import annotations

import re

import uuid6

_CASE_NUMBER = re.compile(r"^(\d{4})-(\d{4,})$")


def new_id() -> str:
    """A fresh UUIDv7 as its canonical string."""
    return str(uuid6.uuid7())


def is_case_number(text: str) -> bool:
    """True for a server-given case number such as ``2026-0142``."""
    return _CASE_NUMBER.match(text) is not None


def format_case_number(year: int, serial: int) -> str:
    """The server's human case number: year and a zero-padded serial."""
    return f"{year:04d}-{serial:04d}"


def provisional_case_number(record_id: str) -> str:
    """A number shown for a case made offline until the server gives the real one."""
    return "F-" + record_id.replace("-", "")[-6:].upper()
