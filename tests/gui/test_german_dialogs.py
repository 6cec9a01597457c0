"""With German chosen in the window's settings, the dialogs speak German: their titles, labels and
buttons come from resources/i18n/de/window_dialogs.ts (built into a .qm for the test), Qt's own
standard buttons from Qt's translation, and numbers are written the German way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from german_support import window_german
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from journal.core.domain.model import Site

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def german(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with window_german(qapp, tmp_path / "i18n", monkeypatch):
        yield


def _label_texts(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


def test_the_entry_editor_is_german(german, qtbot, session, journal) -> None:  # noqa: ARG001
    from journal.gui.dialogs.entry_editor import EntryEditor

    site = journal.store.add_site(Site.new(name="Linker Ellbogen", kind="deposit", region="elbow"))
    editor = EntryEditor(session, site.id)
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "Neuer Eintrag"
    assert editor.form.values_box.title() == "Wie es ist"
    assert editor.form.signs_box.title() == "Warnzeichen"
    assert {"&Körperstelle:", "&Datum:", "&Größe:", "Auf&gebrochen:"} <= _label_texts(editor)
    assert editor.same_button.text() == "Wie b&eim letzten Mal"
    assert editor.note.placeholderText() == "Was sonst noch wichtig ist (freiwillig)"
    # Qt's own standard buttons come from Qt's German translation.
    assert editor.save_button.text().replace("&", "") == "Speichern"


def test_preferences_are_german(german, qtbot, session) -> None:  # noqa: ARG001
    from journal.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Sicherungen" in tabs and "Privatsphäre" in tabs
    assert dialog.backups.enabled.text() == "&Automatische Sicherungen anlegen"
    assert dialog.privacy.minutes.specialValueText() == "Aus"
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Abbrechen"


def test_the_welcome_is_german(german, qtbot, tmp_path: Path) -> None:  # noqa: ARG001
    from journal.gui.dialogs.welcome import WelcomeDialog

    dialog = WelcomeDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Willkommen bei Skin Journal"
    assert dialog.demo_button.text() == "&Demo-Tagebuch öffnen"
    assert dialog.empty_button.text() == "Ein &leeres Tagebuch beginnen"
    assert any("Es ist ein Tagebuch, keine Diagnose." in text for text in _label_texts(dialog))


def test_a_plural_and_a_measurement_are_german(german) -> None:  # noqa: ARG001
    from journal.gui.dialogs.measure_panel import plus_minus
    from journal.gui.dialogs.report_dialog import ReportDialogWords

    assert (
        ReportDialogWords.tr("Sent %n pages to the printer.", "", 1) == "Eine Seite an den Drucker geschickt."
    )
    assert (
        ReportDialogWords.tr("Sent %n pages to the printer.", "", 3) == "3 Seiten an den Drucker geschickt."
    )
    assert plus_minus(5.5, 0.4) == "5,5 \u00b1 0,4 mm"


def test_the_summary_dialogs_german_letters_do_not_clash(german, qtbot, journal) -> None:  # noqa: ARG001
    """Each label of the summary dialog underlines a letter of its German word, none twice."""
    from PySide6.QtWidgets import QAbstractButton

    from journal.gui.dialogs.report_dialog import ReportDialog
    from journal.gui.mnemonics import taken_letters

    dialog = ReportDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert "&Fragen für den\nArzttermin" in labels and "P&apier" in labels
    texts = labels + [button.text() for button in dialog.findChildren(QAbstractButton)]
    letters = [letter for text in texts for letter in taken_letters([text])]
    assert len(labels) == 5 and len(letters) >= 8
    assert len(letters) == len(set(letters)), letters
