"""Wire models of the admin and leader endpoints (no case content)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CreateUserRequest(_Model):
    """Admin: a new user."""

    username: str = Field(min_length=1, max_length=128)
    password: str = Field(min_length=8, max_length=1024)
    role: str = Field(pattern="^(saksbehandler|leder|mottak|admin)$")
    unit_id: str | None = Field(default=None, max_length=64)
    display_name: str = Field(default="", max_length=200)


class UserSummary(_Model):
    """Admin: one user."""

    user_id: str
    username: str
    role: str
    unit_id: str | None
    active: bool


class DeviceSummary(_Model):
    """Admin: one device."""

    device_id: str
    user_id: str
    name: str
    enrolled_at: datetime
    revoked: bool
    has_escrow: bool


class AssignmentRequest(_Model):
    """Leader: assign or unassign a caseworker."""

    case_id: str = Field(min_length=1, max_length=64)
    user_id: str = Field(min_length=1, max_length=64)
    assigned: bool = True


class BreakGlassEntry(_Model):
    """Leader: one break-glass grant for the report."""

    grant_id: str
    case_number: str
    user_id: str
    reason: str
    created_at: datetime
    expires_at: datetime
    username: str = ""  # who used it, as the leader knows them ("" from an older server)


class JoinEntry(_Model):
    """Leader: two intakes for the same child, joined or waiting for a decision."""

    case_number: str
    alias_number: str
    status: str


class Created(_Model):
    """The id of something made."""

    id: str
