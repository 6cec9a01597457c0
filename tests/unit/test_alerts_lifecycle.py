"""Alerts as kept in the journal: stable ids, acknowledgement, re-raising, edits, filters, settings."""

from __future__ import annotations

import dataclasses
import re
import shutil
import sqlite3

import pytest
import sqlite_utils
from alerts_support import add_site, alerts_of, check, day, lab, log

from journal.core.alerts import (
    ADVICE,
    RULE_IDS,
    RULE_TITLES,
    SPECS,
    acknowledge,
    current_alerts,
    save_threshold,
)
from journal.core.domain.choices import DIAGNOSED_TYPES
from journal.core.errors import NotFound, ValidationError
from journal.core.journal import DB_NAME, Journal
from journal.core.store import migrate


def _growth(store, site, start=0):
    log(store, site, start, size_mm=3.0)
    return log(store, site, start + 14, size_mm=4.0)


def test_ids_survive_recomputation_and_new_data(journal):
    site = add_site(journal.store)
    _growth(journal.store, site)
    (first,) = current_alerts(journal.store)
    check(journal.store, 1, urination_changes=True)
    log(journal.store, site, 60, size_mm=4.1)
    again = {a.rule: a.id for a in current_alerts(journal.store)}
    assert again["rapid_growth"] == first.id and len(again) == 2
    journal.close()
    with Journal.open(journal.folder) as reopened:
        assert {a.rule: a.id for a in current_alerts(reopened.store)} == again


def test_acknowledge_with_a_note_and_the_history_stays(journal):
    site = add_site(journal.store)
    _growth(journal.store, site)
    (alert,) = current_alerts(journal.store)
    done = acknowledge(journal.store, alert.id, "shown to Dr Meyer on 2025-04-02")
    assert done.status == "acknowledged" and done.ack_note == "shown to Dr Meyer on 2025-04-02"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", done.acknowledged_at or "")
    assert current_alerts(journal.store) == []
    assert current_alerts(journal.store, include_acknowledged=True) == [done]
    # Acknowledging again adds to the history: the first time stays, the latest note is the one shown.
    assert acknowledge(journal.store, alert.id).ack_note == done.ack_note
    later = acknowledge(journal.store, alert.id, "and to Dr Roth")
    assert later.ack_note == "and to Dr Roth" and later.acknowledged_at == done.acknowledged_at


def test_every_acknowledgement_is_kept_with_its_time_and_note(journal):
    site = add_site(journal.store)
    _growth(journal.store, site)
    (alert,) = current_alerts(journal.store)
    acknowledge(journal.store, alert.id, "shown to Dr Meyer on 2025-04-02")
    acknowledge(journal.store, alert.id)
    acknowledge(journal.store, alert.id, "and to Dr Roth on 2025-05-10")
    (kept,) = current_alerts(journal.store, include_acknowledged=True)
    assert [ack.note for ack in kept.acknowledgements] == [  # latest first
        "and to Dr Roth on 2025-05-10",
        None,
        "shown to Dr Meyer on 2025-04-02",
    ]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", ack.at) for ack in kept.acknowledgements)
    assert kept.to_plain()["acknowledgements"] == [ack.to_plain() for ack in kept.acknowledgements]


def test_a_worse_sign_after_acknowledgement_is_a_new_alert(journal):
    site = add_site(journal.store)
    _growth(journal.store, site)
    log(journal.store, site, 14, ulcerated=True)
    growth, sore = sorted(current_alerts(journal.store), key=lambda a: a.rule != "rapid_growth")
    acknowledge(journal.store, growth.id, "seen")
    acknowledge(journal.store, sore.id)
    log(journal.store, site, 21, size_mm=4.4)  # growth goes on but is not a further step yet
    log(journal.store, site, 21, ulcerated=True)  # the same ulceration, still open
    assert current_alerts(journal.store) == []
    log(journal.store, site, 28, size_mm=5.2)  # a further growth step
    log(journal.store, site, 35, size_mm=5.2)  # closed (logged without ulcerated) ...
    log(journal.store, site, 42, ulcerated=True)  # ... and broke open again
    new = current_alerts(journal.store)
    assert [(a.rule, a.date, a.status) for a in new] == [
        ("rapid_growth", day(28), "open"),
        ("pain_inflammation_ulceration", day(42), "open"),
    ]
    assert {a.id for a in new}.isdisjoint({growth.id, sore.id})
    history = current_alerts(journal.store, include_acknowledged=True)
    assert [a.status for a in history] == ["open", "open", "acknowledged", "acknowledged"]  # open first


def test_editing_the_evidence_away_removes_an_open_alert(journal):
    site = add_site(journal.store)
    grown = _growth(journal.store, site)
    (alert,) = current_alerts(journal.store)
    journal.store.update_entry(dataclasses.replace(grown, size_mm=4.2))  # still growth: same alert, new words
    (edited,) = current_alerts(journal.store)
    assert edited.id == alert.id and "4.2 mm" in edited.message and edited.evidence[-1].value == 4.2
    journal.store.update_entry(dataclasses.replace(grown, size_mm=3.5))
    assert current_alerts(journal.store, include_acknowledged=True) == []
    assert journal.store.stored_alerts() == []  # an open alert leaves nothing behind


