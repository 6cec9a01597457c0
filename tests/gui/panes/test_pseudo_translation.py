"""Every screen with every word 40% longer, left to right and right to left: no label or button
is cut off and no widget overlaps another (the room a German, Finnish or Arabic window needs).

The pseudo-translation is a Qt translator that answers every lookup, ours and Qt's, with the
source stretched: its letters accented, its placeholders and mnemonic kept, padding added."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

import pytest
from pane_helpers import add_entry, add_site, skin_photo
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLayout,
    QTabBar,
    QToolButton,
    QWidget,
)
from shots import save_widget

from journal.core import language
from journal.core.domain.model import LabResult
from journal.core.operations import Changes
from journal.gui.language import use_qt_language
from journal.gui.widgets.elided_label import ElidedLabel

RED, BLUE = (200, 40, 40), (40, 40, 200)
SCALE = 1.4
KEEP = re.compile(r"(\{[A-Za-z_0-9]*(?:[:!][^{}]*)?\}|%L?n|%\d|&&|&|<[^>]*>|&[a-z]+;|\n)")
ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "áéíóúýÁÉÍÓÚÝçñšž")


def stretch(text: str) -> str:
    """`text` 40% longer, still with its placeholders, mnemonic and markup."""
    if not text.strip():
        return text
    parts = KEEP.split(text)
    words = "".join(p for p in parts if not KEEP.fullmatch(p))
    pad = "~" * math.ceil(len(words) * (SCALE - 1))
    return "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTED) for p in parts) + pad


class PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return stretch(source)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


@pytest.fixture(params=["left-to-right", "right-to-left"])
def pseudo(request, qapp):
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    use_qt_language()
    if request.param == "right-to-left":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield request.param
    QCoreApplication.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    language.use_translation(None)
    language.use_formats(None, None)


def test_the_pseudo_translation_reaches_our_words(pseudo) -> None:  # noqa: ARG001
    """Without this the checks below would pass on an untranslated window."""
    from journal.gui.language_menu import LanguageMenuWords

    assert LanguageMenuWords.tr("&Language") == stretch("&Language") != "&Language"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel").startswith("Cáñçél")


def _laid_out_children(widget: QWidget) -> list[QWidget]:
    """The visible widgets `widget`'s own layout places (nested layouts included)."""
    found: list[QWidget] = []

    def walk(layout: QLayout) -> None:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is not None and item.widget().isVisible():
                found.append(item.widget())
            elif item.layout() is not None:
                walk(item.layout())

    if widget.layout() is not None:
        walk(widget.layout())
    return found


def _problems(root: QWidget) -> list[str]:
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root:
            continue
        shown = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        name = f"{type(widget).__name__} {shown!r}"[:90]
        if isinstance(widget, QLabel) and not isinstance(widget, ElidedLabel):
            if widget.text() and not widget.wordWrap() and widget.pixmap().isNull():
                if widget.width() + 1 < widget.minimumSizeHint().width():
                    problems.append(f"cut off: {name} {widget.width()} < {widget.minimumSizeHint().width()}")
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
            if widget.text() and widget.width() + 1 < widget.minimumSizeHint().width():
                problems.append(f"cut off: {name} {widget.width()} < {widget.minimumSizeHint().width()}")
        children = _laid_out_children(widget)
        for i, a in enumerate(children):
            for b in children[i + 1 :]:
                overlap = QRect(a.geometry()).intersected(b.geometry())
                if overlap.width() > 1 and overlap.height() > 1 and not isinstance(a, QTabBar):
                    problems.append(
                        f"overlap in {type(widget).__name__}: {type(a).__name__} {a.geometry().getRect()}"
                        f" / {type(b).__name__} {b.geometry().getRect()}"
                    )
    return problems


@pytest.fixture
def filled(session, tmp_path):
    site = add_site(session)
    add_entry(session, site, "2026-01-10", [skin_photo(tmp_path, "a.jpg", RED)], size_mm=3.0, pain=2)
    add_entry(session, site, "2026-02-10", [skin_photo(tmp_path, "b.jpg", BLUE)], size_mm=3.5, pain=1)
    session.store.add_lab(
        LabResult.new(date="2026-01-05", test="calcium", value=2.7, unit="mmol/L", high=2.55)
    )
    session.notify(Changes.of(labs=[]))
    return site


def _screens(qtbot, session, site, settings) -> Iterator[tuple[str, QWidget]]:
    from journal.gui.dialogs.crypt_dialogs import NewPassphraseDialog, RecoveryCodeDialog
    from journal.gui.dialogs.entry_editor import EntryEditor
    from journal.gui.dialogs.lifecycle_hand import HandDialog, PhaseDialog
    from journal.gui.dialogs.passphrase_dialog import PassphraseDialog
    from journal.gui.dialogs.profile_dialog import ProfileDialog
    from journal.gui.dialogs.report_dialog import ReportDialog
    from journal.gui.dialogs.settings_dialog import SettingsDialog
    from journal.gui.dialogs.site_dialog import SiteDialog
    from journal.gui.dialogs.welcome import WelcomeDialog
    from journal.gui.main_window import MainWindow
    from journal.gui.panes.compare_view import CompareDialog

    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    session.site_selected.emit(site.id)
    for tab in ("timeline", "charts", "alerts", "daily", "labs", "care", "visits", "hand"):
        window.show_tab(tab)
        QApplication.processEvents()
        yield f"window: {tab}", window
    for name, screen in (
        ("entry editor", EntryEditor(session, site.id)),
        ("site dialog", SiteDialog(session, session.store.site(site.id))),
        ("preferences", SettingsDialog(session)),
        ("profile", ProfileDialog(session)),
        ("compare", CompareDialog(session, site.id)),
        ("summary", ReportDialog(session.journal)),
        ("site phase", PhaseDialog(session, site.id)),
        ("hand function", HandDialog(session)),
        ("welcome", WelcomeDialog("/home/someone/.local/share/skinjournal")),
        ("passphrase", PassphraseDialog("/home/someone/journal", lambda _p: None, offer_keyring=True)),
        ("lock screen", PassphraseDialog("/home/someone/journal", lambda _p: None, locked=True)),
        ("encrypt", NewPassphraseDialog("/home/someone/journal")),
        ("recovery code", RecoveryCodeDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX")),
    ):
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitExposed(screen)
        yield name, screen


def test_every_screen_has_room_for_longer_words(qtbot, pseudo, session, filled, settings) -> None:
    found = {}
    for name, screen in _screens(qtbot, session, filled, settings):
        problems = _problems(screen)
        if problems:
            found[name] = problems[:8]
            save_widget(screen, f"pseudo-{pseudo}-{name.replace(':', '').replace(' ', '-')}.png")
    assert found == {}, "\n".join(f"{pseudo} {name}: {p}" for name, ps in found.items() for p in ps)
