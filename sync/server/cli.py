"""``feltjournal-server``: run, administer and audit the municipal server."""

from __future__ import annotations

import argparse
import base64
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from domain.access import Role
from sync.server import admin, audit, migrate, recovery, stats
from sync.server.config import Settings, SettingsError
from sync.server.db import make_engine, make_sessionmaker, transaction
from sync.server.demo import DEMO_CASES, DEMO_PASSWORD, load_demo
from sync.server.devices import revoke
from sync.server.errors import ServerError
from sync.server.tables import case_joins, cases, devices, ops, units, users

Handler = Callable[[argparse.Namespace, Settings], int]


def _factory(settings: Settings) -> sessionmaker[Session]:
    return make_sessionmaker(make_engine(settings))


def _secret(env: str, prompt: str, confirm: bool = False) -> str:
    """A password or passphrase from the environment, or asked for without echo."""
    if os.environ.get(env):
        return os.environ[env]
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != value:
        raise SystemExit("the two entries differ")
    return value


def cmd_migrate(args: argparse.Namespace, settings: Settings) -> int:
    migrate.upgrade(make_engine(settings))
    print("schema up to date")
    return 0


def cmd_create_unit(args: argparse.Namespace, settings: Settings) -> int:
    with transaction(_factory(settings)) as session:
        print(admin.create_unit(session, settings, args.name))
    return 0


def cmd_create_user(args: argparse.Namespace, settings: Settings) -> int:
    password = args.password or _secret("FELT_NEW_PASSWORD", "Password: ", confirm=True)
    with transaction(_factory(settings)) as session:
        unit = admin.unit_id_by_name(session, args.unit) if args.unit else None
        print(admin.create_user(
            session, settings, username=args.username, password=password,
            role=Role(args.role), unit_id=unit, display_name=args.display_name,
        ))
    return 0


def cmd_assign(args: argparse.Namespace, settings: Settings) -> int:
    with transaction(_factory(settings)) as session:
        if args.command == "assign":
            admin.assign(session, settings, args.case, args.user)
        else:
            admin.unassign(session, settings, args.case, args.user)
    return 0


def cmd_revoke(args: argparse.Namespace, settings: Settings) -> int:
    with transaction(_factory(settings)) as session:
        revoke(session, settings, args.device, None)
    print("revoked")
    return 0


def cmd_create_recovery_key(args: argparse.Namespace, settings: Settings) -> int:
    passphrase = _secret("FELT_RECOVERY_PASSPHRASE", "Passphrase for the private key: ", True)
    with transaction(_factory(settings)) as session:
        recovery.create_key(session, settings, Path(args.out), passphrase.encode())
    print(f"private key written to {args.out}: keep it away from this server")
    return 0


def cmd_recover_key(args: argparse.Namespace, settings: Settings) -> int:
    passphrase = _secret("FELT_RECOVERY_PASSPHRASE", "Passphrase for the private key: ")
    with transaction(_factory(settings)) as session:
        key = recovery.recover(
            session, settings, args.device, Path(args.key_file), passphrase.encode()
        )
    print(base64.b64encode(key).decode())
    return 0


def cmd_audit_verify(args: argparse.Namespace, settings: Settings) -> int:
    with make_engine(settings).connect() as conn:
        result = audit.verify(conn)
    if result.ok:
        print(f"audit chain intact: {result.rows} rows")
        return 0
    print(f"audit chain BROKEN at row {result.bad_seq}: {result.problem}")
    return 1


def cmd_audit_extract(args: argparse.Namespace, settings: Settings) -> int:
    with transaction(_factory(settings)) as session:
        case_id = admin.resolve_case(session, args.case)
        aliases = [
            str(r.alias_case_id)
            for r in session.execute(
                select(case_joins.c.alias_case_id).where(case_joins.c.case_id == case_id)
            )
        ]
        rows = audit.extract_case(session.connection(), [case_id, *aliases])
        entry = audit.Entry(audit.Event.EXPORT, case_id=case_id, detail={"kind": "access_log"})
        audit.append(session, [entry], settings.clock())
    print(json.dumps({"case_id": case_id, "entries": rows}, indent=2, ensure_ascii=False))
    return 0


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    now = settings.clock()
    today = stats.oslo_today(now)
    year = args.year or today.year
    with transaction(_factory(settings)) as session:
        if args.unit:
            chosen = [(args.unit, admin.unit_id_by_name(session, args.unit))]
        else:
            chosen = [(str(u.name), str(u.id)) for u in session.execute(
                select(units.c.name, units.c.id).order_by(units.c.name))]
        figures = {name: stats.unit_stats(session, unit_id, year, today).model_dump(mode="json")
                   for name, unit_id in chosen}
        audit.append(session, [
            audit.Entry(audit.Event.EXPORT, detail={"kind": "statistics", "unit_id": unit_id,
                                                    "year": year})
            for _, unit_id in chosen
        ], now)
        if args.unit:
            out: dict[str, object] = figures[args.unit]
        else:
            totals = {
                name: session.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in (("units", units), ("users", users), ("devices", devices),
                                    ("cases", cases), ("ops", ops))
            }
            out = {"year": year, "totals": totals, "units": figures}
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


