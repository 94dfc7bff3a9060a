"""Enrolment over real TLS (a CA made with ``cryptography``, uvicorn on loopback), escrow,
the CA pin, and the offline-time limit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import insert, select

from domain.ids import new_id
from domain.syncstore import offline_too_long
from storage.sync_store import VaultSyncStore
from storage.vault import Vault
from sync.client.engine import SyncEngine
from sync.client.enrol import enrol_device, transport_for
from sync.client.errors import SyncError, SyncErrorKind
from sync.client.transport import HttpTransport, check_url
from sync.server.db import transaction
from sync.server.tables import devices, recovery_keys
from tests.sync.harness import CHEAP, PASSPHRASE, PASSWORD, ServerHandle, TickingClock, new_case
from tests.sync.tls import make_ca_and_server_cert, serve


@pytest.fixture(scope="module")
def recovery_pem() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def test_enrol_and_sync_over_tls_with_pinned_ca(
    server: ServerHandle, tmp_path: Path, clock: TickingClock, recovery_pem: str
) -> None:
    server.user("kari")
    with transaction(server.factory) as s:
        s.execute(insert(recovery_keys).values(id=new_id(), public_pem=recovery_pem,
                                               active=True, created_at=clock()))
    ca_pem, cert, key = make_ca_and_server_cert(tmp_path)
    vault = Vault.create(tmp_path / "v", PASSPHRASE, user="kari", kdf=CHEAP, clock=clock)
    store = VaultSyncStore(vault)
    with serve(server.app, certfile=cert, keyfile=key) as url:
        transport = HttpTransport(url, ca_pem=ca_pem)
        outcome = enrol_device(store, transport, server_url=url, username="kari",
                               password=PASSWORD, ca_pem=ca_pem)
        assert outcome.escrowed and vault.escrow_blob is not None
        creds = store.credentials()
        assert creds is not None and creds.ca_pem == ca_pem and creds.device_token
        new_case(vault)
        engine = SyncEngine(store, transport_for(creds))
        report = engine.sync()
        assert report.delivered == 2 and vault.outbox.count() == 0
        # Without the pin, the system trust store does not know the municipality's CA.
        untrusted = HttpTransport(url, token=creds.device_token)
        with pytest.raises(SyncError) as err:
            untrusted.session()
        assert err.value.kind is SyncErrorKind.TLS_UNTRUSTED and not err.value.transient
    with transaction(server.factory) as s:
        sealed = s.execute(select(devices.c.sealed_key).where(
            devices.c.id == creds.device_id)).scalar_one()
    assert sealed
    vault.close()
    # The token is inside the encrypted vault, not in any plain file next to it.
    for path in (tmp_path / "v").iterdir():
        assert creds.device_token.encode() not in path.read_bytes()


def test_wrong_password_and_plain_http_are_refused(server: ServerHandle, tmp_path: Path,
                                                   clock: TickingClock) -> None:
    server.user("kari")
    vault = Vault.create(tmp_path / "v", PASSPHRASE, user="kari", kdf=CHEAP, clock=clock)
    store = VaultSyncStore(vault)
    with serve(server.app) as url:
        with pytest.raises(SyncError) as err:
            HttpTransport(url)
        assert err.value.kind is SyncErrorKind.INSECURE_URL
        transport = HttpTransport(url, insecure_loopback=True)
        with pytest.raises(SyncError) as err:
            enrol_device(store, transport, server_url=url, username="kari", password="feil")
        assert err.value.kind is SyncErrorKind.INVALID_CREDENTIALS
    assert store.credentials() is None
    with pytest.raises(SyncError):
        check_url("http://kommune.example.no", insecure_loopback=True)
    vault.close()


def test_offline_limit() -> None:
    now = datetime(2026, 3, 10, 12, tzinfo=UTC)
    assert not offline_too_long(None, 168, now)
    assert not offline_too_long(now - timedelta(hours=167), 168, now)
    assert offline_too_long(now - timedelta(hours=169), 168, now)
    assert not offline_too_long(now - timedelta(days=30), None, now)
