"""A small, readable hangar for tests. Reference data is created directly; stock only
ever through the services, like everywhere else."""

from __future__ import annotations

from types import SimpleNamespace

from models import Category, Destination, Donor, Item, Location, Organisation, User
from warehouse_app import clock


def small_hangar() -> SimpleNamespace:
    h = SimpleNamespace()
    h.aid = Organisation.create(code="AID", name="Aid Without Borders", colour="#1f77b4")
    h.kit = Organisation.create(code="KIT", name="Community Kitchen", colour="#d62728")
    h.ref = Organisation.create(code="REF", name="Refugee Shelter Network", colour="#2ca02c")
    h.admin = User.create(name="Ada", organisation=h.aid, role="admin")
    h.coord = User.create(name="Colette", organisation=h.aid, role="coordinator")
    h.vol = User.create(name="Vera", organisation=h.aid, role="volunteer")
    h.vol_ref = User.create(name="Rami", organisation=h.ref, role="volunteer")
    h.cook = User.create(name="Kofi", organisation=h.kit, role="kitchen_lead")
    h.builder = User.create(name="Wren", organisation=h.ref, role="workshop_lead")
    h.partner = User.create(name="Petra", organisation=h.ref, role="partner")

    food = Category.create(name="Food")
    tins = Category.create(name="Tinned food", parent=food)
    clothing = Category.create(name="Clothing")
    jackets = Category.create(name="Jackets", parent=clothing)
    hygiene = Category.create(name="Hygiene")
    h.tomatoes = Item.create(
        code="FOOD-TOM-400", name="Tinned tomatoes 400 g", category=tins, unit="piece",
        perishable=True, weight_per_unit_g=420, min_level=24,
    )
    h.lentils = Item.create(
        code="FOOD-LENT", name="Red lentils", category=food, unit="kg", perishable=True,
        allergens="", weight_per_unit_g=1000,
    )
    h.jacket_m = Item.create(
        code="CLO-JKT-M-M", name="Jacket", category=jackets, unit="piece", gender="men", size="M",
    )
    h.jacket_l = Item.create(
        code="CLO-JKT-M-L", name="Jacket", category=jackets, unit="piece", gender="men", size="L",
    )
    h.soap = Item.create(code="HYG-SOAP", name="Soap bar", category=hygiene, unit="piece",
                         weight_per_unit_g=100)
    h.zone_a = Location.create(code="LOC-A", name="Zone A", kind="zone")
    h.shelf_a1 = Location.create(code="LOC-A-01-1", name="A 01 1", parent=h.zone_a)
    h.shelf_a2 = Location.create(code="LOC-A-01-2", name="A 01 2", parent=h.zone_a)
    h.shelf_b1 = Location.create(code="LOC-B-01-1", name="B 01 1")
    h.donor = Donor.create(name="Kent collection drive", donor_type="collection")
    h.site = Destination.create(name="Distribution point Rue des Garennes", kind="site")
    h.today = clock.today()
    return h


def put_stock(actor, owner, item, quantity, *, lot=None, location=None, box=None,
              status="usable", date=None):
    """Seed stock as an opening balance (a real document kind), through the ledger like
    every other change of stock. Weight follows the item's weight per unit when known."""
    from decimal import Decimal

    from warehouse_app import ledger

    quantity = Decimal(quantity)
    weight_g = int(item.weight_per_unit_g * quantity) if item.weight_per_unit_g else None
    with ledger.posting(actor, "opening", owner, effective_date=date) as post:
        post.add(owner=owner, item=item, quantity=quantity, kind="opening", lot=lot,
                 location=location, box=box, status=status, weight_g=weight_g)
    return post.document