def cmd_list_devices(args: argparse.Namespace, settings: Settings) -> int:
    with transaction(_factory(settings)) as session:
        user_id = admin.get_user(session, args.user).id if args.user else None
        listed = admin.list_devices(session, user_id)
    if args.json:
        print(json.dumps([d.as_json() for d in listed], indent=2, ensure_ascii=False))
        return 0
    header = ("device id", "user", "name", "enrolled at", "last contact", "revoked")
    rows = [header, *(d.as_row() for d in listed)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    if not listed:
        print("(no devices)")
    return 0


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    created = load_demo(_factory(settings), settings, cases=args.cases)
    if not created:
        print("demo data already present")
        return 0
    print(f"demo users (password {DEMO_PASSWORD}):")
    for username, role in created.items():
        print(f"  {username:12} {role}")
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import socket

    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from sync.server.logs import configure

    configure()
    options = dict(
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        ssl_certfile=args.certfile,
        ssl_keyfile=args.keyfile,
        ssl_ca_certs=args.ca_certs,
        log_level="warning",
    )
    if args.workers <= 1:
        uvicorn.run("sync.server.api.app:create_app", **options)
        return 0
    config = uvicorn.Config("sync.server.api.app:create_app", **options)
    sock = config.bind_socket()
    # uvicorn makes the shared socket with protocol 0, so asyncio never sets TCP_NODELAY on
    # the connections the workers accept, and Nagle's algorithm meets the client's delayed
    # ACK: ~40 ms on every keep-alive response. Accepted sockets inherit it from here.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    Multiprocess(config, sockets=[sock]).run()
    return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="feltjournal-server", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="create or upgrade the schema").set_defaults(fn=cmd_migrate)
    s = sub.add_parser("create-unit", help="a new unit")
    s.add_argument("name")
    s.set_defaults(fn=cmd_create_unit)
    s = sub.add_parser("create-user", help="a new user (password asked, or FELT_NEW_PASSWORD)")
    s.add_argument("username")
    s.add_argument("--role", required=True, choices=[r.value for r in Role])
    s.add_argument("--unit", help="unit name or id (every role but admin)")
    s.add_argument("--display-name", default="")
    s.add_argument("--password", help=argparse.SUPPRESS)
    s.set_defaults(fn=cmd_create_user)
    for name in ("assign", "unassign"):
        s = sub.add_parser(name, help=f"{name} a caseworker")
        s.add_argument("--case", required=True, help="case number or id")
        s.add_argument("--user", required=True, help="username or id")
        s.set_defaults(fn=cmd_assign)
    s = sub.add_parser("revoke-device", help="revoke a device")
    s.add_argument("device")
    s.set_defaults(fn=cmd_revoke)
    s = sub.add_parser("create-recovery-key", help="the municipality's escrow key pair")
    s.add_argument("--out", required=True, help="where to write the private key (once)")
    s.set_defaults(fn=cmd_create_recovery_key)
    s = sub.add_parser("recover-key", help="open one device's escrowed data key (audited)")
    s.add_argument("--device", required=True)
    s.add_argument("--key-file", required=True)
    s.set_defaults(fn=cmd_recover_key)
    sub.add_parser("audit-verify", help="check the audit chain").set_defaults(fn=cmd_audit_verify)
    s = sub.add_parser("audit-extract", help="access log of one child's case (JSON)")
    s.add_argument("--case", required=True, help="case number or id")
    s.set_defaults(fn=cmd_audit_extract)
    s = sub.add_parser("stats", help="SSB figures per unit, counted from the server's data (JSON)")
    s.add_argument("--year", type=int, help="the year (default: this year)")
    s.add_argument("--unit", help="one unit, by name or id (default: every unit, with totals)")
    s.set_defaults(fn=cmd_stats)
    s = sub.add_parser("list-devices", help="enrolled devices (never case content)")
    s.add_argument("--user", help="only this user's devices (username or id)")
    s.add_argument("--json", action="store_true", help="JSON instead of a table")
    s.set_defaults(fn=cmd_list_devices)
    s = sub.add_parser("demo", help="demo units, a user of each role, cases at every stage")
    s.add_argument("--cases", type=int, default=DEMO_CASES, help=f"how many (default {DEMO_CASES})")
    s.set_defaults(fn=cmd_demo)
    s = sub.add_parser("serve", help="run the API with uvicorn")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8443)
    s.add_argument("--workers", type=int, default=1)
    s.add_argument("--certfile")
    s.add_argument("--keyfile")
    s.add_argument("--ca-certs")
    s.set_defaults(fn=cmd_serve)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``feltjournal-server``."""
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    fn: Handler = args.fn
    try:
        return fn(args, settings)
    except ServerError as exc:
        print(f"error: {exc.code.value}: {exc.message}", file=sys.stderr)
        return 2
