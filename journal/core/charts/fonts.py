"""Fonts for the charts that can draw any name a person gives a site: Chinese, Japanese, Korean too.

matplotlib draws each glyph from the first font in its family list that has it, but only when
that list names real fonts (the generic "sans-serif" draws boxes for what DejaVu Sans lacks).
So the list is DejaVu Sans (matplotlib's own, for Latin, Greek, Cyrillic, Hebrew and Arabic),
then the CJK fonts each platform ships: the install brings one on Linux (Debian's
fonts-wqy-microhei, see scripts/bootstrap.sh), Windows and macOS have theirs.
"""

from __future__ import annotations

from functools import cache

# Tried in order; only those installed are used. Names as matplotlib's font list gives them.
FALLBACK_FAMILIES = (
    "DejaVu Sans",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
    "Microsoft YaHei",  # Windows
    "Yu Gothic",  # Windows
    "Malgun Gothic",  # Windows, Korean
    "Hiragino Sans",  # macOS
    "PingFang SC",  # macOS
    "Apple SD Gothic Neo",  # macOS, Korean
)


@cache
def installed_families() -> tuple[str, ...]:
    from matplotlib import font_manager

    names = {entry.name for entry in font_manager.fontManager.ttflist}
    return tuple(name for name in FALLBACK_FAMILIES if name in names) or ("DejaVu Sans",)


def use_fallback_fonts() -> None:
    """Make every figure made from now on fall back, glyph by glyph, to a font that has it."""
    import matplotlib

    families = list(installed_families())
    if matplotlib.rcParams["font.family"] != families:
        matplotlib.rcParams["font.family"] = families
