"""In a dark palette with the Fusion style, a check box's and a radio button's box stands out
from the window around it (WCAG 1.4.11: 3:1 for a control); in a light palette it is drawn as the
style draws it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
)

from journal.gui.indicator_style import IndicatorStyle, fit_indicators


def dark_palette() -> QPalette:
    """The dark palette of scripts/screen_walk.py --dark, a dark desktop's colours."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1e1e"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#3d6fa8"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def indicator_image(qtbot, button: QAbstractButton, style: QStyle, palette: QPalette) -> QImage:
    button.setStyle(style)
    button.setPalette(palette)
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    option = QStyleOptionButton()
    option.initFrom(button)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    rect = style.subElementRect(element, option, button)
    return button.grab(rect).toImage()


def strongest_contrast(image: QImage, background: QColor) -> float:
    return max(
        contrast(image.pixelColor(x, y), background)
        for x in range(image.width())
        for y in range(image.height())
    )


@pytest.mark.parametrize("make", [lambda: QCheckBox("Show as table"), lambda: QRadioButton("Side by side")])
def test_a_dark_palettes_indicators_stand_out(qtbot, make) -> None:
    palette = dark_palette()
    image = indicator_image(qtbot, make(), IndicatorStyle(QStyleFactory.create("Fusion")), palette)
    assert strongest_contrast(image, palette.color(QPalette.ColorRole.Window)) >= 3.0


def test_a_light_palettes_indicators_are_the_styles_own(qtbot) -> None:
    light = QStyleFactory.create("Fusion").standardPalette()
    plain = indicator_image(qtbot, QCheckBox("Protect this journal"), QStyleFactory.create("Fusion"), light)
    ours = indicator_image(
        qtbot, QCheckBox("Protect this journal"), IndicatorStyle(QStyleFactory.create("Fusion")), light
    )
    assert plain == ours


def test_the_application_keeps_its_style_in_a_light_palette(qapp) -> None:
    before = qapp.style()
    fit_indicators(qapp)  # the tests' palette is light
    assert qapp.style() is before
