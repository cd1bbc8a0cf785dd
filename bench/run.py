"""The healthlint benchmark. Not part of the test suite.

    python bench/run.py                 # 1,000 drafts of about 1,000 words (and 10,000 for memory)
    python bench/run.py --files 200 --quick

Builds a corpus from the fixture drafts, then measures in cold processes:
healthlint (every check on), the two raw spaCy passes its design rests on (spacy.blank("en")
+ sentencizer over all prose, and the trained pipeline, tagger and parser, over every
sentence: the floor since claim sentences are parsed), and proselint as a peer (installed
into this environment from PyPI when missing). healthlint and the raw passes run five times
each, taking turns, and their median runs are compared: timings on a shared machine drift by
a quarter between identical runs. Prints the table and the ratios against the targets,
and writes them to bench/results.json.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
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


def build_corpus(folder: Path, count: int, words: int = 1000, seed: int = 7) -> int:
    """`count` drafts of about `words` words, paragraphs drawn from the fixtures; returns total words."""
    rng = random.Random(seed)
    paragraphs = []
    for path in sorted((ROOT / "fixtures").rglob("*.md")):
        if path.name == "README.md":
            continue
        text = MARKER.sub("", path.read_text(encoding="utf-8"))
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        paragraphs += [p.strip() for p in text.split("\n\n") if p.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(count):
        picked, n = [], 0
        while n < words:
            p = rng.choice(paragraphs)
            picked.append(p)
            n += len(p.split())
        (folder / f"draft-{i:05}.md").write_text("# Draft %d\n\n" % i + "\n\n".join(picked) + "\n", encoding="utf-8")
        total += n
    return total


def measure(cmd: list[str], cwd: Path | None = None, env: dict | None = None) -> dict:
    """Wall time and peak RSS (of the process and the children it waited for) of one cold run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return {"seconds": round(wall, 3), "peak_mb": round(usage.ru_maxrss / 1024, 1)}


def healthlint(*args: str) -> list[str]:
    return [PY, "-m", "linter", "check", "--no-cache", "--format", "json", "--output-file", os.devnull, *args]


RAW = ("import sys, pathlib, spacy\n"
       "nlp = spacy.blank('en'); nlp.add_pipe('sentencizer')\n"
       "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.md')): nlp(p.read_text(encoding='utf-8'))\n")
IMPORT_ONLY = "import spacy\nnlp = spacy.blank('en'); nlp.add_pipe('sentencizer')\n"
# The trained pipeline as healthlint loads it, over every sentence of every draft, one process.
RAW_TRAINED = ("import sys, pathlib\n"
               "from linter.grammar import load\n"
               "nlp = load()\n"
               "texts = (p.read_text(encoding='utf-8') for p in sorted(pathlib.Path(sys.argv[1]).glob('*.md')))\n"
               "for doc in nlp.pipe(texts, batch_size=32): pass\n")


def proselint_cmd(folder: Path) -> list[str] | None:
    try:
        import proselint  # noqa: F401
    except ImportError:
        subprocess.run([PY, "-m", "pip", "install", "-q", "proselint"], check=False)
    exe = shutil.which("proselint", path=str(Path(PY).parent)) or shutil.which("proselint")
    if exe is None:
        return None
    files = [str(p) for p in sorted(folder.glob("*.md"))]
    help_text = subprocess.run([exe, "--help"], capture_output=True, text=True).stdout
    return [exe, "check", *files] if re.search(r"^\s+check\b", help_text, re.M) else [exe, *files]


def median_of(cmd: list[str], n: int) -> float:
    return statistics.median(measure(cmd)["seconds"] for _ in range(n))


