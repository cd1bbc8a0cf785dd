"""Property tests over generated front matter: whatever YAML a draft opens with (anchors and
aliases, dates real and impossible, nesting, tags, the `healthlint:`, `packs:` and `sources:` keys with
values of any type), linting that draft either works or is that draft's one-line error; it
never raises, and the draft after it is still linted."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from linter.config import Settings
from linter.runner import run

KEYS = st.sampled_from(["title", "date", "healthlint", "packs", "sources", "tags", "<<", "? x", "a b", "!!str k"])
SCALARS = st.sampled_from(["Ketamine", "2024-02-30", "2024-02-28", "2024-13-01 25:61", "12:30:00", "1e999",
                           "0x1F", "~", "null", "yes", "'quoted'", '"esc\\x00"', "!!binary AAAA", "!!int x",
                           "!!float 1", "!!timestamp 2024-99-99", "*a", "&a v", "[1, 2", "{a: 1}", "[HL801]",
                           "{ignore: 5}", "{ignore: [HL999]}", "{ignore: [HL801]}", "[ketamine]", "5", ""])


@st.composite
def front_matter(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        key, value = draw(KEYS), draw(SCALARS)
        indent = " " * draw(st.sampled_from([0, 0, 0, 2, 4]))
        lines.append(f"{indent}{key}: {value}")
        if draw(st.booleans()):
            lines.append(f"{indent}  - {draw(SCALARS)}")
    return "---\n" + "\n".join(lines) + "\n---\n"


FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.function_scoped_fixture])


@FUZZ
@given(front_matter(), st.sampled_from(["\n", "\r\n"]))
@example("---\nlol: &a [x, x]\nlol2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
         "lol3: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n", "\n")
@example("---\ndate: 2024-02-30\n---\n", "\n")
@example("---\nhealthlint: {ignore: 5}\n---\n", "\r\n")
def test_any_front_matter_is_linted_or_one_error_line(knowledge, tmp_path_factory, head, newline):
    folder = tmp_path_factory.mktemp("fm")
    bad = folder / "a.md"
    bad.write_bytes((head + "Ketmaine eases anxiety within hours.\n").replace("\n", newline).encode("utf-8"))
    good = folder / "b.md"
    good.write_text("Ketmaine eases anxiety within hours.\n", encoding="utf-8")
    result = run([str(folder)], knowledge, Settings())
    assert all("\n" not in e and e.startswith(str(bad)) for e in result.errors), result.errors
    assert len(result.errors) <= 1
    assert str(good) in result.files  # the other draft is still linted
    assert [f.code for f in result.findings if f.path == str(good)] == ["HL101"]
