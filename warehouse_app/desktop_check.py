"""Before `make run` opens the window on Linux: are the X11 libraries Qt's xcb plugin needs
installed? Says which Debian packages to install instead of letting Qt abort cryptically."""

from __future__ import annotations

import ctypes.util
import os
import sys

# library soname stem -> Debian package that ships it
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def missing_packages() -> list[str]:
    if not sys.platform.startswith("linux"):
        return []
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "wayland", "minimal")):
        return []
    return [pkg for lib, pkg in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None]


def main() -> int:
    missing = missing_packages()
    if missing:
        print(
            "Hangar's window needs X11 libraries that are not installed:\n"
            f"    sudo apt-get install {' '.join(missing)}\n"
            "(Debian/Ubuntu package names; to run without a screen set QT_QPA_PLATFORM=offscreen)",
            file=sys.stderr,
        )
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        print("No DISPLAY is set: start Hangar from a desktop session (or under Xvfb).",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
