"""Every subcommand of the command line: exit codes and what it prints, run in-process on
SQLite and PostgreSQL; and the installed `warehouse-app` run as a real process."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from models import Category, Item, User, database
from models.db import sqlite_url
from tests.test_integrity import receive
from warehouse_app.cli import main
from warehouse_app.database import LATEST, close_database
from warehouse_app.intake.receipts import ReceiptLine, receive_donation

APP = Path(sys.executable).parent / "warehouse-app"


def run(capsys, db_url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", db_url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def stocked(hangar):
    tricky = Item.create(code="=CMD-1", name="=HYPERLINK(\"http://x\")", unit="piece",
                         category=Category.get(Category.name == "Hygiene"))
    receive(hangar, hangar.soap, 10, location=hangar.shelf_a1)
    receive(hangar, tricky, 2, owner=hangar.ref)
    receive_donation(hangar.vol, hangar.kit, [ReceiptLine(
        item=hangar.lentils, quantity="12.5", date=hangar.today, date_kind="best_before")])
    return hangar


def test_init_creates_then_migrates_quietly(capsys, tmp_path):
    url = sqlite_url(tmp_path / "new.db")
    assert run(capsys, url, "init")[:2] == (0, f"database ready at schema version {LATEST}\n")
    assert run(capsys, url, "init")[0] == 0


def test_init_demo_fills_then_check_is_clean(capsys, db_url):
    code, out, _ = run(capsys, db_url, "init", "--demo", "--seed", "3")
    assert code == 0
    assert "demo hangar ready: 9 organisations" in out and "Admin with PIN 1234" in out
    code, out, _ = run(capsys, db_url, "check")
    assert code == 0 and out.startswith("ok: ") and "documents" in out
    code, out, err = run(capsys, db_url, "init", "--demo")
    assert code == 1 and "fills only a new, empty database" in err and err.count("\n") == 1


def test_init_demo_refuses_a_database_in_use(capsys, db_url, hangar):
    code, _, err = run(capsys, db_url, "init", "--demo")
    assert code == 1
    assert err == ("error: --demo fills only a new, empty database, and this one holds "
                   "3 organisations, 7 people, 5 items: point --db at a new file or database\n")


def test_check_ok_and_findings(capsys, db_url, stocked):
    code, out, _ = run(capsys, db_url, "check")
    assert (code, out) == (0, "ok: 3 movements, 3 documents, 3 balances checked\n")
    database.obj.execute_sql('UPDATE "balance" SET quantity = quantity + 1000 '
                             f"WHERE item_id = {stocked.soap.id}")
    code, out, _ = run(capsys, db_url, "check")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("balance_mismatch: HYG-SOAP of AID (location #")
    assert lines[-1] == "1 problem(s) found"


def test_stock_table(capsys, db_url, stocked):
    code, out, _ = run(capsys, db_url, "stock")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["owner", "item_code", "item_name", "unit", "quantity"]
    assert lines[1].split() == ["AID", "HYG-SOAP", "Soap", "bar", "piece", "10"]
    assert lines[-1] == "3 line(s)"


def test_stock_csv_is_exact_and_spreadsheet_safe(capsys, db_url, stocked):
    code, out, _ = run(capsys, db_url, "stock", "--format", "csv")
    assert code == 0
    assert out.splitlines()[0] == "owner,item_code,item_name,unit,quantity"
    rows = list(csv.reader(io.StringIO(out)))[1:]
    assert rows == [
        ["AID", "HYG-SOAP", "Soap bar", "piece", "10"],
        ["KIT", "FOOD-LENT", "Red lentils", "kg", "12.5"],
        ["REF", "'=CMD-1", "'=HYPERLINK(\"http://x\")", "piece", "2"],
    ]


def test_stock_of_one_organisation_and_refusals(capsys, db_url, stocked):
    code, out, _ = run(capsys, db_url, "stock", "--org", "kit", "--format", "csv")
    assert code == 0 and out.splitlines()[1:] == ["KIT,FOOD-LENT,Red lentils,kg,12.5"]
    assert run(capsys, db_url, "stock", "--org", "NOPE")[::2] == (1, "error: no organisation NOPE\n")
    code, _, err = run(capsys, db_url, "stock", "--org", "AID", "--as", "Petra")
    assert code == 1 and err == "error: Petra (partner) may not view stock for AID\n"
    code, out, _ = run(capsys, db_url, "stock", "--as", "Petra", "--format", "csv")
    assert code == 0 and [r.split(",")[0] for r in out.splitlines()[1:]] == ["REF"]


def test_stock_on_an_empty_hangar(capsys, db_url, hangar):
    assert run(capsys, db_url, "stock")[:2] == (0, "no stock on hand\n")


def test_backup_and_restore(capsys, db_url, stocked, tmp_path):
    target = tmp_path / "b" / "hangar-copy.db"
    code, out, _ = run(capsys, db_url, "backup", str(target))
    assert (code, out) == (0, f"backup written to {target}\n")
    new = sqlite_url(tmp_path / "restored.db")
    code, out, _ = run(capsys, new, "restore", str(target))
    assert code == 0
    assert out.splitlines()[0].startswith(f"restored {target} into {new}: 3 movements, 3 documents")
    assert out.splitlines()[-1] == "check: ok"
    code, _, err = run(capsys, new, "restore", str(target))
    assert code == 1 and "is not empty" in err and err.count("\n") == 1
    code, _, err = run(capsys, new, "restore", str(tmp_path / "none.db"))
    assert code == 1 and err.startswith("error: no backup file at ")


def test_backup_daily_and_usage(capsys, db_url, stocked):
    code, out, _ = run(capsys, db_url, "backup", "--daily")
    assert code == 0 and out.startswith("backup written to ") and "hangar-daily-" in out
    assert run(capsys, db_url, "backup", "--daily")[:2] == (0, "today's backup already exists\n")
    code, _, err = run(capsys, db_url, "backup")
    assert code == 2 and "give either a FILE or --daily" in err


def test_copy_db(capsys, db_url, stocked, tmp_path):
    close_database()
    to = sqlite_url(tmp_path / "copy.db")
    code, out, _ = run(capsys, db_url, "copy-db", "--from", db_url, "--to", to)
    assert code == 0 and out.splitlines()[-1] == "check: ok"
    code, _, err = run(capsys, db_url, "copy-db", "--from", db_url, "--to", to)
    assert code == 1 and "is not empty" in err


def test_users_first_admin_then_others(capsys, db_url):
    code, _, err = run(capsys, db_url, "users", "add", "--org", "AID", "--name", "Vera",
                       "--role", "volunteer")
    assert code == 1 and "the first person added must be an admin" in err
    code, out, _ = run(capsys, db_url, "users", "add", "--org", "aid", "--name", "Ada",
                       "--role", "admin", "--pin", "4321", "--org-name", "Aid Without Borders")
    assert (code, out) == (0, "first admin Ada of AID created\n")
    code, out, _ = run(capsys, db_url, "users", "add", "--org", "AID", "--name", "Vera",
                       "--role", "volunteer")
    assert (code, out) == (0, "Vera (volunteer) of AID added\n")
    code, _, err = run(capsys, db_url, "users", "add", "--org", "AID", "--name", "Colette",
                       "--role", "coordinator")
    assert code == 1 and "needs a PIN" in err
    code, _, err = run(capsys, db_url, "users", "add", "--org", "AID", "--name", "Vera",
                       "--role", "volunteer")
    assert code == 1 and "already has someone called Vera" in err
    code, _, err = run(capsys, db_url, "users", "add", "--org", "AID", "--name", "Ugo",
                       "--role", "volunteer", "--as", "Vera")
    assert code == 1 and err == "error: Vera (volunteer) may not manage users for AID\n"
    assert run(capsys, db_url, "users", "add-org", "--code", "KIT", "--name", "Kitchen",
               "--colour", "#d62728")[:2] == (0, "organisation KIT (Kitchen) added\n")
    code, out, _ = run(capsys, db_url, "users", "list")
    assert code == 0 and [ln.split()[:3] for ln in out.splitlines()] == [
        ["AID", "Ada", "admin"], ["AID", "Vera", "volunteer"],
    ]
    assert User.select().count() == 2


def test_usage_errors_exit_2(capsys, db_url):
    with pytest.raises(SystemExit) as exit_:
        main(["--db", db_url, "stock", "--format", "xml"])
    assert exit_.value.code == 2
    code, _, err = run(capsys, "mysql://somewhere/hangar", "check")
    assert code == 2 and "unsupported database URL" in err


def test_domain_errors_exit_1(capsys, tmp_path, db_url, db):
    code, _, err = run(capsys, sqlite_url(tmp_path / "missing.db"), "check")
    assert code == 1 and err.startswith("error: no Hangar database at ") and err.count("\n") == 1
    db.execute_sql("UPDATE schema_version SET version = 99")
    close_database()
    code, _, err = run(capsys, db_url, "check")
    assert code == 1 and "schema version 99" in err and err.count("\n") == 1


def test_installed_command(tmp_path):
    env_db = sqlite_url(tmp_path / "absent.db")
    done = subprocess.run([APP, "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("Hangar ")
    done = subprocess.run([APP, "--db", env_db, "check"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    assert done.stderr == f"error: no Hangar database at {env_db}: create it with 'warehouse-app init'\n"
    done = subprocess.run([APP, "--db", env_db, "backup"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2 and "give either a FILE or --daily" in done.stderr
    done = subprocess.run([APP, "no-such-command"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "invalid choice" in done.stderr
