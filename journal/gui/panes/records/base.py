"""The shape shared by the daily check, labs, care log and visits: a form and a list.

A subclass names its record type, fields and columns and says how to load them and which
operations save and delete one. The pane validates with the core's `X.new(**raw)`, shows a
refusal under the field it names, and hands the operation's outcome to the session: it goes
on the window's undo stack (a deletion is undone with Ctrl+Z like any change), and every pane
that shows these records refreshes from what the outcome names.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.core.errors import JournalError, ValidationError
from journal.core.language import Words, date_text
from journal.core.operations import Changes, Outcome
from journal.core.operations import records as ops
from journal.gui.panes.records.fields import Field
from journal.gui.panes.records.form import ERROR_COLOUR, RecordForm
from journal.gui.panes.records.table import Column, RecordTableModel
from journal.gui.session import JournalSession


class RecordPaneWords(Words):
    """The buttons and the status shared by the daily check, labs, care log and visits."""


@dataclasses.dataclass(frozen=True)
class RecordTexts:
    """A pane's sentences, each marked in the pane's own module: a German noun's gender changes
    the words around it, so "New {noun}" cannot be one sentence for every pane."""

    plural: str  # "Lab results"
    saved_list: str  # "Saved lab results"
    new: str  # "<b>New lab result</b>"
    editing: str  # "<b>Editing the lab result of {date}</b>"
    saved: str  # "Saved the lab result of {date}."
    updated: str  # "Updated the lab result of {date}."
    deleted: str  # "Deleted the lab result of {date}. Undo ({keys}) brings it back."
    edit_selected: str
    delete_selected: str


class RecordPane(QWidget):
    KIND: ClassVar[str]  # the kind in an operation's Changes: "daily" | "labs" | "care" | "visits"
    NOUN: ClassVar[str]  # "lab result"
    RECORD: ClassVar[type[Any]]
    FIELDS: ClassVar[tuple[Field, ...]]
    COLUMNS: ClassVar[tuple[Column, ...]]
    HINT: ClassVar[str] = ""
    WORDS: ClassVar[type[Words]]  # the subclass's translation context, for its marked words
    TEXTS: ClassVar[RecordTexts]

    # -- what a subclass provides -----------------------------------------------------
    def load_records(self) -> list[Any]:
        raise NotImplementedError

    def save_operation(self, record: Any, previous: Any | None) -> Outcome[Any]:
        """Save `record` (new when `previous` is None); labs, care and visits are plain rows."""
        journal = self.session.journal
        return ops.add_record(journal, record) if previous is None else ops.edit_record(journal, record)

    def delete_operation(self, record: Any) -> Outcome[Any]:
        return ops.delete_record(self.session.journal, self.RECORD, record.id)

    # -- the shared pane ------------------------------------------------------------------
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editing: Any | None = None
        self.setAccessibleName(self.text("plural"))

        self.heading = QLabel(self)
        self.form = RecordForm(self.shown_fields(), self)
        self.save_button = QPushButton(RecordPaneWords.tr("Save"), self)
        self.save_button.setToolTip(RecordPaneWords.tr("Save (Ctrl+Return)"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(RecordPaneWords.tr("Clear"), self)
        self.model = RecordTableModel(self.shown_columns(self.COLUMNS), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.text("saved_list"))
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move in the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(200)  # years of daily rows: size columns from a sample
        # A long note or finding is cut short in its column (whole in the tooltip and the form),
        # so the columns after it (the labs' "Outside range") stay in sight on a small screen.
        header.setMaximumSectionSize(self.fontMetrics().horizontalAdvance("M") * 18)
        header.setStretchLastSection(True)
        self.edit_button = QPushButton(RecordPaneWords.tr("Edit"), self)
        self.delete_button = QPushButton(RecordPaneWords.tr("Delete"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(RecordPaneWords.tr("Status"))
        self.edit_button.setAccessibleName(self.text("edit_selected"))
        self.delete_button.setAccessibleName(self.text("delete_selected"))
        self._lay_out()
        self._connect()
        self.start_new()
        self.refresh()

    def _lay_out(self) -> None:
        left = QWidget(self)
        box = QVBoxLayout(left)
        box.addWidget(self.heading)
        if said := self.hint_text():
            hint = QLabel(said, left)
            hint.setWordWrap(True)
            box.addWidget(hint)
        box.addWidget(self.form)
        box.addStretch(1)
        scroll = QScrollArea(self)  # a small window still reaches every field
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )  # wrap, never scroll sideways
        # Save and Clear under the scrolling fields, always in view: at the end of a long form
        # (the visits') they were under the window's bottom edge at 700 px.
        column = QWidget(self)
        column.setMinimumWidth(320)
        cbox = QVBoxLayout(column)
        cbox.setContentsMargins(0, 0, 0, 0)
        cbox.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(9, 0, 9, 9)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        cbox.addLayout(buttons)

        right = QWidget(self)
        rbox = QVBoxLayout(right)
        rbox.addWidget(self.table, 1)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        rbox.addLayout(actions)
        if extras := self.extra_buttons():
            # On a row of their own: beside Edit and Delete, a long one ("Hinweise hier als gesehen
            # markieren") kept the list so wide that the form and the sites list were squeezed.
            more = QHBoxLayout()
            for button in extras:
                more.addWidget(button)
            more.addStretch(1)
            rbox.addLayout(more)
        rbox.addWidget(self.status)

        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(column)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 640])
        self._split_fitted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def form_width(self) -> int:
        """The form column's width at first: its labels beside fields wide enough for the examples
        in them ("for example: Dr Meier, dermatology"), cut short in a 350 px column at 1024."""
        form = self.form.layout()
        assert isinstance(form, QFormLayout)
        labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
        label = max((item.sizeHint().width() for item in labels if item is not None), default=0)
        em = self.fontMetrics().horizontalAdvance("M")
        examples = [
            line.fontMetrics().horizontalAdvance(line.placeholderText()) + em * 2  # the frame's margins
            for line in self.form.findChildren(QLineEdit)
            if not isinstance(line.parent(), QComboBox)  # a choice's own line: the choices set its width
        ]
        field = max([em * 16, *examples])
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return label + field + form.horizontalSpacing() + em * 4 + scrollbar  # and the margins

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        width = event.size().width()
        if not self._split_fitted and self.isVisible() and width > 0:
            # Once, at the pane's first real width: the form its width (at most 60%, the list
            # keeps the rest), and a window made wider later gives the list the room. A split the
            # person drags stays.
            self._split_fitted = True
            form = min(self.form_width(), width * 5 // 8)
            self.splitter.setSizes([form, max(width - form, 1)])

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.start_new)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for keys, slot, where in (
            ("Ctrl+Return", self.save, self),
            ("Ctrl+Enter", self.save, self),
            (QKeySequence.StandardKey.Delete, self.delete_selected, self.table),
            ("Return", self.edit_selected, self.table),
        ):
            shortcut = QShortcut(QKeySequence(keys), where)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.session.changed.connect(self._changed)

    def extra_buttons(self) -> list[QPushButton]:
        """Buttons of one kind of record, after Edit and Delete (enabled with a selection)."""
        return []

    # -- actions ----------------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if self.KIND in changes:
            self.refresh()

    def refresh(self) -> None:
        self.model.set_records(self.load_records())
        self._update_buttons()

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def start_new(self) -> None:
        self.editing = None
        self.form.clear()
        self.heading.setText(self.text("new"))
        self.cancel_button.setText(RecordPaneWords.tr("Clear"))

    def edit_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        self.editing = record
        self.form.load(record)
        self.heading.setText(self.text("editing").format(date=date_text(record.date)))
        self.cancel_button.setText(RecordPaneWords.tr("Cancel edit"))
        self.form.editors[self.FIELDS[0].name].widget.setFocus()

    def save(self) -> Any | None:
        """Validate with the core and save; on a refusal, say why beside the field and save nothing."""
        self.form.clear_errors()
        raw = self.form.raw()
        if self.editing is not None:
            raw["id"] = self.editing.id
        try:
            record = self.RECORD.new(**raw)
            saved = self.session.do(self.save_operation(record, self.editing)).value
        except ValidationError as exc:
            if not self.form.show_error(exc.field, exc.reason):
                self._say(str(exc), error=True)
            return None
        except JournalError as exc:
            self._say(str(exc), error=True)
            return None
        said = self.text("updated" if self.editing is not None else "saved")
        self.start_new()
        self.select_record(saved.id)
        self._say(said.format(date=date_text(saved.date)))
        return saved

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        try:
            self.session.do(self.delete_operation(record))
        except JournalError as exc:
            self._say(str(exc), error=True)
            return
        if self.editing is not None and self.editing.id == record.id:
            self.start_new()
        keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        self._say(self.text("deleted").format(date=date_text(record.date), keys=keys))

    def select_record(self, record_id: int | None) -> None:
        """Select the record (after a save, or an undo that brought it back), if it is listed."""
        row = self.model.row_of(record_id) if record_id is not None else -1
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))

    # -- words in the person's language ---------------------------------------------------------
    def text(self, name: str) -> str:
        """One of the pane's sentences (RecordTexts), translated in the pane's context."""
        return self.WORDS.tr(getattr(self.TEXTS, name))

    def hint_text(self) -> str:
        """The pane's hint above the form, in the person's language."""
        return self.WORDS.tr(self.HINT) if self.HINT else ""

    def shown_fields(self) -> tuple[Field, ...]:
        """The fields with their label, placeholder and help in the person's language."""
        tr = self.WORDS.tr
        return tuple(
            dataclasses.replace(
                f,
                label=tr(f.label),
                placeholder=tr(f.placeholder) if f.placeholder else "",
                help=tr(f.help) if f.help else "",
                # A stored choice's words come from the core, in the person's language.
                choices=tuple((value, f.choice_words(value)) for value, _ in f.choices)
                if f.choice_words is not None
                else f.choices,
            )
            for f in self.FIELDS
        )

    def shown_columns(self, columns: tuple[Column, ...]) -> tuple[Column, ...]:
        return tuple(dataclasses.replace(c, header=self.WORDS.tr(c.header)) for c in columns)

    def _update_buttons(self) -> None:
        has_selection = self.selected() is not None
        for button in (self.edit_button, self.delete_button, *self.extra_buttons()):
            button.setEnabled(has_selection)

    def _say(self, message: str, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.status.setText(message)
        self._update_buttons()
