"""Every action the code writes to the access log (B2) has a Norwegian label in the case view.

The actions are read from the code that writes them, so a new one without a label fails here
instead of showing as ``emergency_decision.update`` to a caseworker or a parent's lawyer.
"""

from __future__ import annotations

import re
from pathlib import Path

from storage.conflicts import RESTORED_HERE
from storage.measures import _ENTITY as MEASURE_KINDS
from ui.labels import label

ROOT = Path(__file__).resolve().parents[2]
LITERAL_LOG = re.compile(r'ctx\.log\(\s*conn,\s*"([a-z_.]+)"')
LITERAL_RECORD = re.compile(r'access_log\.record\(\s*"([a-z_]+)"')
ACTION_ARGUMENT = re.compile(r'"((?:investigation|report)\.[a-z_]+)"')  # passed on to ctx.log


def logged_actions() -> set[str]:
    """Literal actions in storage/ and desktop/, and those built from entity and kind names."""
    found: set[str] = set()
    for path in [*ROOT.glob("storage/*.py"), *ROOT.glob("desktop/*.py")]:
        text = path.read_text(encoding="utf-8")
        found.update(LITERAL_LOG.findall(text))
        found.update(LITERAL_RECORD.findall(text))
        if path.parent.name == "storage":
            found.update(ACTION_ARGUMENT.findall(text))
    found.update(f"{kind}.{verb}" for kind in MEASURE_KINDS for verb in ("create", "update"))
    found.update(f"{entity.value}.update" for entity in RESTORED_HERE)  # conflicts.restore
    found.update({"export"})  # EXPORT_ACTION of letters, innsyn and "Ikke levert"
    return found


def test_the_scan_finds_the_actions_it_should() -> None:
    actions = logged_actions()
    assert {"case.read", "note.sign", "report.decide", "care_order.update", "break_glass"} <= actions


def test_every_logged_action_has_a_label(qapp) -> None:
    missing = sorted(action for action in logged_actions() if label(action) == action)
    assert missing == []
