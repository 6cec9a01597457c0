"""The core speaks German when German is installed: an alert, a refusal and a chart's sentence.

The translation is the compiled .qm of resources/i18n, read by Qt's QTranslator as the
command line does (journal/cli/language.py); the core itself never imports Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from german_support import core_german

from journal.core.alerts.model import rule_title
from journal.core.alerts.rules import pain_inflammation_ulceration
from journal.core.alerts.settings import Thresholds
from journal.core.charts.words import lab_summary, site_summary
from journal.core.domain.model import Entry, LabResult, Site
from journal.core.errors import ValidationError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def german(tmp_path: Path) -> Iterator[None]:
    with core_german(tmp_path, decimal_comma=True):
        yield


SITE = Site.new(name="Linker Unterarm", kind="deposit", region="forearm", id=1)


def test_an_alert_says_what_was_seen_in_german(german: None) -> None:
    entries = [Entry.new(site_id=1, date="2026-03-02", pain=7, ulcerated=True, id=1)]
    (finding,) = pain_inflammation_ulceration(SITE, entries, Thresholds())
    assert finding.message == (
        "Am 2026-03-02 wurde für Linker Unterarm festgehalten: Schmerz mit 7 von 10 bewertet und "
        "eine offene Stelle in der Haut (aufgebrochen). Dies ist ein Warnzeichen, das zeitnah ärztliche "
        "Aufmerksamkeit braucht: Lassen Sie dies bitte ärztlich abklären."
    )
    assert rule_title(finding.rule) == "Schmerz, Entzündung oder eine offene Stelle"


def test_a_refused_value_is_explained_in_german(german: None) -> None:
    with pytest.raises(ValidationError) as refused:
        Entry.new(site_id=1, date="2026-02-30", pain=3)
    assert refused.value.reason == "'2026-02-30' ist kein gültiges Datum (bitte JJJJ-MM-TT)"
    with pytest.raises(ValidationError) as refused:
        Entry.new(site_id=1, date="2026-02-03", pain=12)
    assert refused.value.reason == "12 liegt außerhalb des Bereichs (0 bis 10)"


def test_a_chart_sentence_reads_in_german_with_german_decimals(german: None) -> None:
    entries = [
        Entry.new(site_id=1, date="2026-01-03", size_mm=4.1, pain=3, id=1),
        Entry.new(site_id=1, date="2026-11-30", size_mm=5.5, pain=1, id=2),
    ]
    assert site_summary(SITE, entries) == (
        "Linker Unterarm: größter Durchmesser von 4,1 mm am 2026-01-03 auf 5,5 mm am 2026-11-30; "
        "Schmerz von 3 auf 1."
    )
    labs = [
        LabResult.new(date=dt.date(2026, 1, 3), test="calcium", value=2.7, unit="mmol/L", low=2.1, high=2.6)
    ]
    assert "ein Ergebnis, 2,7 am 2026-01-03; eines außerhalb des Laborbereichs." in lab_summary(
        labs, "calcium"
    )


def test_english_comes_back_when_the_translation_is_removed() -> None:
    entries = [Entry.new(site_id=1, date="2026-03-02", pain=7, id=1)]
    (finding,) = pain_inflammation_ulceration(SITE, entries, Thresholds())
    assert finding.message.startswith("On 2026-03-02, Linker Unterarm was logged with pain rated 7 of 10.")


def test_the_core_labels_read_in_german(german: None) -> None:
    from journal.core.charts.overview import last_check_words
    from journal.core.domain import lab_tests
    from journal.core.domain.hand import FingerPalm, how_to_text
    from journal.core.domain.phases import phase_label, phase_name
    from journal.core.domain.preferences import BY_KEY, shown_help, shown_label, shown_section
    from journal.core.measure.uncertainty import size_method_label

    assert phase_label("broke_open") == "aufgebrochen"
    assert phase_label("healing") == "heilt ab"
    assert lab_tests.label("ionised_calcium") == "Ionisiertes Calcium"
    assert lab_tests.label("Magnesium") == "Magnesium"  # a name of the person's own stays as given
    assert lab_tests.test_name("test", "Kreatinin") == "creatinine"  # the German name is understood
    growth = BY_KEY["alerts.growth_percent"]
    assert shown_label(growth) == "Schnelles Wachstum: mindestens so viel Prozent größer"
    assert shown_help(growth).endswith("werden allein nach diesen Grenzen beurteilt.")
    assert shown_label(BY_KEY["backup.keep_last"]) == "Automatische Sicherung: so viele behalten"
    assert shown_section(growth.section) == "Warnzeichen"
    assert growth.label == "Rapid growth: at least this many percent larger"  # the data stays English
    assert size_method_label("calliper") == "Schieblehre"
    assert last_check_words(dt.date(2026, 3, 1), dt.date(2026, 3, 10)) == "vor 9 Tagen geprüft"
    reading = FingerPalm.new(date="2026-03-01", hand="left", finger="index", distance_mm=12)
    assert reading.words == "Zeigefinger links"
    assert how_to_text().startswith("Beugen Sie die Finger") and "(Torok et al." in how_to_text()
    with pytest.raises(ValidationError) as refused:
        phase_name("vanished")
    assert refused.value.reason.startswith(
        "'vanished' ist keine Phase; nennen Sie eine von: active, broke open"
    )


def test_the_core_labels_stay_english_without_a_translation() -> None:
    from journal.core.domain import lab_tests
    from journal.core.domain.phases import phase_label
    from journal.core.domain.preferences import BY_KEY, shown_help, shown_label

    growth = BY_KEY["alerts.growth_percent"]
    assert phase_label("broke_open") == "broke open"
    assert lab_tests.label("ionised_calcium") == "Ionised calcium"
    assert shown_label(growth) == growth.label
    assert shown_help(growth) == growth.help


def test_a_charts_axes_name_the_months_and_write_decimals_in_german(german: None) -> None:
    import datetime as dt

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from journal.core.charts.figures import site_figure
    from journal.core.domain.model import Entry, Site

    site = Site.new(name="Linker Ellbogen", kind="deposit", region="elbow")
    days = [dt.date(2025, 9, 1) + dt.timedelta(days=14 * i) for i in range(8)]  # September to December
    entries = [Entry.new(site_id=1, date=d, size_mm=round(1.0 + i / 10, 1)) for i, d in enumerate(days)]
    figure = site_figure(site, entries)
    FigureCanvasAgg(figure).draw()
    labels = {tick.get_text() for axes in figure.axes for tick in axes.get_xticklabels()}
    assert "Okt" in labels or "Dez" in labels, labels
    assert not labels & {"Oct", "Dec"}
    # and the value axis writes its decimals with a comma, as every other number shown
    values = [tick.get_text() for tick in figure.axes[0].get_yticklabels()]
    assert any("," in v for v in values) and not any("." in v for v in values), values
