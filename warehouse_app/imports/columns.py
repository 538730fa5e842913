"""Which column holds what: the header row found under title rows, and each header mapped
to a field by English and French synonyms (case and accents ignored), with corrections
from the person importing remembered per sheet layout on this workstation."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from warehouse_app import config
from warehouse_app.errors import ValidationError

IGNORE = "ignore"
# field -> header words, normalised (see `normalise`); a header matches a field when it
# equals one of these.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("code", "item code", "code article", "reference", "ref", "sku", "article code"),
    "category": ("category", "categorie", "cat", "famille", "type d article", "rayon"),
    "item": ("item", "article", "designation", "description", "produit", "product", "name",
             "nom", "libelle", "item name", "objet"),
    "size": ("size", "taille", "pointure", "sizes"),
    "gender": ("gender", "genre", "sexe", "sex", "h f", "m f"),
    "quantity": ("quantity", "quantite", "qty", "qte", "qt", "nombre", "nb", "count",
                 "quantity counted", "quantite comptee", "stock", "units", "unites"),
    "unit": ("unit", "unite", "uom", "unit of measure", "unite de mesure"),
    "location": ("location", "emplacement", "place", "lieu", "shelf", "etagere", "zone",
                 "rangement"),
    "expiry": ("dlc dluo", "dluo dlc", "dlc ddm", "expiry", "expiry date", "expiration",
               "date d expiration", "peremption", "date de peremption", "date limite", "dates"),
    "use_by": ("dlc", "use by", "use by date", "a consommer jusqu au"),
    "best_before": ("dluo", "ddm", "best before", "bbd", "best before date",
                    "a consommer de preference avant"),
    "lot": ("lot", "batch", "lot number", "numero de lot", "n lot"),
    "notes": ("notes", "note", "remarques", "remarque", "remarks", "comments", "comment",
              "commentaire", "commentaires", "observations", "obs"),
    "date": ("date", "date received", "received", "date de reception", "reception",
             "date du don", "day", "jour"),
    "donor": ("donor", "donateur", "donneur", "from", "provenance", "origine", "source"),
    "donor_type": ("donor type", "type de donateur", "type donateur", "type of donor",
                   "type"),
    "weight_kg": ("weight kg", "poids kg", "weight", "poids", "kg", "poids en kg",
                  "weight in kg"),
    "boxes": ("boxes", "cartons", "carton", "box", "colis", "nb cartons", "number of boxes",
              "bags", "sacs"),
}
FIELDS = tuple(SYNONYMS)
_LOOKUP = {word: field for field, words in SYNONYMS.items() for word in words}
HEADER_SEARCH_ROWS = 30


def normalise(text: object) -> str:
    """'Qté ' -> 'qte', 'Poids (kg)' -> 'poids kg', 'DLC/DLUO' -> 'dlc dluo'."""
    if text is None:
        return ""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9]+", plain.casefold()))


def field_of(header: object) -> str | None:
    return _LOOKUP.get(normalise(header))


def header_score(values: list) -> int:
    """How many cells of a row read as known headers: the header row scores highest."""
    return len({field_of(v) for v in values if isinstance(v, str) and field_of(v)})


def find_header_row(rows: list[list]) -> int | None:
    """Index (0-based) of the best-scoring row among the first ones, or None when no row
    has at least two known headers."""
    best, best_score = None, 1
    for n, values in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = header_score(values)
        if score > best_score:
            best, best_score = n, score
    return best


@dataclass(frozen=True)
class Mapping:
    """field -> 0-based column index; `headers` the texts of the header row."""

    fields: dict[str, int]
    headers: tuple[str, ...]
    ignored: tuple[str, ...]  # header texts that map to nothing

    def column(self, field: str) -> tuple[str, str]:
        """(letter, header text) of the column of `field`, for messages."""
        index = self.fields[field]
        return get_column_letter(index + 1), self.headers[index]


def signature(headers: tuple[str, ...]) -> str:
    """The layout of a sheet, to remember its mapping by: its normalised headers in order."""
    return "|".join(normalise(h) for h in headers)


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """['Qté=quantity', 'Emplacement=ignore'] -> {'qte': 'quantity', 'emplacement': 'ignore'}."""
    found = {}
    for pair in pairs:
        header, sep, field = pair.rpartition("=")
        field = field.strip().lower()
        if not sep or not header.strip():
            raise ValidationError("map", f"{pair!r}: write HEADER=FIELD, e.g. \"Qté=quantity\"")
        if field not in FIELDS and field != IGNORE:
            raise ValidationError(
                "map", f"{pair!r}: {field!r} is not a field; fields are "
                + ", ".join((*FIELDS, IGNORE)))
        found[normalise(header)] = field
    return found


def map_columns(headers: tuple[str, ...], overrides: dict[str, str] | None = None) -> Mapping:
    """Each header to its field: the caller's corrections first, then the synonyms. Two
    columns claiming one field is refused: which one counts is the person's choice."""
    overrides = overrides or {}
    fields: dict[str, int] = {}
    ignored = []
    for index, header in enumerate(headers):
        key = normalise(header)
        if not key:
            continue
        field = overrides.get(key) or _LOOKUP.get(key)
        if field is None or field == IGNORE:
            ignored.append(header)
            continue
        if field in fields:
            first = headers[fields[field]]
            raise ValidationError(
                "columns", f"columns {get_column_letter(fields[field] + 1)} ({first}) and "
                f"{get_column_letter(index + 1)} ({header}) both read as {field}: "
                f"map one of them elsewhere, e.g. --map \"{header}=ignore\"",
                field_name=field)
        fields[field] = index
    return Mapping(fields, headers, tuple(ignored))


SETTINGS_KEY = "import_mappings"


def remembered(kind: str, headers: tuple[str, ...]) -> dict[str, str]:
    """The corrections saved for this layout of sheet on this workstation."""
    saved = config.load_workstation_settings().get(SETTINGS_KEY, {})
    return dict(saved.get(kind, {}).get(signature(headers), {}))


def remember(kind: str, headers: tuple[str, ...], overrides: dict[str, str]) -> None:
    settings = config.load_workstation_settings()
    layouts = settings.setdefault(SETTINGS_KEY, {}).setdefault(kind, {})
    layouts[signature(headers)] = dict(overrides)
    config.save_workstation_settings(settings)
