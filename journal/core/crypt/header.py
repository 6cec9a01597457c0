"""The key header `journal.key` of an encrypted journal, and unlocking it.

The journal's data key is 32 random bytes. It is never stored plain: the header holds it
sealed twice, once under a key derived from the passphrase with Argon2id (memory-hard; the
parameters and salt are in the header, so they can be raised later without breaking old
journals) and once under a key derived from the recovery code (128 random bits, printed once:
no stretching is needed for a random code, so HKDF). Changing the passphrase rewrites only
the header, atomically; the database and photo keys derived from the data key stay the same.

A wrong passphrase fails the header's authentication tag after the KDF: refused in words,
with nothing about the contents (the header holds no names, counts or dates).
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
from pathlib import Path
from typing import Any

from journal.core.crypt.keys import JournalKeys
from journal.core.errors import JournalError
from journal.core.folder.durable import write_atomic
from journal.core.language import Words


class CryptHeaderWords(Words):
    """Opening an encrypted journal: a wrong or missing passphrase, an unreadable key file."""


HEADER_NAME = "journal.key"
FORMAT = "skinjournal-key"
VERSION = 2  # 2: the photo files are named by a keyed hash ("names": "keyed"); 1 wrote no "names"
# How the photo and thumbnail files are named: by the SHA-256 of the picture (headers of version 1,
# written before keyed names), or by HMAC-SHA256 of that SHA-256 under the names key.
SHA256_NAMES = "sha256"
KEYED_NAMES = "keyed"
# Argon2id at RFC 9106's second recommended option (section 4: t=3 passes, 64 MiB, p=4 lanes)
# with its memory raised to 96 MiB, which the RFC allows (more memory, same passes): about 0.5 s on
# the project's 2-core reference machine (64 MiB took 0.26 to 0.34 s there, 128 MiB 0.65 s).
KDF_PARAMS = {"time_cost": 3, "memory_kib": 98304, "parallelism": 4}
_RECOVERY_GROUPS = 8  # 8 groups of 4 base32 characters: 160 bits, shown as XXXX-XXXX-...


class PassphraseNeeded(JournalError):
    """The journal is encrypted and no passphrase (or recovery code) was given."""


class WrongPassphrase(JournalError):
    """The passphrase or recovery code does not open the journal's header."""


@dataclasses.dataclass(frozen=True)
class Header:
    kdf: dict[str, Any]
    by_passphrase: dict[str, str]
    by_recovery: dict[str, str]
    state: str  # "encrypted", or "encrypting"/"decrypting" while a conversion is under way
    names: str = SHA256_NAMES  # SHA256_NAMES or KEYED_NAMES (see above)

    @property
    def finished(self) -> bool:
        """Nothing left to convert: encrypted, with keyed file names. A journal encrypted before
        keyed names (version 1) is renamed on its next open (convert.open_keys)."""
        return self.state == "encrypted" and self.names == KEYED_NAMES

    def to_json(self) -> bytes:
        keyed = self.names == KEYED_NAMES
        fields = {
            "format": FORMAT,
            # A header of keyed names is refused by a Skin Journal that does not know them (it
            # would take every file for an unused one); a version 1 journal stays readable by it.
            "version": VERSION if keyed else 1,
            "kdf": self.kdf,
            "passphrase": self.by_passphrase,
            "recovery": self.by_recovery,
            "state": self.state,
        }
        if keyed:
            fields["names"] = KEYED_NAMES
        return json.dumps(fields, indent=1).encode()


def header_path(folder: Path) -> Path:
    return Path(folder) / HEADER_NAME


def is_encrypted(folder: Path) -> bool:
    return header_path(folder).exists()


def read_header(folder: Path) -> Header:
    try:
        data = header_path(folder).read_bytes()
    except OSError as exc:
        raise _unreadable(folder, exc) from None
    return parse_header(data, folder)


def _unreadable(folder: Path, exc: BaseException) -> JournalError:
    return JournalError(
        CryptHeaderWords.tr(
            "The journal in {folder} is encrypted, but its key file {file} cannot be read "
            "({reason}); without it the journal cannot be opened."
        ).format(
            folder=folder,
            file=HEADER_NAME,
            reason=getattr(exc, "strerror", None) or CryptHeaderWords.tr("it is damaged"),
        )
    )


def parse_header(data: bytes, folder: Path) -> Header:
    """The header from the bytes of a `journal.key` (the journal's, or a backup's member)."""
    try:
        raw = json.loads(data)
        if raw.get("format") != FORMAT:
            raise ValueError("not a key header")
        if int(raw.get("version", 0)) > VERSION:
            raise JournalError(
                CryptHeaderWords.tr(
                    "The journal in {folder} was encrypted by a newer Skin Journal; update the app to open it."
                ).format(folder=folder)
            )
        return Header(
            kdf=dict(raw["kdf"]),
            by_passphrase=dict(raw["passphrase"]),
            by_recovery=dict(raw["recovery"]),
            state=str(raw.get("state", "encrypted")),
            names=KEYED_NAMES if raw.get("names") == KEYED_NAMES else SHA256_NAMES,
        )
    except JournalError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise _unreadable(folder, exc) from None


