"""Read inputs: files, folders (recursively) and URLs, each to a RawDocument or a reason it failed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx

from ingest.models import ContentType, LoadFailure, RawDocument

SUFFIXES: dict[str, ContentType] = {
    ".txt": ContentType.TEXT,
    ".md": ContentType.MARKDOWN,
    ".markdown": ContentType.MARKDOWN,
    ".html": ContentType.HTML,
    ".htm": ContentType.HTML,
}
MAX_BYTES = 5_000_000


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def expand(inputs: list[str]) -> Iterator[str | LoadFailure]:
    """Each input becomes the files it names (folders recursively, in a stable order) or a failure."""
    for item in inputs:
        if is_url(item):
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                yield LoadFailure(origin=item, reason="folder holds no .txt, .md or .html file")
            yield from (str(p) for p in files)
        elif path.is_file():
            yield str(path)
        else:
            yield LoadFailure(origin=item, reason="no such file or folder")


def load(origin: str, timeout: float = 20.0) -> RawDocument:
    """Raises LoadError (a ValueError) with the reason when the input cannot be read."""
    if is_url(origin):
        return _load_url(origin, timeout)
    return load_file(Path(origin))


class LoadError(ValueError):
    pass


def load_file(path: Path) -> RawDocument:
    content_type = SUFFIXES.get(path.suffix.lower())
    if content_type is None:
        raise LoadError(f"unsupported file type {path.suffix!r} (use .txt, .md or .html)")
    try:
        # Unbuffered: the file is read whole, and a buffer of its own cost twice the read (Path.read_bytes).
        with open(path, "rb", buffering=0) as file:
            data = file.read()
    except OSError as exc:
        raise LoadError(f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > MAX_BYTES:
        raise LoadError(f"file is larger than {MAX_BYTES} bytes")
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(f"not UTF-8 text (byte {exc.start})") from exc
    return RawDocument(origin=str(path), content=content, content_type=content_type)


def _load_url(url: str, timeout: float) -> RawDocument:
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True, headers={"User-Agent": "vilao/0.1"})
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise LoadError(f"cannot fetch: {exc}") from exc
    if len(response.content) > MAX_BYTES:
        raise LoadError(f"page is larger than {MAX_BYTES} bytes")
    kind = response.headers.get("content-type", "")
    content_type = ContentType.HTML if "html" in kind or "<html" in response.text[:500].lower() else ContentType.TEXT
    return RawDocument(origin=url, content=response.text, content_type=content_type, url=url)
