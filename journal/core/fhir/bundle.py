"""The journal as one FHIR R4 Bundle (type "collection"), as plain JSON.

What goes where (hl7.org/fhir/R4):
- About you: a `Patient` with the name the person typed, if any, and nothing else (the known
  conditions and medicines stay on the doctor summary, as About you promises).
- A lab result: an `Observation` (category laboratory) with its LOINC code when the journal's
  table (domain/lab_tests.py, through `codes.lab_loinc`) has one for the test and unit, the
  value and unit as the lab printed them (UCUM code beside the unit when there is one), the
  lab's own reference range, and H or L.
- An entry: an `Observation` for the check as a whole (date, body site, note, its photos in
  `derivedFrom`) whose `hasMember` are one `Observation` per value logged: pain (LOINC
  72514-3), tightness, size with its width and method (`derivedFrom` the photo's `Media` when
  it was measured on it), count, colour, mobility, the looks and each warning sign.
- A photo: a `Media` with its date, body site and size in pixels; the picture itself embedded
  (base64) or left out.
- A daily check: an `Observation` (category survey) with one component per answer.
- A supplement: a `MedicationStatement`; other care: a `Procedure`; a visit: an `Encounter`
  (R4's Encounter has no note: the findings and note are its narrative text), its structured
  findings resources that point to it (an ultrasound an imaging `Observation` with the site's
  body site, the X-ray and the type named `Observation`s, a biopsy done a `Procedure`).

Every resource's id comes from its journal row ("lab-12", "entry-40-pain", "photo-7"), and its
`fullUrl` is a name-based UUID of that id, so the same journal exported twice gives the same
ids and references. Values without a standard code keep their words (`code.text`); each kind of
gap is named in `FhirExport.not_coded`, never filled with a guessed code.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import functools
import hashlib
import html
import json
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from journal.core.domain import choices as C
from journal.core.domain import lab_tests
from journal.core.domain.model import Entry, LabResult, Site, Visit
from journal.core.domain.profile import load_profile
from journal.core.errors import JournalError
from journal.core.fhir import codes
from journal.core.folder.durable import write_atomic, write_atomic_parts
from journal.core.journal import Journal
from journal.core.measure.model import Measurement
from journal.core.measure.uncertainty import SIZE_METHOD_LABELS

Json = dict[str, Any]
PHOTO_CHOICES = ("none", "embed")

# The namespace of the name-based UUIDs (RFC 4122, version 5) of the bundle's fullUrls: fixed,
# so a resource keeps its fullUrl from one export to the next.
NAMESPACE = uuid.UUID("6f1c3e0a-57a8-4c55-9a55-8d1f0c2b7e31")
PATIENT_ID = "patient"

# An entry's values with their words (the journal's own, as the summary prints them). None has
# a standard code except pain; their `code.text` is these words.
ENTRY_WORDS = {
    "tightness": "Skin tightness (0-10, self-rated)",
    "mobility": "How the deposit moves over the tissue below",
    "shiny": "Skin looks shiny",
    "pale": "Skin looks pale",
    "hair_thinning": "Hair thinning",
    "size": "Size: longest diameter",
    "count": "Number of deposits",
    "colour": "Colour",
    "pain": "Pain (0-10)",
    "inflamed": "Warning sign: inflamed (red, warm or swollen)",
    "ulcerated": "Warning sign: broke open",
    "discharge": "Warning sign: chalk-like discharge",
    "restricted_movement": "Warning sign: restricted movement",
}
WIDTH_WORDS = "Width: at right angles to the longest diameter"
# In the order they are exported; size stands for size_mm, width_mm and size_method together.
ENTRY_VALUES = tuple(ENTRY_WORDS)
# A visit's structured findings, in the words of the window's visit form.
ULTRASOUND_WORDS = "Ultrasound: thickness of the deposit"
ULTRASOUND_DEPTH_WORDS = "Ultrasound: depth under the skin's surface"
XRAY_WORDS = "X-ray: what it showed"
TYPE_WORDS = "Type of deposit the doctor named"
TYPE_LABELS = {t: t.capitalize() for t in C.DIAGNOSED_TYPES}
DAILY_WORDS = {
    "fatigue": "Fatigue",
    "weakness": "Muscle weakness",
    "urination_changes": "Changes in urination",
    "stress": "Stress (0-10)",
}
DAILY_SCALES = ("stress",)  # the answers on a scale; the others are yes or no


@dataclasses.dataclass(frozen=True)
class FhirExport:
    parts: list[str]  # the bundle as compact JSON, in pieces (a resource each) that join into it
    counts: dict[str, int]  # resource type -> how many
    not_coded: tuple[str, ...]  # what could not be coded, one sentence a kind

    def chunks(self) -> Iterator[bytes]:
        """The bundle in UTF-8, some hundred resources at a time. A piece without a non-ASCII
        letter is encoded by a plain copy; the whole bundle as one string would be encoded
        letter by letter as soon as one "µg" is in it."""
        parts = self.parts
        for start in range(0, len(parts), 256):
            yield "".join(parts[start : start + 256]).encode("utf-8")

    @property
    def data(self) -> bytes:
        """The bundle as compact JSON in UTF-8, as `write_fhir` writes it."""
        return b"".join(self.chunks())

    @functools.cached_property
    def bundle(self) -> Json:
        """The bundle as Python values (read back from `data`)."""
        value: Json = json.loads(self.data)
        return value

    def describe_counts(self) -> str:
        return ", ".join(f"{n} {kind}" for kind, n in sorted(self.counts.items())) or "nothing"


def _category(code: str) -> list[Json]:
    return [{"coding": [{"system": codes.OBSERVATION_CATEGORY, "code": code}]}]


# Shared by every resource that uses them (never changed once made): a long journal's 80,000
# Observations then cost no new dictionaries for their fixed parts.
_CATEGORIES = {code: _category(code) for code in ("laboratory", "survey", "exam", "imaging")}
_ENTRY_CODES: dict[str, Json] = {field: {"text": words} for field, words in ENTRY_WORDS.items()}
_ENTRY_CODES["pain"] = {
    "text": ENTRY_WORDS["pain"],
    "coding": [{"system": codes.LOINC, "code": codes.PAIN_LOINC}],
}
_ENTRY_CATEGORIES = {
    field: _CATEGORIES["survey" if field in ("pain", "tightness") else "exam"] for field in ENTRY_WORDS
}
# An entry member's JSON up to its id: the same keys, in the same order, as the other resources.
_ENTRY_HEADS = {
    field: '{"resourceType":"Observation","status":"final",'
    f'"category":{json.dumps(_ENTRY_CATEGORIES[field], separators=(",", ":"))},'
    f'"code":{json.dumps(_ENTRY_CODES[field], ensure_ascii=False, separators=(",", ":"))},'
    for field in ENTRY_WORDS
}


def _encode_once(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_EXAM = _encode_once(_CATEGORIES["exam"])
_NAMESPACE_BYTES = NAMESPACE.bytes
_SURVEY = _encode_once(_CATEGORIES["survey"])
# Each answer of a daily check: (its field, its code as JSON, whether it is on a scale).
_DAILY_PARTS = tuple(
    (field, _encode_once({"text": words}), field in DAILY_SCALES) for field, words in DAILY_WORDS.items()
)
_MEDIA_TYPE = _encode_once({"coding": [{"system": codes.MEDIA_TYPE, "code": "image", "display": "Image"}]})


def name_uuid(name: str) -> str:
    """uuid.uuid5(NAMESPACE, name) as text (RFC 4122 4.3: the SHA-1 of namespace and name, with
    version 5 and variant 10 set), in a fraction of its time: the export names up to 100,000.
    (The loop over an entry's members does the same inline.)"""
    h = _sha1(_NAMESPACE_BYTES + name.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"


_sha1 = hashlib.sha1
# What an entry member's name-based UUID hashes before its id (see name_uuid).
_MEMBER_NAME = _NAMESPACE_BYTES + b"Observation/"


_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}
_CHOICE_WORDS = {"mobility": C.MOBILITY_LABELS, "colour": C.COLOUR_LABELS}
_BOOL_TEXT = {True: '"valueBoolean":true', False: '"valueBoolean":false'}
_ENTRY_KINDS = {
    field.name: "bool" if "bool" in str(field.type) else "int" for field in dataclasses.fields(Entry)
}


def _member_kind(field: str) -> str | dict[str, str]:
    """How an entry member's value is written: "size", "bool", "int", or for a choice the JSON
    text of its value[x] by stored value (the words the app shows)."""
    if field == "size":
        return "size"
    if field in _CHOICE_WORDS:
        return {k: f'"valueString":{encode_basestring(w)}' for k, w in _CHOICE_WORDS[field].items()}
    return _ENTRY_KINDS[field]


# Each member of an entry's panel, in the order exported: (its field, its id's suffix (FHIR ids:
# letters, digits, - and .), its JSON up to the id, how its value is written). Worked out once:
# a 10-year journal has some 70,000 members.
_MEMBERS = tuple(
    (field, "-" + field.replace("_", "-"), _ENTRY_HEADS[field], _member_kind(field)) for field in ENTRY_VALUES
)
# A size's unit, in full (UCUM's millimetre is "mm").
_MM = f'"unit":"mm","system":"{codes.UCUM}","code":"mm"'


def _note(*texts: str | None) -> list[Json]:
    return [{"text": text} for text in texts if text]


class _Builder:
    """Builds the resources of one export; remembers what it could not code."""

    def __init__(self, journal: Journal, photos: str) -> None:
        self.journal = journal
        self.photos = photos
        # Each bundle entry as JSON text. The Patient comes first; every entry after it starts
        # with its comma, so that the pieces join into the bundle as they are.
        self.entries: list[str] = []
        self.counts: Counter[str] = Counter()
        self.gaps: Counter[str] = Counter()  # a kind of gap -> how many records have it
        self.said_once: set[str] = set()
        self.words_only: set[str] = set()
        self._body_sites: dict[int, Json] = {}
        self._site_texts: dict[int, tuple[str, str]] = {}  # site id -> its bodySite and panel code, as JSON
        self.patient_ref = self.ref("Patient", PATIENT_ID)
        self.patient_text = _encode(self.patient_ref)

    # -- ids and references ---------------------------------------------------------------
    @staticmethod
    def full_url(kind: str, rid: str) -> str:
        return f"urn:uuid:{name_uuid(f'{kind}/{rid}')}"

    def ref(self, kind: str, rid: str) -> Json:
        return {"reference": self.full_url(kind, rid)}

    def add(self, resource: Json) -> None:
        self.add_text(resource["resourceType"], resource["id"], _encode(resource))

    def add_text(self, kind: str, rid: str, resource: str) -> None:
        """A resource already in JSON (ids and fullUrls need no escaping: letters, digits, - . : /)."""
        comma = "," if self.entries else ""
        self.entries.append(f'{comma}{{"fullUrl":"{self.full_url(kind, rid)}","resource":{resource}}}')
        self.counts[kind] += 1

    # -- shared pieces --------------------------------------------------------------------
    def quantity(self, value: float, unit: str, what: str) -> Json:
        q: Json = {"value": value, "unit": unit}
        code = codes.ucum(unit)
        if code is None:
            self.gaps[
                f'the unit "{unit}" of {what} is not a UCUM unit: written as printed, without a code'
            ] += 1
        else:
            q["system"], q["code"] = codes.UCUM, code
        return q

    def site_texts(self, site: Site) -> tuple[str, str]:
        """The site's bodySite and its entries' panel code as JSON text, encoded once a site."""
        assert site.id is not None
        found = self._site_texts.get(site.id)
        if found is None:
            found = self._site_texts[site.id] = (
                _encode(self.body_site(site)),
                _encode({"text": f"Check of {site.name}"}),
            )
        return found

    def body_site(self, site: Site) -> Json:
        assert site.id is not None
        found = self._body_sites.get(site.id)
        if found is None:
            found = {"text": f"{site.name} ({site.region})"}
            coded = codes.REGION_SNOMED.get(site.region)
            if coded is None:
                # Named once, whatever the number of the site's records.
                self.said_once.add(
                    f'the site "{site.name}" is in the region "{site.region}", which has no SNOMED CT code: '
                    "its body site is in words only"
                )
            else:
                found["coding"] = [{"system": codes.SNOMED, "code": coded[0], "display": coded[1]}]
            self._body_sites[site.id] = found
        return found

    # -- the resources --------------------------------------------------------------------
    def patient(self) -> None:
        profile = load_profile(self.journal.store)
        resource: Json = {"resourceType": "Patient", "id": PATIENT_ID}
        if profile.name:
            resource["name"] = [{"text": profile.name}]
        self.add(resource)

    def lab(self, lab: LabResult) -> None:
        # The export is read by other programs: the test's English name, whatever the window speaks.
        named = lab_tests.BY_KEY.get(lab.test)
        label = named.label if named is not None else lab.test
        code: Json = {"text": label if lab.test != lab_tests.OLD_OTHER else "Other lab test (see note)"}
        loinc = codes.lab_loinc(lab.test, lab.unit)
        if loinc is not None:
            code["coding"] = [{"system": codes.LOINC, "code": loinc}]
        elif lab.test == lab_tests.OLD_OTHER:
            self.gaps["a lab result of another test has no LOINC code: its name is in its note"] += 1
        else:
            self.gaps[
                f"{label} in {lab.unit}: no LOINC code in the journal's table; exported with its name"
            ] += 1
        what = f"a {label} result"
        resource: Json = {
            "resourceType": "Observation",
            "id": f"lab-{lab.id}",
            "status": "final",
            "category": _CATEGORIES["laboratory"],
            "code": code,
            "subject": self.patient_ref,
            "effectiveDateTime": lab.date.isoformat(),
            "valueQuantity": self.quantity(lab.value, lab.unit, what),
        }
        if lab.low is not None or lab.high is not None:
            limits: Json = {}
            if lab.low is not None:
                limits["low"] = self.quantity(lab.low, lab.unit, what)
            if lab.high is not None:
                limits["high"] = self.quantity(lab.high, lab.unit, what)
            resource["referenceRange"] = [limits]
            flag = "H" if lab.high is not None and lab.value > lab.high else None
            flag = "L" if lab.low is not None and lab.value < lab.low else flag
            if flag is not None:
                resource["interpretation"] = [
                    {
                        "coding": [
                            {
                                "system": codes.INTERPRETATION,
                                "code": flag,
                                "display": "High" if flag == "H" else "Low",
                            }
                        ]
                    }
                ]
        else:
            self.gaps[f"{label}: a result without the lab's reference range is exported without one"] += 1
        if lab.note:
            resource["note"] = _note(lab.note)
        self.add(resource)

    def media(self, photo: Json, entry_date: str, site: Site) -> None:
        """A photo's Media from its row, written as JSON text around the parts encoded once (a long
        journal has thousands): the same keys in the same order as `json` would write its dictionary."""
        sha, ext = photo["sha256"], photo["ext"]
        kind = "image/png" if ext == "png" else "image/jpeg"
        content = f'{{"contentType":"{kind}","title":{encode_basestring(f"{sha}.{ext}")}'
        if self.photos == "embed":
            try:
                # The picture itself: in an encrypted journal the file is sealed, read decrypted in memory.
                picture = base64.b64encode(self.journal.files.read(sha, ext)).decode("ascii")
                content += f',"data":"{picture}"'
            except FileNotFoundError:
                self.gaps["a photo whose picture is missing from the journal is exported without it"] += 1
            except JournalError:  # a sealed file that was changed: never exported as if it were the photo
                self.gaps["a photo whose file was changed or damaged is exported without its picture"] += 1
        rid = f"photo-{photo['id']}"
        taken = photo["taken_on"] or entry_date  # ISO dates, as stored
        self.add_text(
            "Media",
            rid,
            f'{{"resourceType":"Media","id":"{rid}","status":"completed","type":{_MEDIA_TYPE},'
            f'"subject":{self.patient_text},"createdDateTime":"{taken}","bodySite":{self.site_texts(site)[0]},'
            f'"width":{photo["width"]},"height":{photo["height"]},"content":{content}}}}}',
        )

    def entry(self, entry: Json, site: Site, photo_ids: list[int], measured: Measurement | None) -> None:
        """The entry's panel and one member a value, from its row (values as stored: yes/no as
        0/1, the date as ISO text). The hot path of a long journal (ten values a week a site):
        each member is written as JSON text around its pre-encoded parts."""
        base = f"entry-{entry['id']}"
        body_site, panel_code = self.site_texts(site)
        shared = f'"subject":{self.patient_text},"effectiveDateTime":"{entry["date"]}","bodySite":{body_site}'
        urls: list[str] = []  # the members' fullUrls
        append = self.entries.append
        for field, suffix, head, how in _MEMBERS:
            if isinstance(how, str):
                if how == "size":
                    value = self.size_value(entry, measured)
                    if value is None:
                        continue
                else:
                    raw = entry[field]
                    if raw is None:
                        continue
                    if how == "bool":
                        value = '"valueBoolean":true' if raw else '"valueBoolean":false'
                    else:
                        value = f'"valueInteger":{raw}'
            else:
                raw = entry[field]
                if raw is None:
                    continue
                value = how.get(raw) or f'"valueString":{encode_basestring(str(raw))}'
            rid = base + suffix
            h = _sha1(_MEMBER_NAME + rid.encode()).hexdigest()  # name_uuid(f"Observation/{rid}")
            url = f"urn:uuid:{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"
            append(f',{{"fullUrl":"{url}","resource":{head}"id":"{rid}",{shared},{value}}}}}')
            urls.append(url)
        self.counts["Observation"] += len(urls)
        if len(urls) > (entry["pain"] is not None):  # a value besides pain, the one with a code
            self.words_only.add("entry")
        panel = f'{{"resourceType":"Observation","id":"{base}","status":"final","category":{_EXAM},"code":{panel_code},{shared}'
        if urls:
            panel += ',"hasMember":[{"reference":"' + '"},{"reference":"'.join(urls) + '"}]'
        if photo_ids:
            sources = ",".join(f'{{"reference":"{self.full_url("Media", f"photo-{p}")}"}}' for p in photo_ids)
            panel += f',"derivedFrom":[{sources}]'
        if entry["note"]:
            panel += f',"note":{_encode(_note(entry["note"]))}'
        self.add_text("Observation", base, panel + "}")

    def size_value(self, entry: Json, measured: Measurement | None) -> str | None:
        """The value part of a size Observation as JSON text, or None when no size was logged.
        A size is in millimetres, a UCUM unit: no gap to name (floats as `json` writes them)."""
        size, width, method = entry["size_mm"], entry["width_mm"], entry["size_method"]
        if size is None and width is None:
            return None
        parts: list[str] = []
        if size is not None:
            parts.append(f'"valueQuantity":{{"value":{float(size)!r},{_MM}}}')
        if width is not None:
            parts.append(
                f'"component":[{{"code":{{"text":{encode_basestring(WIDTH_WORDS)}}},'
                f'"valueQuantity":{{"value":{float(width)!r},{_MM}}}}}]'
            )
        if method is not None:
            words: str = SIZE_METHOD_LABELS.get(method) or str(method)
            parts.append(f'"method":{{"text":{encode_basestring(words)}}}')
        if method == "photo" and measured is not None:
            parts.append(
                f'"derivedFrom":[{{"reference":"{self.full_url("Media", f"photo-{measured.photo_id}")}"}}]'
            )
        return ",".join(parts)

    def daily(self, check: Json) -> None:
        """A daily check from its row (the date as ISO text, yes/no as 0/1), as JSON text."""
        parts = []
        for field, code, is_scale in _DAILY_PARTS:
            value = check[field]
            if value is None:
                continue
            if is_scale:
                parts.append(f'{{"code":{code},"valueInteger":{value}}}')
            else:
                parts.append(f'{{"code":{code},"valueBoolean":{"true" if value else "false"}}}')
        rid = f"daily-{check['id']}"
        text = (
            f'{{"resourceType":"Observation","id":"{rid}","status":"final","category":{_SURVEY},'
            f'"code":{{"text":"Daily check"}},"subject":{self.patient_text},"effectiveDateTime":"{check["date"]}"'
        )
        if parts:
            text += f',"component":[{",".join(parts)}]'
            self.words_only.add("daily check")
        if check["note"]:
            text += f',"note":{_encode(_note(check["note"]))}'
        self.add_text("Observation", rid, text + "}")

    def care(self, care: Json) -> None:
        """A care event from its row (the date as ISO text), as JSON text: a long journal has
        thousands. The same keys in the same order as `json` would write its dictionary."""
        amount, unit, minutes = care["amount"], care["unit"], care["minutes"]
        amount_words = f"{amount:g} {unit}" if amount is not None and unit else None
        took = f"Took {minutes} minutes." if minutes is not None else None
        rid = f"care-{care['id']}"
        if care["kind"] == "supplement":
            kind = "MedicationStatement"
            text = (
                f'{{"resourceType":"MedicationStatement","id":"{rid}","status":"completed",'
                f'"medicationCodeableConcept":{{"text":{encode_basestring(care["what"])}}},'
                f'"subject":{self.patient_text},"effectiveDateTime":"{care["date"]}"'
            )
            if amount_words is not None:
                dose = _encode(self.quantity(amount, unit, "a supplement"))
                text += (
                    f',"dosage":[{{"text":{encode_basestring(amount_words)},'
                    f'"doseAndRate":[{{"doseQuantity":{dose}}}]}}]'
                )
            notes = _note(care["note"], took)
        else:
            # R4's Procedure has no amount or duration of its own: both go into its notes.
            kind = "Procedure"
            what = f"{C.CARE_KIND_LABELS.get(care['kind'], care['kind'])}: {care['what']}"
            text = (
                f'{{"resourceType":"Procedure","id":"{rid}","status":"completed",'
                f'"code":{{"text":{encode_basestring(what)}}},'
                f'"subject":{self.patient_text},"performedDateTime":"{care["date"]}"'
            )
            notes = _note(care["note"], f"Amount: {amount_words}." if amount_words else None, took)
        self.words_only.add("care")
        if notes:
            text += f',"note":{_encode(notes)}'
        self.add_text(kind, rid, text + "}")

    def visit(self, visit: Visit, site: Site | None) -> None:
        """The visit's Encounter, and its structured findings as resources of their own that
        point to it (`encounter`): the ultrasound an imaging Observation with the site's body site
        (thickness its value, depth a component), the X-ray and the type the doctor named
        Observations, a biopsy done a Procedure with its result in `note`. All of them, with the
        site and a biopsy not done, are also in the Encounter's narrative, in the app's words."""
        rid = f"visit-{visit.id}"
        resource: Json = {
            "resourceType": "Encounter",
            "id": rid,
            "status": "finished",
            # v3 ActCode AMB: an ambulatory (outpatient) visit, the R4 Encounter.class for one.
            "class": {"system": codes.ACT_CODE, "code": "AMB", "display": "ambulatory"},
            "subject": self.patient_ref,
            "period": {"start": visit.date.isoformat(), "end": visit.date.isoformat()},
        }
        if visit.clinician:
            resource["participant"] = [{"individual": {"display": visit.clinician}}]
        findings, structured = self.visit_findings(visit, site)
        paragraphs = [("Findings", visit.findings), *structured, ("Note", visit.note)]
        shown = [f"<p>{name}: {html.escape(text)}</p>" for name, text in paragraphs if text]
        if shown:
            resource["text"] = {
                "status": "additional",
                "div": '<div xmlns="http://www.w3.org/1999/xhtml">' + "".join(shown) + "</div>",
            }
        self.add(resource)
        for finding in findings:
            self.add(finding)

    def visit_findings(
        self, visit: Visit, site: Site | None
    ) -> tuple[list[Json], list[tuple[str, str | None]]]:
        """The visit's structured findings as resources, and as the narrative's paragraphs (with
        the labels of the window's visit form)."""
        findings: list[Json] = []
        rid = f"visit-{visit.id}"
        date = visit.date.isoformat()
        shared: Json = {"subject": self.patient_ref, "encounter": self.ref("Encounter", rid)}

        def observation(suffix: str, category: str, words: str, value: Json) -> None:
            found: Json = {
                "resourceType": "Observation",
                "id": f"{rid}-{suffix}",
                "status": "final",
                "category": _CATEGORIES[category],
                "code": {"text": words},
                **shared,
                "effectiveDateTime": date,
            }
            if site is not None:
                found["bodySite"] = self.body_site(site)
            findings.append({**found, **value})
            self.words_only.add("visit")

        thick, deep = visit.ultrasound_mm, visit.ultrasound_depth_mm
        if thick is not None or deep is not None:
            value: Json = {}
            if thick is not None:
                value["valueQuantity"] = self.quantity(thick, "mm", "an ultrasound")
            if deep is not None:
                value["component"] = [
                    {
                        "code": {"text": ULTRASOUND_DEPTH_WORDS},
                        "valueQuantity": self.quantity(deep, "mm", "a depth"),
                    }
                ]
            observation("ultrasound", "imaging", ULTRASOUND_WORDS, value)
        if visit.xray:
            observation("xray", "imaging", XRAY_WORDS, {"valueString": visit.xray})
        if visit.named_type:
            observation(
                "type",
                "exam",
                TYPE_WORDS,
                {"valueString": TYPE_LABELS.get(visit.named_type, visit.named_type)},
            )
        if visit.biopsy:
            biopsy: Json = {
                "resourceType": "Procedure",
                "id": f"{rid}-biopsy",
                "status": "completed",
                "code": {"text": "Biopsy"},
                **shared,
            }
            # When it was done is not asked (perhaps before the visit that gave its result).
            if site is not None:
                biopsy["bodySite"] = [self.body_site(site)]
            if visit.biopsy_result:
                biopsy["note"] = _note(f"Result: {visit.biopsy_result}")
            findings.append(biopsy)
            self.words_only.add("visit")

        ultrasound = ", ".join(
            f"{words} {value:g} mm"
            for words, value in (("thickness", thick), ("depth", deep))
            if value is not None
        )
        biopsy_words = None if visit.biopsy is None else "not done" if not visit.biopsy else "done"
        if visit.biopsy and visit.biopsy_result:
            biopsy_words = f"done; result: {visit.biopsy_result}"
        return findings, [
            ("About the site", f"{site.name} ({site.region})" if site is not None else None),
            ("Ultrasound", ultrasound or None),
            ("X-ray showed", visit.xray),
            ("Biopsy", biopsy_words),
            ("Type the doctor named", TYPE_LABELS.get(visit.named_type or "", visit.named_type)),
        ]

    def not_coded(self) -> tuple[str, ...]:
        lines = [f"{what} ({n} record{'s' if n != 1 else ''})" for what, n in self.gaps.items()]
        lines += self.said_once
        if self.words_only - {"visit"}:
            lines.append(
                "tightness, size, count, colour, mobility, looks, warning signs, daily checks and care "
                "have no standard code: written with their names in words (code.text)"
            )
        if "visit" in self.words_only:
            lines.append(
                "a visit's ultrasound, X-ray, biopsy and the type the doctor named have no standard code "
                "here: written with their names in words (code.text)"
            )
        return tuple(sorted(lines))


def build_bundle(
    journal: Journal,
    since: dt.date | None = None,
    until: dt.date | None = None,
    photos: str = "none",
    now: dt.datetime | None = None,
) -> FhirExport:
    """The journal's records dated within [since, until] (photos with their entries; the
    Patient always) as one Bundle. `photos`: "embed" puts each picture in its Media, "none"
    leaves it out."""
    if photos not in PHOTO_CHOICES:
        raise JournalError(f"--photos must be one of {', '.join(PHOTO_CHOICES)}, not {photos!r}.")
    if since is not None and until is not None and since > until:
        raise JournalError(
            f"The period starts on {since.isoformat()}, after it ends ({until.isoformat()}). Nothing was written."
        )
    store = journal.store
    build = _Builder(journal, photos)
    # One snapshot: the photos and measurements belong to the entries read with them.
    with store.read_transaction():
        build.patient()
        sites = {site.id: site for site in store.sites()}
        # Plain rows, not an Entry and a Photo each: a 10-year journal has some 15,000 of them.
        by_entry: dict[int, list[Json]] = {}
        for photo in store.photo_rows(since=since, until=until):
            by_entry.setdefault(photo["entry_id"], []).append(photo)
        measured = store.latest_measurements()
        for entry in store.entry_rows(since=since, until=until):
            site = sites[entry["site_id"]]
            photos_of = by_entry.get(entry["id"], [])
            for photo in photos_of:
                build.media(photo, entry["date"], site)
            build.entry(entry, site, [p["id"] for p in photos_of], measured.get(entry["id"]))
        _each(build.lab, store.labs(since=since, until=until))
        _each(build.daily, store.daily_rows(since=since, until=until))
        _each(build.care, store.care_rows(since=since, until=until))
        for visit in store.visits(since=since, until=until):
            build.visit(visit, sites.get(visit.site_id) if visit.site_id is not None else None)
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")
    head = {"resourceType": "Bundle", "id": "skinjournal-export", "type": "collection"}
    head["timestamp"] = stamp.replace("+00:00", "Z")
    parts = [f'{_encode(head)[:-1]},"entry":[', *build.entries, "]}"]
    return FhirExport(parts, dict(build.counts), build.not_coded())


def _each(add: Any, records: Iterable[Any]) -> None:
    for record in records:
        add(record)


# Compact JSON by json's C encoder, UTF-8 kept as it is.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def bundle_json(bundle: Json, indent: int | None = None) -> bytes:
    """The bundle as UTF-8 JSON. Without `indent` json's C encoder writes it (indenting switches
    to the pure-Python one, several times slower on a long journal)."""
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(bundle, ensure_ascii=False, indent=indent, separators=separators).encode("utf-8")


def write_fhir(
    journal: Journal,
    out: Path,
    since: dt.date | None = None,
    until: dt.date | None = None,
    photos: str = "none",
    indent: int | None = None,
) -> FhirExport:
    """Build the bundle and write it to `out` whole or not at all (a temporary file renamed)."""
    export = build_bundle(journal, since, until, photos)
    if indent is None:
        write_atomic_parts(Path(out), export.chunks())
    else:
        write_atomic(Path(out), bundle_json(export.bundle, indent))
    return export