def interleaved(commands: dict[str, list[str]], rounds: int, env: dict) -> dict[str, dict]:
    """Each command `rounds` times, taking turns, so a slow spell of the machine weighs on all
    of them alike; for each, the run with the median time (and every time, under "runs")."""
    runs: dict[str, list[dict]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, cmd in commands.items():
            runs[name].append(measure(cmd, env=env))
    out = {}
    for name, found in runs.items():
        ordered = sorted(found, key=lambda m: m["seconds"])
        out[name] = {**ordered[len(ordered) // 2], "runs": [m["seconds"] for m in found]}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--quick", action="store_true", help="skip the 10,000-file and 10 MB runs")
    parser.add_argument("--rounds", type=int, default=5,
                        help="runs of healthlint and the raw spaCy pass, taken in turns; medians are reported")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results.json"))
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="healthlint-bench-"))
    results: dict = {"files": args.files}
    try:
        corpus = work / "corpus"
        words = build_corpus(corpus, args.files)
        results["words"] = words
        print(f"corpus: {args.files} drafts, {words:,} words, in {corpus}")

        results.update(interleaved({"raw_spacy": [PY, "-c", RAW, str(corpus)],
                                    "raw_trained": [PY, "-c", RAW_TRAINED, str(corpus)],
                                    "healthlint": healthlint(str(corpus)),
                                    "healthlint_jobs1": healthlint(str(corpus), "--jobs", "1")}, args.rounds, env))
        cmd = proselint_cmd(corpus)
        results["proselint"] = measure(cmd) if cmd else None

        cache = work / "cache"
        cold = measure([PY, "-m", "linter", "check", str(corpus), "--cache-dir", str(cache), "-o", os.devnull],
                       env=env)
        warm = measure([PY, "-m", "linter", "check", str(corpus), "--cache-dir", str(cache), "-o", os.devnull],
                       env=env)
        results.update(cache_cold=cold, cache_warm=warm)
        from parse_cache import rerun_after_edit  # the parse cache's row (issue 22), in its own file

        results["parse_cache"] = rerun_after_edit(work, env, args.rounds)

        one = corpus / "draft-00000.md"
        results["help_seconds"] = median_of([PY, "-m", "linter", "--help"], 7)
        results["one_draft_seconds"] = median_of(healthlint(str(one)), 5)
        results["import_spacy_seconds"] = median_of([PY, "-c", IMPORT_ONLY], 5)

        if not args.quick:
            big = work / "big"
            build_corpus(big, args.files * 10, seed=11)
            results["healthlint_10x_files"] = measure(healthlint(str(big)), env=env)
            shutil.rmtree(big)
            sizes = {}
            for label, scale in (("2.5MB", 1), ("10MB", 4)):
                draft = work / f"large-{label}.md"
                unit = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.md"))[:200])
                reps = math.ceil(2.5e6 * scale / len(unit.encode()))  # at least the size it is named for
                draft.write_text(unit * reps, encoding="utf-8")
                sizes[label] = {"bytes": draft.stat().st_size, **measure(healthlint(str(draft), "--jobs", "1"),
                                                                         env=env)}
            results["large"] = sizes
    finally:
        shutil.rmtree(work, ignore_errors=True)

    report(results)
    Path(args.output).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.output}")
    return 0


def report(r: dict) -> None:
    w = r["words"]
    rows = [("healthlint (every check, default jobs)", r["healthlint"]),
            ("healthlint --jobs 1", r["healthlint_jobs1"]),
            ("raw spaCy: blank('en') + sentencizer", r["raw_spacy"])]
    if r.get("raw_trained"):
        rows.append(("raw spaCy: trained tagger + parser", r["raw_trained"]))
    if r.get("proselint"):
        rows.append(("proselint", r["proselint"]))
    rows += [("healthlint, cache cold", r["cache_cold"]), ("healthlint, cache warm", r["cache_warm"])]
    print(f"\n{'run':<42}{'seconds':>9}{'words/s':>11}{'peak MB':>9}")
    for name, m in rows:
        print(f"{name:<42}{m['seconds']:>9.2f}{w / m['seconds']:>11,.0f}{m['peak_mb']:>9.1f}")
    if r.get("parse_cache"):
        from parse_cache import report as parse_cache_report

        parse_cache_report(r["parse_cache"])

    checks = []

    def target(name: str, value: float, goal: str, ok: bool) -> None:
        checks.append({"target": name, "value": round(value, 3), "goal": goal, "met": ok})

    hl, raw = r["healthlint"]["seconds"], r["raw_spacy"]["seconds"]
    target("throughput vs raw blank spaCy pass (reported)", raw / hl, "-", True)
    if r.get("raw_trained"):
        trained = r["raw_trained"]["seconds"]
        target("healthlint time / raw trained pass time (reported)", hl / trained, "-", True)
    if r.get("proselint"):
        ratio = hl / r["proselint"]["seconds"]
        target("healthlint time / proselint time", ratio, "<= 1.0", ratio <= 1.0)
    target("--help seconds", r["help_seconds"], "< 0.150", r["help_seconds"] < 0.150)
    one = r["one_draft_seconds"]
    target("one ~1,000-word draft, cold, seconds", one, "< 2.0", one < 2.0)
    speedup = r["healthlint_jobs1"]["seconds"] / hl
    target("parallel speed-up (jobs 1 / default jobs)", speedup, ">= 1.7", speedup >= 1.7)
    warm = r["cache_warm"]["seconds"] / r["cache_cold"]["seconds"]
    target("cache warm / cold", warm, "< 0.10", warm < 0.10)
    if "healthlint_10x_files" in r:
        mem = r["healthlint_10x_files"]["peak_mb"] / r["healthlint"]["peak_mb"]
        target("peak memory, 10x files / 1x files", mem, "<= 1.2", mem <= 1.2)
    if "large" in r:
        big, small = r["large"]["10MB"], r["large"]["2.5MB"]
        grow = (big["seconds"] / small["seconds"]) / (big["bytes"] / small["bytes"]) * 4
        target("time for 4x the input (scaled to exactly 4x)", grow, "<= 5", grow <= 5)
        target("peak MB, one 10 MB draft", big["peak_mb"], "< 500", big["peak_mb"] < 500)
        per_byte = (big["peak_mb"] - small["peak_mb"]) * 2**20 / (big["bytes"] - small["bytes"])
        target("RSS bytes per added input byte (2.5 MB to 10 MB)", per_byte, "< 50", per_byte < 50)
    r["targets"] = checks
    print(f"\n{'target':<56}{'value':>9}  {'goal':<8} met")
    for c in checks:
        print(f"{c['target']:<56}{c['value']:>9.3f}  {c['goal']:<8} {'yes' if c['met'] else 'NO'}")


if __name__ == "__main__":
    sys.exit(main())
