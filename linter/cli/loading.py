"""What the commands that lint or review load first: settings, fact packs and the model."""

from __future__ import annotations

import dataclasses

from linter.cli.common import fail
from linter.config import Settings, load_settings, with_options
from linter.errors import UsageError
from linter.extract import article_knowledge
from linter.grammar import identity, load
from linter.packs import Knowledge, load_knowledge, refuse_outside_source


def settings_of(config: str | None, **options) -> Settings:
    """The settings; what the config names but cannot use (a `sources:` folder outside the
    project) is said here, once, as a warning."""
    settings = with_options(load_settings(config), **options)
    for note in settings.notes:
        fail(note, "warning")
    return settings


def check_model(model: str | None) -> None:
    """A missing model is one error before any draft is read; a model named by the user is loaded
    now, so one without a parser is one error too (the default ones have parsers)."""
    identity(model)
    if model:
        load(model)


def shown(settings: Settings) -> str:
    """The settings as `config` prints them, with the model they resolve to."""
    try:
        model = identity(settings.model)
    except UsageError as exc:
        model = f"(none: {exc})"
    return settings.show(model)


def knowledge_of(source: str | None, settings: Settings, folders: tuple[str, ...] = ()) -> Knowledge:
    """The facts to check against: drafted from a source article, or the packs (whose
    `source:` must lie in the pack's folder, the `sources` setting's or `folders`)."""
    if source:
        return article_knowledge(source)
    knowledge = load_knowledge(tuple(settings.packs), settings.bundled)
    for pack in knowledge.packs:  # loading checked the pack's folder; these are the configured ones
        refuse_outside_source(pack, (*folders, *settings.sources))
    if settings.sources:  # HL704 reads a pack's article there too
        knowledge = dataclasses.replace(knowledge, source_folders=tuple(settings.sources))
    return knowledge


def warn_no_packs(knowledge: Knowledge) -> None:
    """With the bundled pack off and no other pack, the rules that need no pack still run (as a
    linter with no style configured still checks what it can); said once, so it is not a surprise."""
    if not knowledge.packs:
        fail("no fact packs: the bundled pack is off and no --pack or `packs:` names one; "
             "only the rules that need no pack run", "warning")
