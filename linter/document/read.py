"""A file or a text read as a Document: decoded (UTF-8, a byte-order mark, no NUL), its front
matter read, and its prose built by the Markdown or plain-text reader."""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from linter.document import Document
from linter.document.front_matter import split_front_matter
from linter.document.lines import line_starts_of
from linter.document.markdown import build_markdown
from linter.document.plain_text import build_plain_text
from linter.errors import UsageError
from linter.files import read_bytes

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt",)
DRAFT_SUFFIXES = MARKDOWN_SUFFIXES + TEXT_SUFFIXES

_LINE_END_BYTES = re.compile(rb"\r\n?|\n")

def decode(data: bytes, path: str) -> tuple[str, bool]:
    """UTF-8 text of a draft, and whether it had a byte-order mark."""
    if b"\x00" in data:
        raise UsageError(f"{path}: binary file, not a text draft")
    has_bom = data.startswith(codecs.BOM_UTF8)
    if has_bom:
        data = data[len(codecs.BOM_UTF8):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = sum(1 for _ in _LINE_END_BYTES.finditer(data, 0, exc.start)) + 1
        raise UsageError(f"{path}:{line}: not valid UTF-8 (byte {exc.start + 1}); save the file as UTF-8") from None
    return text, has_bom


def read_document(path: str | Path, display: str | None = None, kind: str = "draft") -> Document:
    """A draft (or, for `pack extract`, a source article: `kind` sets the size limit) read and parsed."""
    path = Path(path)
    name = display or str(path)
    text, has_bom = decode(read_bytes(path, name, kind), name)
    return parse_document(text, name, has_bom=has_bom)

def parse_document(text: str, path: str, has_bom: bool = False) -> Document:
    kind = "text" if path.lower().endswith(TEXT_SUFFIXES) else "markdown"
    line_starts = line_starts_of(text)
    if kind == "text":
        builder = build_plain_text(text)
        front: Mapping = {}
    else:
        front, body = split_front_matter(text, path)
        builder = build_markdown(body, line_starts)
    return Document(
        path=path,
        text=text,
        kind=kind,
        prose="".join(builder.parts),
        blocks=tuple(builder.blocks),
        comments=tuple(builder.comments),
        front_matter=MappingProxyType(dict(front)),
        has_bom=has_bom,
        run_prose=builder.runs[0::2],
        run_file=builder.runs[1::2],
        line_starts=line_starts,
        hidden=tuple(builder.hidden),
    )
