"""What every check receives, and the one way it builds a Finding."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from linter.claims import Claim
from linter.document import Document
from linter.document.prose import visible
from linter.findings import Finding, Rule
from linter.claims.slots import Slot, slots
from linter.nlp import Annotation, Sentence
from linter.packs import Knowledge


SUPPORTED, CONTRADICTED, UNSUPPORTED = "supported", "contradicted", "unsupported"


@dataclass(frozen=True)
class Verdict:
    """How one claim of the draft stands against the source. `rule` is the rule it breaks
    (None when it breaks none: supported, or unsupported but not worth a finding)."""

    status: str  # supported | contradicted | unsupported
    start: int  # prose span of the claim
    end: int
    kind: str
    rule: Rule | None = None
    message: str | None = None
    source: int | None = None
    pack: str | None = None
    more_lines: tuple[int, ...] = ()


def findings_of(ctx: "Context", verdicts) -> list[Finding]:
    """A finding for every verdict that breaks a rule."""
    return [ctx.finding(v.rule, v.start, v.end, v.message, source=v.source, pack=v.pack, more_lines=v.more_lines)
            for v in verdicts if v.rule is not None]


@dataclass(frozen=True)
class Context:
    document: Document
    annotation: Annotation
    claims: tuple[Claim, ...]
    knowledge: Knowledge
    # A sentence's fact slots (HL704): the language server's keeps those an edit left alone
    # (linter/incremental.py); None: read them.
    slots_of: Callable[[Sentence], tuple[Slot, ...]] | None = field(default=None, compare=False, repr=False)
    # Each distinct message once: a long draft can repeat one finding thousands of times.
    _messages: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def slots(self, sentence: Sentence) -> tuple[Slot, ...]:
        """The fact slots a sentence states (claims.slots)."""
        return self.slots_of(sentence) if self.slots_of else slots(self.annotation, sentence, self.knowledge)

    def written(self, start: int, end: int) -> str:
        """The prose span as the file has it (entities and line breaks included; hidden
        characters left out, as a reader sees it), for quoting."""
        fstart, fend = self.document.file_span(start, end)
        return visible(self.document.text[fstart:fend])

    def finding(self, rule: Rule, start: int, end: int, message: str, *, fix: str | None = None,
                source: int | None = None, pack: str | None = None, more_lines: tuple[int, ...] = (),
                related_line: int | None = None) -> Finding:
        """A finding on the prose span [start, end). `related_line`: a line of the draft it names."""
        fstart, fend = self.document.file_span(start, end)
        return self.finding_at(rule, fstart, fend, message, fix=fix, source=source, pack=pack,
                               more_lines=more_lines, related_line=related_line)

    def finding_at(self, rule: Rule, fstart: int, fend: int, message: str, *, fix: str | None = None,
                   source: int | None = None, pack: str | None = None,
                   more_lines: tuple[int, ...] = (), related_line: int | None = None) -> Finding:
        """A finding on the file span [fstart, fend). `source` is the line the fact rests on
        (also named in the message); `more_lines` are further lines the message cites."""
        source_file = None
        if source is not None:
            lines = ", ".join(str(n) for n in (source,) + tuple(more_lines))
            message = f"{message} (source line{'s' if more_lines else ''} {lines})"
            if pack:
                source_file = self.knowledge.pack(pack).source_file
        message = self._messages.setdefault(message, message)
        return Finding.at(self.document, rule, fstart, fend, message, fix=fix, source=source,
                          source_file=source_file, related_line=related_line)
