"""The translations are complete and faithful: every word the code marks has a finished German
text that keeps its placeholders and its mnemonic, and the .ts sources are in step with the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from german_support import translations_script

ROOT = Path(__file__).resolve().parents[2]
translations = translations_script()

AREAS = list(translations.AREAS)
# {name}, {0}, {count:.1f}, %n, %1: what a translation must carry over unchanged.
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?:[:!][^{}]*)?\}|%L?n|%\d")


def texts(message) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("area", AREAS)
def test_every_marked_word_has_a_finished_german_text(area: str) -> None:
    ts = translations.ts_path("de", area)
    if not ts.exists():
        pytest.skip(f"{area} has no words marked yet")
    unfinished = []
    for (context, source, _comment), message in translations.messages(ts).items():
        kind = message.find("translation").get("type")
        if kind in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts(message)):
            unfinished.append(f"{context}: {source!r}")
    assert not unfinished, f"{len(unfinished)} words lack a German text:\n" + "\n".join(unfinished[:40])


@pytest.mark.parametrize("area", AREAS)
def test_german_texts_keep_placeholders_and_mnemonics(area: str) -> None:
    ts = translations.ts_path("de", area)
    if not ts.exists():
        pytest.skip(f"{area} has no words marked yet")
    wrong = []
    for (context, source, _comment), message in translations.messages(ts).items():
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts(message):
            if not text:
                continue
            got = sorted(set(PLACEHOLDER.findall(text)))
            # A plural's singular form may say "one" instead of %n ("Ein Foto").
            if got != wanted and not (message.get("numerus") == "yes" and set(got) <= set(wanted)):
                wrong.append(f"{context}: {source!r} -> {text!r}")
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                wrong.append(f"{context}: mnemonic {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong[:40])


@pytest.mark.parametrize("area", AREAS)
def test_the_ts_sources_are_in_step_with_the_code(area: str) -> None:
    problems = translations.behind("de", area)
    assert not problems, (
        "run `python scripts/translations.py update` and translate the new words:\n"
        + "\n".join(problems[:40])
    )


def test_one_context_belongs_to_one_area() -> None:
    """A context split across two areas' files would make lrelease drop one of its texts."""
    seen: dict[str, str] = {}
    clashes = []
    for area in AREAS:
        ts = translations.ts_path("de", area)
        if not ts.exists():
            continue
        for context in {key[0] for key in translations.messages(ts)}:
            if context in seen and seen[context] != area:
                clashes.append(f"{context}: {seen[context]} and {area}")
            seen[context] = area
    assert not clashes, "\n".join(clashes)


def test_the_german_translation_compiles(tmp_path: Path) -> None:
    qm = translations.build("de", tmp_path)
    assert qm.stat().st_size > 0
