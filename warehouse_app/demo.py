"""The demo hangar: nine fictional NGOs, their people, ~300 items, shelves, donors, sites,
and two months of history ending today, posted through the same services a volunteer uses.

Deterministic for a given seed and day. Reference data is inserted directly (it is not
stock); every unit of stock arrives, moves and leaves through intake, distribution,
transfers, adjustments, moves, undo and periods, so `integrity.check()` holds afterwards.
Sign in as "Admin" (PIN 1234); every demo account that needs a PIN has 1234.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from stdnum import ean

from models import (
    Category,
    Destination,
    Donor,
    Item,
    Location,
    Organisation,
    ProductBarcode,
    User,
)
from models.db import write_transaction
from warehouse_app import clock, users
from warehouse_app.demo_history import FIRST_NAMES, History, Reference

ADMIN_NAME = "Admin"
ADMIN_PIN = "1234"
Progress = Callable[[int, int, str], None]

# code, name, colour: fictional organisations
NGOS = (
    ("ABW", "Aid Beyond Walls", "#1f77b4"),
    ("CKC", "Community Kitchen Collective", "#d62728"),
    ("SHN", "Shelter Hands Network", "#2ca02c"),
    ("WCR", "Warm Coats Relay", "#9467bd"),
    ("CDP", "Clean Dignity Project", "#17becf"),
    ("LSB", "Little Steps Baby Aid", "#e377c2"),
    ("DDT", "Dunes Distribution Team", "#ff7f0e"),
    ("CWC", "Cabin Workshop Collective", "#8c564b"),
    ("FCV", "First Care Volunteers", "#bcbd22"),
)
# Food: name, category, unit, grams per unit, shelf life in days, date kind, allergens
FOOD = (
    ("Tinned tomatoes 400 g", "Tinned", "piece", 420, 540, "best_before", ""),
    ("Tinned chickpeas 400 g", "Tinned", "piece", 420, 720, "best_before", ""),
    ("Tinned kidney beans 400 g", "Tinned", "piece", 420, 720, "best_before", ""),
    ("Tinned sardines 120 g", "Tinned", "piece", 130, 900, "best_before", "fish"),
    ("Tinned tuna 160 g", "Tinned", "piece", 170, 900, "best_before", "fish"),
    ("Tinned sweetcorn 340 g", "Tinned", "piece", 360, 720, "best_before", ""),
    ("Tinned peas 400 g", "Tinned", "piece", 420, 720, "best_before", ""),
    ("Tinned vegetable soup 400 g", "Tinned", "piece", 420, 540, "best_before", "celery"),
    ("Coconut milk 400 ml", "Tinned", "piece", 420, 540, "best_before", ""),
    ("Tinned peaches 410 g", "Tinned", "piece", 430, 720, "best_before", "sulphites"),
    ("Baked beans 415 g", "Tinned", "piece", 430, 720, "best_before", ""),
    ("Tomato paste 140 g", "Tinned", "piece", 150, 540, "best_before", ""),
    ("Rice", "Dry goods", "kg", 1000, 540, "best_before", ""),
    ("Red lentils", "Dry goods", "kg", 1000, 540, "best_before", ""),
    ("Pasta", "Dry goods", "kg", 1000, 540, "best_before", "gluten"),
    ("Flour", "Dry goods", "kg", 1000, 300, "best_before", "gluten"),
    ("Porridge oats", "Dry goods", "kg", 1000, 300, "best_before", "gluten"),
    ("Sugar", "Dry goods", "kg", 1000, 720, "best_before", ""),
    ("Salt", "Dry goods", "kg", 1000, 900, "best_before", ""),
    ("Black tea 80 bags", "Dry goods", "piece", 250, 540, "best_before", ""),
    ("Instant coffee 200 g", "Dry goods", "piece", 230, 540, "best_before", ""),
    ("Peanut butter 340 g", "Dry goods", "piece", 360, 300, "best_before", "peanuts"),
    ("Digestive biscuits 400 g", "Dry goods", "piece", 410, 240, "best_before", "gluten,milk"),
    ("Sunflower oil 1 l", "Dry goods", "litre", 920, 360, "best_before", ""),
    ("Couscous", "Dry goods", "kg", 1000, 360, "best_before", "gluten"),
    ("Dates 500 g", "Dry goods", "piece", 510, 240, "best_before", ""),
    ("Tahini 300 g", "Dry goods", "piece", 310, 360, "best_before", "sesame"),
    ("UHT milk 1 l", "Drinks", "litre", 1030, 180, "best_before", "milk"),
    ("Bottled water 1.5 l", "Drinks", "piece", 1550, 360, "best_before", ""),
    ("Orange juice 1 l", "Drinks", "litre", 1050, 180, "best_before", ""),
    ("Onions", "Fresh", "kg", 1000, 14, "use_by", ""),
    ("Potatoes", "Fresh", "kg", 1000, 21, "use_by", ""),
    ("Carrots", "Fresh", "kg", 1000, 10, "use_by", ""),
    ("Apples", "Fresh", "kg", 1000, 14, "use_by", ""),
    ("Bananas", "Fresh", "kg", 1000, 6, "use_by", ""),
    ("Fresh milk 1 l", "Fresh", "litre", 1030, 6, "use_by", "milk"),
    ("Eggs, box of 6", "Fresh", "piece", 380, 21, "use_by", "eggs"),
    ("Bread loaf", "Fresh", "piece", 800, 4, "use_by", "gluten,sesame"),
    ("Yoghurt 500 g", "Fresh", "piece", 520, 10, "use_by", "milk"),
    ("Cheddar 400 g", "Fresh", "piece", 410, 30, "use_by", "milk"),
)
# Garments: name, genders with their size grids, grams per piece
ADULT = ("XS", "S", "M", "L", "XL", "XXL")
CHILD = ("4-5Y", "6-7Y", "8-9Y", "10-11Y", "12-13Y")
GARMENTS = (
    ("Winter jacket", {"men": ADULT, "women": ADULT[:5], "boys": CHILD, "girls": CHILD}, 1200),
    ("Jumper", {"men": ADULT, "women": ADULT[:5], "boys": CHILD, "girls": CHILD}, 500),
    ("Trousers", {"men": ADULT, "women": ADULT[:5], "boys": CHILD, "girls": CHILD}, 550),
    ("T-shirt", {"men": ADULT, "women": ADULT[:5], "boys": CHILD, "girls": CHILD}, 180),
    ("Hoodie", {"men": ADULT, "women": ADULT[:5], "boys": CHILD, "girls": CHILD}, 600),
    ("Raincoat", {"men": ADULT, "women": ADULT[:5]}, 450),
    ("Thermal top", {"men": ADULT, "women": ADULT[:5]}, 220),
    ("Thermal leggings", {"men": ADULT, "women": ADULT[:5]}, 200),
    ("Underwear", {"men": ADULT, "women": ADULT[:5]}, 60),
    ("Walking shoes", {"men": tuple(str(n) for n in range(39, 47)),
                       "women": tuple(str(n) for n in range(36, 42))}, 900),
    ("Children's shoes", {"boys": tuple(str(n) for n in range(28, 36)),
                          "girls": tuple(str(n) for n in range(28, 36))}, 500),
    ("Socks", {"men": ("39-42", "43-46"), "women": ("35-38", "39-42")}, 60),
    ("Woolly hat", {"unisex": ("one size",)}, 100),
    ("Gloves", {"unisex": ("S", "M", "L")}, 80),
    ("Scarf", {"unisex": ("one size",)}, 150),
    ("Babygrow", {"baby": ("0-3M", "3-6M", "6-12M", "12-18M")}, 120),
)
# Everything else: name, category, unit, grams per unit, allergens
GOODS = (
    *((f"Nappies size {n}", "Baby", "pack", 900, "") for n in range(1, 7)),
    ("Infant formula 800 g", "Baby", "piece", 850, "milk"),
    ("Baby wipes", "Baby", "pack", 400, ""), ("Baby blanket", "Baby", "piece", 400, ""),
    ("Baby bottle", "Baby", "piece", 120, ""), ("Nappy cream", "Baby", "piece", 120, ""),
    *((name, "Hygiene", "piece", grams, "") for name, grams in (
        ("Soap bar", 100), ("Shampoo 250 ml", 280), ("Toothbrush", 20), ("Toothpaste 75 ml", 100),
        ("Razor", 30), ("Shaving foam", 250), ("Sanitary pads", 200), ("Tampons", 100),
        ("Deodorant", 150), ("Towel", 400), ("Toilet roll", 100), ("Hand sanitiser", 120),
        ("Laundry powder 1 kg", 1000), ("Nail clippers", 30), ("Comb", 15), ("Lip balm", 10),
        ("Sun cream", 220), ("Face mask, pack of 10", 50))),
    ("Hygiene kit", "Hygiene", "kit", 1500, ""),
    *((name, "Shelter", unit, grams, "") for name, unit, grams in (
        ("Tent, 2 person", "piece", 2500), ("Tent, 4 person", "piece", 5000),
        ("Sleeping bag", "piece", 1600), ("Blanket", "piece", 1200), ("Roll mat", "piece", 400),
        ("Tarpaulin 4 x 6 m", "piece", 2000), ("Rope 20 m", "piece", 800),
        ("Torch", "piece", 150), ("Batteries AA, pack of 4", "pack", 100),
        ("Power bank", "piece", 250), ("Rain poncho", "piece", 200), ("Backpack", "piece", 700))),
    *((name, "Cabin parts", unit, grams, "") for name, unit, grams in (
        ("Pallet", "piece", 20000), ("Plywood sheet 2.4 m", "piece", 18000),
        ("Timber 2x4 3 m", "piece", 6000), ("Screws, box of 200", "pack", 1000),
        ("Hinge", "piece", 150), ("Door kit", "kit", 12000), ("Roofing felt roll", "piece", 25000),
        ("Insulation roll", "piece", 8000), ("Nails", "kg", 1000), ("Padlock", "piece", 300),
        ("Window kit", "kit", 5000), ("Cabin kit", "kit", 250000))),
    *((name, "Kitchen", "portion", 400, allergens) for name, allergens in (
        ("Dal with rice, portion", ""), ("Vegetable stew, portion", "celery"),
        ("Lentil soup, portion", "celery"), ("Porridge, portion", "gluten,milk"),
        ("Pasta with tomato sauce, portion", "gluten"), ("Chickpea curry, portion", ""),
        ("Egg sandwich", "gluten,eggs"), ("Rice pudding, portion", "milk"))),
)
CATEGORIES = {
    "Food": ("Tinned", "Dry goods", "Fresh", "Drinks"),
    "Clothing": ("Men", "Women", "Children", "Baby clothes", "Accessories"),
    "Hygiene": (), "Baby": (), "Shelter": ("Cabin parts",), "Kitchen": (),
}
DONORS = (
    ("Kent collection drive", "collection"), ("Brighton church appeal", "collection"),
    ("Northfield Supermarkets", "company"), ("Greenway Outdoor Ltd", "company"),
    ("Harbour Bakery", "company"), ("Sister NGO in Lille", "ngo"),
    ("Anonymous individual", "individual"), ("University sports club", "collection"),
    ("Westside mosque appeal", "collection"), ("Dockside timber yard", "company"),
    ("Family in Dover", "individual"), ("Market traders' association", "other"),
)
DESTINATIONS = (
    ("Dunes distribution point", "site"), ("Women and children's centre", "site"),
    ("Youth shelter", "site"), ("Day centre", "site"), ("Mobile distribution van", "site"),
    ("Partner NGO, Dunkirk", "partner"), ("Night shelter", "site"), ("Health clinic", "partner"),
)


def fill_demo_hangar(progress: Progress | None = None, seed: int = 2015) -> str:
    """Fill an empty database with the demo hangar, its history ending on the clock's
    today (a test or a rehearsal sets the clock); returns a one-line summary."""
    say = progress or (lambda done, total, what: None)
    rng = random.Random(seed)
    today = clock.today()
    say(1, 3, "organisations and people")
    admin, ngos, people = _people()
    say(2, 3, "catalogue, shelves, donors and sites")
    with write_transaction():
        items = _catalogue(rng)
        shelves = _locations()
        donors = [Donor.create(name=n, donor_type=t) for n, t in DONORS]
        destinations = [Destination.create(name=n, kind=k) for n, k in DESTINATIONS]
    ref = Reference(admin, ngos, people, items, shelves, donors, destinations)
    say(3, 3, "two months of history")
    documents = History(ref, rng, today).run()
    count = sum(len(v) for v in items.values())
    return (f"{len(ngos)} organisations, {User.select().count()} people, {count} items, "
            f"{len(shelves)} shelves, {documents} documents")


def _people() -> tuple[User, dict[str, Organisation], dict[str, dict[str, list[User]]]]:
    code, name, colour = NGOS[0]
    admin = users.create_first_admin(code, name, colour, ADMIN_NAME, ADMIN_PIN)
    ngos = {code: admin.organisation}
    for code, name, colour in NGOS[1:]:
        ngos[code] = users.add_organisation(admin, code, name, colour)
    names = iter(FIRST_NAMES * 3)
    people: dict[str, dict[str, list[User]]] = {}
    for code, ngo in ngos.items():
        roles = ["coordinator", "volunteer", "volunteer", "partner"]
        roles += {"CKC": ["kitchen_lead"], "CWC": ["workshop_lead"]}.get(code, [])
        people[code] = {}
        for role in roles:
            pin = None if role == "volunteer" else ADMIN_PIN
            person = users.add_user(admin, name=next(names), organisation=ngo,
                                    role=role, pin=pin)
            people[code].setdefault(role, []).append(person)
    return admin, ngos, people


def _catalogue(rng: random.Random) -> dict[str, list[Item]]:
    cats: dict[str, Category] = {}
    for top, subs in CATEGORIES.items():
        cats[top] = Category.create(name=top)
        for sub in subs:
            cats[sub] = Category.create(name=sub, parent=cats[top])
    items: dict[str, list[Item]] = {top: [] for top in CATEGORIES}
    codes: set[str] = set()

    def add(top: str, category: str, name: str, **fields) -> Item:
        code = _code(top, name, fields.get("gender"), fields.get("size"), codes)
        item = Item.create(code=code, name=name, category=cats[category], **fields)
        items[top].append(item)
        return item

    for name, cat, unit, grams, life, _kind, allergens in FOOD:
        add("Food", cat, name, unit=unit, weight_per_unit_g=grams, perishable=True,
            shelf_life_days=life, allergens=allergens, min_level=20 if unit == "piece" else 10)
    for name, grids, grams in GARMENTS:
        for gender, sizes in grids.items():
            cat = {"men": "Men", "women": "Women", "baby": "Baby clothes",
                   "unisex": "Accessories"}.get(gender, "Children")
            for size in sizes:
                add("Clothing", cat, name, unit="pair" if "shoes" in name.lower() or name == "Socks" else "piece",
                    gender=gender, size=size, weight_per_unit_g=grams)
    for name, cat, unit, grams, allergens in GOODS:
        top = "Shelter" if cat == "Cabin parts" else cat
        perishable = cat == "Kitchen"
        add(top, cat, name, unit=unit, weight_per_unit_g=grams, allergens=allergens,
            perishable=perishable, shelf_life_days=3 if perishable else None)
    # Product barcodes in GS1's in-store range (20-29): never a real company's GTIN.
    for top in ("Food", "Hygiene", "Baby"):
        for item in items[top]:
            payload = f"2{rng.randrange(10**11):011d}"
            ProductBarcode.create(code=payload + ean.calc_check_digit(payload), item=item)
    return items


def _code(top: str, name: str, gender: str | None, size: str | None, taken: set[str]) -> str:
    words = [w for w in "".join(c if c.isalnum() else " " for c in name.upper()).split()
             if not w.isdigit()]
    stem = "-".join([top[:3].upper(), *(w[:4] for w in words[:2])])
    parts = [stem, *((gender or "")[:1].upper() and [gender[:1].upper()]),
             *(size and [size.replace(" ", "").upper()] or [])]
    code, n = "-".join(parts)[:32], 2
    while code in taken:
        code, n = f"{'-'.join(parts)[:29]}-{n}", n + 1
    taken.add(code)
    return code


def _locations() -> list[Location]:
    shelves = []
    for zone in "ABCD":
        z = Location.create(code=f"LOC-{zone}", name=f"Zone {zone}", kind="zone")
        for aisle in range(1, 5):
            a = Location.create(code=f"LOC-{zone}-{aisle:02d}", name=f"{zone} aisle {aisle:02d}",
                                kind="aisle", parent=z)
            for shelf in range(1, 5):
                shelves.append(Location.create(
                    code=f"LOC-{zone}-{aisle:02d}-{shelf}", name=f"{zone} {aisle:02d} {shelf}",
                    kind="shelf", parent=a,
                ))
    for code, name in (("LOC-INTAKE", "Intake desk"), ("LOC-KITCHEN", "Kitchen store"),
                       ("LOC-WORKSHOP", "Workshop"), ("LOC-QUARANTINE", "Quarantine cage")):
        Location.create(code=code, name=name, kind="area")
    return shelves


# Which goods each NGO receives most: the kitchen food, the workshop cabin parts...
