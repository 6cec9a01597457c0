"""About you (for the summary): name, known conditions, current supplements and medicines.

What the person types here is printed on the first page of the doctor summary and nowhere
else. The core checks it (journal.core.domain.profile); a refusal shows under the field it names
and nothing is saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal.core.domain.profile import FIELD_WORDS, load_profile, make_profile
from journal.core.errors import JournalError, ValidationError
from journal.core.language import Words
from journal.core.operations.settings import save_profile_op
from journal.gui.panes.records.form import ERROR_COLOUR

if TYPE_CHECKING:
    from journal.gui.session import JournalSession


class ProfileDialogWords(Words):
    "About you (for the summary)."


PRIVACY = ProfileDialogWords.mark(
    "This appears only on the first page of the summary you print or save as a PDF, for your "
    "doctor. It stays on this computer. Every field is optional."
)


class ProfileDialog(QDialog):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(ProfileDialogWords.tr("About you (for the summary)"))
        self.setObjectName("profile-dialog")
        intro = QLabel(ProfileDialogWords.tr(PRIVACY))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(ProfileDialogWords.tr("as it should appear on the summary"))
        self.conditions = _list_edit(ProfileDialogWords.tr("One per line, in the words your doctor used"))
        self.medicines = _list_edit(
            ProfileDialogWords.tr("One per line, with the dose: for example Vitamin K2 100 mcg daily")
        )
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {
            "name": self.name,
            "conditions": self.conditions,
            "medicines": self.medicines,
        }
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, mnemonic in (
            ("name", ProfileDialogWords.tr("&Name:")),
            ("conditions", ProfileDialogWords.tr("Known &conditions:")),
            ("medicines", ProfileDialogWords.tr("&Supplements and medicines:")),
        ):
            editor = self.editors[field]
            editor.setAccessibleName(FIELD_WORDS[field])
            label = QLabel(mnemonic)
            label.setBuddy(editor)  # Alt+letter moves to the field; screen readers read the label
            error = QLabel()
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {ERROR_COLOUR};")
            error.setAccessibleName(
                ProfileDialogWords.tr("Problem with {field}").format(field=FIELD_WORDS[field])
            )
            error.hide()
            self.errors[field] = error
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(editor)
            cell.addWidget(error)
            form.addRow(label, cell)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self._load()

    def _load(self) -> None:
        profile = load_profile(self.session.store)
        self.name.setText(profile.name or "")
        self.conditions.setPlainText("\n".join(profile.conditions))
        self.medicines.setPlainText("\n".join(profile.medicines))

    def save(self) -> None:
        for field, label in self.errors.items():
            label.hide()
            self.editors[field].setAccessibleDescription("")
        try:
            profile = make_profile(
                self.name.text(), self.conditions.toPlainText(), self.medicines.toPlainText()
            )
            outcome = save_profile_op(self.session.journal, profile)
        except ValidationError as exc:
            self.show_error(
                exc.field,
                ProfileDialogWords.tr("{reason}. Nothing was saved.").format(
                    reason=exc.reason[:1].upper() + exc.reason[1:]
                ),
            )
            return
        except JournalError as exc:
            self.show_error("name", ProfileDialogWords.tr("{error} Nothing was saved.").format(error=exc))
            return
        self.session.do(outcome)  # an undo step, like any change
        self.accept()

    def show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field, self.errors["name"])
        label.setText(message)
        label.show()
        editor = self.editors.get(field, self.name)
        editor.setAccessibleDescription(message)
        editor.setFocus()

    def visible_errors(self) -> dict[str, str]:
        return {field: label.text() for field, label in self.errors.items() if not label.isHidden()}


def _list_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setMinimumHeight(80)
    return edit


def open_profile_dialog(parent: QWidget | None, session: JournalSession) -> bool:
    """The window's Journal > About you action; True when the person saved."""
    return ProfileDialog(session, parent).exec() == QDialog.DialogCode.Accepted
