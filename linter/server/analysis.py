"""One buffer linted: the same read → annotate → extract → check → suppress as `check`
(runner.check_document on the buffer's text, under its path), kept with what hover and code
actions need.

Nothing here raises: a document that cannot be read is one diagnostic at the line its error
names, a check that crashes is logged while the other checks' findings are kept, and anything
else is logged with the document left without findings.
"""

from __future__ import annotations

import gc
import os
import re
from dataclasses import dataclass, field

from linter.document import Document
from linter.document.read import TEXT_SUFFIXES, parse_document
from linter.errors import UsageError, internal_error
from linter.findings import Finding
from linter.grammar import load
from linter.incremental import Recall
from linter.runner import check_document
from linter.server.configs import Configs, Setup

BOM = "\ufeff"


@dataclass(frozen=True)
class Outcome:
    """What a child process checking a long draft hands back (server/apart.py): defined here, not
    in apart.py, which runs as `__main__` in the child, so that it is pickled by a name the
    server can import."""
    findings: tuple[Finding, ...]
    problem: str | None
    problem_line: int
    logs: tuple[str, ...]


@dataclass
class Analysis:
    path: str
    text: str  # the buffer as the editor has it
    version: int | None
    setup: Setup
    document: Document | None = None
    findings: tuple[Finding, ...] = ()
    problem: str | None = None  # the document could not be linted: why (an error line, as `check` prints)
    problem_line: int = 1
    logs: list[str] = field(default_factory=list)  # internal errors, for window/logMessage

    @property
    def shift(self) -> int:
        """Characters the buffer has before the linted text: a byte-order mark, which the linter
        strips as it reads a file, stays in an editor's buffer."""
        return 1 if self.text.startswith(BOM) else 0

    @property
    def markdown(self) -> bool:
        """Read as Markdown (as parse_document decides), so comments can suppress."""
        return not self.path.lower().endswith(TEXT_SUFFIXES)


def analyse(path: str, text: str, version: int | None, configs: Configs, recall: Recall | None = None) -> Analysis:
    """`recall`: the buffer's last version, whose claims an edit left alone are kept (incremental.py)."""
    setup = configs.for_document(path)
    result = Analysis(path, text, version, setup)
    if setup.knowledge is None or setup.settings.excluded(path):
        return result
    body = text[1:] if text.startswith(BOM) else text
    if not body or body.isspace():  # a new, empty buffer: nothing to say yet
        return result
    try:
        document = parse_document(body, path, has_bom=body is not text)
        result.document = document
        result.findings = tuple(check_document(document, setup.knowledge, setup.settings,
                                               on_error=lambda exc: result.logs.append(internal_error(exc, path)),
                                               recall=recall))
        _settle()
    except UsageError as exc:
        result.problem, result.problem_line = _located(str(exc), path)
    except Exception as exc:  # a bug on this buffer: logged; the server goes on
        result.logs.append(internal_error(exc, path))
    return result


_settled = False


def _settle() -> None:
    """After the first lint, freeze what it loaded (spaCy's pipelines, the model, the word lists:
    millions of objects that live as long as the server) out of the garbage collector, and collect
    the young generation less often, as `check` does for many files (runner._settled): a full
    collection scanning them made some keystrokes take 210 ms of CPU instead of 80
    (bench/server.py). Once: what is alive then stays, a document's first check at most."""
    global _settled
    if not _settled:
        _settled = True
        gc.freeze()
        gc.set_threshold(20_000, 50, 100)


def warm_up(root: str, configs: Configs) -> None:
    """Load what linting needs while the editor opens its first buffer: the trained model (which
    a first buffer with no claim sentence would not load) and the packs' pipeline, by linting a
    line; that lint then freezes them all out of the garbage collector (`_settle`)."""
    path = os.path.join(root, "healthlint-warm-up.md")
    try:
        load(configs.for_document(path).settings.model)
    except UsageError:
        pass  # no model: the first buffer's lint says so
    analyse(path, "# Warm-up\n\nA sentence.\n", None, configs)


def _located(message: str, path: str) -> tuple[str, int]:
    """An error line without its `path:` prefix, and the line it names (1 if none)."""
    if message.startswith(path + ":"):
        message = message[len(path) + 1:]
        m = re.match(r"(\d+):(?:\d+:)?\s*", message)
        if m:
            return message[m.end():], int(m.group(1))
    return message.strip(), 1
