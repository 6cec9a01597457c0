"""Drawing the demo journal's photos: a patch of skin, the bumps on it, a millimetre ruler.

Each site gets one `SkinPatch`, made once from its own seed (the skin's tone, blotches,
pores, creases and hair roots), so week after week the photos show the same patch; each
photo then crops it a little differently (the camera is never held at the same spot) and
draws what that week's entry says: bumps whose drawn diameter is their size at 10 px per
mm, as on the ruler along the bottom edge, redness, an opening, shine, thinning hair.
"""

from __future__ import annotations

import dataclasses
import math
import random

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

PX_PER_MM = 10  # the scale of the samples' rulers, kept so sizes read the same way
WIDTH, HEIGHT = 480, 360
RULER_HEIGHT = 40
FIELD_HEIGHT = HEIGHT - RULER_HEIGHT
JITTER = 14  # how far (px) the camera may land from last week's spot
RGB = tuple[int, int, int]

BUMP_COLOURS: dict[str, RGB] = {
    "white": (246, 242, 230),
    "yellow": (240, 226, 172),
    "skin": (236, 206, 180),
    "red": (214, 128, 112),
}
HAIR_COLOUR: RGB = (58, 40, 30)


@dataclasses.dataclass(frozen=True)
class Bump:
    """One bump: centre as a fraction of the skin field, diameter in mm, slightly oval."""

    x: float
    y: float
    diameter_mm: float
    aspect: float = 1.0


@dataclasses.dataclass(frozen=True)
class Scene:
    """What one photo shows; made from the entry of that week."""

    bumps: tuple[Bump, ...] = ()
    colour: str = "white"
    inflamed: bool = False
    ulcerated: bool = False
    discharge: bool = False
    hair: float = 0.0  # share of the patch's hair still there, 0..1
    shiny: bool = False
    pale: bool = False


def _scaled(colour: RGB, factor: float) -> RGB:
    r, g, b = (min(255, max(0, round(c * factor))) for c in colour)
    return (r, g, b)


def _mix(a: RGB, b: RGB) -> RGB:
    return ((a[0] + b[0]) // 2, (a[1] + b[1]) // 2, (a[2] + b[2]) // 2)


def _noise(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """Uniform grey noise from the seeded generator (Pillow's own noise is not seedable)."""
    return Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))


