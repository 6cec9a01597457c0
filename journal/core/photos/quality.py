"""What makes a photo hard to compare with the others of its site, found at import and said.

A photo is never refused for this: the person may have no better one. Each finding names the
photo tip (shown in full under Help > Photo tips, `PHOTO_TIPS`) that would have avoided it.

The picture is measured on the small copy the pipeline decodes anyway to make the thumbnail
(a JPEG's draft decode at 1/2 to 1/8 scale), reduced to about 512 pixels on its long side, in
grey: a 12 MP photo costs a couple of milliseconds here, and no pixel is decoded twice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from journal.core.language import Words
from journal.core.photos.dates import camera_date, disagrees

if TYPE_CHECKING:
    from PIL import Image

    from journal.core.photos.pipeline import PreparedPhoto


class PhotoQualityWords(Words):
    """The photo tips and what makes a photo hard to compare."""


# -- the tips, worded once for Help and for the warnings that point at them ----------------------------
# Marked here, translated where shown (`photo_guidance`, `photo_tips`, each warning).
TIP_LIGHT = PhotoQualityWords.mark("the same light each time: bright, even daylight, no flash")
TIP_FOCUS = PhotoQualityWords.mark("hold the camera still and let it focus on the skin")
TIP_CAMERA_FILE = PhotoQualityWords.mark(
    "add the camera's own file: a copy sent through a messaging app is smaller and has lost the "
    "day it was taken"
)
TIP_SAME_DAY = PhotoQualityWords.mark("add each photo to the entry of the day it was taken")

PHOTO_GUIDANCE = PhotoQualityWords.mark(
    "For photos you can compare over time: the same distance and the same light each time, "
    "a plain background, a ruler in the same plane as the skin, and for the scalp the hair "
    "parted so the skin shows."
)
_TIPS_FORM = PhotoQualityWords.mark(
    "{guidance}\n\nLight: {light}.\nSharpness: {focus}.\nFiles: {files}.\nDates: {dates}."
)
# The English texts; the window shows `photo_guidance()` and `photo_tips()`, in the person's language.
PHOTO_TIPS = _TIPS_FORM.format(
    guidance=PHOTO_GUIDANCE, light=TIP_LIGHT, focus=TIP_FOCUS, files=TIP_CAMERA_FILE, dates=TIP_SAME_DAY
)


def photo_guidance() -> str:
    """The short guidance shown under the photos of an entry."""
    return PhotoQualityWords.tr(PHOTO_GUIDANCE)


def photo_tips() -> str:
    """Every tip, for Help > Photo tips."""
    return PhotoQualityWords.tr(_TIPS_FORM).format(
        guidance=photo_guidance(),
        light=PhotoQualityWords.tr(TIP_LIGHT),
        focus=PhotoQualityWords.tr(TIP_FOCUS),
        files=PhotoQualityWords.tr(TIP_CAMERA_FILE),
        dates=PhotoQualityWords.tr(TIP_SAME_DAY),
    )


# -- thresholds, each with how it was chosen ---------------------------------------------------------
MEASURE_SIDE = 512  # the long side of the copy measured (about; see `measuring_copy`)

# Sharpness: the variance of the 3x3 Laplacian (0 1 0 / 1 -4 1 / 0 1 0) on the measured copy,
# its one-pixel border left out (Pillow copies the border unfiltered). Tuned on the sample
# photos (tests/samples/photos: 300x200 to 800x600, skin with a millimetre ruler) and a
# 12 MP photo-like JPEG, each sharp and blurred with a Gaussian of radius r pixels at 800 px
# width (scaled with the picture):
#     sharp            143 (elbow, 640x480) .. 355 (300x200); 12 MP: 294
#     r = 1 (soft)     25 .. 83;                               12 MP: 47
#     r = 2 (blurred)  1.0 .. 9.0  (the ruler's millimetre ticks no longer readable)
#     r = 3 and more   under 1.5
# 30 lies between the blurred photos' highest (9) and the sharp ones' lowest (143), a factor
# of about 3 from either on the logarithmic scale these values spread on; a barely soft photo
# (r = 1) may fall on either side, and is usable.
BLURRED_BELOW = 30.0

# Exposure, on the grey level (0 black .. 255 white) of the measured copy. The samples (skin
# under daylight) measure 187-196 on average, with up to 19% of pure white from the ruler's
# paper and no black. Dimming them to 30% of their brightness gives 56-59; brightening them by
# 30% gives 228-232, where the skin is within 25 levels of white and its shades merge. So:
TOO_DARK_BELOW = 60.0  # mean grey level
WASHED_OUT_ABOVE = 230.0  # mean grey level
CLIPPED_SHARE = 0.4  # or this share of the picture black (0-7) or white (248-255): lost detail
# Very small: a 5 mm bump in a frame 10 cm wide is 1/20 of the picture; on a short side of
# 480 pixels (VGA) that is 24 pixels, and a click error of 1-2 pixels is already 4-8% of its
# size, past the 2% a photo measurement aims for. Phone photos have 2000-3000 pixels there.
SMALL_BELOW = 480  # pixels on the short side


@dataclasses.dataclass(frozen=True)
class Measures:
    """What the import measured of one picture (the stored, upright one)."""

    width: int
    height: int
    sharpness: float  # variance of the Laplacian on the measured copy
    brightness: float  # mean grey level, 0-255
    dark_share: float  # share of pixels at 0-7
    white_share: float  # share of pixels at 248-255


@dataclasses.dataclass(frozen=True)
class QualityWarning:
    """One thing that makes a photo hard to compare, and the tip that fixes it."""

    kind: str  # blurred, dark, washed_out, small, no_camera_date, other_day
    name: str  # the photo's file name
    problem: str  # a clause: what is wrong and why it matters (in the person's language)
    tip: str  # one of the TIP_ texts, in the person's language

    def sentence(self) -> str:
        return PhotoQualityWords.tr("{name} {problem}. Tip: {tip}.").format(
            name=self.name, problem=self.problem, tip=self.tip
        )


def measuring_copy(image: Image.Image) -> Image.Image:
    """The grey copy measured: `image` (already small, such as a draft decode) reduced by a
    whole factor to about MEASURE_SIDE pixels on its long side (box averaging, cheap)."""
    grey = image if image.mode == "L" else image.convert("L")
    factor = max(1, round(max(grey.size) / MEASURE_SIDE))
    return grey.reduce(factor) if factor > 1 else grey


def measure(copy: Image.Image, size: tuple[int, int]) -> Measures:
    """The measures of a picture of `size` pixels, from its grey measuring copy."""
    from PIL import ImageFilter, ImageStat

    # offset 128: Pillow clips the filtered values to 0-255, and the Laplacian is signed.
    laplace = ImageFilter.Kernel((3, 3), (0, 1, 0, 1, -4, 1, 0, 1, 0), scale=1, offset=128)
    filtered = copy.filter(laplace)
    if filtered.width > 2 and filtered.height > 2:
        filtered = filtered.crop((1, 1, filtered.width - 1, filtered.height - 1))
    histogram = copy.histogram()
    total = max(sum(histogram), 1)
    return Measures(
        width=size[0],
        height=size[1],
        sharpness=float(ImageStat.Stat(filtered).var[0]),
        brightness=float(ImageStat.Stat(copy).mean[0]),
        dark_share=sum(histogram[:8]) / total,
        white_share=sum(histogram[248:]) / total,
    )


def picture_warnings(name: str, measures: Measures) -> list[QualityWarning]:
    """What the pixels make hard to compare: too dark, washed out, blurred, very small."""
    found = []
    exposure_off = False
    if measures.brightness < TOO_DARK_BELOW or measures.dark_share > CLIPPED_SHARE:
        exposure_off = True
        found.append(
            QualityWarning(
                "dark",
                name,
                PhotoQualityWords.tr("is very dark, so the skin's shades and edges are hard to see"),
                PhotoQualityWords.tr(TIP_LIGHT),
            )
        )
    elif measures.brightness > WASHED_OUT_ABOVE or measures.white_share > CLIPPED_SHARE:
        exposure_off = True
        found.append(
            QualityWarning(
                "washed_out",
                name,
                PhotoQualityWords.tr(
                    "is washed out (much of it is near white), so the skin's shades are lost"
                ),
                PhotoQualityWords.tr(TIP_LIGHT),
            )
        )
    # A dark picture has little contrast and so measures as blurred too: the light is what to fix.
    if not exposure_off and measures.sharpness < BLURRED_BELOW:
        found.append(
            QualityWarning(
                "blurred",
                name,
                PhotoQualityWords.tr("looks blurred, so small changes may not show"),
                PhotoQualityWords.tr(TIP_FOCUS),
            )
        )
    if min(measures.width, measures.height) < SMALL_BELOW:
        found.append(
            QualityWarning(
                "small",
                name,
                PhotoQualityWords.tr(
                    "is only {width}x{height} pixels, too few to measure a small bump on"
                ).format(width=measures.width, height=measures.height),
                PhotoQualityWords.tr(TIP_CAMERA_FILE),
            )
        )
    return found


def photo_warnings(photo: PreparedPhoto, entry_date: dt.date | None = None) -> list[QualityWarning]:
    """Everything that makes `photo` hard to compare: its dates first (no camera date; taken more
    than a day from `entry_date`, when given), then its picture. Never a refusal."""
    found = []
    day = camera_date(photo)
    if day is None:
        found.append(
            QualityWarning(
                "no_camera_date",
                photo.original_name,
                PhotoQualityWords.tr(
                    "carries no camera date, so the day it was taken is not known (it takes the entry's date)"
                ),
                PhotoQualityWords.tr(TIP_CAMERA_FILE),
            )
        )
    elif entry_date is not None and disagrees(day, entry_date):
        found.append(
            QualityWarning(
                "other_day",
                photo.original_name,
                PhotoQualityWords.tr(
                    "was taken on {taken}, the entry is dated {dated} "
                    "(more than a day apart); the photo keeps its own date"
                ).format(taken=day.isoformat(), dated=entry_date.isoformat()),
                PhotoQualityWords.tr(TIP_SAME_DAY),
            )
        )
    if photo.measures is not None:
        found.extend(picture_warnings(photo.original_name, photo.measures))
    return found
