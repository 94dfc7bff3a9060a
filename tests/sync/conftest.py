"""Fixtures: the real server app in-process on SQLite, and devices with real vaults."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.sync.harness import (
    AppDevice,
    ServerHandle,
    TickingClock,
    make_device,
    migrated_template,
)


@pytest.fixture(scope="session")
def server_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_template(tmp_path_factory.mktemp("server-template"))


@pytest.fixture
def clock() -> TickingClock:
    return TickingClock()


@pytest.fixture
def server(server_template: Path, tmp_path: Path, clock: TickingClock) -> Iterator[ServerHandle]:
    handle = ServerHandle(server_template, tmp_path / "server", clock)
    yield handle
    handle.close()


DeviceFactory = Callable[..., AppDevice]


@pytest.fixture
def device(server: ServerHandle, tmp_path: Path, clock: TickingClock) -> Iterator[DeviceFactory]:
    made: list[AppDevice] = []

    def make(name: str, username: str = "kari") -> AppDevice:
        d = make_device(tmp_path / "devices", name, server.transport, clock, username=username)
        made.append(d)
        return d

    yield make
    for d in made:
        with contextlib.suppress(Exception):  # a wiped or already closed vault
            d.close()
