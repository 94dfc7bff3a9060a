"""The audit log (B2): hash chain, tamper detection, per-case extract."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text, update

from domain.access import Role
from domain.ops import canonical_json
from sync.server import audit, cli
from sync.server.tables import audit_log
from tests.server.conftest import Server


def _env(monkeypatch: pytest.MonkeyPatch, server: Server) -> None:
    monkeypatch.setenv("FELT_DATABASE_URL", server.settings.database_url)
    monkeypatch.setenv("FELT_SERVER_DATA_DIR", str(server.settings.data_dir))


def test_audit_verify_finds_an_altered_row(
    server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    server.new_case(saks)
    server.pull(saks)
    _env(monkeypatch, server)
    assert cli.main(["audit-verify"]) == 0
    with server.factory() as s, s.begin():
        s.execute(update(audit_log).where(audit_log.c.seq == 3).values(detail='{"ops": 0}'))
    assert cli.main(["audit-verify"]) == 1
    assert "BROKEN at row 3" in capsys.readouterr().out


def test_audit_verify_finds_a_removed_row(server: Server) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    server.new_case(saks)
    with server.factory() as s, s.begin():
        s.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    with server.factory() as s:
        result = audit.verify(s.connection())
    assert (result.ok, result.bad_seq) == (False, 2)


def test_audit_extract_lists_every_access_to_one_case(
    server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    saks = server.person("saks", Role.SAKSBEHANDLER)
    leder = server.person("leder", Role.LEDER)
    case_id, result = server.new_case(saks)
    server.new_case(saks)
    server.pull(saks)
    server.pull(leder)
    _env(monkeypatch, server)
    capsys.readouterr()
    assert cli.main(["audit-extract", "--case", result["case_number"]]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["case_id"] == case_id
    events = [(e["event"], e["user_id"]) for e in out["entries"]]
    assert events == [
        ("write", saks.user_id), ("read", saks.user_id), ("read", leder.user_id)]
    with server.factory() as s:
        last = s.execute(select(audit_log).order_by(audit_log.c.seq.desc())).first()
    assert last is not None and (last.event, last.case_id) == ("export", case_id)


TRICKY = ['plain', 'æøå ÆØÅ 𝄞 \u2028', 'quote " backslash \\ slash /', 'ctl \x01\x1f\t\n\r\b\f', '"seq":1']


def test_hash_parts_split_the_canonical_json_at_the_sequence_number() -> None:
    for text_value in TRICKY:
        row = {"seq": 12345, "at": "2026-03-02T09:00:00+00:00", "event": "read",
               "user_id": text_value, "device_id": None, "case_id": text_value,
               "detail": json.dumps({"username": text_value}, ensure_ascii=False)}
        pre, post = audit.hash_parts(row)
        content = {k: row[k] for k in ("seq", "at", "event", "user_id", "device_id", "case_id",
                                       "detail")}
        assert pre + "12345" + post == canonical_json(content)


def test_the_chain_holds_for_any_text_on_every_backend(server: Server) -> None:
    entries = [audit.Entry(audit.Event.LOGIN_FAILED, user_id=t, device_id=t, case_id=t,
                           detail={"username": t, "n": i}) for i, t in enumerate(TRICKY)]
    with server.factory() as s, s.begin():
        audit.append(s, entries[:2], server.clock())
    with server.factory() as s, s.begin():
        audit.append(s, [], server.clock())
        audit.append_and_commit(s, entries[2:], server.clock())
    with server.factory() as s:
        result = audit.verify(s.connection())
        rows = s.execute(select(audit_log).order_by(audit_log.c.seq)).all()
    assert result.ok, result
    assert [(r.user_id, json.loads(r.detail)["username"]) for r in rows] == [
        (t, t) for t in TRICKY]
