"""`healthlint review`: every checkable claim of a draft with its verdict against the source."""

from __future__ import annotations

import os
from pathlib import Path

import click

from linter.cli.common import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, emit, fail
from linter.cli.loading import check_model, knowledge_of, settings_of, warn_no_packs
from linter.document.read import read_document
from linter.errors import UsageError
from linter.names import front_matter_notes
from linter.report.review import RENDERERS
from linter.review import review as review_rows
from linter.sources import SourceLibrary


@click.command("review")
@click.argument("draft")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
@click.option("--output-file", "-o", type=click.Path(dir_okay=False), help="Write the report here.")
@click.option("--sources", multiple=True, metavar="DIR", help="Folder holding the source articles; repeatable.")
@click.option("--config", "config", type=click.Path(dir_okay=False), help="Config file (default: found upwards).")
@click.option("--pack", "packs", multiple=True, metavar="FILE", help="An extra fact pack (YAML); repeatable.")
@click.option("--source", "source", metavar="ARTICLE", help="Review against this source article directly.")
@click.option("--model", metavar="NAME", help="The trained spaCy pipeline that parses claim sentences "
              "(an installed package or folder with a parser; default: en_core_web_sm).")
@click.option("--no-bundled-packs", is_flag=True, help="Leave the bundled fact pack out (as `bundled: false` in the config).")
def review(draft, fmt, output_file, sources, config, packs, source, model, no_bundled_packs) -> int:
    """List every checkable claim of a draft with its verdict against the source."""
    try:
        settings = settings_of(config, packs=packs, model=model, no_bundled_packs=no_bundled_packs)
        for folder in dict.fromkeys(sources):
            if not os.path.isdir(folder):
                fail(f"--sources {folder}: no such folder, so no sentence is quoted from it", "warning")
        knowledge = knowledge_of(source, settings, sources)
        warn_no_packs(knowledge)
        check_model(settings.model)
        document = read_document(Path(draft), draft)
        for note in front_matter_notes(document.front_matter):
            fail(note, "warning")
        folders = [*sources, *settings.sources] + ([str(Path(source).parent)] if source else [])
        rows = review_rows(document, knowledge, SourceLibrary(folders), settings.model)
    except UsageError as exc:
        fail(str(exc))
        return EXIT_ERROR
    if emit(RENDERERS[fmt](draft, document, rows), output_file, [draft] + ([source] if source else [])):
        return EXIT_ERROR
    return EXIT_FINDINGS if any(r.verdict != "supported" for r in rows) else EXIT_CLEAN
