"""The server's error tree: every expected failure has a typed code and an HTTP status."""

from __future__ import annotations

from sync.protocol import ErrorCode


class ServerError(Exception):
    """An expected failure answered as ``{"error": {"code", "message"}}``.

    ``message`` is for developers; it never holds names, note text or identity numbers.
    """

    def __init__(
        self,
        code: ErrorCode,
        status: int,
        message: str = "",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.code = code
        self.status = status
        self.message = message or code.value
        self.headers = headers or {}
        super().__init__(f"{code.value}: {self.message}")


def forbidden(message: str = "not allowed") -> ServerError:
    """403 with code ``forbidden``."""
    return ServerError(ErrorCode.FORBIDDEN, 403, message)


def not_found(message: str = "not found") -> ServerError:
    """404 with code ``not_found``."""
    return ServerError(ErrorCode.NOT_FOUND, 404, message)
