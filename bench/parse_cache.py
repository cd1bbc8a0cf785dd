"""The parse cache's benchmark row (issue 22): `check` run again after a one-paragraph edit of a
3,000-word draft. Not part of the tests.

    python bench/parse_cache.py [--rounds 5] [--words 3000]

In cold processes, taking turns round by round (medians reported): a cold run (empty cache), the
same draft again (served from the result cache), the draft after one word is typed into one
paragraph (the result cache misses; the parse cache holds every sentence but that paragraph's),
that edited draft with --no-cache (what the parse cache saves), and a draft edited where no
claim sentence is (every parse kept: the trained model is not even loaded). Beside them, the floors:
`import spacy` + the trained model's load + the blank pass over the draft + the trained pass
over the sentences healthlint sends to the parser (all of them cold; after the edit, only those
of the edited paragraph). bench/run.py prints this row too (`rerun_after_edit`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
MARKER = re.compile(r"\s*<!--.*?-->")
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
sys.path.insert(0, str(ROOT))  # linter, when run as a script or from bench/run.py

# The floor: what any run that parses these sentences must do, in one process.
FLOOR = ("import json, sys, spacy\n"
         "from linter.grammar import load\n"
         "text = open(sys.argv[1], encoding='utf-8').read()\n"
         "sentences = json.load(open(sys.argv[2], encoding='utf-8'))\n"
         "nlp = load()\n"
         "blank = spacy.blank('en'); blank.add_pipe('sentencizer'); blank(text)\n"
         "for doc in nlp.pipe(sentences, batch_size=64): pass\n")


def draft(words: int) -> str:
    """A long article: distinct paragraphs of bench/corpus (in the project's own words, with the
    claim density of real pages; expectation markers and front matter left out), in order, up
    to `words` words. (No paragraph twice: a repeated sentence is parsed once even cold.)"""
    paragraphs: dict[str, None] = {}
    for path in sorted((ROOT / "bench" / "corpus").glob("*/*.md")):
        text = MARKER.sub("", path.read_text(encoding="utf-8"))
        text = FRONT_MATTER.sub("", text)
        paragraphs.update((p.strip(), None) for p in text.split("\n\n") if p.strip())
    out, count = [], 0
    for p in paragraphs:
        if count >= words:
            break
        out.append(p)
        count += len(p.split())
    return "\n\n".join(out) + "\n"


def parsed_sentences(texts: list[str]) -> list[list[str]]:
    """For each text in turn (one draft as it is edited), the sentences healthlint's parser
    parses, with parses kept in memory from one text to the next (as the parse cache keeps them)."""
    from linter import grammar
    from linter.config import Settings
    from linter.document.read import parse_document
    from linter.packs import load_knowledge
    from linter.runner import check_document

    knowledge, nlp = load_knowledge(), grammar.load(None)
    pipe, out = nlp.pipe, []

    def counting(docs, **options):
        docs = list(docs)
        out[-1].extend(doc.text for doc in docs)
        return pipe(docs, **options)

    nlp.pipe = counting
    before = grammar.keep_parses(grammar.Memory())
    try:
        for text in texts:
            out.append([])
            check_document(parse_document(text, "draft.md"), knowledge, Settings())
    finally:
        grammar.keep_parses(before)
        del nlp.pipe
    return out


def edited(text: str, claims: bool = True) -> tuple[str, list[list[str]]]:
    """The draft with a word typed into the first paragraph from the middle on that holds a claim
    sentence (or, `claims` false, one that holds none: then no model need be loaded), and the
    sentences parsed cold and after the edit."""
    paragraphs = text.split("\n\n")
    for at in range(len(paragraphs) // 2, len(paragraphs)):
        changed = list(paragraphs)
        changed[at] = changed[at].replace(" ", " also ", 1)
        after = "\n\n".join(changed)
        found = parsed_sentences([text, after])
        if bool(found[1]) == claims and after != text:
            return after, found
    raise SystemExit(f"no paragraph of the draft's second half holds {'a' if claims else 'no'} claim sentence")


def timed(cmd: list[str], cwd: Path, env: dict) -> tuple[float, float]:
    """Wall time and CPU time (user and system) of one run: a shared machine inflates the first."""
    start, used = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):
        raise SystemExit(f"benchmark command failed ({done.returncode}): {' '.join(cmd)}\n"
                         f"{done.stderr.decode(errors='replace')[-2000:]}")
    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter() - start, now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime


def rerun_after_edit(work: Path, env: dict, rounds: int = 5, words: int = 3000) -> dict:
    """The row's times (median seconds of `rounds` rounds) and sentence counts."""
    folder = work / "parse-cache"
    folder.mkdir(parents=True, exist_ok=True)
    original = draft(words)
    after, (cold_sentences, edit_sentences) = edited(original)
    (folder / "aside.md").write_text(edited(original, claims=False)[0], encoding="utf-8")
    path = folder / "draft.md"
    for name, sentences in (("cold", cold_sentences), ("edit", edit_sentences)):
        (folder / f"{name}.json").write_text(json.dumps(sentences), encoding="utf-8")
    (folder / "after.md").write_text(after, encoding="utf-8")
    env = dict(env, HEALTHLINT_USER_CACHE=str(folder / "user-cache"))
    check = [PY, "-m", "linter", "check", "--jobs", "1", "--cache-dir", str(folder / "cache"), "draft.md"]
    times: dict[str, list[tuple[float, float]]] = {}

    def run(name: str, cmd: list[str]) -> None:
        times.setdefault(name, []).append(timed(cmd, folder, env))

    for _ in range(rounds):
        shutil.rmtree(folder / "cache", ignore_errors=True)
        path.write_text(original, encoding="utf-8")
        run("cold", check)
        run("warm_unchanged", check)
        path.write_text(after, encoding="utf-8")
        run("warm_after_edit", check)
        run("after_edit_no_cache", check[:4] + ["--no-cache", "draft.md"])
        shutil.copy(folder / "aside.md", path)  # another edit, to a paragraph with no claim sentence
        run("warm_after_edit_no_claim", check)
        path.write_text(after, encoding="utf-8")
        run("floor_cold", [PY, "-c", FLOOR, str(path), "cold.json"])
        run("floor_after_edit", [PY, "-c", FLOOR, str(path), "edit.json"])
    return {"words": len(original.split()), "rounds": rounds, "sentences_parsed_cold": len(cold_sentences),
            "sentences_parsed_after_edit": len(edit_sentences),
            **{name: round(statistics.median(w for w, _ in found), 3) for name, found in times.items()},
            "cpu": {name: round(statistics.median(c for _, c in found), 3) for name, found in times.items()},
            "runs": {name: [round(w, 3) for w, _ in found] for name, found in times.items()}}


