"""CSV export: one file per record type that a spreadsheet opens without running anything."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from data_support import FORMULA_TEXTS, csv_cells, fill_journal
from hypothesis import given, settings
from hypothesis import strategies as st
from journal_helpers import run_cli

from journal.core.csv.export import export_csv
from journal.core.csv.format import COLUMNS, KINDS, is_formula, neutralise, restore
from journal.core.csv.importer import csv_sources, import_csv
from journal.core.domain.model import Entry, Site


@pytest.fixture
def filled(journal, samples):
    fill_journal(journal, samples)
    return journal


def _all_cells(folder: Path) -> list[tuple[str, int, str]]:
    cells = []
    for kind in KINDS:
        for number, row in enumerate(csv_cells(folder / f"{kind}.csv"), start=1):
            cells += [(kind, number, cell) for cell in row]
    return cells


def test_every_record_type_gets_a_file_with_its_field_names(filled, tmp_path):
    result = export_csv(filled, tmp_path / "out")
    for kind in KINDS:
        rows = csv_cells(tmp_path / "out" / f"{kind}.csv")
        assert tuple(rows[0]) == COLUMNS[kind]
        assert len(rows) - 1 == result.rows[kind]
    assert result.rows == {
        "sites": 3,
        "entries": 10,
        "photos": 5,
        "daily": 2,
        "labs": 2,
        "care": 2,
        "visits": 1,
        "site_phases": 0,
        "finger_palm": 0,
    }


def test_entries_name_their_site_and_photos_name_their_entry(filled, tmp_path):
    export_csv(filled, tmp_path)
    entries = csv_cells(tmp_path / "entries.csv")
    header = entries[0]
    first = dict(zip(header, entries[1], strict=True))
    assert first["entry"] == "1" and first["site"] == "Left temple" and first["date"] == "2026-03-01"
    assert first["size_mm"] == "2.5" and first["shiny"] == "yes" and first["pale"] == "no"
    assert first["inflamed"] == ""  # not checked stays empty, not "no"
    assert first["note"] == 'first look, "quoted", with a comma'
    photos = [
        dict(zip(COLUMNS["photos"], row, strict=True)) for row in csv_cells(tmp_path / "photos.csv")[1:]
    ]
    assert [(p["entry"], p["site"], p["date"]) for p in photos[:2]] == [
        ("1", "Left temple", "2026-03-01")
    ] * 2
    stored = {p.sha256: p for p in filled.store.photos()}
    assert {p["sha256"] for p in photos} == set(stored)
    assert {p["original_name"] for p in photos} >= {"Kopfhaut hinten ä ö 日本.jpg", "scalp_crown_phone.heic"}


def test_formula_injection_sample_exports_with_no_formula_cell(journal, samples, tmp_path):
    for name in ("Left temple", '=HYPERLINK("http://example.invalid","click")'):
        journal.store.add_site(Site.new(name=name, kind="deposit", region="face"))
    report = import_csv(journal, csv_sources(samples / "bad" / "formula_injection.csv"))
    assert report.written and report.counts == {"entries": 5}
    export_csv(journal, tmp_path)
    cells = _all_cells(tmp_path)
    assert [c for c in cells if is_formula(c[2])] == []
    notes = [row[-1] for row in csv_cells(tmp_path / "entries.csv")[1:]]
    assert notes == ["ok", "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(1+1)", "leading tab"]
    assert csv_cells(tmp_path / "entries.csv")[1][1] == '\'=HYPERLINK("http://example.invalid","click")'


def test_notes_names_and_findings_that_look_like_formulas_are_neutralised(filled, tmp_path):
    export_csv(filled, tmp_path)
    cells = _all_cells(tmp_path)
    assert [c for c in cells if is_formula(c[2])] == []
    texts = {c[2] for c in cells}
    assert {neutralise(t) for t in FORMULA_TEXTS} <= texts
    assert {"'=stable", "'@elbow", "'-tired", "'+ circles with oil"} <= texts


def test_numbers_stay_numbers_even_when_negative(filled, tmp_path):
    export_csv(filled, tmp_path)
    labs = [dict(zip(COLUMNS["labs"], row, strict=True)) for row in csv_cells(tmp_path / "labs.csv")[1:]]
    other = next(lab for lab in labs if lab["test"] == "other")
    assert (other["value"], other["low"], other["high"]) == ("-1.5", "-2.0", "2.0")
    raw = (tmp_path / "labs.csv").read_text(encoding="utf-8")
    assert ",-1.5," in raw and "'-1.5" not in raw


def test_bom_only_when_asked(filled, tmp_path):
    export_csv(filled, tmp_path / "plain")
    export_csv(filled, tmp_path / "bom", bom=True)
    for kind in KINDS:
        plain = (tmp_path / "plain" / f"{kind}.csv").read_bytes()
        with_bom = (tmp_path / "bom" / f"{kind}.csv").read_bytes()
        assert not plain.startswith(codecs.BOM_UTF8)
        assert with_bom == codecs.BOM_UTF8 + plain


def test_photo_files_are_not_in_csv_unless_copied_beside(filled, tmp_path):
    result = export_csv(filled, tmp_path / "bare")
    assert result.photos_copied == 0 and not (tmp_path / "bare" / "photos").exists()
    result = export_csv(filled, tmp_path / "with", photos=True)
    assert result.photos_copied == 5
    copied = sorted(p.name for p in (tmp_path / "with" / "photos").rglob("*.*"))
    assert copied == sorted(p.file_name for p in filled.store.photos())


def test_export_refuses_a_file_as_folder_and_leaves_no_temporary_files(filled, tmp_path):
    target = tmp_path / "a_file"
    target.write_text("keep me")
    with pytest.raises(Exception, match="is a file"):
        export_csv(filled, target)
    assert target.read_text() == "keep me"
    export_csv(filled, tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{k}.csv" for k in KINDS)


def test_cli_export_csv(filled, tmp_path):
    folder = filled.folder
    filled.close()
    result = run_cli(folder, "export", "csv", "--out", str(tmp_path / "out"), "--bom")
    assert result.returncode == 0, result.stderr
    assert "10 entries" in result.stdout and "not in CSV files" in result.stdout
    assert (tmp_path / "out" / "entries.csv").read_bytes().startswith(codecs.BOM_UTF8)


# -- the neutraliser ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, shown",
    [
        ("=1+2", "'=1+2"),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),
        ("plain", "plain"),
        ("'quoted", "'quoted"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise_follows_owasp_and_is_undone_on_import(text, shown):
    assert neutralise(text) == shown
    assert restore(shown) == text


@given(st.text(alphabet=st.sampled_from("'=+-@\t\rab1 "), max_size=8))
def test_neutralise_is_reversible_and_never_leaves_a_formula(text):
    assert restore(neutralise(text)) == text
    assert not is_formula(neutralise(text))


@settings(max_examples=30, deadline=None)  # each example is a real journal on disk
@given(
    st.lists(
        st.text(alphabet=st.sampled_from("'=+-@\tab1 é"), min_size=1, max_size=6), min_size=1, max_size=8
    )
)
def test_the_export_query_guards_exactly_like_the_python_rule(tmp_path_factory, notes):
    from journal.core.journal import Journal

    with Journal.open(tmp_path_factory.mktemp("j")) as journal:
        site = journal.store.add_site(Site.new(name="Left temple", kind="deposit", region="face"))
        kept = []
        for note in notes:
            entry, _ = journal.store.add_entry(
                Entry.new(site_id=site.id, date="2026-01-01", pain=1, note=note)
            )
            kept.append(entry.note)
        out = tmp_path_factory.mktemp("out")
        export_csv(journal, out)
    exported = [row[-1] for row in csv_cells(out / "entries.csv")[1:]]
    assert exported == [neutralise(n) if n is not None else "" for n in kept]


def test_the_fast_entries_writer_writes_exactly_what_csv_writer_would(filled, tmp_path):
    import csv
    import io

    export_csv(filled, tmp_path)
    raw = (tmp_path / "entries.csv").read_bytes()
    again = io.StringIO(newline="")
    csv.writer(again).writerows(csv_cells(tmp_path / "entries.csv"))
    assert raw == again.getvalue().encode("utf-8")
