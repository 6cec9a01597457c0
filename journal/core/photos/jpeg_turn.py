"""Turning a JPEG upright without re-encoding it, where the JPEG allows it.

A phone that was held upright saves the picture sideways with an EXIF Orientation tag. Turning
the decoded pixels and encoding them again loses a little and stores a larger file; turning the
JPEG's DCT coefficients instead (a lossless transform) keeps every coded value as the camera
wrote it. Pillow has no such transform, so this uses `jpegtran` from libjpeg-turbo (Debian's
package libjpeg-turbo-progs), the reference implementation, when it is installed:

    jpegtran -copy none -perfect -rotate 90   (the picture on standard input)

`-copy none` writes no metadata at all (no EXIF, GPS, XMP, comment or colour profile);
`-perfect` refuses, rather than leaving the edge blocks unturned, when the picture's size is
not a whole number of its coding blocks (16 pixels for the usual 4:2:0 chroma) along an edge
the turn moves (4000x3000 turned a quarter is not; 4032x3024 is). jpegtran reads every coded
block and exits with status 2 on any damage it meets, so a clean exit also vouches for the
data. The output carries the standard Huffman tables; in the rare case that makes it larger
than the original (a camera that optimised its own tables), it is turned again with
`-optimize` (tables computed for this picture: about 40% more time).

When jpegtran is missing, refuses or fails, `turn` returns None and the pipeline decodes and
re-encodes the picture as before.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

# EXIF Orientation -> jpegtran's transform (EXIF 2.32, tag 0x0112; the same table as the
# pipeline's Pillow transposes: 6 is a quarter turn clockwise to be upright).
TRANSFORMS: dict[int, tuple[str, ...]] = {
    2: ("-flip", "horizontal"),
    3: ("-rotate", "180"),
    4: ("-flip", "vertical"),
    5: ("-transpose",),
    6: ("-rotate", "90"),
    7: ("-transverse",),
    8: ("-rotate", "270"),
}
TIMEOUT_SECONDS = 60.0  # a 100 MP picture takes a few seconds; past this something is wrong

_UNSET = object()
_found: object = _UNSET


def jpegtran() -> str | None:
    """The jpegtran program on PATH, looked up once per process (None when not installed)."""
    global _found
    if _found is _UNSET:
        _found = shutil.which("jpegtran")
    return _found if isinstance(_found, str) else None


def turn(data: bytes, orientation: int) -> bytes | None:
    """The JPEG `data` turned upright for its EXIF `orientation` by a lossless transform, with
    no metadata; None when there is nothing to turn, no jpegtran, or the JPEG does not allow it."""
    program = jpegtran()
    if program is None or orientation not in TRANSFORMS:
        return None
    turned = _run([program, "-copy", "none", "-perfect", *TRANSFORMS[orientation]], data)
    if turned is not None and len(turned) > len(data):
        turned = _run([program, "-copy", "none", "-perfect", "-optimize", *TRANSFORMS[orientation]], data)
    return turned


def _run(command: list[str], data: bytes) -> bytes | None:
    try:
        done = subprocess.run(
            command,
            input=data,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            # No console window flashing up on Windows for each photo.
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0,
        )
    except (OSError, subprocess.SubprocessError):  # not runnable, or hung: re-encode instead
        return None
    if done.returncode != 0 or not done.stdout.startswith(b"\xff\xd8"):
        return None  # 1: not a perfect transform (or an error); 2: warnings, such as damaged data
    return done.stdout
