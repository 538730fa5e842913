"""People and organisations from the command line: `users add`, `users add-org`, `users list`.

On a hangar with nobody in it, the first `users add` must be an admin and creates the
first admin (and their organisation). After that, commands act as the first active
admin, or as `--as NAME`.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from models import PIN_ROLES, ROLES, Organisation, User
from warehouse_app import users
from warehouse_app.cli.common import cli_actor, open_db
from warehouse_app.errors import NotFound, ValidationError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("users", help="people and organisations")
    group = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    a = group.add_parser("add", help="add a person (the first one must be an admin)")
    a.add_argument("--org", required=True, metavar="CODE", help="their organisation")
    a.add_argument("--name", required=True)
    a.add_argument("--role", required=True, choices=ROLES)
    a.add_argument("--pin", help="4-8 digits, for every role but volunteer; asked when omitted")
    a.add_argument("--org-name", help="first admin only: the organisation's full name")
    a.add_argument("--colour", default="#555555", help="first admin only: the organisation's colour")
    a.add_argument("--as", dest="as_user", metavar="NAME", help="act as this person")
    a.set_defaults(handler=cmd_add)

    o = group.add_parser("add-org", help="add an organisation (admin)")
    o.add_argument("--code", required=True)
    o.add_argument("--name", required=True)
    o.add_argument("--colour", default="#555555", help="#RRGGBB, printed on its box labels")
    o.add_argument("--as", dest="as_user", metavar="NAME", help="act as this person")
    o.set_defaults(handler=cmd_add_org)

    ls = group.add_parser("list", help="everyone, by organisation")
    ls.set_defaults(handler=cmd_list)


def _pin(args: argparse.Namespace) -> str | None:
    if args.pin is not None or args.role not in PIN_ROLES:
        return args.pin
    if not sys.stdin.isatty():
        raise ValidationError("pin", f"a {args.role} needs a PIN: give --pin")
    return getpass.getpass(f"PIN for {args.name} (4-8 digits): ")


def cmd_add(args: argparse.Namespace) -> int:
    open_db(args)
    if not User.select().exists():
        if args.role != "admin":
            raise ValidationError(
                "role", "this hangar has nobody yet: the first person added must be an admin"
            )
        admin = users.create_first_admin(
            args.org, args.org_name or args.org, args.colour, args.name, _pin(args)
        )
        print(f"first admin {admin.name} of {admin.organisation.code} created")
        return 0
    actor = cli_actor(args.as_user)
    organisation = Organisation.get_or_none(Organisation.code == args.org.strip().upper())
    if organisation is None:
        raise NotFound("organisation", args.org)
    person = users.add_user(
        actor, name=args.name, organisation=organisation, role=args.role, pin=_pin(args)
    )
    print(f"{person.name} ({person.role}) of {organisation.code} added")
    return 0


def cmd_add_org(args: argparse.Namespace) -> int:
    open_db(args)
    organisation = users.add_organisation(
        cli_actor(args.as_user), args.code, args.name, args.colour
    )
    print(f"organisation {organisation.code} ({organisation.name}) added")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    open_db(args)
    rows = (
        User.select(Organisation.code, User.name, User.role, User.active)
        .join(Organisation)
        .order_by(Organisation.code, User.name)
        .tuples()
    )
    for code, name, role, active in rows:
        print(f"{code:<10} {name:<24} {role:<14}{'' if active else ' (inactive)'}")
    return 0
