"""Device endpoints: enrolment, session, escrow, push and pull.

Push and pull are ``async`` endpoints that run their database work in the thread pool in one
hop: a plain ``def`` endpoint costs a second hop to validate the response model.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from starlette.concurrency import run_in_threadpool

from sync.protocol import (
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    ErrorCode,
    EscrowRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    SessionInfo,
)
from sync.server.api.deps import DeviceDep, ServicesDep, require_protocol
from sync.server.db import transaction
from sync.server.devices import enrol, policy, store_escrow
from sync.server.errors import ServerError
from sync.server.replication.pull import pull
from sync.server.replication.push import push

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 404, 413, 422, 429)
}
MAX_CURSOR = 2**62

router = APIRouter(prefix="/v1", dependencies=[Depends(require_protocol)], responses=ERRORS)


@router.post("/devices/enrol", response_model=EnrolResponse, tags=["devices"])
def enrol_device(body: EnrolRequest, services: ServicesDep) -> EnrolResponse:
    """Username + password → device id, device token and the recovery public key."""
    return enrol(services.factory, services.settings, body)


@router.get("/session", response_model=SessionInfo, tags=["devices"])
async def session_info(device: DeviceDep, services: ServicesDep) -> SessionInfo:
    """Who this device is, and the policy; a revoked device learns it here."""
    return SessionInfo(
        device_id=device.device_id,
        user=device.user_info(),
        policy=policy(services.settings),
        server_time=services.settings.clock(),
    )


@router.put("/devices/escrow", status_code=204, tags=["devices"])
def put_escrow(body: EscrowRequest, device: DeviceDep, services: ServicesDep) -> Response:
    """Store the device's data key sealed to the recovery public key."""
    with transaction(services.factory) as session:
        store_escrow(session, services.settings, device, body.sealed_key)
    return Response(status_code=204)


@router.post("/sync/push", response_model=PushResponse, tags=["sync"])
async def push_ops(body: PushRequest, device: DeviceDep, services: ServicesDep) -> PushResponse:
    """Apply a batch of ops idempotently; one result per op."""
    limit = services.settings.max_batch_ops
    if len(body.ops) > limit:
        raise ServerError(ErrorCode.BATCH_TOO_LARGE, 413, f"at most {limit} ops per push")
    return await run_in_threadpool(push, services.factory, services.settings, device, body)


@router.get("/sync/pull", response_model=PullResponse, tags=["sync"])
async def pull_ops(
    device: DeviceDep,
    services: ServicesDep,
    cursor: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
) -> PullResponse:
    """Ops after ``cursor`` that the device's user may see, grants and revocations."""
    limit = min(limit, services.settings.max_pull_limit)
    return await run_in_threadpool(
        pull, services.factory, services.settings, device, cursor, limit
    )
