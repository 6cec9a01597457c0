#!/usr/bin/env python3
"""Write docs/fhir/sample-bundle.json: the FHIR R4 bundle of a small demo journal (three
months, one site, photos left out, its last visit with an ultrasound), dated so the file is the
same on every run.

    .venv/bin/python scripts/fhir_sample.py [--out docs/fhir/sample-bundle.json]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journal.core.demo.generate import generate_demo  # noqa: E402
from journal.core.domain.profile import make_profile, save_profile  # noqa: E402
from journal.core.fhir.bundle import build_bundle, bundle_json  # noqa: E402
from journal.core.folder.durable import write_atomic  # noqa: E402
from journal.core.journal import Journal  # noqa: E402

END = dt.date(2026, 6, 30)
STAMP = dt.datetime(2026, 7, 1, 9, 0, tzinfo=dt.UTC)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "fhir" / "sample-bundle.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Journal.open(Path(tmp) / "journal") as journal:
        generate_demo(journal, years=0.25, sites=1, seed=1, end=END)
        save_profile(journal.store, make_profile("Alex Sample"))
        # The demo's visits carry words only: the last one gets structured findings, so the
        # sample shows how they are written.
        visit, site = journal.store.visits()[-1], journal.store.sites()[0]
        journal.store.update_visit(
            dataclasses.replace(
                visit, site_id=site.id, ultrasound_mm=2.3, ultrasound_depth_mm=1.1, named_type="dystrophic"
            )
        )
        export = build_bundle(journal, photos="none", now=STAMP)
    write_atomic(args.out, bundle_json(export.bundle, indent=1) + b"\n", mode=0o644)
    print(f"Wrote {args.out}: {export.describe_counts()}.")
    for line in export.not_coded:
        print(f"- {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
