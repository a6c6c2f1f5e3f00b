"""Paths, directories, stdin and every bad-input code that is decided on raw bytes."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_helpers import ENGLISH_BODY, GERMAN, RUSSIAN, only_article, only_rejection

from seismo.config import Settings
from seismo.ingest import read_inputs
from seismo.ingest.files import sniff
from seismo.models import Article, Rejection

Writer = Callable[[str, str | bytes], Path]


def read(inputs: list[str | Path], settings: Settings) -> list[Article | Rejection]:
    return list(read_inputs([str(item) for item in inputs], settings))


def test_missing_path(settings: Settings, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = only_rejection(read([missing], settings), "I001")
    assert result.source == str(missing)
    assert result.reason == f"I001 {missing}: no such file or directory"


def test_reason_names_the_path_as_given(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = only_rejection(read(["notes.txt"], settings), "I002")
    assert result.reason == "I002 notes.txt: file is empty"
    assert result.source == "notes.txt"


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf\n"])
def test_empty_files(settings: Settings, write: Writer, content: bytes) -> None:
    only_rejection(read([write("empty.txt", content)], settings), "I002")


def test_binary_with_nul_bytes(settings: Settings, write: Writer) -> None:
    path = write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = only_rejection(read([path], settings), "I003")
    assert "NUL" in result.reason


def test_binary_with_control_characters(settings: Settings, write: Writer) -> None:
    path = write("noise.txt", b"abc\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 50)
    result = only_rejection(read([path], settings), "I003")
    assert "control characters" in result.reason


def test_invalid_utf8(settings: Settings, write: Writer) -> None:
    path = write("latin1.txt", "Headline\n\nTroops moved to Kyiv café.".encode("latin-1"))
    result = only_rejection(read([path], settings), "I004")
    assert "byte 0xe9" in result.reason
    assert "convert it to UTF-8" in result.reason


def test_utf16_is_reported_as_encoding_problem(settings: Settings, write: Writer) -> None:
    path = write("utf16.txt", "Headline\n\nTroops moved.".encode("utf-16"))
    only_rejection(read([path], settings), "I004")


def test_utf8_bom_is_dropped(settings: Settings, write: Writer) -> None:
    path = write("bom.txt", "\ufeffHeadline\n\nTroops moved.".encode())
    doc = only_article(read([path], settings))
    assert (doc.title, doc.text) == ("Headline", "Troops moved.")


def test_file_over_limit_is_rejected_without_reading(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: no 21 MB written

    def refuse(self: Path) -> bytes:
        raise AssertionError("read_bytes called on an oversized file")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = only_rejection(read([big], settings), "I005")
    assert f"{21 * 1024 * 1024} bytes; limit 1200000 bytes for a plain-text file" in result.reason
    big_json = big.rename(tmp_path / "big.jsonl")  # many records: the per-input byte limit
    result = only_rejection(read([big_json], settings), "I005")
    assert f"{21 * 1024 * 1024} bytes; limit {20 * 1024 * 1024} bytes per input" in result.reason


def test_text_file_size_limit_agrees_with_the_character_limit(settings: Settings, tmp_path: Path) -> None:
    """Issue 14: a 19.5 MB text file passed the 20 MB byte check, then failed on 300,000 characters.

    A plain-text file is one article, so its byte limit follows from the character limit (4 bytes
    per character at most in UTF-8), and the one message gives both.
    """
    huge = tmp_path / "long.txt"
    with huge.open("wb") as handle:
        handle.truncate(19_500_000)
    result = only_rejection(read([huge], settings), "I005")
    assert "19500000 bytes; limit 1200000 bytes" in result.reason
    assert "300,000 characters" in result.reason
    assert settings.max_text_file_bytes == 4 * settings.max_document_chars
    fits = tmp_path / "fits.txt"  # just under the byte limit: the character check decides, same numbers
    fits.write_text("Troops moved. " * (1_200_000 // 14), encoding="utf-8")
    long = only_rejection(read([fits], settings), "I017")
    assert "limit 300,000 characters per article, inputs up to 20,971,520 bytes" in long.reason


def test_limit_comes_from_settings(settings: Settings, write: Writer) -> None:
    settings.max_input_bytes = 10
    only_rejection(read([write("a.txt", "Headline\n\nTroops moved.")], settings), "I005")


def test_unreadable_file(
    settings: Settings, write: Writer, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write("secret.txt", "Headline\n\nTroops moved.")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    result = only_rejection(read([path], settings), "I015")
    assert "Permission denied" in result.reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")
def test_special_files_are_not_read(settings: Settings, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading it would block forever
    result = only_rejection(read([fifo], settings), "I015")
    assert "not a regular file" in result.reason


@pytest.mark.parametrize("foreign", [GERMAN, RUSSIAN])
def test_non_english_file(settings: Settings, write: Writer, foreign: str) -> None:
    only_rejection(read([write("foreign.txt", f"Titel\n\n{foreign}")], settings), "I009")


def test_directory_is_walked_sorted_and_filtered(settings: Settings, write: Writer) -> None:
    body = "Headline {}\n\nTroops moved."
    write("b.txt", body.format("b"))
    write("a.md", body.format("a"))
    write("sub/c.text", body.format("c"))
    write("sub/deeper/d.TXT", body.format("d"))
    write(".hidden.txt", body.format("hidden"))
    write(".git/e.txt", body.format("in hidden dir"))
    write("notes.docx", b"PK\x03\x04 binary")
    write("script.py", "print('hi')")
    results = read([write("a.md", body.format("a")).parent], settings)
    titles = [r.title for r in results if isinstance(r, Article)]
    assert titles == ["Headline a", "Headline b", "Headline c", "Headline d"]
    assert len(results) == 4


def test_directory_and_file_inputs_keep_their_order(settings: Settings, write: Writer) -> None:
    one = write("x/one.txt", "One\n\nTroops moved.")
    two = write("two.txt", "Two\n\nTalks resumed.")
    results = read([two, one.parent], settings)
    assert [r.title for r in results if isinstance(r, Article)] == ["Two", "One"]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        (b"  <html><body>x</body></html>", "html"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed"),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        (b'{"text": "a"}', "json"),
        (b'[{"text": "a"}]', "json"),
        (b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        (b'<?xml version="1.0"?><rss><channel><item><description>&lt;html&gt;', "feed"),
        (b"<?xml version='1.0'?><rss><item><![CDATA[<html><body>x]]>", "feed"),
        (b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', "html"),
        (b"<b>Bold</b> headline\n\nText.", "text"),
        (b"[Updated] Headline\n\nTroops moved.", "text"),
        (b"Headline\n\nTroops moved.", "text"),
    ],
)
def test_sniff(content: bytes, kind: str) -> None:
    assert sniff(content) == kind


def test_unknown_extension_is_sniffed(settings: Settings, write: Writer) -> None:
    path = write("story.dat", '{"text": "Troops moved.", "title": "From JSON"}')
    assert only_article(read([path], settings)).title == "From JSON"
    path = write("story.log", "Plain Headline\n\nTroops moved.")
    assert only_article(read([path], settings)).title == "Plain Headline"


def test_stdin_text_stream(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"Headline\n\n{ENGLISH_BODY}"))
    doc = only_article(read(["-"], settings))
    assert (doc.source, doc.title, doc.text) == ("stdin", "Headline", ENGLISH_BODY)


def test_stdin_binary_stream(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO(b'{"text": "Troops moved.", "id": "s1"}\n{"text": "Talks."}\n')
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    results = read(["-"], settings)
    assert [r.source for r in results] == ["stdin:1", "stdin:2"]
    assert isinstance(results[0], Article)
    assert results[0].doc_id == "s1"


def test_stdin_closed(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    only_rejection(read(["-"], settings), "I015")


def test_stdin_over_limit(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.max_input_bytes = 100
    raw = io.BytesIO(b"x" * 250)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    result = only_rejection(read(["-"], settings), "I005")
    assert result.reason.startswith(
        "I005 stdin: too large (250 bytes; limit 100 bytes per input; each article at most 300,000 characters)"
    )


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", "I002"), (b"\x00\x01\x02", "I003"), (b"Headline\n\ncaf\xe9", "I004")],
)
def test_stdin_bad_input(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, content: bytes, code: str
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(content), encoding="utf-8"))
    assert only_rejection(read(["-"], settings), code).source == "stdin"


def test_one_bad_input_does_not_stop_the_rest(settings: Settings, write: Writer) -> None:
    good = write("good.txt", "Headline\n\nTroops moved.")
    results = read([write("empty.txt", ""), "missing.txt", good], settings)
    assert [r.code if isinstance(r, Rejection) else "ok" for r in results] == [
        "I002",
        "I001",
        "ok",
    ]
