"""A workshop on top of the small hangar: shelter parts in REF's stock and a cabin design."""

from __future__ import annotations

import pytest

from tests.workshop.cabin import cabin_workshop


@pytest.fixture
def workshop_hangar(hangar):
    """The cabin workshop with fewer long planks and short ones to make up for them."""
    return cabin_workshop(hangar, planks=35, short_planks=30, tarps=6)
