"""The calm note printed beside calcium and phosphate results."""

from __future__ import annotations

from collections.abc import Sequence

from journal.core.domain.lab_tests import NOTE_TESTS, normal_labs_note
from journal.core.domain.model import LabResult
from journal.report.sections.common import text


def lab_note(labs: Sequence[LabResult]) -> str:
    """The note when the period has a calcium or phosphate result, else nothing."""
    if not any(lab.test in NOTE_TESTS for lab in labs):
        return ""
    return f'<p class="note"><i>{text(normal_labs_note())}</i></p>'
