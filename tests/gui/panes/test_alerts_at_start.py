"""The window opens before its alerts are found: they are computed in a worker on its own
read connection and fill in the banner, the site badges and the alerts pane when they arrive,
and a change made meanwhile is never lost."""

from __future__ import annotations

import threading

from pane_helpers import add_entry, add_site
from PySide6.QtCore import QRunnable

from journal.core.alerts import current_alerts
from journal.gui.main_window import MainWindow
from journal.gui.models.alerts_model import AlertColumn
from journal.gui.models.site_list_model import SiteRole


def _badge(window: MainWindow, site_id: int) -> int:
    model = window.sites.model
    count: int = model.index(model.row_of(site_id)).data(SiteRole.ALERTS)
    return count


class _Gate(QRunnable):
    """Holds the feed's one worker thread until the test opens it."""

    def __init__(self) -> None:
        super().__init__()
        self.open = threading.Event()

    def run(self) -> None:
        self.open.wait(10)


def test_the_window_shows_first_and_the_alerts_fill_in_when_found(qtbot, session, settings):
    site = add_site(session, "Left elbow", "elbow")
    add_entry(session, site, "2026-02-01", size_mm=4.0)
    add_entry(session, site, "2026-02-08", size_mm=4.1, ulcerated=True)

    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    # Built, and nothing computed yet: no banner, no badge, and the alerts pane says it is looking.
    assert session.alerts_pending
    assert window.banner.isHidden()
    assert _badge(window, site.id) == 0
    pane = window.show_tab("alerts")
    assert pane.model.rowCount() == 0
    assert "Looking for warning signs" in pane.heading.text()
    assert not pane.ack_button.isEnabled()

    window.show()
    with qtbot.waitSignal(session.alerts_changed, timeout=10000):
        pass
    assert not session.alerts_pending
    assert window.alerts_feed.runs == 1
    assert window.banner.isVisible()
    assert window.banner.label.text() == "1 warning sign needs a professional look"
    assert _badge(window, site.id) == 1
    assert pane.model.rowCount() == 1
    assert "open sore" in pane.heading.text()
    assert pane.ack_button.isEnabled()
    # The GUI's own connection synced the alerts table: the core answers the same from it.
    [alert] = current_alerts(session.store)
    assert (alert.site_id, alert.date.isoformat(), alert.status) == (site.id, "2026-02-08", "open")


def test_an_entry_logged_while_the_first_alerts_are_found_is_not_missed(qtbot, session, settings):
    elbow = add_site(session, "Left elbow", "elbow")
    knee = add_site(session, "Right knee", "knee")
    add_entry(session, elbow, "2026-02-08", size_mm=4.1, ulcerated=True)
    add_entry(session, knee, "2026-02-01", size_mm=3.0)

    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    gate = _Gate()
    window.alerts_feed.pool.start(gate)  # the feed's worker waits behind it
    window.show()
    qtbot.waitUntil(lambda: window.alerts_feed.runs == 1)
    gate.open.set()
    window.alerts_feed.wait()  # the worker has read the journal as it was; its answer is on its way

    # The person logs a broken-open knee before that answer reaches the window.
    add_entry(session, knee, "2026-02-09", size_mm=3.1, ulcerated=True)

    qtbot.waitUntil(lambda: not session.alerts_pending, timeout=10000)
    assert window.alerts_feed.runs == 2  # the first answer was stale: found again on the new data
    assert window.banner.label.text() == "2 warning signs need a professional look"
    assert (_badge(window, elbow.id), _badge(window, knee.id)) == (1, 1)
    pane = window.show_tab("alerts")
    assert sorted(pane.model.index(row, AlertColumn.SITE).data() for row in range(pane.model.rowCount())) == [
        "Left elbow",
        "Right knee",
    ]
    # And the alerts table agrees, read back through the core.
    assert sorted(a.site_id for a in current_alerts(session.store)) == sorted([elbow.id, knee.id])


def test_closing_the_window_waits_for_the_worker(qtbot, session, settings):
    site = add_site(session, "Left elbow", "elbow")
    add_entry(session, site, "2026-02-08", size_mm=4.1, ulcerated=True)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    gate = _Gate()
    window.alerts_feed.pool.start(gate)  # the alerts worker is queued behind it: not finished yet
    window.show()
    qtbot.waitUntil(lambda: window.alerts_feed.runs == 1)
    assert window.alerts_feed.pool.activeThreadCount() == 1
    # Released from another thread only while close() runs: a close that did not wait would
    # return with the gate still shut and the alerts worker still to read the journal's folder.
    threading.Timer(0.3, gate.open.set).start()
    window.close()  # the journal may be closed right after (quit, restore)
    assert gate.open.is_set()
    assert window.alerts_feed.pool.activeThreadCount() == 0  # the alerts worker ran and ended, too


def test_a_sign_logged_later_is_found_off_the_gui_thread_and_shown(qtbot, session, settings, monkeypatch):
    import journal.core.alerts as alerts_package
    from journal.core.alerts import service

    threads: list[str] = []
    real = service.findings

    def spy(store):  # records where the rules ran; the rules themselves are the real ones
        threads.append(threading.current_thread().name)
        return real(store)

    monkeypatch.setattr(alerts_package, "findings", spy)
    monkeypatch.setattr(service, "findings", spy)
    site = add_site(session, "Left elbow", "elbow")
    add_entry(session, site, "2026-02-01", size_mm=4.0)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not session.alerts_pending, timeout=10000)
    assert window.banner.isHidden() and _badge(window, site.id) == 0

    with qtbot.waitSignal(session.alerts_changed, timeout=10000):
        add_entry(session, site, "2026-02-08", size_mm=4.1, discharge=True)
    assert window.banner.label.text() == "1 warning sign needs a professional look"
    assert _badge(window, site.id) == 1
    assert window.alerts_feed.runs == 2
    assert threads and threading.main_thread().name not in threads  # never on the GUI thread
    # The alerts table the panes read agrees with a fresh computation by the core.
    assert [(a.site_id, a.date.isoformat()) for a in current_alerts(session.store)] == [
        (site.id, "2026-02-08")
    ]
