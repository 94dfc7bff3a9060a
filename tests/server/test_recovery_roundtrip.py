"""DESIGN.md §3: a forgotten passphrase never loses unsynced notes. The vault's escrow blob,
uploaded at enrolment, is opened by the server's audited ``recover-key`` with the private
half that ``create-recovery-key`` wrote, and the recovered data key opens the real vault."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from domain.access import Role
from storage.vault import KdfParams, Vault
from sync.protocol import PROTOCOL_HEADER
from sync.server import recovery
from sync.server.db import transaction
from tests.server.conftest import PASSWORD, Server


def test_vault_escrow_is_opened_by_the_servers_recovery_key(
    sqlite_server: Server, tmp_path: Path
) -> None:
    server = sqlite_server
    key_file = tmp_path / "safe" / "recovery.pem"
    with transaction(server.factory) as s:
        public_pem = recovery.create_key(s, server.settings, key_file, b"kommunens passfrase")
    server.user("saks", Role.SAKSBEHANDLER)
    body = server.post("/v1/devices/enrol", {"username": "saks", "password": PASSWORD}).json()
    assert body["recovery_public_key"] == public_pem

    folder = tmp_path / "vault"
    vault = Vault.create(folder, "glemt passfrase til hvelvet", kdf=KdfParams.cheap())
    vault.set_escrow_public_key(public_pem.encode("ascii"))
    sealed = base64.b64encode(json.dumps(vault.escrow_blob).encode()).decode()
    vault.close()
    headers = {"Authorization": f"Bearer {body['device_token']}", PROTOCOL_HEADER: "1"}
    put = server.client.put("/v1/devices/escrow", json={"sealed_key": sealed}, headers=headers)
    assert put.status_code == 204

    with transaction(server.factory) as s:
        dek = recovery.recover(
            s, server.settings, body["device_id"], key_file, b"kommunens passfrase"
        )
    reopened = Vault.recover(folder, dek, "ny og lang passfrase for hvelvet")
    reopened.close()
    Vault.open(folder, "ny og lang passfrase for hvelvet").close()
