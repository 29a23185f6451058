"""Reading articles from files for the command line: .txt, .json (object or array), .jsonl, .zip of
those (SaudiNewsNet as shipped) and ``-`` for stdin. Streams: one article in memory at a time.

Every problem becomes an ``InputError`` naming the file (and item) and is yielded, not raised, so the
caller reports it in one line and carries on with the other articles.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import ijson
from django.conf import settings
from django.utils.dateparse import parse_date, parse_datetime

from extractors.builtin.dates import NUMERIC_RE


@dataclass
class ArticleInput:
    origin: str
    text: str
    id: str = ""
    title: str = ""
    url: str = ""
    outlet: str = ""
    published_at: datetime | None = None
    language: str = ""


@dataclass
class InputError:
    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def _parse_when(value: Any) -> datetime | None:
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    parsed = parse_datetime(value) or parse_datetime(value.replace(" ", "T"))
    if parsed:
        return parsed
    day = parse_date(value[:10])
    return datetime(day.year, day.month, day.day) if day else None


def _date_in_header(text: str) -> datetime | None:
    """A .txt article often carries its date near the top («الأحد 2021/12/12»)."""
    head = "\n".join(text.splitlines()[:8])
    for m in NUMERIC_RE.finditer(head):
        y, mo, d = (m[1], m[2], m[3]) if m[1] else (m[6], m[5], m[4])
        try:
            return datetime.combine(date(int(y), int(mo), int(d)), datetime.min.time())
        except ValueError:
            continue
    return None


def article_from_object(obj: Any, origin: str) -> ArticleInput | InputError:
    if not isinstance(obj, dict):
        return InputError(origin, f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text", obj.get("content"))
    if not isinstance(text, str):
        return InputError(origin, "missing 'text' (or 'content') string")
    return ArticleInput(
        origin=origin,
        text=text,
        id=str(obj.get("id", "") or ""),
        title=str(obj.get("title", "") or ""),
        url=str(obj.get("url", "") or ""),
        outlet=str(obj.get("outlet", obj.get("source", "")) or ""),
        published_at=_parse_when(obj.get("published_at") or obj.get("date_extracted")),
        language=str(obj.get("language", "") or ""),
    )


def _decode(data: bytes, origin: str) -> str | InputError:
    if len(data) > settings.MIZAN_MAX_ARTICLE_BYTES:
        return InputError(
            origin, f"{len(data)} bytes, over the {settings.MIZAN_MAX_ARTICLE_BYTES}-byte limit"
        )
    if b"\x00" in data:
        return InputError(origin, "binary data (NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(origin, f"not UTF-8 (byte {exc.start}: {exc.reason})")


def _from_text_bytes(data: bytes, origin: str) -> Iterator[ArticleInput | InputError]:
    text = _decode(data, origin)
    if isinstance(text, InputError):
        yield text
        return
    if not text.strip():
        yield InputError(origin, "empty article")
        return
    yield ArticleInput(origin=origin, text=text, id=Path(origin).stem, published_at=_date_in_header(text))


def _from_jsonl(stream: IO[bytes], origin: str) -> Iterator[ArticleInput | InputError]:
    for number, line in enumerate(stream, start=1):
        where = f"{origin}:{number}"
        if not line.strip():
            continue
        if len(line) > settings.MIZAN_MAX_ARTICLE_BYTES * 2:
            yield InputError(where, f"line of {len(line)} bytes is over the size limit")
            continue
        try:
            obj = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield InputError(where, f"not UTF-8 (byte {exc.start}: {exc.reason})")
            continue
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield article_from_object(obj, where)


def _from_json(stream: IO[bytes], origin: str) -> Iterator[ArticleInput | InputError]:
    head = stream.read(1)
    while head and head.isspace():
        head = stream.read(1)
    if not head:
        yield InputError(origin, "empty file")
        return
    rest = io.BufferedReader(_Prepend(head, stream))  # type: ignore[arg-type]
    try:
        if head == b"[":
            for index, obj in enumerate(ijson.items(rest, "item", use_float=True)):
                yield article_from_object(obj, f"{origin}[{index}]")
        else:
            data = rest.read(settings.MIZAN_MAX_ARTICLE_BYTES * 2 + 1)
            if len(data) > settings.MIZAN_MAX_ARTICLE_BYTES * 2:
                yield InputError(origin, "JSON object over the size limit")
                return
            yield article_from_object(json.loads(data.decode("utf-8")), origin)
    except (ijson.JSONError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        yield InputError(origin, f"invalid JSON: {exc}")


class _Prepend(io.RawIOBase):
    """A byte stream with a few bytes pushed back in front (we peeked at the first one)."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self.head, self.stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n], self.head = self.head[:n], self.head[n:]
            return n
        data = self.stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _from_stream(stream: IO[bytes], origin: str, suffix: str) -> Iterator[ArticleInput | InputError]:
    if suffix == ".jsonl":
        yield from _from_jsonl(stream, origin)
    elif suffix == ".json":
        yield from _from_json(stream, origin)
    else:
        yield from _from_text_bytes(stream.read(settings.MIZAN_MAX_ARTICLE_BYTES + 1), origin)


def read_articles(paths: list[str], stdin: IO[bytes] | None = None) -> Iterator[ArticleInput | InputError]:
    """Yield the articles (or input errors) of every path, in order."""
    for raw in paths:
        if raw == "-":
            stream = stdin or sys.stdin.buffer
            peek = io.BufferedReader(_Prepend(b"", stream))  # type: ignore[arg-type]
            first = peek.peek(64).lstrip()[:1]
            suffix = ".json" if first == b"[" else ".jsonl" if first == b"{" else ".txt"
            yield from _from_stream(peek, "<stdin>", suffix)
            continue
        path = Path(raw)
        if not path.is_file():
            yield InputError(raw, "no such file")
            continue
        suffix = path.suffix.lower()
        if suffix == ".zip":
            try:
                with zipfile.ZipFile(path) as archive:
                    for member in archive.namelist():
                        member_suffix = Path(member).suffix.lower()
                        if member_suffix in {".json", ".jsonl", ".txt"}:
                            with archive.open(member) as stream:
                                yield from _from_stream(stream, f"{raw}:{member}", member_suffix)
            except zipfile.BadZipFile as exc:
                yield InputError(raw, f"bad zip file ({exc})")
            continue
        if suffix not in {".txt", ".json", ".jsonl"}:
            yield InputError(raw, f"unsupported file type {suffix!r} (use .txt, .json, .jsonl, .zip or -)")
            continue
        with path.open("rb") as stream:
            yield from _from_stream(stream, raw, suffix)
