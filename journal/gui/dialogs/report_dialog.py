"""The summary for the doctor: choose the period, the sites and the questions, then preview,
print or save as PDF.

The preview, the printer and the PDF are drawn by the same `SummaryDocument.paint`. Drawing
the charts and photos is the slow part: it runs on a worker thread (the summary's data is
read here first, since the database belongs to the GUI thread) and the result is kept while
the choices stay the same, so Preview then Print does the work once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.core.errors import JournalError
from journal.core.folder.durable import write_atomic
from journal.core.journal import Journal
from journal.core.language import Words
from journal.core.summary.content import QUESTIONS_KEY, default_period, gather_summary
from journal.gui.background import run_in_background
from journal.gui.plain_export import warn_if_plain_copy
from journal.gui.widgets.date_edit import DateField
from journal.report import PreparedSummary, SummaryDocument, prepare_summary, render_document
from journal.report.options import page_size_for_locale
from journal.report.pdf import pdf_bytes

Ready = Callable[[SummaryDocument], None]


class ReportDialogWords(Words):
    "The summary dialog: period, sites, questions, preview, print and PDF."


@dataclasses.dataclass(frozen=True)
class Choices:
    since: dt.date
    until: dt.date
    sites: tuple[str, ...]
    questions: str


class ReportDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(ReportDialogWords.tr("Summary for the doctor"))
        self.journal = journal
        self._cache: tuple[Choices, SummaryDocument] | None = None
        self._waiting: Ready | None = None
        self._printer: QPrinter | None = None
        self._build()

    # -- the form -------------------------------------------------------------------------
    def _build(self) -> None:
        period = self._default = default_period(self.journal.store)
        self.since_edit, self.until_edit = _date_edit(period.since), _date_edit(period.until)
        self.sites_list = QListWidget()
        for site in self.journal.store.sites(include_archived=False):
            item = QListWidgetItem(site.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sites_list.addItem(item)
        self.sites_list.setMaximumHeight(120)
        self.questions_edit = QPlainTextEdit(self.journal.store.setting(QUESTIONS_KEY) or "")
        self.questions_edit.setPlaceholderText(
            ReportDialogWords.tr("What you want to ask at the visit; printed on the first page.")
        )
        self.paper_box = QComboBox()
        self.paper_box.addItems(["A4", "Letter"])
        self.paper_box.setCurrentText(
            "Letter" if page_size_for_locale().id() == QPageSize.PageSizeId.Letter else "A4"
        )
        form = QFormLayout()
        # Each label's Alt+letter (the label is its field's buddy) differs from the buttons' below.
        form.addRow(ReportDialogWords.tr("&From"), self.since_edit)
        form.addRow(ReportDialogWords.tr("&To"), self.until_edit)
        form.addRow(QLabel(ReportDialogWords.tr("Default: {basis}.").format(basis=period.basis)))
        form.addRow(ReportDialogWords.tr("S&ites"), self.sites_list)
        form.addRow(ReportDialogWords.tr("&Questions for\nthe doctor"), self.questions_edit)
        form.addRow(ReportDialogWords.tr("P&aper"), self.paper_box)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = self._button(
            buttons, ReportDialogWords.tr("Print pre&view\u2026"), self.preview
        )
        self.print_button = self._button(buttons, ReportDialogWords.tr("&Print\u2026"), self.print_)
        self.save_button = self._button(buttons, ReportDialogWords.tr("&Save as PDF\u2026"), self.save_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _button(self, box: QDialogButtonBox, label: str, slot: Callable[[], None]) -> QPushButton:
        button = box.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def site_names(self) -> list[str]:
        return [
            self.sites_list.item(i).text()
            for i in range(self.sites_list.count())
            if self.sites_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def page_size(self) -> QPageSize:
        letter = self.paper_box.currentText() == "Letter"
        return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)

    # -- the three ways out -----------------------------------------------------------------
    def preview(self) -> None:
        self._when_ready(self._show_preview)

    def _show_preview(self, document: SummaryDocument) -> None:
        self.preview_dialog(document).exec()

    def preview_dialog(self, document: SummaryDocument) -> QPrintPreviewDialog:
        # The preview does not own its printer: kept here so it outlives the preview.
        self._printer = self.new_printer()
        dialog = QPrintPreviewDialog(self._printer, self)
        dialog.setWindowTitle(ReportDialogWords.tr("Summary for the doctor: print preview"))
        dialog.paintRequested.connect(document.paint)
        return dialog

    def print_(self) -> None:
        def ready(document: SummaryDocument) -> None:
            printer = self.new_printer()
            if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
                pages = document.paint(printer)
                self._say(ReportDialogWords.tr("Sent %n pages to the printer.", "", pages))

        self._when_ready(ready)

    def save_pdf(self) -> None:
        suggested = Path.home() / f"skin-journal-summary-{dt.date.today().isoformat()}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, ReportDialogWords.tr("Save the summary as PDF"), str(suggested), "PDF (*.pdf)"
        )
        if not name:
            return
        target = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")

        def ready(document: SummaryDocument) -> None:
            try:
                data, pages = pdf_bytes(document, self.page_size())
                write_atomic(target, data)
            except OSError as exc:
                self._show_problem(
                    ReportDialogWords.tr("The PDF could not be saved: {reason}. Nothing was written.").format(
                        reason=exc.strerror or exc
                    )
                )
                return
            said = ReportDialogWords.tr("Saved %n pages to {file}.", "", pages).format(file=target)
            self._say(said)
            # From an encrypted journal the PDF is a plain copy: said, with where it is.
            warn_if_plain_copy(
                self,
                ReportDialogWords.tr("Save the summary as PDF"),
                said,
                self.journal.folder,
                [ReportDialogWords.tr("the summary {file}").format(file=target)],
            )

        self._when_ready(ready)

    def new_printer(self) -> QPrinter:
        # Full page, no margins: the summary draws its own margins and footer.
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageLayout(
            QPageLayout(self.page_size(), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        return printer

    # -- preparing the document off the GUI thread -------------------------------------------
    def choices(self) -> Choices:
        return Choices(
            self.since_edit.day(),
            self.until_edit.day(),
            tuple(self.site_names()),
            self.questions_edit.toPlainText().strip(),
        )

    def _when_ready(self, then: Ready) -> None:
        self._keep_questions()
        key = self.choices()
        if self._cache is not None and self._cache[0] == key:
            then(self._cache[1])
            return
        if not key.sites:
            self._show_problem(ReportDialogWords.tr("Choose at least one site."))
            return
        try:
            # Left at the default start, the summary says why it starts there ("since the last visit").
            since = None if key.since == self._default.since else key.since
            summary = gather_summary(
                self.journal,
                since=since,
                until=key.until,
                site_names=list(key.sites),
                questions=key.questions,
            )
        except JournalError as exc:
            self._show_problem(str(exc))
            return
        self._waiting = then
        self._set_busy(True)
        # A failure is told in the dialog, which stays usable; a dialog closed meanwhile drops the answer.
        run_in_background(
            self,
            lambda: prepare_summary(summary),
            lambda prepared: self._prepared(key, prepared),
            lambda exc: self._show_problem(
                ReportDialogWords.tr("The summary could not be drawn ({error}).").format(error=exc)
            ),
        )

    def _prepared(self, key: Choices, prepared: PreparedSummary) -> None:
        self._set_busy(False)
        self._cache = (key, render_document(prepared))
        then, self._waiting = self._waiting, None
        if then is not None and key == self.choices():
            then(self._cache[1])

    def _set_busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(not busy)
        if busy:
            self._say(ReportDialogWords.tr("Drawing the charts and photos\u2026"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self._say("")
            self.unsetCursor()

    def _say(self, message: str) -> None:
        self.status.setText(message)

    def _show_problem(self, message: str) -> None:
        self._set_busy(False)
        self.status.setText(
            ReportDialogWords.tr("<b>Not done:</b> {problem}").format(problem=html.escape(message))
        )

    def _keep_questions(self) -> None:
        """The questions are offered again next time. Not an undo step: nothing else shows them,
        and Ctrl+Z in the window should not reach into a dialog that is closed."""
        from journal.core.operations.settings import remember

        text = self.questions_edit.toPlainText()
        if text != (self.journal.store.setting(QUESTIONS_KEY) or ""):
            remember(self.journal, QUESTIONS_KEY, text, "kept the questions for the doctor")

    def done(self, result: int) -> None:
        self._keep_questions()
        super().done(result)


def _date_edit(day: dt.date) -> DateField:
    return DateField(day)


def open_report_dialog(parent: QWidget | None, journal: Journal) -> None:
    """The window's Print summary action (Ctrl+P)."""
    ReportDialog(journal, parent).exec()
