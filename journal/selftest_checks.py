"""The checks of `skinjournal --self-test`, in the order they run (see journal.selftest).

Each takes the running SelfTest, uses the real modules the app uses, and returns one line
saying what it saw, or raises CheckFailed saying what is wrong.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from journal.selftest import FIRST_DAY, CheckFailed, SelfTestWords, expect

if TYPE_CHECKING:
    from journal.selftest import SelfTest

APP_ID = "io.github.skinjournal.SkinJournal"
PHOTO_SIZE = (1200, 900)


def check_installation(test: SelfTest) -> str:
    """The data files travel with the code: migrations, icons, the desktop entry."""
    from journal.core.store.migrate import migrations_dir
    from journal.resources import resources_dir

    migrations = sorted(migrations_dir().glob("[0-9][0-9][0-9][0-9]_*.sql"))
    expect(
        bool(migrations), SelfTestWords.tr("no migration files in {folder}").format(folder=migrations_dir())
    )
    resources = resources_dir()
    wanted = [
        "skinjournal.svg",
        f"{APP_ID}.desktop",
        f"{APP_ID}.metainfo.xml",
        f"icons/hicolor/256x256/apps/{APP_ID}.png",
    ]
    missing = [name for name in wanted if not (resources / name).is_file()]
    expect(
        not missing,
        SelfTestWords.tr("missing from {folder}: {files}").format(folder=resources, files=", ".join(missing)),
    )
    return SelfTestWords.tr(
        "%n migration file(s), icon and desktop entry in {folder}", "", len(migrations)
    ).format(folder=resources)


def check_journal(test: SelfTest) -> str:
    """A new journal gets every migration; reopening it finds nothing left to apply."""
    from journal.core.journal import Journal
    from journal.core.store.migrate import load_migrations, schema_version

    folder = test.folder / "journal"
    with Journal.open(folder) as journal:
        applied = schema_version(journal.db)
    known = [m.name for m in load_migrations()._migrations]
    expect(
        applied == known,
        SelfTestWords.tr("migrations applied {applied}, expected {known}").format(
            applied=applied, known=known
        ),
    )
    test.journal = Journal.open(folder)
    pending = [m.name for m in load_migrations().pending(test.journal.db)]
    expect(
        not pending,
        SelfTestWords.tr("reopening the journal still finds migrations to apply: {pending}").format(
            pending=pending
        ),
    )
    problems = test.journal.store.integrity_problems()
    expect(
        not problems,
        SelfTestWords.tr("the new journal fails its integrity check: {problems}").format(problems=problems),
    )
    return SelfTestWords.tr("created in a temporary folder; migrations applied: {names}").format(
        names=", ".join(applied)
    )


def check_photo_import(test: SelfTest) -> str:
    """A camera-like JPEG is imported: upright copy stored, thumbnail made, EXIF date read."""
    from journal.core.domain.model import Entry, Site

    journal = test.journal
    source = _camera_jpeg(test.folder / "IMG_0001.jpg", FIRST_DAY)
    test.site = journal.store.add_site(Site.new(name="Self-test forearm", kind="deposit", region="forearm"))
    entry, photos = journal.add_entry(
        Entry.new(site_id=test.site.id, date=FIRST_DAY.isoformat(), size_mm="4.5", count="2", pain="1"),
        [source],
    )
    expect(
        len(photos) == 1,
        SelfTestWords.tr("{count} photos stored for one imported file").format(count=len(photos)),
    )
    photo = photos[0]
    expect(
        photo.taken_on == FIRST_DAY,
        SelfTestWords.tr("photo date {found}, the file says {wanted}").format(
            found=photo.taken_on, wanted=FIRST_DAY
        ),
    )
    stored = journal.photo_path(photo)
    expect(stored.is_file(), SelfTestWords.tr("the stored photo {file} is missing").format(file=stored))
    from PIL import Image

    with Image.open(stored) as image:
        expect(
            image.size == PHOTO_SIZE,
            SelfTestWords.tr("stored photo is {found}, expected {wanted}").format(
                found=image.size, wanted=PHOTO_SIZE
            ),
        )
        expect("exif" not in image.info, SelfTestWords.tr("the stored photo still carries EXIF data"))
    with Image.open(journal.thumbnail_path(photo)) as thumb:
        expect(
            max(thumb.size) <= 320,
            SelfTestWords.tr("thumbnail is {size}, larger than 320 px").format(size=thumb.size),
        )
    for weeks, size in ((3, "5.0"), (6, "5.5")):
        day = FIRST_DAY + dt.timedelta(weeks=weeks)
        journal.add_entry(
            Entry.new(site_id=test.site.id, date=day.isoformat(), size_mm=size, count="3", pain="2")
        )
    heic = _heic_decoder()
    return SelfTestWords.tr("{photo} JPEG stored without EXIF, thumbnail {thumbnail}; {heic}").format(
        photo=f"{PHOTO_SIZE[0]}x{PHOTO_SIZE[1]}", thumbnail=f"{thumb.size[0]}x{thumb.size[1]}", heic=heic
    )


def check_chart(test: SelfTest) -> str:
    """The site chart, drawn by the same Qt canvas the window uses."""
    import numpy as np
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from journal.core.charts.figures import site_figure

    _qt_app(test)
    entries = test.journal.store.entries(test.site.id)
    figure = site_figure(test.site, entries)
    canvas = FigureCanvasQTAgg(figure)
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())
    height, width = pixels.shape[:2]
    expect(
        width > 300 and height > 200,
        SelfTestWords.tr("the chart is only {size} px").format(size=f"{width}x{height}"),
    )
    colours = len(np.unique(pixels.reshape(-1, 4), axis=0))
    expect(
        colours > 20,
        SelfTestWords.tr("the chart has {colours} colours: nothing was drawn").format(colours=colours),
    )
    canvas.deleteLater()
    return SelfTestWords.tr(
        "site chart of {entries} entries drawn by QtAgg: {size} px, {colours} colours"
    ).format(entries=len(entries), size=f"{width}x{height}", colours=colours)


def check_summary_pdf(test: SelfTest) -> str:
    """The doctor summary as the `report` command writes it."""
    from journal.report import SummaryOptions, write_pdf

    _qt_app(test)
    target = test.folder / "summary.pdf"
    pages = write_pdf(test.journal, target, SummaryOptions())
    expect(target.is_file(), SelfTestWords.tr("no PDF file was written"))
    data = target.read_bytes()
    expect(data.startswith(b"%PDF-"), SelfTestWords.tr("the summary file does not start with %PDF-"))
    expect(b"%%EOF" in data[-1024:], SelfTestWords.tr("the summary PDF is truncated (no %%EOF at the end)"))
    expect(pages >= 1, SelfTestWords.tr("the summary has {pages} pages").format(pages=pages))
    return SelfTestWords.tr("%n page(s), {size} kB, a complete PDF", "", pages).format(size=len(data) // 1024)


def check_window(test: SelfTest) -> str:
    """The main window on the self-test's journal, every tab built, with the name, desktop
    entry and icon the application gives itself (the window manager and the platform's
    folders go by these). Layout settings go to the temporary folder, not the person's."""
    from PySide6.QtCore import QSettings, QThreadPool  # noqa: TID251 (the self-test is not the core)

    from journal import APP_NAME
    from journal.gui.main_window import TABS, MainWindow
    from journal.gui.session import JournalSession

    app = _qt_app(test)
    expect(
        app.applicationName() == APP_NAME,
        SelfTestWords.tr("application name {found}, expected {wanted}").format(
            found=repr(app.applicationName()), wanted=repr(APP_NAME)
        ),
    )
    expect(app.organizationName() != "", SelfTestWords.tr("the application sets no organisation name"))
    expect(
        app.desktopFileName() == APP_ID,
        SelfTestWords.tr("desktop file name {found}, expected {wanted}").format(
            found=repr(app.desktopFileName()), wanted=repr(APP_ID)
        ),
    )
    expect(
        not app.windowIcon().pixmap(64, 64).isNull(), SelfTestWords.tr("the application icon did not load")
    )
    settings = QSettings(str(test.folder / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(JournalSession(test.journal), settings)
    try:
        window.show()
        app.processEvents()
        expect(window.isVisible(), SelfTestWords.tr("the main window did not show"))
        missing = [key for key, *_ in TABS if key not in window.tab_keys]
        expect(
            not missing,
            SelfTestWords.tr("tabs missing from the window (modules not installed?): {tabs}").format(
                tabs=", ".join(missing)
            ),
        )
        for key in window.tab_keys:
            expect(
                window.show_tab(key) is not None,
                SelfTestWords.tr("the {tab} tab has no pane").format(tab=key),
            )
            app.processEvents()
        QThreadPool.globalInstance().waitForDone(10_000)
        app.processEvents()
        image = window.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        expect(len(colours) > 5, SelfTestWords.tr("the main window painted nothing"))
        size = f"{image.width()}x{image.height()}"
    finally:
        window.close()
        window.deleteLater()
        QThreadPool.globalInstance().waitForDone(10_000)
        app.processEvents()
    return SelfTestWords.tr(
        "shown offscreen ({size} px), {tabs} tabs built; name, desktop entry and icon set"
    ).format(size=size, tabs=len(window.tab_keys))


def check_qt_binding(test: SelfTest) -> str:
    """The Qt binding keeps its references to None (PySide6 6.12.0 on Python 3.11 does not)."""
    from journal.gui.binding_check import none_references_lost

    _qt_app(test)
    lost = none_references_lost(5000)
    expect(
        lost < 100,
        SelfTestWords.tr(
            "5000 Qt calls lost {lost} references to None: the window would crash in use"
        ).format(lost=lost),
    )
    import PySide6

    return SelfTestWords.tr("PySide6 {version}: 5000 calls lost {lost} references to None").format(
        version=PySide6.__version__, lost=max(lost, 0)
    )


def check_font_cache(test: SelfTest) -> str:
    """matplotlib keeps its font list in a folder that outlives the run, so the next start
    does not rebuild it (a bundle would otherwise use a temporary folder: journal.frozen)."""
    import matplotlib

    from journal.frozen import is_frozen, matplotlib_cache_dir

    cache = Path(matplotlib.get_cachedir())
    wanted = matplotlib_cache_dir()
    if is_frozen() and cache != wanted:
        from journal.core.errors import JournalError
        from journal.core.folder.paths import ensure_private_dir

        try:
            ensure_private_dir(wanted, "folder")
        except (
            OSError,
            JournalError,
        ):  # a read-only home: the app works, only slower to draw its first chart
            return SelfTestWords.tr(
                "{folder} cannot be written, so matplotlib rebuilds its font list at every start"
            ).format(folder=wanted)
        raise CheckFailed(
            SelfTestWords.tr(
                "the font cache is in {found}, not in {wanted}: matplotlib rebuilds it at every start"
            ).format(found=cache, wanted=wanted)
        )
    fontlists = list(cache.glob("fontlist-*.json"))
    expect(bool(fontlists), SelfTestWords.tr("no matplotlib font list in {folder}").format(folder=cache))
    return SelfTestWords.tr("font list kept in {folder}").format(folder=cache)


def _camera_jpeg(path: Path, taken: dt.date) -> Path:
    """A JPEG as a phone writes it: gradients (so it compresses like a photo) and an EXIF date."""
    from PIL import Image

    width, height = PHOTO_SIZE
    image = Image.radial_gradient("L").resize(PHOTO_SIZE)
    skin = Image.merge(
        "RGB",
        (
            image.point(lambda v: 150 + v // 3),
            image.point(lambda v: 110 + v // 3),
            image.point(lambda v: 90 + v // 3),
        ),
    )
    exif = Image.Exif()
    exif[0x8769] = {0x9003: taken.strftime("%Y:%m:%d 10:30:00")}
    skin.save(path, "JPEG", quality=90, exif=exif)
    return path


def _heic_decoder() -> str:
    from PIL import Image

    from journal.core.photos.pipeline import _register_heif

    _register_heif()
    import pi_heif

    decoders = pi_heif.libheif_info().get("decoders", {})
    expect(
        bool(decoders),
        SelfTestWords.tr("pi-heif has no HEVC decoder: HEIC photos from phones would be refused"),
    )
    expect(
        Image.registered_extensions().get(".heic") == "HEIF",
        SelfTestWords.tr("the HEIC opener is not registered"),
    )
    return SelfTestWords.tr("HEIC decoding by libheif {version}").format(version=pi_heif.libheif_version())


def _qt_app(test: SelfTest):  # type: ignore[no-untyped-def]
    """The QApplication configured as the window configures it."""
    if test.qt_app is None:
        from journal.gui.app import application

        test.qt_app = application()
        _quiet_offscreen_warnings()
        if test.qt_app.platformName() != "offscreen":
            raise CheckFailed(
                SelfTestWords.tr("Qt started on {platform}, not offscreen").format(
                    platform=repr(test.qt_app.platformName())
                )
            )
    return test.qt_app


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns that it ignores size hints, which says nothing about the
    installation; every other Qt message still reaches stderr."""
    import sys

    from PySide6.QtCore import qInstallMessageHandler  # noqa: TID251 (the self-test is not the core)

    def handler(_kind, _context, message: str) -> None:  # type: ignore[no-untyped-def]
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


CHECKS = [
    (SelfTestWords.mark("installation"), check_installation),
    (SelfTestWords.mark("journal and migrations"), check_journal),
    (SelfTestWords.mark("photo import"), check_photo_import),
    (SelfTestWords.mark("chart"), check_chart),
    (SelfTestWords.mark("summary PDF"), check_summary_pdf),
    (SelfTestWords.mark("Qt binding"), check_qt_binding),
    (SelfTestWords.mark("main window"), check_window),
    (SelfTestWords.mark("matplotlib font cache"), check_font_cache),
]
