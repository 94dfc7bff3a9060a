"""A fault-injecting HTTP transport: the network failures a laptop in the field meets.

Wraps the transport that reaches the server app. Each request takes the next armed fault:
the request is lost, the answer is lost (the server *did* apply it), the request arrives
twice, it is overtaken by the next one (and delivered after it, answer lost), the answer
is cut mid-body, or the server restarts just before the request.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

import httpx


class Fault(StrEnum):
    NONE = "none"
    DROP_REQUEST = "drop_request"
    DROP_RESPONSE = "drop_response"
    DUPLICATE = "duplicate"
    REORDER = "reorder"
    CUT_BODY = "cut_body"
    RESTART = "restart"


class FaultTransport(httpx.BaseTransport):
    """``httpx`` transport that injects :class:`Fault`s in front of ``inner()``."""

    def __init__(
        self, inner: Callable[[], httpx.BaseTransport], restart: Callable[[], None]
    ) -> None:
        self._inner = inner
        self._restart = restart
        self.armed: list[Fault] = []
        self.held: list[httpx.Request] = []
        self.log: list[str] = []

    def arm(self, *faults: Fault) -> None:
        """Faults for the next requests, in order."""
        self.armed.extend(faults)

    def clear(self) -> None:
        """No more faults; a held request is delivered now (late, its answer lost)."""
        self.armed.clear()
        self._release()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        fault = self.armed.pop(0) if self.armed else Fault.NONE
        self.log.append(f"{request.method} {request.url.path} {fault}")
        if fault is Fault.RESTART:
            self._restart()
        if fault is Fault.DROP_REQUEST:
            raise httpx.ConnectError("injected: request lost", request=request)
        if fault is Fault.REORDER:
            self.held.append(request)
            raise httpx.ReadTimeout("injected: request overtaken", request=request)
        response = self._forward(request)
        self._release()
        if fault is Fault.DROP_RESPONSE:
            raise httpx.ReadTimeout("injected: response lost", request=request)
        if fault is Fault.DUPLICATE:
            response = self._forward(request)
        if fault is Fault.CUT_BODY:
            body = response.content
            return httpx.Response(response.status_code, content=body[: len(body) // 2],
                                  request=request)
        return response

    def _forward(self, request: httpx.Request) -> httpx.Response:
        response = self._inner().handle_request(request)
        response.read()
        return httpx.Response(response.status_code, headers=response.headers,
                              content=response.content, request=request)

    def _release(self) -> None:
        """Deliver overtaken requests after the one that overtook them; answers go nowhere."""
        held, self.held = self.held, []
        for request in held:
            self._forward(request)