def test_an_acknowledged_alert_whose_entry_is_deleted_comes_back_with_undo(journal):
    site = add_site(journal.store)
    grown = _growth(journal.store, site)
    (alert,) = current_alerts(journal.store)
    acknowledge(journal.store, alert.id, "shown to Dr Meyer")
    removed, photos = journal.store.delete_entry(grown.id)
    assert current_alerts(journal.store, include_acknowledged=True) == []
    with pytest.raises(NotFound):
        acknowledge(journal.store, alert.id)
    journal.store.restore_entry(removed, photos)
    (back,) = current_alerts(journal.store, include_acknowledged=True)
    assert (back.id, back.status, back.ack_note) == (alert.id, "acknowledged", "shown to Dr Meyer")


def test_acknowledging_refuses_an_unknown_id_or_a_bad_note_and_changes_nothing(journal):
    site = add_site(journal.store)
    _growth(journal.store, site)
    (alert,) = current_alerts(journal.store)
    with pytest.raises(NotFound, match="no alert with id 999"):
        acknowledge(journal.store, 999)
    with pytest.raises(ValidationError, match="note"):
        acknowledge(journal.store, alert.id, "bad\x00note")
    with pytest.raises(ValidationError, match="note"):
        acknowledge(journal.store, alert.id, "x" * 5000)
    assert current_alerts(journal.store) == [alert]


def test_filters_by_period_and_site_keep_the_period_alerts(journal):
    left, right = add_site(journal.store), add_site(journal.store, "Right elbow", region="elbow")
    _growth(journal.store, left)  # raised on day 14
    log(journal.store, right, 100, inflamed=True)
    check(journal.store, 50, urination_changes=True)
    assert [a.date for a in current_alerts(journal.store, until=day(60))] == [day(14), day(50)]
    assert [a.date for a in current_alerts(journal.store, since=day(14), until=day(14))] == [day(14)]
    assert [a.site for a in current_alerts(journal.store, site_id=right.id)] == ["Right elbow"]
    # An old period's alerts do not change when later data arrives.
    log(journal.store, left, 200, size_mm=9.0)
    assert [a.date for a in current_alerts(journal.store, until=day(60))] == [day(14), day(50)]


def test_deleting_a_site_deletes_its_alerts(journal):
    site = add_site(journal.store)
    _growth(journal.store, site)
    lab(journal.store, 3, value=3.0, high=2.6)
    journal.store.delete_site(site.id)
    assert [a.rule for a in current_alerts(journal.store)] == ["lab_out_of_range"]


def test_messages_quote_and_advise_but_never_diagnose_or_treat(journal):
    site = add_site(
        journal.store, "Right elbow", region="elbow", near_joint=True, diagnosed_type="dystrophic"
    )
    log(journal.store, site, 0, size_mm=3.0, count=2, tightness=1)
    log(
        journal.store,
        site,
        5,
        size_mm=4.5,
        count=5,
        tightness=6,
        pain=7,
        inflamed=True,
        ulcerated=True,
        discharge=True,
        restricted_movement=True,
    )
    for n in range(5):
        check(journal.store, n, fatigue=True, urination_changes=True)
    lab(journal.store, 2, value=3.0, low=2.1, high=2.6)
    alerts = current_alerts(journal.store)
    assert {a.rule for a in alerts} == set(RULE_IDS)
    forbidden = re.compile(
        r"calcinosis|scleroderma|morphea|cancer|diagnos|treat|cream|ointment|dose|"
        + "|".join(DIAGNOSED_TYPES),
        re.I,
    )
    for alert in alerts:
        assert not forbidden.search(alert.message), alert.message
        assert alert.message.endswith("please have it assessed by a doctor.")
        assert RULE_TITLES[alert.rule] and alert.evidence


# -- thresholds in settings ------------------------------------------------------------------------------------
def test_thresholds_come_from_the_settings(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, pain=5)
    assert alerts_of(journal.store, "pain_inflammation_ulceration")
    save_threshold(journal.store, "alerts.pain_threshold", 6)
    assert alerts_of(journal.store, "pain_inflammation_ulceration") == []
    save_threshold(journal.store, "alerts.pain_threshold", "5")
    assert alerts_of(journal.store, "pain_inflammation_ulceration")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("alerts.pain_threshold", 0),
        ("alerts.pain_threshold", 4.5),
        ("alerts.growth_percent", "lots"),
        ("alerts.growth_mm", True),
        ("alerts.symptom_days", 20),
        ("alerts.no_such", 3),
    ],
)
def test_a_bad_threshold_is_refused_and_nothing_is_stored(journal, key, value):
    with pytest.raises(ValidationError) as caught:
        save_threshold(journal.store, key, value)
    assert caught.value.field == key
    assert journal.store.setting(key) is None


