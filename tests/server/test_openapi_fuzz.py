"""A bounded schemathesis run against /openapi.json, in-process via ASGI: no 5xx."""

from __future__ import annotations

import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from domain.access import Role
from sync.server import admin, migrate
from sync.server.api.app import create_app
from sync.server.config import Settings
from sync.server.db import make_sessionmaker, transaction
from tests.server.conftest import FAST_ARGON, PASSWORD, Clock

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def _app() -> tuple[Any, str, Path]:
    folder = Path(tempfile.mkdtemp(prefix="felt-fuzz-"))
    s = Settings(database_url=f"sqlite:///{folder / 'server.db'}", data_dir=folder,
                 argon2=FAST_ARGON, clock=Clock())
    app = create_app(s)
    migrate.upgrade(app.state.services.engine)
    with transaction(make_sessionmaker(app.state.services.engine)) as session:
        unit = admin.create_unit(session, s, "Fuzz")
        admin.create_user(session, s, username="fuzz", password=PASSWORD,
                          role=Role.LEDER, unit_id=unit)
    r = TestClient(app).post("/v1/devices/enrol", json={"username": "fuzz", "password": PASSWORD},
                             headers={"X-Felt-Protocol": "1"})
    return app, str(r.json()["device_token"]), folder


APP, TOKEN, FOLDER = _app()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: Any) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}", "X-Felt-Protocol": "1"}
    case.call_and_validate(headers=headers, checks=[not_a_server_error])


def teardown_module() -> None:
    APP.state.services.engine.dispose()
    shutil.rmtree(FOLDER, ignore_errors=True)
