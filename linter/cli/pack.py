"""`healthlint pack`: validate, draft (extract), index and describe (schema) fact packs."""

from __future__ import annotations

from pathlib import Path

import click
import yaml

from linter.bundle import rules_dir
from linter.checks.paraphrase import build
from linter.cli.common import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, emit, fail
from linter.cli.loading import knowledge_of, settings_of
from linter.errors import UsageError
from linter.extract import article_knowledge, extract_pack
from linter.files import read_bytes
from linter.packs import bundled_language, knowledge_of as pack_knowledge, load_pack, pack_from_data
from linter.validate import pack_problems, pack_warnings, structural_problems

# A pack is committed and shared: its schema is named relative to it (the same line the bundled
# packs carry), never by a path into one machine's site-packages.
SCHEMA_COMMENT = ("# Completion in editors: `healthlint pack schema -o pack.schema.json` beside this file.\n"
                  "# yaml-language-server: $schema=./pack.schema.json\n")


@click.group()
def pack() -> None:
    """Write, validate and draft fact packs."""


@pack.command("validate")
@click.argument("files", nargs=-1, required=True)
@click.option("--sources", multiple=True, metavar="DIR", help="Folder holding the source articles; repeatable.")
@click.option("--strict", is_flag=True, help="Exit 1 when a pack has warnings (suspicious entries).")
def validate(files: tuple[str, ...], sources: tuple[str, ...], strict: bool) -> int:
    """Report every problem in fact packs, at file:line:column (exit 2 when any), and warn on
    suspicious entries (exit 0, or 1 with --strict)."""
    try:
        folders = tuple(sources) + settings_of(None).sources
    except UsageError as exc:
        fail(str(exc))
        return EXIT_ERROR
    bad = warned = False
    for name in files:
        problems, note = pack_problems(Path(name), folders)
        if note:
            click.echo(f"healthlint: note: {note}", err=True)
        for problem in problems:
            click.echo(str(problem))
        if problems:
            bad = True
            continue
        warnings = pack_warnings(Path(name), folders)
        for warning in warnings:
            click.echo(str(warning))
        warned = warned or bool(warnings)
        click.echo(f"{name}: valid" + (f" ({len(warnings)} warning{'s' if len(warnings) != 1 else ''})"
                                       if warnings else ""))
    return EXIT_ERROR if bad else EXIT_FINDINGS if warned and strict else EXIT_CLEAN


@pack.command("extract")
@click.argument("source")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the pack here (default: stdout).")
@click.option("--name", help="The pack's name (default: from the file name).")
@click.option("--drug", "drugs", multiple=True, metavar="NAME",
              help="A drug the article names (kept whatever its usage suggests); repeatable.")
def extract(source: str, output: str | None, name: str | None, drugs: tuple[str, ...]) -> int:
    """Draft a fact pack from a source article, for a reviewer to curate."""
    try:
        data = extract_pack(Path(source), bundled_language(), name, drugs)
    except UsageError as exc:
        fail(str(exc))
        return EXIT_ERROR
    if output:  # the alignment index beside the pack, for HL704 where the article is not shipped
        index = Path(output).with_name(Path(output).name.rsplit(".", 1)[0] + ".index.json")
        written = _index_beside(source, data, index)
        if written is None:
            return EXIT_ERROR
        if written:  # the pack names it, after `source:`
            ordered = {}
            for key, value in data.items():
                ordered[key] = value
                if key == "source":
                    ordered["alignment"] = index.name
            data = ordered
    text = (f"# Drafted by healthlint pack extract from {Path(source).name}; curate before use.\n"
            + SCHEMA_COMMENT + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))
    return emit(text, output, [source])


def _index_beside(source: str, data: dict, index: Path) -> bool | None:
    """Write the alignment index of a drafted pack; False when the draft is no valid pack yet
    (the reviewer runs `pack index` after curating it), None when the index could not be written."""
    if structural_problems(data, None, source):
        return False
    knowledge = pack_knowledge((pack_from_data(data, str(index)),), bundled_language())
    try:
        alignment = build(read_bytes(Path(source), kind="source"), source, knowledge.packs[0], knowledge)
    except UsageError as exc:
        fail(str(exc))
        return None
    return emit(alignment.to_json(), str(index), [source]) == EXIT_CLEAN or None


@pack.command("index")
@click.argument("source")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the index here (default: stdout).")
@click.option("--pack", "pack_file", metavar="FILE",
              help="The pack whose facts rest on SOURCE (default: the active pack whose `source:` names it, "
                   "else one drafted from it).")
def index(source: str, output: str | None, pack_file: str | None) -> int:
    """Write the alignment index of a source article (HL704 reads it where the article is not on
    disk): per sentence with a fact slot, its line, content-word hashes and slot values; no text."""
    try:
        data = read_bytes(Path(source), kind="source")
        if pack_file:
            knowledge = pack_knowledge((load_pack(Path(pack_file)),), bundled_language())
        else:
            knowledge = knowledge_of(None, settings_of(None))
            named = tuple(p.name for p in knowledge.packs if Path(p.source_file).name == Path(source).name)
            knowledge = knowledge.subset(named[:1]) if named else article_knowledge(source)
        alignment = build(data, source, knowledge.packs[0], knowledge)
    except UsageError as exc:
        fail(str(exc))
        return EXIT_ERROR
    return emit(alignment.to_json(), output, [source])


@pack.command("schema")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the schema here (default: stdout).")
def schema(output: str | None) -> int:
    """Print the JSON Schema of fact packs (for editors: save it beside your packs)."""
    return emit((rules_dir() / "pack.schema.json").read_text(encoding="utf-8"), output, [])
