"""`warehouse-app label render|sizes`: print labels from the command line.

Fields come from the database when the code is found there (boxes, locations, items),
else from the options, so labels print with no database at all. The extension of
--out picks the format: .png (one label), .pdf (one page per label, or A4 sheets for
the a4-* sizes), .zpl (Zebra). A PNG holds one label: several codes or copies are
refused for PNG rather than written as a scatter of numbered files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

from peewee import OperationalError

import labels
from labels.data import DATE_KINDS
from warehouse_app import quantities
from warehouse_app.cli.common import open_db
from warehouse_app.database import NotInitialised, close_database
from warehouse_app.errors import ValidationError
from warehouse_app.label_data import label_from_database

FORMATS = (".png", ".pdf", ".zpl")
DEFAULT_DPI = {".zpl": 203}  # most Zebras in the field are 203 dpi; Brother QL is 300


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("label", help="render box, shelf, item, meal, kit and pallet labels")
    inner = group.add_subparsers(dest="label_command", metavar="ACTION", required=True)

    sizes = inner.add_parser("sizes", help="list the label sizes and their names")
    sizes.set_defaults(handler=cmd_sizes)

    p = inner.add_parser("render", help="write labels to a PNG, PDF or ZPL file")
    p.add_argument("--template", required=True, choices=tuple(labels.TEMPLATES))
    p.add_argument("--code", required=True, action="append",
                   help="the code to print (repeat for several labels in one file)")
    p.add_argument("--size", help="label size name (see 'label sizes'); default per template")
    p.add_argument("--dpi", type=int, help="printer resolution: 203, 300 or 600 "
                   "(default 300; 203 for .zpl)")
    p.add_argument("--copies", type=int, default=1, help="copies of each label")
    p.add_argument("--start-at", type=int, default=1,
                   help="A4 sheets: first free position on a partly used sheet (1 = top left)")
    p.add_argument("--out", required=True, type=Path, help="FILE.png, FILE.pdf or FILE.zpl")
    p.add_argument("--no-db", action="store_true", help="do not look codes up in the database")
    fields = p.add_argument_group("label fields (used when the code is not in the database)")
    fields.add_argument("--title", default="", help="content, name, dish or kit design")
    fields.add_argument("--owner", default="", help="owner organisation (or kitchen)")
    fields.add_argument("--colour", default="", help="owner's colour, #RRGGBB")
    fields.add_argument("--item-size", default="")
    fields.add_argument("--gender", default="")
    fields.add_argument("--count", default="", help="count, e.g. 24 or 2.5")
    fields.add_argument("--unit", default="")
    fields.add_argument("--weight-g", type=int, help="weight in grams")
    fields.add_argument("--lot", default="")
    fields.add_argument("--date", help="lot date, YYYY-MM-DD")
    fields.add_argument("--date-kind", choices=DATE_KINDS, default="best_before")
    fields.add_argument("--location", default="", help="location, or zone for a shelf label")
    fields.add_argument("--donation", default="", help="donation (GRN) number")
    fields.add_argument("--donation-date", help="YYYY-MM-DD")
    fields.add_argument("--category", default="")
    fields.add_argument("--produced", help="meal: production date, YYYY-MM-DD")
    fields.add_argument("--use-by", help="meal: YYYY-MM-DD, or YYYY-MM-DDTHH:MM for hot-held")
    fields.add_argument("--storage", default="", help="meal: storage and reheating")
    fields.add_argument("--ingredients", default="",
                        help="meal: comma-separated, allergens after a colon, joined by +: "
                        "'rice,flatbread:gluten+sesame,yoghurt:milk'")
    fields.add_argument("--allergens", default="", help="meal: comma-separated")
    fields.add_argument("--portions", type=int)
    fields.add_argument("--version", dest="kit_version", default="", help="kit design version")
    fields.add_argument("--built", help="kit: build date, YYYY-MM-DD")
    fields.add_argument("--contents", default="", help="kit: what is inside")
    fields.add_argument("--boxes", type=int, help="pallet: number of boxes")
    fields.add_argument("--destination", default="", help="pallet: where it goes")
    p.set_defaults(handler=cmd_render)


def cmd_sizes(args: argparse.Namespace) -> int:
    for size in labels.SIZES.values():
        print(f"{size.name:<8} {size.label:<18} {size.description}")
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError("--out", f"the file must end in {', '.join(FORMATS)}")
    if args.copies < 1:
        raise ValidationError("--copies", "must be at least 1")
    if suffix == ".png" and (args.copies > 1 or len(args.code) > 1):
        raise ValidationError("--out", "a PNG holds one label: write .pdf or .zpl for several")
    dpi = args.dpi or DEFAULT_DPI.get(suffix, 300)
    found = {} if args.no_db else lookup(args)
    data = [found.get(code) or label_from_options(args, code) for code in args.code]
    try:
        size = labels.get_size(args.size) if args.size else None
        rendered = labels.render_many(data, size, dpi)
        for label in rendered:
            for warning in label.warnings:
                print(f"warning: {label.code}: {warning}", file=sys.stderr)
        output = write_output(rendered, suffix, args.copies, args.start_at - 1)
    except labels.LabelError as exc:
        raise ValidationError("label", exc.message, label_facts=exc.facts) from exc
    args.out.write_bytes(output)
    count = len(rendered) * args.copies
    print(f"{count} label{'s' if count != 1 else ''} ({rendered[0].size.name}, {dpi} dpi) "
          f"written to {args.out}")
    return 0


def write_output(rendered: list[labels.RenderedLabel], suffix: str, copies: int,
                 start_at: int) -> bytes:
    if suffix == ".png":
        return labels.to_png(rendered[0])
    if suffix == ".zpl":
        return labels.to_zpl(rendered, copies=copies)
    if rendered[0].size.sheet is not None:
        return labels.to_sheet_pdf(rendered, start_at=start_at, copies=copies)
    return labels.to_pdf(rendered, copies=copies)


def lookup(args: argparse.Namespace) -> dict[str, labels.Label]:
    """Labels for the codes the database knows; nothing when there is no database."""
    try:
        open_db(args)
    except (NotInitialised, OperationalError) as exc:
        print(f"note: no database ({str(exc).strip().splitlines()[0]}); "
              "labels use the options given", file=sys.stderr)
        return {}
    found = {}
    try:
        for code in args.code:
            label = label_from_database(args.template, code)
            if label is None:
                print(f"note: {code} is not in the database; using the options given",
                      file=sys.stderr)
            else:
                found[code] = label
    finally:
        close_database()
    return found


def _date(value: str | None, option: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(option, f"{value!r} is not a date YYYY-MM-DD") from None


def _use_by(value: str | None) -> dt.date | dt.datetime | None:
    if value and "T" in value:
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            raise ValidationError("--use-by", f"{value!r} is not YYYY-MM-DDTHH:MM") from None
    return _date(value, "--use-by")


def _count(value: str) -> Decimal | None:
    if not value:
        return None
    return quantities.parse(value, field="--count")


def _ingredients(text: str) -> tuple[labels.MealIngredient, ...]:
    out = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, _, allergens = part.partition(":")
        out.append(labels.MealIngredient(
            name.strip(), tuple(a.strip() for a in allergens.split("+") if a.strip())))
    return tuple(out)


def label_from_options(args: argparse.Namespace, code: str) -> labels.Label:
    kind = args.template
    if kind == "box":
        return labels.BoxLabel(
            code, owner=args.owner, owner_colour=args.colour, content=args.title,
            item_size=args.item_size, gender=args.gender, count=_count(args.count),
            unit=args.unit, weight_g=args.weight_g, lot=args.lot,
            date=_date(args.date, "--date"), date_kind=args.date_kind, location=args.location,
            donation=args.donation, donation_date=_date(args.donation_date, "--donation-date"))
    if kind == "location":
        return labels.LocationLabel(code, name=args.title, zone=args.location)
    if kind == "item":
        return labels.ItemLabel(code, name=args.title, item_size=args.item_size,
                                gender=args.gender, unit=args.unit, category=args.category)
    if kind == "meal":
        return labels.MealBatchLabel(
            code.removeprefix("L"), dish=args.title, produced=_date(args.produced, "--produced"),
            use_by=_use_by(args.use_by), storage=args.storage,
            ingredients=_ingredients(args.ingredients),
            allergens=tuple(a.strip() for a in args.allergens.split(",") if a.strip()),
            portions=args.portions, kitchen=args.owner)
    if kind == "kit":
        return labels.KitLabel(code, design=args.title, version=args.kit_version,
                               built=_date(args.built, "--built"), owner=args.owner,
                               owner_colour=args.colour, contents=args.contents)
    return labels.PalletLabel(
        code, owner=args.owner, owner_colour=args.colour, content=args.title, boxes=args.boxes,
        count=_count(args.count), unit=args.unit, weight_g=args.weight_g, lot=args.lot,
        date=_date(args.date, "--date"), date_kind=args.date_kind, location=args.location,
        destination=args.destination, donation=args.donation)
