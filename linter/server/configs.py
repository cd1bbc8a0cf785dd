"""Settings and packs for each document the server lints, loaded once and reloaded when their
files change.

A document's settings come from the nearest `.healthlint.yaml` / `pyproject.toml` upwards from
its folder (so each workspace folder, and each project inside one, has its own), as
`check --stdin-filename` finds them from where it runs. Each config and pack file is known by
its size and modification time: a file that changed is read again at the next lint, whether or
not the editor reported the change. A config or pack that is invalid is reported, and the last
valid settings and packs for that config stay in use.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from linter.bundle import rules_dir
from linter.config import CONFIG_NAMES, Settings, find_config, load_settings
from linter.errors import UsageError
from linter.grammar import identity, load
from linter.packs import Knowledge, load_knowledge, refuse_outside_source


def signature(path: str | Path | None) -> tuple:
    """What tells a changed file: its size and modification time (None: no such file)."""
    if path is None:
        return ()
    try:
        st = os.stat(path)
    except OSError:
        return (str(path), None)
    return (str(path), st.st_size, st.st_mtime_ns)


@dataclass(frozen=True)
class Setup:
    """What one document is linted with. `problem`: why a config or pack could not be used
    (then settings and knowledge are the last valid ones, or None when there were none)."""

    settings: Settings | None
    knowledge: Knowledge | None
    problem: str | None = None


class Configs:
    """Settings by config file, and packs by the files they come from. Used from one thread."""

    def __init__(self) -> None:
        self._settings: dict[str | None, tuple[tuple, Settings]] = {}
        self._knowledge: dict[tuple, tuple[tuple, Knowledge]] = {}
        self._last_good: dict[str | None, Setup] = {}

    def for_document(self, path: str) -> Setup:
        config_key = None
        try:
            config = find_config(Path(path).parent)
            config_key = str(config) if config else None
            settings = self._settings_of(config)
            knowledge = self._knowledge_of(settings)
        except UsageError as exc:
            last = self._last_good.get(config_key)
            return Setup(last.settings if last else None, last.knowledge if last else None, str(exc))
        except OSError as exc:  # a folder that cannot be read on the way up
            return Setup(None, None, f"{path}: cannot read its settings: {exc.strerror or exc}")
        setup = Setup(settings, knowledge)
        self._last_good[config_key] = setup
        return setup

    def forget(self) -> None:
        """Check every file again at the next lint (an editor said something changed)."""
        self._settings.clear()
        self._knowledge.clear()

    @staticmethod
    def is_settings_file(path: str) -> bool:
        """A file whose change may change findings: a config, or YAML (a pack may live anywhere,
        and one that failed to load is known to no cache)."""
        name = os.path.basename(path)
        return name in CONFIG_NAMES or name == "pyproject.toml" or name.endswith((".yaml", ".yml"))

    def _settings_of(self, config: Path | None) -> Settings:
        key = str(config) if config else None
        sig = signature(config)
        known = self._settings.get(key)
        if known and known[0] == sig:
            return known[1]
        settings = load_settings(str(config)) if config else Settings()
        self._settings[key] = (sig, settings)
        return settings

    def _knowledge_of(self, settings: Settings) -> Knowledge:
        bundled = tuple(sorted(p for p in _rules_dir().glob("*.yaml") if p.name != "language.yaml"))
        files = bundled * settings.bundled + tuple(Path(p) for p in settings.packs)
        key = (settings.packs, settings.sources, settings.model, settings.bundled)
        sig = tuple(signature(p) for p in files)
        known = self._knowledge.get(key)
        if known and known[0] == sig:
            return known[1]
        # Not load_knowledge's own memo, which knows the files by name only: an edited pack is read again.
        knowledge = load_knowledge.__wrapped__(tuple(settings.packs), settings.bundled)
        for pack in knowledge.packs:  # as `check` does: a pack's source must lie in a known folder
            refuse_outside_source(pack, settings.sources)
        identity(settings.model)  # a missing model is one message, before any draft is read
        load(settings.model)
        self._knowledge[key] = (sig, knowledge)
        return knowledge


def _rules_dir() -> Path:
    return rules_dir()
