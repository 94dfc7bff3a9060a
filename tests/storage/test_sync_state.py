"""The server's policy is remembered in the vault: it applies from the next unlock (§4, §5)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from domain.syncstore import Credentials, ServerPolicy
from storage.vault import Vault
from tests.storage.conftest import CHEAP, PASSPHRASE, FakeClock

CREDENTIALS = Credentials("https://server.test", "dev-1", "token", "u-1", "kari")


def test_policy_is_kept_across_a_reopen_and_a_sync_without_an_idle_limit_keeps_the_old_one(
    folder: Path, clock: FakeClock
) -> None:
    vault = Vault.create(folder, PASSPHRASE, kdf=CHEAP, clock=clock)
    assert vault.sync_state.policy() == ServerPolicy()
    vault.sync_state.save_enrolment(CREDENTIALS, 168, 5)
    vault.sync_state.finish(datetime(2026, 3, 2, tzinfo=UTC), 72, 2)
    vault.close()

    vault = Vault.open(folder, PASSPHRASE, clock=clock)
    try:
        assert vault.sync_state.policy() == ServerPolicy(idle_lock_minutes=2, max_offline_hours=72)
        vault.sync_state.finish(datetime(2026, 3, 3, tzinfo=UTC), 48)  # an older server
        assert vault.sync_state.policy() == ServerPolicy(idle_lock_minutes=2, max_offline_hours=48)
    finally:
        vault.close()
