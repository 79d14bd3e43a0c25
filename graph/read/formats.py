"""Format adapters: the bytes or text of one release -> a `Release` with its metadata.

Formats: plain text (like the DIP seed: a dateline "กรุงเทพฯ 3 ตุลาคม 2561 -" gives the date), the thaigov
corpus format (line 1 "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-" + title, a date line, the title repeated, the body, an
optional "พิมพ์" line and a "ที่มา : URL" footer), and JSON ({"text": ..., "title", "published", "source_url"}).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from phakhi.graph.text.dates import parse_date
from phakhi.graph.types import Release

THAIGOV_PREFIX = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-"
THAIGOV_PUBLISHER = "สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี"
_FOOTER = re.compile(r"^\s*ที่มา\s*:\s*(?P<url>\S+)\s*$")
_DATE_LINE = re.compile(r"^\s*วัน\S*ที่\s*\d")
_PRINT_LINE = "พิมพ์"
MAX_RELEASE_BYTES = 10 * 1024 * 1024  # as a request body over HTTP; a long press release is some 100 kB
_WEB_URL = re.compile(r"https?://\S+", re.IGNORECASE)  # a source link a page may show (never javascript:)


class ReadError(ValueError):
    """A release could not be read; the message says which and why."""


@dataclass(frozen=True)
class ReadFailure:
    name: str
    reason: str


def decode(data: bytes, name: str) -> str:
    """Bytes -> text. UTF-8 (a BOM is kept as the text's first character), or UTF-16 with a BOM."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ReadError(f"{name}: invalid UTF-16 at byte {error.start}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if b"\x00" in data:  # an image, an archive, a program: say so rather than point at one byte
            raise ReadError(f"{name}: binary data (NUL characters), not a text release") from None
        raise ReadError(f"{name}: not UTF-8 text (invalid byte 0x{data[error.start]:02x} at offset {error.start})") from None


def parse_release(text: str, name: str, **metadata) -> Release:
    """Text -> Release, recognising the thaigov corpus layout; `metadata` (title, published, source_url,
    publisher) overrides what the text says."""
    if "\x00" in text:
        raise ReadError(f"{name}: binary data (NUL characters), not a text release")
    if not text.strip("\ufeff \t\r\n"):
        raise ReadError(f"{name}: empty release")
    _check_unicode(text, name, "text")
    lines = _lines(text)
    first_start, first_end = lines[0]
    first = text[first_start:first_end].lstrip("\ufeff")
    if first.startswith(THAIGOV_PREFIX):
        release = _thaigov(text, name, lines)
    else:
        release = _plain(text, name)
    values = {k: v for k, v in metadata.items() if v is not None}
    if values:
        release = Release(**{**release.__dict__, **values})
    return release


def _check_unicode(value: str, name: str, field: str) -> None:
    """JSON can carry a lone surrogate ("\\ud800"): that is not Unicode text, and nothing can store it."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ReadError(f"{name}: {field} holds a lone surrogate (U+{ord(value[error.start]):04X} at character "
                        f"{error.start}), not Unicode text") from None


def too_large(size: int) -> str:
    return f"release too large ({size:,} bytes; the limit is {MAX_RELEASE_BYTES:,} bytes)"


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _thaigov(text: str, name: str, lines: list[tuple[int, int]]) -> Release:
    first_start, first_end = lines[0]
    title_start = text.index(THAIGOV_PREFIX, first_start) + len(THAIGOV_PREFIX)
    title = text[title_start:first_end].strip()
    regions = [(title_start, first_end)]
    published = source_url = None
    for start, end in lines[1:]:
        line = text[start:end]
        stripped = line.strip()
        if not stripped or stripped == _PRINT_LINE or stripped == title:
            continue
        if published is None and _DATE_LINE.match(line) and len(stripped) < 40:
            published = parse_date(stripped)
            continue
        footer = _FOOTER.match(line)
        if footer:
            source_url = footer.group("url") if _WEB_URL.fullmatch(footer.group("url")) else None
            continue
        regions.append((start, end))
    return Release(name=name, text=text, title=title or None, published=published, source_url=source_url,
                   publisher=THAIGOV_PUBLISHER, regions=tuple(regions))


def _plain(text: str, name: str) -> Release:
    start = len(text) - len(text.lstrip("\ufeff"))
    head = text[start:start + 300]
    return Release(name=name, text=text, published=parse_date(head), regions=((start, len(text)),))


def read_bytes(data: bytes, name: str) -> Release:
    if len(data) > MAX_RELEASE_BYTES:
        raise ReadError(f"{name}: {too_large(len(data))}")
    if name.lower().endswith(".json"):
        return _json_release(data, name)
    return parse_release(decode(data, name), name)


def _json_release(data: bytes, name: str) -> Release:
    try:
        obj = json.loads(decode(data, name))
    except json.JSONDecodeError as error:
        raise ReadError(f"{name}: invalid JSON ({error.msg} at line {error.lineno})") from None
    return release_from_json(obj, name)


def release_from_json(obj: object, name: str) -> Release:
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise ReadError(f"{name}: a JSON release must be an object with a \"text\" string")
    published = obj.get("published")
    if published is not None:
        try:
            published = date.fromisoformat(str(published))
        except ValueError:
            raise ReadError(f"{name}: \"published\" must be an ISO date YYYY-MM-DD, got {published!r}") from None
    for key in ("title", "source_url", "publisher", "name"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise ReadError(f"{name}: \"{key}\" must be a string")
        if obj.get(key) is not None:
            _check_unicode(obj[key], name, f"\"{key}\"")
    if obj.get("source_url") is not None and not _WEB_URL.fullmatch(obj["source_url"]):
        raise ReadError(f"{name}: \"source_url\" must be an http(s) URL, got {obj['source_url'][:80]!r}")
    own = str(obj.get("name") or name)
    try:
        return parse_release(obj["text"], own, title=obj.get("title"), published=published,
                             source_url=obj.get("source_url"), publisher=obj.get("publisher"))
    except ReadError as error:
        if own == name:
            raise
        # the file (or archive member) is what a user can find: name it first, the release's own name after
        reason = str(error).removeprefix(f"{own}: ")
        raise ReadError(f"{name}: {reason} (the release named {own!r})") from None
