"""Charts of a site (size and count, tightness and pain) or of a lab test, over a chosen period.

matplotlib costs about half a second to import, so it is imported when the pane is first
shown, never when the window starts. The figures come from the core (`journal.core.charts.figures`),
the same code the doctor summary prints; this pane adds the period, the value under the
pointer, and saving as PNG. While hidden, a change only marks the chart out of date.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.core.charts import figures, words
from journal.core.charts.site_extras import hand_figure, site_chart_extras
from journal.core.language import Words
from journal.core.operations import Changes
from journal.gui.feeds.alerts_source import site_alert_dates
from journal.gui.session import JournalSession, touches
from journal.gui.widgets.chart_choice import HAND_VIEW, LABS_VIEW, SITE_VIEW, ChartChoice
from journal.gui.widgets.date_range import DateRangeControl

if TYPE_CHECKING:
    from matplotlib.figure import Figure


class ChartsPaneWords(Words):
    """The charts pane: its buttons, its hints and what it says when nothing can be charted."""


HINT = ChartsPaneWords.mark("Point at the chart to read a value.")


class ChartsPane(QWidget):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.figure: Figure | None = None  # the figure on screen
        self.canvas: QWidget | None = None
        self._dirty = True
        self._redraw_soon = QTimer(self, singleShot=True, interval=0)
        self._redraw_soon.timeout.connect(self.redraw)

        self.choice = ChartChoice(session, self)
        self.site_choice, self.test_choice = self.choice.site_choice, self.choice.test_choice
        self.range = DateRangeControl(self)
        self.save_button = QPushButton(ChartsPaneWords.tr("Save chart as PNG..."), self)
        self.save_button.setAccessibleName(ChartsPaneWords.tr("Save chart as PNG"))
        self.readout = QLabel(ChartsPaneWords.tr(HINT), self)
        self.readout.setAccessibleName(ChartsPaneWords.tr("Value under the pointer"))
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        # Words for what the picture shows: a sentence under it (and the canvas's description,
        # which a screen reader says), and the same values as a table on request.
        self.table_toggle = QCheckBox(ChartsPaneWords.tr("Show as &table"), self)
        self.table_toggle.setToolTip(
            ChartsPaneWords.tr("Show the charted values as a table instead of the chart")
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("chart-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(ChartsPaneWords.tr("What the chart shows"))
        self.table = QTableWidget(self)
        self.table.setAccessibleName(ChartsPaneWords.tr("The chart's values"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move in the table
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.hide()
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        # What to chart above, how to show it and for when below: one row of all of it needs
        # 1,180 px in German and would widen a 1024 px window.
        top = QHBoxLayout()
        top.addWidget(self.choice, 1)
        second = QHBoxLayout()
        second.addWidget(self.range)
        second.addStretch(1)
        second.addWidget(self.table_toggle)
        self.body = QVBoxLayout()
        self.body.addWidget(self.placeholder, 1)
        self.body.addWidget(self.table, 1)
        # Saving at the foot, beside the value under the pointer: with the period and "Show as
        # table" it made a row of 776 px in German, and pushed the sites list narrower at 1024 px.
        self.readout.setWordWrap(True)
        foot = QHBoxLayout()
        foot.addWidget(self.readout, 1)
        foot.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        QWidget.setTabOrder(self.table_toggle, self.save_button)  # Tab goes down the pane, as it is read
        layout = self._layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.summary)
        layout.addLayout(foot)

    def _connect(self) -> None:
        self.choice.view_changed.connect(lambda _view: self.redraw())
        self.choice.subject_changed.connect(self.schedule_redraw)
        self.range.range_changed.connect(lambda _since, _until: self.redraw())
        self.save_button.clicked.connect(lambda: self.save_png())
        self.table_toggle.toggled.connect(lambda _on: self._show_chosen_form())
        s = self.session
        s.changed.connect(self._changed)
        s.alerts_changed.connect(lambda: self.schedule_redraw() if self.view == SITE_VIEW else None)

    def _changed(self, changes: Changes) -> None:
        # a site's phases change the site; a visit may carry its ultrasound; hand readings
        def changes_other(c: Changes) -> bool:
            return "care" in c or "visits" in c or ("hand" in c and self.view == HAND_VIEW)

        site_id = self.site_id()
        if (site_id is not None and touches(changes, "entries", "sites", site_id=site_id)) or changes_other(
            changes
        ):
            self.schedule_redraw()

    # -- what is charted (see ChartChoice) ------------------------------------------------------
    @property
    def view(self) -> int:
        return self.choice.view

    def set_view(self, view: int) -> None:
        self.choice.set_view(view)

    def site_id(self) -> int | None:
        return self.choice.site_id()

    # -- drawing -------------------------------------------------------------------------------
    def schedule_redraw(self) -> None:
        """Several signals often arrive together (an entry, then its alerts): draw once."""
        self._dirty = True
        if self.isVisible():
            self._redraw_soon.start()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._dirty:
            return
        if "journal.gui.widgets.chart_canvas" in sys.modules:
            self.redraw()
        else:
            # The first time, loading matplotlib takes a second or two: let the pane appear
            # with a word of explanation first, then draw.
            self.placeholder.setText(ChartsPaneWords.tr("Drawing the chart..."))
            self.placeholder.show()
            self._redraw_soon.start()

    @property
    def up_to_date(self) -> bool:
        """False while a change (or the first showing) still waits to be drawn."""
        return not self._dirty

    def build_figure(self, on_screen: bool = True) -> Figure | None:
        """The figure for the current choices; None (with a reason shown) when there is nothing."""
        since, until = self.range.current()
        store = self.session.store
        width, height = (7.0, 4.2) if on_screen else (8.0, 5.0)  # on screen, the canvas sets the size
        if self.view == HAND_VIEW:
            readings = store.finger_palm()
            if not readings:
                self._nothing(
                    ChartsPaneWords.tr(
                        "No finger-to-palm readings yet: add them with Journal > Hand function."
                    )
                )
                return None
            self.range.set_extent(readings[0].date, readings[-1].date)
            return hand_figure(readings, width, height, since=since, until=until)
        if self.view == LABS_VIEW:
            test = self.choice.test()
            if test is None:
                self._nothing(
                    ChartsPaneWords.tr("No lab results yet: add them under Labs to chart them here.")
                )
                return None
            labs = store.labs(test=test)
            self.range.set_extent(labs[0].date, labs[-1].date)
            return figures.lab_figure(
                labs, test, width, height, since=since, until=until, unit=self.choice.unit()
            )
        site_id = self.site_id()
        if site_id is None:
            self._nothing(ChartsPaneWords.tr("Add a site to see its charts."))
            return None
        entries = store.entries(site_id)
        self.range.set_extent(entries[0].date if entries else None, entries[-1].date if entries else None)
        return figures.site_figure(
            store.site(site_id),
            entries,
            store.care_events(),
            site_alert_dates(self.session, site_id),
            since,
            until,
            width,
            height,
            photo_uncertainty={i: m.length_uncertainty_mm for i, m in store.latest_measurements().items()},
            extras=site_chart_extras(store, site_id),
        )

    def describe(self) -> tuple[str, words.ChartTable] | None:
        """The sentence and the table of what `build_figure` draws, from the same rows and period."""
        since, until = self.range.current()
        store = self.session.store
        if self.view == HAND_VIEW:
            readings = store.finger_palm()
            return (words.hand_summary(readings, since, until), words.hand_table(readings, since, until))
        if self.view == LABS_VIEW:
            test = self.choice.test()
            if test is None:
                return None
            labs, unit = store.labs(test=test), self.choice.unit()
            return (
                words.lab_summary(labs, test, unit, since, until),
                words.lab_table(labs, test, unit, since, until),
            )
        site_id = self.site_id()
        if site_id is None:
            return None
        entries = store.entries(site_id)
        return (
            words.site_summary(store.site(site_id), entries, since, until),
            words.site_table(entries, since, until),
        )

    def _fill_words(self) -> None:
        described = self.describe() if self.figure is not None else None
        summary, table = described if described is not None else ("", words.ChartTable((), ()))
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.table.clear()
        self.table.setColumnCount(len(table.headers))
        self.table.setRowCount(len(table.rows))
        self.table.setHorizontalHeaderLabels(list(table.headers))
        for row, values in enumerate(table.rows):
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.canvas is not None:
            self.canvas.setAccessibleDescription(
                f"{summary} " + ChartsPaneWords.tr("Left and right arrow keys read the values one by one.")
            )
        self._show_chosen_form()

    def _show_chosen_form(self) -> None:
        """The chart or its table, as the toggle says (the sentence stays under either)."""
        as_table = self.table_toggle.isChecked() and self.figure is not None
        self.table.setVisible(as_table)
        self.readout.setVisible(not as_table)  # "point at the chart" says nothing about a table
        if self.canvas is not None:
            self.canvas.setVisible(not as_table)

    def _nothing(self, reason: str) -> None:
        self.placeholder.setText(reason)

    def redraw(self) -> None:
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self._redraw_soon.stop()
        from journal.gui.widgets import chart_canvas  # matplotlib: first use only

        figure = self.build_figure()
        if self.canvas is not None:
            self.body.removeWidget(self.canvas)
            self.canvas.hide()  # gone now, not only once the event loop deletes it
            self.canvas.deleteLater()
            self.canvas = None
        self.figure = figure
        self.placeholder.setVisible(figure is None)
        self.save_button.setEnabled(figure is not None)
        self.table_toggle.setEnabled(figure is not None)
        if figure is None:
            self._fill_words()
            return
        chart_canvas.follow_palette(figure, self.palette())
        canvas = chart_canvas.ChartCanvas(figure)
        canvas.hovered.connect(lambda text: self.readout.setText(text or ChartsPaneWords.tr(HINT)))
        canvas.setMinimumSize(420, 300)  # below this the panels' labels no longer fit
        self.body.addWidget(canvas, 1)
        canvas.show()  # a layout would show it only on the next pass of the event loop
        self._layout.activate()  # and place it now, not at the figure's default size in a corner
        self.canvas = canvas
        self.readout.setText(ChartsPaneWords.tr(HINT))
        self._fill_words()

    def plotted(self, gid: str) -> tuple[list[dt.date], list[float]]:
        """The dates and values drawn for one line ("size_mm", "count", "tightness", "pain", "value")."""
        from journal.gui.widgets.chart_canvas import plotted

        assert self.figure is not None, "nothing is charted"
        return plotted(self.figure, gid)

    # -- saving ------------------------------------------------------------------------------------
    def suggested_name(self) -> str:
        what = self.choice.subject_text()
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in what).strip("-") or "chart"
        return f"{safe}-{dt.date.today().isoformat()}.png"

    def save_png(self, path: Path | str | None = None) -> Path | None:
        """Save the chart as printed (light background, fixed size); ask where when no path is given."""
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                ChartsPaneWords.tr("Save chart as PNG"),
                str(Path.home() / self.suggested_name()),
                ChartsPaneWords.tr("PNG images (*.png)"),
            )
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".png") else chosen + ".png"
        figure = self.build_figure(on_screen=False)
        if figure is None:
            return None
        target = Path(path)
        try:
            figure.savefig(target, format="png", dpi=150)
        except OSError as exc:
            self.readout.setText(
                ChartsPaneWords.tr("The chart was not saved: {reason} ({path}).").format(
                    reason=exc.strerror or exc, path=target
                )
            )
            return None
        said = ChartsPaneWords.tr("Saved the chart as {path}.").format(path=target)
        self.readout.setText(said)
        # From an encrypted journal the PNG is a plain copy: said, with where it is (the import
        # here: the pane loads nothing for a save until one is made).
        from journal.gui.plain_export import warn_if_plain_copy

        warn_if_plain_copy(
            self,
            ChartsPaneWords.tr("Save chart as PNG"),
            said,
            self.session.journal.folder,
            [ChartsPaneWords.tr("the chart {path}").format(path=target)],
        )
        return target
