"""The leader's endpoints on the municipal server: assignments, break-glass, statistics.

Reuses :class:`~sync.client.transport.HttpTransport` (TLS, CA pin, protocol header, error
mapping), so the office calls behave exactly like sync: a :class:`SyncError` with a ``kind``
for every failure. The server decides every request (``domain.access.decide``); nothing here
is a permission check, except that a break-glass reason too short to be a written reason is
refused before it leaves the machine (B1), since the server would refuse it anyway.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.access import MIN_BREAK_GLASS_REASON
from domain.errors import ErrorKind, ValidationError
from domain.statistics import Statistics
from domain.syncstore import Credentials
from sync.client.errors import SyncError, SyncErrorKind
from sync.client.transport import HttpTransport
from sync.protocol import BreakGlassRequest, BreakGlassResponse, SessionInfo, StatsResponse
from sync.protocol.admin import AssignmentRequest, BreakGlassEntry

LEADER_ROLE = "leder"


@dataclass(frozen=True)
class Reassignment:
    """What a reassignment did on the server: who was added, and who was taken off."""

    case_id: str
    assigned: str
    unassigned: str = ""


@dataclass(frozen=True)
class Whoami:
    """Who the device's user is on the server now."""

    user_id: str
    role: str


@dataclass(frozen=True)
class LeaderReport:
    """The role, and the break-glass uses a leader must see (``None`` for anyone else)."""

    me: Whoami
    uses: list[BreakGlassEntry] | None


class OfficeClient(HttpTransport):
    """:class:`HttpTransport` with the leader's endpoints (``routes_office``)."""

    @classmethod
    def for_credentials(
        cls, credentials: Credentials, *, insecure_loopback: bool = False
    ) -> OfficeClient:
        """A client for the enrolled server, verified against the pinned CA."""
        return cls(
            credentials.server_url,
            ca_pem=credentials.ca_pem,
            token=credentials.device_token,
            insecure_loopback=insecure_loopback,
        )

    def is_leader(self) -> bool:
        """Whether this device's user holds the leder role now (the server's answer wins)."""
        return self.whoami().role == LEADER_ROLE

    def whoami(self) -> Whoami:
        """``GET /v1/session``: the user's id and role as the server knows them now."""
        info: SessionInfo = self.session()
        return Whoami(info.user.user_id, info.user.role)

    def leader_report(self) -> LeaderReport:
        """The role now and, for a leader, the unit's break-glass uses (B1: alert the leader).

        One network job for both: a user who is not (or no longer) leader gets ``None`` for
        the uses, and the server is never asked for a report it would refuse.
        """
        me = self.whoami()
        uses = self.break_glass_report() if me.role == LEADER_ROLE else None
        return LeaderReport(me, uses)

    def set_assignment(self, case_id: str, user: str, *, assigned: bool = True) -> None:
        """``POST /v1/assignments``: add (or remove) ``user`` (id or username) on a case."""
        body = AssignmentRequest(case_id=case_id, user_id=user, assigned=assigned)
        self._send("POST", "/v1/assignments", json=body.model_dump(mode="json"), auth=True)

    def reassign(self, case_id: str, new_user: str, old_user: str = "") -> Reassignment:
        """Assign ``new_user``, then take ``old_user`` off; an unknown old user is skipped.

        Assigning first means the case is never without a caseworker on the server.
        """
        self.set_assignment(case_id, new_user)
        removed = ""
        if old_user and old_user != new_user:
            try:
                self.set_assignment(case_id, old_user, assigned=False)
                removed = old_user
            except SyncError as exc:
                if exc.kind is not SyncErrorKind.SERVER_REFUSED:
                    raise
        return Reassignment(case_id, new_user, removed)

    def break_glass(self, case_number: str, reason: str) -> BreakGlassResponse:
        """``POST /v1/break-glass``: time-limited access to another unit's case (B1)."""
        if len(reason.strip()) < MIN_BREAK_GLASS_REASON:
            raise ValidationError(ErrorKind.MISSING_FIELD, "break-glass reason", field="reason")
        body = BreakGlassRequest(case_number=case_number.strip(), reason=reason.strip())
        return self._call(
            "POST", "/v1/break-glass", BreakGlassResponse, json=body.model_dump(mode="json")
        )

    def break_glass_report(self) -> list[BreakGlassEntry]:
        """``GET /v1/break-glass``: every grant on the unit's cases and the leader's own."""
        response = self._send("GET", "/v1/break-glass", auth=True)
        try:
            return [BreakGlassEntry.model_validate(item) for item in response.json()]
        except (ValueError, TypeError) as exc:
            raise SyncError(SyncErrorKind.BAD_RESPONSE, "/v1/break-glass: unreadable") from exc

    def unit_stats(self, year: int) -> list[Statistics]:
        """``GET /v1/stats?year=``: the unit's figures counted by the server, year first.

        The server counts with ``domain.statistics`` over its own data, so these are the
        figures the app would compute from the whole unit (DOMAIN.md "Statistics").
        """
        response = self._call("GET", "/v1/stats", StatsResponse, params={"year": year})
        if response.year != year or not response.periods:
            raise SyncError(SyncErrorKind.BAD_RESPONSE, "/v1/stats: not the year asked for")
        return response.statistics()
