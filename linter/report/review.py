"""The review report in text, JSON and a self-contained HTML page."""

from __future__ import annotations

import html
import json
from collections import Counter

from linter import __version__

VERDICTS = ("supported", "contradicted", "unsupported")


def summary(rows) -> str:
    counts = Counter(r.verdict for r in rows)
    return f"{len(rows)} claim{'s' if len(rows) != 1 else ''}: " + ", ".join(
        f"{counts[v]} {v}" for v in VERDICTS)


def _source(row) -> str:
    if row.source is None:
        return "the source says nothing about this"
    where = f"{row.source_file or 'source'} line {row.source}"
    return f"{where}: {row.source_text}" if row.source_text else where


def text(path: str, document, rows) -> str:
    out = [f"{path}: {summary(rows)}\n"]
    for i, row in enumerate(rows, start=1):
        out.append(f"{i:>3}. {path}:{row.line}:{row.column} {row.verdict.upper()} ({row.kind}) {row.text!r}\n")
        out.append(f"     source: {_source(row)}\n")
        if row.message:
            out.append(f"     {row.code}: {row.message}\n")
    return "".join(out)


def json_(path: str, document, rows) -> str:
    counts = Counter(r.verdict for r in rows)
    return json.dumps({"version": __version__, "path": path, "summary": {v: counts[v] for v in VERDICTS},
                       "claims": [r.to_dict() for r in rows]}, indent=2, ensure_ascii=False) + "\n"


_STYLE = """
body { font-family: system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
header { padding: 1rem 2rem; background: #fff; border-bottom: 1px solid #ddd; }
h1 { font-size: 1.3rem; margin: 0 0 .3rem; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; padding: 1.5rem 2rem; }
.draft { white-space: pre-wrap; font-family: Georgia, serif; line-height: 1.65; background: #fff;
         padding: 1.2rem 1.5rem; border: 1px solid #ddd; border-radius: 6px; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
.supported { background: #d3f2cc; } .contradicted { background: #ffc9c9; } .unsupported { background: #ffeaa0; }
sup.badge { font: bold .65rem system-ui, sans-serif; border-radius: 8px; padding: 0 .35rem; margin-left: 1px;
            border: 1px solid #999; cursor: help; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: .9rem; }
td, th { border: 1px solid #ddd; padding: .35rem .5rem; vertical-align: top; text-align: left; }
.legend span { padding: 0 .4rem; margin-right: .4rem; border-radius: 3px; }
"""

_SCRIPT = """
document.addEventListener('DOMContentLoaded', function () {
  var rows = document.querySelectorAll('tr[data-claim]');
  var shown = 0;
  rows.forEach(function (row) {
    var badge = document.querySelector('sup.badge[data-claim="' + row.dataset.claim + '"]');
    if (badge && badge.classList.contains(row.dataset.verdict)) { shown += 1; }
  });
  document.body.dataset.checked = shown + '/' + rows.length;
});
"""


def html_(path: str, document, rows) -> str:
    """The draft with each claim highlighted by verdict; the source sentence on hover and beside it."""
    text = document.text
    bounds = sorted({0, len(text)} | {r.offset for r in rows} | {r.end_offset for r in rows})
    ends: dict[int, list[int]] = {}
    for i, r in enumerate(rows, start=1):
        ends.setdefault(r.end_offset, []).append(i)
    worst = {v: n for n, v in enumerate(("supported", "unsupported", "contradicted"))}
    parts = []
    for a, b in zip(bounds, bounds[1:]):
        covering = [i for i, r in enumerate(rows, start=1) if r.offset <= a and b <= r.end_offset and a < b]
        chunk = html.escape(text[a:b])
        if covering:
            verdict = max((rows[i - 1].verdict for i in covering), key=worst.get)
            tip = html.escape(" | ".join(f"{i}: {rows[i - 1].verdict} - {_source(rows[i - 1])}" for i in covering),
                              quote=True)
            claims = " ".join(map(str, covering))
            chunk = f'<mark class="{verdict}" data-claims="{claims}" title="{tip}">{chunk}</mark>'
        parts.append(chunk)
        for i in ends.get(b, ()):
            r = rows[i - 1]
            tip = html.escape(f"{r.verdict}: {_source(r)}", quote=True)
            parts.append(f'<sup class="badge {r.verdict}" data-claim="{i}" title="{tip}">{i}</sup>')
    table = "".join(
        f'<tr data-claim="{i}" data-verdict="{r.verdict}" class="{r.verdict}"><td>{i}</td><td>{r.line}:{r.column}</td>'
        f"<td>{r.verdict}</td><td>{html.escape(r.text)}</td><td>{html.escape(_source(r))}"
        f"{'<br><small>' + html.escape(r.code + ': ' + r.message) + '</small>' if r.message else ''}</td></tr>"
        for i, r in enumerate(rows, start=1))
    legend = "".join(f'<span class="{v}">{v}</span>' for v in VERDICTS)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>healthlint review: {html.escape(path)}</title>
<style>{_STYLE}</style>
<script>{_SCRIPT}</script>
</head>
<body>
<header>
<h1>Review of {html.escape(path)}</h1>
<p class="summary">{summary(rows)}</p>
<p class="legend">{legend}</p>
</header>
<div class="layout">
<main class="draft" id="draft">{''.join(parts)}</main>
<aside>
<table id="claims"><thead><tr><th>#</th><th>where</th><th>verdict</th><th>claim</th><th>source</th></tr></thead>
<tbody>{table}</tbody></table>
</aside>
</div>
</body>
</html>
"""


RENDERERS = {"text": text, "json": json_, "html": html_}
