"""Issue 23: floors that only point down. Every module of linter/ is read with `ast`; the imports
of the project's own modules form a graph that must have no circle, no import of a project
module inside a function, and no arrow from a floor to a floor above it (README, "Layout")."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "linter"

# The floors, lowest first. A module imports only from its own floor (without a circle) or the
# floors below it. A name ending in "." is a package: it and every module under it.
FLOORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("base", ("linter", "linter._build", "linter.errors", "linter.findings", "linter.names",
              "linter.phrases", "linter.quantities", "linter.spans", "linter.words", "linter.drugnames",
              "linter.revision", "linter.report.escape", "linter.report.colour", "linter.server.frames",
              "linter.server.uris")),
    ("files", ("linter.files", "linter.bundle", "linter.usercache", "linter.yamlfile", "linter.sources",
               "linter.schemas", "linter.jsonfile", "linter.alignindex", "linter.english")),
    ("document", ("linter.document.", "linter.fix", "linter.markdown_places")),
    ("packs", ("linter.packs", "linter.facts")),
    ("annotate", ("linter.grammar", "linter.nlp.")),
    ("claims", ("linter.claims.", "linter.incremental")),
    ("checks", ("linter.checks.",)),
    ("settings", ("linter.config", "linter.suppress", "linter.front_matter_ignore")),
    ("runner", ("linter.runner", "linter.cache", "linter.baseline", "linter.add_suppressions",
                "linter.validate", "linter.extract", "linter.init")),
    ("report", ("linter.report.", "linter.review")),
    ("commands", ("linter.cli.", "linter.__main__", "linter.server.")),
)

# Project modules a function may import: each only where a module-level import cannot work.
LATE_ALLOWED = {
    # pygls and lsprotocol (the optional 'server' extra) load with these, only when serving.
    ("linter.server", "linter.server.app"): "pygls",
    ("linter.server", "linter.server.wire"): "pygls",
    # The build hook loads revision.py alone, with only the standard library at its top.
    ("linter.revision", "linter"): "build hook",
    ("linter.revision", "linter._build"): "build hook",
}
# linter/cli.py (a module, before it became the cli/ package) imports its commands' modules inside
# them; the package that replaces it imports its commands by name. Gone with cli.py.
LATE_ALLOWED_IN = ("linter.cli",) if (PACKAGE / "cli.py").exists() else ()


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the project module imported
    line: int
    late: bool  # inside a function


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: set[str]) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.split(".")[0] == "linter"]
    if node.level:  # relative: from the importing module's package
        base = module.split(".")[:None if is_package else -1]
        base = base[:len(base) - node.level + 1]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    if target.split(".")[0] != "linter":
        return []
    # `from linter.claims import approval` imports a submodule; `from linter.claims import X`, the package
    return [f"{target}.{a.name}" if f"{target}.{a.name}" in known else target for a in node.names]


def imports(package: Path = PACKAGE) -> list[Import]:
    """Every import of a project module in the package, at module level or inside a function."""
    files = sorted(package.rglob("*.py"))
    known = {module_name(f, package) for f in files}
    found = []
    for path in files:
        module = module_name(path, package)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        inside = {id(n) for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
                  for n in ast.walk(f)}
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for target in _targets(node, module, path.name == "__init__.py", known):
                    if target != module:
                        found.append(Import(module, target, node.lineno, id(node) in inside))
    return found


def floor_of(module: str, floors=FLOORS) -> int | None:
    for level, (_, names) in enumerate(floors):
        if any(module == n or (n.endswith(".") and (module + ".").startswith(n)) for n in names):
            return level
    return None


def _circles(edges: list[Import]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    graph: dict[str, set[str]] = {}
    for e in edges:
        graph.setdefault(e.module, set()).add(e.target)
        graph.setdefault(e.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(out)


def problems(edges: list[Import], floors=FLOORS, late_allowed=LATE_ALLOWED, late_allowed_in=()) -> list[str]:
    """What breaks the floors: circles, imports inside functions, imports from a floor above,
    and modules no floor names."""
    found = [f"circle: {' <-> '.join(c)}" for c in _circles(edges)]
    for e in edges:
        if e.late and (e.module, e.target) not in late_allowed and e.module not in late_allowed_in:
            found.append(f"{e.module}:{e.line}: imports {e.target} inside a function")
    for module in sorted({e.module for e in edges} | {e.target for e in edges}):
        if floor_of(module, floors) is None:
            found.append(f"{module}: on no floor")
    for e in edges:
        below, above = floor_of(e.module, floors), floor_of(e.target, floors)
        if below is not None and above is not None and above > below:
            found.append(f"{e.module}:{e.line}: imports {e.target} from the floor above "
                         f"({floors[below][0]} -> {floors[above][0]})")
    return found


def test_the_package_has_no_circle_no_late_import_and_no_upward_import():
    edges = imports()
    assert len({e.module for e in edges}) > 60  # the walk read the package
    assert problems(edges, late_allowed_in=LATE_ALLOWED_IN) == []


def test_every_module_is_on_a_floor():
    modules = {module_name(p) for p in PACKAGE.rglob("*.py")}
    assert sorted(m for m in modules if floor_of(m) is None) == []


def test_every_allowed_late_import_is_still_there():
    """An exception that no longer matches anything goes, so the list cannot hide a new one."""
    late = {(e.module, e.target) for e in imports() if e.late}
    assert sorted(set(LATE_ALLOWED) - late) == []


SMALL_FLOORS = (("low", ("linter.a", "linter.b")), ("high", ("linter.c",)))


def test_a_planted_circle_is_found():
    edges = [Import("linter.a", "linter.b", 3, False), Import("linter.b", "linter.a", 5, False),
             Import("linter.c", "linter.a", 1, False)]
    assert problems(edges, SMALL_FLOORS, {}) == ["circle: linter.a <-> linter.b"]


def test_a_planted_upward_import_is_found():
    edges = [Import("linter.a", "linter.c", 7, False), Import("linter.c", "linter.b", 2, False)]
    assert problems(edges, SMALL_FLOORS, {}) == ["linter.a:7: imports linter.c from the floor above (low -> high)"]


def test_a_planted_import_inside_a_function_is_found_unless_allowed():
    edges = [Import("linter.c", "linter.a", 9, True)]
    assert problems(edges, SMALL_FLOORS, {}) == ["linter.c:9: imports linter.a inside a function"]
    assert problems(edges, SMALL_FLOORS, {("linter.c", "linter.a"): "reason"}) == []


def test_a_module_on_no_floor_is_found():
    edges = [Import("linter.a", "linter.d", 4, False)]
    assert problems(edges, SMALL_FLOORS, {}) == ["linter.d: on no floor"]


@pytest.mark.parametrize("source, expected", [
    ("def f():\n    from linter.b import x\n", [Import("linter.a", "linter.b", 2, True)]),
    ("from . import b\n", [Import("linter.a", "linter.b", 1, False)]),
    ("import linter.b\nimport json\n", [Import("linter.a", "linter.b", 1, False)]),
    ("from linter import b, x\n", [Import("linter.a", "linter.b", 1, False), Import("linter.a", "linter", 1, False)]),
])
def test_the_reader_finds_each_kind_of_import(tmp_path, source, expected):
    package = tmp_path / "linter"
    package.mkdir()
    (package / "__init__.py").write_text("x = 1\n")
    (package / "a.py").write_text(source)
    (package / "b.py").write_text("")
    assert imports(package) == expected


def private_imports(package: Path = PACKAGE) -> list[str]:
    """Each `from linter.x import _name`: a name kept private to its module, used from another."""
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").split(".")[0] == "linter"):
                found += [f"{module_name(path, package)}:{node.lineno}: imports {a.name}" for a in node.names
                          if a.name.startswith("_") and not a.name.startswith("__")]
    return found


def test_no_module_imports_a_name_another_keeps_private():
    assert private_imports() == []


def test_a_planted_private_import_is_found(tmp_path):
    package = tmp_path / "linter"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from linter.b import _hidden, shown\nfrom json import _default_decoder\n")
    assert private_imports(package) == ["linter.a:1: imports _hidden"]
