"""Underlined letters given to labels built from data (journal/gui/mnemonics.py)."""

from __future__ import annotations

from journal.gui.mnemonics import taken_letters, with_mnemonic


def test_each_label_gets_a_letter_of_its_own_words_first() -> None:
    taken = {"d"}
    assert with_mnemonic("Date *", taken) == "D&ate *"
    assert with_mnemonic("Seen by", taken) == "&Seen by"
    assert with_mnemonic("Stress", taken) == "S&tress"
    assert with_mnemonic("Muscles felt weak", taken) == "&Muscles felt weak"
    assert taken == {"d", "a", "s", "t", "m"}


def test_a_label_with_its_own_letter_keeps_it_and_a_plain_ampersand_is_not_one() -> None:
    taken: set[str] = set()
    assert with_mnemonic("Si&ze", taken) == "Si&ze" and taken == {"z"}
    assert with_mnemonic("Care && cure", taken) == "&Care && cure"
    assert taken_letters(["&Save", "A && B"]) == {"s"}


def test_when_every_letter_is_taken_the_first_is_shared() -> None:
    assert with_mnemonic("ab", {"a", "b"}) == "&ab"
    assert with_mnemonic("42", set()) == "42"
