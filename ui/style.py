"""How Hangar looks: large type and large targets for gloved hands on a cold morning,
high contrast, one accent colour. Organisation colours come from the database."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 13
ACCENT = "#1b5e9a"

STYLESHEET = f"""
QWidget {{ color: #1a1a1a; }}
QMainWindow, #workspace, #page {{ background: #f4f5f7; }}
QPushButton {{
    min-height: 44px; padding: 6px 18px; border-radius: 8px;
    border: 2px solid #9aa3ad; background: #ffffff; font-weight: 600;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:pressed {{ background: #dde6f0; }}
QPushButton:disabled {{ color: #8a8f96; border-color: #d0d4d9; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton[role="big"] {{ min-height: 84px; font-size: 17pt; }}
QPushButton[role="key"] {{ min-height: 72px; min-width: 96px; font-size: 22pt; }}
QPushButton[role="nav"] {{
    min-height: 46px; text-align: left; padding: 2px 8px 2px 20px; font-size: 14pt;
    border: none; border-radius: 0; background: transparent; color: #e8edf3;
}}
QPushButton[role="nav"]:checked {{ background: #f4f5f7; color: #1a1a1a; }}
QPushButton[role="nav"]:hover:!checked {{ background: #2a4a6e; }}
#nav {{ background: #1f3550; }}
#header {{ background: #ffffff; border-bottom: 1px solid #d0d4d9; }}
QLabel[role="title"] {{ font-size: 22pt; font-weight: 700; }}
QLabel[role="hint"] {{ font-size: 14pt; color: #3c4650; }}
QLabel[role="error"] {{ font-size: 14pt; color: #b71c1c; font-weight: 600; }}
QLabel[role="big"] {{ font-size: 30pt; font-weight: 700; }}
QLineEdit, QSpinBox, QComboBox {{
    min-height: 40px; padding: 2px 8px; border: 2px solid #9aa3ad; border-radius: 6px;
    background: white;
}}
QLineEdit:focus, QSpinBox:focus, QComboBox:focus {{ border-color: {ACCENT}; }}
QGroupBox {{ font-weight: 700; font-size: 14pt; margin-top: 18px; padding-top: 12px; }}
QStatusBar {{ background: #e4e7eb; font-size: 12pt; }}
QStatusBar QLabel {{ padding: 2px 10px; }}
"""


def apply(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyle("Fusion")  # the same look on every workstation's desktop
    app.setStyleSheet(STYLESHEET)


def text_colour_on(background: str) -> str:
    """Black or white, whichever reads better on an organisation's colour."""
    colour = QColor(background)
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return "#000000" if luminance > 150 else "#ffffff"


def organisation_button_style(colour: str) -> str:
    fg = text_colour_on(colour)
    return (
        f"QPushButton {{ background: {colour}; color: {fg}; border: 3px solid {colour}; }}"
        f"QPushButton:hover {{ border-color: #1a1a1a; }}"
        f"QPushButton:checked {{ border: 5px solid #1a1a1a; }}"
    )
