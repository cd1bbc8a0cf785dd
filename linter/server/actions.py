"""Code actions: a fixable finding's fix (the replacement `check --fix` applies), a comment that
disables a rule for one line (the `healthlint-disable-next-line` that suppress.py reads), and
every fix in the file at once (`source.fixAll.healthlint`, the text `check --fix` would write)."""

from __future__ import annotations

import re

from lsprotocol import types

from linter.checks import FIXABLE
from linter.findings import Finding
from linter.fix import apply_fixes
from linter.server.analysis import Analysis
from linter.server.diagnostics import Sources, diagnostic, span
from linter.server.positions import Lines

FIX_ALL = f"{types.CodeActionKind.SourceFixAll.value}.healthlint"
KINDS = [types.CodeActionKind.QuickFix, FIX_ALL]
_DISABLE_LINE = re.compile(r"([ \t]*)<!--\s*healthlint-disable-next-line\s+(.*?)\s*-->[ \t]*")


def wanted(kind: str, only: list[str] | None) -> bool:
    """Whether the client asked for actions of this kind (`only` names kinds or their parents)."""
    return not only or any(kind == k or kind.startswith(f"{k}.") for k in only)


def code_actions(analysis: Analysis, uri: str, request: types.Range, only: list[str] | None, encoding: str,
                 sources: Sources, fixed_text=None) -> list[types.CodeAction]:
    """The actions for the findings the requested range touches; `fixed_text()` gives the whole
    buffer fixed (asked only when a fix-all action is wanted)."""
    lines = Lines(analysis.text, encoding)
    start = lines.offset(request.start.line, request.start.character) - analysis.shift
    end = lines.offset(request.end.line, request.end.character) - analysis.shift
    out: list[types.CodeAction] = []
    touched = [f for f in analysis.findings if f.offset <= end and start <= f.end_offset]
    if wanted(types.CodeActionKind.QuickFix, only):
        for f in touched:
            if f.fix is not None and f.code in FIXABLE:
                out.append(_quick_fix(analysis, lines, uri, f, sources))
        for f in touched:
            action = _disable(analysis, lines, uri, f, sources)
            if action:
                out.append(action)
    if wanted(FIX_ALL, only) and fixed_text is not None and any(
            f.fix is not None and f.code in FIXABLE for f in analysis.findings):
        fixed = fixed_text()
        if fixed is not None and fixed != analysis.text:
            out.append(types.CodeAction("Fix all healthlint findings that have a fix", kind=FIX_ALL,
                                        edit=_edit(uri, [_minimal_edit(lines, analysis.text, fixed)])))
    return out


def _quick_fix(analysis, lines, uri, f: Finding, sources) -> types.CodeAction:
    flagged = analysis.text[f.offset + analysis.shift:f.end_offset + analysis.shift]
    title = (f"Replace '{flagged}' with '{f.fix}' ({f.code})" if f.fix
             else f"Delete the invisible character ({f.code})")
    return types.CodeAction(title, kind=types.CodeActionKind.QuickFix,
                            diagnostics=[diagnostic(analysis, lines, f, sources)], is_preferred=True,
                            edit=_edit(uri, [types.TextEdit(span(analysis, lines, f), f.fix)]))


def _disable(analysis, lines, uri, f: Finding, sources) -> types.CodeAction | None:
    """A `healthlint-disable-next-line CODE` comment above the finding's first line, indented as
    that line is (so it stays inside a list item); added to such a comment already there. Only
    Markdown reads comments, and never above front matter."""
    if not analysis.markdown:
        return None
    line = lines.position(f.offset + analysis.shift)[0]
    text = lines.line_text(line)
    if line == 0 and text.rstrip() == "---":
        return None
    previous = _DISABLE_LINE.fullmatch(lines.line_text(line - 1)) if line > 0 else None
    if previous:
        codes = [c for c in re.split(r"[,\s]+", previous.group(2)) if c]
        if f.code in codes:
            return None
        comment = f"{previous.group(1)}<!-- healthlint-disable-next-line {','.join([*codes, f.code])} -->"
        where = types.Range(types.Position(line - 1, 0), types.Position(*lines.position(
            lines.starts[line - 1] + len(lines.line_text(line - 1)))))
        edit = types.TextEdit(where, comment)
    else:
        indent = text[:len(text) - len(text.lstrip(" \t"))]
        comment = f"{indent}<!-- healthlint-disable-next-line {f.code} -->{lines.line_ending(line)}"
        edit = types.TextEdit(types.Range(types.Position(line, 0), types.Position(line, 0)), comment)
    return types.CodeAction(f"Disable {f.code} for this line", kind=types.CodeActionKind.QuickFix,
                            diagnostics=[diagnostic(analysis, lines, f, sources)], edit=_edit(uri, [edit]))


def fixed_text(analysis: Analysis) -> str:
    """The buffer with the last check's fixes applied: `check --fix`'s first pass, without
    checking again (a code action must not cost a check of the whole draft)."""
    fixed, _ = apply_fixes(analysis.text[analysis.shift:], list(analysis.findings), FIXABLE)
    return analysis.text[:analysis.shift] + fixed


def _minimal_edit(lines: Lines, before: str, after: str) -> types.TextEdit:
    """One edit over the part that differs (the rest of the buffer, and the cursor, stay put)."""
    head = _shared_start(before, after)
    tail = _shared_start(before[head:][::-1], after[head:][::-1])
    return types.TextEdit(types.Range(types.Position(*lines.position(head)),
                                      types.Position(*lines.position(len(before) - tail))),
                          after[head:len(after) - tail])


def _shared_start(a: str, b: str) -> int:
    """How many characters two texts share at their start: blocks compared first, so that a
    megabyte draft is not walked a character at a time on the message loop."""
    limit, count, block = min(len(a), len(b)), 0, 4096
    while count + block <= limit and a[count:count + block] == b[count:count + block]:
        count += block
    while count < limit and a[count] == b[count]:
        count += 1
    return count


def _edit(uri: str, edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(changes={uri: edits})
