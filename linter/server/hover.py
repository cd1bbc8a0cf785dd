"""Hover on a flagged span: the rule, what the draft says there, and the source sentence."""

from __future__ import annotations

from lsprotocol import types

from linter.checks import RULES
from linter.document.prose import visible
from linter.findings import Finding
from linter.server.analysis import Analysis
from linter.server.diagnostics import Sources, span
from linter.server.positions import Lines


def at(analysis: Analysis, offset: int) -> list[Finding]:
    """Findings whose span holds a buffer offset (an empty span: only its own offset)."""
    o = offset - analysis.shift
    return [f for f in analysis.findings if f.offset <= o < f.end_offset or f.offset == f.end_offset == o]


def hover(analysis: Analysis, position: types.Position, encoding: str, sources: Sources) -> types.Hover | None:
    lines = Lines(analysis.text, encoding)
    found = at(analysis, lines.offset(position.line, position.character))
    if not found:
        return None
    folders = analysis.setup.settings.sources if analysis.setup.settings else ()
    parts = []
    for f in found:
        rule = RULES.get(f.code)
        text = [f"**{f.code}** `{f.name}` ({f.severity}): {rule.summary if rule else ''}".rstrip(), "", f.message]
        claim = visible(analysis.text[f.offset + analysis.shift:f.end_offset + analysis.shift]).strip()
        if claim:
            text += ["", f"Draft: “{' '.join(claim.split())}”"]
        if f.source is not None:
            quoted = sources.quote(f, folders)
            if quoted:
                text += ["", f"Source ({f.source_file}, line {f.source}): “{quoted[1]}”"]
            else:
                text += ["", f"Source: {f.source_file or 'the source article'}, line {f.source} "
                         "(not on disk here: name its folder in the `sources` setting)"]
        parts.append("\n".join(text))
    return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, "\n\n---\n\n".join(parts)),
                       range=span(analysis, lines, found[0]))
