"""Enrolment from the app: server address, username, password → an enrolled device (§5).

The device token, the server address and the CA pin go into the vault; the vault's data key
is sealed to the municipality's recovery key and handed to the server, so a forgotten
passphrase never loses unsynced notes (DESIGN.md §3). The password is sent once and kept
nowhere.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass

from domain.syncstore import Credentials, SyncStore
from sync.client.transport import HttpTransport
from sync.protocol import EnrolRequest, Policy


@dataclass(frozen=True)
class EnrolOutcome:
    """What enrolment achieved; ``escrowed`` is False when the server had no usable key."""

    credentials: Credentials
    policy: Policy
    escrowed: bool
    role: str


def enrol_device(
    store: SyncStore,
    transport: HttpTransport,
    *,
    server_url: str,
    username: str,
    password: str,
    ca_pem: str | None = None,
    device_name: str = "",
) -> EnrolOutcome:
    """Enrol, store the credentials inside the vault, then escrow the data key."""
    request = EnrolRequest(
        username=username,
        password=password,
        device_name=(device_name or platform.node())[:128],
    )
    response = transport.enrol(request)
    credentials = Credentials(
        server_url=server_url.strip().rstrip("/"),
        device_id=response.device_id,
        device_token=response.device_token,
        user_id=response.user.user_id,
        username=response.user.username,
        ca_pem=ca_pem,
    )
    # Stored before escrow: if escrow fails now, the device is still enrolled and can sync.
    store.save_enrolment(
        credentials, response.policy.max_offline_hours, response.policy.idle_lock_minutes
    )
    transport.set_token(response.device_token)
    escrowed = False
    if response.recovery_public_key:
        sealed = store.seal_data_key(response.recovery_public_key)
        if sealed is not None:
            transport.put_escrow(sealed)
            escrowed = True
    return EnrolOutcome(credentials, response.policy, escrowed, response.user.role)


def transport_for(
    credentials: Credentials, *, insecure_loopback: bool = False, timeout_s: float = 30.0
) -> HttpTransport:
    """A transport to the enrolled server, verifying it against the pinned CA."""
    return HttpTransport(
        credentials.server_url,
        ca_pem=credentials.ca_pem,
        token=credentials.device_token,
        insecure_loopback=insecure_loopback,
        timeout_s=timeout_s,
    )
