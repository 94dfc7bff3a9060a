"""``create_app``: the FastAPI app with typed error answers and a request-size limit."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import PROTOCOL_VERSION, ErrorCode
from sync.server.api import routes_office, routes_sync
from sync.server.api.deps import Services
from sync.server.config import Settings
from sync.server.db import make_engine, make_sessionmaker
from sync.server.errors import ServerError
from sync.server.logs import log_event

_HTTP_CODES = {404: ErrorCode.NOT_FOUND, 405: ErrorCode.METHOD_NOT_ALLOWED}
logger = logging.getLogger("felt.server")


def error_response(
    code: str, status: int, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    """The one error body: ``{"error": {"code", "message"}}``."""
    body = {"error": {"code": code, "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The server app for ``settings`` (from the environment by default)."""
    settings = settings or Settings.from_env()
    engine = make_engine(settings)
    app = FastAPI(
        lifespan=_lifespan,
        title="Feltjournal municipal server",
        version=f"protocol-{PROTOCOL_VERSION}",
        description="Sync, devices and audit for Feltjournal. Every /v1 request sends "
        f"the header X-Felt-Protocol: {PROTOCOL_VERSION}.",
    )
    app.state.services = Services(settings, engine, make_sessionmaker(engine))
    app.include_router(routes_sync.router)
    app.include_router(routes_office.router)
    _install_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(AccessLog)

    @app.get("/health", tags=["meta"])
    def health() -> dict[str, Any]:
        """Liveness; needs no protocol header."""
        return {"status": "ok", "protocol": PROTOCOL_VERSION}

    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    # Few request threads: a transaction holding the sequence or audit lock must get the GIL
    # back quickly, or every other writer queues behind it (a lock convoy).
    services: Services = app.state.services
    limiter = anyio.to_thread.current_default_thread_limiter()
    limiter.total_tokens = services.settings.request_threads
    yield


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ServerError)
    async def _server_error(_: Request, exc: ServerError) -> JSONResponse:
        return error_response(exc.code.value, exc.status, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_response(ErrorCode.MALFORMED_JSON.value, 400, "body is not valid JSON")
        where = sorted({".".join(str(p) for p in e.get("loc", ())) for e in errors})[:5]
        return error_response(ErrorCode.VALIDATION.value, 422, "invalid: " + ", ".join(where))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, ErrorCode.VALIDATION)
        return error_response(code.value, exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def _bug(_: Request, exc: Exception) -> JSONResponse:
        logger.exception("unhandled %s", type(exc).__name__)
        return error_response(ErrorCode.INTERNAL.value, 500, "internal error")


class AccessLog:
    """One log line per request: method, route, status and time (plain ASGI, no extra task)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        await self.app(scope, receive, send_status)
        route = scope.get("route")
        log_event(
            "request",
            method=scope["method"],
            route=getattr(route, "path", "?"),
            status=status,
            ms=round((time.perf_counter() - start) * 1000, 1),
        )


class BodyLimit:
    """Answer 413 ``batch_too_large`` before reading a body over the byte limit."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await _too_large(scope, receive, send, self.max_bytes)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise ServerError(ErrorCode.BATCH_TOO_LARGE, 413, "request body too large")
            return message

        await self.app(scope, counted, send)


async def _too_large(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    response = error_response(
        ErrorCode.BATCH_TOO_LARGE.value, 413, f"request body over {limit} bytes"
    )
    await response(scope, receive, send)
