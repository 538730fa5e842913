"""The help a first-day volunteer gets with F1 or the Help button: for each screen of the
navigation (ui.nav keys) and for signing in, what the screen is for, the few steps of
its job and what to do when Hangar says no.

The texts are English sources marked for Qt's translation (context "Help"), turned into
the current language when shown, so a language switch needs no restart. Each step is its
own text: a translator sees short sentences, not a page of markup.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import nav

SIGN_IN = "sign_in"  # the sign-in page: not a screen of the navigation
FIRST_RUN = "first_run"  # the first start on an empty database, and a database that will not open


@dataclass(frozen=True)
class ScreenHelp:
    purpose: str
    steps: tuple[str, ...]
    refused: str  # what to do when the screen says no

    def texts(self) -> tuple[str, ...]:
        return (self.purpose, *self.steps, self.refused)


HELP: dict[str, ScreenHelp] = {
    FIRST_RUN: ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "The first start of Hangar on an empty database: try the demo "
                                  "hangar, or start your own."),
        (
            QT_TRANSLATE_NOOP("Help", "Try the demo hangar: made-up NGOs, people and stock, to "
                                      "learn and to train volunteers. Sign in as Admin, PIN "
                                      "1234."),
            QT_TRANSLATE_NOOP("Help", "Start our hangar: your organisation's short code, name and "
                                      "colour, then the first administrator's name and PIN."),
            QT_TRANSLATE_NOOP("Help", "The hangar already has a server? Tap Use another "
                                      "database… and choose it in the settings."),
        ),
        QT_TRANSLATE_NOOP("Help", "When the database cannot be opened, the page says why: check "
                                  "the database in Settings, then tap Try again."),
    ),
    SIGN_IN: ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "Everything you do in Hangar is recorded under your name: "
                                  "sign in before you start."),
        (
            QT_TRANSLATE_NOOP("Help", "Tap your organisation (the coloured button)."),
            QT_TRANSLATE_NOOP("Help", "Tap your name."),
            QT_TRANSLATE_NOOP("Help", "Coordinators, leads, partners and admins type their PIN."),
            QT_TRANSLATE_NOOP("Help", "At the intake desk, tick “Stay signed in for the whole "
                                      "shift”: “Switch volunteer” then brings back this shift's "
                                      "people in one tap."),
        ),
        QT_TRANSLATE_NOOP("Help", "Your name is not on the list, or your PIN is refused: ask a "
                                  "coordinator. They add people and reset PINs in "
                                  "Administration."),
    ),
    "dashboard": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "The day and the month at a glance: donations received, stock "
                                  "per NGO, food expiring soon, items below their minimum, open "
                                  "loans, meals cooked and kits built."),
        (
            QT_TRANSLATE_NOOP("Help", "Read the big numbers at the top: today's receipts, "
                                      "kilograms, meals and kits."),
            QT_TRANSLATE_NOOP("Help", "Read the charts: each NGO has its own colour."),
            QT_TRANSLATE_NOOP("Help", "The figures refresh by themselves after each change and "
                                      "every few minutes."),
            QT_TRANSLATE_NOOP("Help", "To act on what you see, open Stock, Give out or "
                                      "Transfers and loans."),
        ),
        QT_TRANSLATE_NOOP("Help", "Only coordinators and admins have this screen. An empty chart "
                                  "means nothing of that kind has happened yet."),
    ),
    "scan": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "Scan any label to see what it is: a box and what it holds, a "
                                  "shelf, a product, a lot."),
        (
            QT_TRANSLATE_NOOP("Help", "Scan the label: there is nothing to tap first."),
            QT_TRANSLATE_NOOP("Help", "Or type the code in the field and press Enter."),
            QT_TRANSLATE_NOOP("Help", "Read the answer: what it is, where it is and which NGO "
                                      "owns it."),
            QT_TRANSLATE_NOOP("Help", "A damaged box or shelf label? Tap Reprint label."),
        ),
        QT_TRANSLATE_NOOP("Help", "A red flash and a beep mean the code was not understood: scan "
                                  "it again, flat and steady. If it is still refused, the label "
                                  "is damaged: ask a coordinator."),
    ),
    "intake": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "Record a donation as it arrives, box by box, and print the box "
                                  "labels."),
        (
            QT_TRANSLATE_NOOP("Help", "Tap the NGO the donation is for, then the donor (or "
                                      "“Donor not known: go on”)."),
            QT_TRANSLATE_NOOP("Help", "Scan each product. A whole case: scan one, then tap ×24 "
                                      "(or the right number). Clothes: tap Pick an item, the "
                                      "category, the item, then the sizes."),
            QT_TRANSLATE_NOOP("Help", "Tap Start a new box for each new box, and type its "
                                      "weight."),
            QT_TRANSLATE_NOOP("Help", "A mistake? Tap Undo last scan."),
            QT_TRANSLATE_NOOP("Help", "Tap Finish: the receipt is saved and the box labels "
                                      "print. Stick one on each box, then take the boxes to the "
                                      "shelves (Move boxes)."),
        ),
        QT_TRANSLATE_NOOP("Help", "A red message says why nothing was added: a misread barcode "
                                  "(scan it again) or a product Hangar does not know yet (say "
                                  "what it is in the window that opens). After a power cut, the "
                                  "unfinished receipt is offered back."),
    ),
    "moves": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "Put boxes on a shelf, or move them to another place, by "
                                  "scanning."),
        (
            QT_TRANSLATE_NOOP("Help", "Scan each box label (BOX-…): the box appears in the list "
                                      "with what it holds and where it is now."),
            QT_TRANSLATE_NOOP("Help", "Scan the label of the shelf (LOC-…) where you put them."),
            QT_TRANSLATE_NOOP("Help", "Every box of the list moves there at once; the green "
                                      "message says how many."),
            QT_TRANSLATE_NOOP("Help", "A box scanned by mistake: tap Remove box before you scan "
                                      "the shelf. Undo last move takes back the last move."),
        ),
        QT_TRANSLATE_NOOP("Help", "A code that is neither a box nor a shelf is refused in red: "
                                  "look at the label and scan again."),
    ),
    "stock": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "What is in the hangar: each NGO's stock per item, lot and "
                                  "place, and every movement."),
        (
            QT_TRANSLATE_NOOP("Help", "Choose the owner and the filters: category, place, "
                                      "text, expiring soon, below minimum, quarantine."),
            QT_TRANSLATE_NOOP("Help", "Tap a column's title to sort by it."),
            QT_TRANSLATE_NOOP("Help", "Double-tap a line, or scan a product, for its stock "
                                      "card: every movement and the balance."),
            QT_TRANSLATE_NOOP("Help", "Scan a box to see what it holds and its history."),
            QT_TRANSLATE_NOOP("Help", "Export to Excel saves the list as you see it."),
        ),
        QT_TRANSLATE_NOOP("Help", "A partner NGO sees its own stock only: another NGO's stock "
                                  "card is refused. Ask that NGO or a coordinator."),
    ),
    "distribution": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "Record goods leaving the hangar for a distribution site or "
                                  "another group, with a release note."),
        (
            QT_TRANSLATE_NOOP("Help", "Choose the NGO whose stock goes out, and where it goes."),
            QT_TRANSLATE_NOOP("Help", "Scan each product, box or lot, or pick the item; type the "
                                      "quantity, then tap Add line."),
            QT_TRANSLATE_NOOP("Help", "Take the lots Hangar suggests: those that expire first."),
            QT_TRANSLATE_NOOP("Help", "Tap Finish: the distribution is saved and its release "
                                      "note shown, to print or save as a PDF."),
        ),
        QT_TRANSLATE_NOOP("Help", "Nothing is saved while a line is refused: food past its "
                                  "use-by date, not enough stock, or another NGO's stock. The "
                                  "message names the item and what is there: change the line or "
                                  "remove it."),
    ),
    "transfers": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "Give stock to another NGO (the goods may stay where they "
                                  "are), lend it until a date, and record loans paid back."),
        (
            QT_TRANSLATE_NOOP("Help", "Transfer: choose from which NGO to which, the item and "
                                      "the quantity."),
            QT_TRANSLATE_NOOP("Help", "Lend: the same, with the date it should come back."),
            QT_TRANSLATE_NOOP("Help", "Repay: choose an open loan, then repay all of it or "
                                      "part."),
            QT_TRANSLATE_NOOP("Help", "The table lists each NGO's open loans; late ones stand "
                                      "out."),
        ),
        QT_TRANSLATE_NOOP("Help", "You may give or lend only stock you may act for, and never "
                                  "more than is there: the message says what is there. "
                                  "Coordinators act for every NGO."),
    ),
    "kitchen": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "Log the meal batches: ingredients taken from stock, "
                                  "temperatures, use-by, labels and dispatch."),
        (
            QT_TRANSLATE_NOOP("Help", "Log a batch: tap the recipe, type the portions, check the "
                                      "ingredients Hangar proposes (oldest date first) and tap "
                                      "Cook."),
            QT_TRANSLATE_NOOP("Help", "Type each temperature when you take it: end of cooking, "
                                      "cooling, hot holding."),
            QT_TRANSLATE_NOOP("Help", "Print one label per container."),
            QT_TRANSLATE_NOOP("Help", "Dispatch the portions to a site; discard what is left, "
                                      "with the reason."),
        ),
        QT_TRANSLATE_NOOP("Help", "A failed temperature check puts the batch on hold: labels and "
                                  "dispatch are refused until a corrective action is recorded. "
                                  "Food past its use-by date is never cooked."),
    ),
    "trace": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "Answer a recall in a minute: where a lot went, and where a "
                                  "meal batch came from."),
        (
            QT_TRANSLATE_NOOP("Help", "Scan or type a lot code, a donation number (DON-…), a "
                                      "product barcode or a meal batch (MB-…)."),
            QT_TRANSLATE_NOOP("Help", "Read the answer: the donor, the batches and kits that used "
                                      "it, where the portions went, what is still on the "
                                      "shelves."),
            QT_TRANSLATE_NOOP("Help", "Tap Export to Excel to keep it for the recall."),
        ),
        QT_TRANSLATE_NOOP("Help", "Nothing found: Hangar has no lot, donation or batch with that "
                                  "code. Check the code on the label or in the supplier's "
                                  "notice."),
    ),
    "workshop": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "Build shelter kits from parts, and see how many the stock "
                                  "allows now."),
        (
            QT_TRANSLATE_NOOP("Help", "Choose the kit design: the big number is how many kits "
                                      "can be built, with the parts that limit it."),
            QT_TRANSLATE_NOOP("Help", "Type a target to see what is missing for it."),
            QT_TRANSLATE_NOOP("Help", "Type how many to build and tap Build: the parts leave "
                                      "the stock and each kit gets its label."),
            QT_TRANSLATE_NOOP("Help", "To take a kit apart, scan its label (KIT-…), check the "
                                      "parts and tap Take this kit apart: they go back into "
                                      "stock."),
        ),
        QT_TRANSLATE_NOOP("Help", "Build is refused when parts are missing: the message names "
                                  "the part and how many are there."),
    ),
    "counts": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "Count what is really on the shelves, so that each NGO's books "
                                  "match them."),
        (
            QT_TRANSLATE_NOOP("Help", "A coordinator starts a count for an NGO, over a place or "
                                      "a category (blind: the counters do not see the book "
                                      "quantities)."),
            QT_TRANSLATE_NOOP("Help", "Scan the shelf, then each box or item on it: each scan "
                                      "adds one pack. Correct a line with the keypad."),
            QT_TRANSLATE_NOOP("Help", "Tap Place done when a shelf is finished, and Submit at "
                                      "the end."),
            QT_TRANSLATE_NOOP("Help", "A coordinator who did not count reviews each difference "
                                      "with a reason, asks for recounts, then approves."),
        ),
        QT_TRANSLATE_NOOP("Help", "Whoever counted cannot approve the same count: another "
                                  "coordinator reviews it."),
    ),
    "reports": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "An NGO's monthly stock report, as a spreadsheet its "
                                  "logistician recognises."),
        (
            QT_TRANSLATE_NOOP("Help", "Choose the month."),
            QT_TRANSLATE_NOOP("Help", "Choose the organisation (coordinators: any NGO, or all of "
                                      "them with the hangar's summary)."),
            QT_TRANSLATE_NOOP("Help", "Choose the folder."),
            QT_TRANSLATE_NOOP("Help", "Tap Export and wait for the bar; Open folder shows the "
                                      "files."),
        ),
        QT_TRANSLATE_NOOP("Help", "A partner NGO exports its own report only. Cancel stops a long "
                                  "export."),
    ),
    "import": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "Bring stock or donations in from a spreadsheet: an opening "
                                  "count, a donation log."),
        (
            QT_TRANSLATE_NOOP("Help", "Choose the file, what it holds (stock or donations) and "
                                      "the NGO."),
            QT_TRANSLATE_NOOP("Help", "Check what each column means and correct it if needed: "
                                      "Hangar remembers."),
            QT_TRANSLATE_NOOP("Help", "Tap Check the rows: every refused row is listed with its "
                                      "row, column and problem."),
            QT_TRANSLATE_NOOP("Help", "Correct the sheet and read it again, or import the good "
                                      "rows only."),
        ),
        QT_TRANSLATE_NOOP("Help", "Nothing is written while rows are refused, unless you choose "
                                  "to import the good rows only."),
    ),
    "audit": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "Who did what, and when: every document posted and every "
                                  "change."),
        (
            QT_TRANSLATE_NOOP("Help", "Filter by person, dates or kind of document."),
            QT_TRANSLATE_NOOP("Help", "Read the list, newest first."),
            QT_TRANSLATE_NOOP("Help", "Use it to find who received, moved or gave out "
                                      "something."),
        ),
        QT_TRANSLATE_NOOP("Help", "Only coordinators and admins have this screen. Nothing in it "
                                  "can be edited: a mistake is put right by a new document, "
                                  "never by changing the past."),
    ),
    "admin": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "The hangar's organisations, people, places and catalogue of "
                                  "items."),
        (
            QT_TRANSLATE_NOOP("Help", "People: to add a volunteer, type the name, choose the "
                                      "organisation and press Enter. Other roles need a PIN."),
            QT_TRANSLATE_NOOP("Help", "Reset a PIN, or deactivate someone who has left."),
            QT_TRANSLATE_NOOP("Help", "Locations: add a zone, an aisle or a shelf, and print the "
                                      "labels of a whole zone at once."),
            QT_TRANSLATE_NOOP("Help", "Catalogue: add items, and link a product barcode with its "
                                      "pack quantity by scanning it on that page."),
        ),
        QT_TRANSLATE_NOOP("Help", "Only admins add organisations; coordinators look after "
                                  "people, places and items. A refused action says why."),
    ),
    "settings": ScreenHelp(
        QT_TRANSLATE_NOOP("Help", "How this computer works with Hangar: the database, the label "
                                  "printer, the language and the scanner."),
        (
            QT_TRANSLATE_NOOP("Help", "Database: a file on this computer, or the hangar's server "
                                      "(PostgreSQL). Tap Test connection before you save."),
            QT_TRANSLATE_NOOP("Help", "Choose the label printer and the label size."),
            QT_TRANSLATE_NOOP("Help", "Language: English or Français, applied at once."),
            QT_TRANSLATE_NOOP("Help", "Scanner: scan into the test field. If a scan arrives as "
                                      "typing, raise the longest pause between keys."),
        ),
        QT_TRANSLATE_NOOP("Help", "Test connection failed: check the server's name, the database "
                                  "and the password with whoever set up the server."),
    ),
}

SIGN_IN_TITLE = QT_TRANSLATE_NOOP("Help", "Signing in")
FIRST_RUN_TITLE = QT_TRANSLATE_NOOP("Help", "Starting Hangar")
HEADINGS = (
    QT_TRANSLATE_NOOP("Help", "What it is for"),
    QT_TRANSLATE_NOOP("Help", "Step by step"),
    QT_TRANSLATE_NOOP("Help", "When it says no"),
)


def _tr(source: str) -> str:
    return QCoreApplication.translate("Help", source)


def help_html(key: str) -> str:
    """The help of screen `key` (or SIGN_IN, FIRST_RUN) as rich text, in the current language."""
    entry = HELP[key]
    purpose, steps, refused = (_tr(h) for h in HEADINGS)
    items = "".join(f"<li>{html.escape(_tr(step))}</li>" for step in entry.steps)
    return (f"<h3>{html.escape(purpose)}</h3><p>{html.escape(_tr(entry.purpose))}</p>"
            f"<h3>{html.escape(steps)}</h3><ol>{items}</ol>"
            f"<h3>{html.escape(refused)}</h3><p>{html.escape(_tr(entry.refused))}</p>")


def help_title(key: str) -> str:
    """The screen's name as the navigation shows it, in the current language."""
    if key == SIGN_IN:
        return _tr(SIGN_IN_TITLE)
    if key == FIRST_RUN:
        return _tr(FIRST_RUN_TITLE)
    return next(spec.title_text() for spec in nav.SCREENS if spec.key == key)