def report(r: dict) -> None:
    print(f"\nre-run after a one-paragraph edit of a {r['words']:,}-word draft (median of {r['rounds']}; "
          f"{r['sentences_parsed_cold']} sentences parsed cold, {r['sentences_parsed_after_edit']} after the edit)")
    rows = [("cold (empty cache)", "cold", "floor_cold"),
            ("warm, unchanged (result cache)", "warm_unchanged", None),
            ("warm, after the edit (parse cache)", "warm_after_edit", "floor_after_edit"),
            ("after the edit, --no-cache", "after_edit_no_cache", "floor_cold"),
            ("warm, after an edit outside claim sentences", "warm_after_edit_no_claim", None)]
    cpu = r["cpu"]
    print(f"{'run':<46}{'seconds':>8}{'floor':>7}{'ratio':>7}{'CPU s':>7}{'floor':>7}{'ratio':>7}")
    for name, run, floor in rows:
        print(f"{name:<46}{r[run]:>8.2f}" + (f"{r[floor]:>7.2f}{r[run] / r[floor]:>7.2f}" if floor else " " * 14)
              + f"{cpu[run]:>7.2f}" + (f"{cpu[floor]:>7.2f}{cpu[run] / cpu[floor]:>7.2f}" if floor else ""))
    for what, times in (("wall", r), ("CPU", cpu)):
        print(f"the parse cache saves {1 - times['warm_after_edit'] / times['after_edit_no_cache']:.0%} of the "
              f"run after the edit ({what} time); an edit outside claim sentences "
              f"{1 - times['warm_after_edit_no_claim'] / times['after_edit_no_cache']:.0%}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--output", default=str(ROOT / "bench" / "parse_cache_results.json"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="healthlint-parse-cache-"))
    try:
        result = rerun_after_edit(work, dict(os.environ, PYTHONPATH=str(ROOT)), args.rounds, args.words)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(result)
    Path(args.output).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
