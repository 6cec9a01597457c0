"""Labs: a test the journal does not know keeps its own name, named tests carry LOINC codes,
calcium and phosphate convert between mg/dL and mmol/L for charts, other units are never
drawn on one axis, and the note beside calcium and phosphate reaches the summary."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.core.charts.figures import lab_figure
from journal.core.charts.lab_units import lab_axes, rows_on_axis
from journal.core.domain import lab_tests
from journal.core.domain.model import LabResult
from journal.core.errors import ValidationError
from journal.core.operations import records as ops
from journal.core.summary.content import gather_summary
from journal.report.pictures import Pictures
from journal.report.sections.records import records_section
from tests.unit.journal_helpers import cli_json, run_cli


def _lab(day: str, test: str, value: float, unit: str, low: float | None = None, high: float | None = None):
    return LabResult.new(date=day, test=test, value=value, unit=unit, low=low, high=high)


def test_a_test_not_named_keeps_its_own_name_on_the_command_line(journal_dir):
    saved = run_cli(
        journal_dir,
        "lab",
        "--date",
        "2026-03-01",
        "--test",
        "Magnesium",
        "--value",
        "0.8",
        "--unit",
        "mmol/L",
    )
    assert saved.returncode == 0, saved.stderr
    rows = cli_json(journal_dir, "labs", "list")
    assert [(r["test"], r["value"], r["unit"]) for r in rows] == [("Magnesium", 0.8, "mmol/L")]


@pytest.mark.parametrize("name", ["-x", "=SUM(A1)", "x" * 81])
def test_a_name_that_is_no_test_is_refused_in_words_and_nothing_changes(journal_dir, name):
    before = run_cli(journal_dir, "labs", "list", "--json").stdout
    result = run_cli(
        journal_dir, "lab", "--date", "2026-03-01", "--test", name, "--value", "1", "--unit", "mg"
    )
    assert result.returncode == 2
    assert "test:" in result.stderr and "Traceback" not in result.stderr
    assert run_cli(journal_dir, "labs", "list", "--json").stdout == before


def test_named_tests_and_their_spellings():
    assert lab_tests.test_name("test", "Vitamin D") == "vitamin_d"
    assert lab_tests.test_name("test", "ionized calcium") == "ionised_calcium"
    assert lab_tests.test_name("test", "CK") == "creatine_kinase"
    assert lab_tests.test_name("test", "Albumin") == "albumin"
    assert lab_tests.test_name("test", "other") == "other"  # results saved before names
    with pytest.raises(ValidationError, match="a value is required"):
        lab_tests.test_name("test", "  ")


@pytest.mark.parametrize(
    ("test", "unit", "code"),
    [
        ("calcium", "mg/dL", "17861-6"),
        ("calcium", "mmol/L", "2000-8"),
        ("ionised_calcium", "mmol/L", "1995-0"),
        ("phosphate", "mg/dl", "2777-1"),
        ("phosphate", "mmol/L", "14879-1"),
        ("vitamin_d", "ng/mL", "62292-8"),
        ("pth", "pg/mL", "2731-8"),
        ("creatinine", "mg/dL", "2160-0"),
        ("creatinine", "µmol/L", "14682-9"),
        ("albumin", "g/dL", "1751-7"),
        ("creatine_kinase", "U/L", "2157-6"),
        ("Magnesium", "mmol/L", None),
    ],
)
def test_each_named_test_carries_its_loinc_code(test, unit, code):
    assert lab_tests.loinc(test, unit) == code


def test_calcium_and_phosphate_convert_and_nothing_else_does():
    assert lab_tests.convert("calcium", 10.0, "mg/dL", "mmol/L") == pytest.approx(2.495)
    assert lab_tests.convert("calcium", 2.495, "mmol/L", "mg/dL") == pytest.approx(10.0)
    assert lab_tests.convert("phosphate", 3.1, "mg/dL", "mmol/l") == pytest.approx(3.1 * 0.3229)
    with pytest.raises(ValueError, match="cannot be converted"):
        lab_tests.convert("creatinine", 1.0, "mg/dL", "umol/L")


def test_calcium_in_two_units_is_one_axis_in_the_latest_unit_with_the_printed_unit_kept():
    labs = [
        _lab("2026-01-01", "calcium", 9.6, "mg/dL", 8.6, 10.2),
        _lab("2026-02-01", "calcium", 2.40, "mmol/L", 2.15, 2.55),
    ]
    (axis,) = lab_axes(labs, "calcium")
    assert axis.unit == "mmol/L" and axis.converted_from == ("mg/dL",)
    assert "mg/dL converted" in axis.words
    rows = rows_on_axis(labs, axis)
    assert [round(r.value, 3) for r in rows] == [round(9.6 * 0.2495, 3), 2.40]
    assert rows[0].low == pytest.approx(8.6 * 0.2495)
    assert labs[0].unit == "mg/dL" and labs[0].value == 9.6  # the stored result is untouched
    figure = lab_figure(labs, "calcium")
    (line,) = [ln for ln in figure.axes[0].get_lines() if ln.get_gid() == "value"]
    assert [round(y, 3) for y in line.get_ydata()] == [round(9.6 * 0.2495, 3), 2.40]
    assert "mmol/L" in figure.axes[0].get_title()


def test_other_tests_in_two_units_are_two_charts_never_one_axis():
    labs = [
        _lab("2026-01-01", "creatinine", 0.9, "mg/dL"),
        _lab("2026-02-01", "creatinine", 80.0, "umol/L"),
        _lab("2026-03-01", "creatinine", 78.0, "µmol/L"),
    ]
    axes = lab_axes(labs, "creatinine")
    assert [a.key for a in axes] == ["umol/l", "mg/dl"]
    for axis, expected in zip(axes, ([80.0, 78.0], [0.9]), strict=True):
        figure = lab_figure(labs, "creatinine", unit=axis.key)
        (line,) = [ln for ln in figure.axes[0].get_lines() if ln.get_gid() == "value"]
        assert list(line.get_ydata()) == expected


def test_the_summary_says_normal_calcium_does_not_rule_deposits_out(journal):
    ops.add_lab(journal, _lab("2026-03-01", "calcium", 2.3, "mmol/L", 2.15, 2.55))
    ops.add_lab(journal, _lab("2026-03-02", "Magnesium", 0.8, "mmol/L"))
    summary = gather_summary(journal, since=dt.date(2026, 1, 1), until=dt.date(2026, 3, 31))
    html = records_section(summary, Pictures())
    assert "normal result does not rule them out" in html
    assert "Magnesium" in html


def test_no_note_without_calcium_or_phosphate(journal):
    ops.add_lab(journal, _lab("2026-03-02", "vitamin_d", 30, "ng/mL"))
    summary = gather_summary(journal, since=dt.date(2026, 1, 1), until=dt.date(2026, 3, 31))
    assert "rule them out" not in records_section(summary, Pictures())
