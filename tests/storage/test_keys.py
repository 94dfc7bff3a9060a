"""vault.key: Argon2id-wrapped data key, wrong passphrase with growing delay, passphrase
change, escrow to the municipality's recovery key (DESIGN.md §3)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from domain.escrow import EscrowError, open_escrow, seal_to_recovery_key
from storage.errors import (
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
    WrongThread,
)
from storage.keys import KdfParams
from storage.throttle import delay_after
from storage.vault import Vault
from tests.storage.conftest import CHEAP, PASSPHRASE, FakeClock, make_case


@pytest.fixture(scope="module")
def recovery_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def _pem(key: rsa.RSAPrivateKey) -> tuple[bytes, bytes]:
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"hemmelig"),
    )
    return public, private


def test_key_file_holds_params_and_no_raw_key(vault: Vault, folder: Path) -> None:
    data = json.loads((folder / "vault.key").read_text())
    assert data["format"] == 1
    assert data["kdf"] == {"name": "argon2id", "memory_kib": 64, "iterations": 1, "lanes": 1}
    assert {"salt", "nonce", "wrapped_dek", "escrow"} <= data.keys()
    assert vault._dek.hex() not in (folder / "vault.key").read_text()


def test_reopen_with_passphrase(vault: Vault, folder: Path, clock: FakeClock) -> None:
    case = make_case(vault)
    vault.close()
    again = Vault.open(folder, PASSPHRASE, clock=clock)
    assert again.cases.count() == 1 and again.user == "kari"
    assert again.cases.get_file(case.id).case.id == case.id
    again.close()


def test_default_kdf_params_work_in_reasonable_time(tmp_path: Path) -> None:
    """The shipped Argon2id cost (64 MiB, t=3, p=4) unlocks in well under a couple of seconds."""
    vault = Vault.create(tmp_path / "v", PASSPHRASE)
    vault.close()
    start = time.perf_counter()
    Vault.open(tmp_path / "v", PASSPHRASE).close()
    assert time.perf_counter() - start < 3.0
    assert json.loads((tmp_path / "v" / "vault.key").read_text())["kdf"]["memory_kib"] == 65536


def test_wrong_passphrase_delay_grows_and_is_enforced(
    vault: Vault, folder: Path, clock: FakeClock
) -> None:
    vault.close()
    slept: list[float] = []
    delays = []
    for attempt in range(1, 6):
        with pytest.raises(WrongPassphrase) as info:
            Vault.open(folder, "feil", clock=clock, sleep=slept.append)
        assert info.value.attempts == attempt
        delays.append(info.value.delay_s)
    assert delays == [delay_after(n) for n in range(1, 6)]
    assert delays[-1] > delays[-2] > 0
    # each try waited out the delay the previous failure earned (the clock did not move)
    assert slept == [d for d in delays[:-1] if d > 0]
    assert "feil" not in (folder / "vault.attempts").read_text()
    clock.advance(120)  # after the delay has passed, no more waiting
    slept.clear()
    Vault.open(folder, PASSPHRASE, clock=clock, sleep=slept.append).close()
    assert slept == [] and not (folder / "vault.attempts").exists()


def test_change_passphrase_rewraps_only_the_key(
    vault: Vault, folder: Path, clock: FakeClock
) -> None:
    make_case(vault)
    db_before = (folder / "vault.db").stat().st_mtime_ns
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("feil", "ny lang passfrase")
    vault.change_passphrase(PASSPHRASE, "ny lang passfrase")
    assert (folder / "vault.db").stat().st_mtime_ns == db_before
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE, clock=clock, sleep=lambda s: None)
    again = Vault.open(folder, "ny lang passfrase", clock=clock, sleep=lambda s: None)
    assert again.cases.count() == 1
    again.close()


def test_escrow_seals_dek_and_recovery_sets_new_passphrase(
    vault: Vault, folder: Path, clock: FakeClock, recovery_key: rsa.RSAPrivateKey
) -> None:
    make_case(vault)
    public, private = _pem(recovery_key)
    vault.set_escrow_public_key(public)
    vault.change_passphrase(PASSPHRASE, "glemt")  # escrow survives a passphrase change
    vault.close()
    blob = json.loads((folder / "vault.key").read_text())["escrow"]
    assert blob["scheme"] == "rsa-oaep-sha256"
    dek = open_escrow(blob, private, b"hemmelig")
    recovered = Vault.recover(folder, dek, "ny etter gjenoppretting", clock=clock)
    assert recovered.cases.count() == 1
    recovered.close()
    Vault.open(folder, "ny etter gjenoppretting", clock=clock).close()


def test_escrow_refuses_wrong_or_weak_keys(recovery_key: rsa.RSAPrivateKey) -> None:
    public, private = _pem(recovery_key)
    blob = seal_to_recovery_key(b"k" * 32, public)
    other = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    with pytest.raises(EscrowError):
        open_escrow(blob, _pem(other)[1], b"hemmelig")
    with pytest.raises(EscrowError):
        open_escrow({**blob, "sealed": blob["sealed"][:-8] + "AAAAAAA="}, private, b"hemmelig")
    weak = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(EscrowError):
        seal_to_recovery_key(b"k" * 32, _pem(weak)[0])
    ec_pem = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    with pytest.raises(EscrowError):
        seal_to_recovery_key(b"k" * 32, ec_pem)


def test_create_refuses_existing_and_open_refuses_missing(
    vault: Vault, folder: Path, tmp_path: Path
) -> None:
    assert Vault.exists(folder)
    with pytest.raises(VaultExists):
        Vault.create(folder, "x", kdf=CHEAP)
    assert not Vault.exists(tmp_path / "tom")
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "tom", "x")


def test_edited_kdf_params_are_refused(vault: Vault, folder: Path, clock: FakeClock) -> None:
    """The GCM tag binds the KDF parameters: weakening them in the file does not unlock."""
    vault.close()
    path = folder / "vault.key"
    data = json.loads(path.read_text())
    data["kdf"]["iterations"] = 2
    path.write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE, clock=clock, sleep=lambda s: None)


@pytest.mark.parametrize("content", ["", "{not json", "[]", '{"format": 9}'])
def test_malformed_key_file_is_corrupt(vault: Vault, folder: Path, content: str) -> None:
    vault.close()
    (folder / "vault.key").write_text(content)
    with pytest.raises(VaultCorrupt):
        Vault.open(folder, PASSPHRASE)


def test_pragmas_read_back(vault: Vault) -> None:
    conn = vault._db.conn
    values = {
        p: str(conn.execute(f"PRAGMA {p}").fetchone()[0]).lower()
        for p in (
            "journal_mode",
            "synchronous",
            "temp_store",
            "foreign_keys",
            "secure_delete",
            "page_size",
            "cipher_log_level",
        )
    }
    assert values == {
        "journal_mode": "wal",
        "synchronous": "2",
        "temp_store": "2",
        "foreign_keys": "1",
        "secure_delete": "1",
        "page_size": "4096",
        "cipher_log_level": "none",
    }


def test_other_thread_is_refused(vault: Vault) -> None:
    errors: list[BaseException] = []

    def use() -> None:
        try:
            vault.cases.count()
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=use)
    worker.start()
    worker.join()
    assert len(errors) == 1 and isinstance(errors[0], WrongThread)
    assert vault.cases.count() == 0  # the owner still can


def test_closed_vault_is_unusable(vault: Vault) -> None:
    vault.close()
    with pytest.raises(VaultLocked):
        vault.cases.count()
    assert vault._dek == b""


def test_kdf_params_cheap_are_distinct_from_default() -> None:
    assert KdfParams() == KdfParams(65536, 3, 4)
    assert KdfParams.cheap().memory_kib < KdfParams().memory_kib
