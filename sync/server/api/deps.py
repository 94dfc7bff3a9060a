"""Dependencies and their aliases: services, protocol version, the authenticated device.

The cheap ones are ``async``: FastAPI runs every plain ``def`` dependency in the thread pool,
and each hop costs a thread hand-off and a wait for the GIL under load.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from domain.access import Role
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, ErrorCode
from sync.server.config import Settings
from sync.server.devices import DeviceContext, authenticate
from sync.server.errors import ServerError, forbidden


@dataclass(frozen=True)
class Services:
    """What every request needs; built once per app."""

    settings: Settings
    engine: Engine
    factory: sessionmaker[Session]


async def get_services(request: Request) -> Services:
    """The app's services."""
    services: Services = request.app.state.services
    return services


async def require_protocol(
    version: Annotated[str | None, Header(alias=PROTOCOL_HEADER)] = None,
) -> int:
    """Every /v1 request names the protocol version it speaks."""
    if version is None or version.strip() != str(PROTOCOL_VERSION):
        raise ServerError(
            ErrorCode.PROTOCOL_VERSION, 400, f"this server speaks protocol {PROTOCOL_VERSION}"
        )
    return PROTOCOL_VERSION


_bearer = HTTPBearer(auto_error=False, description="The device token from enrolment")

ServicesDep = Annotated[Services, Depends(get_services)]


async def current_device(
    services: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> DeviceContext:
    """The device behind ``Authorization: Bearer <token>`` (the lookup runs in a thread)."""
    if credentials is None or not credentials.credentials:
        raise ServerError(ErrorCode.UNAUTHENTICATED, 401, "device token required")
    return await run_in_threadpool(
        authenticate, services.factory, services.settings, credentials.credentials
    )


DeviceDep = Annotated[DeviceContext, Depends(current_device)]


async def admin_device(device: DeviceDep) -> DeviceContext:
    """Admin-only endpoints."""
    if device.user.role is not Role.ADMIN:
        raise forbidden("admins only")
    return device


async def leader_device(device: DeviceDep) -> DeviceContext:
    """Leader-only endpoints."""
    if device.user.role is not Role.LEDER:
        raise forbidden("leaders only")
    return device


AdminDep = Annotated[DeviceContext, Depends(admin_device)]
LeaderDep = Annotated[DeviceContext, Depends(leader_device)]
