"""A file written in pieces (the FHIR export's bundle) is whole or not there at all."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from journal.core.folder.durable import write_atomic_parts


def test_the_pieces_make_the_file_and_it_is_private(tmp_path):
    target = tmp_path / "out" / "bundle.json"
    write_atomic_parts(target, (piece.encode() for piece in ("[", "1,", "2", "]")))
    assert target.read_bytes() == b"[1,2]"
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_a_failure_halfway_leaves_the_old_file_as_it_was_and_no_temporary_file(tmp_path):
    target = tmp_path / "bundle.json"
    target.write_bytes(b"the export before")

    def pieces() -> Iterator[bytes]:
        yield b'{"resourceType":"Bundle",'
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_atomic_parts(target, pieces())
    assert target.read_bytes() == b"the export before"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle.json"]
