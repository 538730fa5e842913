"""Hangar's application core: services, permissions, configuration, reports, CLI. No Qt."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("hangar")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
