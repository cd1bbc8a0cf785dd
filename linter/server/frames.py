"""LSP frames read from a byte stream with limits, recovering from malformed ones.

pygls's own reader wedges for good on one bad frame (a `Content-Length` that is not a number
leaves it reading the body as headers), allocates whatever length a frame claims and buffers a
header line whole. This reader replaces it for `healthlint server` (see wire.py):

- a header line is read at most HEADER_LINE bytes at a time; the rest of a longer line is
  skipped, never kept;
- a frame's `Content-Length` must be a decimal number of at most MAX_FRAME bytes, or the frame
  is refused (one `Refused`, which the server answers) without reading its body;
- bytes that are no header (the body of a refused frame, the tail of a body longer than its
  length said) are skipped up to the next `Content-Length:`, even in mid-line, so the next
  frame is read whole;
- a body that is not JSON is refused; when it holds the start of the next frame (its length
  said more than was sent), that frame is read next.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import BinaryIO

MAX_FRAME = 64 << 20  # bytes: the largest body read (a 10 MB draft is about 11 MB of JSON)
HEADER_LINE = 8192  # bytes: a header line longer than this is skipped, not buffered
MARK = b"content-length:"


@dataclass(frozen=True)
class Refused:
    """A frame that cannot be read: why, for the error the server answers."""

    reason: str


@dataclass(frozen=True)
class Message:
    """A frame's body, parsed (any JSON value: the server checks its shape)."""

    data: object


class Frames:
    """Frames from a binary stream (the server's stdin), one at a time; `next()` is None at the end."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._back = b""  # bytes read ahead that belong to the next frame

    def next(self) -> Message | Refused | None:
        length: int | None = None
        problem: str | None = None
        in_headers = False
        while True:
            line, whole = self._line()
            if not line:
                return None
            if not whole:
                problem, in_headers = problem or f"a header line over {HEADER_LINE} bytes", True
                continue
            content = line.rstrip(b"\r\n")
            if not content:
                if in_headers:
                    break
                continue  # blank lines between frames
            at = content.lower().find(MARK)
            if at > 0 or (at < 0 and not _is_header(content)):
                # Not a header: skipped, with whatever header block it interrupted.
                length, problem, in_headers = None, None, False
                if at < 0:
                    continue
                content = content[at:]
            in_headers = True
            name, _, value = content.partition(b":")
            if name.strip().lower() == b"content-length":
                length, trouble = _length(value.strip())
                problem = problem or trouble
        if problem or length is None:
            return Refused(problem or "a frame without Content-Length")
        body = self._read(length)
        if len(body) < length:
            return None  # the stream ended inside the body
        try:
            return Message(json.loads(body))
        except (ValueError, RecursionError):
            at = body.lower().find(MARK)
            if at > 0:  # the length said more than was sent: the next frame starts inside
                self._back = body[at:] + self._back
            return Refused("a frame whose body is not JSON")

    # ------------------------------------------------------------------ bounded reads

    def _line(self) -> tuple[bytes, bool]:
        """The next line (at most HEADER_LINE bytes) and whether it is whole; a longer line's
        rest is read and dropped."""
        line = self._readline(HEADER_LINE)
        if len(line) < HEADER_LINE or line.endswith(b"\n"):
            return line, True
        while True:
            rest = self._readline(HEADER_LINE)
            at = rest.lower().find(MARK)
            if at >= 0:  # a frame starts inside the long line: keep it
                self._back = rest[at:] + self._back
                return line, False
            if not rest or rest.endswith(b"\n"):
                return line, False

    def _readline(self, limit: int) -> bytes:
        if self._back:
            end = self._back.find(b"\n", 0, limit)
            cut = end + 1 if end >= 0 else min(limit, len(self._back))
            if end >= 0 or cut == limit:
                line, self._back = self._back[:cut], self._back[cut:]
                return line
            line, self._back = self._back, b""
            return line + self._stream.readline(limit - len(line))
        return self._stream.readline(limit)

    def _read(self, size: int) -> bytes:
        head, self._back = self._back[:size], self._back[size:]
        return head + self._stream.read(size - len(head)) if len(head) < size else head


def _is_header(content: bytes) -> bool:
    """`Name: value`, the name being letters, digits and hyphens."""
    name, sep, _ = content.partition(b":")
    return bool(sep) and bool(name) and name.replace(b"-", b"").isalnum() and name.isascii()


def _length(value: bytes) -> tuple[int | None, str | None]:
    """A Content-Length value, or why it is refused (never converting a huge number)."""
    shown = value[:40].decode("ascii", "replace")
    if not (value.isdigit() and value.isascii()):
        return None, f"Content-Length '{shown}' is not a number of bytes"
    if len(value) > len(str(MAX_FRAME)) or int(value) > MAX_FRAME:
        return None, f"a frame of {shown} bytes is over the {MAX_FRAME >> 20} MB limit"
    return int(value), None
