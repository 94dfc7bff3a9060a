"""Structured JSON logs. Only ids, counts, codes and timings: never names, text or numbers."""

from __future__ import annotations

import json
import logging
from typing import Any

_logger = logging.getLogger("felt.server")


class JsonFormatter(logging.Formatter):
    """One JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "msg": record.getMessage(),
        }
        data.update(getattr(record, "felt", {}))
        if record.exc_info and record.exc_info[0] is not None:
            data["exc"] = record.exc_info[0].__name__
        return json.dumps(data, default=str)


def configure(level: int = logging.INFO) -> None:
    """Send the server's logs to stderr as JSON lines."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    _logger.handlers[:] = [handler]
    _logger.setLevel(level)
    _logger.propagate = False


def log_event(event: str, **fields: Any) -> None:
    """Log one event with structured fields (callers pass ids and counts only)."""
    _logger.info(event, extra={"felt": fields})