def write_header(folder: Path, header: Header) -> None:
    write_atomic(header_path(folder), header.to_json())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)


def _argon2(passphrase: str, kdf: dict[str, Any]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        _unb64(kdf["salt"]),
        time_cost=int(kdf["time_cost"]),
        memory_cost=int(kdf["memory_kib"]),
        parallelism=int(kdf["parallelism"]),
        hash_len=32,
        type=Type.ID,
    )


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def _wrap(kek: bytes, data_key: bytes, label: bytes) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "sealed": _b64(AESGCM(kek).encrypt(nonce, data_key, label))}


def _unwrap(kek: bytes, wrapped: dict[str, str], label: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(_unb64(wrapped["nonce"]), _unb64(wrapped["sealed"]), label)
    except (InvalidTag, KeyError, ValueError):
        return None


def _normal_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def new_recovery_code() -> str:
    import secrets  # here, not at the top: with hmac and OpenSSL's hashes behind it, 8 ms of every start

    raw = base64.b32encode(secrets.token_bytes(_RECOVERY_GROUPS * 20 // 8)).decode().rstrip("=")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _passphrase_part(passphrase: str, data_key: bytes) -> tuple[dict[str, Any], dict[str, str]]:
    kdf = {"name": "argon2id", **KDF_PARAMS, "salt": _b64(os.urandom(16))}
    return kdf, _wrap(_argon2(passphrase, kdf), data_key, b"passphrase")


def _recovery_part(code: str, data_key: bytes) -> dict[str, str]:
    salt = os.urandom(16)
    kek = _hkdf(_normal_code(code).encode(), salt, b"skinjournal recovery")
    return {"salt": _b64(salt), **_wrap(kek, data_key, b"recovery")}


def new_header(passphrase: str) -> tuple[Header, bytes, str]:
    """A header for a new data key: (header, data key, the recovery code to show once)."""
    check_passphrase(passphrase)
    import secrets

    data_key, code = secrets.token_bytes(32), new_recovery_code()
    kdf, by_passphrase = _passphrase_part(passphrase, data_key)
    header = Header(kdf, by_passphrase, _recovery_part(code, data_key), "encrypted", KEYED_NAMES)
    return header, data_key, code


def with_new_passphrase(header: Header, data_key: bytes, passphrase: str) -> Header:
    check_passphrase(passphrase)
    kdf, by_passphrase = _passphrase_part(passphrase, data_key)
    return dataclasses.replace(header, kdf=kdf, by_passphrase=by_passphrase)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < 8:
        raise JournalError(
            CryptHeaderWords.tr("A passphrase needs at least 8 characters (a few words are best).")
        )


def unlock(folder: Path, header: Header, passphrase: str | None, recovery: str | None = None) -> bytes:
    """The data key from the passphrase (or the recovery code); WrongPassphrase when neither opens."""
    if recovery:
        salt = _unb64(header.by_recovery.get("salt", ""))
        kek = _hkdf(_normal_code(recovery).encode(), salt, b"skinjournal recovery")
        key = _unwrap(kek, header.by_recovery, b"recovery")
        refusal = CryptHeaderWords.tr(
            "That recovery code does not open the journal in {folder}. Nothing was changed; try again."
        )
    elif passphrase is not None:
        if header.kdf.get("name") != "argon2id":
            raise JournalError(
                CryptHeaderWords.tr(
                    "The journal in {folder} uses a key derivation this Skin Journal does not know."
                ).format(folder=folder)
            )
        key = _unwrap(_argon2(passphrase, header.kdf), header.by_passphrase, b"passphrase")
        refusal = CryptHeaderWords.tr(
            "That passphrase does not open the journal in {folder}. Nothing was changed; try again."
        )
    else:
        raise PassphraseNeeded(
            CryptHeaderWords.tr(
                "The journal in {folder} is encrypted: its passphrase is needed to open it."
            ).format(folder=folder)
        )
    if key is None:
        raise WrongPassphrase(refusal.format(folder=folder))
    return key


def derive_keys(data_key: bytes) -> JournalKeys:
    return JournalKeys(
        database=_hkdf(data_key, b"", b"skinjournal database"),
        photos=_hkdf(data_key, b"", b"skinjournal photos"),
        names=_hkdf(data_key, b"", b"skinjournal photo names"),
    )
