"""The window's summary PDF and the Charts pane's PNG, saved from an encrypted journal, warn that
the file written is plain text and name it, as File's exports do; from a plain journal, no warning."""

from __future__ import annotations

from pathlib import Path

import pytest
from crypt_support import PASS, encrypted_journal, light_kdf
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journal.core.crypt import keys
from journal.core.domain.model import Entry, Site
from journal.core.journal import Journal
from journal.gui.session import JournalSession

PLAIN_COPY = "The journal is encrypted, but this export is not: "


@pytest.fixture(autouse=True)
def _light(monkeypatch: pytest.MonkeyPatch) -> None:
    light_kdf(monkeypatch)


@pytest.fixture(params=["encrypted", "plain"])
def kept(request, tmp_path: Path, samples: Path):
    """(journal, whether it is encrypted): one site with two sized entries, one with a photo."""
    folder = tmp_path / request.param
    if request.param == "encrypted":
        encrypted_journal(folder, samples)
        journal = Journal.open(folder, passphrase=PASS)
    else:
        journal = Journal.open(folder)
        site = journal.store.add_site(Site.new(name="Left elbow", kind="deposit", region="elbow"))
        journal.add_entry(
            Entry.new(site_id=site.id, date="2026-03-01", size_mm=3.0),
            [samples / "photos" / "forearm_2026-03-01.jpg"],
        )
    site_id = journal.store.sites()[0].id
    journal.store.add_entry(Entry.new(site_id=site_id, date="2026-04-01", size_mm=3.5))
    yield journal, request.param == "encrypted"
    journal.close()
    keys.forget(folder)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Every message box shown: (kind, title, text), answered at once."""
    shown: list[tuple[str, str, str]] = []

    def recorder(kind: str):
        def show(_parent, title, text, *_rest):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return shown


def test_the_summary_pdf_from_an_encrypted_journal_warns_it_is_plain_and_names_it(
    qtbot, kept, boxes, tmp_path, monkeypatch
) -> None:
    from journal.gui.dialogs.report_dialog import ReportDialog

    journal, encrypted = kept
    target = tmp_path / "out" / "for the visit.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    dialog = ReportDialog(journal)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=60_000)
    assert target.read_bytes()[:5] == b"%PDF-"
    if encrypted:
        assert [kind for kind, _title, _text in boxes] == ["warning"]
        _kind, title, text = boxes[0]
        assert title == "Save the summary as PDF"
        assert f"{PLAIN_COPY}the summary {target} can be read by anyone" in text
    else:
        assert boxes == []  # said in the dialog's status line only, as before


def test_the_chart_png_from_an_encrypted_journal_warns_it_is_plain_and_names_it(
    qtbot, kept, boxes, tmp_path
) -> None:
    from journal.gui.panes.charts_pane import ChartsPane

    journal, encrypted = kept
    pane = ChartsPane(JournalSession(journal))
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(lambda: pane.up_to_date, timeout=10_000)
    target = pane.save_png(tmp_path / "elbow.png")
    assert target is not None and target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Saved the chart" in pane.readout.text()
    if encrypted:
        assert [(kind, title) for kind, title, _text in boxes] == [("warning", "Save chart as PNG")]
        assert f"{PLAIN_COPY}the chart {target} can be read by anyone" in boxes[0][2]
    else:
        assert boxes == []
