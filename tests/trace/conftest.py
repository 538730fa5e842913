"""The kitchen of tests/kitchen, whose lots the recalls here follow."""

from tests.kitchen.conftest import kitchen_hangar  # noqa: F401  (a fixture, used by name)
