"""Broken skin or chalk-like discharge: the entry editor says calmly not to squeeze or drain it,
and which signs of infection to watch for."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.core.domain.care_advice import BROKEN_SKIN_ADVICE, care_advice
from journal.gui.dialogs.entry_editor import EntryEditor

SHOTS = Path("/tmp/shots13r")


def _editor(qtbot, session, site_id) -> EntryEditor:
    editor = EntryEditor(session, site_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


@pytest.mark.parametrize("sign", ["ulcerated", "discharge"])
def test_logging_broken_skin_or_discharge_shows_the_care_advice(qtbot, session, elbow, sign) -> None:
    editor = _editor(qtbot, session, elbow.id)
    advice = editor.form.care_advice
    assert advice.isHidden()
    editor.form.signs[sign].set_value(True)
    assert advice.isVisible()
    assert "do not squeeze or drain it yourself" in advice.text()
    for words in ("redness that spreads", "warmth", "swelling", "pus", "fever"):
        assert words in advice.text()
    editor.form.signs[sign].set_value(False)
    assert advice.isHidden()
    if sign == "ulcerated":
        editor.form.signs[sign].set_value(True)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert editor.grab().save(str(SHOTS / "entry_care_advice.png"))


def test_the_other_signs_bring_no_advice(qtbot, session, elbow) -> None:
    editor = _editor(qtbot, session, elbow.id)
    editor.form.signs["inflamed"].set_value(True)
    editor.form.signs["restricted_movement"].set_value(True)
    assert editor.form.care_advice.isHidden()


def test_the_advice_is_no_diagnosis() -> None:
    assert care_advice(None, None) is None and care_advice(False, False) is None
    assert care_advice(True, None) == care_advice(None, True) == BROKEN_SKIN_ADVICE
    for word in ("calcinosis", "you have", "diagnos"):
        assert word not in BROKEN_SKIN_ADVICE.lower()
