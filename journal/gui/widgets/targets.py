"""Controls a stiff hand can hit: every button, box and slider at least MIN_TARGET_PX high.

Calcinosis and tight skin in the fingers made incomplete questionnaires 6.35 times as likely
(Frech et al., Clin Rheumatol 2021): large targets are part of the journal being usable at all. WCAG 2.2 asks at least 24 CSS px (2.5.8) and
recommends 44 (2.5.5); 32 px is what a form of a dozen rows still fits at 1024x700.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QTabBar,
    QWidget,
)

MIN_TARGET_PX = 32
TARGETS = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider)


def is_target(widget: QWidget) -> bool:
    """A control a person points at: not a scroll bar, nor a part of Qt's own (a tab bar's
    scroll arrows, a table's corner button, a toolbar's overflow arrow)."""
    if not isinstance(widget, TARGETS) or isinstance(widget, QScrollBar):
        return False
    return not widget.objectName().startswith("qt_") and not isinstance(widget.parentWidget(), QTabBar)


def fit_for_stiff_hands(root: QWidget) -> None:
    """Raise each control under `root` (built so far) to MIN_TARGET_PX high; wider ones stay so."""
    for widget in root.findChildren(QWidget):
        if is_target(widget) and widget.minimumHeight() < MIN_TARGET_PX:
            widget.setMinimumHeight(MIN_TARGET_PX)
