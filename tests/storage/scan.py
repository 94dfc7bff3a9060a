"""Search files for a plaintext marker: nothing sensitive may exist outside the vault."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

MAX_FILE_BYTES = 512 * 1024 * 1024


def marker_hits(marker: str, folders: Iterable[Path]) -> list[Path]:
    """Files under ``folders`` holding ``marker`` as UTF-8 or UTF-16 (unreadable files skipped)."""
    needles = [marker.encode("utf-8"), marker.encode("utf-16-le")]
    hits: list[Path] = []
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                path = Path(root) / name
                try:
                    if path.is_symlink() or path.stat().st_size > MAX_FILE_BYTES:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(n in data for n in needles):
                    hits.append(path)
    return hits
