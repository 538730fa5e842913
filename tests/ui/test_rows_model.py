"""ui.rows.RowsModel, the base of the window's hand-written table models: rows given
whole, a column per key, titles and cells from the subclass."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from ui.rows import RowsModel

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


class FruitModel(RowsModel):
    COLUMNS = ("name", "count")

    def header(self, key: str) -> str:
        return {"name": "Name", "count": "Count"}[key]

    def cell(self, row: tuple[str, int], key: str, role: int):
        if role == DISPLAY:
            return row[0] if key == "name" else str(row[1])
        if role == TOOLTIP and key == "name":
            return f"about {row[0]}"
        return None


class NumberedFruitModel(FruitModel):
    NUMBERED = True


class VaryingModel(RowsModel):
    """Columns that vary: one per letter of `letters`."""

    def __init__(self, letters: str):
        super().__init__()
        self.letters = letters

    def column_keys(self):
        return tuple(self.letters)

    def header(self, key: str) -> str:
        return key.upper()

    def cell(self, row: str, key: str, role: int):
        return f"{row}{key}" if role == DISPLAY else None


ROWS = [("apple", 3), ("pear", 5)]


@pytest.fixture
def model(qapp) -> FruitModel:
    m = FruitModel()
    m.set_rows(iter(ROWS))  # any iterable: the model keeps a list of its own
    return m


def test_rows_set_are_held_whole_and_counted(model):
    assert model.rows == ROWS and model.rows is not ROWS
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no row has children
    assert model.columnCount(model.index(0, 0)) == 0


def test_an_empty_model_has_no_rows(qapp):
    m = FruitModel()
    assert m.rows == [] and m.rowCount() == 0 and m.columnCount() == 2
    assert m.data(m.index(0, 0)) is None


def test_horizontal_headers_are_the_subclass_titles(model):
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert titles == ["Name", "Count"]
    assert model.headerData(0, Qt.Orientation.Horizontal, TOOLTIP) is None
    assert model.headerData(2, Qt.Orientation.Horizontal) is None  # past the last column


def test_vertical_headers_number_the_rows_only_when_numbered(qapp, model):
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    numbered = NumberedFruitModel()
    numbered.set_rows(ROWS)
    assert [numbered.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == ["1", "2"]
    assert numbered.headerData(0, Qt.Orientation.Vertical, TOOLTIP) is None


def test_data_asks_the_cell_for_each_role(model):
    assert model.data(model.index(0, 0)) == "apple"
    assert model.data(model.index(1, 1)) == "5"
    assert model.data(model.index(1, 0), TOOLTIP) == "about pear"
    assert model.data(model.index(1, 1), TOOLTIP) is None  # a role the cell does not answer


def test_data_outside_the_rows_is_none(model):
    assert model.data(QModelIndex()) is None
    assert model.data(model.createIndex(2, 0)) is None  # a row past the end
    assert model.data(model.createIndex(0, 2)) is None  # a column past the end
    model.set_rows([])
    assert model.data(model.createIndex(0, 0)) is None  # an index kept from before


def test_row_at_gives_the_row_of_an_index(model):
    assert model.row_at(model.index(1, 1)) == ("pear", 5)
    assert model.row_at(QModelIndex()) is None
    assert model.row_at(model.createIndex(5, 0)) is None


def test_set_rows_resets_the_model(qtbot, model):
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], timeout=1000):
        model.set_rows([("fig", 1)])
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == "fig"


def test_refresh_headers_says_every_title_changed(qtbot, model):
    with qtbot.waitSignal(model.headerDataChanged, timeout=1000) as changed:
        model.refresh_headers()
    assert changed.args == [Qt.Orientation.Horizontal, 0, 1]


def test_columns_may_vary_by_column_keys(qtbot, qapp):
    m = VaryingModel("ab")
    m.set_rows(["x", "y"])
    assert m.columnCount() == 2
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["A", "B"]
    assert m.data(m.index(1, 1)) == "yb"
    m.letters = "abc"
    assert m.columnCount() == 3 and m.data(m.index(0, 2)) == "xc"
    with qtbot.waitSignal(m.headerDataChanged, timeout=1000) as changed:
        m.refresh_headers()
    assert changed.args == [Qt.Orientation.Horizontal, 0, 2]


def test_the_base_translates_nothing():
    """lupdate keys a text by the class it is written in: titles are the subclasses'."""
    from pathlib import Path

    import ui.rows

    assert "self.tr(" not in Path(ui.rows.__file__).read_text(encoding="utf-8")