def test_a_damaged_stored_threshold_falls_back_to_the_documented_default(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, pain=4)
    journal.store.set_setting("alerts.pain_threshold", "four")  # written by hand or an old version
    journal.store.set_setting("alerts.growth_window_days", -3)
    assert alerts_of(journal.store, "pain_inflammation_ulceration")  # 4 is the default: still raised
    journal.store.set_setting("alerts.symptom_days", 10)  # more days than the window holds
    journal.store.set_setting("alerts.symptom_window_days", 7)
    for n in (0, 3, 6, 9, 13):
        check(journal.store, n, fatigue=True)
    assert [a.date for a in alerts_of(journal.store, "systemic_symptoms")] == [day(13)]  # 5 of 14 again


def test_every_threshold_explains_its_margin():
    keys = {spec.key: spec for spec in SPECS}
    assert {k: keys[k].default for k in keys} == {
        "alerts.growth_percent": 30,
        "alerts.growth_mm": 1.0,
        "alerts.growth_window_days": 42,
        "alerts.count_factor": 2.0,
        "alerts.count_min": 2,
        "alerts.pain_threshold": 4,
        "alerts.rating_step": 2,
        "alerts.symptom_days": 5,
        "alerts.symptom_window_days": 14,
        "alerts.tightness_points": 3,
        "alerts.tightness_window_days": 7,
    }
    assert "tens of percent" in keys["alerts.growth_percent"].help
    assert "6 weeks" in keys["alerts.growth_window_days"].help
    assert "once a month" in keys["alerts.growth_window_days"].help
    assert "about 2 points" in keys["alerts.tightness_points"].help
    assert "slow course" in keys["alerts.tightness_points"].help
    assert all(spec.help.endswith(".") and spec.label for spec in SPECS)


def test_advice_is_the_documents_words():
    assert ADVICE == (
        "This is a warning sign that calls for prompt medical attention: please have it assessed by a doctor."
    )


# -- the schema --------------------------------------------------------------------------------------------------
def test_a_journal_saved_before_alerts_existed_is_upgraded_and_raises_them(tmp_path):
    old_migrations = tmp_path / "old-migrations"
    old_migrations.mkdir()
    shutil.copy(migrate.migrations_dir() / "0001_initial.sql", old_migrations)
    folder = tmp_path / "journal"
    folder.mkdir()
    db = sqlite_utils.Database(folder / DB_NAME)
    migrate.upgrade(db, folder / "backups", old_migrations)
    db.execute("INSERT INTO sites (name, kind, region) VALUES ('Left forearm', 'deposit', 'forearm')")
    db.execute(
        "INSERT INTO entries (site_id, date, size_mm) VALUES (1, '2025-01-01', 3.0), (1, '2025-01-20', 4.5)"
    )
    db.conn.commit()
    db.close()
    with Journal.open(folder) as journal:
        (alert,) = current_alerts(journal.store)
        assert alert.rule == "rapid_growth" and alert.date.isoformat() == "2025-01-20"
    assert list((folder / "backups").glob("before-0002_alerts-*.sqlite3"))
    with sqlite3.connect(folder / DB_NAME) as conn:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO alerts (fingerprint, rule, date, status, message) "
                "VALUES ('x', 'rapid_growth', '2025-01-01', 'dismissed', 'm')"
            )
    conn.close()


# -- recomputation only when something changed ------------------------------------------------------------------
def test_a_change_by_another_connection_is_seen(journal):
    site = add_site(journal.store)
    log(journal.store, site, 0, size_mm=3.0)
    assert current_alerts(journal.store) == []
    with sqlite3.connect(journal.db_path) as other:  # e.g. the command line while the window is open
        other.execute(
            "INSERT INTO entries (site_id, date, size_mm) VALUES (?, ?, 4.5)", [site.id, day(10).isoformat()]
        )
    other.close()
    assert [a.rule for a in current_alerts(journal.store)] == ["rapid_growth"]


def test_a_refused_acknowledgement_leaves_no_stale_alerts_behind(journal):
    site = add_site(journal.store)
    _growth(journal.store, site)  # not yet synced: the refused call below syncs, then rolls back
    with pytest.raises(NotFound):
        acknowledge(journal.store, 12345)
    (alert,) = current_alerts(journal.store)
    assert [row.id for row in journal.store.stored_alerts()] == [alert.id]
    assert acknowledge(journal.store, alert.id).status == "acknowledged"


def test_alerts_inside_an_open_transaction_follow_its_changes(journal):
    site = add_site(journal.store)
    with journal.store.transaction():
        _growth(journal.store, site)
        assert [a.rule for a in current_alerts(journal.store)] == ["rapid_growth"]
        journal.store.set_setting("alerts.growth_mm", 2.0)
        assert current_alerts(journal.store) == []
