"""Findings as LSP diagnostics: the code, severity and message `check` prints, at the same span
(in the client's position units), with a link to the rule's documentation and, where the source
article is on disk (the `sources` setting or HEALTHLINT_SOURCES), its line as related information."""

from __future__ import annotations

import functools
from pathlib import Path

from lsprotocol import types

from linter.findings import Finding
from linter.server.analysis import Analysis
from linter.server.configs import signature
from linter.server.positions import Lines
from linter.sources import env_folders, find, read_lines

SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "info": types.DiagnosticSeverity.Information}
SOURCE = "healthlint"


@functools.lru_cache(maxsize=1)
def rule_docs() -> str | None:
    """Where the rules are documented: the README's Rules section, when the README is on disk
    beside the package (a checkout or an editable install); every rule's own text is also in
    the hover and in `healthlint rule CODE`."""
    readme = Path(__file__).resolve().parent.parent.parent / "README.md"
    return readme.as_uri() + "#rules" if readme.is_file() else None


def span(analysis: Analysis, lines: Lines, finding: Finding) -> types.Range:
    shift = analysis.shift
    return types.Range(types.Position(*lines.position(finding.offset + shift)),
                       types.Position(*lines.position(finding.end_offset + shift)))


class Sources:
    """Source articles on disk, their lines read once (again when the file changes)."""

    def __init__(self) -> None:
        self._lines: dict[tuple, list[str]] = {}

    def find(self, name: str | None, folders) -> Path | None:
        return find(name, [*folders, *env_folders()]) if name else None

    def line(self, path: Path, number: int) -> str | None:
        key = signature(path)
        if key not in self._lines:
            lines = read_lines(path)  # the one reader: a regular file, within the size limit for a source
            if lines is None:
                return None
            self._lines[key] = lines
        lines = self._lines[key]
        return lines[number - 1].strip() if 0 < number <= len(lines) else None

    def quote(self, finding: Finding, folders) -> tuple[Path, str] | None:
        """The source article and the sentence a finding's fact rests on, when on disk."""
        path = self.find(finding.source_file, folders) if finding.source else None
        sentence = self.line(path, finding.source) if path else None
        return (path, sentence) if sentence is not None else None


def diagnostics(analysis: Analysis, encoding: str, sources: Sources) -> list[types.Diagnostic]:
    lines = Lines(analysis.text, encoding)
    if analysis.problem is not None:
        line = max(0, analysis.problem_line - 1)
        end = types.Position(line, lines.position(lines.offset(line, 1 << 30))[1])
        return [types.Diagnostic(types.Range(types.Position(line, 0), end), analysis.problem,
                                 severity=types.DiagnosticSeverity.Error, source=SOURCE)]
    return [diagnostic(analysis, lines, f, sources) for f in analysis.findings]


def diagnostic(analysis: Analysis, lines: Lines, f: Finding, sources: Sources) -> types.Diagnostic:
    docs = rule_docs()
    related = None
    quoted = sources.quote(f, analysis.setup.settings.sources if analysis.setup.settings else ())
    if quoted:
        path, sentence = quoted
        # The whole source line: from its start to the start of the next.
        target = types.Location(path.resolve().as_uri(),
                                types.Range(types.Position(f.source - 1, 0), types.Position(f.source, 0)))
        related = [types.DiagnosticRelatedInformation(target, f"source line {f.source}: {sentence}")]
    if f.related_line is not None:  # the earlier claim an in-draft contradiction names, in this document
        line = f.related_line - 1
        target = types.Location(Path(analysis.path).resolve().as_uri(),
                                types.Range(types.Position(line, 0), types.Position(line + 1, 0)))
        said = lines.line_text(line).strip()
        related = (related or []) + [types.DiagnosticRelatedInformation(target, f"line {f.related_line}: {said}")]
    return types.Diagnostic(
        range=span(analysis, lines, f), message=f.message, severity=SEVERITY[f.severity], code=f.code,
        code_description=types.CodeDescription(docs) if docs else None, source=SOURCE,
        related_information=related, data={"name": f.name})