class SkinPatch:
    """The same patch of one person's skin, photographed again and again."""

    def __init__(
        self, seed: int, tone: RGB, hair_strands: int = 0, hairline: bool = False, creases: bool = False
    ) -> None:
        self.rng = random.Random(seed)
        self.tone = tone
        self.texture = self._texture(creases)
        self.strands = self._strands(hair_strands, hairline)

    def _texture(self, creases: bool) -> Image.Image:
        rng, size = self.rng, (WIDTH + 2 * JITTER, FIELD_HEIGHT + 2 * JITTER)
        blotches = _noise(rng, (size[0] // 16, size[1] // 16)).resize(size, Image.Resampling.BICUBIC)
        skin = Image.composite(
            Image.new("RGB", size, _scaled(self.tone, 0.93)),
            Image.new("RGB", size, _scaled(self.tone, 1.04)),
            blotches,
        )
        grain = _noise(rng, size).filter(ImageFilter.GaussianBlur(0.7))
        skin = Image.blend(skin, Image.merge("RGB", (grain, grain, grain)), 0.08)
        draw = ImageDraw.Draw(skin)
        pore = _scaled(self.tone, 0.84)
        for _ in range(size[0] * size[1] // 500):
            x, y = rng.uniform(0, size[0]), rng.uniform(0, size[1])
            draw.ellipse((x, y, x + rng.uniform(1, 2.2), y + rng.uniform(1, 2.2)), fill=pore)
        if creases:  # the folds over a joint
            crease = _scaled(self.tone, 0.8)
            for i in range(3):
                y0 = size[1] * (0.18 + 0.07 * i) + rng.uniform(-4, 4)
                points = [(x, y0 + 6 * math.sin(x / 90 + i)) for x in range(0, size[0] + 20, 20)]
                draw.line(points, fill=crease, width=2)
        # Light falls off towards the corners, as with a phone's flash.
        shade = Image.radial_gradient("L").resize(size).point(lambda v: int(v * 0.55))
        return Image.composite(Image.new("RGB", size, _scaled(self.tone, 0.78)), skin, shade)

    def _strands(self, count: int, hairline: bool) -> list[tuple[list[tuple[float, float]], float, RGB]]:
        """Hair strands as (points, keep, colour); strands with the lowest `keep` stay longest."""
        rng, strands = self.rng, []
        parting = rng.uniform(0, math.pi)  # hair on a patch mostly lies one way
        for _ in range(count):
            x = rng.uniform(-30, WIDTH + 2 * JITTER + 30)
            bottom = float(FIELD_HEIGHT + 2 * JITTER)
            if hairline:
                bottom *= rng.triangular(0.1, 0.6, 0.3)
            y = rng.uniform(-30, bottom)
            angle, bend = parting + rng.gauss(0, 0.3), rng.gauss(0, 0.12)
            step, points = rng.uniform(8, 22), [(x, y)]
            for _ in range(4):
                x, y = x + step * math.cos(angle), y + step * math.sin(angle)
                points.append((x, y))
                angle += bend
            shade = rng.uniform(0.7, 1.5)
            strands.append((points, rng.random(), _scaled(HAIR_COLOUR, shade)))
        return strands

    def photo(self, scene: Scene, rng: random.Random) -> Image.Image:
        dx, dy = rng.randint(0, 2 * JITTER), rng.randint(0, 2 * JITTER)
        field = self.texture.crop((dx, dy, dx + WIDTH, dy + FIELD_HEIGHT))
        offset = (JITTER - dx, JITTER - dy)  # keeps bumps where they are on the skin
        if scene.pale:
            field = ImageEnhance.Brightness(ImageEnhance.Color(field).enhance(0.7)).enhance(1.06)
        if scene.bumps and scene.inflamed:
            _redness(field, scene.bumps[0], offset)
        for bump in sorted(scene.bumps, key=lambda b: b.diameter_mm):
            _bump(field, bump, offset, BUMP_COLOURS.get(scene.colour, BUMP_COLOURS["white"]), rng)
        if scene.bumps and scene.ulcerated:
            _opening(field, scene.bumps[0], offset, scene.discharge, rng)
        if scene.hair > 0:
            self._hair(field, scene.hair, offset)
        if scene.shiny:
            _shine(field, rng)
        field = ImageEnhance.Brightness(field).enhance(rng.uniform(0.94, 1.06))
        image = Image.new("RGB", (WIDTH, HEIGHT))
        image.paste(field, (0, 0))
        image.paste(RULER, (0, FIELD_HEIGHT))
        return image

    def _hair(self, field: Image.Image, share: float, offset: tuple[int, int]) -> None:
        draw = ImageDraw.Draw(field)
        dx, dy = offset[0] - JITTER, offset[1] - JITTER
        for points, keep, colour in self.strands:
            if keep > share:
                continue  # this strand has thinned out
            draw.line([(x + dx, y + dy) for x, y in points], fill=colour, width=1)
            draw.ellipse(
                (points[0][0] + dx - 1, points[0][1] + dy - 1, points[0][0] + dx + 1, points[0][1] + dy + 1),
                fill=_scaled(colour, 0.8),
            )  # the root


def _centre(bump: Bump, offset: tuple[int, int]) -> tuple[float, float]:
    return bump.x * WIDTH + offset[0], bump.y * FIELD_HEIGHT + offset[1]


def _soft_paste(
    field: Image.Image, colour: RGB, box: tuple[float, float, float, float], blur: float, opacity: int = 255
) -> None:
    """Paint a soft-edged ellipse; only its neighbourhood is blurred, not the whole photo."""
    pad = int(3 * blur) + 2
    left, top = int(box[0]) - pad, int(box[1]) - pad
    size = (int(box[2]) + pad - left + 1, int(box[3]) + pad - top + 1)
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).ellipse((box[0] - left, box[1] - top, box[2] - left, box[3] - top), fill=opacity)
    if blur:
        mask = mask.filter(ImageFilter.GaussianBlur(blur))
    field.paste(Image.new("RGB", size, colour), (left, top), mask)


def _bump(field: Image.Image, bump: Bump, offset: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    cx, cy = _centre(bump, offset)
    rx = bump.diameter_mm * PX_PER_MM / 2 * bump.aspect
    ry = bump.diameter_mm * PX_PER_MM / 2 / bump.aspect
    skin = field.getpixel((min(WIDTH - 1, max(0, int(cx))), min(FIELD_HEIGHT - 1, max(0, int(cy)))))
    assert isinstance(skin, tuple)
    under: RGB = (int(skin[0]), int(skin[1]), int(skin[2]))
    # A raised bump casts a small shadow below and to the right of itself.
    _soft_paste(field, _scaled(under, 0.6), (cx - rx + 2, cy - ry + 3, cx + rx + 3, cy + ry + 5), 2.5, 120)
    # A dome: the rim blends into the skin, the top is the deposit's own colour.
    rim = _mix(colour, under)
    _soft_paste(field, rim, (cx - rx, cy - ry, cx + rx, cy + ry), 1.2)
    core = (cx - rx * 0.8, cy - ry * 0.8, cx + rx * 0.8, cy + ry * 0.8)
    _soft_paste(field, colour, core, max(1.0, rx / 5))
    draw = ImageDraw.Draw(field)
    speck = _scaled(colour, 0.93)  # the chalky, grainy surface
    for _ in range(int(rx * ry / 12)):
        a, r = rng.uniform(0, 2 * math.pi), math.sqrt(rng.random()) * 0.85
        x, y = cx + rx * r * math.cos(a), cy + ry * r * math.sin(a)
        draw.point((x, y), fill=speck)
    glint = (cx - rx * 0.55, cy - ry * 0.6, cx - rx * 0.05, cy - ry * 0.15)
    _soft_paste(field, (255, 255, 252), glint, max(1.0, rx / 6), 150)


def _redness(field: Image.Image, bump: Bump, offset: tuple[int, int]) -> None:
    cx, cy = _centre(bump, offset)
    r = bump.diameter_mm * PX_PER_MM * 0.95 + 10
    _soft_paste(field, (205, 92, 80), (cx - r, cy - r, cx + r, cy + r), r / 3, 170)


def _opening(
    field: Image.Image, bump: Bump, offset: tuple[int, int], discharge: bool, rng: random.Random
) -> None:
    cx, cy = _centre(bump, offset)
    r = bump.diameter_mm * PX_PER_MM * 0.25
    _soft_paste(field, (150, 52, 44), (cx - r, cy - r, cx + r, cy + r), 1.5)
    if discharge:  # chalk-like crumbs in and beside the opening
        draw = ImageDraw.Draw(field)
        for _ in range(14):
            x, y = cx + rng.gauss(0, r * 0.8), cy + rng.gauss(r * 0.3, r * 0.7)
            s = rng.uniform(1.5, 3.5)
            draw.ellipse((x - s, y - s, x + s, y + s), fill=(250, 248, 240))


def _shine(field: Image.Image, rng: random.Random) -> None:
    cx, cy = rng.uniform(0.3, 0.7) * WIDTH, rng.uniform(0.25, 0.5) * FIELD_HEIGHT
    box = (cx - 110, cy - 45, cx + 110, cy + 45)
    _soft_paste(field, (255, 250, 244), box, 28, 95)


def _ruler() -> Image.Image:
    """White strip, a tick every millimetre (10 px), longer at 5 and 10 mm, centimetres numbered."""
    ruler = Image.new("RGB", (WIDTH, RULER_HEIGHT), (249, 249, 246))
    draw = ImageDraw.Draw(ruler)
    for mm in range(WIDTH // PX_PER_MM + 1):
        x = mm * PX_PER_MM
        length = 20 if mm % 10 == 0 else 13 if mm % 5 == 0 else 8
        draw.line((x, 0, x, length), fill=(20, 20, 20), width=1)
        if mm % 10 == 0 and 0 < x < WIDTH - 10:
            draw.text((x + 3, 22), f"{mm // 10}", fill=(20, 20, 20))
    draw.text((WIDTH - 22, 22), "cm", fill=(20, 20, 20))
    return ruler


RULER = _ruler()
