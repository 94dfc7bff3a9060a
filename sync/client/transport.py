"""HTTPS to the municipal server: one method per endpoint, errors turned into :class:`SyncError`.

Outside tests the server is always reached over TLS and verified against the municipality's
CA pinned at enrolment (DESIGN.md §5): with a pin, the system's trust store is not used at
all. Plain ``http://`` is refused unless the caller says ``insecure_loopback`` *and* the host
is a loopback address (tests and the benchmark only).
"""

from __future__ import annotations

import ssl
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from sync.client.errors import SyncError, SyncErrorKind
from sync.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    EnrolRequest,
    EnrolResponse,
    ErrorCode,
    EscrowRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    SessionInfo,
)

M = TypeVar("M", bound=BaseModel)

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})

_CODE_KINDS = {
    ErrorCode.DEVICE_REVOKED.value: SyncErrorKind.DEVICE_REVOKED,
    ErrorCode.UNAUTHENTICATED.value: SyncErrorKind.UNAUTHENTICATED,
    ErrorCode.INVALID_CREDENTIALS.value: SyncErrorKind.INVALID_CREDENTIALS,
    ErrorCode.LOGIN_THROTTLED.value: SyncErrorKind.LOGIN_THROTTLED,
    ErrorCode.PROTOCOL_VERSION.value: SyncErrorKind.PROTOCOL_MISMATCH,
    ErrorCode.BATCH_TOO_LARGE.value: SyncErrorKind.BATCH_TOO_LARGE,
}


class Transport(Protocol):
    """What the engine and enrolment need from the server."""

    def enrol(self, request: EnrolRequest) -> EnrolResponse:
        """Username + password → device id, token, recovery key, policy."""
        ...

    def session(self) -> SessionInfo:
        """Who this device is; a revoked device learns it here."""
        ...

    def put_escrow(self, sealed_key: str) -> None:
        """Hand the sealed data key to the server."""
        ...

    def push(self, request: PushRequest) -> PushResponse:
        """One batch of ops; one result per op."""
        ...

    def pull(self, cursor: int, limit: int) -> PullResponse:
        """One page after ``cursor``."""
        ...


def ssl_context(ca_pem: str | None) -> ssl.SSLContext:
    """Verify against the pinned CA only, or the system store before a pin exists."""
    context = ssl.create_default_context(cadata=ca_pem) if ca_pem else ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def check_url(url: str, *, insecure_loopback: bool = False) -> str:
    """The server's base URL without a trailing slash; refuses anything but HTTPS."""
    parts = urlsplit(url.strip())
    if parts.scheme == "https" and parts.hostname:
        return url.strip().rstrip("/")
    if parts.scheme == "http" and insecure_loopback and parts.hostname in LOOPBACK:
        return url.strip().rstrip("/")
    raise SyncError(SyncErrorKind.INSECURE_URL, "the server must be reached over https")


class HttpTransport:
    """:class:`Transport` over ``httpx``; ``client`` may be injected (in-process tests)."""

    def __init__(
        self,
        base_url: str,
        *,
        ca_pem: str | None = None,
        token: str | None = None,
        client: httpx.Client | None = None,
        insecure_loopback: bool = False,
        timeout_s: float = 30.0,
    ) -> None:
        if client is None:
            base_url = check_url(base_url, insecure_loopback=insecure_loopback)
            verify: ssl.SSLContext | bool = (
                ssl_context(ca_pem) if base_url.startswith("https") else False
            )
            client = httpx.Client(base_url=base_url, verify=verify, timeout=timeout_s)
        self._client = client
        self._token = token

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def set_token(self, token: str) -> None:
        """Use the device token from enrolment for every later request."""
        self._token = token

    def enrol(self, request: EnrolRequest) -> EnrolResponse:
        """``POST /v1/devices/enrol``."""
        body = request.model_dump(mode="json")
        return self._call("POST", "/v1/devices/enrol", EnrolResponse, json=body, auth=False)

    def session(self) -> SessionInfo:
        """``GET /v1/session``."""
        return self._call("GET", "/v1/session", SessionInfo)

    def put_escrow(self, sealed_key: str) -> None:
        """``PUT /v1/devices/escrow``."""
        body = EscrowRequest(sealed_key=sealed_key).model_dump(mode="json")
        self._send("PUT", "/v1/devices/escrow", json=body, auth=True)

    def push(self, request: PushRequest) -> PushResponse:
        """``POST /v1/sync/push``."""
        return self._call("POST", "/v1/sync/push", PushResponse, json=request.model_dump(mode="json"))

    def pull(self, cursor: int, limit: int) -> PullResponse:
        """``GET /v1/sync/pull``."""
        params = {"cursor": cursor, "limit": limit}
        return self._call("GET", "/v1/sync/pull", PullResponse, params=params)

    def _call(self, method: str, path: str, model: type[M], *, auth: bool = True, **kw: Any) -> M:
        response = self._send(method, path, auth=auth, **kw)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            # A body cut mid-way or mangled on the way: try again later, it is not our bug.
            raise SyncError(SyncErrorKind.BAD_RESPONSE, f"{path}: unreadable answer") from exc

    def _send(self, method: str, path: str, *, auth: bool, **kw: Any) -> httpx.Response:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        if auth:
            if not self._token:
                raise SyncError(SyncErrorKind.NOT_ENROLLED, "no device token")
            headers["Authorization"] = f"Bearer {self._token}"
        try:
            response = self._client.request(method, path, headers=headers, **kw)
        except httpx.HTTPError as exc:
            raise _network_error(exc) from exc
        if response.status_code >= 400:
            raise _http_error(response)
        return response


def _network_error(exc: httpx.HTTPError) -> SyncError:
    """A failure below HTTP: certificate problems are not "offline" and are never retried."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return SyncError(SyncErrorKind.TLS_UNTRUSTED, "server certificate not trusted")
        cause = cause.__cause__ or cause.__context__
    if "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return SyncError(SyncErrorKind.TLS_UNTRUSTED, "server certificate not trusted")
    return SyncError(SyncErrorKind.OFFLINE, type(exc).__name__)


def _http_error(response: httpx.Response) -> SyncError:
    """The server's typed error body, mapped to a kind; 5xx and unreadable bodies are transient."""
    code = ""
    try:
        body = response.json()
        code = str(body.get("error", {}).get("code", ""))
    except (ValueError, AttributeError):
        pass
    status = response.status_code
    if status >= 500:
        return SyncError(SyncErrorKind.SERVER_UNAVAILABLE, f"http {status}")
    kind = _CODE_KINDS.get(code)
    if kind is None and status in (401, 403) and not code:
        kind = SyncErrorKind.BAD_RESPONSE  # a proxy's page, not the server's answer
    retry_after = _retry_after(response.headers.get("Retry-After"))
    return SyncError(kind or SyncErrorKind.SERVER_REFUSED, f"http {status} {code}",
                     retry_after=retry_after)


def _retry_after(value: str | None) -> float:
    try:
        return max(0.0, float(value)) if value else 0.0
    except ValueError:
        return 0.0
