"""Test-wide settings: Qt runs offscreen, nothing touches the user's real data folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
