"""Journal > About you: the person types who the summary is for, and the printed summary says it."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from shots import shots_dir

from journal.core.domain.model import Entry, Site
from journal.core.domain.profile import MAX_ITEM, PROFILE_KEY, load_profile, update_profile
from journal.core.journal import Journal
from journal.gui.dialogs.profile_dialog import PRIVACY, ProfileDialog, open_profile_dialog
from journal.report import SummaryOptions, write_pdf


def _dialog(qtbot, session) -> ProfileDialog:
    dialog = ProfileDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type_lines(qtbot, edit, lines: list[str]) -> None:
    edit.setFocus()
    for n, line in enumerate(lines):
        if n:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)


def _save(qtbot, dialog: ProfileDialog) -> None:
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_typed_profile_is_saved_and_printed_on_the_summary_front_page(
    qtbot, session, journal: Journal, tmp_path: Path, save_shot
) -> None:
    site = journal.store.add_site(Site.new(name="Left forearm", kind="deposit", region="forearm"))
    journal.add_entry(
        Entry.new(site_id=site.id, date=dt.date.today() - dt.timedelta(days=10), size_mm=3.0), []
    )
    dialog = _dialog(qtbot, session)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert PRIVACY in texts and "stays on this computer" in PRIVACY
    # Each field has a label tied to it (Alt+letter, screen readers) and an accessible name.
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert buddies == {
        dialog.name: "&Name:",
        dialog.conditions: "Known &conditions:",
        dialog.medicines: "&Supplements and medicines:",
    }
    assert [e.accessibleName() for e in (dialog.name, dialog.conditions, dialog.medicines)] == [
        "Name",
        "Known conditions",
        "Supplements and medicines",
    ]

    qtbot.keyClicks(dialog.name, "Anna Example")
    _type_lines(qtbot, dialog.conditions, ["Limited scleroderma"])
    _type_lines(qtbot, dialog.medicines, ["Vitamin K2 100 mcg daily", "Magnesium 300 mg"])
    save_shot(dialog, "profile_dialog")
    _save(qtbot, dialog)

    assert dialog.result() == ProfileDialog.DialogCode.Accepted
    assert journal.store.setting(PROFILE_KEY) == {
        "name": "Anna Example",
        "conditions": ["Limited scleroderma"],
        "medicines": ["Vitamin K2 100 mcg daily", "Magnesium 300 mg"],
    }

    pdf = tmp_path / "summary.pdf"
    write_pdf(journal, pdf, SummaryOptions(page_size="A4"))
    front = " ".join(
        subprocess.run(
            ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Skin journal summary for Anna Example" in front
    assert "Known conditions Limited scleroderma" in front
    assert "Vitamin K2 100 mcg daily Magnesium 300 mg" in front
    subprocess.run(
        [
            "pdftoppm",
            "-f",
            "1",
            "-l",
            "1",
            "-r",
            "60",
            "-png",
            str(pdf),
            str(shots_dir() / "profile_summary"),
        ],
        check=True,
    )


def test_the_dialog_shows_what_was_saved_and_emptied_fields_clear_it(
    qtbot, session, journal: Journal
) -> None:
    update_profile(journal.store, name="Anna", conditions="Limited scleroderma", medicines="Zinc\nVitamin D")
    dialog = _dialog(qtbot, session)
    assert (dialog.name.text(), dialog.conditions.toPlainText(), dialog.medicines.toPlainText()) == (
        "Anna",
        "Limited scleroderma",
        "Zinc\nVitamin D",
    )
    dialog.name.clear()
    dialog.medicines.clear()
    _save(qtbot, dialog)
    profile = load_profile(journal.store)
    assert (profile.name, profile.conditions, profile.medicines) == (None, ("Limited scleroderma",), ())


def test_too_long_text_is_shown_under_its_field_and_nothing_is_saved(
    qtbot, session, journal: Journal, save_shot
) -> None:
    update_profile(journal.store, name="Anna", medicines="Zinc")
    before = journal.store.setting(PROFILE_KEY)
    dialog = _dialog(qtbot, session)
    dialog.name.setText("Bob")
    dialog.medicines.setPlainText("Zinc\n" + "X" * (MAX_ITEM + 1))
    _save(qtbot, dialog)
    assert dialog.isVisible()  # still open, so the person can shorten it
    [(field, message)] = dialog.visible_errors().items()
    assert field == "medicines" and message.startswith("Line 2 (") and message.endswith("Nothing was saved.")
    assert dialog.focusWidget() is dialog.medicines and dialog.medicines.accessibleDescription() == message
    assert journal.store.setting(PROFILE_KEY) == before
    save_shot(dialog, "profile_dialog_refused")
    dialog.medicines.setPlainText("Zinc 15 mg")
    _save(qtbot, dialog)
    assert dialog.visible_errors() == {} and load_profile(journal.store).name == "Bob"


def test_cancel_keeps_the_saved_profile(qtbot, session, journal: Journal, when_modal) -> None:
    update_profile(journal.store, name="Anna")

    def type_then_cancel(dialog) -> None:
        dialog.name.setText("Someone else")
        dialog.reject()

    when_modal(type_then_cancel)
    assert open_profile_dialog(None, session) is False
    assert load_profile(journal.store).name == "Anna"


def test_the_journal_menu_opens_it(qtbot, window, journal: Journal, when_modal) -> None:
    action = window.commands["about_you"]
    journal_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Journal")
    assert action in journal_menu.actions()
    assert action.text() == "About &you (for the summary)\u2026"

    def fill(dialog) -> None:
        assert isinstance(dialog, ProfileDialog)
        dialog.name.setText("Anna Example")
        _save(qtbot, dialog)

    when_modal(fill)
    action.trigger()
    assert load_profile(journal.store).name == "Anna Example"
    assert "first page of the next summary" in window.statusBar().currentMessage()
